import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../api/client';
import { ROLES, type Agency, type ApiTokenItem, type Page, type Role, type User } from '../../../api/types';
import { useAuth } from '../../../kit/auth';
import { AccessDenied, ErrorBox, LiveMessage, Loading } from '../../../kit/feedback';
import { Pager, DataTable } from '../../../kit/table';
import { useTitle } from '../../../kit/useTitle';
import { Dialog } from '../../../kit/Dialog';
import { AgencySelect } from '../../framework/components/AgencySelect';
import { formatDateTime, useLang } from '../../../kit/text';
import { useApiQuery, useGet } from '../../../kit/query';
import { useAgencies } from '../../framework/data';
import { isAdmin } from '../access';

const PAGE_SIZE = 25;

export function UsersPage() {
  const { t } = useTranslation();
  useTitle(t('users.title'));
  const { user } = useAuth();
  return (
    <div className="page">
      <h1>{t('users.title')}</h1>
      {user === undefined ? (
        <Loading />
      ) : user === null ? (
        <AccessDenied reason="login" />
      ) : (
        <>
          {isAdmin(user) ? (
            <UserAdmin />
          ) : (
            <section className="section" aria-labelledby="users-list-title">
              <h2 id="users-list-title">{t('users.listTitle')}</h2>
              <AccessDenied reason="role" />
            </section>
          )}
          <ApiTokens />
        </>
      )}
    </div>
  );
}

