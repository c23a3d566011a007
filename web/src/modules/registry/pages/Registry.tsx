import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { download } from '../../../api/client';
import { COMPLIANCE_FILTERS, LIFECYCLES, RECORD_STATUSES, SYSTEM_KINDS, type Page, type SystemSummary } from '../../../api/types';
import { useAuth } from '../../../kit/auth';
import { AccessDenied, ErrorBox, LiveMessage, Loading } from '../../../kit/feedback';
import { Pager, DataTable } from '../../../kit/table';
import { useTitle } from '../../../kit/useTitle';
import { useSearchText, FilterSelect, ClearFilters, FilterDisclosure, useUrlFilters } from '../../../kit/filters';
import { AgencySelect } from '../../framework/components/AgencySelect';
import { LayerComponentFilters } from '../components/LayerComponentFilters';
import { ComplianceBadge, KindTag, LifecycleBadge, RecordStatusBadge, UnapprovedChangesBadge } from '../components/badges';
import { useAgencyMap, agencyLabel } from '../../framework/agencies';
import { canRegister } from '../access';
import { systemPath } from '../paths';
import { clauseText, useLang } from '../../../kit/text';
import { useApiQuery } from '../../../kit/query';
import { useAgencies } from '../../framework/data';
import { useRules } from '../data';

const PAGE_SIZE = 25;
const FILTER_KEYS = ['q', 'kind', 'layer', 'component', 'agency', 'lifecycle', 'status', 'compliance', 'rule', 'link', 'active'] as const;

export function RegistryPage() {
  const { t } = useTranslation();
  useTitle(t('registry.title'));
  const { user } = useAuth();
  return (
    <div className="page">
      <h1>{t('registry.title')}</h1>
      {user === undefined ? <Loading /> : user === null ? <AccessDenied reason="login" /> : <RegistryList />}
    </div>
  );
}

