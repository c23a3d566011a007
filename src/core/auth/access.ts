import { definePolicy } from '../access.js';

/** Who may do what with accounts and logs: checked on the server; published to the web app by /api/v1/auth/me. */
export const corePolicy = definePolicy({
  'users.manage': {
    scope: (p) => (p.role === 'admin' ? 'all' : 'none'),
    denied: { vi: 'Thao tác này chỉ dành cho vai trò: quản trị viên.', en: 'This is reserved for the roles: admin.' },
  },
  /** The access log and the audit trail. */
  'logs.read': {
    scope: (p) => (p.role === 'admin' ? 'all' : 'none'),
    denied: { vi: 'Thao tác này chỉ dành cho vai trò: quản trị viên.', en: 'This is reserved for the roles: admin.' },
  },
});
