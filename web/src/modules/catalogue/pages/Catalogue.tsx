import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LIFECYCLES, SYSTEM_KINDS, type Page } from '../../../api/types';
import { ErrorBox, Loading } from '../../../kit/feedback';
import { Pager } from '../../../kit/table';
import { useTitle } from '../../../kit/useTitle';
import { ClearFilters, FilterDisclosure, FilterSelect, useSearchText, useUrlFilters } from '../../../kit/filters';
import { useApiQuery } from '../../../kit/query';
import { useLang } from '../../../kit/text';
import { AgencySelect } from '../../framework/components/AgencySelect';
import { useAgencies, useFramework } from '../../framework/data';
import { SystemCards } from '../components/SystemCards';
import { communePath, type PublicSystem } from '../paths';

const PAGE_SIZE = 24;
const FILTER_KEYS = ['q', 'agency', 'component', 'lifecycle', 'kind', 'commune'] as const;

/** "Danh mục hệ thống": the approved systems, for everyone, with search and filters in the address. */
export function CataloguePage() {
  const { t } = useTranslation();
  const { pick } = useLang();
  useTitle(t('catalogue.title'));
  const { value, offset, update, clear } = useUrlFilters();
  const [text, setText] = useSearchText(value('q'), (q) => update({ q }), 350);
  const agencies = useAgencies();
  const framework = useFramework();
  const communes = useMemo(
    () => (agencies.data ?? []).filter((a) => a.kind === 'commune' && a.adminUnitCode).sort((a, b) => (a.shortName ?? '').localeCompare(b.shortName ?? '', 'vi')),
    [agencies.data],
  );
  const components = useMemo(() => (framework.data ? [...framework.data.layers].sort((a, b) => a.position - b.position).flatMap((l) => l.scopes.flatMap((s) => s.components)) : []), [framework.data]);
  const query = Object.fromEntries(FILTER_KEYS.map((k) => [k, value(k)]));
  const systems = useApiQuery<Page<PublicSystem>>('/api/v1/catalogue/systems', { ...query, limit: PAGE_SIZE, offset });
  const filtered = FILTER_KEYS.some((k) => value(k));
  const commune = communes.find((c) => c.adminUnitCode === value('commune'));

  return (
    <div className="page">
      <h1>{t('catalogue.title')}</h1>
      <p className="lead-text">{t('catalogue.intro')}</p>
      <form className="filters" role="search" aria-label={t('catalogue.filtersLabel')} onSubmit={(event) => event.preventDefault()}>
        <div className="field field-grow">
          <label htmlFor="c-q">{t('catalogue.search')}</label>
          <input id="c-q" type="search" value={text} onChange={(event) => setText(event.target.value)} placeholder={t('catalogue.searchPlaceholder')} autoComplete="off" />
        </div>
        <FilterDisclosure id="c-more-filters" active={FILTER_KEYS.filter((k) => k !== 'q' && value(k)).length}>
          <div className="field">
            <label htmlFor="c-agency">{t('catalogue.owner')}</label>
            <AgencySelect id="c-agency" value={value('agency')} onChange={(v) => update({ agency: v })} agencies={agencies.data ?? []} required={false} emptyLabel={t('common.all')} />
          </div>
          <div className="field">
            <label htmlFor="c-commune">{t('catalogue.commune')}</label>
            <select id="c-commune" value={value('commune')} onChange={(event) => update({ commune: event.target.value })}>
              <option value="">{t('common.all')}</option>
              {communes.map((c) => (
                <option key={c.id} value={c.adminUnitCode ?? ''}>
                  {c.shortName ?? pick(c.name)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="c-component">{t('catalogue.component')}</label>
            <select id="c-component" value={value('component')} onChange={(event) => update({ component: event.target.value })}>
              <option value="">{t('common.all')}</option>
              {components.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.code} {c.shortName ?? pick(c.name)}
                </option>
              ))}
            </select>
          </div>
          <FilterSelect id="c-lifecycle" label={t('fields.lifecycle')} value={value('lifecycle')} onChange={(v) => update({ lifecycle: v })} values={LIFECYCLES} optionLabel={(l) => t(`lifecycle.${l}`)} />
          <FilterSelect id="c-kind" label={t('fields.kind')} value={value('kind')} onChange={(v) => update({ kind: v })} values={SYSTEM_KINDS} optionLabel={(k) => t(`kind.${k}`)} />
          <ClearFilters
            disabled={!filtered}
            onClear={() => {
              setText('');
              clear();
            }}
          />
        </FilterDisclosure>
      </form>
      {commune?.adminUnitCode && (
        <p className="notice notice-info">
          <Link to={communePath(commune.adminUnitCode)}>{t('catalogue.communePageLink', { name: commune.shortName ?? pick(commune.name) })}</Link>
        </p>
      )}
      <p className="result-count" role="status" aria-live="polite">
        {systems.loading ? t('common.loading') : systems.data ? t('catalogue.count', { count: systems.data.total }) : ''}
      </p>
      <ErrorBox error={systems.error} />
      {systems.loading && !systems.data && <Loading />}
      {systems.data && systems.data.items.length === 0 && <p className="notice notice-info">{filtered ? t('catalogue.noneFiltered') : t('catalogue.none')}</p>}
      {systems.data && systems.data.items.length > 0 && <SystemCards id="catalogue-systems" systems={systems.data.items} label={t('catalogue.listLabel')} />}
      {systems.data && <Pager total={systems.data.total} limit={PAGE_SIZE} offset={offset} onChange={(o) => update({ offset: o ? String(o) : '' })} label={t('catalogue.pager')} />}
    </div>
  );
}
