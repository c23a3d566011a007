import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../kit/auth';
import { LANGS, type Lang } from '../i18n';
import { useLang } from '../kit/text';
import { canSeeRequests } from '../modules/registry/access';
import { canReadLogs, isAdmin } from '../modules/core/access';
import { InboxLink } from '../modules/inbox/components/InboxLink';

export function Layout() {
  const { t, i18n } = useTranslation();
  const { lang } = useLang();
  const { user, logout } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const [menuOpen, setMenuOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const firstRender = useRef(true);
  const menuButton = useRef<HTMLButtonElement>(null);

  // On client-side navigation, close the menu and move focus to the new page's heading.
  useEffect(() => {
    setMenuOpen(false);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (heading) {
        heading.setAttribute('tabindex', '-1');
        heading.focus();
      } else {
        document.getElementById('main')?.focus();
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [location.pathname]);

  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setMenuOpen(false);
        menuButton.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);

  const switchLang = (next: Lang) => {
    if (next === lang) return;
    void i18n.changeLanguage(next);
    setAnnouncement(i18n.t('lang.switched', { lng: next }));
  };

  const onLogout = async () => {
    await logout();
    setAnnouncement(t('auth.loggedOut'));
    navigate('/');
  };

  // The review queue lives under /registry but is its own entry: the registry link is not "current" there.
  const inQueue = location.pathname.startsWith('/registry/requests');
  const links: { to: string; label: string; end?: boolean; show: boolean; active?: boolean }[] = [
    { to: '/', label: t('nav.overview'), end: true, show: true },
    { to: '/roadmap', label: t('nav.roadmap'), show: true },
    { to: '/agencies', label: t('nav.agencies'), show: true },
    { to: '/dictionary', label: t('nav.dictionary'), show: true },
    // The public catalogue of approved systems, for visitors too (the registry itself needs a login).
    { to: '/catalogue', label: t('nav.catalogue'), show: true },
    // The exchange's developer portal is public; its own pages for consumers, providers and administrators are inside.
    { to: '/exchange', label: t('nav.exchange'), show: true },
    { to: '/registry', label: t('nav.registry'), show: Boolean(user), active: location.pathname.startsWith('/registry') && !inQueue },
    { to: '/registry/requests', label: t('nav.requests'), show: canSeeRequests(user) },
    { to: '/compliance', label: t('nav.compliance'), show: Boolean(user) },
    { to: '/landscape', label: t('nav.landscape'), show: Boolean(user) },
    // Everyone signed in keeps their own API tokens on /users; only administrators see the accounts there.
    { to: '/users', label: isAdmin(user) ? t('nav.users') : t('nav.myTokens'), show: Boolean(user) },
    { to: '/access-log', label: t('nav.accessLog'), show: canReadLogs(user) },
  ];

  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="site-header">
        <div className="header-inner">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              <span />
              <span />
              <span />
              <span />
            </span>
            <span className="brand-text">
              <span className="brand-name">{t('app.name')}</span>
              <span className="brand-sub">{t('app.tagline')}</span>
            </span>
          </Link>
          <div className="header-tools">
            <div className="lang-switch" role="group" aria-label={t('lang.label')}>
              {LANGS.map((code) => (
                <button key={code} type="button" lang={code} aria-pressed={lang === code} className={lang === code ? 'active' : ''} onClick={() => switchLang(code)}>
                  {code === 'vi' ? 'Tiếng Việt' : 'English'}
                </button>
              ))}
            </div>
            <div className="account">
              {user === undefined ? null : user ? (
                <>
                  <InboxLink />
                  <span className="account-name">
                    <span className="visually-hidden">{t('auth.loggedInAs')} </span>
                    {user.name} <span className="account-role">({t(`roles.${user.role}`)})</span>
                  </span>
                  <button type="button" className="btn btn-light btn-small" onClick={() => void onLogout()}>
                    {t('nav.logout')}
                  </button>
                </>
              ) : (
                <Link className="btn btn-light btn-small" to="/login" state={{ from: location.pathname + location.search }}>
                  {t('nav.login')}
                </Link>
              )}
            </div>
          </div>
        </div>
        <nav className="site-nav" aria-label={t('nav.label')}>
          <div className="nav-inner">
            <button
              ref={menuButton}
              type="button"
              className="menu-button"
              aria-expanded={menuOpen}
              aria-controls="primary-nav"
              onClick={() => setMenuOpen((open) => !open)}
            >
              <span className="menu-icon" aria-hidden="true" />
              {t('nav.menu')}
            </button>
            <ul id="primary-nav" className={menuOpen ? 'nav-list open' : 'nav-list'}>
              {links
                .filter((link) => link.show)
                .map((link) => (
                  <li key={link.to}>
                    {link.active === undefined ? (
                      <NavLink to={link.to} end={link.end}>
                        {link.label}
                      </NavLink>
                    ) : (
                      <Link to={link.to} className={link.active ? 'active' : undefined} aria-current={link.active ? 'page' : undefined}>
                        {link.label}
                      </Link>
                    )}
                  </li>
                ))}
            </ul>
          </div>
        </nav>
      </header>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="footer-inner">
          <p>{t('footer.owner')}</p>
          <p>{t('footer.basis')}</p>
        </div>
      </footer>
    </>
  );
}
