import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { upload } from '../../../api/client';
import { CLASSIFICATIONS, DATA_TYPES, GOVERNANCE_STATUSES, type CodeList, type DataElement, type DataEntity, type DictionaryKind, type DictionaryRecord, type ElementsImported, type Page } from '../../../api/types';
import { useAuth } from '../../../kit/auth';
import { ErrorBox, LiveMessage, Loading } from '../../../kit/feedback';
import { Pager, TableWrap, DataTable } from '../../../kit/table';
import { useTitle } from '../../../kit/useTitle';
import { useSearchText, FilterSelect, ClearFilters, useUrlFilters } from '../../../kit/filters';
import { AgencySelect } from '../../framework/components/AgencySelect';
import { AgencyName, ClassificationBadge, GovStatusBadge, VersionText } from '../components/badges';
import { useArrivalMessage } from '../useArrivalMessage';
import { useAgencyMap, agencyLabel } from '../../framework/agencies';
import { canCreateObject } from '../access';
import { dictionaryApi, dictionaryPath } from '../paths';
import { fileContentType, formatShare } from '../format';
import { formatNumber, useLang } from '../../../kit/text';
import { useApiQuery, useGet } from '../../../kit/query';
import { useAgencies } from '../../framework/data';
import { Tabs } from '../../../kit/Tabs';
import { FileImportForm } from '../components/FileImportForm';

const PAGE_SIZE = 25;
type Tab = 'elements' | 'entities' | 'code-lists';
const TABS: Tab[] = ['elements', 'entities', 'code-lists'];
const TAB_KIND: Record<Tab, DictionaryKind> = { elements: 'element', entities: 'entity', 'code-lists': 'code_list' };
const FILTERS: Record<Tab, string[]> = {
  elements: ['q', 'status', 'classification', 'dataType', 'owner'],
  entities: ['q', 'status', 'owner'],
  'code-lists': ['q', 'status', 'owner'],
};

export function DictionaryPage() {
  const { t } = useTranslation();
  useTitle(t('dictionary.title'));
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const tab: Tab = raw === 'entities' || raw === 'code-lists' ? raw : 'elements';
  const [arrival] = useArrivalMessage();

  const select = (next: Tab) => {
    // The search words carry over; filters of one kind do not apply to another.
    const q = params.get('q');
    const nextParams = new URLSearchParams();
    if (next !== 'elements') nextParams.set('tab', next);
    if (q) nextParams.set('q', q);
    setParams(nextParams, { replace: true });
  };
  return (
    <div className="page">
      <h1>{t('dictionary.title')}</h1>
      <p className="lead-text">{t('dictionary.intro')}</p>
      <LiveMessage message={arrival} />
      {user === null && <p className="notice notice-info">{t('dictionary.publicNote')}</p>}
      <div className="toolbar">
        <Link to="/dictionary/validate" className="btn btn-secondary">
          {t('dictionary.validateLink')}
        </Link>
      </div>
      <Tabs tabs={TABS} selected={tab} onSelect={select} label={t('dictionary.tabsLabel')} tabLabel={(name) => t(`dictionary.tab.${name}`)}>
        <ObjectList key={tab} tab={tab} />
      </Tabs>
      {user && <MappingSection />}
    </div>
  );
}