function RegistryList() {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const { user } = useAuth();
  const { value, offset, update, clear } = useUrlFilters();
  const q = value('q');
  const [text, setText] = useSearchText(q, (value) => update({ q: value }), 350);
  const [message, setMessage] = useState<string | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);
  const [exporting, setExporting] = useState<string | null>(null);

  const agencies = useAgencies();
  const agencyMap = useAgencyMap();
  const rules = useRules(Boolean(value('rule')));
  const rule = rules.data?.find((r) => r.id === value('rule'));

  const query = Object.fromEntries(FILTER_KEYS.map((k) => [k, value(k)]));
  const systems = useApiQuery<Page<SystemSummary>>('/api/v1/registry/systems', { ...query, view: 'summary', limit: PAGE_SIZE, offset });
  const filtered = FILTER_KEYS.some((k) => value(k));

  const exportAs = async (format: 'csv' | 'xlsx' | 'archimate') => {
    setExportError(null);
    setMessage(null);
    setExporting(format);
    try {
      const fallback = format === 'archimate' ? 'so-dang-ky-archimate.xml' : `so-dang-ky.${format}`;
      // The exports hold the whole registry, whatever the filters show.
      const name = await download(`/api/v1/registry/export/${format}`, fallback);
      setMessage(t('registry.exported', { name }));
    } catch (err) {
      setExportError(err);
    } finally {
      setExporting(null);
    }
  };

  return (
    <>
      <p className="lead-text">{t('registry.intro')}</p>
      <div className="toolbar">
        {canRegister(user) && (
          <Link to="/registry/new" className="btn btn-primary">
            + {t('registry.new')}
          </Link>
        )}
        <Link to="/registry/import" className="btn btn-secondary">
          {t('registry.importLink')}
        </Link>
        <div className="toolbar-group" role="group" aria-label={t('registry.exportLabel')}>
          <span className="toolbar-label" aria-hidden="true">
            {t('registry.export')}:
          </span>
          {(['csv', 'xlsx', 'archimate'] as const).map((format) => (
            <button
              key={format}
              type="button"
              className="btn btn-secondary btn-small"
              onClick={() => void exportAs(format)}
              disabled={exporting !== null}
              title={t(`registry.exportAs.${format}`)}
            >
              {exporting === format ? t('registry.exporting') : t(`registry.exportFormat.${format}`)}
            </button>
          ))}
        </div>
      </div>
      <ErrorBox error={exportError} />
      <LiveMessage message={message} />

      <form className="filters" role="search" aria-label={t('registry.filtersLabel')} onSubmit={(event) => event.preventDefault()}>
        <div className="field field-grow">
          <label htmlFor="r-q">{t('registry.search')}</label>
          <input id="r-q" type="search" value={text} onChange={(event) => setText(event.target.value)} placeholder={t('registry.searchPlaceholder')} autoComplete="off" />
        </div>
        <FilterDisclosure id="r-more-filters" active={FILTER_KEYS.filter((k) => k !== 'q' && k !== 'rule' && k !== 'link' && k !== 'active' && value(k)).length}>
        <FilterSelect id="r-kind" label={t('fields.kind')} value={value('kind')} onChange={(v) => update({ kind: v })} values={SYSTEM_KINDS} optionLabel={(k) => t(`kind.${k}`)} />
        <LayerComponentFilters idPrefix="r" layer={value('layer')} component={value('component')} update={update} />
        <div className="field">
          <label htmlFor="r-agency">{t('fields.ownerAgencyId')}</label>
          <AgencySelect id="r-agency" value={value('agency')} onChange={(v) => update({ agency: v })} agencies={agencies.data ?? []} required={false} emptyLabel={t('common.all')} />
        </div>
        <FilterSelect id="r-lifecycle" label={t('fields.lifecycle')} value={value('lifecycle')} onChange={(v) => update({ lifecycle: v })} values={LIFECYCLES} optionLabel={(l) => t(`lifecycle.${l}`)} />
        <FilterSelect id="r-status" label={t('registry.status')} value={value('status')} onChange={(v) => update({ status: v })} values={RECORD_STATUSES} optionLabel={(s) => t(`recordStatus.${s}`)} />
        <FilterSelect id="r-compliance" label={t('registry.compliance')} value={value('compliance')} onChange={(v) => update({ compliance: v })} values={COMPLIANCE_FILTERS} optionLabel={(c) => t(`compliance.filter.${c}`)} />
        <ClearFilters disabled={!filtered} onClear={() => { setText(''); clear(); }} />
        </FilterDisclosure>
      </form>
      {value('rule') && (
        <p className="notice notice-info">
          {t('registry.ruleFilter', { rule: rule ? `${pick(rule.title)} (${t('compliance.clause', { clause: clauseText(rule.clause, lang) })})` : value('rule') })}{' '}
          <button type="button" className="btn btn-secondary btn-small" onClick={() => update({ rule: '' })}>
            {t('registry.ruleFilterClear')}
          </button>
        </p>
      )}

      {(value('link') === 'implements' || value('active')) && (
        <p className="notice notice-info">
          {t('registry.implementsFilter')}{' '}
          <button type="button" className="btn btn-secondary btn-small" onClick={() => update({ link: '', active: '' })}>
            {t('registry.implementsFilterClear')}
          </button>
        </p>
      )}

      <p className="result-count" role="status" aria-live="polite">
        {systems.loading ? t('common.loading') : systems.data ? t('registry.count', { count: systems.data.total }) : ''}
      </p>
      <ErrorBox error={systems.error} />
      {systems.loading && !systems.data && <Loading />}
      {systems.data && systems.data.items.length === 0 && <p className="notice notice-info">{filtered ? t('registry.noneFiltered') : t('registry.none')}</p>}
      {systems.data && systems.data.items.length > 0 && (
        <DataTable label={t('registry.tableCaption')} id="systems-table" busy={systems.loading} caption={t('registry.tableCaption')} columns={[t('registry.system'), t('registry.compliance'), t('registry.status'), t('fields.lifecycle'), t('fields.ownerAgencyId'), t('registry.layerShort')]}>
          {systems.data.items.map((s) => (
            <tr key={s.id}>
              <th scope="row" className="cell-name cell-system">
                <code className="system-code">{s.code}</code>
                <Link to={systemPath(s.code)}>{lang === 'en' && s.name.en ? s.name.en : s.name.vi}</Link>
                <span className="cell-sub">
                  <KindTag kind={s.kind} />
                  {!s.verified && <span className="unverified">{t('registry.unverified')}</span>}
                </span>
              </th>
              <td>
                <ComplianceBadge compliance={s.compliance} />
              </td>
              <td>
                <RecordStatusBadge status={s.status} />
                <UnapprovedChangesBadge system={s} />
              </td>
              <td>
                <LifecycleBadge lifecycle={s.lifecycle} />
              </td>
              <td>{agencyLabel(agencyMap.get(s.ownerAgencyId), s.ownerAgencyId, lang)}</td>
              <td>{s.layer}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {systems.data && <Pager total={systems.data.total} limit={PAGE_SIZE} offset={offset} onChange={(o) => update({ offset: o ? String(o) : '' })} label={t('registry.pager')} />}
    </>
  );
}
