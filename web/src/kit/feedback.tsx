import { Link, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { useLang } from './text';

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

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
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
