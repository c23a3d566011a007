import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../kit/auth';
import { ErrorBox, Loading } from '../../../kit/feedback';
import { useTitle } from '../../../kit/useTitle';
import { useGet } from '../../../kit/query';

/** Where to go after login: the page the user came from, if it is one of ours. */
function returnPath(state: unknown): string {
  const from = typeof state === 'object' && state !== null && 'from' in state ? (state as { from: unknown }).from : undefined;
  if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/login')) return from;
  return '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  useTitle(t('login.title'));
  const { user, login, logout } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const providers = useGet('/api/v1/auth/providers');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // Set while this form logs in, so the "already logged in" note does not flash before leaving.
  const [done, setDone] = useState(false);
  const target = returnPath(location.state);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      setDone(true);
      await login(email.trim(), password);
      navigate(target, { replace: true });
    } catch (err) {
      setDone(false);
      setError(err);
      setBusy(false);
    }
  };

  return (
    <div className="page page-narrow">
      <h1>{t('login.title')}</h1>
      {user && done ? (
        <Loading />
      ) : user ? (
        <div className="notice notice-info">
          <p>{t('login.already', { name: user.name, email: user.email })}</p>
          <p className="inline-actions">
            <Link to="/">{t('nav.overview')}</Link>
            <button type="button" className="btn btn-secondary btn-small" onClick={() => void logout()}>
              {t('nav.logout')}
            </button>
          </p>
        </div>
      ) : (
        <>
          <p>{t('login.intro')}</p>
          <form className="form-card" onSubmit={(event) => void submit(event)}>
            <div className="field">
              <label htmlFor="login-email">{t('login.email')}</label>
              <input id="login-email" type="email" name="email" autoComplete="username" required value={email} onChange={(event) => setEmail(event.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="login-password">{t('login.password')}</label>
              <input
                id="login-password"
                type="password"
                name="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            </div>
            <ErrorBox error={error} />
            <div className="form-actions">
              <button type="submit" className="btn btn-primary" disabled={busy}>
                {busy ? t('login.submitting') : t('login.submit')}
              </button>
            </div>
          </form>
          {providers.data && providers.data.oidc.length > 0 && (
            <section className="section" aria-labelledby="oidc-title">
              <h2 id="oidc-title">{t('login.oidcTitle')}</h2>
              <ul className="provider-list">
                {providers.data.oidc.map((p) => (
                  <li key={p.id}>
                    <a className="btn btn-secondary" href={`${p.loginUrl}?returnTo=${encodeURIComponent(target)}`}>
                      {t('login.withProvider', { name: p.name })}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}
