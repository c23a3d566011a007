import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../kit/form/FormErrorSummary';
import { useForm, type Form } from '../../../kit/form/useForm';

/** useForm with the ids of one form (`<prefix>-<field>`), and no checks of its own unless given. */
export function useExForm<S>(prefix: string, initial: () => S, validate: (s: S) => Map<string, string> = () => new Map()): Form<S> {
  return useForm<S>({ initial, idOf: (path) => `${prefix}-${path.replace(/[^A-Za-z0-9]+/g, '-')}`, validate });
}

/** The summary at the top of a form, naming each field by its label. */
export function Summary<S>({ form, labels, prefix }: { form: Form<S>; labels: Partial<Record<string, string>>; prefix: string }) {
  const { t } = useTranslation();
  return (
    <FormErrorSummary
      anchor={form.summaryRef}
      submitError={form.submitError}
      localErrors={form.localErrors}
      fixErrorsText={t('exchange.fixErrors')}
      errors={form.errorList}
      label={(path) => labels[path] ?? path}
      targetOf={(path) => `${prefix}-${path.replace(/[^A-Za-z0-9]+/g, '-')}`}
    />
  );
}

/** A labelled field with its error under it. */
export function Field<S>({ form, path, label, hint, children, required = false }: { form: Form<S>; path: string; label: string; hint?: string; children: ReactNode; required?: boolean }) {
  const { t } = useTranslation();
  const id = form.control(path).id;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label} {required && <span className="required">({t('common.required')})</span>}
      </label>
      {children}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {form.errorOf(path)}
    </div>
  );
}

/** Reads a chosen file as text in the browser. */
export function readFileText(file: File): Promise<string> {
  return file.text();
}
