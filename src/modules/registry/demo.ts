import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../core/db.js';
import { recordAudit, systemActor } from '../../core/audit.js';
import { foldForSearch } from '../../core/text.js';
import * as framework from '../framework/api.js';
import * as dictionary from '../dictionary/api.js';
import { registrationRequests, systemRelations, systems, systemVersions } from './schema.js';
import { evaluateAll } from './service.js';
import type { Audience, AuthMethod, Hosting, Ipv6State, Lifecycle, SystemInput, SystemKind } from './model.js';

/** A small seeded generator, so the same count gives the same province every time. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const chance = (p: number) => next() < p;
  return { next, pick, chance };
}

const departmentSystems = [
  ['Hệ thống quản lý hồ sơ', 'Records management system'],
  ['Cơ sở dữ liệu chuyên ngành', 'Sector database'],
  ['Phần mềm quản lý chuyên ngành', 'Sector management software'],
  ['Cổng thông tin điện tử', 'Web portal'],
  ['Hệ thống báo cáo thống kê', 'Statistical reporting system'],
  ['Hệ thống quản lý cấp phép', 'Licensing system'],
  ['Hệ thống quản lý tài sản', 'Asset management system'],
  ['Ứng dụng di động phục vụ người dân', 'Mobile app for citizens'],
  ['API tra cứu dữ liệu', 'Data lookup API'],
  ['Hệ thống giám sát', 'Monitoring system'],
] as const;

const kindsByTemplate: SystemKind[] = ['information_system', 'database', 'information_system', 'information_system', 'information_system', 'information_system', 'information_system', 'information_system', 'api', 'platform'];
const layerComponents: Record<string, string[]> = {
  I: ['I.2(1)', 'I.2(5)', 'I.2(6)'],
  II: ['II.2(3)', 'II.2(5)', 'II.2(2)'],
  III: ['III.2(1)', 'III.2(7)', 'III.2(10)', 'III.2(11)', 'III.2(12)', 'III.2(15)'],
  IV: ['IV.2(1)', 'IV.2(2)'],
};
const nationalComponents = ['III.1(1)', 'III.1(2)', 'II.1(3)', 'III.1(6)'];
const lifecyclePool: Lifecycle[] = ['in_use', 'in_use', 'in_use', 'in_use', 'building', 'planned', 'phasing_out', 'retired'];
const hostingPool: Hosting[] = ['provincial_dc_hung_yen', 'provincial_dc_hung_yen', 'provincial_dc_thai_binh', 'national_dc', 'commercial_cloud', 'vendor', 'unknown'];
const ipv6Pool: Ipv6State[] = ['ready', 'ready', 'partial', 'not_ready', 'unknown'];
const suppliers = ['VNPT', 'Viettel', 'FPT IS', 'CMC', 'MISA', 'Công ty địa phương'];

/**
 * Fills the registry with a realistic province for demos and benchmarks: systems of every department
 * and commune, relations between them and a mix of compliance findings. Off unless asked for.
 */
