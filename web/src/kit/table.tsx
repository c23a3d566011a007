import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from './text';

export function Pager({ total, limit, offset, onChange, label }: { total: number; limit: number; offset: number; onChange: (offset: number) => void; label: string }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  if (total <= 0) return null;
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.max(1, Math.ceil(total / limit));
  const from = offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" className="btn btn-secondary" disabled={offset <= 0} onClick={() => onChange(Math.max(0, offset - limit))}>
        ‹ {t('pager.previous')}
      </button>
      <span className="pager-info">
        {t('pager.info', { from: from.toLocaleString(lang), to: to.toLocaleString(lang), total: total.toLocaleString(lang), page, pages })}
      </span>
      <button type="button" className="btn btn-secondary" disabled={offset + limit >= total} onClick={() => onChange(offset + limit)}>
        {t('pager.next')} ›
      </button>
    </nav>
  );
}

/** A horizontally scrollable table box; focusable and named so keyboard users can scroll it. */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap" role="region" aria-label={t('common.table', { name: label })} tabIndex={0}>
      {children}
    </div>
  );
}
