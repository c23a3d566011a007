import { useMemo, useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../api/client';
import { TASK_STATUSES, type Agency, type ProgressEntry, type Task, type TaskStatus } from '../../../api/types';
import { useAuth } from '../../../kit/auth';
import { Breadcrumb } from '../../../kit/Breadcrumb';
import { ErrorBox, LiveMessage, Loading } from '../../../kit/feedback';
import { StatusBadge } from '../components/StatusBadge';
import { useTitle } from '../../../kit/useTitle';
import { DataTable } from '../../../kit/table';
import { unitText } from '../data';
import { formatDate, formatDateTime, today, useLang } from '../../../kit/text';
import { useGet } from '../../../kit/query';
import { useAgencies } from '../data';
import { useRoadmapGroups } from '../data';

export function TaskPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const { user } = useAuth();
  const location = useLocation();
  const task = useGet('/api/v1/roadmap/tasks/{code}', { path: { code } });
  const groups = useRoadmapGroups();
  const agencies = useAgencies();
  const agencyMap = useMemo(() => new Map((agencies.data ?? []).map((a) => [a.id, a] as [string, Agency])), [agencies.data]);
  const groupLabel = (g: string) => t(`leadGroups.${g}`, { defaultValue: g });
  const data = task.data;
  useTitle(data ? `${data.code} — ${pick(data.title)}` : t('task.title', { code }));
  const group = groups.data?.find((g) => g.code === data?.group);
  const notFound = task.error instanceof ApiError && task.error.status === 404;

  const history = useMemo(
    () => [...(data?.progress ?? [])].sort((a, b) => b.reportedOn.localeCompare(a.reportedOn) || b.createdAt.localeCompare(a.createdAt)),
    [data?.progress],
  );

  return (
    <div className="page">
      <Breadcrumb trail={[{ to: '/roadmap', label: t('nav.roadmap') }]} current={code} />
      <h1>
        {data ? (
          <>
            <span className="task-code">{data.code}</span> {pick(data.title)}
          </>
        ) : (
          t('task.title', { code })
        )}
      </h1>
      {task.loading && !data && <Loading />}
      {notFound ? <p className="notice notice-warning" role="alert">{t('task.notFound', { code })}</p> : <ErrorBox error={task.error} />}
      {data && (
        <>
          <dl className="facts facts-wide">
            <div>
              <dt>{t('roadmap.status')}</dt>
              <dd>
                <StatusBadge status={data.status} />
                {data.statusUpdatedAt && <span className="muted"> {t('task.updatedAt', { date: formatDateTime(data.statusUpdatedAt, lang) })}</span>}
              </dd>
            </div>
            <div>
              <dt>{t('roadmap.group')}</dt>
              <dd>{group ? `${group.code}. ${pick(group.name)}` : data.group}</dd>
            </div>
            <div>
              <dt>{t('roadmap.lead')}</dt>
              <dd>{unitText(data.lead, lang, agencyMap, groupLabel)}</dd>
            </div>
            <div>
              <dt>{t('roadmap.coordinating')}</dt>
              <dd>{unitText(data.coordinating, lang, agencyMap, groupLabel) || '—'}</dd>
            </div>
            <div>
              <dt>{t('roadmap.period')}</dt>
              <dd>{data.period.from === data.period.to ? data.period.from : `${data.period.from}–${data.period.to}`}</dd>
            </div>
            <div>
              <dt>{t('roadmap.priority')}</dt>
              <dd>
                {t(`priority.${data.priority}`)}
              </dd>
            </div>
          </dl>

          <section className="section" aria-labelledby="update-title">
            <h2 id="update-title">{t('task.updateTitle')}</h2>
            {user ? (
              <ProgressForm
                task={data}
                onSaved={(updated, entry) => task.setData({ ...data, ...updated, progress: [entry, ...data.progress] })}
              />
            ) : user === null ? (
              <p className="notice notice-info">
                {t('task.loginToUpdate')}{' '}
                <Link to="/login" state={{ from: location.pathname }}>
                  {t('nav.login')}
                </Link>
              </p>
            ) : null}
          </section>

          <section className="section" aria-labelledby="history-title">
            <h2 id="history-title">{t('task.historyTitle')}</h2>
            {history.length === 0 ? (
              <p>{t('task.noHistory')}</p>
            ) : (
              <DataTable label={t('task.historyCaption', { code: data.code })} id="progress-history" caption={t('task.historyCaption', { code: data.code })} columns={[t('task.reportedOn'), t('roadmap.status'), t('task.note'), t('task.author'), t('task.recordedAt')]}>
                {history.map((entry) => (
                  <tr key={entry.id}>
                    <td>{formatDate(entry.reportedOn, lang)}</td>
                    <td>
                      <StatusBadge status={entry.status} />
                    </td>
                    <td className="note-cell">{entry.note}</td>
                    <td>{entry.authorLabel}</td>
                    <td>{formatDateTime(entry.createdAt, lang)}</td>
                  </tr>
                ))}
              </DataTable>
            )}
          </section>
        </>
      )}
    </div>
  );
}

function ProgressForm({ task, onSaved }: { task: Task; onSaved: (task: Task, entry: ProgressEntry) => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<TaskStatus>(task.status === 'not_started' ? 'in_progress' : task.status);
  const [reportedOn, setReportedOn] = useState(today());
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setMessage(null);
    if (!note.trim()) {
      setError(new ApiError(400, 'CLIENT', { vi: t('task.noteRequired', { lng: 'vi' }), en: t('task.noteRequired', { lng: 'en' }) }));
      return;
    }
    setBusy(true);
    try {
      const result = await api<{ task: Task; entry: ProgressEntry }>(`/api/v1/roadmap/tasks/${encodeURIComponent(task.code)}/progress`, {
        method: 'POST',
        body: { status, reportedOn, note: note.trim() },
      });
      onSaved(result.task, result.entry);
      setNote('');
      setMessage(t('task.saved', { status: t(`status.${result.task.status}`) }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form-card" onSubmit={(event) => void submit(event)} noValidate>
      <p className="hint">{t('task.updateHint')}</p>
      <div className="form-row">
        <div className="field">
          <label htmlFor="p-status">{t('task.newStatus')}</label>
          <select id="p-status" value={status} onChange={(event) => setStatus(event.target.value as TaskStatus)}>
            {TASK_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="p-date">{t('task.reportedOn')}</label>
          <input id="p-date" type="date" value={reportedOn} max={today()} required onChange={(event) => setReportedOn(event.target.value)} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="p-note">
          {t('task.note')} <span className="required">({t('common.required')})</span>
        </label>
        <textarea id="p-note" rows={4} maxLength={4000} value={note} required aria-required="true" onChange={(event) => setNote(event.target.value)} />
      </div>
      <ErrorBox error={error} />
      <LiveMessage message={message} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t('common.saving') : t('task.submit')}
        </button>
      </div>
    </form>
  );
}
