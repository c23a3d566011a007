import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { AccessLogEntry, AuditVerification, Page } from '../../../api/types';
import { useAuth } from '../../../kit/auth';
import { AccessDenied, ErrorBox, Loading } from '../../../kit/feedback';
import { Pager, TableWrap, DataTable } from '../../../kit/table';
import { useTitle } from '../../../kit/useTitle';
import { formatDateTime, useLang } from '../../../kit/text';
import { useApiQuery, useGet } from '../../../kit/query';
import { Tabs } from '../../../kit/Tabs';
import { canReadLogs } from '../access';

const PAGE_SIZE = 50;
const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];
type Tab = 'access' | 'audit';

export function AccessLogPage() {
  const { t } = useTranslation();
  useTitle(t('logs.title'));
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'audit' ? 'audit' : 'access';
  const tabs: Tab[] = ['access', 'audit'];
  const select = (next: Tab) => setParams(next === 'access' ? {} : { tab: next }, { replace: true });

  return (
    <div className="page">
      <h1>{t('logs.title')}</h1>
      {user === undefined ? (
        <Loading />
      ) : user === null ? (
        <AccessDenied reason="login" />
      ) : !canReadLogs(user) ? (
        <AccessDenied reason="role" />
      ) : (
        <>
          <p className="lead-text">{t('logs.intro')}</p>
          <Tabs tabs={tabs} selected={tab} onSelect={select} label={t('logs.tabsLabel')} tabLabel={(name) => t(`logs.tab.${name}`)}>
            {tab === 'access' ? <AccessLogPanel /> : <AuditPanel />}
          </Tabs>
        </>
      )}
    </div>
  );
}

function useUserLabels(): (id: string | null) => string {
  const users = useGet('/api/v1/users', { query: { limit: 500, offset: 0 } });
  const map = useMemo(() => new Map((users.data?.items ?? []).map((u) => [u.id, u.email])), [users.data]);
  return (id) => (id ? (map.get(id) ?? id.slice(0, 8)) : '—');
}

