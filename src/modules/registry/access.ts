import { definePolicy, type Scope } from '../../core/access.js';
import type { Principal } from '../../core/auth/principal.js';

const reviewers = (p: Principal): Scope => (p.role === 'admin' || p.role === 'reviewer' ? 'all' : 'none');

/** Who may do what in the registry: checked here only, on the server; published to the web app by /api/v1/auth/me. */
export const registryPolicy = definePolicy({
  /** Register systems and change them, their relations and their requests. */
  'registry.system.edit': {
    scope: (p) => (p.role === 'admin' ? 'all' : p.role === 'officer' ? 'own_agency' : 'none'),
    denied: {
      vi: 'Chỉ cán bộ của cơ quan chủ quản (hoặc quản trị viên) được sửa hồ sơ này.',
      en: 'Only officers of the owner agency (or administrators) may change this record.',
    },
  },
  /** See registration requests (officers: their agency's). */
  'registry.request.read': {
    scope: (p) => (p.role === 'admin' || p.role === 'reviewer' ? 'all' : p.role === 'officer' ? 'own_agency' : 'none'),
    denied: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You do not have the right to do this.' },
  },
  'registry.request.decide': {
    scope: reviewers,
    denied: { vi: 'Chỉ cán bộ thẩm định của Sở KH&CN được quyết định.', en: 'Only reviewers of the Department of Science and Technology decide.' },
  },
  'registry.compliance.evaluate': {
    scope: reviewers,
    denied: { vi: 'Thao tác này chỉ dành cho vai trò: quản trị viên, cán bộ thẩm định.', en: 'This is reserved for the roles: admin, reviewer.' },
  },
  /** Import a whole ArchiMate model (its systems belong to many agencies). */
  'registry.model.import': {
    scope: reviewers,
    denied: { vi: 'Thao tác này chỉ dành cho vai trò: quản trị viên, cán bộ thẩm định.', en: 'This is reserved for the roles: admin, reviewer.' },
  },
});
