import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBox } from '../../../kit/feedback';
import { importRowErrors } from '../format';
import { ImportErrors } from './ImportErrors';

/**
 * A CSV or XLSX file sent to an import of the dictionary (elements, code-list items): all or nothing, so a refusal
 * lists the rows in error. No file chosen is said beside the file field, which takes the focus.
 */
export function FileImportForm({
  inputId,
  errorsId,
  send,
  beforeErrors,
}: {
  inputId: string;
  errorsId: string;
  /** Sends the file; a refusal is thrown. */
  send: (file: File) => Promise<void>;
  /** Shown between the form and its errors (the result's message). */
  beforeErrors?: ReactNode;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setError(new Error('file'));
      document.getElementById(inputId)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await send(file);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const noFile = error instanceof Error && error.message === 'file';
  return (
    <>
      <form onSubmit={(event) => void submit(event)} noValidate className="form-card">
        <div className="field field-medium">
          <label htmlFor={inputId}>{t('dictionary.importFile')}</label>
          <input
            id={inputId}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={noFile || undefined}
            aria-describedby={noFile ? `${inputId}-error` : undefined}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setError(null);
            }}
          />
          {noFile && (
            <p className="field-error" id={`${inputId}-error`}>
              {t('dictionary.chooseFile')}
            </p>
          )}
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? t('dictionary.importing') : t('dictionary.importSubmit')}
          </button>
        </div>
      </form>
      {beforeErrors}
      {!noFile && <ErrorBox error={error} />}
      <ImportErrors errors={importRowErrors(error)} id={errorsId} />
    </>
  );
}
