// Approving a system that fails rules of severity error needs a written exception (waiver) per rule: its reason,
// owner (the reviewer) and expiry date; it is shown on the system, counted apart, audited, and re-raised on expiry.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp, type TestClient } from '../../helpers/app.js';
import { assertError } from '../../helpers/assert.js';
import { sampleSystem } from '../../helpers/fixtures.js';
import { queryRows } from '../../../src/core/db.js';

interface Finding {
  ruleId: string;
  severity: string;
  outcome: string;
  waiver?: { ruleId: string; reason: string; active: boolean };
}
interface Compliance {
  result: string;
  errors: number;
  warnings: number;
  waived: number;
  findings: Finding[];
  waivers: { ruleId: string; reason: string; ownerLabel: string; expiresOn: string; active: boolean }[];
}
interface RuleCounts {
  ruleId: string;
  fail: number;
  waived: number;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const base = '/api/v1/registry';

describe('registry: exceptions to compliance rules', () => {
  let t: TestApp;
  let officer: TestClient;
  let reviewer: TestClient;
  let id: string;
  let requestId: string;
  let failingErrors: string[];

  before(async () => {
    t = await startTestApp();
    officer = await t.as('officer', 'so-khcn');
    reviewer = await t.as('reviewer');
    // A point-to-point link with another agency's system fails LGSP_EXCHANGE (II.2(1)), a rule of severity error.
    const system = sampleSystem({
      code: 'WAIVE-1',
      interfaces: [{ name: 'Kết nối trực tiếp với Sở Y tế', direction: 'consumes', channel: 'direct', counterpartAgencyId: 'so-y-te' }],
    });
    const created = await officer.post(`${base}/systems`, system);
    assert.equal(created.status, 201, created.body);
    id = created.json<{ id: string }>().id;
    const submitted = await officer.post(`${base}/systems/${id}/requests`, { type: 'establish' });
    requestId = submitted.json<{ id: string }>().id;
    const compliance = (await reviewer.get(`${base}/systems/${id}/compliance`)).json<Compliance>();
    failingErrors = compliance.findings.filter((f) => f.outcome === 'fail' && f.severity === 'error').map((f) => f.ruleId);
    assert.ok(failingErrors.includes('LGSP_EXCHANGE'), failingErrors.join(', '));
  });
  after(() => t.close());

  const decide = (body: unknown) => reviewer.post(`${base}/requests/${requestId}/decision`, body);
  const waiversFor = (rules: string[], expiresOn = inDays(90)) => rules.map((ruleId) => ({ ruleId, reason: `Chờ LGSP kết nối Sở Y tế (quý I/2027) — ${ruleId}`, expiresOn }));
  const waiverAudits = () => queryRows<{ action: string }>(t.database.db, sql`select action from audit_log where entity = 'compliance_waiver' order by seq`);

  it('refuses to approve without an exception for each failing rule of severity error, and changes nothing', async () => {
    const refused = assertError(await decide({ decision: 'approve', comment: 'Đồng ý' }), 400, 'WAIVER_REQUIRED');
    assert.deepEqual(
      (refused.details as { ruleId: string }[]).map((d) => d.ruleId).sort(),
      [...failingErrors].sort(),
    );
    if (failingErrors.length > 1) assertError(await decide({ decision: 'approve', waivers: waiversFor(['LGSP_EXCHANGE']) }), 400, 'WAIVER_REQUIRED');
    assertError(await decide({ decision: 'approve', waivers: [...waiversFor(failingErrors), ...waiversFor(['IPV6'])] }), 400, 'WAIVER_NOT_NEEDED');
    assertError(await decide({ decision: 'approve', waivers: waiversFor(failingErrors, inDays(-1)) }), 400, 'VALIDATION_FAILED');
    assertError(await decide({ decision: 'approve', waivers: waiversFor(failingErrors).map((w) => ({ ...w, reason: '   ' })) }), 400, 'VALIDATION_FAILED');
    assertError(await decide({ decision: 'return', comment: 'Bổ sung', waivers: waiversFor(failingErrors) }), 400, 'VALIDATION_FAILED');
    const system = (await officer.get(`${base}/systems/${id}`)).json<{ status: string; approvedVersion: number | null; waivers: unknown[] }>();
    assert.equal(system.status, 'pending');
    assert.equal(system.approvedVersion, null);
    assert.deepEqual(system.waivers, []);
    assert.deepEqual(await waiverAudits(), []);
  });

  it('approves with a written exception per rule: shown on the system, counted apart, audited', async () => {
    const approved = await decide({ decision: 'approve', comment: 'Đồng ý có điều kiện', waivers: waiversFor(failingErrors) });
    assert.equal(approved.status, 200, approved.body);
    const system = (await officer.get(`${base}/systems/${id}`)).json<{ status: string; compliance: { errors: number; waived: number; result: string }; waivers: Compliance['waivers'] }>();
    assert.equal(system.status, 'approved');
    assert.equal(system.compliance.errors, 0);
    assert.equal(system.compliance.waived, failingErrors.length);
    assert.notEqual(system.compliance.result, 'failing');
    assert.deepEqual(system.waivers.map((w) => w.ruleId).sort(), [...failingErrors].sort());
    const lgsp = system.waivers.find((w) => w.ruleId === 'LGSP_EXCHANGE')!;
    assert.equal(lgsp.active, true);
    assert.equal(lgsp.expiresOn, inDays(90));
    assert.match(lgsp.ownerLabel, /reviewer/);
    assert.match(lgsp.reason, /Chờ LGSP/);

    const compliance = (await officer.get(`${base}/systems/${id}/compliance`)).json<Compliance>();
    const finding = compliance.findings.find((f) => f.ruleId === 'LGSP_EXCHANGE')!;
    assert.equal(finding.outcome, 'waived');
    assert.equal(finding.waiver?.active, true);
    assert.equal(compliance.errors, 0);
    assert.equal(compliance.waived, failingErrors.length);

    const summary = (await officer.get(`${base}/compliance`)).json<{ totals: { waived: number; failing: number }; byRule: RuleCounts[] }>();
    assert.equal(summary.totals.waived, 1);
    assert.equal(summary.totals.failing, 0);
    assert.deepEqual(summary.byRule.filter((r) => r.ruleId === 'LGSP_EXCHANGE').map((r) => [r.fail, r.waived]), [[0, 1]]);
    assert.deepEqual((await officer.get(`${base}/systems?compliance=failing`)).json<{ total: number }>().total, 0);
    assert.deepEqual((await waiverAudits()).map((a) => a.action), failingErrors.map(() => 'waive'));
  });

  it('lists exceptions across the registry, soonest expiry first, to see those about to expire', async () => {
    type WaiverPage = { items: { ruleId: string; active: boolean; system: { code: string } }[]; total: number };
    const soon = (await officer.get(`${base}/waivers?state=active&expiresBefore=${inDays(100)}`)).json<WaiverPage>();
    assert.equal(soon.total, failingErrors.length);
    assert.ok(soon.items.every((w) => w.active && w.system.code === 'WAIVE-1'));
    assert.equal((await officer.get(`${base}/waivers?state=active&expiresBefore=${inDays(30)}`)).json<WaiverPage>().total, 0);
    assert.equal((await officer.get(`${base}/waivers?state=expired`)).json<WaiverPage>().total, 0);
    assert.equal((await officer.get(`${base}/waivers?agency=so-y-te`)).json<WaiverPage>().total, 0);
    assertError(await officer.get(`${base}/waivers?expiresBefore=mai`), 400, 'VALIDATION_FAILED');
  });


  it('puts an exception that ends within 30 days in the inbox of the owner agency’s officers and of reviewers, not of other agencies', async () => {
    type Inbox = { items: { kind: string; title: { vi: string; en: string }; link: string; dueAt: string | null }[]; byKind: Record<string, number> };
    const expiring = async (client: TestClient) => (await client.get('/api/v1/inbox')).json<Inbox>().items.filter((i) => i.kind === 'registry_waiver_expiring');
    // 90 days away: not yet.
    assert.deepEqual(await expiring(officer), []);
    await t.database.db.execute(sql`update registry_waivers set expires_on = ${inDays(10)} where system_id = ${id}`);
    const mine = await expiring(officer);
    assert.equal(mine.length, failingErrors.length);
    const lgsp = mine.find((i) => i.title.vi.includes('LGSP_EXCHANGE'))!;
    assert.equal(lgsp.link, '/registry/WAIVE-1');
    assert.equal(lgsp.dueAt?.slice(0, 10), inDays(10));
    assert.match(lgsp.title.vi, new RegExp(`hết hạn ngày ${inDays(10).split('-').reverse().join('/')}`));
    assert.equal((await expiring(reviewer)).length, failingErrors.length);
    const otherAgency = await t.as('officer', 'so-y-te');
    assert.deepEqual(await expiring(otherAgency), []);
    await t.database.db.execute(sql`update registry_waivers set expires_on = ${inDays(90)} where system_id = ${id}`);
  });
  it('re-raises the rule when the exception expires: it fails again, counts as a failure, and the expiry is audited once', async () => {
    await t.database.db.execute(sql`update registry_waivers set expires_on = ${inDays(-1)} where system_id = ${id}`);
    const compliance = (await officer.get(`${base}/systems/${id}/compliance`)).json<Compliance>();
    assert.equal(compliance.findings.find((f) => f.ruleId === 'LGSP_EXCHANGE')?.outcome, 'fail');
    assert.equal(compliance.result, 'failing');
    assert.ok(compliance.waivers.every((w) => !w.active));
    const system = (await officer.get(`${base}/systems/${id}`)).json<{ compliance: { errors: number; waived: number; result: string } }>();
    assert.equal(system.compliance.errors, failingErrors.length);
    assert.equal(system.compliance.waived, 0);
    assert.equal(system.compliance.result, 'failing');
    const summary = (await officer.get(`${base}/compliance`)).json<{ totals: { waived: number; failing: number }; byRule: RuleCounts[] }>();
    assert.equal(summary.totals.waived, 0);
    assert.equal(summary.totals.failing, 1);
    assert.equal((await officer.get(`${base}/systems?compliance=failing`)).json<{ total: number }>().total, 1);
    const audits = (await waiverAudits()).map((a) => a.action);
    assert.equal(audits.filter((a) => a === 'waiver_expired').length, failingErrors.length);
    assert.equal((await officer.get(`${base}/waivers?state=expired`)).json<{ total: number }>().total, failingErrors.length);
    assert.equal((await officer.get(`${base}/waivers?state=active`)).json<{ total: number }>().total, 0);
  });

  it('documents waivers in the OpenAPI document', async () => {
    const doc = (await t.anonymous.get('/openapi.json')).json<{ components: { schemas: Record<string, { properties: Record<string, unknown> }> } }>();
    assert.ok(doc.components.schemas.ComplianceWaiver);
    assert.ok(doc.components.schemas.SystemRecord?.properties.waivers);
  });
});
