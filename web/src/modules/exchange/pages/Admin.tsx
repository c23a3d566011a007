import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { Page } from '../../../api/types';
import { useAuth } from '../../../kit/auth';
import { AccessDenied, ErrorBox, LiveMessage, Loading } from '../../../kit/feedback';
import { useApiQuery } from '../../../kit/query';
import { DataTable } from '../../../kit/table';
import { formatDate, useLang } from '../../../kit/text';
import { useTitle } from '../../../kit/useTitle';
import { isAdmin } from '../../core/access';
import { AgencySelect } from '../../framework/components/AgencySelect';
import { useAgencies } from '../../framework/data';
import { BASE, MEMBER_CLASSES, useAgencySystems, type ExGroup, type ExMember, type MemberClass } from '../api';
import { ExchangeNav } from '../components/ExchangeNav';
import { Field, Summary, useExForm } from '../components/forms';
import '../exchange.css';

/** The administrators' page: members and their subsystems, access-right groups and their members. */
export function AdminPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  useTitle(t('exchange.admin.title'));
  if (user === undefined) return <Loading />;
  if (!user) return <div className="page"><AccessDenied reason="login" /></div>;
  if (!isAdmin(user)) return <div className="page"><AccessDenied reason="role" /></div>;
  return (
    <div className="page">
      <h1>{t('exchange.admin.title')}</h1>
      <ExchangeNav />
      <Members />
      <Groups />
    </div>
  );
}

