import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError, isAbort, type TaskStatus } from '../api';
import { useLang } from '../lib/text';

/** Sets the document title: "<page> — Kiến trúc". */
export function useTitle(title: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} — ${t('app.short')}`;
  }, [title, t]);
}

/** The text of an error in the current language (the API's own message when it gave one). */
export function useErrorText(): (err: unknown) => string {
  const { t } = useTranslation();
  const { lang } = useLang();
  return (err: unknown) => {
    if (err instanceof ApiError) return err.messages[lang] || err.messages.vi;
    return t('common.unexpectedError');
  };
}

/** An error box; role=alert so a screen reader hears it when it appears. */
export function ErrorBox({ error }: { error: unknown }) {
  const text = useErrorText();
  if (!error) return null;
  return (
    <div className="notice notice-error" role="alert">
      {text(error)}
    </div>
  );
}

/** Loads data for a component, aborting the request when inputs change or the component goes away. */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
  setData: (value: T) => void;
} {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    loadRef.current(controller.signal).then(
      (value) => {
        if (controller.signal.aborted) return;
        setData(value);
        setLoading(false);
      },
      (err: unknown) => {
        if (controller.signal.aborted || isAbort(err)) return;
        setError(err);
        setLoading(false);
      },
    );
    return () => controller.abort();
    // callers list their own inputs in deps
  }, [...deps, tick]);
  return { data, error, loading, reload: () => setTick((n) => n + 1), setData };
}

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

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}

export function StatusBadge({ status }: { status: TaskStatus }) {
  const { t } = useTranslation();
  return <span className={`badge status-${status}`}>{t(`status.${status}`)}</span>;
}

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

/** Shown instead of a page to someone not logged in or without the right. */
export function AccessDenied({ reason }: { reason: 'login' | 'role' }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <div className="notice notice-warning" role="status">
      {reason === 'login' ? (
        <>
          <p>{t('access.needLogin')}</p>
          <p>
            <Link to="/login" state={{ from: location.pathname + location.search }}>
              {t('nav.login')}
            </Link>
          </p>
        </>
      ) : (
        <p>{t('access.noRight')}</p>
      )}
    </div>
  );
}

/** A polite live region whose text is announced when it changes. */
export function LiveMessage({ message, tone = 'success' }: { message: string | null; tone?: 'success' | 'info' }) {
  return (
    <div className={message ? `notice notice-${tone}` : 'visually-hidden'} role="status" aria-live="polite">
      {message ?? ''}
    </div>
  );
}

export function Section({ id, title, children, level = 2 }: { id: string; title: ReactNode; children: ReactNode; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="section" aria-labelledby={id}>
      <Heading id={id}>{title}</Heading>
      {children}
    </section>
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

/**
 * The summary at the top of a form after a refused submit: the server's message (or "fix these"), then a link to each
 * field in error that moves focus to it. `anchor` receives focus after the submit.
 */
export function FormErrorSummary({
  anchor,
  submitError,
  localErrors,
  fixErrorsText,
  errors,
  label,
  targetOf,
}: {
  anchor: RefObject<HTMLDivElement | null>;
  submitError: unknown;
  localErrors: ReadonlyMap<string, string>;
  fixErrorsText: string;
  errors: [string, string][];
  label: (path: string) => string;
  targetOf: (path: string) => string;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  return (
    <div ref={anchor} tabIndex={-1} className="error-summary-anchor">
      {(submitError !== null || localErrors.size > 0) && (
        <div className="notice notice-error" role="alert">
          <p>
            <strong>{localErrors.size > 0 ? fixErrorsText : submitError instanceof ApiError ? submitError.messages[lang] || submitError.messages.vi : t('common.unexpectedError')}</strong>
          </p>
          {errors.length > 0 && (
            <ul className="error-links">
              {errors.map(([path, text]) => (
                <li key={path}>
                  <a
                    href={`#${targetOf(path)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      const target = document.getElementById(targetOf(path));
                      target?.scrollIntoView({ block: 'center' });
                      target?.focus({ preventScroll: true });
                    }}
                  >
                    {label(path)}: {text}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

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

