import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { LiveMessage } from '../../../kit/feedback';
import { useInvalidate } from '../../../kit/query';
import { DataTable } from '../../../kit/table';
import { BASE, servicePath, type ExService, type ExSubsystem } from '../api';
import { Field, Summary, useExForm } from './forms';

interface State {
  subsystemId: string;
  source: 'file' | 'url';
  description: string;
  fileName: string;
  descriptionUrl: string;
  code: string;
  title: string;
  backendUrl: string;
  timeoutMs: string;
  maxRequestBytes: string;
  maxResponseBytes: string;
  logBodies: boolean;
  themes: string;
}

const num = (v: string) => (v.trim() ? Number(v) : undefined);

/** Registers a REST service of one of the agency's subsystems from its OpenAPI description (a draft). */
export function RegisterForm({ subsystems }: { subsystems: ExSubsystem[] }) {
  const { t } = useTranslation();
  const invalidate = useInvalidate();
  const [created, setCreated] = useState<ExService | null>(null);
  const form = useExForm<State>(
    'rg',
    () => ({ subsystemId: subsystems[0]?.id ?? '', source: 'file', description: '', fileName: '', descriptionUrl: '', code: '', title: '', backendUrl: '', timeoutMs: '', maxRequestBytes: '', maxResponseBytes: '', logBodies: false, themes: '' }),
    (s) => {
      const e = new Map<string, string>();
      if (!s.subsystemId) e.set('subsystemId', t('validation.empty'));
      if (!s.code.trim()) e.set('code', t('validation.empty'));
      if (!s.backendUrl.trim()) e.set('backendUrl', t('validation.empty'));
      if (s.source === 'file' && !s.description) e.set('description', t('exchange.register.chooseFile'));
      if (s.source === 'url' && !s.descriptionUrl.trim()) e.set('descriptionUrl', t('validation.empty'));
      for (const k of ['timeoutMs', 'maxRequestBytes', 'maxResponseBytes'] as const) if (s[k].trim() && !/^\d+$/.test(s[k].trim())) e.set(k, t('exchange.register.wholeNumber'));
      return e;
    },
  );
  const { state: s, set, control } = form;
  const labels = {
    subsystemId: t('exchange.register.subsystem'),
    description: t('exchange.register.file'),
    descriptionUrl: t('exchange.register.url'),
    code: t('exchange.register.code'),
    title: t('exchange.register.titleField'),
    backendUrl: t('exchange.register.backendUrl'),
    timeoutMs: t('exchange.register.timeoutMs'),
    maxRequestBytes: t('exchange.register.maxRequestBytes'),
    maxResponseBytes: t('exchange.register.maxResponseBytes'),
    logBodies: t('exchange.register.logBodies'),
    themes: t('exchange.theme'),
  };
  return (
    <form
      noValidate
      onSubmit={form.submit(async (st) => {
        const themes = st.themes.split(',').map((x) => x.trim()).filter(Boolean);
        const body = {
          code: st.code.trim(),
          backendUrl: st.backendUrl.trim(),
          ...(st.title.trim() ? { title: st.title.trim() } : {}),
          ...(num(st.timeoutMs) !== undefined ? { timeoutMs: num(st.timeoutMs) } : {}),
          ...(num(st.maxRequestBytes) !== undefined ? { maxRequestBytes: num(st.maxRequestBytes) } : {}),
          ...(num(st.maxResponseBytes) !== undefined ? { maxResponseBytes: num(st.maxResponseBytes) } : {}),
          logBodies: st.logBodies,
          ...(themes.length ? { themes } : {}),
          ...(st.source === 'file' ? { description: st.description } : { descriptionUrl: st.descriptionUrl.trim() }),
        };
        const service = await api<ExService>(`${BASE}/subsystems/${st.subsystemId}/services`, { method: 'POST', body });
        setCreated(service);
        void invalidate(`${BASE}/services`);
        form.setState(() => ({ ...st, code: '', title: '', description: '', fileName: '', descriptionUrl: '' }));
      })}
    >
      <Summary form={form} labels={labels} prefix="rg" />
      <LiveMessage message={created ? t('exchange.register.created', { identifier: created.identifier }) : null} />
      {created && (
        <div className="ex-box" id="rg-result">
          <h3>{t('exchange.register.parsed', { count: created.endpoints.length })}</h3>
          <DataTable label={t('exchange.register.parsedLabel')} caption={t('exchange.register.parsedLabel')} compact columns={[t('exchange.doc.method'), t('exchange.doc.path'), t('exchange.doc.summary')]}>
            {created.endpoints.map((e) => (
              <tr key={e.id}>
                <td>{e.method}</td>
                <td>
                  <code>{e.path}</code>
                </td>
                <td>{e.summary ?? ''}</td>
              </tr>
            ))}
          </DataTable>
          <p>
            <Link to={servicePath(created.id)}>{t('exchange.register.open', { title: created.title || created.code })}</Link>
          </p>
        </div>
      )}
      <div className="ex-grid">
        <Field form={form} path="subsystemId" label={labels.subsystemId} required>
          <select {...control('subsystemId')} value={s.subsystemId} onChange={(e) => set('subsystemId', e.target.value)}>
            {subsystems.map((sub) => (
              <option key={sub.id} value={sub.id}>
                {sub.identifier}
              </option>
            ))}
          </select>
        </Field>
        <Field form={form} path="code" label={labels.code} hint={t('exchange.register.codeHint')} required>
          <input type="text" {...control('code', 'rg-code-hint')} value={s.code} maxLength={255} onChange={(e) => set('code', e.target.value)} autoComplete="off" />
        </Field>
        <Field form={form} path="title" label={labels.title} hint={t('exchange.register.titleHint')}>
          <input type="text" {...control('title', 'rg-title-hint')} value={s.title} maxLength={300} onChange={(e) => set('title', e.target.value)} />
        </Field>
      </div>
      <fieldset className="check-group">
        <legend>{t('exchange.register.source')}</legend>
        <div className="field field-check">
          <input type="radio" id="rg-src-file" name="rg-src" checked={s.source === 'file'} onChange={() => set('source', 'file')} />
          <label htmlFor="rg-src-file">{t('exchange.register.fromFile')}</label>
        </div>
        <div className="field field-check">
          <input type="radio" id="rg-src-url" name="rg-src" checked={s.source === 'url'} onChange={() => set('source', 'url')} />
          <label htmlFor="rg-src-url">{t('exchange.register.fromUrl')}</label>
        </div>
      </fieldset>
      {s.source === 'file' ? (
        <Field form={form} path="description" label={labels.description} hint={s.fileName ? t('exchange.register.fileRead', { name: s.fileName, size: s.description.length }) : t('exchange.register.fileHint')} required>
          <input
            type="file"
            {...control('description', 'rg-description-hint')}
            accept=".json,.yaml,.yml,application/json,application/yaml"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void file.text().then((text) => form.setState((p) => ({ ...p, description: text, fileName: file.name })));
            }}
          />
        </Field>
      ) : (
        <Field form={form} path="descriptionUrl" label={labels.descriptionUrl} required>
          <input type="url" {...control('descriptionUrl')} value={s.descriptionUrl} onChange={(e) => set('descriptionUrl', e.target.value)} />
        </Field>
      )}
      <Field form={form} path="backendUrl" label={labels.backendUrl} hint={t('exchange.register.backendHint')} required>
        <input type="url" {...control('backendUrl', 'rg-backendUrl-hint')} value={s.backendUrl} onChange={(e) => set('backendUrl', e.target.value)} />
      </Field>
      <div className="ex-grid">
        {(['timeoutMs', 'maxRequestBytes', 'maxResponseBytes'] as const).map((k) => (
          <Field key={k} form={form} path={k} label={labels[k]} hint={t('exchange.register.defaultHint')}>
            <input type="text" inputMode="numeric" {...control(k, `rg-${k}-hint`)} value={s[k]} onChange={(e) => set(k, e.target.value)} />
          </Field>
        ))}
        <Field form={form} path="themes" label={labels.themes} hint={t('exchange.register.themesHint')}>
          <input type="text" {...control('themes', 'rg-themes-hint')} value={s.themes} onChange={(e) => set('themes', e.target.value)} />
        </Field>
      </div>
      <div className="field field-check">
        <input type="checkbox" {...control('logBodies')} checked={s.logBodies} onChange={(e) => set('logBodies', e.target.checked)} />
        <label htmlFor="rg-logBodies">{labels.logBodies}</label>
        {form.errorOf('logBodies')}
      </div>
      <button type="submit" className="btn btn-primary" disabled={form.busy}>
        {form.busy ? t('common.saving') : t('exchange.register.submit')}
      </button>
    </form>
  );
}
