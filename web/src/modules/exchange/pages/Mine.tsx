import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../kit/auth';
import { AccessDenied, ErrorBox, Loading } from '../../../kit/feedback';
import { FilterSelect, useUrlFilters } from '../../../kit/filters';
import { useApiQueryIf } from '../../../kit/query';
import { DataTable } from '../../../kit/table';
import { formatDateTime, formatNumber, useLang } from '../../../kit/text';
import { useTitle } from '../../../kit/useTitle';
import { BASE, servicePath, SUBSCRIPTION_STATUSES, useOwnMember, type ExSubscription } from '../api';
import { Credentials } from '../components/Credentials';
import { ExchangeNav } from '../components/ExchangeNav';
import '../exchange.css';

/** "Đăng ký của tôi": the agency's requests for access, and the credentials of its subsystems. */
export function MinePage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const { lang } = useLang();
  useTitle(t('exchange.mine.title'));
  const { value, update } = useUrlFilters();
  const subs = useApiQueryIf<ExSubscription[]>(Boolean(user), `${BASE}/subscriptions`, { as: 'consumer', status: value('status') });
  const member = useOwnMember(user);
  if (user === undefined) return <Loading />;
  if (!user) return <div className="page"><AccessDenied reason="login" /></div>;
  return (
    <div className="page">
      <h1>{t('exchange.mine.title')}</h1>
      <ExchangeNav />
      <section className="section" aria-labelledby="mine-subs">
        <h2 id="mine-subs">{t('exchange.mine.subscriptions')}</h2>
        <div className="filters">
          <FilterSelect id="mine-status" label={t('exchange.mine.status')} value={value('status')} onChange={(v) => update({ status: v })} values={SUBSCRIPTION_STATUSES} optionLabel={(s) => t(`exchange.subStatus.${s}`)} />
        </div>
        <ErrorBox error={subs.error} />
        {subs.data && subs.data.length === 0 && <p className="muted">{t('exchange.mine.none')}</p>}
        {subs.data && subs.data.length > 0 && (
          <DataTable
            label={t('exchange.mine.subscriptions')}
            caption={t('exchange.mine.subscriptions')}
            id="mine-subscriptions"
            columns={[t('exchange.mine.service'), t('exchange.mine.client'), t('exchange.mine.status'), t('exchange.mine.quota'), t('exchange.mine.requestedAt'), t('exchange.mine.note')]}
          >
            {subs.data.map((s) => (
              <tr key={s.id}>
                <td>
                  <Link to={servicePath(s.serviceId)}>{s.serviceTitle}</Link>
                  <br />
                  <code className="ex-identifier">{s.service}</code>
                </td>
                <td>
                  <code className="ex-identifier">{s.client}</code>
                </td>
                <td>
                  <span className={`badge ex-sub-${s.status}`}>{t(`exchange.subStatus.${s.status}`)}</span>
                </td>
                <td>{s.status === 'approved' ? t('exchange.mine.quotaText', { minute: formatNumber(s.quotaPerMinute, lang), day: formatNumber(s.quotaPerDay, lang), bytes: formatNumber(s.maxRequestBytes, lang) }) : '—'}</td>
                <td>{formatDateTime(s.requestedAt)}</td>
                <td>{s.decisionNote ?? ''}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      <section className="section" aria-labelledby="mine-creds">
        <h2 id="mine-creds">{t('exchange.credentials.title')}</h2>
        <p className="hint">{t('exchange.credentials.intro')}</p>
        <ErrorBox error={member.error} />
        {member.loading && !member.data && <Loading />}
        {member.data === null && !member.loading && <p className="notice notice-info">{t('exchange.subscribe.notMember')}</p>}
        {member.data?.subsystems?.length === 0 && <p className="muted">{t('exchange.mine.noSubsystems')}</p>}
        {member.data?.subsystems?.map((sub) => (
          <section key={sub.id} className="ex-box" aria-labelledby={`sub-h-${sub.id}`}>
            <h3 id={`sub-h-${sub.id}`}>
              {t('exchange.mine.subsystem')} <code className="ex-identifier">{sub.identifier}</code>
            </h3>
            <Credentials subsystem={sub} />
          </section>
        ))}
      </section>
    </div>
  );
}
