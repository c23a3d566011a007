import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError, download, upload, XLSX_TYPE } from '../../../api/client';
import type { ArchimateImportResult, ImportResult, ImportRowError } from '../../../api/types';
import { useAuth } from '../../../kit/auth';
import { Breadcrumb } from '../../../kit/Breadcrumb';
import { AccessDenied, ErrorBox, LiveMessage, Loading } from '../../../kit/feedback';
import { TableWrap } from '../../../kit/table';
import { useTitle } from '../../../kit/useTitle';
import { isReviewer, canImportXlsx } from '../access';
import { useLang } from '../../../kit/text';

export function ImportPage() {
  const { t } = useTranslation();
  useTitle(t('import.title'));
  const { user } = useAuth();
  const canXlsx = canImportXlsx(user);
  return (
    <div className="page">
      <Breadcrumb trail={[{ to: '/registry', label: t('registry.title') }]} current={t('import.crumb')} />
      <h1>{t('import.title')}</h1>
      {user === undefined ? (
        <Loading />
      ) : user === null ? (
        <AccessDenied reason="login" />
      ) : (
        <>
          <p className="lead-text">{t('import.intro')}</p>
          {canXlsx ? (
            <XlsxImport />
          ) : (
            <p className="notice notice-info" role="status">
              {t('import.xlsxNoRight')}
            </p>
          )}
          {isReviewer(user) && <ArchimateImport />}
        </>
      )}
    </div>
  );
}

