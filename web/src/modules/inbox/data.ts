import { useEffect } from 'react';
import { onApiChange } from '../../api/client';
import { useAuth } from '../../kit/auth';
import { useGet, useInvalidate } from '../../kit/query';

/** Where the inbox is cached: a change refreshes everything under it. */
export const INBOX_PATH = '/api/v1/inbox';

/** How often the header asks again how much work is waiting. */
export const COUNTS_EVERY_MS = 60_000;

/**
 * The header's counts for a signed-in user: fetched every minute, and again after any change the app sends (a
 * decision, a submit, notifications marked read), since any of them may add or remove work.
 */
export function useInboxCounts() {
  const { user } = useAuth();
  const invalidate = useInvalidate();
  const counts = useGet('/api/v1/inbox/counts', { enabled: Boolean(user), refetchInterval: user ? COUNTS_EVERY_MS : undefined });
  useEffect(() => {
    if (!user) return;
    return onApiChange(() => void invalidate(INBOX_PATH));
  }, [user, invalidate]);
  return user ? counts.data : undefined;
}
