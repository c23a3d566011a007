import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { ErrorBox, LiveMessage } from '../../../kit/feedback';
import { useApiQuery, useInvalidate } from '../../../kit/query';
import { DataTable } from '../../../kit/table';
import { formatDate, formatDateTime } from '../../../kit/text';
import { BASE, type ExGroup, type ExRight, type ExService } from '../api';
import { Field, Summary, useExForm } from './forms';

/** The provider's part of a service page: lifecycle, description versions, rights. */
export function ManagePanel({ service, onChanged }: { service: ExService; onChanged: (s: ExService) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <section className="section" aria-labelledby="ex-lifecycle">
        <h2 id="ex-lifecycle">{t('exchange.manage.lifecycle')}</h2>
        <Lifecycle service={service} onChanged={onChanged} />
      </section>
      <section className="section" aria-labelledby="ex-versions">
        <h2 id="ex-versions">{t('exchange.manage.versions')}</h2>
        <NewDescription service={service} onChanged={onChanged} />
        <DataTable label={t('exchange.manage.versions')} caption={t('exchange.manage.versions')} compact columns={[t('exchange.manage.version'), t('exchange.manage.serviceVersion'), t('exchange.manage.format'), 'SHA-256', t('exchange.manage.uploadedAt')]}>
          {service.versions.map((v) => (
            <tr key={v.version}>
              <td>{v.version === service.currentVersion ? `${v.version} (${t('exchange.manage.current')})` : v.version}</td>
              <td>{v.serviceVersion}</td>
              <td>{v.format.toUpperCase()}</td>
              <td>
                <code title={v.sha256}>{v.sha256.slice(0, 12)}…</code>
              </td>
              <td>{formatDateTime(v.createdAt)}</td>
            </tr>
          ))}
        </DataTable>
      </section>
      <section className="section" aria-labelledby="ex-rights">
        <h2 id="ex-rights">{t('exchange.rights.title')}</h2>
        <Rights service={service} />
      </section>
    </>
  );
}

