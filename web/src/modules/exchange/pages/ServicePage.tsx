import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../kit/auth';
import { Breadcrumb } from '../../../kit/Breadcrumb';
import { ErrorBox, Loading } from '../../../kit/feedback';
import { useApiQuery } from '../../../kit/query';
import { SectionLinks } from '../../../kit/SectionLinks';
import { DataTable } from '../../../kit/table';
import { formatDate, useLang } from '../../../kit/text';
import { useTitle } from '../../../kit/useTitle';
import { useAgencies } from '../../framework/data';
import { BASE, gatewayUrl, useOwnMember, type ExService } from '../api';
import { StatusBadge } from '../components/ExchangeNav';
import { ManagePanel } from '../components/ManagePanel';
import { OpenApiDoc } from '../components/OpenApiDoc';
import { SubscribeForm } from '../components/SubscribeForm';
import '../exchange.css';

/** One service of the exchange: what it is, its endpoints, its documentation; request access; the provider's settings. */
export function ServicePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { pick } = useLang();
  const { user } = useAuth();
  const service = useApiQuery<ExService>(`${BASE}/services/${encodeURIComponent(id)}`);
  const openapi = useApiQuery<Record<string, unknown>>(`${BASE}/services/${encodeURIComponent(id)}/openapi`, {}, { version: service.data?.currentVersion });
  const member = useOwnMember(user);
  const agencies = useAgencies();
  const s = service.data;
  const agency = useMemo(() => agencies.data?.find((a) => a.id === s?.agencyId), [agencies.data, s?.agencyId]);
  useTitle(s ? s.title || s.code : t('exchange.service.title'));
  if (service.error) return <div className="page"><ErrorBox error={service.error} /></div>;
  if (!s) return <div className="page"><Loading /></div>;
  const endpoints = s.endpoints.filter((e) => e.removedInVersion === null);
  const subsystems = member.data?.subsystems ?? [];
  const canSubscribe = Boolean(user) && (s.status === 'published' || s.status === 'deprecated') && subsystems.length > 0;
  const sections = [
    { id: 'ex-endpoints', label: t('exchange.service.endpoints') },
    { id: 'ex-docs', label: t('exchange.service.docs') },
    ...(canSubscribe ? [{ id: 'ex-subscribe', label: t('exchange.subscribe.title') }] : []),
    ...(s.canManage ? [{ id: 'ex-lifecycle', label: t('exchange.manage.lifecycle') }, { id: 'ex-versions', label: t('exchange.manage.versions') }, { id: 'ex-rights', label: t('exchange.rights.title') }] : []),
  ];
  return (
    <div className="page">
      <Breadcrumb trail={[{ to: '/exchange', label: t('exchange.portal.title') }]} current={s.title || s.code} />
      <h1>{s.title || s.code}</h1>
      <dl className="facts facts-wide">
        <div>
          <dt>{t('exchange.identifier')}</dt>
          <dd>
            <code className="ex-identifier">{s.identifier}</code>
          </dd>
        </div>
        <div>
          <dt>{t('exchange.provider')}</dt>
          <dd>
            {agency ? pick(agency.name) : s.agencyId} <span className="muted">(<code>{s.provider}</code>)</span>
          </dd>
        </div>
        <div>
          <dt>{t('exchange.service.status')}</dt>
          <dd>
            <StatusBadge status={s.status} sunsetAt={s.sunsetAt} />
          </dd>
        </div>
        <div>
          <dt>{t('exchange.service.version')}</dt>
          <dd>{s.serviceVersion ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('exchange.service.gateway')}</dt>
          <dd>
            <code className="ex-identifier">{gatewayUrl(s.identifier, '')}</code>
          </dd>
        </div>
        {s.themes.length > 0 && (
          <div>
            <dt>{t('exchange.theme')}</dt>
            <dd>{s.themes.join(', ')}</dd>
          </div>
        )}
        {s.canManage && (
          <>
            <div>
              <dt>{t('exchange.register.backendUrl')}</dt>
              <dd>
                <code className="ex-identifier">{s.backendUrl ?? '—'}</code>
              </dd>
            </div>
            <div>
              <dt>{t('exchange.register.limits')}</dt>
              <dd>{t('exchange.service.limitsText', { timeout: s.timeoutMs, req: s.maxRequestBytes, res: s.maxResponseBytes })}</dd>
            </div>
            <div>
              <dt>{t('exchange.register.logBodies')}</dt>
              <dd>{s.logBodies ? t('common.yes') : t('common.no')}</dd>
            </div>
          </>
        )}
      </dl>
      {s.status === 'deprecated' && (
        <p className="notice notice-warning">{t('exchange.service.deprecatedNotice', { date: s.sunsetAt ? formatDate(s.sunsetAt) : '—' })}</p>
      )}
      {!user && (
        <p className="notice notice-info">
          <Link to="/login" state={{ from: `/exchange/services/${s.id}` }}>
            {t('nav.login')}
          </Link>{' '}
          {t('exchange.service.loginToSubscribe')}
        </p>
      )}
      <SectionLinks label={t('exchange.service.sections')} items={sections} />
      <section className="section" aria-labelledby="ex-endpoints">
        <h2 id="ex-endpoints">{t('exchange.service.endpoints')}</h2>
        <DataTable label={t('exchange.service.endpoints')} caption={t('exchange.service.endpoints')} compact id="ex-endpoint-table" columns={[t('exchange.doc.method'), t('exchange.doc.path'), t('exchange.doc.summary')]}>
          {endpoints.map((e) => (
            <tr key={e.id}>
              <td>
                <span className={`ex-method ex-method-${e.method.toLowerCase()}`}>{e.method}</span>
              </td>
              <td>
                <code>{e.path}</code>
              </td>
              <td>{e.summary ?? ''}</td>
            </tr>
          ))}
        </DataTable>
      </section>
      <section className="section" aria-labelledby="ex-docs">
        <h2 id="ex-docs">{t('exchange.service.docs')}</h2>
        <p className="hint">{t('exchange.service.docsHint')}</p>
        <ErrorBox error={openapi.error} />
        {openapi.data ? <OpenApiDoc doc={openapi.data} serviceIdentifier={s.identifier} /> : !openapi.error && <Loading />}
      </section>
      {canSubscribe && (
        <section className="section" aria-labelledby="ex-subscribe">
          <h2 id="ex-subscribe">{t('exchange.subscribe.title')}</h2>
          <p className="hint">{t('exchange.subscribe.intro')}</p>
          <SubscribeForm service={s} subsystems={subsystems} />
        </section>
      )}
      {user && !canSubscribe && !s.canManage && member.data === null && <p className="notice notice-info">{t('exchange.subscribe.notMember')}</p>}
      {s.canManage && <ManagePanel service={s} onChanged={service.setData} />}
    </div>
  );
}
