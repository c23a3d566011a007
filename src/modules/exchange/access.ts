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

  /** Register and change the services of a subsystem, and grant rights to them: the provider agency's officers, or administrators. */
  'exchange.service.manage': {
    scope: (p) => (p.role === 'admin' ? 'all' : p.role === 'officer' ? 'own_agency' : 'none'),
    denied: { vi: 'Chỉ cán bộ của cơ quan cung cấp (hoặc quản trị viên) được quản lý dịch vụ này.', en: 'Only officers of the providing agency (or administrators) manage this service.' },
  },
  /** Create and revoke a subsystem's credentials, and request access for it: its agency's officers, or administrators. */
  'exchange.client.manage': {
    scope: (p) => (p.role === 'admin' ? 'all' : p.role === 'officer' ? 'own_agency' : 'none'),
    denied: { vi: 'Chỉ cán bộ của cơ quan sở hữu hệ thống con (hoặc quản trị viên) được làm việc này.', en: 'Only officers of the agency owning the subsystem (or administrators) do this.' },
  },
  /** Access-right groups are the province's: administrators keep them. */
  'exchange.group.manage': {
    scope: (p) => (p.role === 'admin' ? 'all' : 'none'),
    denied: { vi: 'Chỉ quản trị viên được quản lý nhóm quyền truy cập.', en: 'Only administrators manage access-right groups.' },
  },
  /** Read the message log: administrators all of it; officers the messages their agency sent or received. */
  'exchange.log.read': {
    scope: (p) => (p.role === 'admin' ? 'all' : p.role === 'officer' || p.role === 'reviewer' ? 'own_agency' : 'none'),
    denied: { vi: 'Chỉ quản trị viên và hai bên của thông điệp được xem nhật ký thông điệp.', en: 'Only administrators and the two parties of a message read the message log.' },
  },
});
