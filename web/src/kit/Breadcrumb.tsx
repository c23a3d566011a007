import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

/** "Where am I" links above a page's heading: the trail of parent pages, then the current one. */
export function Breadcrumb({ trail, current }: { trail: { to: string; label: ReactNode }[]; current: ReactNode }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('common.breadcrumb')} className="breadcrumb">
      <ol>
        {trail.map((step) => (
          <li key={step.to}>
            <Link to={step.to}>{step.label}</Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
