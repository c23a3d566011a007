import { NavLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../kit/auth';
import { isAdmin } from '../../core/access';
import { formatDate } from '../../../kit/text';

/** The exchange's own pages: the portal for everyone, the consumer's and provider's pages signed in, members for administrators. */
export function ExchangeNav() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const links = [
    { to: '/exchange', label: t('exchange.nav.portal'), end: true, show: true },
    { to: '/exchange/mine', label: t('exchange.nav.mine'), show: Boolean(user?.agencyId) },
    { to: '/exchange/provider', label: t('exchange.nav.provider'), show: Boolean(user?.agencyId) || isAdmin(user) },
    { to: '/exchange/admin', label: t('exchange.nav.admin'), show: isAdmin(user) },
  ].filter((l) => l.show);
  if (links.length < 2) return null;
  return (
    <nav className="page-sections" aria-label={t('exchange.nav.label')}>
      <ul>
        {links.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end={l.end}>
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A service's status, with its sunset date when deprecated. */
export function StatusBadge({ status, sunsetAt }: { status: string; sunsetAt?: string | null }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ex-status ex-status-${status}`}>
      {t(`exchange.status.${status}`)}
      {status === 'deprecated' && sunsetAt ? ` — ${t('exchange.sunsetOn', { date: formatDate(sunsetAt) })}` : ''}
    </span>
  );
}
