import { definePolicy } from '../../core/access.js';

/** Who may do what in the framework module: checked here only, on the server; published to the web app by /api/v1/auth/me. */
export const frameworkPolicy = definePolicy({
  /**
   * Report progress on roadmap tasks. An officer's "own agency" here means the tasks their agency leads, alone or
   * through its group (departments, communes): the service checks that against the task.
   */
  'roadmap.progress.report': {
    scope: (p) => (p.role === 'admin' || p.role === 'reviewer' ? 'all' : p.role === 'officer' && p.agencyId ? 'own_agency' : 'none'),
    denied: { vi: 'Chỉ đơn vị chủ trì, cán bộ thẩm định hoặc quản trị viên được cập nhật tiến độ nhiệm vụ này.', en: 'Only the lead unit, a reviewer or an administrator may report progress on this task.' },
  },
});
