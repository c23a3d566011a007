import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../api/types';
import { useAuth } from '../../../kit/auth';
import { AccessDenied, ErrorBox, Loading } from '../../../kit/feedback';
import { useApiQueryIf } from '../../../kit/query';
import { DataTable } from '../../../kit/table';
import { useTitle } from '../../../kit/useTitle';
import { BASE, servicePath, useOwnMember, type ExServiceSummary } from '../api';
import { ExchangeNav, StatusBadge } from '../components/ExchangeNav';
import { Queue } from '../components/Queue';
import { RegisterForm } from '../components/RegisterForm';
import '../exchange.css';

/** The provider's page: the agency's services (drafts too), registering one, and the subscription queue. */
export function ProviderPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  useTitle(t('exchange.providerPage.title'));
  const member = useOwnMember(user);
  const services = useApiQueryIf<Page<ExServiceSummary>>(Boolean(user?.agencyId), `${BASE}/services`, { agencyId: user?.agencyId ?? '', limit: 500 });
  const own = useMemo(() => (services.data?.items ?? []).filter((s) => s.agencyId === user?.agencyId), [services.data, user?.agencyId]);
  if (user === undefined) return <Loading />;
  if (!user) return <div className="page"><AccessDenied reason="login" /></div>;
  const subsystems = member.data?.subsystems ?? [];
  return (
    <div className="page">
      <h1>{t('exchange.providerPage.title')}</h1>
      <p className="lead-text">{t('exchange.providerPage.intro')}</p>
      <ExchangeNav />
      <section className="section" aria-labelledby="pv-services">
        <h2 id="pv-services">{t('exchange.providerPage.services')}</h2>
        <ErrorBox error={services.error} />
        {services.data && own.length === 0 && <p className="muted">{t('exchange.providerPage.noServices')}</p>}
        {own.length > 0 && (
          <DataTable label={t('exchange.providerPage.services')} caption={t('exchange.providerPage.services')} compact id="pv-service-table" columns={[t('exchange.register.titleField'), t('exchange.identifier'), t('exchange.service.status'), t('exchange.service.version')]}>
            {own.map((s) => (
              <tr key={s.id}>
                <td>
                  <Link to={servicePath(s.id)}>{s.title || s.code}</Link>
                </td>
                <td>
                  <code className="ex-identifier">{s.identifier}</code>
                </td>
                <td>
                  <StatusBadge status={s.status} sunsetAt={s.sunsetAt} />
                </td>
                <td>{s.serviceVersion ?? '—'}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      <section className="section" aria-labelledby="pv-register">
        <h2 id="pv-register">{t('exchange.register.title')}</h2>
        <ErrorBox error={member.error} />
        {member.loading && !member.data && <Loading />}
        {member.data === null && !member.loading && <p className="notice notice-info">{t('exchange.subscribe.notMember')}</p>}
        {member.data && subsystems.length === 0 && <p className="notice notice-info">{t('exchange.mine.noSubsystems')}</p>}
        {subsystems.length > 0 && <RegisterForm subsystems={subsystems} />}
      </section>
      <section className="section" aria-labelledby="pv-queue">
        <h2 id="pv-queue">{t('exchange.queue.title')}</h2>
        <Queue />
      </section>
    </div>
  );
}