function ObjectList({ tab }: { tab: Tab }) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const { user } = useAuth();
  const kind = TAB_KIND[tab];
  const { value, offset, update, clear } = useUrlFilters();
  const q = value('q');
  const [text, setText] = useSearchText(q, (value) => update({ q: value }));
  const agencies = useAgencies();
  const agencyMap = useAgencyMap();
  const keys = FILTERS[tab];

  const query = Object.fromEntries(keys.map((k) => [k, value(k)]));
  const list = useApiQuery<Page<DictionaryRecord>>(dictionaryApi(kind), { ...query, limit: PAGE_SIZE, offset });
  const filtered = keys.some((k) => value(k));
  const caption = t(`dictionary.tableCaption.${tab}`);

  return (
    <>
      {canCreateObject(user) && (
        <div className="toolbar">
          <Link to={`/dictionary/${tab}/new`} className="btn btn-primary">
            + {t(tab === 'elements' ? 'dictionary.newElement' : tab === 'entities' ? 'dictionary.newEntity' : 'dictionary.newCodeList')}
          </Link>
        </div>
      )}
      <form className="filters" role="search" aria-label={t('dictionary.filtersLabel')} onSubmit={(event) => event.preventDefault()}>
        <div className="field field-grow">
          <label htmlFor="d-q">{t('dictionary.search')}</label>
          <input id="d-q" type="search" value={text} onChange={(event) => setText(event.target.value)} placeholder={t(`dictionary.searchPlaceholder.${tab}`)} autoComplete="off" />
        </div>
        {user && (
          <FilterSelect id="d-status" label={t('dictionary.col.status')} value={value('status')} onChange={(v) => update({ status: v })} values={GOVERNANCE_STATUSES} optionLabel={(s) => t(`dictionary.status.${s}`)} />
        )}
        {tab === 'elements' && (
          <>
            <FilterSelect id="d-classification" label={t('dictionary.field.classification')} value={value('classification')} onChange={(v) => update({ classification: v })} values={CLASSIFICATIONS} optionLabel={(c) => t(`dictionary.classification.${c}`)} />
            <FilterSelect id="d-type" label={t('dictionary.field.dataType')} value={value('dataType')} onChange={(v) => update({ dataType: v })} values={DATA_TYPES} optionLabel={(d) => t(`dictionary.dataType.${d}`)} />
          </>
        )}
        <div className="field">
          <label htmlFor="d-owner">{t('dictionary.field.ownerAgencyId')}</label>
          <AgencySelect id="d-owner" value={value('owner')} onChange={(v) => update({ owner: v })} agencies={agencies.data ?? []} required={false} emptyLabel={t('common.all')} />
        </div>
        <ClearFilters disabled={!filtered} onClear={() => { setText(''); clear(tab === 'elements' ? {} : { tab }); }} />
      </form>

      <p className="result-count" role="status" aria-live="polite">
        {list.loading ? t('common.loading') : list.data ? t(`dictionary.count.${tab}`, { count: list.data.total }) : ''}
      </p>
      <ErrorBox error={list.error} />
      {list.loading && !list.data && <Loading />}
      {list.data && list.data.items.length === 0 && <p className="notice notice-info">{filtered ? t('dictionary.noneFiltered') : t('dictionary.none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <TableWrap label={caption}>
          <table className="table" id="dictionary-table" aria-busy={list.loading}>
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dictionary.col.object')}</th>
                <th scope="col">{tab === 'elements' ? t('dictionary.field.dataType') : tab === 'entities' ? t('dictionary.col.attributes') : t('dictionary.col.items')}</th>
                {tab === 'elements' && <th scope="col">{t('dictionary.field.classification')}</th>}
                <th scope="col">{t('dictionary.col.status')}</th>
                <th scope="col">{t('dictionary.col.version')}</th>
                <th scope="col">{t('dictionary.field.ownerAgencyId')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((r) => (
                <tr key={r.id}>
                  <th scope="row" className="cell-name cell-system">
                    <code className="system-code">{r.code}</code>
                    <Link to={dictionaryPath(kind, r.code)}>{pick(r.name)}</Link>
                  </th>
                  <td>
                    {tab === 'elements' ? (
                      <>
                        {t(`dictionary.dataType.${(r as DataElement).dataType}`)}
                        {(r as DataElement).codeList && (
                          <span className="cell-sub">
                            <code>{(r as DataElement).codeList}</code>
                          </span>
                        )}
                      </>
                    ) : tab === 'entities' ? (
                      formatNumber((r as DataEntity).attributes.length, lang)
                    ) : (
                      formatNumber((r as CodeList).itemCount, lang)
                    )}
                  </td>
                  {tab === 'elements' && (
                    <td>
                      <ClassificationBadge classification={(r as DataElement).classification} />
                    </td>
                  )}
                  <td>
                    <GovStatusBadge status={r.status} />
                  </td>
                  <td>
                    <VersionText record={r} />
                  </td>
                  <td>{agencyLabel(agencyMap.get(r.ownerAgencyId), r.ownerAgencyId, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {list.data && <Pager total={list.data.total} limit={PAGE_SIZE} offset={offset} onChange={(o) => update({ offset: o ? String(o) : '' })} label={t('dictionary.pager')} />}
      {tab === 'elements' && canCreateObject(user) && <ElementImport onImported={list.reload} />}
    </>
  );
}

/** Elements from a CSV or XLSX file: all or nothing; the rows in error are listed. */
function ElementImport({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <details className="section import-box">
      <summary>{t('dictionary.importElementsTitle')}</summary>
      <p className="hint">{t('dictionary.importElementsHint')}</p>
      <FileImportForm
        inputId="el-import-file"
        errorsId="element-import-errors"
        send={async (file) => {
          setMessage(null);
          const result = await upload<ElementsImported>('/api/v1/dictionary/elements/import', file, fileContentType(file));
          setMessage(t('dictionary.elementsImported', { ...result }));
          onImported();
        }}
        beforeErrors={<LiveMessage message={message} />}
      />
    </details>
  );
}

/** How much of the registered systems' data maps to approved elements, per agency and per system. */
function MappingSection() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const agencyMap = useAgencyMap();
  const mapping = useGet('/api/v1/registry/data-mapping');
  const data = mapping.data;
  const agencyCaption = t('dictionary.mapping.agencyCaption');
  const systemCaption = t('dictionary.mapping.systemCaption');
  const withData = (data?.systems ?? []).filter((s) => s.total > 0);
  return (
    <section className="section mapping" aria-labelledby="mapping-title">
      <h2 id="mapping-title">{t('dictionary.mapping.title')}</h2>
      <p className="hint">{t('dictionary.mapping.intro')}</p>
      <ErrorBox error={mapping.error} />
      {mapping.loading && !data && <Loading />}
      {data && (
        <>
          <p className="mapping-total">
            {data.total === 0
              ? t('dictionary.mapping.noData')
              : t('dictionary.mapping.total', { mapped: formatNumber(data.mapped, lang), total: formatNumber(data.total, lang), share: formatShare(data.share, lang) })}
          </p>
          {data.agencies.length > 0 && (
            <DataTable label={agencyCaption} id="mapping-agencies" compact caption={agencyCaption} columns={[t('dictionary.field.ownerAgencyId'), { label: t('dictionary.mapping.systems'), num: true }, { label: t('dictionary.mapping.mappedOfTotal'), num: true }, t('dictionary.mapping.share')]}>
              {data.agencies.map((a) => (
                <tr key={a.agencyId}>
                  <th scope="row">{agencyLabel(agencyMap.get(a.agencyId), a.agencyId, lang)}</th>
                  <td className="num">{formatNumber(a.systems, lang)}</td>
                  <td className="num">
                    {formatNumber(a.mapped, lang)}/{formatNumber(a.total, lang)}
                  </td>
                  <td>
                    <ShareBar share={a.share} />
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
          {data.systems.length > 0 && (
            <details className="mapping-systems">
              <summary>{t('dictionary.mapping.bySystem', { count: data.systems.length })}</summary>
              {withData.length < data.systems.length && <p className="hint">{t('dictionary.mapping.noObjects', { count: data.systems.length - withData.length })}</p>}
              <DataTable label={systemCaption} id="mapping-systems" compact caption={systemCaption} columns={[t('dictionary.mapping.system'), t('dictionary.field.ownerAgencyId'), { label: t('dictionary.mapping.mappedOfTotal'), num: true }, t('dictionary.mapping.share')]}>
                {data.systems.map((s) => (
                  <tr key={s.id}>
                    <th scope="row" className="cell-name">
                      <code className="system-code">{s.code}</code> <Link to={`/registry/${encodeURIComponent(s.code)}`}>{s.nameVi}</Link>
                    </th>
                    <td>
                      <AgencyName id={s.ownerAgencyId} />
                    </td>
                    <td className="num">
                      {formatNumber(s.mapped, lang)}/{formatNumber(s.total, lang)}
                    </td>
                    <td>
                      <ShareBar share={s.total === 0 ? null : s.mapped / s.total} />
                    </td>
                  </tr>
                ))}
              </DataTable>
            </details>
          )}
        </>
      )}
    </section>
  );
}

/** A percentage with a bar drawn beside it; the bar is decoration, the number carries the meaning. */
function ShareBar({ share }: { share: number | null }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  if (share === null) return <span className="muted">{t('dictionary.mapping.noObjectsShort')}</span>;
  const percent = Math.max(0, Math.min(100, share * 100));
  return (
    <span className="share">
      <span className="share-bar" aria-hidden="true">
        <span className={percent >= 80 ? 'share-fill share-high' : percent >= 40 ? 'share-fill share-mid' : 'share-fill share-low'} style={{ width: `${percent}%` }} />
      </span>
      <span className="share-text">{formatShare(share, lang)}</span>
    </span>
  );
}
