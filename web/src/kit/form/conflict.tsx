import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';

/**
 * A save refused because someone else saved the record after the form loaded it (409 VERSION_CONFLICT,
 * details {yours, current}): the version now current, or null for any other error.
 */
export function versionConflictOf(err: unknown): { current: string } | null {
  if (!(err instanceof ApiError) || err.code !== 'VERSION_CONFLICT') return null;
  const current = (err.details as { current?: unknown } | undefined)?.current;
  return { current: typeof current === 'number' || typeof current === 'string' ? String(current) : '?' };
}

/** The form's words for a conflict, to give FormErrorSummary as its message (undefined for any other error). */
export function useConflictMessage(err: unknown): string | undefined {
  const { t } = useTranslation();
  const conflict = versionConflictOf(err);
  return conflict ? t('form.versionConflict', { current: conflict.current }) : undefined;
}

/** Under the conflict message: reloading the page shows the colleague's version (and drops what was typed). */
export function ConflictReload({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!versionConflictOf(error)) return null;
  return (
    <p>
      <a href={`${window.location.pathname}${window.location.search}`}>{t('form.versionConflictReload')}</a>
    </p>
  );
}
