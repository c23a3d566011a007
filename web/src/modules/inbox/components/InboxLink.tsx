import { NavLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useInboxCounts } from '../data';

/** "3 việc cần làm (1 quá hạn), 2 thông báo chưa đọc". */
export function countsText(t: TFunction, work: number, overdue: number, unread: number): string {
  const workText = t('inbox.workCount', { count: work }) + (overdue > 0 ? ` (${t('inbox.overdueCount', { count: overdue })})` : '');
  return `${workText}, ${t('inbox.unreadCount', { count: unread })}`;
}

/**
 * "Hộp công việc" in the header with the number of work items and unread notifications. The number is visible; its
 * meaning ("3 việc cần làm, 2 thông báo chưa đọc") is part of the link's accessible name.
 */
export function InboxLink() {
  const { t } = useTranslation();
  const counts = useInboxCounts();
  const work = counts?.total ?? 0;
  const unread = counts?.unreadNotifications ?? 0;
  const sum = work + unread;
  return (
    <NavLink to="/inbox" className="inbox-link" id="inbox-link">
      {t('inbox.link')}
      {counts && sum > 0 && (
        <>
          {' '}
          <span className={counts.overdue > 0 ? 'inbox-count inbox-count-overdue' : 'inbox-count'}>{sum}</span>
        </>
      )}
      {counts && <span className="visually-hidden">{sum > 0 ? ` ${t('inbox.items', { count: sum })}: ${countsText(t, work, counts.overdue, unread)}` : `: ${t('inbox.linkEmpty')}`}</span>}
    </NavLink>
  );
}