function Lifecycle({ service, onChanged }: { service: ExService; onChanged: (s: ExService) => void }) {
  const { t } = useTranslation();
  const invalidate = useInvalidate();
  const [message, setMessage] = useState<string | null>(null);
  const form = useExForm('lc', () => ({ sunsetAt: '' }));
  const change = (status: ExService['status'], sunsetAt?: string) =>
    form.submit(async () => {
      const next = await api<ExService>(`${BASE}/services/${service.id}`, { method: 'PATCH', body: { status, ...(sunsetAt !== undefined ? { sunsetAt } : {}) } });
      onChanged(next);
      void invalidate(`${BASE}/services`);
      setMessage(t('exchange.manage.statusChanged', { status: t(`exchange.status.${status}`) }));
    });
  return (
    <div>
      <Summary form={form} labels={{ sunsetAt: t('exchange.manage.sunsetAt'), status: t('exchange.manage.lifecycle') }} prefix="lc" />
      <LiveMessage message={message} />
      <p>
        {t('exchange.manage.currentStatus')}: <strong>{t(`exchange.status.${service.status}`)}</strong>
        {service.sunsetAt && ` — ${t('exchange.sunsetOn', { date: formatDate(service.sunsetAt) })}`}
      </p>
      <div className="ex-actions">
        {(service.status === 'draft' || service.status === 'deprecated') && (
          <button type="button" className="btn btn-primary" disabled={form.busy} onClick={(e) => void change('published')(e)}>
            {t('exchange.manage.publish')}
          </button>
        )}
        {service.status === 'published' && (
          <>
            <Field form={form} path="sunsetAt" label={t('exchange.manage.sunsetAt')}>
              <input type="date" {...form.control('sunsetAt')} value={form.state.sunsetAt} onChange={(e) => form.set('sunsetAt', e.target.value)} />
            </Field>
            <div className="field">
              <button type="button" className="btn btn-secondary" disabled={form.busy} onClick={(e) => void change('deprecated', form.state.sunsetAt ? new Date(`${form.state.sunsetAt}T00:00:00`).toISOString() : undefined)(e)}>
                {t('exchange.manage.deprecate')}
              </button>
            </div>
          </>
        )}
        {service.status !== 'retired' && service.status !== 'draft' && (
          <div className="field">
            <button
              type="button"
              className="btn btn-danger"
              disabled={form.busy}
              onClick={(e) => {
                if (window.confirm(t('exchange.manage.retireConfirm'))) void change('retired')(e);
              }}
            >
              {t('exchange.manage.retire')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}

function NewDescription({ service, onChanged }: { service: ExService; onChanged: (s: ExService) => void }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const form = useExForm('nd', () => ({ description: '', fileName: '', descriptionUrl: '' }));
  return (
    <form
      className="ex-box"
      noValidate
      onSubmit={form.submit(async (s) => {
        const next = await api<ExService>(`${BASE}/services/${service.id}/descriptions`, { method: 'POST', body: s.description ? { description: s.description } : { descriptionUrl: s.descriptionUrl.trim() } });
        onChanged(next);
        setMessage(t('exchange.manage.newVersionDone', { version: next.currentVersion }));
      })}
    >
      <h3>{t('exchange.manage.newVersion')}</h3>
      <Summary form={form} labels={{ description: t('exchange.register.file'), descriptionUrl: t('exchange.register.url') }} prefix="nd" />
      <LiveMessage message={message} />
      <div className="ex-grid">
        <Field form={form} path="description" label={t('exchange.register.file')}>
          <input
            type="file"
            {...form.control('description')}
            accept=".json,.yaml,.yml,application/json,application/yaml"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void file.text().then((text) => form.setState((p) => ({ ...p, description: text, fileName: file.name })));
            }}
          />
        </Field>
        <Field form={form} path="descriptionUrl" label={t('exchange.register.url')}>
          <input type="url" {...form.control('descriptionUrl')} value={form.state.descriptionUrl} onChange={(e) => form.set('descriptionUrl', e.target.value)} />
        </Field>
      </div>
      <button type="submit" className="btn btn-secondary" disabled={form.busy || (!form.state.description && !form.state.descriptionUrl)}>
        {t('exchange.manage.upload')}
      </button>
    </form>
  );
}

function Rights({ service }: { service: ExService }) {
  const { t } = useTranslation();
  const rights = useApiQuery<ExRight[]>(`${BASE}/services/${service.id}/rights`);
  const groups = useApiQuery<ExGroup[]>(`${BASE}/groups`);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const endpoints = service.endpoints.filter((e) => e.removedInVersion === null);
  const form = useExForm('rt', () => ({ to: 'client' as 'client' | 'group', client: '', groupId: '', whole: true, endpointIds: [] as string[] }), (s) => {
    const e = new Map<string, string>();
    if (s.to === 'client' && !s.client.trim()) e.set('client', t('validation.empty'));
    if (s.to === 'group' && !s.groupId) e.set('groupId', t('validation.empty'));
    return e;
  });
  const { state: s, set, control } = form;
  const groupName = (id: string | null) => groups.data?.find((g) => g.id === id)?.identifier ?? id ?? '';
  return (
    <>
      <LiveMessage message={message} />
      <ErrorBox error={error ?? rights.error} />
      {rights.data && rights.data.length === 0 && <p className="muted">{t('exchange.rights.none')}</p>}
      {rights.data && rights.data.length > 0 && (
        <DataTable label={t('exchange.rights.title')} caption={t('exchange.rights.title')} compact columns={[t('exchange.rights.client'), t('exchange.rights.endpoint'), t('exchange.rights.grantedAt'), { label: t('common.actions'), hidden: true }]}>
          {rights.data.map((r) => (
            <tr key={r.id}>
              <td>
                <code>{r.client ?? groupName(r.groupId)}</code>
                {r.subscriptionId && <span className="muted"> ({t('exchange.rights.bySubscription')})</span>}
              </td>
              <td>
                {r.endpoint ? <code>{`${r.endpoint.method} ${r.endpoint.path}`}</code> : t('exchange.subscribe.whole')}
              </td>
              <td>{formatDateTime(r.grantedAt)}</td>
              <td>
                <button
                  type="button"
                  className="btn btn-danger btn-small"
                  aria-label={t('exchange.rights.revokeOne', { client: r.client ?? groupName(r.groupId), endpoint: r.endpoint ? `${r.endpoint.method} ${r.endpoint.path}` : t('exchange.subscribe.whole') })}
                  onClick={() => {
                    if (!window.confirm(t('exchange.rights.revokeConfirm'))) return;
                    setError(null);
                    api(`${BASE}/rights/${r.id}`, { method: 'DELETE' })
                      .then(() => {
                        setMessage(t('exchange.rights.revoked'));
                        rights.reload();
                      })
                      .catch(setError);
                  }}
                >
                  {t('exchange.rights.revoke')}
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <form
        className="ex-box"
        noValidate
        onSubmit={form.submit(async (st) => {
          const body = { ...(st.to === 'client' ? { client: st.client.trim() } : { groupId: st.groupId }), ...(st.whole ? {} : { endpointIds: st.endpointIds }) };
          const res = await api<{ granted: number }>(`${BASE}/services/${service.id}/rights`, { method: 'POST', body });
          setMessage(t('exchange.rights.grantedCount', { count: res.granted }));
          form.setState((p) => ({ ...p, client: '' }));
          rights.reload();
        })}
      >
        <h3>{t('exchange.rights.grant')}</h3>
        <Summary form={form} labels={{ client: t('exchange.rights.clientId'), groupId: t('exchange.rights.group'), endpointIds: t('exchange.subscribe.endpoints') }} prefix="rt" />
        <fieldset className="check-group">
          <legend>{t('exchange.rights.to')}</legend>
          <div className="field field-check">
            <input type="radio" id="rt-to-client" name="rt-to" checked={s.to === 'client'} onChange={() => set('to', 'client')} />
            <label htmlFor="rt-to-client">{t('exchange.rights.clientId')}</label>
          </div>
          <div className="field field-check">
            <input type="radio" id="rt-to-group" name="rt-to" checked={s.to === 'group'} onChange={() => set('to', 'group')} />
            <label htmlFor="rt-to-group">{t('exchange.rights.group')}</label>
          </div>
        </fieldset>
        {s.to === 'client' ? (
          <Field form={form} path="client" label={t('exchange.rights.clientId')} hint={t('exchange.rights.clientHint')}>
            <input type="text" {...control('client', 'rt-client-hint')} value={s.client} onChange={(e) => set('client', e.target.value)} autoComplete="off" />
          </Field>
        ) : (
          <Field form={form} path="groupId" label={t('exchange.rights.group')}>
            <select {...control('groupId')} value={s.groupId} onChange={(e) => set('groupId', e.target.value)}>
              <option value="">—</option>
              {(groups.data ?? []).map((g) => (
                <option key={g.id} value={g.id}>
                  {g.identifier} — {g.description}
                </option>
              ))}
            </select>
          </Field>
        )}
        <fieldset className="check-group" id="rt-endpointIds" tabIndex={-1}>
          <legend>{t('exchange.subscribe.endpoints')}</legend>
          <div className="field field-check">
            <input type="radio" id="rt-whole" name="rt-scope" checked={s.whole} onChange={() => set('whole', true)} />
            <label htmlFor="rt-whole">{t('exchange.subscribe.whole')}</label>
          </div>
          <div className="field field-check">
            <input type="radio" id="rt-some" name="rt-scope" checked={!s.whole} onChange={() => set('whole', false)} />
            <label htmlFor="rt-some">{t('exchange.subscribe.some')}</label>
          </div>
          {!s.whole &&
            endpoints.map((ep) => (
              <div key={ep.id} className="field field-check">
                <input type="checkbox" id={`rt-ep-${ep.id}`} checked={s.endpointIds.includes(ep.id)} onChange={(e) => set('endpointIds', e.target.checked ? [...s.endpointIds, ep.id] : s.endpointIds.filter((x) => x !== ep.id))} />
                <label htmlFor={`rt-ep-${ep.id}`}>
                  <code>
                    {ep.method} {ep.path}
                  </code>
                </label>
              </div>
            ))}
          {form.errorOf('endpointIds')}
        </fieldset>
        <button type="submit" className="btn btn-secondary" disabled={form.busy}>
          {t('exchange.rights.grantSubmit')}
        </button>
      </form>
    </>
  );
}
