import { definePolicy, type Scope } from '../../core/access.js';
import type { Principal } from '../../core/auth/principal.js';

const reviewers = (p: Principal): Scope => (p.role === 'admin' || p.role === 'reviewer' ? 'all' : 'none');

/** Who may do what in the data dictionary: checked here only, on the server; published to the web app by /api/v1/auth/me. */
export const dictionaryPolicy = definePolicy({
  /** Create and change elements, entities and code lists, submit them for review. */
  'dictionary.object.edit': {
    scope: (p) => (p.role === 'admin' || p.role === 'reviewer' ? 'all' : p.role === 'officer' ? 'own_agency' : 'none'),
    denied: {
      vi: 'Chỉ cán bộ của cơ quan chủ quản, cán bộ thẩm định hoặc quản trị viên được sửa đối tượng này.',
      en: 'Only officers of the owner agency, reviewers or administrators may change this.',
    },
  },
  /** Approve, return and deprecate. */
  'dictionary.object.review': {
    scope: reviewers,
    denied: { vi: 'Chỉ cán bộ thẩm định hoặc quản trị viên được phê duyệt, trả lại hoặc ngừng sử dụng.', en: 'Only reviewers or administrators may approve, return or deprecate.' },
  },
  'dictionary.approved.delete': {
    scope: reviewers,
    denied: { vi: 'Chỉ cán bộ thẩm định hoặc quản trị viên được xóa đối tượng đã phê duyệt.', en: 'Only reviewers or administrators may delete an approved object.' },
  },
  /** See validation runs (others see their own agency's, or their own). */
  'dictionary.run.read': {
    scope: (p) => (p.role === 'admin' || p.role === 'reviewer' ? 'all' : 'own_agency'),
    denied: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You do not have the right to do this.' },
  },
});
