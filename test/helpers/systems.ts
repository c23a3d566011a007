import type { SystemInput } from '../../src/modules/registry/model.js';

/** A complete, compliant system of a department; override what a test is about. */
export function sampleSystem(overrides: Partial<SystemInput> = {}): SystemInput {
  return {
    code: 'HY-QLVB',
    kind: 'information_system',
    name: { vi: 'Hệ thống quản lý văn bản và điều hành', en: 'Document management and workflow system' },
    ownerAgencyId: 'so-khcn',
    contacts: [{ name: 'Nguyễn Văn Bình', role: 'Quản trị hệ thống', email: 'binh@hungyen.gov.vn' }],
    purpose: 'Xử lý văn bản điện tử và điều hành công việc của các cơ quan nhà nước.',
    audiences: ['internal', 'agencies'],
    lifecycle: 'in_use',
    layer: 'III',
    components: [{ code: 'III.2(10)', link: 'implements' }],
    securityLevel: { level: 3, approvalNumber: '123/QĐ-UBND', approvalDate: '2025-06-01' },
    hosting: 'provincial_dc_hung_yen',
    ipv6: 'ready',
    authentication: ['provincial_sso'],
    uiLanguages: ['vi'],
    accessibility: 'partial',
    secureSessions: true,
    accessLogging: true,
    departmentSoftware: false,
    dataObjects: [{ name: 'Văn bản đến', personal: false, sensitive: false }],
    interfaces: [],
    documents: [],
    ...overrides,
  };
}