export async function generateDemoSystems(db: Db, count: number, seed = 2352): Promise<{ systems: number; relations: number }> {
  const rng = random(seed + count);
  const agencies = (await framework.listAgencies(db, { limit: 100_000, offset: 0 })).items.filter((a) => ['department', 'commune', 'people-committee-office', 'police', 'inspectorate'].includes(a.kind));
  const components = new Set((await framework.listComponents(db, {})).map((c) => c.code));
  const departments = agencies.filter((a) => a.kind === 'department');
  const [existing] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from registry_systems where code like 'DEMO-%'`);
  const offset = existing?.n ?? 0;

  // Some data objects are mapped to the dictionary (when its seed is there), so conformance varies.
  const approvedElements = await dictionary.approvedElementCodes(db);
  const citizenElements = ['so_dinh_danh_ca_nhan', 'ho_va_ten', 'ngay_sinh', 'ma_xa'].filter((c) => approvedElements.has(c));
  const rows: (typeof systems.$inferInsert & { id: string })[] = [];
  for (let i = 0; i < count; i++) {
    // Departments run more systems than communes do.
    const agency = rng.chance(0.35) && departments.length ? rng.pick(departments) : rng.pick(agencies);
    const template = Math.floor(rng.next() * departmentSystems.length);
    const [nameVi, nameEn] = departmentSystems[template] ?? departmentSystems[0];
    const kind = kindsByTemplate[template] ?? 'information_system';
    const layer = kind === 'platform' ? rng.pick(['I', 'II'] as const) : kind === 'database' ? 'II' : template === 3 || template === 7 ? 'IV' : 'III';
    const lifecycle = rng.pick(lifecyclePool);
    const citizenFacing = template === 3 || template === 7 || rng.chance(0.1);
    const audiences: Audience[] = citizenFacing ? ['citizens', 'businesses'] : rng.chance(0.5) ? ['internal', 'agencies'] : ['internal'];
    const componentCodes = [rng.pick(layerComponents[layer] ?? [])].filter((c) => components.has(c));
    const implementsNational = rng.chance(0.04) ? [rng.pick(nationalComponents)].filter((c) => components.has(c)) : [];
    const approved = rng.chance(0.7);
    const auth: AuthMethod[] = citizenFacing ? (rng.chance(0.6) ? ['vneid'] : ['own']) : [rng.pick(['provincial_sso', 'own'] as const)];
    const number = offset + i + 1;
    const code = `DEMO-${String(number).padStart(5, '0')}`;
    const input: SystemInput = {
      code,
      kind,
      name: { vi: `${nameVi} — ${agency.shortName ?? agency.name.vi}`, en: `${nameEn} — ${agency.name.en}` },
      ownerAgencyId: agency.id,
      contacts: [{ name: `Cán bộ đầu mối ${number}`, role: 'Quản trị hệ thống', email: `daumoi${number}@hungyen.gov.vn` }],
      purpose: `${nameVi} phục vụ công tác quản lý của ${agency.name.vi}.`,
      audiences,
      lifecycle,
      layer,
      components: [...componentCodes.map((c) => ({ code: c, link: 'implements' as const })), ...implementsNational.map((c) => ({ code: c, link: 'implements' as const })), { code: 'II.2(1)', link: 'uses' as const }].filter(
        (c, idx, all) => all.findIndex((o) => o.code === c.code && o.link === c.link) === idx,
      ),
      securityLevel: rng.chance(0.8) ? { level: 1 + Math.floor(rng.next() * 4), ...(rng.chance(0.75) ? { approvalNumber: `${100 + (number % 900)}/QĐ-UBND`, approvalDate: '2025-09-15' } : {}) } : null,
      hosting: rng.pick(hostingPool),
      ipv6: rng.pick(ipv6Pool),
      authentication: auth,
      uiLanguages: citizenFacing && rng.chance(0.5) ? ['vi', 'en'] : ['vi'],
      accessibility: citizenFacing && rng.chance(0.5) ? 'wcag_aa' : rng.pick(['partial', 'none', 'unknown'] as const),
      secureSessions: rng.chance(0.8),
      accessLogging: rng.chance(0.8),
      departmentSoftware: agency.kind === 'department' && template === 2,
      dataObjects:
        kind === 'database' || rng.chance(0.5)
          ? [
              { name: 'Hồ sơ công dân', personal: true, sensitive: rng.chance(0.2), ...(citizenElements.length && rng.chance(0.4) ? { elements: citizenElements } : {}) },
              { name: 'Danh mục dùng chung', personal: false, sensitive: false },
            ]
          : [],
      interfaces: rng.chance(0.5)
        ? [{ name: 'Kết nối chia sẻ dữ liệu', direction: 'consumes', channel: rng.chance(0.8) ? 'lgsp' : 'direct', counterpartAgencyId: rng.pick(agencies).id }]
        : kind === 'api'
          ? [{ name: 'API tra cứu', direction: 'provides', channel: 'lgsp', published: rng.chance(0.6) }]
          : [],
      documents: agency.kind === 'department' && template === 2 && rng.chance(0.5) ? [{ kind: 'ministry_agreement', title: 'Văn bản thống nhất của Bộ', number: `${number}/BKHCN-CĐS`, date: '2025-05-20' }] : [],
      supplier: rng.pick(suppliers),
      yearStarted: 2012 + Math.floor(rng.next() * 14),
    };
    rows.push({
      id: crypto.randomUUID(),
      code,
      kind,
      nameVi: input.name.vi,
      ownerAgencyId: input.ownerAgencyId,
      layer,
      lifecycle,
      status: approved ? 'approved' : rng.pick(['draft', 'pending', 'returned'] as const),
      verified: true,
      componentCodes: [...new Set(input.components.map((c) => c.code))],
      data: input,
      version: 1,
      approvedVersion: approved ? 1 : null,
      searchText: foldForSearch([code, input.name.vi, input.name.en, input.purpose, input.supplier ?? '', input.ownerAgencyId].join(' ')),
    });
  }

  // Every status has the request that led to it, as the workflow would leave it: "pending review" without a request
  // to decide would be a state nobody can act on.
  const submittedAt = new Date('2025-10-01T02:00:00Z');
  const requests: (typeof registrationRequests.$inferInsert)[] = rows
    .filter((r) => r.status !== 'draft')
    .map((r) => ({
      systemId: r.id,
      type: 'establish',
      status: r.status === 'pending' ? 'pending' : r.status === 'returned' ? 'returned' : 'approved',
      version: 1,
      submittedByLabel: 'demo',
      submittedAt,
      ...(r.status === 'pending'
        ? {}
        : { decidedByLabel: 'demo', decidedAt: new Date('2025-10-15T02:00:00Z'), decisionComment: r.status === 'returned' ? 'Đề nghị bổ sung văn bản phê duyệt cấp độ an toàn.' : null }),
    }));

  const relations: (typeof systemRelations.$inferInsert)[] = [];
  for (let i = 1; i < rows.length; i++) {
    const self = rows[i];
    if (!self) continue;
    const other = rows[Math.floor(rng.next() * i)];
    if (!other) continue;
    if (rng.chance(0.5)) relations.push({ fromId: self.id, toId: other.id, type: 'uses' });
    // part_of only points to an earlier system, so it can never form a cycle.
    if (rng.chance(0.08)) relations.push({ fromId: self.id, toId: other.id, type: 'part_of' });
    if (rng.chance(0.03)) relations.push({ fromId: self.id, toId: other.id, type: 'replaces' });
  }

  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 500) {
      const batch = rows.slice(i, i + 500);
      await tx.insert(systems).values(batch);
      await tx.insert(systemVersions).values(batch.map((r) => ({ systemId: r.id, version: 1, data: r.data, lifecycle: r.lifecycle, changeNote: 'Dữ liệu minh họa', authorId: null, authorLabel: 'demo' })));
    }
    for (let i = 0; i < requests.length; i += 1000) await tx.insert(registrationRequests).values(requests.slice(i, i + 1000));
    for (let i = 0; i < relations.length; i += 1000) await tx.insert(systemRelations).values(relations.slice(i, i + 1000)).onConflictDoNothing();
    await recordAudit(tx, systemActor, { action: 'generate_demo', entity: 'registry', entityId: 'demo', after: { systems: rows.length, relations: relations.length, requests: requests.length, seed } });
  });
  await evaluateAll(db);
  return { systems: rows.length, relations: relations.length };
}
