import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

/**
 * The text of a search box that reaches the query (`apply`) a moment after typing stops, and follows the query when
 * it changes from elsewhere (a link, the back button, "clear filters"). A pending update is dropped as soon as the
 * query changes first, and always calls the latest `apply`: a stale one could otherwise undo a newer navigation.
 */
export function useSearchText(q: string, apply: (text: string) => void, delayMs = 300): [string, (text: string) => void] {
  const [text, setText] = useState(q);
  const latestApply = useRef(apply);
  const lastApplied = useRef(q);
  useEffect(() => {
    latestApply.current = apply;
  });
  useEffect(() => {
    if (text.trim() === q) return;
    const timer = setTimeout(() => {
      lastApplied.current = text.trim();
      latestApply.current(text.trim());
    }, delayMs);
    return () => clearTimeout(timer);
  }, [text, q, delayMs]);
  useEffect(() => {
    // Our own update coming back must not overwrite what was typed since.
    if (q !== lastApplied.current) setText(q);
    lastApplied.current = q;
  }, [q]);
  return [text, setText];
}

/** A page's filters and paging kept in the address (`?status=done&offset=50`): links, reloads and Back keep them. */
export function useUrlFilters(): {
  params: URLSearchParams;
  value: (key: string) => string;
  offset: number;
  /** Sets or (with '') removes values; any change but paging goes back to the first page. */
  update: (changes: Record<string, string>) => void;
  /** Removes every filter, keeping only `keep` (the tab). */
  clear: (keep?: Record<string, string>) => void;
} {
  const [params, setParams] = useSearchParams();
  return {
    params,
    value: (key) => params.get(key) ?? '',
    offset: Math.max(0, Number(params.get('offset') ?? 0) || 0),
    update: (changes) => {
      const next = new URLSearchParams(params);
      for (const [key, v] of Object.entries(changes)) {
        if (v) next.set(key, v);
        else next.delete(key);
      }
      if (!('offset' in changes)) next.delete('offset');
      setParams(next, { replace: true });
    },
    clear: (keep = {}) => setParams(new URLSearchParams(keep), { replace: true }),
  };
}

/** A filter of a list: a labelled select whose first choice is "all". */
export function FilterSelect<T extends string>({
  id,
  label,
  value,
  onChange,
  values,
  optionLabel,
}: {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  values: readonly T[];
  optionLabel: (value: T) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('common.all')}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {optionLabel(v)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The "clear filters" button at the end of a filter bar. */
export function ClearFilters({ disabled, onClear }: { disabled: boolean; onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="field field-actions">
      <button type="button" className="btn btn-secondary" disabled={disabled} onClick={onClear}>
        {t('common.clearFilters')}
      </button>
    </div>
  );
}

/**
 * The filters after the search box, behind a "Bộ lọc (n)" disclosure on a narrow screen (n: how many are set), so
 * the first results are in sight on a phone; on a wide screen they are always shown and the button is not.
 */
export function FilterDisclosure({ id, active, children }: { id: string; active: number; children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <div className="field filters-toggle">
        <button type="button" className="btn btn-secondary" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
          {t('common.filtersToggle', { count: active })}
        </button>
      </div>
      <div id={id} className={open ? 'filters-more open' : 'filters-more'}>
        {children}
      </div>
    </>
  );
}