function Members() {
  const { t } = useTranslation();
  const { pick } = useLang();
  const agencies = useAgencies();
  const members = useApiQuery<Page<ExMember>>(`${BASE}/members`, { limit: 500 });
  const [open, setOpen] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const byId = useMemo(() => new Map((agencies.data ?? []).map((a) => [a.id, a])), [agencies.data]);
  const form = useExForm('mb', () => ({ agencyId: '', memberClass: 'GOV' as MemberClass, code: '' }), (s) => {
    const e = new Map<string, string>();
    if (!s.agencyId) e.set('agencyId', t('validation.empty'));
    return e;
  });
  const { state: s, set, control } = form;
  const labels = { agencyId: t('exchange.admin.agency'), memberClass: t('exchange.admin.memberClass'), code: t('exchange.admin.code') };
  return (
    <section className="section" aria-labelledby="ad-members">
      <h2 id="ad-members">{t('exchange.admin.members')}</h2>
      <LiveMessage message={message} />
      <ErrorBox error={members.error} />
      {members.data && (
        <DataTable label={t('exchange.admin.members')} caption={t('exchange.admin.members')} compact id="ad-member-table" columns={[t('exchange.admin.agency'), t('exchange.identifier'), t('exchange.admin.memberClass'), t('exchange.admin.admittedAt'), { label: t('common.actions'), hidden: true }]}>
          {members.data.items.map((m) => (
            <tr key={m.id}>
              <td>{byId.get(m.agencyId) ? pick(byId.get(m.agencyId)!.name) : m.agencyId}</td>
              <td>
                <code className="ex-identifier">{m.identifier}</code>
              </td>
              <td>{m.memberClass}</td>
              <td>{formatDate(m.createdAt)}</td>
              <td>
                <button type="button" className="btn btn-secondary btn-small" aria-expanded={open === m.id} onClick={() => setOpen(open === m.id ? null : m.id)}>
                  {t('exchange.admin.subsystemsOf', { identifier: m.identifier })}
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {open && <MemberSubsystems id={open} />}
      <form
        className="ex-box"
        noValidate
        onSubmit={form.submit(async (st) => {
          const m = await api<ExMember>(`${BASE}/members`, { method: 'POST', body: { agencyId: st.agencyId, memberClass: st.memberClass, ...(st.code.trim() ? { code: st.code.trim() } : {}) } });
          setMessage(t('exchange.admin.admitted', { identifier: m.identifier }));
          form.setState(() => ({ agencyId: '', memberClass: 'GOV', code: '' }));
          members.reload();
        })}
      >
        <h3>{t('exchange.admin.admit')}</h3>
        <Summary form={form} labels={labels} prefix="mb" />
        <div className="ex-grid">
          <Field form={form} path="agencyId" label={labels.agencyId} required>
            <AgencySelect id="mb-agencyId" value={s.agencyId} onChange={(v) => set('agencyId', v)} agencies={agencies.data ?? []} required emptyLabel="—" invalid={form.errors.has('agencyId')} describedBy={form.errors.has('agencyId') ? 'mb-agencyId-error' : undefined} />
          </Field>
          <Field form={form} path="memberClass" label={labels.memberClass}>
            <select {...control('memberClass')} value={s.memberClass} onChange={(e) => set('memberClass', e.target.value as MemberClass)}>
              {MEMBER_CLASSES.map((c) => (
                <option key={c} value={c}>
                  {c} — {t(`exchange.memberClass.${c}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field form={form} path="code" label={labels.code} hint={t('exchange.admin.codeHint')}>
            <input type="text" {...control('code', 'mb-code-hint')} value={s.code} maxLength={255} onChange={(e) => set('code', e.target.value)} autoComplete="off" />
          </Field>
        </div>
        <button type="submit" className="btn btn-primary" disabled={form.busy}>
          {t('exchange.admin.admitSubmit')}
        </button>
      </form>
    </section>
  );
}

function MemberSubsystems({ id }: { id: string }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const member = useApiQuery<ExMember>(`${BASE}/members/${id}`);
  const systems = useAgencySystems(member.data?.agencyId);
  const [message, setMessage] = useState<string | null>(null);
  const form = useExForm('ss', () => ({ systemId: '', code: '' }), (s) => {
    const e = new Map<string, string>();
    if (!s.systemId) e.set('systemId', t('validation.empty'));
    if (!s.code.trim()) e.set('code', t('validation.empty'));
    return e;
  });
  const { state: s, set, control } = form;
  const systemName = (sid: string) => {
    const sys = systems.data?.items.find((x) => x.id === sid);
    return sys ? `${sys.code} — ${pick(sys.name)}` : sid;
  };
  if (!member.data) return member.error ? <ErrorBox error={member.error} /> : <Loading />;
  const m = member.data;
  return (
    <div className="ex-box">
      <h3>{t('exchange.admin.subsystemsOf', { identifier: m.identifier })}</h3>
      <LiveMessage message={message} />
      {(m.subsystems ?? []).length === 0 ? (
        <p className="muted">{t('exchange.mine.noSubsystems')}</p>
      ) : (
        <DataTable label={t('exchange.admin.subsystemsOf', { identifier: m.identifier })} caption={t('exchange.admin.subsystemsOf', { identifier: m.identifier })} compact columns={[t('exchange.identifier'), t('exchange.admin.system')]}>
          {(m.subsystems ?? []).map((sub) => (
            <tr key={sub.id}>
              <td>
                <code className="ex-identifier">{sub.identifier}</code>
              </td>
              <td>{systemName(sub.systemId)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <form
        noValidate
        onSubmit={form.submit(async (st) => {
          const sub = await api<{ identifier: string }>(`${BASE}/members/${m.id}/subsystems`, { method: 'POST', body: { systemId: st.systemId, code: st.code.trim() } });
          setMessage(t('exchange.admin.subsystemAdded', { identifier: sub.identifier }));
          form.setState(() => ({ systemId: '', code: '' }));
          member.reload();
        })}
      >
        <h4>{t('exchange.admin.addSubsystem')}</h4>
        <Summary form={form} labels={{ systemId: t('exchange.admin.system'), code: t('exchange.admin.subsystemCode') }} prefix="ss" />
        <div className="ex-grid">
          <Field form={form} path="systemId" label={t('exchange.admin.system')} required>
            <select {...control('systemId')} value={s.systemId} onChange={(e) => set('systemId', e.target.value)}>
              <option value="">—</option>
              {(systems.data?.items ?? []).map((sys) => (
                <option key={sys.id} value={sys.id}>
                  {sys.code} — {pick(sys.name)}
                </option>
              ))}
            </select>
          </Field>
          <Field form={form} path="code" label={t('exchange.admin.subsystemCode')} required>
            <input type="text" {...control('code')} value={s.code} maxLength={255} onChange={(e) => set('code', e.target.value)} autoComplete="off" />
          </Field>
        </div>
        <button type="submit" className="btn btn-secondary" disabled={form.busy}>
          {t('exchange.admin.addSubsystemSubmit')}
        </button>
      </form>
    </div>
  );
}

function Groups() {
  const { t } = useTranslation();
  const groups = useApiQuery<ExGroup[]>(`${BASE}/groups`);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [adding, setAdding] = useState<Record<string, string>>({});
  const form = useExForm('gr', () => ({ code: '', description: '' }), (s) => {
    const e = new Map<string, string>();
    if (!s.code.trim()) e.set('code', t('validation.empty'));
    if (!s.description.trim()) e.set('description', t('validation.empty'));
    return e;
  });
  const change = (g: ExGroup, client: string, remove: boolean) => {
    setError(null);
    const req = remove ? api(`${BASE}/groups/${g.id}/members`, { method: 'DELETE', query: { client } }) : api(`${BASE}/groups/${g.id}/members`, { method: 'POST', body: { client } });
    req
      .then(() => {
        setMessage(t(remove ? 'exchange.groups.removed' : 'exchange.groups.added', { client, group: g.identifier }));
        setAdding((p) => ({ ...p, [g.id]: '' }));
        groups.reload();
      })
      .catch(setError);
  };
  return (
    <section className="section" aria-labelledby="ad-groups">
      <h2 id="ad-groups">{t('exchange.groups.title')}</h2>
      <LiveMessage message={message} />
      <ErrorBox error={error ?? groups.error} />
      {groups.data?.length === 0 && <p className="muted">{t('exchange.groups.none')}</p>}
      {groups.data?.map((g) => (
        <div key={g.id} className="ex-box">
          <h3>
            <code className="ex-identifier">{g.identifier}</code> {g.global && <span className="badge ex-badge-neutral">{t('exchange.groups.global')}</span>}
          </h3>
          <p>{g.description}</p>
          {g.members.length === 0 ? (
            <p className="muted">{t('exchange.groups.noMembers')}</p>
          ) : (
            <ul>
              {g.members.map((c) => (
                <li key={c}>
                  <code className="ex-identifier">{c}</code>{' '}
                  {!g.global && (
                    <button type="button" className="btn btn-danger btn-small" aria-label={t('exchange.groups.removeOne', { client: c })} onClick={() => window.confirm(t('exchange.groups.removeConfirm', { client: c })) && change(g, c, true)}>
                      {t('common.remove')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {!g.global && (
            <form
              className="ex-actions"
              onSubmit={(e) => {
                e.preventDefault();
                if (adding[g.id]?.trim()) change(g, adding[g.id]!.trim(), false);
              }}
            >
              <div className="field">
                <label htmlFor={`gr-add-${g.id}`}>{t('exchange.rights.clientId')}</label>
                <input id={`gr-add-${g.id}`} type="text" value={adding[g.id] ?? ''} onChange={(e) => setAdding((p) => ({ ...p, [g.id]: e.target.value }))} autoComplete="off" />
              </div>
              <div className="field">
                <button type="submit" className="btn btn-secondary">
                  {t('exchange.groups.add')}
                </button>
              </div>
            </form>
          )}
        </div>
      ))}
      <form
        className="ex-box"
        noValidate
        onSubmit={form.submit(async (st) => {
          const g = await api<ExGroup>(`${BASE}/groups`, { method: 'POST', body: { code: st.code.trim(), description: st.description.trim() } });
          setMessage(t('exchange.groups.created', { identifier: g.identifier }));
          form.setState(() => ({ code: '', description: '' }));
          groups.reload();
        })}
      >
        <h3>{t('exchange.groups.create')}</h3>
        <Summary form={form} labels={{ code: t('exchange.groups.code'), description: t('exchange.groups.description') }} prefix="gr" />
        <div className="ex-grid">
          <Field form={form} path="code" label={t('exchange.groups.code')} required>
            <input type="text" {...form.control('code')} value={form.state.code} maxLength={255} onChange={(e) => form.set('code', e.target.value)} autoComplete="off" />
          </Field>
          <Field form={form} path="description" label={t('exchange.groups.description')} required>
            <input type="text" {...form.control('description')} value={form.state.description} maxLength={500} onChange={(e) => form.set('description', e.target.value)} />
          </Field>
        </div>
        <button type="submit" className="btn btn-primary" disabled={form.busy}>
          {t('exchange.groups.createSubmit')}
        </button>
      </form>
    </section>
  );
}
