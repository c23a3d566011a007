import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError, download } from '../../../api/client';
import { PROBLEMS, type Problem, type ValidationRun } from '../../../api/types';
import { useAuth } from '../../../kit/auth';
import { AccessDenied, ErrorBox, LiveMessage, Loading } from '../../../kit/feedback';
import { Breadcrumb } from '../../../kit/Breadcrumb';
import { Pager, TableWrap, DataTable } from '../../../kit/table';
import { useTitle } from '../../../kit/useTitle';
import { useArrivalMessage } from '../useArrivalMessage';
import { dictionaryPath } from '../paths';
import { formatBytes } from '../format';
import { formatDateTime, formatNumber, useLang } from '../../../kit/text';
import { useApiQueryIf, useGet } from '../../../kit/query';
import { FilterSelect, useUrlFilters, ClearFilters } from '../../../kit/filters';

const PAGE_SIZE = 50;

export function DictionaryRunPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { user } = useAuth();
  useTitle(t('dictionary.run.title'));
  const run = useApiQueryIf<ValidationRun>(Boolean(user), `/api/v1/dictionary/validation-runs/${encodeURIComponent(id)}`);
  const notFound = run.error instanceof ApiError && run.error.status === 404;
  return (
    <div className="page">
      <Breadcrumb
        trail={[
          { to: '/dictionary', label: t('dictionary.title') },
          { to: '/dictionary/validate', label: t('dictionary.validate.crumb') },
        ]}
        current={t('dictionary.run.crumb')}
      />
      <h1>{run.data ? t('dictionary.run.heading', { entity: run.data.entityCode }) : t('dictionary.run.title')}</h1>
      {user === undefined ? (
        <Loading />
      ) : user === null ? (
        <AccessDenied reason="login" />
      ) : (
        <>
          {run.loading && !run.data && <Loading />}
          {notFound ? (
            <p className="notice notice-warning" role="alert">
              {t('dictionary.run.notFound')}
            </p>
          ) : (
            <ErrorBox error={run.error} />
          )}
          {run.data && <RunDetail run={run.data} />}
        </>
      )}
    </div>
  );
}

