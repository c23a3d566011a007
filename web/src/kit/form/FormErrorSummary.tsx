import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useLang } from '../text';

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
  message,
  children,
}: {
  anchor: RefObject<HTMLDivElement | null>;
  submitError: unknown;
  localErrors: ReadonlyMap<string, string>;
  fixErrorsText: string;
  errors: [string, string][];
  label: (path: string) => string;
  targetOf: (path: string) => string;
  /** Said instead of the server's message (e.g. an edit conflict in the page's words). */
  message?: string;
  /** More under the message, such as a link to reload. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  return (
    <div ref={anchor} tabIndex={-1} className="error-summary-anchor">
      {(submitError !== null || localErrors.size > 0) && (
        <div className="notice notice-error" role="alert">
          <p>
            <strong>{localErrors.size > 0 ? fixErrorsText : message ?? (submitError instanceof ApiError ? submitError.messages[lang] || submitError.messages.vi : t('common.unexpectedError'))}</strong>
          </p>
          {localErrors.size === 0 && children}
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
