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

/** A column heading of a DataTable: its text, right-aligned for numbers, or read only by screen readers (actions). */
export interface Column {
  label: ReactNode;
  num?: boolean;
  hidden?: boolean;
}

/**
 * A list as a table: scrollable and named, a caption for screen readers, column headings, the rows given as children,
 * and under it the pager when the list is paged.
 */
export function DataTable({
  label,
  id,
  compact = false,
  busy,
  caption,
  columns,
  children,
  paging,
}: {
  label: string;
  id?: string;
  compact?: boolean;
  /** A newer page is on its way. */
  busy?: boolean;
  caption: ReactNode;
  columns: (ReactNode | Column)[];
  children: ReactNode;
  paging?: { total: number; limit: number; offset: number; onChange: (offset: number) => void; label: string };
}) {
  return (
    <>
      <TableWrap label={label}>
        <table className={compact ? 'table table-compact' : 'table'} id={id} aria-busy={busy}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column, index) => {
                const c: Column = typeof column === 'object' && column !== null && 'label' in column ? column : { label: column };
                return (
                  <th key={index} scope="col" className={c.num ? 'num' : undefined}>
                    {c.hidden ? <span className="visually-hidden">{c.label}</span> : c.label}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </TableWrap>
      {paging && <Pager {...paging} />}
    </>
  );
}
