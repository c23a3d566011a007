import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp, type TestClient } from '../../helpers/app.js';
import { assertError, injectionStrings } from '../../helpers/assert.js';
import { sampleSystem } from '../../helpers/fixtures.js';
import { createSystem } from '../../../src/modules/registry/service.js';
import { AppError } from '../../../src/core/errors.js';

interface SystemRecord {
  id: string;
  code: string;
  status: string;
  lifecycle: string;
  version: number;
  approvedVersion: number | null;
  compliance: { errors: number; warnings: number; outcomes: Record<string, string> } | null;
  name: { vi: string };
}
interface Finding {
  ruleId: string;
  outcome: string;
  clause: string;
  message?: { vi: string; en: string };
  remedy: { vi: string };
}
const findingsOf = async (client: TestClient, id: string) =>
  new Map((await client.get(`/api/v1/registry/systems/${id}/compliance`)).json<{ findings: Finding[] }>().findings.map((f) => [f.ruleId, f]));

describe('IT application registry', () => {
  let t: TestApp;
  let officer: TestClient;
  let otherOfficer: TestClient;
  let reviewer: TestClient;
  before(async () => {
    t = await startTestApp();
    officer = await t.as('officer', 'so-khcn');
    otherOfficer = await t.as('officer', 'so-y-te');
    reviewer = await t.as('reviewer');
  });
  after(() => t.close());

  it('takes a system from draft through review to approval, keeping every version', async () => {
    const created = await officer.post('/api/v1/registry/systems', sampleSystem());
    assert.equal(created.status, 201, created.body);
    const system = created.json<SystemRecord>();
    assert.equal(system.status, 'draft');
    assert.equal(system.version, 1);
    assert.equal(system.approvedVersion, null);

    const submitted = await officer.post(`/api/v1/registry/systems/${system.id}/requests`, { type: 'establish', note: 'Đề nghị thẩm định' });
    assert.equal(submitted.status, 201, submitted.body);
    const requestId = submitted.json<{ id: string }>().id;
    assert.equal((await officer.get(`/api/v1/registry/systems/${system.id}`)).json<SystemRecord>().status, 'pending');
    assertError(await officer.patch(`/api/v1/registry/systems/${system.id}`, { purpose: 'đổi khi đang chờ' }), 409, 'REQUEST_PENDING');

    const queue = (await reviewer.get('/api/v1/registry/requests?status=pending')).json<{ items: { id: string; system: { code: string } }[] }>();
    assert.ok(queue.items.some((r) => r.id === requestId && r.system.code === 'HY-QLVB'));
    assertError(await officer.post(`/api/v1/registry/requests/${requestId}/decision`, { decision: 'approve' }), 403, 'FORBIDDEN');
    assertError(await reviewer.post(`/api/v1/registry/requests/${requestId}/decision`, { decision: 'return' }), 400, 'VALIDATION_FAILED');
    const returned = await reviewer.post(`/api/v1/registry/requests/${requestId}/decision`, { decision: 'return', comment: 'Bổ sung quyết định phê duyệt cấp độ' });
    assert.equal(returned.status, 200, returned.body);
    assert.equal(returned.json<{ system: SystemRecord }>().system.status, 'returned');
    assertError(await reviewer.post(`/api/v1/registry/requests/${requestId}/decision`, { decision: 'approve' }), 409, 'REQUEST_NOT_PENDING');

    const edited = await officer.patch(`/api/v1/registry/systems/${system.id}`, { purpose: 'Xử lý văn bản, hồ sơ công việc.', changeNote: 'Theo ý kiến thẩm định' });
    assert.equal(edited.json<SystemRecord>().version, 2);
    const again = (await officer.post(`/api/v1/registry/systems/${system.id}/requests`, { type: 'establish' })).json<{ id: string }>();
    const approved = await reviewer.post(`/api/v1/registry/requests/${again.id}/decision`, { decision: 'approve', comment: 'Đồng ý' });
    const after = approved.json<{ system: SystemRecord }>().system;
    assert.equal(after.status, 'approved');
    assert.equal(after.approvedVersion, 2);

    const versions = (await officer.get(`/api/v1/registry/systems/${system.id}/versions`)).json<{ items: { version: number; approved: boolean; changeNote: string | null }[] }>();
    assert.deepEqual(versions.items.map((v) => [v.version, v.approved]), [[2, true], [1, false]]);
    const diff = (await officer.get(`/api/v1/registry/systems/${system.id}/diff?from=1&to=2`)).json<{ changes: { field: string; before: unknown; after: unknown }[] }>();
    assert.deepEqual(diff.changes, [{ field: 'purpose', before: 'Xử lý văn bản điện tử và điều hành công việc của các cơ quan nhà nước.', after: 'Xử lý văn bản, hồ sơ công việc.' }]);
  });

  it('puts an approved planned system into use and retires it through requests', async () => {
    const system = (await officer.post('/api/v1/registry/systems', sampleSystem({ code: 'HY-KHO', lifecycle: 'building', components: [{ code: 'II.2(3)', link: 'implements' }], layer: 'II' }))).json<SystemRecord>();
    assertError(await officer.post(`/api/v1/registry/systems/${system.id}/requests`, { type: 'put_into_use' }), 409, 'REQUEST_NOT_ALLOWED');
    const establish = (await officer.post(`/api/v1/registry/systems/${system.id}/requests`, { type: 'establish' })).json<{ id: string }>();
    await reviewer.post(`/api/v1/registry/requests/${establish.id}/decision`, { decision: 'approve' });
    const use = (await officer.post(`/api/v1/registry/systems/${system.id}/requests`, { type: 'put_into_use' })).json<{ id: string }>();
    const inUse = (await reviewer.post(`/api/v1/registry/requests/${use.id}/decision`, { decision: 'approve' })).json<{ system: SystemRecord }>().system;
    assert.equal(inUse.lifecycle, 'in_use');
    assert.equal(inUse.approvedVersion, inUse.version);
    const retire = (await officer.post(`/api/v1/registry/systems/${system.id}/requests`, { type: 'retire', note: 'Thay bằng hệ thống mới' })).json<{ id: string }>();
    const rejected = (await reviewer.post(`/api/v1/registry/requests/${retire.id}/decision`, { decision: 'reject', comment: 'Chưa có hệ thống thay thế' })).json<{ system: SystemRecord }>().system;
    assert.equal(rejected.status, 'rejected');
    assert.equal(rejected.lifecycle, 'in_use');
  });

  it('lets officers change only their own agency\u2019s records', async () => {
    assertError(await otherOfficer.post('/api/v1/registry/systems', sampleSystem({ code: 'HY-KHAC' })), 403, 'FORBIDDEN');
    const mine = (await officer.post('/api/v1/registry/systems', sampleSystem({ code: 'HY-CUA-TOI' }))).json<SystemRecord>();
    assertError(await otherOfficer.patch(`/api/v1/registry/systems/${mine.id}`, { purpose: 'x' }), 403, 'FORBIDDEN');
    assertError(await otherOfficer.post(`/api/v1/registry/systems/${mine.id}/requests`, { type: 'establish' }), 403, 'FORBIDDEN');
    assertError(await officer.patch(`/api/v1/registry/systems/${mine.id}`, { ownerAgencyId: 'so-y-te' }), 403, 'FORBIDDEN');
    assertError(await t.anonymous.get('/api/v1/registry/systems'), 401, 'UNAUTHENTICATED');
    assert.equal((await otherOfficer.get(`/api/v1/registry/systems/${mine.id}`)).status, 200, 'reading is open to every logged-in user');
    const theirRequests = (await otherOfficer.get('/api/v1/registry/requests')).json<{ items: { system: { ownerAgencyId: string } }[] }>();
    assert.ok(theirRequests.items.every((r) => r.system.ownerAgencyId === 'so-y-te'));
    assertError(await (await t.as('viewer')).get('/api/v1/registry/requests'), 403, 'FORBIDDEN');
  });

  it('explains each compliance finding with its clause and what to do', async () => {
    const system = (
      await officer.post(
        '/api/v1/registry/systems',
        sampleSystem({
          code: 'HY-DVC-RIENG',
          audiences: ['citizens'],
          components: [{ code: 'III.1(1)', link: 'implements' }],
          securityLevel: { level: 2 },
          hosting: 'commercial_cloud',
          ipv6: 'not_ready',
          departmentSoftware: true,
          interfaces: [
            { name: 'Đồng bộ hồ sơ sang Sở Y tế', direction: 'consumes', channel: 'direct', counterpartAgencyId: 'so-y-te' },
            { name: 'API tra cứu hồ sơ', direction: 'provides', channel: 'lgsp', published: false },
          ],
        }),
      )
    ).json<SystemRecord>();
    const findings = await findingsOf(officer, system.id);
    const failed = [...findings.values()].filter((f) => f.outcome === 'fail').map((f) => f.ruleId).sort();
    assert.deepEqual(failed, ['API_PUBLISHED', 'CITIZEN_CHANNEL', 'DICTIONARY_MAPPED', 'IPV6', 'LGSP_EXCHANGE', 'MINISTRY_AGREEMENT', 'NO_DUPLICATE_NATIONAL', 'PROVINCIAL_DC', 'SECURITY_LEVEL']);
    assert.equal(findings.get('LGSP_EXCHANGE')?.clause, 'II.2(1)');
    assert.match(findings.get('LGSP_EXCHANGE')?.message?.vi ?? '', /Đồng bộ hồ sơ sang Sở Y tế/);
    assert.equal(findings.get('CITIZEN_CHANNEL')?.message?.en, 'Missing: multilingual interface, accessibility (WCAG 2.1 AA).');
    assert.equal(findings.get('DICTIONARY_MAPPED')?.message?.vi, 'Mới ánh xạ 0/1 đối tượng dữ liệu.');
    assert.ok(findings.get('SECURITY_LEVEL')?.remedy.vi.includes('85/2016'));
    const stored = (await officer.get(`/api/v1/registry/systems/${system.id}`)).json<SystemRecord>();
    assert.equal(stored.compliance?.errors, 6);
    assert.equal(stored.compliance?.warnings, 3);

    const fixed = await officer.patch(`/api/v1/registry/systems/${system.id}`, {
      audiences: ['internal'],
      components: [{ code: 'III.1(1)', link: 'uses' }],
      securityLevel: { level: 2, approvalNumber: '45/QĐ-SKHCN', approvalDate: '2026-01-10' },
      hosting: 'provincial_dc_hung_yen',
      ipv6: 'ready',
      departmentSoftware: false,
      interfaces: [{ name: 'Đồng bộ hồ sơ sang Sở Y tế', direction: 'consumes', channel: 'lgsp', counterpartAgencyId: 'so-y-te' }],
      dataObjects: [{ name: 'Văn bản đến', personal: false, sensitive: false, elements: ['ngay_cap_nhat'] }],
    });
    assert.equal(fixed.json<SystemRecord>().compliance?.errors, 0);
    assert.equal(fixed.json<SystemRecord>().compliance?.warnings, 0);
  });

  it('flags a second provincial data platform as a possible duplicate, unless related', async () => {
    const first = (await officer.post('/api/v1/registry/systems', sampleSystem({ code: 'HY-LGSP', kind: 'platform', layer: 'II', components: [{ code: 'II.2(1)', link: 'implements' }] }))).json<SystemRecord>();
    const second = (await officer.post('/api/v1/registry/systems', sampleSystem({ code: 'TB-LGSP', kind: 'platform', layer: 'II', components: [{ code: 'II.2(1)', link: 'implements' }] }))).json<SystemRecord>();
    assert.equal((await findingsOf(officer, second.id)).get('NO_DUPLICATE_REGISTERED')?.outcome, 'fail');
    assert.equal((await officer.get(`/api/v1/registry/systems/${first.id}`)).json<SystemRecord>().compliance?.outcomes.NO_DUPLICATE_REGISTERED, 'fail', 'the first is re-evaluated too');
    const relation = await officer.post(`/api/v1/registry/systems/${second.id}/relations`, { toId: 'HY-LGSP', type: 'replaces' });
    assert.equal(relation.status, 201, relation.body);
    assert.equal((await findingsOf(officer, second.id)).get('NO_DUPLICATE_REGISTERED')?.outcome, 'pass');
    assert.equal((await officer.get(`/api/v1/registry/systems/${first.id}`)).json<SystemRecord>().compliance?.outcomes.NO_DUPLICATE_REGISTERED, 'pass');
  });

  it('keeps relations consistent: no self relation, no part-of cycle, no dangling target', async () => {
    const a = (await officer.post('/api/v1/registry/systems', sampleSystem({ code: 'REL-A' }))).json<SystemRecord>();
    const b = (await officer.post('/api/v1/registry/systems', sampleSystem({ code: 'REL-B' }))).json<SystemRecord>();
    const c = (await officer.post('/api/v1/registry/systems', sampleSystem({ code: 'REL-C' }))).json<SystemRecord>();
    assert.equal((await officer.post(`/api/v1/registry/systems/${a.id}/relations`, { toId: b.id, type: 'part_of' })).status, 201);
    assert.equal((await officer.post(`/api/v1/registry/systems/${b.id}/relations`, { toId: c.id, type: 'part_of' })).status, 201);
    assertError(await officer.post(`/api/v1/registry/systems/${c.id}/relations`, { toId: a.id, type: 'part_of' }), 400, 'RELATION_CYCLE');
    assertError(await officer.post(`/api/v1/registry/systems/${a.id}/relations`, { toId: a.id, type: 'uses' }), 400, 'VALIDATION_FAILED');
    assertError(await officer.post(`/api/v1/registry/systems/${a.id}/relations`, { toId: '00000000-0000-4000-8000-000000000000', type: 'uses' }), 400, 'UNKNOWN_SYSTEM');
    assertError(await officer.post(`/api/v1/registry/systems/${a.id}/relations`, { toId: b.id, type: 'part_of' }), 409, 'CONFLICT');
    assertError(await otherOfficer.post(`/api/v1/registry/systems/${a.id}/relations`, { toId: c.id, type: 'uses' }), 403, 'FORBIDDEN');
    assert.equal((await officer.post(`/api/v1/registry/systems/${c.id}/relations`, { toId: a.id, type: 'uses' })).status, 201, 'uses may go back');

    const graph = (await officer.get(`/api/v1/registry/systems/${a.id}/graph?depth=2`)).json<{ nodes: { code: string }[]; edges: { type: string }[] }>();
    assert.deepEqual(graph.nodes.map((n) => n.code).sort(), ['REL-A', 'REL-B', 'REL-C']);
    assert.equal(graph.edges.length, 3);
    const relations = (await officer.get(`/api/v1/registry/systems/${b.id}/relations`)).json<{ items: { id: string; type: string; from: { code: string } }[] }>();
    assert.equal(relations.items.length, 2);
    const outgoing = relations.items.find((r) => r.from.code === 'REL-B');
    assert.equal((await officer.delete(`/api/v1/registry/systems/${b.id}/relations/${outgoing?.id}`)).status, 204);
    assert.equal((await officer.post(`/api/v1/registry/systems/${c.id}/relations`, { toId: a.id, type: 'part_of' })).status, 201, 'no cycle once the link is gone');
  });

  it('searches without diacritics and filters by layer, component, agency, lifecycle and compliance', async () => {
    const get = async (q: string) => (await officer.get(`/api/v1/registry/systems?limit=500&${q}`)).json<{ items: SystemRecord[]; total: number }>();
    assert.ok((await get('q=quan%20ly%20van%20ban')).items.some((s) => s.code === 'HY-QLVB'));
    assert.ok((await get('layer=II')).items.every((s) => ['HY-KHO', 'HY-LGSP', 'TB-LGSP'].includes(s.code)));
    assert.deepEqual((await get('component=II.2(1)')).items.map((s) => s.code).sort(), ['HY-LGSP', 'TB-LGSP']);
    assert.equal((await get('agency=so-y-te')).total, 0);
    assert.ok((await get('compliance=failing')).items.every((s) => (s.compliance?.errors ?? 0) > 0));
    assert.ok((await get('rule=IPV6')).items.every((s) => s.compliance?.outcomes.IPV6 === 'fail'));
    assert.equal((await get(`q=${encodeURIComponent("' or 1=1 --")}`)).total, 0);
    assertError(await officer.get('/api/v1/registry/systems?lifecycle=dead'), 400, 'VALIDATION_FAILED');
  });

  it('summarises the province\u2019s compliance per rule and per agency', async () => {
    const summary = (await reviewer.get('/api/v1/registry/compliance')).json<{ totals: { systems: number; failing: number }; byRule: { ruleId: string; fail: number }[]; byAgency: { agencyId: string; systems: number }[] }>();
    assert.ok(summary.totals.systems >= 8);
    assert.ok(summary.byRule.find((r) => r.ruleId === 'SECURITY_LEVEL'));
    assert.equal(summary.byAgency.find((a) => a.agencyId === 'so-khcn')?.systems, summary.totals.systems);
    const evaluated = await reviewer.post('/api/v1/registry/compliance/evaluate');
    assert.equal(evaluated.json<{ systems: number }>().systems, summary.totals.systems);
    assertError(await officer.post('/api/v1/registry/compliance/evaluate'), 403, 'FORBIDDEN');
    const landscape = (await officer.get('/api/v1/registry/agencies/so-khcn')).json<{ agency: { id: string }; systems: SystemRecord[] }>();
    assert.equal(landscape.systems.length, summary.totals.systems);
    assertError(await officer.get('/api/v1/registry/agencies/khong-co'), 404, 'NOT_FOUND');
  });

  it('refuses bad records and changes nothing', async () => {
    const count = async () => (await officer.get('/api/v1/registry/systems?limit=1')).json<{ total: number }>().total;
    const before = await count();
    const bad: [unknown, number, string][] = [
      [sampleSystem({ code: 'BAD-1', ownerAgencyId: 'so-khong-co' }), 403, 'FORBIDDEN'],
      [{ ...sampleSystem({ code: 'BAD-2' }), components: [{ code: 'IX.9(9)', link: 'implements' }] }, 400, 'UNKNOWN_COMPONENT'],
      [{ ...sampleSystem({ code: 'BAD-3' }), securityLevel: { level: 7 } }, 400, 'VALIDATION_FAILED'],
      [{ ...sampleSystem({ code: 'BAD-4' }), lifecycle: 'dead' }, 400, 'VALIDATION_FAILED'],
      [{ ...sampleSystem({ code: 'BAD-5' }), layer: 'V' }, 400, 'VALIDATION_FAILED'],
      [{ ...sampleSystem({ code: 'BAD 6' }) }, 400, 'VALIDATION_FAILED'],
      [{ ...sampleSystem({ code: 'BAD-7' }), extra: true }, 400, 'VALIDATION_FAILED'],
      [{ ...sampleSystem({ code: 'BAD-8' }), secureSessions: 'yes' }, 400, 'VALIDATION_FAILED'],
      [{ ...sampleSystem({ code: 'BAD-9' }), interfaces: [{ name: 'x', direction: 'provides', channel: 'lgsp', counterpartSystemId: '00000000-0000-4000-8000-000000000000' }] }, 400, 'UNKNOWN_SYSTEM'],
      [{ ...sampleSystem({ code: 'BAD-10' }), documents: [{ kind: 'legal_basis', title: 'QĐ', date: '2026-13-01' }] }, 400, 'VALIDATION_FAILED'],
      [sampleSystem({ code: 'import' }), 400, 'VALIDATION_FAILED'],
      [sampleSystem(), 409, 'CODE_TAKEN'],
    ];
    for (const [body, status, code] of bad) assertError(await officer.post('/api/v1/registry/systems', body), status, code);
    const admin = await t.as('admin');
    assertError(await admin.post('/api/v1/registry/systems', sampleSystem({ code: 'BAD-11', ownerAgencyId: 'so-khong-co' })), 400, 'UNKNOWN_AGENCY');
    assertError(await admin.post('/api/v1/registry/systems', { ...sampleSystem({ code: 'BAD-12' }), interfaces: [{ name: 'x', direction: 'consumes', channel: 'lgsp', counterpartAgencyId: 'bo-khong-co' }] }), 400, 'UNKNOWN_AGENCY');
    // Records that do not come through the API (files, seed) meet the same schema.
    const admin2 = await t.as('admin');
    const adminPrincipal = { userId: '00000000-0000-4000-8000-000000000000', email: 'a@x.vn', name: 'A', role: 'admin' as const, agencyId: null, via: 'session' as const };
    await assert.rejects(
      createSystem(t.database.db, adminPrincipal, { id: null, label: 'test' }, sampleSystem({ code: 'BAD-LONG', name: { vi: 'x'.repeat(301), en: '' } })),
      (err: unknown) => err instanceof AppError && err.code === 'VALIDATION_FAILED' && JSON.stringify(err.details).includes('name.vi'),
    );
    assert.equal((await admin2.get('/api/v1/registry/systems/BAD-LONG')).status, 404);
    assert.equal(await count(), before);
    assertError(await officer.get('/api/v1/registry/systems/00000000-0000-4000-8000-000000000000'), 404, 'NOT_FOUND');
    assertError(await officer.get('/api/v1/registry/systems/KHONG-CO'), 404, 'NOT_FOUND');
    assertError(await reviewer.post('/api/v1/registry/requests/not-an-id/decision', { decision: 'approve' }), 404, 'NOT_FOUND');
    for (const text of injectionStrings.filter((s) => !s.includes('\u0000'))) {
      const res = await officer.patch('/api/v1/registry/systems/HY-CUA-TOI', { purpose: text });
      assert.equal(res.status, 200, res.body);
    }
  });
});
