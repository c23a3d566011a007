import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { assertError } from '../helpers/assert.js';

describe('API conventions', () => {
  let t: TestApp;
  const logLines: { level: number; msg: string }[] = [];
  before(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) logLines.push(JSON.parse(line) as { level: number; msg: string });
        done();
      },
    });
    t = await startTestApp({ bodyLimitBytes: 64 * 1024 }, { level: 'info', stream: sink });
  });
  after(() => t.close());

  it('serves an OpenAPI 3.1 document where every operation has an id, a summary, a tag and error responses', async () => {
    const res = await t.anonymous.get('/openapi.json');
    assert.equal(res.status, 200);
    const doc = res.json<{ openapi: string; paths: Record<string, Record<string, { operationId?: string; summary?: string; tags?: string[]; responses: Record<string, unknown> }>> }>();
    assert.equal(doc.openapi, '3.1.0');
    const operations = Object.entries(doc.paths).flatMap(([p, ops]) => Object.entries(ops).map(([m, op]) => ({ id: `${m} ${p}`, op })));
    assert.ok(operations.length >= 30);
    for (const { id, op } of operations) {
      assert.ok(op.operationId, `${id} has an operationId`);
      assert.ok(op.summary, `${id} has a summary`);
      assert.ok(op.tags?.length, `${id} has a tag`);
      assert.ok(Object.keys(op.responses).some((s) => s.startsWith('4')), `${id} documents its 4xx`);
    }
    for (const required of ['/api/v1/framework', '/api/v1/roadmap/tasks', '/api/v1/agencies', '/api/v1/admin-units', '/api/v1/auth/login', '/health', '/metrics']) {
      assert.ok(doc.paths[required], `${required} is documented`);
    }
  });

  it('answers /health with the database state', async () => {
    const res = await t.anonymous.get('/health');
    assert.equal(res.status, 200);
    const body = res.json<{ status: string; database: { kind: string } }>();
    assert.equal(body.status, 'ok');
    assert.equal(body.database.kind, t.database.kind);
  });

  it('exposes Prometheus metrics counting requests by route', async () => {
    await t.anonymous.get('/api/v1/agencies?limit=1');
    const res = await t.anonymous.get('/metrics');
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /text\/plain/);
    assert.match(res.body, /kientruc_http_requests_total\{method="GET",route="\/api\/v1\/agencies",status="200"\} \d+/);
    assert.match(res.body, /kientruc_http_request_duration_seconds_bucket/);
  });

  it('sends security headers', async () => {
    const res = await t.anonymous.get('/api/v1/framework');
    assert.match(String(res.headers['content-security-policy']), /default-src 'self'/);
    assert.match(String(res.headers['content-security-policy']), /frame-ancestors 'none'/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.ok(res.headers['strict-transport-security']);
    assert.equal(res.headers['x-powered-by'], undefined);
  });

  it('paginates lists with limit and offset and reports the total', async () => {
    const first = (await t.anonymous.get('/api/v1/agencies?limit=10&offset=0')).json<{ items: { id: string }[]; total: number; limit: number; offset: number }>();
    const second = (await t.anonymous.get('/api/v1/agencies?limit=10&offset=10')).json<{ items: { id: string }[]; total: number }>();
    assert.equal(first.items.length, 10);
    assert.equal(first.limit, 10);
    assert.equal(first.total, second.total);
    assert.equal(new Set([...first.items, ...second.items].map((a) => a.id)).size, 20, 'pages do not overlap');
    assertError(await t.anonymous.get('/api/v1/agencies?limit=0'), 400, 'VALIDATION_FAILED');
    assertError(await t.anonymous.get('/api/v1/agencies?limit=501'), 400, 'VALIDATION_FAILED');
    assertError(await t.anonymous.get('/api/v1/agencies?offset=-1'), 400, 'VALIDATION_FAILED');
    assertError(await t.anonymous.get('/api/v1/agencies?limit=abc'), 400, 'VALIDATION_FAILED');
  });

  it('answers malformed, empty, oversized and non-JSON bodies with clear 4xx errors', async () => {
    const admin = await t.as('admin');
    assertError(await admin.request('POST', '/api/v1/users', '{"email": "a@b.vn", "name": '), 400, 'INVALID_JSON');
    assertError(await admin.request('POST', '/api/v1/users', ''), 400, 'EMPTY_BODY');
    assertError(await admin.request('POST', '/api/v1/users', 'email=a@b.vn', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    const big = JSON.stringify({ email: 'big@test.vn', name: 'x'.repeat(70 * 1024), role: 'viewer' });
    assertError(await admin.request('POST', '/api/v1/users', big), 413, 'PAYLOAD_TOO_LARGE');
    const users = (await admin.get('/api/v1/users?limit=500')).json<{ items: { email: string }[] }>();
    assert.ok(!users.items.some((u) => u.email === 'a@b.vn' || u.email === 'big@test.vn'), 'nothing was created');
  });

  it('rejects wrong types in JSON bodies instead of coercing them', async () => {
    const admin = await t.as('admin');
    const body = assertError(await admin.post('/api/v1/users', { email: 'typed@test.vn', name: 12345, role: 'viewer' }), 400, 'VALIDATION_FAILED');
    assert.match(JSON.stringify(body.details), /name/);
    assertError(await admin.post('/api/v1/users', { email: 'typed@test.vn', name: 'A', role: 'viewer', active: 'yes' }), 400, 'VALIDATION_FAILED');
    assertError(await admin.post('/api/v1/users', ['not', 'an', 'object']), 400, 'VALIDATION_FAILED');
  });

  it('answers unknown routes with a JSON 404', async () => {
    assertError(await t.anonymous.get('/api/v1/does-not-exist'), 404, 'ROUTE_NOT_FOUND');
    assertError(await t.anonymous.request('DELETE', '/api/v1/framework'), 404, 'ROUTE_NOT_FOUND');
  });

  it('records every request in the access log with time, user, address, method, path, status and duration', async () => {
    const admin = await t.as('admin');
    await t.anonymous.get('/api/v1/roadmap/tasks?group=II');
    await admin.get('/api/v1/agencies/so-khcn');
    const res = await admin.get('/api/v1/access-log?limit=500');
    assert.equal(res.status, 200);
    const log = res.json<{ items: { at: string; userId: string | null; ip: string; method: string; path: string; status: number; durationMs: number }[] }>();
    const anonymous = log.items.find((e) => e.path === '/api/v1/roadmap/tasks');
    assert.ok(anonymous, 'the anonymous request is logged');
    assert.equal(anonymous.userId, null);
    assert.equal(anonymous.method, 'GET');
    assert.equal(anonymous.status, 200);
    assert.ok(anonymous.ip);
    assert.ok(anonymous.durationMs >= 0);
    assert.ok(!Number.isNaN(Date.parse(anonymous.at)));
    const own = log.items.find((e) => e.path === '/api/v1/agencies/so-khcn');
    assert.ok(own?.userId, 'the logged-in user is recorded');
    const filtered = (await admin.get('/api/v1/access-log?path=/api/v1/agencies/&status=200')).json<{ items: { path: string; status: number }[] }>();
    assert.ok(filtered.items.length > 0);
    assert.ok(filtered.items.every((e) => e.path.startsWith('/api/v1/agencies/') && e.status === 200));
  });

  it('deletes access-log entries past the retention period', async () => {
    const admin = await t.as('admin');
    await t.anonymous.get('/api/v1/agencies/so-tu-phap');
    await t.app.ctx.accessLog.flush();
    await t.database.db.execute(sql`update access_log set at = now() - interval '400 days' where path = '/api/v1/agencies/so-tu-phap'`);
    assert.ok((await t.app.ctx.accessLog.purge()) >= 1);
    const left = (await admin.get('/api/v1/access-log?path=/api/v1/agencies/so-tu-phap')).json<{ total: number }>();
    assert.equal(left.total, 0);
  });

  it('limits the access log and audit trail to administrators', async () => {
    assertError(await t.anonymous.get('/api/v1/access-log'), 401, 'UNAUTHENTICATED');
    const viewer = await t.as('viewer');
    assertError(await viewer.get('/api/v1/access-log'), 403, 'FORBIDDEN');
    assertError(await viewer.get('/api/v1/audit'), 403, 'FORBIDDEN');
    const reviewer = await t.as('reviewer');
    assertError(await reviewer.get('/api/v1/audit/verify'), 403, 'FORBIDDEN');
  });

  it('logs callers\u2019 mistakes below error level', async () => {
    const admin = await t.as('admin');
    await admin.request('POST', '/api/v1/users', '{broken');
    await admin.post('/api/v1/users', { email: "x'; drop table users; --@x.vn", name: '<script>alert(1)</script>', role: 'nope' });
    await t.anonymous.get('/api/v1/agencies/%27%20or%201%3D1');
    await t.anonymous.get('/api/v1/users');
    assert.ok(logLines.length > 0, 'the logger was capturing');
    const errorsLogged = logLines.filter((l) => l.level >= 50);
    assert.deepEqual(errorsLogged, []);
  });

  it('never writes credentials to the logs', async () => {
    const before = logLines.length;
    await t.anonymous.post('/api/v1/auth/login', { email: 'admin@test.hungyen.gov.vn', password: 'mat-khau-quan-tri-thu' });
    const written = JSON.stringify(logLines.slice(before));
    assert.doesNotMatch(written, /mat-khau-quan-tri-thu/);
  });
});

describe('rate limits', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ rateLimitPerMinute: 1000, loginRateLimitPerMinute: 3 });
  });
  after(() => t.close());

  it('stops repeated login attempts from one address with 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await t.anonymous.post('/api/v1/auth/login', { email: 'nobody@test.vn', password: `guess-${i}` })).status);
    assert.deepEqual(statuses.slice(0, 3), [401, 401, 401]);
    const limited = await t.anonymous.post('/api/v1/auth/login', { email: 'nobody@test.vn', password: 'again' });
    assertError(limited, 429, 'RATE_LIMITED');
    assert.equal(statuses[4], 429);
  });
});
