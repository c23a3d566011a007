/**
 * Builders for the data tests need: complete, valid records to override with what a test is about, and the
 * accounts a test logs in with.
 */
import assert from 'node:assert/strict';
import type { Role } from '../../src/core/schema.js';
import type { SystemInput, SystemRecord } from '../../src/modules/registry/model.js';
import { TestClient, type TestApp } from './app.js';

// ------------------------------------------------------------------------------------------------- registry

/** A complete, compliant system of a department, as an officer registers it; override what a test is about. */
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

/**
 * A stored, approved system as the registry returns it, for functions that take records (exports, the ArchiMate
 * model): everything unknown or empty unless given.
 */
export function systemRecord(overrides: Partial<SystemRecord> & Pick<SystemRecord, 'id' | 'code' | 'name'>): SystemRecord {
  return {
    kind: 'information_system',
    ownerAgencyId: 'van-phong-ubnd',
    contacts: [],
    purpose: '',
    audiences: [],
    lifecycle: 'in_use',
    layer: 'III',
    components: [],
    securityLevel: null,
    hosting: 'unknown',
    ipv6: 'unknown',
    authentication: [],
    uiLanguages: [],
    accessibility: 'unknown',
    secureSessions: false,
    accessLogging: false,
    departmentSoftware: false,
    dataObjects: [],
    interfaces: [],
    documents: [],
    status: 'approved',
    verified: true,
    version: 2,
    createdAt: '2026-01-05T02:00:00.000Z',
    updatedAt: '2026-09-30T08:15:00.000Z',
    ...overrides,
  };
}

/** Registers a system as the officer and has the reviewer approve its establishment; returns its id. */
export async function registerApproved(officer: TestClient, reviewer: TestClient, system: SystemInput): Promise<string> {
  const created = await officer.post('/api/v1/registry/systems', system);
  assert.equal(created.status, 201, created.body);
  const id = created.json<{ id: string }>().id;
  const request = await officer.post(`/api/v1/registry/systems/${id}/requests`, { type: 'establish' });
  assert.equal(request.status, 201, request.body);
  const decided = await reviewer.post(`/api/v1/registry/requests/${request.json<{ id: string }>().id}/decision`, { decision: 'approve', comment: 'Đồng ý' });
  assert.equal(decided.status, 200, decided.body);
  return id;
}

// ----------------------------------------------------------------------------------------------- dictionary

/** A complete data element of the Department of Science and Technology, as an officer creates it. */
export function sampleElement(overrides: Record<string, unknown> = {}) {
  return {
    code: 'ma_ho_so_tthc',
    name: { vi: 'Mã hồ sơ thủ tục hành chính', en: 'Administrative procedure file number' },
    definition: 'Mã số do Hệ thống thông tin giải quyết thủ tục hành chính cấp cho mỗi hồ sơ.',
    dataType: 'text',
    pattern: '[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.H[0-9]{2}-[0-9]{6}-[0-9]{4}',
    format: 'Mã cơ quan.H33-yyMMdd-nnnn',
    maxLength: 40,
    classification: 'internal',
    ownerAgencyId: 'so-khcn',
    steward: 'Phòng Chuyển đổi số, Sở KH&CN',
    synonyms: ['số hồ sơ', 'mã biên nhận'],
    examples: ['000.00.33.H33-261127-0001'],
    ...overrides,
  };
}

// ------------------------------------------------------------------------------------------------- accounts

/** A user with a known password (an officer belongs to an agency). */
export interface Account {
  email: string;
  name: string;
  password: string;
  role: Exclude<Role, 'admin'>;
  agencyId?: string;
}

/** Creates the accounts the way an administrator would (POST /api/v1/users); returns a client logged in as each. */
export async function createAccounts<T extends Account[]>(t: TestApp, accounts: [...T]): Promise<{ [K in keyof T]: TestClient }> {
  const admin = await t.as('admin');
  for (const a of accounts) {
    const created = await admin.post('/api/v1/users', { email: a.email, name: a.name, role: a.role, password: a.password, ...(a.agencyId ? { agencyId: a.agencyId } : {}) });
    assert.equal(created.status, 201, created.body);
  }
  const clients: TestClient[] = [];
  for (const a of accounts) clients.push(await new TestClient(t.app).login(a.email, a.password));
  return clients as { [K in keyof T]: TestClient };
}
