import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { download, isAbort, upload } from '../../../api/client';
import type { DataEntity, Page, ValidationRun } from '../../../api/types';
import { useAuth } from '../../../kit/auth';
import { ErrorBox, LiveMessage, Loading } from '../../../kit/feedback';
import { Breadcrumb } from '../../../kit/Breadcrumb';
import { Pager, DataTable } from '../../../kit/table';
import { useTitle } from '../../../kit/useTitle';
import { dictionaryApi, dictionaryPath, runPath } from '../paths';
import { JsonCheck } from '../components/JsonCheck';
import { fileContentType, formatBytes } from '../format';
import { formatDateTime, formatNumber, useLang } from '../../../kit/text';
import { useApiQuery, useGet } from '../../../kit/query';

const RUNS_PAGE = 20;

export function DictionaryValidatePage() {
  const { t } = useTranslation();
  useTitle(t('dictionary.validate.title'));
  const { user } = useAuth();
  return (
    <div className="page">
      <Breadcrumb trail={[{ to: '/dictionary', label: t('dictionary.title') }]} current={t('dictionary.validate.crumb')} />
      <h1>{t('dictionary.validate.title')}</h1>
      <p className="lead-text">{t('dictionary.validate.intro')}</p>
      {user === undefined ? (
        <Loading />
      ) : user === null ? (
        <JsonCheck />
      ) : (
        <>
          <ValidateForm />
          <RunList />
        </>
      )}
    </div>
  );
}

function ValidateForm() {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const entity = params.get('entity') ?? '';
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState<'entity' | 'file' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);
  const entities = useApiQuery<Page<DataEntity>>(dictionaryApi('entity'), { limit: 500 });
  // What can be validated: entities with an approved version, not withdrawn.
  const options = (entities.data?.items ?? []).filter((e) => e.approvedVersion !== null && e.status !== 'deprecated');
  const chosen = options.find((e) => e.code === entity);

  useEffect(() => () => controller.current?.abort(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setMessage(null);
    if (!entity) {
      setMissing('entity');
      document.getElementById('v-entity')?.focus();
      return;
    }
    if (!file) {
      setMissing('file');
      document.getElementById('v-file')?.focus();
      return;
    }
    setMissing(null);
    setBusy(true);
    setProgress(t('dictionary.validate.progress', { name: file.name, size: formatBytes(file.size, lang) }));
    const abort = new AbortController();
    controller.current = abort;
    try {
      const run = await upload<ValidationRun>(`${dictionaryApi('entity', entity)}/validate-file`, file, fileContentType(file), { query: { fileName: file.name }, signal: abort.signal });
      navigate(runPath(run.id), { state: { message: t('dictionary.validate.done', { rows: run.summary.rows, findings: run.summary.findings }) } });
    } catch (err) {
      if (isAbort(err)) setMessage(t('dictionary.validate.cancelled'));
      else setError(err);
      setBusy(false);
      setProgress(null);
    } finally {
      controller.current = null;
    }
  };

  const template = async () => {
    if (!chosen) return;
    setError(null);
    try {
      const name = await download(`${dictionaryApi('entity', chosen.code)}/template.csv`, `${chosen.code}-mau.csv`, { example: true });
      setMessage(t('dictionary.downloaded', { name }));
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section className="section" aria-labelledby="validate-form-title">
      <h2 id="validate-form-title">{t('dictionary.validate.formTitle')}</h2>
      <form className="form-card" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <div className="field field-medium">
          <label htmlFor="v-entity">{t('dictionary.validate.entity')}</label>
          <select
            id="v-entity"
            value={entity}
            disabled={busy}
            aria-invalid={missing === 'entity' || undefined}
            aria-describedby={missing === 'entity' ? 'v-entity-hint v-entity-error' : 'v-entity-hint'}
            onChange={(event) => {
              const next = new URLSearchParams(params);
              if (event.target.value) next.set('entity', event.target.value);
              else next.delete('entity');
              setParams(next, { replace: true });
              if (missing === 'entity') setMissing(null);
            }}
          >
            <option value="">{entities.loading ? t('common.loading') : t('dictionary.validate.chooseEntity')}</option>
            {options.map((e) => (
              <option key={e.code} value={e.code}>
                {pick(e.name)} ({e.code}, {t('dictionary.versionN', { version: e.approvedVersion })})
              </option>
            ))}
          </select>
          <p className="hint" id="v-entity-hint">
            {t('dictionary.validate.entityHint')}
          </p>
          {missing === 'entity' && (
            <p className="field-error" id="v-entity-error">
              {t('dictionary.validate.entityMissing')}
            </p>
          )}
          {chosen && (
            <p className="inline-actions">
              <Link to={dictionaryPath('entity', chosen.code)}>{t('dictionary.validate.seeEntity', { count: chosen.attributes.length })}</Link>
              <button type="button" className="btn btn-secondary btn-small" onClick={() => void template()} disabled={busy}>
                {t('dictionary.downloadTemplate')}
              </button>
            </p>
          )}
        </div>
        <ErrorBox error={entities.error} />
        <div className="field field-medium">
          <label htmlFor="v-file">{t('dictionary.validate.file')}</label>
          <input
            id="v-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={busy}
            aria-invalid={missing === 'file' || undefined}
            aria-describedby={missing === 'file' ? 'v-file-hint v-file-error' : 'v-file-hint'}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setError(null);
              if (missing === 'file') setMissing(null);
            }}
          />
          <p className="hint" id="v-file-hint">
            {t('dictionary.validate.fileHint')}
          </p>
          {missing === 'file' && (
            <p className="field-error" id="v-file-error">
              {t('dictionary.chooseFile')}
            </p>
          )}
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? t('dictionary.validate.checking') : t('dictionary.validate.submit')}
          </button>
          {busy && (
            <button type="button" className="btn btn-secondary" onClick={() => controller.current?.abort()}>
              {t('common.cancel')}
            </button>
          )}
        </div>
        <div className="validate-progress" role="status" aria-live="polite">
          {progress && (
            <p className="loading">
              <span className="spinner" aria-hidden="true" />
              {progress}
            </p>
          )}
        </div>
      </form>
      <LiveMessage message={message} />
      <ErrorBox error={error} />
    </section>
  );
}

