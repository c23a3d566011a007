import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { Page, RegistrationRequest, RequestType, SystemRecord } from '../../../api/types';
import { ErrorBox, Loading } from '../../../kit/feedback';
import { DataTable } from '../../../kit/table';
import { RecordStatusBadge } from '../components/badges';
import { allowedRequestTypes } from '../access';
import { formatDateTime, useLang } from '../../../kit/text';

export function RequestsSection({
  system,
  editable,
  requests,
  onChanged,
}: {
  system: SystemRecord;
  editable: boolean;
  requests: { data: Page<RegistrationRequest> | null | undefined; error: unknown; loading: boolean } | null;
  onChanged: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const items = requests?.data?.items ?? [];
  const pending = items.find((r) => r.status === 'pending');

  return (
    <section className="section" aria-labelledby="requests-title">
      <h2 id="requests-title">{t('system.requestsTitle')}</h2>
      {!requests ? (
        <p className="muted">{t('system.requestsViewer')}</p>
      ) : (
        <>
          <ErrorBox error={requests.error} />
          {requests.loading && !requests.data && <Loading />}
          {editable && <SubmitRequest system={system} pending={pending} onSubmitted={(type) => onChanged(t('system.requestSubmitted', { type: t(`requestType.${type}`) }))} />}
          {requests.data && items.length === 0 && <p>{t('system.noRequests')}</p>}
          {items.length > 0 && (
            <DataTable label={t('system.requestsCaption', { code: system.code })} id="request-history" caption={t('system.requestsCaption', { code: system.code })} columns={[t('requests.submittedAt'), t('requests.type'), { label: t('requests.version'), num: true }, t('requests.status'), t('requests.note'), t('requests.decision')]}>
              {items.map((r) => (
                <tr key={r.id}>
                  <td className="nowrap">
                    {formatDateTime(r.submittedAt, lang)}
                    <br />
                    <span className="muted">{r.submittedByLabel}</span>
                  </td>
                  <td>{t(`requestType.${r.type}`)}</td>
                  <td className="num">{r.version}</td>
                  <td>
                    <RecordStatusBadge status={r.status} />
                  </td>
                  <td className="note-cell">{r.note ?? '—'}</td>
                  <td className="note-cell">
                    {r.decidedAt ? (
                      <>
                        {r.decisionComment ?? '—'}
                        <br />
                        <span className="muted">
                          {r.decidedByLabel}, {formatDateTime(r.decidedAt, lang)}
                        </span>
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </>
      )}
    </section>
  );
}

function SubmitRequest({ system, pending, onSubmitted }: { system: SystemRecord; pending: RegistrationRequest | undefined; onSubmitted: (type: RequestType) => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const allowed = allowedRequestTypes(system);
  const [type, setType] = useState<RequestType>(allowed[0] ?? 'establish');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!allowed.includes(type) && allowed[0]) setType(allowed[0]);
  }, [allowed.join(',')]);

  const blocked = system.status === 'pending' || pending !== undefined;
  const reason = blocked
    ? t('system.requestBlockedPending', { type: pending ? t(`requestType.${pending.type}`) : '', date: pending ? formatDateTime(pending.submittedAt, lang) : '' })
    : allowed.length === 0
      ? t('system.requestBlockedNothing')
      : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      await api<RegistrationRequest>(`/api/v1/registry/systems/${encodeURIComponent(system.id)}/requests`, {
        method: 'POST',
        body: { type, ...(note.trim() ? { note: note.trim() } : {}) },
      });
      setNote('');
      onSubmitted(type);
      // The form is about to be disabled under the focused button: keep the focus on the form's heading.
      document.getElementById('submit-request-title')?.focus();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form-card" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="submit-request-title">
      <h3 id="submit-request-title" tabIndex={-1}>
        {t('system.submitTitle')}
      </h3>
      {reason && (
        <p className="notice notice-info" id="request-blocked">
          {reason}
        </p>
      )}
      <fieldset className="plain-fieldset" disabled={reason !== null} aria-describedby={reason ? 'request-blocked' : undefined}>
        <legend className="visually-hidden">{t('system.submitTitle')}</legend>
        <div className="field field-medium">
          <label htmlFor="req-type">{t('requests.type')}</label>
          <select id="req-type" value={type} onChange={(e) => setType(e.target.value as RequestType)} aria-describedby="req-type-hint">
            {(allowed.length ? allowed : (['establish'] as RequestType[])).map((r) => (
              <option key={r} value={r}>
                {t(`requestType.${r}`)}
              </option>
            ))}
          </select>
          <p className="hint" id="req-type-hint">
            {t(`requestTypeHint.${type}`)}
          </p>
        </div>
        <div className="field">
          <label htmlFor="req-note">{t('requests.note')}</label>
          <textarea id="req-note" rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        <ErrorBox error={error} />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? t('common.saving') : t('system.submitRequest')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
