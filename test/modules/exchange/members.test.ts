// Members and subsystems of the exchange: an agency admitted under its identifier, its registered systems added as
// subsystems; who may do it; refusals that change nothing; and simultaneous admissions on PostgreSQL.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp, type TestClient } from '../../helpers/app.js';
import { assertError, injectionStrings } from '../../helpers/assert.js';
import { sampleSystem } from '../../helpers/fixtures.js';
import { queryRows } from '../../../src/core/db.js';

const base = '/api/v1/exchange';

interface Member {
  id: string;
  identifier: string;
  code: string;
  agencyId: string;
  subsystems: { id: string; identifier: string; code: string; systemId: string }[];
}

describe('exchange: members and subsystems', () => {
  let t: TestApp;
  let admin: TestClient;
  let officer: TestClient;
  let otherOfficer: TestClient;
  let systemId: string;
  const countOf = async (table: string) => (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]?.n;

  before(async () => {
    t = await startTestApp();
    admin = await t.as('admin');
    officer = await t.as('officer', 'so-khcn');
    otherOfficer = await t.as('officer', 'so-y-te');
    const created = await officer.post('/api/v1/registry/systems', sampleSystem({ code: 'HY-MOTCUA' }));
    assert.equal(created.status, 201, created.body);
    systemId = created.json<{ id: string }>().id;
    assert.equal((await officer.post('/api/v1/registry/systems', sampleSystem({ code: 'HY-MOTCUA2' }))).status, 201);
  });
  after(() => t.close());

  it('admits an agency as a member, under the agency id by default, and audits it', async () => {
    const res = await admin.post(`${base}/members`, { agencyId: 'so-khcn', memberClass: 'GOV' });
    assert.equal(res.status, 201, res.body);
    const member = res.json<Member>();
    assert.equal(member.identifier, 'VN-HY/GOV/so-khcn');
    assert.deepEqual(member.subsystems, []);
    const withCode = await admin.post(`${base}/members`, { agencyId: 'so-y-te', memberClass: 'GOV', code: '000.00.00.H33' });
    assert.equal(withCode.status, 201, withCode.body);
    assert.equal(withCode.json<Member>().identifier, 'VN-HY/GOV/000.00.00.H33');
    const mine = (await officer.get(`${base}/members?agencyId=so-y-te`)).json<{ items: Member[]; total: number }>();
    assert.deepEqual([mine.total, mine.items.map((m) => m.identifier)], [1, ['VN-HY/GOV/000.00.00.H33']]);
    const list = (await officer.get(`${base}/members`)).json<{ items: Member[]; total: number }>();
    assert.deepEqual(list.items.map((m) => m.identifier).sort(), ['VN-HY/GOV/000.00.00.H33', 'VN-HY/GOV/so-khcn']);
    const audits = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_log where entity = 'exchange_member'`);
    assert.equal(audits[0]?.n, 2);
  });

  it('adds a registered system of the member\u2019s agency as a subsystem, by its officers', async () => {
    const member = (await officer.get(`${base}/members`)).json<{ items: Member[] }>().items.find((m) => m.agencyId === 'so-khcn') as Member;
    const res = await officer.post(`${base}/members/${member.id}/subsystems`, { code: 'mot-cua', systemId: 'HY-MOTCUA' });
    assert.equal(res.status, 201, res.body);
    assert.equal(res.json<{ identifier: string }>().identifier, 'VN-HY/GOV/so-khcn/mot-cua');
    const read = (await officer.get(`${base}/members/${member.id}`)).json<Member>();
    assert.deepEqual(read.subsystems.map((s) => [s.identifier, s.systemId]), [['VN-HY/GOV/so-khcn/mot-cua', systemId]]);
  });

  it('refuses what is not allowed or not valid with a stable code, and changes nothing', async () => {
    const members = (await admin.get(`${base}/members`)).json<{ items: Member[] }>().items;
    const khcn = members.find((m) => m.agencyId === 'so-khcn') as Member;
    const yte = members.find((m) => m.agencyId === 'so-y-te') as Member;
    const before = [await countOf('exchange_members'), await countOf('exchange_subsystems')];

    assertError(await officer.post(`${base}/members`, { agencyId: 'so-tai-chinh', memberClass: 'GOV' }), 403, 'FORBIDDEN');
    assertError(await t.anonymous.get(`${base}/members`), 401, 'UNAUTHENTICATED');
    assertError(await admin.post(`${base}/members`, { agencyId: 'so-khcn', memberClass: 'GOV' }), 409, 'CONFLICT');
    assertError(await admin.post(`${base}/members`, { agencyId: 'so-tai-chinh', memberClass: 'GOV', code: 'so-khcn' }), 409, 'CONFLICT');
    // Codes are unique whatever their case: SO-KHCN and so-khcn would name the same member to a reader.
    assert.deepEqual(assertError(await admin.post(`${base}/members`, { agencyId: 'so-tai-chinh', memberClass: 'GOV', code: 'SO-KHCN' }), 409, 'CONFLICT').details, { field: 'code' });
    assertError(await admin.post(`${base}/members`, { agencyId: 'khong-co', memberClass: 'GOV' }), 400, 'UNKNOWN_AGENCY');
    assertError(await admin.post(`${base}/members`, { agencyId: 'so-tai-chinh', memberClass: 'XYZ' }), 400, 'VALIDATION_FAILED');
    assertError(await admin.post(`${base}/members`, { agencyId: 'so-tai-chinh', memberClass: 'GOV', extra: 1 }), 400, 'VALIDATION_FAILED');
    assertError(await admin.request('POST', `${base}/members`, '{"agencyId":', { 'content-type': 'application/json' }), 400, 'INVALID_JSON');
    for (const code of ['a/b', 'a%2F..', 'mã', 'a b', ...injectionStrings]) {
      // Text with a NUL is refused by the app before any route (INVALID_TEXT); the rest by the identifier rule.
      const expected = code.includes('\u0000') ? 'INVALID_TEXT' : 'VALIDATION_FAILED';
      assertError(await admin.post(`${base}/members`, { agencyId: 'so-tai-chinh', memberClass: 'GOV', code }), 400, expected);
      assertError(await officer.post(`${base}/members/${khcn.id}/subsystems`, { code, systemId: 'HY-MOTCUA' }), 400, expected);
    }
    // Someone else's member, a system of another agency, an unknown system, the same code or system twice.
    assertError(await otherOfficer.post(`${base}/members/${khcn.id}/subsystems`, { code: 'khac', systemId: 'HY-MOTCUA' }), 403, 'FORBIDDEN');
    assertError(await otherOfficer.post(`${base}/members/${yte.id}/subsystems`, { code: 'khac', systemId: 'HY-MOTCUA' }), 400, 'VALIDATION_FAILED');
    assertError(await officer.post(`${base}/members/${khcn.id}/subsystems`, { code: 'khac', systemId: 'HY-KHONG-CO' }), 400, 'UNKNOWN_SYSTEM');
    assertError(await officer.post(`${base}/members/${khcn.id}/subsystems`, { code: 'mot-cua', systemId: 'HY-MOTCUA' }), 409, 'CONFLICT');
    assert.deepEqual(assertError(await officer.post(`${base}/members/${khcn.id}/subsystems`, { code: 'Mot-Cua', systemId: 'HY-MOTCUA2' }), 409, 'CONFLICT').details, { field: 'code' });
    assertError(await officer.post(`${base}/members/${khcn.id}/subsystems`, { code: 'khac', systemId: 'HY-MOTCUA' }), 409, 'CONFLICT');
    assertError(await officer.get(`${base}/members/00000000-0000-4000-8000-000000000000`), 404, 'NOT_FOUND');
    assertError(await officer.get(`${base}/members/not-a-uuid`), 404, 'NOT_FOUND');
    assertError(await officer.post(`${base}/members/not-a-uuid/subsystems`, { code: 'x', systemId: 'HY-MOTCUA' }), 404, 'NOT_FOUND');

    assert.deepEqual([await countOf('exchange_members'), await countOf('exchange_subsystems')], before);
  });

  it('admits an agency once when asked twice at the same moment', async () => {
    // PGlite runs one query at a time; on the PostgreSQL server the two inserts race and the unique constraint decides.
    const answers = await Promise.all([admin.post(`${base}/members`, { agencyId: 'so-tai-chinh', memberClass: 'GOV' }), admin.post(`${base}/members`, { agencyId: 'so-tai-chinh', memberClass: 'GOV' })]);
    assert.deepEqual(answers.map((a) => a.status).sort(), [201, 409]);
    const rows = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from exchange_members where agency_id = 'so-tai-chinh'`);
    assert.equal(rows[0]?.n, 1);
  });
});