function AccessLogPanel() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const [method, setMethod] = useState('');
  const [pathText, setPathText] = useState('');
  const [statusText, setStatusText] = useState('');
  const [filters, setFilters] = useState({ path: '', status: '' });
  const [offset, setOffset] = useState(0);
  const userLabel = useUserLabels();

  useEffect(() => {
    const status = /^[1-5]\d\d$/.test(statusText.trim()) ? statusText.trim() : '';
    if (pathText.trim() === filters.path && status === filters.status) return;
    const timer = setTimeout(() => {
      setFilters({ path: pathText.trim(), status });
      setOffset(0);
    }, 350);
    return () => clearTimeout(timer);
  }, [pathText, statusText]);

  const log = useApiQuery<Page<AccessLogEntry>>('/api/v1/access-log', { method, path: filters.path, status: filters.status, limit: PAGE_SIZE, offset });
  const statusInvalid = statusText.trim() !== '' && !/^[1-5]\d\d$/.test(statusText.trim());

  return (
    <section aria-labelledby="access-title">
      <div className="section-head">
        <h2 id="access-title">{t('logs.tab.access')}</h2>
        <button type="button" className="btn btn-secondary" onClick={log.reload}>
          {t('common.refresh')}
        </button>
      </div>
      <form className="filters" role="search" aria-label={t('logs.filtersLabel')} onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor="l-method">{t('logs.method')}</label>
          <select
            id="l-method"
            value={method}
            onChange={(event) => {
              setMethod(event.target.value);
              setOffset(0);
            }}
          >
            <option value="">{t('common.all')}</option>
            {METHODS.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-grow">
          <label htmlFor="l-path">{t('logs.pathPrefix')}</label>
          <input id="l-path" type="search" value={pathText} placeholder="/api/v1/" onChange={(event) => setPathText(event.target.value)} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor="l-status">{t('logs.status')}</label>
          <input
            id="l-status"
            type="text"
            inputMode="numeric"
            value={statusText}
            placeholder="200"
            size={5}
            maxLength={3}
            aria-invalid={statusInvalid || undefined}
            aria-describedby={statusInvalid ? 'l-status-error' : undefined}
            onChange={(event) => setStatusText(event.target.value)}
          />
          {statusInvalid && (
            <p className="field-error" id="l-status-error">
              {t('logs.statusInvalid')}
            </p>
          )}
        </div>
      </form>
      <p className="result-count" role="status" aria-live="polite">
        {log.data ? t('logs.count', { count: log.data.total }) : ''}
      </p>
      <ErrorBox error={log.error} />
      {log.loading && !log.data && <Loading />}
      {log.data && (
        <DataTable label={t('logs.tab.access')} id="access-table" compact busy={log.loading} caption={t('logs.tab.access')} columns={[t('logs.at'), t('logs.method'), t('logs.path'), { label: t('logs.status'), num: true }, { label: t('logs.duration'), num: true }, t('logs.user'), t('logs.ip')]}>
          {log.data.items.map((entry) => (
            <tr key={entry.id}>
              <td className="nowrap">{formatDateTime(entry.at, lang)}</td>
              <td>
                <span className={`method method-${entry.method.toLowerCase()}`}>{entry.method}</span>
              </td>
              <td className="cell-path">
                <code>{entry.path}</code>
              </td>
              <td className="num">
                <span className={entry.status >= 500 ? 'http-status http-5xx' : entry.status >= 400 ? 'http-status http-4xx' : 'http-status'}>{entry.status}</span>
              </td>
              <td className="num">{entry.durationMs.toLocaleString(lang, { maximumFractionDigits: 1 })}</td>
              <td>
                {userLabel(entry.userId)}
                {entry.tokenId && <span className="muted"> ({t('logs.viaToken')})</span>}
              </td>
              <td>{entry.ip}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {log.data && log.data.items.length === 0 && <p className="notice notice-info">{t('logs.none')}</p>}
      {log.data && <Pager total={log.data.total} limit={PAGE_SIZE} offset={offset} onChange={setOffset} label={t('logs.pager')} />}
    </section>
  );
}

function AuditPanel() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const [entity, setEntity] = useState('');
  const [offset, setOffset] = useState(0);
  const [verifying, setVerifying] = useState(false);
  const [result, setResult] = useState<AuditVerification | null>(null);
  const [verifyError, setVerifyError] = useState<unknown>(null);
  const audit = useGet('/api/v1/audit', { query: { entity, limit: PAGE_SIZE, offset } });

  const verify = async () => {
    setVerifying(true);
    setResult(null);
    setVerifyError(null);
    try {
      setResult(await api<AuditVerification>('/api/v1/audit/verify'));
    } catch (err) {
      setVerifyError(err);
    } finally {
      setVerifying(false);
    }
  };

  return (
    <section aria-labelledby="audit-title">
      <div className="section-head">
        <h2 id="audit-title">{t('logs.tab.audit')}</h2>
        <button type="button" className="btn btn-primary" onClick={() => void verify()} disabled={verifying}>
          {verifying ? t('logs.verifying') : t('logs.verify')}
        </button>
      </div>
      <p className="hint">{t('logs.auditIntro')}</p>
      <div role="status" aria-live="polite" className={result ? (result.ok ? 'notice notice-success' : 'notice notice-error') : undefined} id="verify-result">
        {result &&
          (result.ok ? (
            t('logs.verifyOk', { count: result.checked })
          ) : (
            <>
              <p>{t('logs.verifyFailed', { count: result.checked, problems: result.problems.length })}</p>
              <ul>
                {result.problems.map((p) => (
                  <li key={`${p.seq}-${p.problem}`}>
                    #{p.seq}: {p.problem}
                  </li>
                ))}
              </ul>
            </>
          ))}
      </div>
      <ErrorBox error={verifyError} />
      <form className="filters" role="search" aria-label={t('logs.auditFiltersLabel')} onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor="a-entity">{t('logs.entity')}</label>
          <select
            id="a-entity"
            value={entity}
            onChange={(event) => {
              setEntity(event.target.value);
              setOffset(0);
            }}
          >
            <option value="">{t('common.all')}</option>
            {['user', 'api_token', 'roadmap_task'].map((e) => (
              <option key={e} value={e}>
                {t(`logs.entities.${e}`, { defaultValue: e })}
              </option>
            ))}
          </select>
        </div>
      </form>
      <ErrorBox error={audit.error} />
      {audit.loading && !audit.data && <Loading />}
      {audit.data && (
        <TableWrap label={t('logs.tab.audit')}>
          <table className="table table-compact" aria-busy={audit.loading}>
            <caption className="visually-hidden">{t('logs.tab.audit')}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  #
                </th>
                <th scope="col">{t('logs.at')}</th>
                <th scope="col">{t('logs.actor')}</th>
                <th scope="col">{t('logs.action')}</th>
                <th scope="col">{t('logs.entity')}</th>
                <th scope="col">{t('logs.entityId')}</th>
                <th scope="col">{t('logs.change')}</th>
                <th scope="col">{t('logs.hash')}</th>
              </tr>
            </thead>
            <tbody>
              {audit.data.items.map((entry) => (
                <tr key={entry.seq}>
                  <td className="num">{entry.seq}</td>
                  <td className="nowrap">{formatDateTime(entry.at, lang)}</td>
                  <td>{entry.actorLabel}</td>
                  <td>{t(`logs.actions.${entry.action}`, { defaultValue: entry.action })}</td>
                  <td>{t(`logs.entities.${entry.entity}`, { defaultValue: entry.entity })}</td>
                  <td className="cell-path">
                    <code>{entry.entityId}</code>
                  </td>
                  <td>
                    <details className="change-details">
                      <summary>{t('logs.showChange')}</summary>
                      <ChangeView before={entry.before} after={entry.after} />
                    </details>
                  </td>
                  <td>
                    <code title={entry.hash}>{entry.hash.slice(0, 12)}…</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {audit.data && audit.data.items.length === 0 && <p className="notice notice-info">{t('logs.none')}</p>}
      {audit.data && <Pager total={audit.data.total} limit={PAGE_SIZE} offset={offset} onChange={setOffset} label={t('logs.auditPager')} />}
    </section>
  );
}

function ChangeView({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]));
  if (keys.length === 0) return <p>{t('logs.noChange')}</p>;
  const show = (value: unknown) => (value === undefined ? '—' : JSON.stringify(value));
  return (
    <dl className="change-list">
      {keys.map((key) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>
            <span className="before">{show(b[key])}</span> → <span className="after">{show(a[key])}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
