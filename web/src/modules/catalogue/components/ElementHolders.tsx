import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LIFECYCLES, RECORD_STATUSES, type Lifecycle, type Page, type RecordStatus } from '../../../api/types';
import { useAuth } from '../../../kit/auth';
import { ErrorBox, Loading } from '../../../kit/feedback';
import { FilterSelect } from '../../../kit/filters';
import { useApiQuery } from '../../../kit/query';
import { DataTable } from '../../../kit/table';
import { useLang } from '../../../kit/text';
import { AgencySelect } from '../../framework/components/AgencySelect';
import { agencyLabel, useAgencyMap } from '../../framework/agencies';
import { useAgencies } from '../../framework/data';
import { LifecycleBadge, RecordStatusBadge } from '../../registry/components/badges';
import { systemPath } from '../../registry/paths';
import { cataloguePath, type PublicSystem } from '../paths';

interface Holder {
  id: string;
  code: string;
  nameVi: string;
  ownerAgencyId: string;
  lifecycle: Lifecycle;
  status: RecordStatus;
  dataObjects: { name: string; personal: boolean; sensitive: boolean }[];
}

const PAGE_SIZE = 20;

/**
 * "Which systems hold me", on a data element's page: signed-in users see every registered system whose data objects
 * name it (GET /api/v1/registry/data-mapping/elements/:code), visitors the approved ones of the public catalogue.
 */
export function ElementHolders({ code }: { code: string }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const agencies = useAgencies();
  const [agency, setAgency] = useState('');
  const [lifecycle, setLifecycle] = useState('');
  const [personal, setPersonal] = useState('');
  const [status, setStatus] = useState('');
  const [offset, setOffset] = useState(0);
  const signedIn = Boolean(user);
  const change = (set: (v: string) => void) => (v: string) => {
    set(v);
    setOffset(0);
  };
  if (user === undefined) return null;
  return (
    <section className="section" aria-labelledby="holders-title">
      <h2 id="holders-title">{t('catalogue.holders')}</h2>
      <p className="hint">{signedIn ? t('catalogue.holdersIntro') : t('catalogue.holdersPublic')}</p>
      <form className="filters" aria-label={t('catalogue.holdersFilters')} onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor="h-agency">{t('catalogue.owner')}</label>
          <AgencySelect id="h-agency" value={agency} onChange={change(setAgency)} agencies={agencies.data ?? []} required={false} emptyLabel={t('common.all')} />
        </div>
        <FilterSelect id="h-lifecycle" label={t('fields.lifecycle')} value={lifecycle} onChange={change(setLifecycle)} values={LIFECYCLES} optionLabel={(l) => t(`lifecycle.${l}`)} />
        {signedIn && (
          <>
            <FilterSelect id="h-personal" label={t('catalogue.personal')} value={personal} onChange={change(setPersonal)} values={['true', 'false'] as const} optionLabel={(v) => (v === 'true' ? t('catalogue.personalYes') : t('catalogue.personalNo'))} />
            <FilterSelect id="h-status" label={t('catalogue.status')} value={status} onChange={change(setStatus)} values={RECORD_STATUSES} optionLabel={(s) => t(`recordStatus.${s}`)} />
          </>
        )}
      </form>
      {signedIn ? (
        <RegistryHolders code={code} query={{ agency, lifecycle, personal, status, limit: PAGE_SIZE, offset }} onPage={setOffset} />
      ) : (
        <PublicHolders code={code} query={{ agency, lifecycle, limit: PAGE_SIZE, offset }} onPage={setOffset} />
      )}
    </section>
  );
}

type Query = Record<string, string | number>;

function RegistryHolders({ code, query, onPage }: { code: string; query: Query; onPage: (offset: number) => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const agencyMap = useAgencyMap();
  const holders = useApiQuery<Page<Holder>>(`/api/v1/registry/data-mapping/elements/${encodeURIComponent(code)}`, query);
  return (
    <HoldersResult holders={holders} query={query} onPage={onPage} columns={[t('catalogue.system'), t('catalogue.owner'), t('fields.lifecycle'), t('catalogue.status'), t('catalogue.dataObjects')]}>
      {(items) =>
        items.map((s) => (
          <tr key={s.id}>
            <th scope="row">
              <code className="system-code">{s.code}</code> <Link to={systemPath(s.code)}>{s.nameVi}</Link>
            </th>
            <td>{agencyLabel(agencyMap.get(s.ownerAgencyId), s.ownerAgencyId, lang)}</td>
            <td>
              <LifecycleBadge lifecycle={s.lifecycle} />
            </td>
            <td>
              <RecordStatusBadge status={s.status} />
            </td>
            <td>
              {s.dataObjects.map((d) => (
                <span key={d.name} className="holder-object">
                  {d.name}
                  {d.personal && <span className="catalogue-tag">{d.sensitive ? t('subfields.dataObjects.sensitive') : t('catalogue.personal')}</span>}{' '}
                </span>
              ))}
            </td>
          </tr>
        ))
      }
    </HoldersResult>
  );
}

function PublicHolders({ code, query, onPage }: { code: string; query: Query; onPage: (offset: number) => void }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const holders = useApiQuery<Page<PublicSystem>>(`/api/v1/catalogue/elements/${encodeURIComponent(code)}/systems`, query);
  return (
    <HoldersResult holders={holders} query={query} onPage={onPage} columns={[t('catalogue.system'), t('catalogue.owner'), t('fields.lifecycle')]}>
      {(items) =>
        items.map((s) => (
          <tr key={s.code}>
            <th scope="row">
              <code className="system-code">{s.code}</code> <Link to={cataloguePath(s.code)}>{pick(s.name)}</Link>
            </th>
            <td>{pick(s.owner.name)}</td>
            <td>
              <LifecycleBadge lifecycle={s.lifecycle} />
            </td>
          </tr>
        ))
      }
    </HoldersResult>
  );
}

/** The count, the error, the wait, "none" and the paged table every list of holders shows. */
function HoldersResult<T>({
  holders,
  query,
  onPage,
  columns,
  children,
}: {
  holders: { data?: Page<T> | undefined; error: unknown; loading: boolean };
  query: Query;
  onPage: (offset: number) => void;
  columns: string[];
  children: (items: T[]) => React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p className="result-count" role="status" aria-live="polite">
        {holders.data ? t('catalogue.count', { count: holders.data.total }) : ''}
      </p>
      <ErrorBox error={holders.error} />
      {holders.loading && !holders.data && <Loading />}
      {holders.data && holders.data.items.length === 0 && <p>{t('catalogue.holdersNone')}</p>}
      {holders.data && holders.data.items.length > 0 && (
        <DataTable
          label={t('catalogue.holders')}
          id="holders-table"
          caption={t('catalogue.holders')}
          columns={columns}
          paging={{ total: holders.data.total, limit: Number(query.limit), offset: Number(query.offset), onChange: onPage, label: t('catalogue.pager') }}
        >
          {children(holders.data.items)}
        </DataTable>
      )}
    </>
  );
}
