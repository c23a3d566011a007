import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Agency } from '../../../api/types';
import { ErrorBox, Loading } from '../../../kit/feedback';
import { Pager, DataTable } from '../../../kit/table';
import { useTitle } from '../../../kit/useTitle';
import { clauseText, useLang } from '../../../kit/text';
import { agencyPath } from '../agencies';
import { useAgencies } from '../data';
import { useGet } from '../../../kit/query';

const PAGE_SIZE = 20;
// The map and ECharts load only with this page.
const CommuneMap = lazy(() => import('../components/CommuneMap'));

export function AgenciesPage() {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  useTitle(t('agencies.title'));
  const all = useAgencies();
  const provincial = useMemo(() => (all.data ?? []).filter((a) => a.kind !== 'commune'), [all.data]);
  const byId = useMemo(() => new Map((all.data ?? []).map((a) => [a.id, a] as [string, Agency])), [all.data]);

  return (
    <div className="page">
      <h1>{t('agencies.title')}</h1>
      <p className="lead-text">{t('agencies.intro')}</p>

      <section className="section" aria-labelledby="provincial-title">
        <h2 id="provincial-title">{t('agencies.provincialTitle')}</h2>
        {all.loading && <Loading />}
        <ErrorBox error={all.error} />
        {all.data && (
          <DataTable label={t('agencies.provincialCaption', { count: provincial.length })} caption={t('agencies.provincialCaption', { count: provincial.length })} columns={[t('agencies.name'), t('agencies.shortName'), t('agencies.kind'), t('agencies.parent'), t('agencies.clauses')]}>
            {provincial.map((a) => (
              <tr key={a.id}>
                <th scope="row" className="cell-name">
                  <Link to={agencyPath(a.id)}>{pick(a.name)}</Link>
                </th>
                <td>{a.shortName ?? '—'}</td>
                <td>{t(`agencyKinds.${a.kind}`)}</td>
                <td>{a.parentId ? (byId.get(a.parentId)?.shortName ?? a.parentId) : '—'}</td>
                <td className="cell-clauses">{a.namedInDecision ? a.clauses.map((c) => clauseText(c, lang)).join('; ') || t('common.yes') : t('agencies.notNamed')}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      <Communes />
    </div>
  );
}

function Communes() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);

  useEffect(() => {
    // Only a change of the search text goes back to the first page.
    if (text.trim() === q) return;
    const timer = setTimeout(() => {
      setQ(text.trim());
      setOffset(0);
    }, 300);
    return () => clearTimeout(timer);
  }, [text]);

  const page = useGet('/api/v1/agencies', { query: { kind: 'commune', q, limit: PAGE_SIZE, offset } });

  const highlighted = useMemo(() => new Set((page.data?.items ?? []).map((a) => a.adminUnitCode ?? '')), [page.data]);

  const label = (a: Agency) => {
    if (lang === 'vi') return a.shortName ?? a.name.vi;
    return a.name.en.replace(/^People's Committee of /, '');
  };
  const isWard = (a: Agency) => (a.shortName ?? a.name.vi).includes('Phường');

  return (
    <section className="section" aria-labelledby="communes-title">
      <h2 id="communes-title">{t('agencies.communesTitle')}</h2>
      <p>{t('agencies.communesIntro')}</p>
      <div className="search-field">
        <label htmlFor="commune-search">{t('agencies.communeSearch')}</label>
        <input id="commune-search" type="search" value={text} onChange={(event) => setText(event.target.value)} placeholder={t('agencies.communeSearchPlaceholder')} autoComplete="off" />
      </div>
      <p className="result-count" role="status" aria-live="polite">
        {page.data ? t('agencies.communeCount', { count: page.data.total }) : ''}
      </p>
      <div className="communes-layout">
        <div className="communes-table">
          <ErrorBox error={page.error} />
          {page.loading && !page.data && <Loading />}
          {page.data && page.data.items.length > 0 && (
            <DataTable label={t('agencies.communesCaption')} busy={page.loading} caption={t('agencies.communesCaption')} columns={[t('agencies.code'), t('agencies.unitName'), t('agencies.unitType'), t('agencies.committee')]}>
              {page.data.items.map((a) => (
                <tr key={a.id}>
                  <td>
                    <code>{a.adminUnitCode}</code>
                  </td>
                  <th scope="row" className="cell-name">
                    <Link to={agencyPath(a.id)}>{label(a)}</Link>
                  </th>
                  <td>{isWard(a) ? t('agencies.ward') : t('agencies.commune')}</td>
                  <td>{lang === 'vi' ? a.name.vi : a.name.en}</td>
                </tr>
              ))}
            </DataTable>
          )}
          {page.data && page.data.items.length === 0 && <p className="notice notice-info">{t('agencies.noCommunes')}</p>}
          {page.data && <Pager total={page.data.total} limit={PAGE_SIZE} offset={offset} onChange={setOffset} label={t('agencies.communePager')} />}
        </div>
        <div className="communes-map">
          <Suspense fallback={<Loading />}>
            <CommuneMap highlighted={highlighted} onPick={(code) => setText(code)} />
          </Suspense>
        </div>
      </div>
    </section>
  );
}
