import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { ErrorBox, LiveMessage } from '../../../kit/feedback';
import { FilterSelect, useUrlFilters } from '../../../kit/filters';
import { useApiQuery } from '../../../kit/query';
import { formatDateTime } from '../../../kit/text';
import { BASE, servicePath, SUBSCRIPTION_STATUSES, type ExSubscription } from '../api';
import { Field, Summary, useExForm } from './forms';

/** The provider's subscriptions: the requests to decide first, approved ones to revoke. */
export function Queue() {
  const { t } = useTranslation();
  const { params, value, update } = useUrlFilters();
  const raw = params.has('status') ? value('status') : 'requested';
  const status = raw === 'all' ? '' : raw;
  const subs = useApiQuery<ExSubscription[]>(`${BASE}/subscriptions`, { as: 'provider', status });
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <div className="filters">
        <FilterSelect id="q-status" label={t('exchange.mine.status')} value={status} onChange={(v) => update({ status: v || 'all' })} values={SUBSCRIPTION_STATUSES} optionLabel={(s) => t(`exchange.subStatus.${s}`)} />
      </div>
      <LiveMessage message={message} />
      <ErrorBox error={subs.error} />
      {subs.data && subs.data.length === 0 && <p className="muted">{t('exchange.queue.none')}</p>}
      <ul className="ex-queue" aria-label={t('exchange.queue.title')}>
        {subs.data?.map((s) => (
          <li key={s.id} className="ex-box">
            <Decision subscription={s} onDone={(text) => { setMessage(text); subs.reload(); }} />
          </li>
        ))}
      </ul>
    </>
  );
}

function Decision({ subscription: s, onDone }: { subscription: ExSubscription; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const prefix = `dc-${s.id.slice(0, 8)}`;
  const form = useExForm(prefix, () => ({ quotaPerMinute: '', quotaPerDay: '', maxRequestBytes: '', note: '' }), (st) => {
    const e = new Map<string, string>();
    for (const k of ['quotaPerMinute', 'quotaPerDay', 'maxRequestBytes'] as const) if (st[k].trim() && !/^\d+$/.test(st[k].trim())) e.set(k, t('exchange.register.wholeNumber'));
    return e;
  });
  const [pending, setPending] = useState<'approve' | 'reject' | 'revoke'>('approve');
  const { state: st, set, control } = form;
  const labels = { quotaPerMinute: t('exchange.queue.perMinute'), quotaPerDay: t('exchange.queue.perDay'), maxRequestBytes: t('exchange.queue.payload'), note: t('exchange.queue.note') };
  const headingId = `${prefix}-h`;
  return (
    <form
      aria-labelledby={headingId}
      noValidate
      onSubmit={form.submit(async (v) => {
        const quota = pending === 'approve' ? Object.fromEntries((['quotaPerMinute', 'quotaPerDay', 'maxRequestBytes'] as const).filter((k) => v[k].trim()).map((k) => [k, Number(v[k])])) : {};
        await api(`${BASE}/subscriptions/${s.id}/decision`, { method: 'POST', body: { decision: pending, ...quota, ...(v.note.trim() ? { note: v.note.trim() } : {}) } });
        onDone(t(`exchange.queue.done.${pending}`, { client: s.client }));
      })}
    >
      <h3 id={headingId}>
        <code className="ex-identifier">{s.client}</code> → <Link to={servicePath(s.serviceId)}>{s.serviceTitle}</Link>
      </h3>
      <dl className="facts">
        <div>
          <dt>{t('exchange.mine.status')}</dt>
          <dd>{t(`exchange.subStatus.${s.status}`)}</dd>
        </div>
        <div>
          <dt>{t('exchange.subscribe.purpose')}</dt>
          <dd className="ex-pre-line">{s.purpose}</dd>
        </div>
        <div>
          <dt>{t('exchange.subscribe.legalBasis')}</dt>
          <dd className="ex-pre-line">{s.legalBasis}</dd>
        </div>
        <div>
          <dt>{t('exchange.queue.scope')}</dt>
          <dd>{s.endpoints.length === 0 ? t('exchange.subscribe.whole') : s.endpoints.map((e) => `${e.method} ${e.path}`).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('exchange.subscribe.personalData')}</dt>
          <dd>{s.personalData ? t('common.yes') : t('common.no')}</dd>
        </div>
        <div>
          <dt>{t('exchange.mine.requestedAt')}</dt>
          <dd>
            {formatDateTime(s.requestedAt)} ({s.requestedBy})
          </dd>
        </div>
        {s.decisionNote && (
          <div>
            <dt>{t('exchange.mine.note')}</dt>
            <dd>{s.decisionNote}</dd>
          </div>
        )}
      </dl>
      {(s.status === 'requested' || s.status === 'approved') && (
        <>
          <Summary form={form} labels={labels} prefix={prefix} />
          {s.status === 'requested' && (
            <div className="ex-grid">
              {(['quotaPerMinute', 'quotaPerDay', 'maxRequestBytes'] as const).map((k) => (
                <Field key={k} form={form} path={k} label={labels[k]} hint={t('exchange.register.defaultHint')}>
                  <input type="text" inputMode="numeric" {...control(k, `${prefix}-${k}-hint`)} value={st[k]} onChange={(e) => set(k, e.target.value)} />
                </Field>
              ))}
            </div>
          )}
          <Field form={form} path="note" label={labels.note}>
            <textarea {...control('note')} rows={2} maxLength={2000} value={st.note} onChange={(e) => set('note', e.target.value)} />
          </Field>
          <div className="ex-actions">
            {s.status === 'requested' ? (
              <>
                <button type="submit" className="btn btn-primary" disabled={form.busy} onClick={() => setPending('approve')}>
                  {t('exchange.queue.approve')}
                </button>
                <button type="submit" className="btn btn-danger" disabled={form.busy} onClick={() => setPending('reject')}>
                  {t('exchange.queue.reject')}
                </button>
              </>
            ) : (
              <button type="submit" className="btn btn-danger" disabled={form.busy} onClick={() => setPending('revoke')}>
                {t('exchange.queue.revoke')}
              </button>
            )}
          </div>
        </>
      )}
    </form>
  );
}
