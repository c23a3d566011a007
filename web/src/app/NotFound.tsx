import { Link, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../kit/useTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  const location = useLocation();
  useTitle(t('notFound.title'));
  return (
    <div className="page page-narrow not-found">
      <p className="big-code" aria-hidden="true">
        404
      </p>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text', { path: location.pathname })}</p>
      <ul className="link-list">
        <li>
          <Link to="/">{t('notFound.home')}</Link>
        </li>
        <li>
          <Link to="/roadmap">{t('nav.roadmap')}</Link>
        </li>
        <li>
          <Link to="/agencies">{t('nav.agencies')}</Link>
        </li>
      </ul>
    </div>
  );
}
