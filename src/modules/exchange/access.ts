import { definePolicy } from '../../core/access.js';

/** Who may do what in the exchange: checked here only, on the server; published to the web app by /api/v1/auth/me. */
export const exchangePolicy = definePolicy({
  /** Admit an agency as a member (X-Road's central server registers members). */
  'exchange.member.manage': {
    scope: (p) => (p.role === 'admin' ? 'all' : 'none'),
    denied: { vi: 'Chỉ quản trị viên được đăng ký thành viên của nền tảng LGSP.', en: 'Only administrators register members of the LGSP exchange.' },
  },
  /** Add subsystems to a member: its agency's officers, or administrators. */
  'exchange.subsystem.manage': {
    scope: (p) => (p.role === 'admin' ? 'all' : p.role === 'officer' ? 'own_agency' : 'none'),
    denied: { vi: 'Chỉ cán bộ của cơ quan thành viên (hoặc quản trị viên) được thêm hệ thống con.', en: 'Only officers of the member agency (or administrators) add its subsystems.' },
  },
});
