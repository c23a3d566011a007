import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { components } from '../../../api/generated/schema';
import { useAuth } from '../../../kit/auth';
import { AccessDenied, ErrorBox, LiveMessage, Loading } from '../../../kit/feedback';
import { useGet, useInvalidate } from '../../../kit/query';
import { Pager } from '../../../kit/table';
import { formatDate, formatDateTime, useLang } from '../../../kit/text';
import { useTitle } from '../../../kit/useTitle';
import { useAgencyMap, agencyLabel } from '../../framework/agencies';
import { INBOX_PATH } from '../data';

type WorkItem = components['schemas']['WorkItem'];

const NOTICES_PAGE = 20;

export function InboxPage() {
  const { t } = useTranslation();
  useTitle(t('inbox.title'));
  const { user } = useAuth();
  return (
    <div className="page">
      <h1>{t('inbox.title')}</h1>
      {user === undefined ? (
        <Loading />
      ) : user === null ? (
        <AccessDenied reason="login" />
      ) : (
        <>
          <p className="lead-text">{t('inbox.intro')}</p>
          <WorkList />
          <Notifications />
        </>
      )}
    </div>
  );
}

function WorkList() {
  const { t } = useTranslation();
  const inbox = useGet('/api/v1/inbox');
  const data = inbox.data;
  return (
    <section className="section" aria-labelledby="inbox-work-title">
      <h2 id="inbox-work-title">{t('inbox.workTitle')}</h2>
      <ErrorBox error={inbox.error} />
      {inbox.loading && !data && <Loading />}
      {data && (
        <p className="result-count" role="status" aria-live="polite">
          {t('inbox.workCount', { count: data.total })}
          {data.overdue > 0 && ` — ${t('inbox.overdueCount', { count: data.overdue })}`}
        </p>
      )}
      {data && data.items.length === 0 && <p className="notice notice-info">{t('inbox.noWork')}</p>}
      {data && data.items.length > 0 && (
        <ul className="inbox-list" aria-busy={inbox.loading}>
          {data.items.map((item) => (
            <WorkRow key={`${item.kind}:${item.link}`} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}

function WorkRow({ item }: { item: WorkItem }) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const agencyMap = useAgencyMap();
  return (
    <li className={item.overdue ? 'inbox-item inbox-item-overdue' : 'inbox-item'}>
      <div className="inbox-item-head">
        <span className="inbox-kind">{t(`inbox.kind.${item.kind}`)}</span>
        {item.overdue && (
          <span className="badge badge-overdue">
            <span aria-hidden="true">⚠ </span>
            {t('inbox.overdue')}
          </span>
        )}
      </div>
      <Link to={item.link} className="inbox-item-title">
        {pick(item.title)}
      </Link>
      <p className="inbox-item-meta muted">
        {item.agencyId && <span>{agencyLabel(agencyMap.get(item.agencyId), item.agencyId, lang)} · </span>}
        <span>{t('inbox.since', { date: formatDate(item.since, lang) })}</span>
        {item.dueAt && (
          <>
            {' · '}
            <span className={item.overdue ? 'inbox-due-overdue' : undefined}>{t(item.overdue ? 'inbox.wasDue' : 'inbox.due', { date: formatDate(item.dueAt, lang) })}</span>
          </>
        )}
      </p>
    </li>
  );
}

function Notifications() {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const invalidate = useInvalidate();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [offset, setOffset] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const notices = useGet('/api/v1/inbox/notifications', { query: { unread: unreadOnly ? true : undefined, limit: NOTICES_PAGE, offset } });
  const data = notices.data;
  const unreadHere = (data?.items ?? []).filter((n) => !n.readAt).map((n) => n.id);

  const markRead = async (ids: string[], announce: boolean) => {
    if (ids.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      const result = await api<{ marked: number }>('/api/v1/inbox/notifications/read', { method: 'POST', body: { ids } });
      if (announce) setMessage(t('inbox.marked', { count: result.marked }));
      await invalidate(INBOX_PATH);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="section" aria-labelledby="inbox-notices-title">
      <h2 id="inbox-notices-title">{t('inbox.noticesTitle')}</h2>
      <div className="inbox-notice-tools">
        <label className="check">
          <input
            type="checkbox"
            checked={unreadOnly}
            onChange={(event) => {
              setUnreadOnly(event.target.checked);
              setOffset(0);
            }}
          />{' '}
          {t('inbox.unreadOnly')}
        </label>
        <button type="button" className="btn btn-secondary btn-small" disabled={busy || unreadHere.length === 0} onClick={() => void markRead(unreadHere, true)}>
          {t('inbox.markAllRead')}
        </button>
      </div>
      <LiveMessage message={message} />
      <ErrorBox error={error ?? notices.error} />
      {data && (
        <p className="result-count" role="status" aria-live="polite">
          {t('inbox.unreadCount', { count: data.unread })}
        </p>
      )}
      {notices.loading && !data && <Loading />}
      {data && data.items.length === 0 && <p className="notice notice-info">{unreadOnly ? t('inbox.noUnread') : t('inbox.noNotices')}</p>}
      {data && data.items.length > 0 && (
        <ul className="inbox-list" aria-busy={notices.loading}>
          {data.items.map((n) => {
            const title = pick(n.title);
            return (
              <li key={n.id} className={n.readAt ? 'inbox-item' : 'inbox-item inbox-item-unread'}>
                <div className="inbox-item-head">
                  {!n.readAt && <span className="badge badge-unread">{t('inbox.unread')}</span>}
                  <span className="muted">{formatDateTime(n.createdAt, lang)}</span>
                </div>
                <Link to={n.link} className="inbox-item-title" onClick={() => void (n.readAt ? undefined : markRead([n.id], false))}>
                  {title}
                </Link>
                {!n.readAt && (
                  <p>
                    <button type="button" className="btn btn-secondary btn-small" disabled={busy} onClick={() => void markRead([n.id], true)} aria-label={t('inbox.markReadNamed', { title })}>
                      {t('inbox.markRead')}
                    </button>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {data && <Pager total={data.total} limit={NOTICES_PAGE} offset={offset} onChange={setOffset} label={t('inbox.noticesPager')} />}
    </section>
  );
}
