import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { FieldChange, SystemRecord } from '../../../api/types';
import { ErrorBox, Loading } from '../../../kit/feedback';
import { DataTable } from '../../../kit/table';
import { DiffTable } from '../components/DiffTable';
import { useAgencyMap, agencyLabel } from '../../framework/agencies';
import { formatFieldValue } from '../fields';
import { formatDateTime, useLang } from '../../../kit/text';
import { useGet } from '../../../kit/query';

export function VersionsSection({ system }: { system: SystemRecord }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const agencyMap = useAgencyMap();
  const versions = useGet('/api/v1/registry/systems/{id}/versions', { path: { id: system.id } });
  const items = versions.data?.items ?? [];
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [diff, setDiff] = useState<{ from: number; to: number; changes: FieldChange[] } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (items.length === 0) return;
    setTo(String(items[0]?.version ?? ''));
    setFrom(String(items[1]?.version ?? items[0]?.version ?? ''));
  }, [versions.data]);

  const compare = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const [a, b] = [Number(from), Number(to)].sort((x, y) => x - y);
      setDiff(await api<{ from: number; to: number; changes: FieldChange[] }>(`/api/v1/registry/systems/${encodeURIComponent(system.id)}/diff`, { query: { from: a, to: b } }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const value = (field: string, v: unknown) =>
    formatFieldValue(field, v, t, (id) => agencyLabel(agencyMap.get(id), id, lang), (id) => id);

  return (
    <section className="section" aria-labelledby="versions-title">
      <h2 id="versions-title">{t('system.versionsTitle')}</h2>
      <ErrorBox error={versions.error} />
      {versions.loading && !versions.data && <Loading />}
      {items.length > 0 && (
        <DataTable label={t('system.versionsCaption', { code: system.code })} id="versions-table" compact caption={t('system.versionsCaption', { code: system.code })} columns={[{ label: t('system.versionCol'), num: true }, t('system.savedAt'), t('system.author'), t('fields.lifecycle'), t('system.changeNote')]}>
          {items.map((v) => (
            <tr key={v.version}>
              <th scope="row" className="num">
                {v.version}
                {v.approved && (
                  <>
                    {' '}
                    <span className="badge record-approved">{t('system.approvedMark')}</span>
                  </>
                )}
              </th>
              <td className="nowrap">{formatDateTime(v.createdAt, lang)}</td>
              <td>{v.authorLabel}</td>
              <td>{t(`lifecycle.${v.lifecycle}`)}</td>
              <td className="note-cell">{v.changeNote ?? '—'}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {items.length > 1 && (
        <form className="filters compare-form" onSubmit={(event) => void compare(event)} aria-labelledby="compare-title">
          <h3 id="compare-title" className="visually-hidden">
            {t('system.compareTitle')}
          </h3>
          <div className="field">
            <label htmlFor="cmp-from">{t('system.compareFrom')}</label>
            <select id="cmp-from" value={from} onChange={(e) => setFrom(e.target.value)}>
              {items.map((v) => (
                <option key={v.version} value={v.version}>
                  {t('system.versionLine', { version: v.version })}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="cmp-to">{t('system.compareTo')}</label>
            <select id="cmp-to" value={to} onChange={(e) => setTo(e.target.value)}>
              {items.map((v) => (
                <option key={v.version} value={v.version}>
                  {t('system.versionLine', { version: v.version })}
                </option>
              ))}
            </select>
          </div>
          <div className="field field-actions">
            <button type="submit" className="btn btn-primary" disabled={busy || from === to}>
              {t('system.compare')}
            </button>
          </div>
        </form>
      )}
      <ErrorBox error={error} />
      <div role="status" aria-live="polite">
        {diff && diff.changes.length === 0 && <p className="notice notice-info">{t('system.noDifferences', { from: diff.from, to: diff.to })}</p>}
      </div>
      {diff && diff.changes.length > 0 && <DiffTable diff={diff} value={value} caption={t('system.diffCaption', { from: diff.from, to: diff.to })} id="diff-table" />}
    </section>
  );
}
