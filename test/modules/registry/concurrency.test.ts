// Lost updates and races in the registry: ETag / If-Match on systems and submits, and the rules that must hold when
// requests arrive together (one pending request, no part-of cycle, a request for the current version, one code).
// PGlite runs one query at a time, so the races show only on the PostgreSQL server; the tests pass on both.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp, type TestClient } from '../../helpers/app.js';
import { assertError } from '../../helpers/assert.js';
import { sampleSystem } from '../../helpers/fixtures.js';
import { queryRows } from '../../../src/core/db.js';

const TRIES = 10;
const systems = '/api/v1/registry/systems';

describe('registry: versions and simultaneous requests', () => {
  let t: TestApp;
  let officer: TestClient;
  let colleague: TestClient;
  let counter = 0;
  const nextCode = (prefix: string) => `${prefix}-${++counter}`;
  async function create(client: TestClient, code: string): Promise<{ id: string; version: number }> {
    const res = await client.post(systems, sampleSystem({ code, name: { vi: `Hệ thống ${code}`, en: `System ${code}` } }));
    assert.equal(res.status, 201, res.body);
    return res.json<{ id: string; version: number }>();
  }
  const pendingOf = (id: string) =>
    queryRows<{ version: number }>(t.database.db, sql`select version from registry_requests where system_id = ${id} and status = 'pending'`);

  before(async () => {
    t = await startTestApp();
    officer = await t.as('officer', 'so-khcn');
    colleague = await t.as('officer', 'so-khcn');
  });
  after(() => t.close());

  it('puts the version in an ETag on reading, creating and saving', async () => {
    const code = nextCode('ETAG');
    const created = await officer.post(systems, sampleSystem({ code }));
    assert.equal(created.headers.etag, '"1"');
    const id = created.json<{ id: string }>().id;
    assert.equal((await officer.get(`${systems}/${id}`)).headers.etag, '"1"');
    const saved = await officer.request('PATCH', `${systems}/${id}`, { purpose: 'Mục đích mới' }, { 'if-match': '"1"' });
    assert.equal(saved.status, 200, saved.body);
    assert.equal(saved.headers.etag, '"2"');
    assert.equal(saved.json<{ version: number }>().version, 2);
  });

  it('refuses a save from an older view with 409 VERSION_CONFLICT and both versions, and changes nothing', async () => {
    const { id } = await create(officer, nextCode('STALE'));
    const seen = (await officer.get(`${systems}/${id}`)).headers.etag as string;
    // A colleague saves first, from the same view.
    const first = await colleague.request('PATCH', `${systems}/${id}`, { purpose: 'Thay đổi của đồng nghiệp' }, { 'if-match': seen });
    assert.equal(first.status, 200, first.body);
    const stale = await officer.request('PATCH', `${systems}/${id}`, { purpose: 'Thay đổi của tôi' }, { 'if-match': seen });
    const body = assertError(stale, 409, 'VERSION_CONFLICT');
    assert.deepEqual(body.details, { yours: 1, current: 2 });
    const now = (await officer.get(`${systems}/${id}`)).json<{ purpose: string; version: number }>();
    assert.equal(now.purpose, 'Thay đổi của đồng nghiệp');
    assert.equal(now.version, 2);
    // Weak and unquoted forms of the current version, and *, are accepted; a malformed header is a 400.
    assert.equal((await officer.request('PATCH', `${systems}/${id}`, { purpose: 'W/' }, { 'if-match': 'W/"2"' })).status, 200);
    assert.equal((await officer.request('PATCH', `${systems}/${id}`, { purpose: '*' }, { 'if-match': '*' })).status, 200);
    assertError(await officer.request('PATCH', `${systems}/${id}`, { purpose: 'x' }, { 'if-match': '"4" "5"' }), 400, 'INVALID_IF_MATCH');
    // Without If-Match the save applies to what is current, as before.
    assert.equal((await officer.patch(`${systems}/${id}`, { purpose: 'Không có If-Match' })).status, 200);
  });

  it('refuses a submit for an older version than the current one when If-Match says so', async () => {
    const { id } = await create(officer, nextCode('SUBMIT'));
    await colleague.patch(`${systems}/${id}`, { purpose: 'Đồng nghiệp sửa' });
    const stale = await officer.request('POST', `${systems}/${id}/requests`, { type: 'establish' }, { 'if-match': '"1"' });
    assert.deepEqual(assertError(stale, 409, 'VERSION_CONFLICT').details, { yours: 1, current: 2 });
    assert.equal((await pendingOf(id)).length, 0);
    const fresh = await officer.request('POST', `${systems}/${id}/requests`, { type: 'establish' }, { 'if-match': '"2"' });
    assert.equal(fresh.status, 201, fresh.body);
    assert.equal(fresh.json<{ version: number }>().version, 2);
  });

  it(`leaves one pending request when ${TRIES} establish submits arrive together`, async () => {
    for (let i = 0; i < TRIES; i++) {
      const { id } = await create(officer, nextCode('TWICE'));
      const answers = await Promise.all([officer, colleague].map((c) => c.post(`${systems}/${id}/requests`, { type: 'establish' })));
      assert.deepEqual(answers.map((a) => a.status).sort(), [201, 409], answers.map((a) => a.body).join('\n'));
      assertError(answers.find((a) => a.status === 409)!, 409, 'REQUEST_NOT_ALLOWED');
      assert.equal((await pendingOf(id)).length, 1);
    }
  });

  it(`refuses the part-of cycle that X part_of Y and Y part_of X sent together would make (${TRIES} tries)`, async () => {
    for (let i = 0; i < TRIES; i++) {
      const x = await create(officer, nextCode('PARTX'));
      const y = await create(officer, nextCode('PARTY'));
      const answers = await Promise.all([
        officer.post(`${systems}/${x.id}/relations`, { toId: y.id, type: 'part_of' }),
        colleague.post(`${systems}/${y.id}/relations`, { toId: x.id, type: 'part_of' }),
      ]);
      assert.deepEqual(answers.map((a) => a.status).sort(), [201, 400], answers.map((a) => a.body).join('\n'));
      assertError(answers.find((a) => a.status === 400)!, 400, 'RELATION_CYCLE');
      const [edges] = await queryRows<{ n: number }>(
        t.database.db,
        sql`select count(*)::int as n from registry_relations where type = 'part_of' and from_id in (${x.id}, ${y.id}) and to_id in (${x.id}, ${y.id})`,
      );
      assert.equal(edges?.n, 1);
    }
  });

  it(`answers one duplicate relation sent ${TRIES} times together with 409, not 500`, async () => {
    const x = await create(officer, nextCode('DUPX'));
    const y = await create(officer, nextCode('DUPY'));
    const answers = await Promise.all(Array.from({ length: TRIES }, () => officer.post(`${systems}/${x.id}/relations`, { toId: y.id, type: 'uses' })));
    assert.equal(answers.filter((a) => a.status === 201).length, 1, answers.map((a) => a.body).join('\n'));
    for (const a of answers.filter((r) => r.status !== 201)) assertError(a, 409, 'CONFLICT');
  });

  it(`never leaves a pending request for an older version when a submit and an edit arrive together (${TRIES} tries)`, async () => {
    for (let i = 0; i < TRIES; i++) {
      const { id } = await create(officer, nextCode('RACE'));
      const [submitted, edited] = await Promise.all([officer.post(`${systems}/${id}/requests`, { type: 'establish' }), colleague.patch(`${systems}/${id}`, { purpose: `Sửa lần ${i}` })]);
      assert.equal(submitted.status, 201, submitted.body);
      // The edit either landed first (and the request names its version) or found the request pending.
      if (edited.status !== 200) assertError(edited, 409, 'REQUEST_PENDING');
      const system = (await officer.get(`${systems}/${id}`)).json<{ version: number }>();
      assert.deepEqual(await pendingOf(id), [{ version: system.version }]);
    }
  });

  it(`answers ${TRIES} simultaneous creates of one code with one 201 and 409 CODE_TAKEN, not 500`, async () => {
    const code = nextCode('SAME');
    const answers = await Promise.all(Array.from({ length: TRIES }, (_, i) => (i % 2 ? officer : colleague).post(systems, sampleSystem({ code }))));
    assert.equal(answers.filter((a) => a.status === 201).length, 1, answers.map((a) => a.body).join('\n'));
    for (const a of answers.filter((r) => r.status !== 201)) {
      assert.deepEqual(assertError(a, 409, 'CODE_TAKEN').details, [{ field: 'code', value: code }]);
    }
  });

  it('documents If-Match and ETag in the OpenAPI document', async () => {
    const doc = (await t.anonymous.get('/openapi.json')).json<{ paths: Record<string, Record<string, { parameters?: { in: string; name: string }[]; responses: Record<string, { headers?: Record<string, unknown> }> }>> }>();
    const one = doc.paths['/api/v1/registry/systems/{id}']!;
    assert.ok(one.patch!.parameters!.some((p) => p.in === 'header' && p.name.toLowerCase() === 'if-match'));
    assert.ok(one.get!.responses['200']!.headers?.ETag);
    assert.ok(one.patch!.responses['200']!.headers?.ETag);
    assert.ok(doc.paths['/api/v1/registry/systems/{id}/requests']!.post!.parameters!.some((p) => p.in === 'header' && p.name.toLowerCase() === 'if-match'));
  });
});
