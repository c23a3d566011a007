import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { DictionaryChange, DictionaryKind, DictionaryUsage, DictionaryVersion, Page } from '../../../api/types';
import { agencyLabel, useAgencyMap } from '../../framework/agencies';
import { dictionaryApi, dictionaryPath } from '../paths';
import { dictionaryFieldLabel, formatChangeValue } from '../format';
import { formatDateTime, useLang } from '../../../kit/text';
import { ErrorBox, Loading } from '../../../kit/feedback';
import { Pager, DataTable } from '../../../kit/table';
import { useApiQuery, useApiQueryIf, useInvalidate } from '../../../kit/query';

const CHANGES_PAGE = 20;

/** The field-level change log: when, who, what step, which version, field, old → new, comment. */
export function ChangeLog({ kind, code }: { kind: DictionaryKind; code: string }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const [offset, setOffset] = useState(0);
  const agencies = useAgencyMap();
  const agencyName = (id: string) => agencyLabel(agencies.get(id), id, lang);
  const changes = useApiQuery<Page<DictionaryChange>>(`${dictionaryApi(kind, code)}/changes`, { limit: CHANGES_PAGE, offset });
  const caption = t('dictionary.changesCaption', { code });
  return (
    <section className="section" aria-labelledby="changes-title">
      <h2 id="changes-title">{t('dictionary.changesTitle')}</h2>
      <ErrorBox error={changes.error} />
      {changes.loading && !changes.data && <Loading />}
      {changes.data && changes.data.items.length === 0 && <p>{t('dictionary.noChanges')}</p>}
      {changes.data && changes.data.items.length > 0 && (
        <DataTable label={caption} id="changes-table" compact busy={changes.loading} caption={caption} columns={[t('dictionary.col.at'), t('dictionary.col.action'), t('dictionary.col.version'), t('dictionary.col.field'), t('dictionary.col.change'), t('dictionary.col.actor'), t('dictionary.col.comment')]}>
          {changes.data.items.map((c) => (
            <tr key={c.id}>
              <td className="nowrap">{formatDateTime(c.at, lang)}</td>
              <td>
                <span className={`change-action change-${c.action}`}>{t(`dictionary.changeAction.${c.action}`, { defaultValue: c.action })}</span>
              </td>
              <td>{c.version}</td>
              <td>{c.field ? dictionaryFieldLabel(c.field, t) : '—'}</td>
              <td className="change-values">
                {c.field ? (
                  <>
                    <span className="diff-before">{formatChangeValue(c.field, c.oldValue, t, agencyName)}</span>
                    <span aria-hidden="true"> → </span>
                    <span className="visually-hidden"> {t('dictionary.becomes')} </span>
                    <span className="diff-after">{formatChangeValue(c.field, c.newValue, t, agencyName)}</span>
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td>{c.actor}</td>
              <td className="note-cell">{c.comment ?? ''}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {changes.data && <Pager total={changes.data.total} limit={CHANGES_PAGE} offset={offset} onChange={setOffset} label={t('dictionary.changesPager')} />}
    </section>
  );
}

/** Every approved version, newest first. */
export function VersionList({ kind, code }: { kind: DictionaryKind; code: string }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const versions = useApiQuery<DictionaryVersion[]>(`${dictionaryApi(kind, code)}/versions`);
  const caption = t('dictionary.versionsCaption', { code });
  return (
    <section className="section" aria-labelledby="versions-title">
      <h2 id="versions-title">{t('dictionary.versionsTitle')}</h2>
      <ErrorBox error={versions.error} />
      {versions.loading && !versions.data && <Loading />}
      {versions.data && versions.data.length === 0 && <p>{t('dictionary.noVersions')}</p>}
      {versions.data && versions.data.length > 0 && (
        <DataTable label={caption} id="versions-table" compact caption={caption} columns={[t('dictionary.col.version'), t('dictionary.col.approvedAt'), t('dictionary.col.approvedBy')]}>
          {versions.data.map((v) => (
            <tr key={v.version}>
              <td>{v.version}</td>
              <td>{formatDateTime(v.approvedAt, lang)}</td>
              <td>{v.approvedBy ?? '—'}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

/** Where an object is used: entities and elements of the dictionary, systems of the registry. */
/**
 * A usage's name in the UI language: the usages list carries the Vietnamese name only, so in English the entity,
 * element or system is read (the answer is the one its own page caches) for its English name, when it has one.
 */
function UsageName({ usage }: { usage: DictionaryUsage }) {
  const { lang, pick } = useLang();
  const path = usage.source === 'entity' ? dictionaryApi('entity', usage.code) : usage.source === 'element' ? dictionaryApi('element', usage.code) : usage.source === 'registry' ? `/api/v1/registry/systems/${encodeURIComponent(usage.code)}` : '';
  const record = useApiQueryIf<{ name?: { vi: string; en?: string | null } }>(lang === 'en' && path !== '', path || '/', {}, { staleTime: 60_000 });
  const en = record.data?.name?.en;
  return <>{lang === 'en' && en ? pick({ vi: usage.name, en }) : usage.name}</>;
}

export function UsageList({ kind, code }: { kind: DictionaryKind; code: string }) {
  const { t } = useTranslation();
  const usages = useApiQuery<DictionaryUsage[]>(`${dictionaryApi(kind, code)}/usages`);
  const groups = ['entity', 'element', 'registry'].map((source) => ({ source, items: (usages.data ?? []).filter((u) => u.source === source) }));
  const others = (usages.data ?? []).filter((u) => !['entity', 'element', 'registry'].includes(u.source));
  const link = (u: DictionaryUsage): ReactNode => {
    const to = u.source === 'entity' ? dictionaryPath('entity', u.code) : u.source === 'element' ? dictionaryPath('element', u.code) : u.source === 'registry' ? `/registry/${encodeURIComponent(u.code)}` : null;
    const text = (
      <>
        <code>{u.code}</code> — <UsageName usage={u} />
      </>
    );
    return to ? <Link to={to}>{text}</Link> : text;
  };
  return (
    <section className="section" aria-labelledby="usages-title">
      <h2 id="usages-title">{t('dictionary.usagesTitle')}</h2>
      <ErrorBox error={usages.error} />
      {usages.loading && !usages.data && <Loading />}
      {usages.data && usages.data.length === 0 && <p>{t('dictionary.noUsages')}</p>}
      {groups
        .filter((g) => g.items.length > 0)
        .map((g) => (
          <div key={g.source} className="usage-group">
            <h3 id={`usages-${g.source}`}>{t(`dictionary.usageSource.${g.source}`, { count: g.items.length })}</h3>
            <ul className="plain-list usage-list" aria-labelledby={`usages-${g.source}`}>
              {g.items.map((u) => (
                <li key={`${u.source}:${u.code}`}>{link(u)}</li>
              ))}
            </ul>
          </div>
        ))}
      {others.length > 0 && (
        <ul className="plain-list usage-list">
          {others.map((u) => (
            <li key={`${u.source}:${u.code}`}>
              {u.source}: {link(u)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** After a change to an object: its change log, versions, usages and items are fetched again (the object itself is
 * what the server answered to the change). */
export function useRefreshHistory(kind: DictionaryKind, code: string): () => void {
  const invalidate = useInvalidate();
  return () => {
    for (const part of ['changes', 'versions', 'usages', 'items']) void invalidate(`${dictionaryApi(kind, code)}/${part}`);
  };
}