function UserAdmin() {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [role, setRole] = useState('');
  const [offset, setOffset] = useState(0);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const agencies = useAgencies();
  const agencyMap = useMemo(() => new Map((agencies.data ?? []).map((a) => [a.id, a] as [string, Agency])), [agencies.data]);

  useEffect(() => {
    if (text.trim() === q) return;
    const timer = setTimeout(() => {
      setQ(text.trim());
      setOffset(0);
    }, 300);
    return () => clearTimeout(timer);
  }, [text]);

  const users = useApiQuery<Page<User>>('/api/v1/users', { q, role, limit: PAGE_SIZE, offset });

  return (
    <section className="section" aria-labelledby="users-list-title">
      <div className="section-head">
        <h2 id="users-list-title">{t('users.listTitle')}</h2>
        <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
          + {t('users.create')}
        </button>
      </div>
      <form className="filters" role="search" aria-label={t('users.filtersLabel')} onSubmit={(event) => event.preventDefault()}>
        <div className="field field-grow">
          <label htmlFor="u-q">{t('users.search')}</label>
          <input id="u-q" type="search" value={text} onChange={(event) => setText(event.target.value)} placeholder={t('users.searchPlaceholder')} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor="u-role">{t('users.role')}</label>
          <select
            id="u-role"
            value={role}
            onChange={(event) => {
              setRole(event.target.value);
              setOffset(0);
            }}
          >
            <option value="">{t('common.all')}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
      </form>
      <LiveMessage message={message} />
      <p className="result-count" role="status" aria-live="polite">
        {users.data ? t('users.count', { count: users.data.total }) : ''}
      </p>
      <ErrorBox error={users.error} />
      {users.loading && !users.data && <Loading />}
      {users.data && (
        <DataTable label={t('users.listTitle')} id="users-table" busy={users.loading} caption={t('users.listTitle')} columns={[t('users.name'), t('users.email'), t('users.role'), t('users.agency'), t('users.state'), t('users.lastLogin'), { label: t('common.actions'), hidden: true }]}>
          {users.data.items.map((u) => (
            <tr key={u.id}>
              <th scope="row" className="cell-name">
                {u.name}
              </th>
              <td>{u.email}</td>
              <td>{t(`roles.${u.role}`)}</td>
              <td>{u.agencyId ? (agencyMap.get(u.agencyId) ? (agencyMap.get(u.agencyId)?.shortName ?? pick(agencyMap.get(u.agencyId)?.name)) : u.agencyId) : '—'}</td>
              <td>
                <span className={u.active ? 'badge badge-ok' : 'badge badge-off'}>{u.active ? t('users.active') : t('users.inactive')}</span>
              </td>
              <td>{formatDateTime(u.lastLoginAt, lang)}</td>
              <td>
                <button type="button" className="btn btn-secondary btn-small" onClick={() => setEditing(u)} aria-label={t('users.editUser', { name: u.name })}>
                  {t('common.edit')}
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {users.data && <Pager total={users.data.total} limit={PAGE_SIZE} offset={offset} onChange={setOffset} label={t('users.pager')} />}

      <Dialog open={creating} title={t('users.createTitle')} onClose={() => setCreating(false)}>
        <UserForm
          agencies={agencies.data ?? []}
          onDone={(saved) => {
            setCreating(false);
            setMessage(t('users.created', { email: saved.email }));
            users.reload();
          }}
        />
      </Dialog>
      <Dialog open={editing !== null} title={editing ? t('users.editTitle', { name: editing.name }) : ''} onClose={() => setEditing(null)}>
        {editing && (
          <UserForm
            agencies={agencies.data ?? []}
            user={editing}
            onDone={(saved) => {
              setEditing(null);
              setMessage(t('users.updated', { email: saved.email }));
              users.reload();
            }}
          />
        )}
      </Dialog>
    </section>
  );
}

/** Creates a user, or changes one when `user` is given. */
function UserForm({ agencies, user, onDone }: { agencies: Agency[]; user?: User; onDone: (user: User) => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState(user?.email ?? '');
  const [name, setName] = useState(user?.name ?? '');
  const [role, setRole] = useState<Role>(user?.role ?? 'officer');
  const [agencyId, setAgencyId] = useState(user?.agencyId ?? '');
  const [active, setActive] = useState(user?.active ?? true);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const prefix = user ? 'edit' : 'new';

  const clientError = (key: string) => new ApiError(400, 'CLIENT', { vi: t(key, { lng: 'vi' }), en: t(key, { lng: 'en' }) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!user && !email.trim()) return setError(clientError('users.emailRequired'));
    if (!name.trim()) return setError(clientError('users.nameRequired'));
    if (role === 'officer' && !agencyId) return setError(clientError('users.agencyRequired'));
    if (password && password.length < 10) return setError(clientError('users.passwordShort'));
    setBusy(true);
    try {
      let saved: User;
      if (user) {
        const changes: Record<string, unknown> = {};
        if (name.trim() !== user.name) changes.name = name.trim();
        if (role !== user.role) changes.role = role;
        if ((agencyId || null) !== user.agencyId) changes.agencyId = agencyId || null;
        if (active !== user.active) changes.active = active;
        if (password) changes.password = password;
        if (Object.keys(changes).length === 0) {
          onDone(user);
          return;
        }
        saved = await api<User>(`/api/v1/users/${encodeURIComponent(user.id)}`, { method: 'PATCH', body: changes });
      } else {
        saved = await api<User>('/api/v1/users', {
          method: 'POST',
          body: { email: email.trim(), name: name.trim(), role, ...(agencyId ? { agencyId } : {}), ...(password ? { password } : {}) },
        });
      }
      onDone(saved);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="stack">
      <div className="field">
        <label htmlFor={`${prefix}-email`}>{t('users.email')}</label>
        <input
          id={`${prefix}-email`}
          type="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          required
          readOnly={Boolean(user)}
          aria-readonly={Boolean(user) || undefined}
          autoComplete="off"
        />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-name`}>{t('users.name')}</label>
        <input id={`${prefix}-name`} type="text" value={name} onChange={(event) => setName(event.target.value)} required autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-role`}>{t('users.role')}</label>
        <select id={`${prefix}-role`} value={role} aria-describedby={`${prefix}-role-hint`} onChange={(event) => setRole(event.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
        <p className="hint" id={`${prefix}-role-hint`}>
          {t(`roleHints.${role}`)}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-agency`}>
          {t('users.agency')} {role === 'officer' && <span className="required">({t('common.required')})</span>}
        </label>
        <AgencySelect id={`${prefix}-agency`} value={agencyId} onChange={setAgencyId} agencies={agencies} required={role === 'officer'} emptyLabel={t('users.noAgency')} />
      </div>
      {user && (
        <div className="field field-check">
          <input id={`${prefix}-active`} type="checkbox" checked={active} onChange={(event) => setActive(event.target.checked)} />
          <label htmlFor={`${prefix}-active`}>{t('users.activeLabel')}</label>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${prefix}-password`}>{user ? t('users.newPassword') : t('users.initialPassword')}</label>
        <input
          id={`${prefix}-password`}
          type="password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          autoComplete="new-password"
          aria-describedby={`${prefix}-password-hint`}
        />
        <p className="hint" id={`${prefix}-password-hint`}>
          {user ? t('users.newPasswordHint') : t('users.initialPasswordHint')}
        </p>
      </div>
      <ErrorBox error={error} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t('common.saving') : user ? t('common.save') : t('users.createSubmit')}
        </button>
      </div>
    </form>
  );
}

function ApiTokens() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const tokens = useGet('/api/v1/auth/tokens');
  const [name, setName] = useState('');
  const [days, setDays] = useState('90');
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setMessage(null);
    if (!name.trim()) {
      setError(new ApiError(400, 'CLIENT', { vi: t('tokens.nameRequired', { lng: 'vi' }), en: t('tokens.nameRequired', { lng: 'en' }) }));
      return;
    }
    setBusy(true);
    try {
      const result = await api<{ token: string; item: ApiTokenItem }>('/api/v1/auth/tokens', {
        method: 'POST',
        body: { name: name.trim(), ...(days ? { expiresInDays: Number(days) } : {}) },
      });
      setSecret({ name: result.item.name, token: result.token });
      setName('');
      tokens.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (item: ApiTokenItem) => {
    if (!window.confirm(t('tokens.confirmRevoke', { name: item.name }))) return;
    setError(null);
    try {
      await api<void>(`/api/v1/auth/tokens/${encodeURIComponent(item.id)}`, { method: 'DELETE' });
      setMessage(t('tokens.revoked', { name: item.name }));
      tokens.reload();
    } catch (err) {
      setError(err);
    }
  };

  const copy = async () => {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret.token);
      setMessage(t('tokens.copied'));
    } catch {
      setMessage(t('tokens.copyFailed'));
    }
  };

  const items = tokens.data?.items ?? [];
  return (
    <section className="section" aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t('tokens.title')}</h2>
      <p>{t('tokens.intro')}</p>
      <form className="filters" onSubmit={(event) => void create(event)} noValidate aria-labelledby="tokens-create-title">
        <h3 id="tokens-create-title" className="visually-hidden">
          {t('tokens.create')}
        </h3>
        <div className="field field-grow">
          <label htmlFor="token-name">{t('tokens.name')}</label>
          <input id="token-name" type="text" value={name} maxLength={200} onChange={(event) => setName(event.target.value)} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor="token-days">{t('tokens.expiresIn')}</label>
          <select id="token-days" value={days} onChange={(event) => setDays(event.target.value)}>
            <option value="30">{t('tokens.days', { count: 30 })}</option>
            <option value="90">{t('tokens.days', { count: 90 })}</option>
            <option value="365">{t('tokens.days', { count: 365 })}</option>
            <option value="">{t('tokens.never')}</option>
          </select>
        </div>
        <div className="field field-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t('tokens.create')}
          </button>
        </div>
      </form>
      {secret && (
        <div className="notice notice-success secret-box" role="status">
          <p>
            <strong>{t('tokens.createdTitle', { name: secret.name })}</strong>
          </p>
          <p>{t('tokens.showOnce')}</p>
          <p className="secret-line">
            <code id="token-secret">{secret.token}</code>
            <button type="button" className="btn btn-secondary btn-small" onClick={() => void copy()}>
              {t('tokens.copy')}
            </button>
            <button type="button" className="btn btn-secondary btn-small" onClick={() => setSecret(null)}>
              {t('tokens.hide')}
            </button>
          </p>
        </div>
      )}
      <ErrorBox error={error ?? tokens.error} />
      <LiveMessage message={message} />
      {tokens.loading && !tokens.data && <Loading />}
      {tokens.data && items.length === 0 && <p>{t('tokens.none')}</p>}
      {items.length > 0 && (
        <DataTable label={t('tokens.title')} caption={t('tokens.title')} columns={[t('tokens.name'), t('tokens.prefix'), t('tokens.createdAt'), t('tokens.expiresAt'), t('tokens.lastUsedAt'), t('users.state'), { label: t('common.actions'), hidden: true }]}>
          {items.map((item) => {
            const expired = item.expiresAt !== null && new Date(item.expiresAt) < new Date();
            const state = item.revokedAt ? 'revoked' : expired ? 'expired' : 'active';
            return (
              <tr key={item.id}>
                <th scope="row" className="cell-name">
                  {item.name}
                </th>
                <td>
                  <code>{item.prefix}…</code>
                </td>
                <td>{formatDateTime(item.createdAt, lang)}</td>
                <td>{item.expiresAt ? formatDateTime(item.expiresAt, lang) : t('tokens.never')}</td>
                <td>{formatDateTime(item.lastUsedAt, lang)}</td>
                <td>
                  <span className={state === 'active' ? 'badge badge-ok' : 'badge badge-off'}>{t(`tokens.state.${state}`)}</span>
                </td>
                <td>
                  {state === 'active' && (
                    <button type="button" className="btn btn-danger btn-small" onClick={() => void revoke(item)} aria-label={t('tokens.revokeNamed', { name: item.name })}>
                      {t('tokens.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </section>
  );
}