function RunDetail({ run }: { run: ValidationRun }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const [arrival] = useArrivalMessage();
  const [message, setMessage] = useState<string | null>(arrival);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const [downloading, setDownloading] = useState(false);
  const s = run.summary;
  const fields = useMemo(() => Object.keys(s.byField).sort(), [s.byField]);
  const problems = useMemo(() => PROBLEMS.filter((p) => fields.some((f) => (s.byField[f]?.[p] ?? 0) > 0)), [fields, s.byField]);
  const matrixCaption = t('dictionary.run.matrixCaption');

  const save = async () => {
    setDownloadError(null);
    setDownloading(true);
    try {
      const name = await download(`/api/v1/dictionary/validation-runs/${encodeURIComponent(run.id)}/findings.csv`, `ket-qua-kiem-tra-${run.entityCode}.csv`);
      setMessage(t('dictionary.downloaded', { name }));
    } catch (err) {
      setDownloadError(err);
    } finally {
      setDownloading(false);
    }
  };

  const totals = [
    { key: 'rows', value: s.rows, className: 'total-systems' },
    { key: 'validRows', value: s.validRows, className: 'total-passing' },
    { key: 'invalidRows', value: s.invalidRows, className: s.invalidRows > 0 ? 'total-failing' : 'total-passing' },
    { key: 'findings', value: s.findings, className: s.findings > 0 ? 'total-warning' : 'total-passing' },
  ];

  return (
    <>
      <LiveMessage message={message} />
      <dl className="facts facts-wide" id="run-facts">
        <div>
          <dt>{t('dictionary.validate.entity')}</dt>
          <dd>
            <Link to={dictionaryPath('entity', run.entityCode)}>
              <code>{run.entityCode}</code>
            </Link>{' '}
            <span className="muted">({t('dictionary.versionN', { version: run.entityVersion })})</span>
          </dd>
        </div>
        <div>
          <dt>{t('dictionary.validate.file')}</dt>
          <dd className="cell-path">
            {run.fileName ?? '—'} <span className="muted">({run.source.toUpperCase()}, {formatBytes(run.bytes, lang)})</span>
          </dd>
        </div>
        <div>
          <dt>{t('dictionary.run.checkedAt')}</dt>
          <dd>
            {formatDateTime(run.createdAt, lang)}
            <span className="muted"> — {run.createdBy}</span>
          </dd>
        </div>
        <div>
          <dt>{t('dictionary.run.duration')}</dt>
          <dd>{t('dictionary.run.durationValue', { seconds: (run.durationMs / 1000).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }) })}</dd>
        </div>
      </dl>

      <section className="section" aria-labelledby="summary-title">
        <h2 id="summary-title">{t('dictionary.run.summaryTitle')}</h2>
        <ul className="totals" aria-label={t('dictionary.run.totalsLabel')} id="run-totals">
          {totals.map((item) => (
            <li key={item.key} className={item.className}>
              <strong>{formatNumber(item.value, lang)}</strong>
              <span>{t(`dictionary.run.${item.key}`)}</span>
            </li>
          ))}
        </ul>
        <p className={s.findings === 0 ? 'notice notice-success' : 'notice notice-warning'} id="run-verdict">
          {s.findings === 0 ? t('dictionary.run.allValid', { count: s.rows }) : t('dictionary.run.someInvalid', { invalid: s.invalidRows, rows: s.rows, findings: s.findings })}
        </p>
        {s.truncated && <p className="notice notice-info">{t('dictionary.run.truncated', { count: s.findings })}</p>}
        <div className="toolbar">
          <button type="button" className="btn btn-primary" onClick={() => void save()} disabled={downloading || s.findings === 0}>
            {downloading ? t('dictionary.downloading') : t('dictionary.run.downloadCsv')}
          </button>
          <Link to={`/dictionary/validate?entity=${encodeURIComponent(run.entityCode)}`} className="btn btn-secondary">
            {t('dictionary.run.again')}
          </Link>
        </div>
        <ErrorBox error={downloadError} />
      </section>

      {fields.length > 0 && (
        <section className="section" aria-labelledby="matrix-title">
          <h2 id="matrix-title">{t('dictionary.run.matrixTitle')}</h2>
          <TableWrap label={matrixCaption}>
            <table className="table table-compact" id="run-matrix">
              <caption className="visually-hidden">{matrixCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dictionary.col.field')}</th>
                  {problems.map((p) => (
                    <th key={p} scope="col" className="num">
                      {t(`dictionary.problem.${p}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {fields.map((f) => (
                  <tr key={f}>
                    <th scope="row">
                      <code>{f || t('dictionary.run.wholeFile')}</code>
                    </th>
                    {problems.map((p) => {
                      const n = s.byField[f]?.[p] ?? 0;
                      return (
                        <td key={p} className="num">
                          {n > 0 ? (
                            <Link to={`?field=${encodeURIComponent(f)}&problem=${p}#findings-title`} aria-label={t('dictionary.run.showCell', { count: n, field: f, problem: t(`dictionary.problem.${p}`) })}>
                              {formatNumber(n, lang)}
                            </Link>
                          ) : (
                            <span className="muted">0</span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </section>
      )}

      {s.findings > 0 && <Findings run={run} fields={fields} problems={problems} />}
    </>
  );
}

function Findings({ run, fields, problems }: { run: ValidationRun; fields: string[]; problems: Problem[] }) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const { value, offset, update } = useUrlFilters();
  const field = value('field');
  const problem = value('problem');
  const findings = useGet('/api/v1/dictionary/validation-runs/{id}/findings', { path: { id: run.id }, query: { field, problem: (problem || undefined) as Problem | undefined, limit: PAGE_SIZE, offset } });
  const caption = t('dictionary.run.findingsCaption');
  return (
    <section className="section" aria-labelledby="findings-title">
      <h2 id="findings-title">{t('dictionary.run.findingsTitle')}</h2>
      <p className="hint">{t('dictionary.run.rowHint')}</p>
      <form className="filters" role="search" aria-label={t('dictionary.run.filtersLabel')} onSubmit={(event) => event.preventDefault()}>
        <FilterSelect id="f-field" label={t('dictionary.col.field')} value={field} onChange={(v) => update({ field: v })} values={fields} optionLabel={(f) => f || t('dictionary.run.wholeFile')} />
        <FilterSelect id="f-problem" label={t('dictionary.col.problem')} value={problem} onChange={(v) => update({ problem: v })} values={problems} optionLabel={(p) => t(`dictionary.problem.${p}`)} />
        <ClearFilters disabled={!field && !problem} onClear={() => update({ field: '', problem: '' })} />
      </form>
      <p className="result-count" role="status" aria-live="polite">
        {findings.loading ? t('common.loading') : findings.data ? t('dictionary.run.findingsCount', { count: findings.data.total, formatted: formatNumber(findings.data.total, lang) }) : ''}
      </p>
      <ErrorBox error={findings.error} />
      {findings.data && findings.data.items.length > 0 && (
        <DataTable label={caption} id="findings-table" compact busy={findings.loading} caption={caption} columns={[{ label: t('dictionary.col.row'), num: true }, t('dictionary.col.field'), t('dictionary.col.problem'), t('dictionary.col.value'), t('dictionary.col.message')]}>
          {findings.data.items.map((f, i) => (
            <tr key={`${f.row}-${f.field}-${f.problem}-${i}`}>
              <td className="num">{f.row === 0 ? t('dictionary.run.header') : f.row}</td>
              <td>
                <code>{f.field}</code>
              </td>
              <td>
                <span className={`problem problem-${f.problem}`}>{t(`dictionary.problem.${f.problem}`, { defaultValue: f.problem })}</span>
              </td>
              <td className="cell-path">{f.value !== undefined && f.value !== null && f.value !== '' ? <code>{f.value}</code> : '—'}</td>
              <td>{pick(f.message)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {findings.data && <Pager total={findings.data.total} limit={PAGE_SIZE} offset={offset} onChange={(o) => update({ offset: o ? String(o) : '' })} label={t('dictionary.run.pager')} />}
    </section>
  );
}
