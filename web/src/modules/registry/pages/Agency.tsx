import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import type { SystemRecord } from '../../../api/types';
import { useAuth } from '../../../kit/auth';
import { Breadcrumb } from '../../../kit/Breadcrumb';
import { AccessDenied, ErrorBox, Loading } from '../../../kit/feedback';
import { TableWrap } from '../../../kit/table';
import { useTitle } from '../../../kit/useTitle';
import { ComplianceBadge, KindTag, LifecycleBadge, RecordStatusBadge } from '../components/badges';
import { ComplianceTotals } from '../components/ComplianceTotals';
import { useAgencyMap } from '../../framework/agencies';
import { canEditSystem } from '../access';
import { systemPath } from '../paths';
import { clauseText, useLang } from '../../../kit/text';
import { useGet } from '../../../kit/query';
import { useFramework } from '../../framework/data';

export function AgencyPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { pick } = useLang();
  const { user } = useAuth();
  const agencyMap = useAgencyMap();
  const agency = agencyMap.get(id);
  useTitle(agency ? pick(agency.name) : t('agency.title'));
  const parent = agency?.parentId ? agencyMap.get(agency.parentId) : undefined;

  return (
    <div className="page">
      <Breadcrumb trail={[{ to: '/agencies', label: t('nav.agencies') }]} current={agency ? (agency.shortName ?? pick(agency.name)) : id} />
      <h1>{agency ? pick(agency.name) : t('agency.title')}</h1>
      {agency && (
        <dl className="facts facts-wide">
          <div>
            <dt>{t('agencies.shortName')}</dt>
            <dd>{agency.shortName ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('agencies.kind')}</dt>
            <dd>{t(`agencyKinds.${agency.kind}`)}</dd>
          </div>
          <div>
            <dt>{t('agencies.parent')}</dt>
            <dd>{parent ? <Link to={`/agencies/${encodeURIComponent(parent.id)}`}>{pick(parent.name)}</Link> : '—'}</dd>
          </div>
          <div>
            <dt>{t('agencies.clauses')}</dt>
            <dd>{agency.namedInDecision ? agency.clauses.join('; ') || t('common.yes') : t('agencies.notNamed')}</dd>
          </div>
        </dl>
      )}
      {user === undefined ? <Loading /> : user === null ? <AccessDenied reason="login" /> : <Landscape id={id} />}
    </div>
  );
}

function Landscape({ id }: { id: string }) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const { user } = useAuth();
  const landscape = useGet('/api/v1/registry/agencies/{id}', { path: { id } });
  const framework = useFramework();
  const layers = useMemo(() => (framework.data ? [...framework.data.layers].sort((a, b) => b.position - a.position) : []), [framework.data]);
  const data = landscape.data;
  const byLayer = useMemo(() => {
    const map = new Map<string, SystemRecord[]>();
    for (const s of data?.systems ?? []) map.set(s.layer, [...(map.get(s.layer) ?? []), s]);
    return map;
  }, [data]);
  const notFound = landscape.error instanceof ApiError && landscape.error.status === 404;
  const failingRules = (data?.compliance.byRule ?? []).filter((r) => r.fail > 0);

  return (
    <>
      {landscape.loading && !data && <Loading />}
      {notFound ? (
        <p className="notice notice-warning" role="alert">
          {t('agency.notFound', { id })}
        </p>
      ) : (
        <ErrorBox error={landscape.error} />
      )}
      {data && (
        <>
          <section className="section" aria-labelledby="agency-compliance-title">
            <div className="section-head">
              <h2 id="agency-compliance-title">{t('agency.complianceTitle')}</h2>
              <Link to={`/registry?agency=${encodeURIComponent(id)}`}>{t('agency.inRegistry')}</Link>
            </div>
            <ComplianceTotals totals={data.compliance.totals} label={t('agency.totalsLabel')} />
            {failingRules.length > 0 && (
              <TableWrap label={t('agency.failingRules')}>
                <table className="table table-compact">
                  <caption>{t('agency.failingRules')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('compliancePage.rule')}</th>
                      <th scope="col">{t('compliance.clauseCol')}</th>
                      <th scope="col" className="num">
                        {t('agency.systemsFailing')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {failingRules.map((r) => (
                      <tr key={r.ruleId}>
                        <th scope="row">{pick(r.title)}</th>
                        <td className="nowrap">{clauseText(r.clause, lang)}</td>
                        <td className="num">{r.fail}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
            )}
          </section>

          <section className="section" aria-labelledby="landscape-title">
            <div className="section-head">
              <h2 id="landscape-title">{t('agency.landscapeTitle', { count: data.systems.length })}</h2>
              {canEditSystem(user, id) && (
                <Link to="/registry/new" className="btn btn-primary btn-small">
                  + {t('registry.new')}
                </Link>
              )}
            </div>
            {data.systems.length === 0 && <p className="notice notice-info">{t('agency.noSystems')}</p>}
            <div className="architecture landscape">
              {layers.map((layer) => {
                const list = byLayer.get(layer.code) ?? [];
                return (
                  <section key={layer.code} className={`layer layer-${layer.code}`} aria-labelledby={`landscape-${layer.code}`}>
                    <div className="layer-head">
                      <span className="layer-code" aria-hidden="true">
                        {layer.code}
                      </span>
                      <div>
                        <h3 id={`landscape-${layer.code}`}>
                          <span className="visually-hidden">{layer.code}. </span>
                          {pick(layer.name)}
                        </h3>
                        <p className="layer-count">{t('agency.systemCount', { count: list.length })}</p>
                      </div>
                    </div>
                    <div className="landscape-systems">
                      {list.length === 0 ? (
                        <p className="scope-empty">{t('agency.noneInLayer')}</p>
                      ) : (
                        <ul className="system-cards">
                          {list.map((s) => (
                            <li key={s.id} className="system-card">
                              <span className="task-code">{s.code}</span>
                              <Link to={systemPath(s.code)} className="system-card-name">
                                {s.name.vi}
                              </Link>
                              <span className="badge-row">
                                <KindTag kind={s.kind} />
                                <LifecycleBadge lifecycle={s.lifecycle} />
                                <RecordStatusBadge status={s.status} />
                                <ComplianceBadge compliance={s.compliance} />
                              </span>
                            </li>
                          ))}
                        </ul>
                      )}
                    </div>
                  </section>
                );
              })}
            </div>
          </section>
        </>
      )}
    </>
  );
}
