import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { Dialog } from '../../../kit/Dialog';
import { ErrorBox, LiveMessage } from '../../../kit/feedback';
import { useApiQuery } from '../../../kit/query';
import { DataTable } from '../../../kit/table';
import { formatDate, formatDateTime } from '../../../kit/text';
import { BASE, type ExCredential, type ExSubsystem } from '../api';
import { Field, Summary, useExForm } from './forms';

/** A subsystem's credentials: the list (never a secret), a new API key or OAuth client shown once, revoking. */
export function Credentials({ subsystem }: { subsystem: ExSubsystem }) {
  const { t } = useTranslation();
  const list = useApiQuery<ExCredential[]>(`${BASE}/subsystems/${subsystem.id}/credentials`);
  const [created, setCreated] = useState<ExCredential | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const prefix = `cr-${subsystem.code.replace(/[^A-Za-z0-9]+/g, '-')}`;
  const form = useExForm(prefix, () => ({ type: 'api_key' as ExCredential['type'], label: '', expiresAt: '' }), (s) => {
    const e = new Map<string, string>();
    if (!s.label.trim()) e.set('label', t('validation.empty'));
    return e;
  });
  const { state: s, set, control } = form;
  const labels = { type: t('exchange.credentials.type'), label: t('exchange.credentials.label'), expiresAt: t('exchange.credentials.expiresAt') };
  return (
    <div>
      <LiveMessage message={message} />
      <ErrorBox error={error ?? list.error} />
      {list.data && list.data.length === 0 && <p className="muted">{t('exchange.credentials.none')}</p>}
      {list.data && list.data.length > 0 && (
        <DataTable
          label={t('exchange.credentials.of', { subsystem: subsystem.identifier })}
          caption={t('exchange.credentials.of', { subsystem: subsystem.identifier })}
          compact
          columns={[t('exchange.credentials.label'), t('exchange.credentials.type'), t('exchange.credentials.keyId'), t('exchange.credentials.createdAt'), t('exchange.credentials.expiresAt'), t('exchange.credentials.state'), { label: t('common.actions'), hidden: true }]}
        >
          {list.data.map((c) => (
            <tr key={c.id}>
              <td>{c.label}</td>
              <td>{t(`exchange.credentials.types.${c.type}`)}</td>
              <td>
                <code>{c.keyId}</code>
              </td>
              <td>{formatDateTime(c.createdAt)}</td>
              <td>{c.expiresAt ? formatDate(c.expiresAt) : '—'}</td>
              <td>{c.revokedAt ? t('exchange.credentials.revokedOn', { date: formatDate(c.revokedAt) }) : t('exchange.credentials.active')}</td>
              <td>
                {!c.revokedAt && (
                  <button
                    type="button"
                    className="btn btn-danger btn-small"
                    aria-label={t('exchange.credentials.revokeOne', { label: c.label })}
                    onClick={() => {
                      if (!window.confirm(t('exchange.credentials.revokeConfirm', { label: c.label }))) return;
                      setError(null);
                      api(`${BASE}/credentials/${c.id}/revoke`, { method: 'POST' })
                        .then(() => {
                          setMessage(t('exchange.credentials.revoked', { label: c.label }));
                          list.reload();
                        })
                        .catch(setError);
                    }}
                  >
                    {t('exchange.credentials.revoke')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <form
        className="ex-box"
        noValidate
        onSubmit={form.submit(async (st) => {
          const c = await api<ExCredential>(`${BASE}/subsystems/${subsystem.id}/credentials`, {
            method: 'POST',
            body: { type: st.type, label: st.label.trim(), ...(st.expiresAt ? { expiresAt: new Date(`${st.expiresAt}T23:59:59`).toISOString() } : {}) },
          });
          setCopied(null);
          setCreated(c);
          form.setState(() => ({ type: st.type, label: '', expiresAt: '' }));
          list.reload();
        })}
      >
        <h4>{t('exchange.credentials.create')}</h4>
        <Summary form={form} labels={labels} prefix={prefix} />
        <div className="ex-grid">
          <Field form={form} path="type" label={labels.type}>
            <select {...control('type')} value={s.type} onChange={(e) => set('type', e.target.value as ExCredential['type'])}>
              <option value="api_key">{t('exchange.credentials.types.api_key')}</option>
              <option value="oauth_client">{t('exchange.credentials.types.oauth_client')}</option>
            </select>
          </Field>
          <Field form={form} path="label" label={labels.label} required>
            <input type="text" {...control('label')} value={s.label} maxLength={200} onChange={(e) => set('label', e.target.value)} autoComplete="off" />
          </Field>
          <Field form={form} path="expiresAt" label={labels.expiresAt}>
            <input type="date" {...control('expiresAt')} value={s.expiresAt} onChange={(e) => set('expiresAt', e.target.value)} />
          </Field>
        </div>
        <button type="submit" className="btn btn-primary" disabled={form.busy}>
          {t('exchange.credentials.createSubmit')}
        </button>
      </form>
      <Dialog open={created !== null} title={t('exchange.credentials.secretTitle')} onClose={() => setCreated(null)}>
        {created && (
          <>
            <p className="notice notice-warning" role="alert">
              <strong>{t('exchange.credentials.secretWarning')}</strong>
            </p>
            <p>
              {t('exchange.credentials.keyId')}: <code>{created.keyId}</code>
            </p>
            <p>
              {t('exchange.credentials.client')}: <code>{created.client}</code>
            </p>
            <p id="ex-secret-label">{t('exchange.credentials.secret')}</p>
            <code className="ex-secret" id="ex-secret" aria-labelledby="ex-secret-label">
              {created.secret}
            </code>
            <div className="ex-actions">
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => {
                  void navigator.clipboard
                    .writeText(created.secret ?? '')
                    .then(() => setCopied(t('exchange.credentials.copied')))
                    .catch(() => setCopied(t('exchange.credentials.copyFailed')));
                }}
              >
                {t('exchange.credentials.copy')}
              </button>
              <button type="button" className="btn btn-secondary" onClick={() => setCreated(null)}>
                {t('exchange.credentials.saved')}
              </button>
            </div>
            <LiveMessage message={copied} />
          </>
        )}
      </Dialog>
    </div>
  );
}
