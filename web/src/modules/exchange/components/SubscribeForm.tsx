import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { LiveMessage } from '../../../kit/feedback';
import { useInvalidate } from '../../../kit/query';
import { BASE, type ExService, type ExSubsystem } from '../api';
import { Field, Summary, useExForm } from './forms';

interface State {
  clientSubsystemId: string;
  whole: boolean;
  endpointIds: string[];
  purpose: string;
  legalBasis: string;
  personalData: boolean;
}

/** "Đăng ký sử dụng": one of the caller's subsystems asks for the whole service or some endpoints. */
export function SubscribeForm({ service, subsystems }: { service: ExService; subsystems: ExSubsystem[] }) {
  const { t } = useTranslation();
  const invalidate = useInvalidate();
  const [done, setDone] = useState<string | null>(null);
  const endpoints = service.endpoints.filter((e) => e.removedInVersion === null);
  const form = useExForm<State>(
    'sub',
    () => ({ clientSubsystemId: subsystems[0]?.id ?? '', whole: true, endpointIds: [], purpose: '', legalBasis: '', personalData: false }),
    (s) => {
      const e = new Map<string, string>();
      if (!s.clientSubsystemId) e.set('clientSubsystemId', t('validation.empty'));
      if (!s.purpose.trim()) e.set('purpose', t('validation.empty'));
      if (!s.legalBasis.trim()) e.set('legalBasis', t('validation.empty'));
      if (!s.whole && s.endpointIds.length === 0) e.set('endpointIds', t('exchange.subscribe.chooseEndpoint'));
      return e;
    },
  );
  const { state: s, set, control } = form;
  const labels = { clientSubsystemId: t('exchange.subscribe.subsystem'), purpose: t('exchange.subscribe.purpose'), legalBasis: t('exchange.subscribe.legalBasis'), endpointIds: t('exchange.subscribe.endpoints'), personalData: t('exchange.subscribe.personalData') };

  return (
    <form
      noValidate
      onSubmit={form.submit(async (st) => {
        await api(`${BASE}/subscriptions`, {
          method: 'POST',
          body: { clientSubsystemId: st.clientSubsystemId, serviceId: service.id, ...(st.whole ? {} : { endpointIds: st.endpointIds }), purpose: st.purpose.trim(), legalBasis: st.legalBasis.trim(), personalData: st.personalData },
        });
        setDone(t('exchange.subscribe.sent'));
        form.setState((p) => ({ ...p, purpose: '', legalBasis: '', personalData: false }));
        void invalidate(`${BASE}/subscriptions`);
      })}
    >
      <Summary form={form} labels={labels} prefix="sub" />
      <LiveMessage message={done} />
      {done && (
        <p>
          <Link to="/exchange/mine">{t('exchange.nav.mine')}</Link>
        </p>
      )}
      <Field form={form} path="clientSubsystemId" label={labels.clientSubsystemId} required>
        <select {...control('clientSubsystemId')} value={s.clientSubsystemId} onChange={(e) => set('clientSubsystemId', e.target.value)}>
          {subsystems.map((sub) => (
            <option key={sub.id} value={sub.id}>
              {sub.identifier}
            </option>
          ))}
        </select>
      </Field>
      <fieldset className="check-group" id="sub-endpointIds" tabIndex={-1}>
        <legend>{labels.endpointIds}</legend>
        <div className="field field-check">
          <input type="radio" id="sub-whole" name="sub-scope" checked={s.whole} onChange={() => set('whole', true)} />
          <label htmlFor="sub-whole">{t('exchange.subscribe.whole')}</label>
        </div>
        <div className="field field-check">
          <input type="radio" id="sub-some" name="sub-scope" checked={!s.whole} onChange={() => set('whole', false)} />
          <label htmlFor="sub-some">{t('exchange.subscribe.some')}</label>
        </div>
        {!s.whole &&
          endpoints.map((ep) => (
            <div key={ep.id} className="field field-check">
              <input
                type="checkbox"
                id={`sub-ep-${ep.id}`}
                checked={s.endpointIds.includes(ep.id)}
                onChange={(e) => set('endpointIds', e.target.checked ? [...s.endpointIds, ep.id] : s.endpointIds.filter((x) => x !== ep.id))}
              />
              <label htmlFor={`sub-ep-${ep.id}`}>
                <code>
                  {ep.method} {ep.path}
                </code>{' '}
                {ep.summary}
              </label>
            </div>
          ))}
        {form.errorOf('endpointIds')}
      </fieldset>
      <Field form={form} path="purpose" label={labels.purpose} hint={t('exchange.subscribe.purposeHint')} required>
        <textarea {...control('purpose', 'sub-purpose-hint')} rows={3} maxLength={2000} value={s.purpose} onChange={(e) => set('purpose', e.target.value)} />
      </Field>
      <Field form={form} path="legalBasis" label={labels.legalBasis} hint={t('exchange.subscribe.legalBasisHint')} required>
        <textarea {...control('legalBasis', 'sub-legalBasis-hint')} rows={2} maxLength={2000} value={s.legalBasis} onChange={(e) => set('legalBasis', e.target.value)} />
      </Field>
      <div className="field field-check">
        <input type="checkbox" {...control('personalData')} checked={s.personalData} onChange={(e) => set('personalData', e.target.checked)} />
        <label htmlFor="sub-personalData">{labels.personalData}</label>
        {form.errorOf('personalData')}
      </div>
      <button type="submit" className="btn btn-primary" disabled={form.busy}>
        {form.busy ? t('common.saving') : t('exchange.subscribe.submit')}
      </button>
    </form>
  );
}
