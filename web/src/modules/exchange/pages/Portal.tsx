import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../api/types';
import { ErrorBox, Loading } from '../../../kit/feedback';
import { ClearFilters, FilterDisclosure, useSearchText, useUrlFilters } from '../../../kit/filters';
import { useApiQuery } from '../../../kit/query';
import { Pager } from '../../../kit/table';
import { useLang } from '../../../kit/text';
import { useTitle } from '../../../kit/useTitle';
import { AgencySelect } from '../../framework/components/AgencySelect';
import { useAgencies } from '../../framework/data';
import { BASE, servicePath, type ExServiceSummary } from '../api';
import { ExchangeNav, StatusBadge } from '../components/ExchangeNav';
import '../../catalogue/catalogue.css';
import '../exchange.css';

const PAGE_SIZE = 20;
const FILTER_KEYS = ['q', 'agencyId', 'theme'] as const;

/** "Cổng nhà phát triển": the published services of the exchange, for everyone. */
export function PortalPage() {
  const { t } = useTranslation();
  const { pick } = useLang();
  useTitle(t('exchange.portal.title'));
  const { value, offset, update, clear } = useUrlFilters();
  const [text, setText] = useSearchText(value('q'), (q) => update({ q }), 350);
  const agencies = useAgencies();
  const byId = useMemo(() => new Map((agencies.data ?? []).map((a) => [a.id, a])), [agencies.data]);
  const query = Object.fromEntries(FILTER_KEYS.map((k) => [k, value(k)]));
  const services = useApiQuery<Page<ExServiceSummary>>(`${BASE}/services`, { ...query, limit: PAGE_SIZE, offset });
  // The themes offered are those of the services there are (the API has no list of themes).
  const all = useApiQuery<Page<ExServiceSummary>>(`${BASE}/services`, { limit: 500 });
  const themes = useMemo(() => [...new Set((all.data?.items ?? []).flatMap((s) => s.themes))].sort((a, b) => a.localeCompare(b, 'vi')), [all.data]);
  const providers = useMemo(() => (agencies.data ?? []).filter((a) => (all.data?.items ?? []).some((s) => s.agencyId === a.id)), [agencies.data, all.data]);
  const filtered = FILTER_KEYS.some((k) => value(k));

  return (
    <div className="page">
      <h1>{t('exchange.portal.title')}</h1>
      <p className="lead-text">{t('exchange.portal.intro')}</p>
      <ExchangeNav />
      <form className="filters" role="search" aria-label={t('exchange.portal.filtersLabel')} onSubmit={(event) => event.preventDefault()}>
        <div className="field field-grow">
          <label htmlFor="ex-q">{t('exchange.portal.search')}</label>
          <input id="ex-q" type="search" value={text} onChange={(event) => setText(event.target.value)} placeholder={t('exchange.portal.searchPlaceholder')} autoComplete="off" />
        </div>
        <FilterDisclosure id="ex-more-filters" active={FILTER_KEYS.filter((k) => k !== 'q' && value(k)).length}>
          <div className="field">
            <label htmlFor="ex-agency">{t('exchange.provider')}</label>
            <AgencySelect id="ex-agency" value={value('agencyId')} onChange={(v) => update({ agencyId: v })} agencies={providers} required={false} emptyLabel={t('common.all')} />
          </div>
          <div className="field">
            <label htmlFor="ex-theme">{t('exchange.theme')}</label>
            <select id="ex-theme" value={value('theme')} onChange={(event) => update({ theme: event.target.value })}>
              <option value="">{t('common.all')}</option>
              {themes.map((th) => (
                <option key={th} value={th}>
                  {th}
                </option>
              ))}
            </select>
          </div>
          <ClearFilters
            disabled={!filtered}
            onClear={() => {
              setText('');
              clear();
            }}
          />
        </FilterDisclosure>
      </form>
      <p className="result-count" role="status" aria-live="polite">
        {services.loading ? t('common.loading') : services.data ? t('exchange.portal.count', { count: services.data.total }) : ''}
      </p>
      <ErrorBox error={services.error} />
      {services.loading && !services.data && <Loading />}
      {services.data && services.data.items.length === 0 && <p className="notice notice-info">{filtered ? t('exchange.portal.noneFiltered') : t('exchange.portal.none')}</p>}
      {services.data && services.data.items.length > 0 && (
        <ul className="catalogue-cards" id="exchange-services" aria-label={t('exchange.portal.listLabel')}>
          {services.data.items.map((s) => (
            <li key={s.id} className="catalogue-card">
              <h2 className="catalogue-card-title">
                <Link to={servicePath(s.id)}>{s.title || s.code}</Link>
              </h2>
              <p>
                <code className="ex-identifier">{s.identifier}</code>
              </p>
              <p>
                {t('exchange.provider')}: {byId.get(s.agencyId) ? pick(byId.get(s.agencyId)!.name) : s.agencyId}
              </p>
              <p>
                <StatusBadge status={s.status} sunsetAt={s.sunsetAt} /> {s.serviceVersion && <span className="muted">{t('exchange.doc.version', { version: s.serviceVersion })}</span>}
              </p>
              {s.themes.length > 0 && <p className="muted">{s.themes.join(', ')}</p>}
            </li>
          ))}
        </ul>
      )}
      {services.data && <Pager total={services.data.total} limit={PAGE_SIZE} offset={offset} onChange={(o) => update({ offset: o ? String(o) : '' })} label={t('exchange.portal.pager')} />}
    </div>
  );
}