function RunList() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const [offset, setOffset] = useState(0);
  const runs = useGet('/api/v1/dictionary/validation-runs', { query: { limit: RUNS_PAGE, offset } });
  const caption = t('dictionary.validate.runsCaption');
  return (
    <section className="section" aria-labelledby="runs-title">
      <h2 id="runs-title">{t('dictionary.validate.runsTitle')}</h2>
      <p className="hint">{t('dictionary.validate.runsHint')}</p>
      <ErrorBox error={runs.error} />
      {runs.loading && !runs.data && <Loading />}
      {runs.data && runs.data.items.length === 0 && <p>{t('dictionary.validate.noRuns')}</p>}
      {runs.data && runs.data.items.length > 0 && (
        <DataTable label={caption} id="runs-table" compact caption={caption} columns={[t('dictionary.col.at'), t('dictionary.validate.file'), t('dictionary.validate.entity'), { label: t('dictionary.run.rows'), num: true }, { label: t('dictionary.run.invalidRows'), num: true }, { label: t('dictionary.run.findings'), num: true }, t('dictionary.col.actor')]}>
          {runs.data.items.map((r) => (
            <tr key={r.id}>
              <td className="nowrap">
                <Link to={runPath(r.id)} aria-label={t('dictionary.validate.openRun', { name: r.fileName ?? r.entityCode, date: formatDateTime(r.createdAt, lang) })}>
                  {formatDateTime(r.createdAt, lang)}
                </Link>
              </td>
              <td className="cell-path">{r.fileName ?? '—'}</td>
              <td>
                <code>{r.entityCode}</code> <span className="muted">{r.entityVersion}</span>
              </td>
              <td className="num">{formatNumber(r.summary.rows, lang)}</td>
              <td className="num">{formatNumber(r.summary.invalidRows, lang)}</td>
              <td className="num">{formatNumber(r.summary.findings, lang)}</td>
              <td>{r.createdBy}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {runs.data && <Pager total={runs.data.total} limit={RUNS_PAGE} offset={offset} onChange={setOffset} label={t('dictionary.validate.runsPager')} />}
    </section>
  );
}