/** The row errors of a refused import, when the server sent them. */
function rowErrors(err: unknown): ImportRowError[] {
  if (!(err instanceof ApiError) || typeof err.details !== 'object' || err.details === null) return [];
  const list = (err.details as { errors?: unknown }).errors;
  return Array.isArray(list) ? (list as ImportRowError[]) : [];
}

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function XlsxImport() {
  const { t } = useTranslation();
  const { pick } = useLang();
  const fileRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<ImportResult | null>(null);
  const [imported, setImported] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'template' | 'check' | 'import' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const errors = rowErrors(error);

  const template = async () => {
    setError(null);
    setBusy('template');
    try {
      const name = await download('/api/v1/registry/import/template.xlsx', 'mau-so-dang-ky.xlsx');
      setMessage(t('import.templateSaved', { name }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  const run = async (dryRun: boolean) => {
    if (!file) {
      setError(new ApiError(400, 'CLIENT', { vi: t('import.chooseFile', { lng: 'vi' }), en: t('import.chooseFile', { lng: 'en' }) }));
      fileRef.current?.focus();
      return;
    }
    setError(null);
    setMessage(null);
    setBusy(dryRun ? 'check' : 'import');
    try {
      const result = await upload<ImportResult>('/api/v1/registry/import/xlsx', file, XLSX_TYPE, { query: dryRun ? { dryRun: true } : {} });
      if (dryRun) {
        setChecked(result);
        setMessage(t('import.checkedOk', { created: result.created, updated: result.updated, unchanged: result.unchanged ?? 0 }));
      } else {
        setImported(result);
        setChecked(null);
        setMessage(t('import.done', { created: result.created, updated: result.updated, unchanged: result.unchanged ?? 0 }));
      }
    } catch (err) {
      setError(err);
      if (dryRun) setChecked(null);
    } finally {
      setBusy(null);
    }
  };

  const check = (event: FormEvent) => {
    event.preventDefault();
    void run(true);
  };

  return (
    <section className="section" aria-labelledby="xlsx-title">
      <h2 id="xlsx-title">{t('import.xlsxTitle')}</h2>
      <ol className="steps">
        <li>
          <p>{t('import.step1')}</p>
          <button type="button" className="btn btn-secondary" onClick={() => void template()} disabled={busy !== null}>
            {busy === 'template' ? t('import.downloading') : t('import.template')}
          </button>
        </li>
        <li>
          <form onSubmit={check} noValidate aria-labelledby="xlsx-step2">
            <p id="xlsx-step2">{t('import.step2')}</p>
            <div className="field field-medium">
              <label htmlFor="xlsx-file">{t('import.file')}</label>
              <input
                ref={fileRef}
                id="xlsx-file"
                type="file"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-describedby="xlsx-file-hint"
                onChange={(event) => {
                  setFile(event.target.files?.[0] ?? null);
                  setChecked(null);
                  setImported(null);
                  setError(null);
                  setMessage(null);
                }}
              />
              <p className="hint" id="xlsx-file-hint">
                {t('import.fileHint')}
              </p>
            </div>
            <div className="form-actions">
              <button type="submit" className="btn btn-primary" disabled={busy !== null}>
                {busy === 'check' ? t('import.checking') : t('import.check')}
              </button>
            </div>
          </form>
        </li>
        <li>
          <p>{t('import.step3')}</p>
          <button type="button" className="btn btn-primary" onClick={() => void run(false)} disabled={busy !== null || checked === null} aria-describedby="import-hint">
            {busy === 'import' ? t('import.importing') : t('import.import')}
          </button>
          <p className="hint" id="import-hint">
            {checked ? t('import.readyHint', { created: checked.created, updated: checked.updated }) : t('import.checkFirst')}
          </p>
        </li>
      </ol>
      <LiveMessage message={message} />
      {imported && (
        <p>
          <Link to="/registry">{t('import.seeRegistry')}</Link>
        </p>
      )}
      <ErrorBox error={error} />
      {errors.length > 0 && (
        <TableWrap label={t('import.errorsCaption', { count: errors.length })}>
          <table className="table table-compact" id="import-errors">
            <caption>{t('import.errorsCaption', { count: errors.length })}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('import.row')}
                </th>
                <th scope="col">{t('import.column')}</th>
                <th scope="col">{t('import.value')}</th>
                <th scope="col">{t('import.message')}</th>
              </tr>
            </thead>
            <tbody>
              {errors.map((e, i) => (
                <tr key={`${e.row}-${e.column}-${i}`}>
                  <td className="num">{e.row}</td>
                  <td>{e.column}</td>
                  <td className="cell-path">
                    <code>{shown(e.value)}</code>
                  </td>
                  <td>{pick(e.message)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}

function ArchimateImport() {
  const { t } = useTranslation();
  const { pick } = useLang();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<{ dryRun: boolean; value: ArchimateImportResult } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const run = async (dryRun: boolean) => {
    setError(null);
    setResult(null);
    if (!file) {
      setError(new ApiError(400, 'CLIENT', { vi: t('import.chooseFile', { lng: 'vi' }), en: t('import.chooseFile', { lng: 'en' }) }));
      fileRef.current?.focus();
      return;
    }
    setBusy(dryRun ? 'check' : 'import');
    try {
      const value = await upload<ArchimateImportResult>('/api/v1/registry/import/archimate', file, 'application/xml', { query: dryRun ? { dryRun: true } : {} });
      setResult({ dryRun, value });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(true);
  };
  const counts = result ? { created: result.value.created, updated: result.value.updated, unchanged: result.value.unchanged ?? 0, relations: result.value.relations, skipped: result.value.skipped.length } : null;

  return (
    <section className="section" aria-labelledby="archimate-title">
      <h2 id="archimate-title">{t('import.archimateTitle')}</h2>
      <p>{t('import.archimateIntro')}</p>
      <form className="form-card" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="archimate-file">{t('import.archimateFile')}</label>
          <input
            ref={fileRef}
            id="archimate-file"
            type="file"
            accept=".xml,application/xml,text/xml"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setResult(null);
              setError(null);
            }}
          />
        </div>
        <ErrorBox error={error} />
        <div className="form-actions">
          <button type="submit" className="btn btn-secondary" disabled={busy !== null}>
            {busy === 'check' ? t('import.checking') : t('import.check')}
          </button>
          <button type="button" className="btn btn-primary" disabled={busy !== null} onClick={() => void run(false)}>
            {busy === 'import' ? t('import.importing') : t('import.archimateSubmit')}
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {result && counts && (
          <div className={result.dryRun ? 'notice notice-info' : 'notice notice-success'}>
            <p>{result.dryRun ? t('import.archimateChecked', counts) : t('import.archimateDone', counts)}</p>
          </div>
        )}
      </div>
      {result && result.value.skipped.length > 0 && (
        <TableWrap label={t('import.skippedCaption')}>
          <table className="table table-compact" id="archimate-skipped">
            <caption>{t('import.skippedCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.identifier')}</th>
                <th scope="col">{t('import.elementType')}</th>
                <th scope="col">{t('import.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {result.value.skipped.map((s, i) => (
                <tr key={`${s.identifier}-${i}`}>
                  <td className="cell-path">
                    <code>{s.identifier}</code>
                  </td>
                  <td>{s.type}</td>
                  <td>{pick(s.reason)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}
