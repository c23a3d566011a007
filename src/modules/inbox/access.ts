import { definePolicy } from '../../core/access.js';

/**
 * Everyone logged in has an inbox, and sees only their own: the service reads it for the caller alone, and what is
 * in it follows the caller's rights in the other modules.
 */
export const inboxPolicy = definePolicy({
  'inbox.read': {
    scope: () => 'all',
    denied: { vi: 'Bạn cần đăng nhập để xem hộp công việc.', en: 'Log in to see your inbox.' },
  },
});
