// The exchange's management API: services registered from OpenAPI descriptions and versioned with them, their
// lifecycle, credentials shown once, rights and groups, subscriptions decided once; refusals that change nothing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../src/core/db.js';
import { assertError, injectionStrings } from '../../helpers/assert.js';
import { base, call, description, startBackend, startExchange, type Exchange } from './gateway-setup.js';

interface Service {
  id: string;
  identifier: string;
  status: string;
  serviceVersion: string | null;
  currentVersion: number;
  backendUrl: string | null;
  endpoints: { id: string; method: string; path: string; removedInVersion: number | null }[];
  versions: { version: number; serviceVersion: string }[];
}

describe('exchange: services, credentials, rights and subscriptions', () => {
  let backend: Awaited<ReturnType<typeof startBackend>>;
  let x: Exchange;
  const count = async (table: string) => (await queryRows<{ n: number }>(x.t.database.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!.n;
  const counts = async () => Promise.all(['exchange_services', 'exchange_service_descriptions', 'exchange_endpoints', 'exchange_credentials', 'exchange_access_rights', 'exchange_subscriptions', 'exchange_groups'].map(count));

  before(async () => {
    backend = await startBackend();
    x = await startExchange(backend.url);
  });
  after(async () => {
    await x.close();
    await backend.close();
  });

  it('takes the endpoints and version from the description, and follows a new one', async () => {
    const service = (await x.provider.get(`${base}/services/${x.service.id}`)).json<Service>();
    assert.equal(service.serviceVersion, '1.3.0');
    assert.deepEqual(
      service.endpoints.map((e) => `${e.method} ${e.path}`),
      ['GET /big', 'POST /items', 'GET /items/{id}', 'GET /slow', 'POST /upload'],
    );
    const next = JSON.parse(description()) as { info: { version: string }; paths: Record<string, unknown> };
    next.info.version = '1.4.0';
    delete next.paths['/slow'];
    next.paths['/reports'] = { get: { responses: { '200': { description: 'Reports' } } } };
    const res = await x.provider.post(`${base}/services/${x.service.id}/descriptions`, { description: JSON.stringify(next) });
    assert.equal(res.status, 200, res.body);
    const updated = res.json<Service>();
    assert.equal(updated.currentVersion, 2);
    assert.equal(updated.serviceVersion, '1.4.0');
    assert.deepEqual(updated.versions.map((v) => [v.version, v.serviceVersion]), [[2, '1.4.0'], [1, '1.3.0']]);
    assert.equal(updated.endpoints.find((e) => e.path === '/slow')?.removedInVersion, 2);
    assert.equal(updated.endpoints.find((e) => e.path === '/reports')?.removedInVersion, null);
  });

  it('serves the description with the gateway as its only server', async () => {
    const res = await x.t.anonymous.get(`${base}/services/${x.service.id}/openapi`);
    assert.equal(res.status, 200, res.body);
    const doc = res.json<{ servers: { url: string }[] }>();
    assert.deepEqual(doc.servers, [{ url: `${x.t.config.publicUrl}/r1/${x.service.identifier}` }]);
    assert.ok(!res.body.includes('backend.internal'));
  });

  it('moves a service through its lifecycle, and refuses a move it does not allow', async () => {
    assertError(await x.provider.patch(`${base}/services/${x.service.id}`, { status: 'deprecated' }), 400, 'VALIDATION_FAILED');
    const sunset = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const deprecated = await x.provider.patch(`${base}/services/${x.service.id}`, { status: 'deprecated', sunsetAt: sunset });
    assert.equal(deprecated.status, 200, deprecated.body);
    await x.provider.post(`${base}/services/${x.service.id}/rights`, { client: x.consumerSubsystem.identifier });
    const answer = await call(x, `/r1/${x.service.identifier}/items/1`);
    assert.equal(answer.status, 200, answer.text);
    assert.equal(answer.headers.get('sunset'), new Date(sunset).toUTCString());
    assert.match(answer.headers.get('deprecation') ?? '', /^@\d+$/);
    assert.equal((await x.provider.patch(`${base}/services/${x.service.id}`, { status: 'published' })).status, 200);
  });

  it('hides drafts and backend addresses from those who do not manage the service', async () => {
    const draft = await x.provider.post(`${base}/subsystems/${x.providerSubsystem.id}/services`, { code: 'nhap', backendUrl: `${backend.url}/api`, description: description('Bản nháp') });
    assert.equal(draft.status, 201, draft.body);
    const id = draft.json<Service>().id;
    assertError(await x.consumer.get(`${base}/services/${id}`), 404, 'NOT_FOUND');
    assertError(await x.t.anonymous.get(`${base}/services/${id}`), 404, 'NOT_FOUND');
    const catalogue = (await x.t.anonymous.get(`${base}/services`)).json<{ items: Service[]; total: number }>();
    assert.deepEqual(catalogue.items.map((s) => s.identifier), [x.service.identifier]);
    assert.equal(catalogue.items[0]!.backendUrl, null);
    // Search ignores diacritics and case: "ban nhap" finds "Bản nháp".
    const own = (await x.provider.get(`${base}/services?q=BAN%20NHAP`)).json<{ items: Service[] }>();
    assert.deepEqual(own.items.map((s) => s.id), [id]);
    assert.equal(own.items[0]!.backendUrl, `${backend.url}/api`);
    const answer = await call(x, `/r1/${x.providerSubsystem.identifier}/nhap/items/1`);
    assert.equal(answer.headers.get('x-road-error'), 'Server.ServerProxy.ServiceDisabled');
    assert.equal(answer.status, 404);
  });

  it('shows a credential\u2019s secret once and keeps only its digest', async () => {
    const res = await x.consumer.post(`${base}/subsystems/${x.consumerSubsystem.id}/credentials`, { type: 'api_key', label: 'Máy chủ tích hợp', expiresAt: new Date(Date.now() + 86_400_000).toISOString() });
    assert.equal(res.status, 201, res.body);
    assert.equal(res.headers['cache-control'], 'no-store');
    const created = res.json<{ id: string; secret: string; keyId: string }>();
    assert.match(created.secret, /^hyk_[a-z2-7]{12}_[A-Za-z0-9_-]{43}$/);
    const list = await x.consumer.get(`${base}/subsystems/${x.consumerSubsystem.id}/credentials`);
    assert.ok(!list.body.includes(created.secret.slice(17)));
    const stored = await queryRows<{ secret_sha256: string }>(x.t.database.db, sql`select secret_sha256 from exchange_credentials where id = ${created.id}`);
    assert.match(stored[0]!.secret_sha256, /^[0-9a-f]{64}$/);
    const audit = await queryRows<{ after: unknown }>(x.t.database.db, sql`select after from audit_log where entity = 'exchange_credential' and entity_id = ${created.id}`);
    assert.ok(!JSON.stringify(audit).includes(created.secret.slice(17)) && !JSON.stringify(audit).includes(stored[0]!.secret_sha256));
  });

  it('lets a group\u2019s right serve each of its members', async () => {
    const group = await x.admin.post(`${base}/groups`, { code: 'y-te-tinh', description: 'Các hệ thống ngành y tế' });
    assert.equal(group.status, 201, group.body);
    const groupId = group.json<{ id: string }>().id;
    const added = await x.admin.post(`${base}/groups/${groupId}/members`, { client: x.consumerSubsystem.identifier });
    assert.equal(added.status, 200, added.body);
    const reports = (await x.provider.get(`${base}/services/${x.service.id}`)).json<Service>().endpoints.find((e) => e.path === '/reports')!;
    // The direct whole-service right of an earlier test is withdrawn first, so only the group's right remains.
    const rights = (await x.provider.get(`${base}/services/${x.service.id}/rights`)).json<{ id: string; client: string | null }[]>();
    for (const r of rights) assert.equal((await x.provider.delete(`${base}/rights/${r.id}`)).status, 204);
    assert.equal((await call(x, `/r1/${x.service.identifier}/reports`)).status, 403);
    const granted = await x.provider.post(`${base}/services/${x.service.id}/rights`, { groupId, endpointIds: [reports.id] });
    assert.equal(granted.status, 200, granted.body);
    assert.equal((await call(x, `/r1/${x.service.identifier}/reports`)).status, 200);
    assert.equal((await call(x, `/r1/${x.service.identifier}/items/1`)).status, 403);
    assertError(await x.provider.post(`${base}/groups`, { code: 'khac', description: 'x' }), 403, 'FORBIDDEN');
  });

  it('refuses bad input with a stable code and changes nothing', async () => {
    const before = await counts();
    const sub = x.providerSubsystem.id;
    assertError(await x.provider.post(`${base}/subsystems/${sub}/services`, { code: 'a', backendUrl: `${backend.url}/api`, description: '{"swagger":"2.0","info":{"title":"x","version":"1"},"paths":{}}' }), 400, 'INVALID_OPENAPI');
    assertError(await x.provider.post(`${base}/subsystems/${sub}/services`, { code: 'a', backendUrl: `${backend.url}/api`, description: 'không phải OpenAPI' }), 400, 'INVALID_OPENAPI');
    assertError(await x.provider.post(`${base}/subsystems/${sub}/services`, { code: 'listMethods', backendUrl: `${backend.url}/api`, description: description() }), 400, 'VALIDATION_FAILED');
    assertError(await x.provider.post(`${base}/subsystems/${sub}/services`, { code: 'a/b', backendUrl: `${backend.url}/api`, description: description() }), 400, 'VALIDATION_FAILED');
    assertError(await x.provider.post(`${base}/subsystems/${sub}/services`, { code: 'a', backendUrl: 'file:///etc/passwd', description: description() }), 400, 'VALIDATION_FAILED');
    assertError(await x.provider.post(`${base}/subsystems/${sub}/services`, { code: 'a', backendUrl: `${backend.url}/api`, descriptionUrl: 'http://169.254.169.254/latest' }), 400, 'VALIDATION_FAILED');
    assertError(await x.provider.post(`${base}/subsystems/${sub}/services`, { code: 'ho-so', backendUrl: `${backend.url}/api`, description: description() }), 409, 'CONFLICT');
    assertError(await x.consumer.post(`${base}/subsystems/${sub}/services`, { code: 'b', backendUrl: `${backend.url}/api`, description: description() }), 403, 'FORBIDDEN');
    assertError(await x.provider.request('POST', `${base}/subsystems/${sub}/services`, '{"code":', { 'content-type': 'application/json' }), 400, 'INVALID_JSON');
    assertError(await x.provider.post(`${base}/subsystems/${sub}/services`, { code: 1, backendUrl: `${backend.url}/api`, description: description() }), 400, 'VALIDATION_FAILED');
    assertError(await x.provider.post(`${base}/subsystems/00000000-0000-0000-0000-000000000000/services`, { code: 'c', backendUrl: `${backend.url}/api`, description: description() }), 404, 'NOT_FOUND');
    assertError(await x.provider.patch(`${base}/services/${x.service.id}`, { status: 'draft' }), 409, 'INVALID_TRANSITION');
    assertError(await x.provider.post(`${base}/services/${x.service.id}/rights`, { client: 'VN-HY/GOV/khong-co/x' }), 400, 'UNKNOWN_CLIENT');
    assertError(await x.provider.post(`${base}/services/${x.service.id}/rights`, { client: x.consumerSubsystem.identifier, endpointIds: ['00000000-0000-0000-0000-000000000000'] }), 400, 'VALIDATION_FAILED');
    assertError(await x.provider.post(`${base}/services/${x.service.id}/rights`, {}), 400, 'VALIDATION_FAILED');
    assertError(await x.consumer.post(`${base}/subsystems/${x.consumerSubsystem.id}/credentials`, { type: 'api_key', label: 'x', expiresAt: '2000-01-01T00:00:00Z' }), 400, 'VALIDATION_FAILED');
    assertError(await x.provider.post(`${base}/subsystems/${x.consumerSubsystem.id}/credentials`, { type: 'api_key', label: 'x' }), 403, 'FORBIDDEN');
    assertError(await x.t.anonymous.post(`${base}/subsystems/${x.consumerSubsystem.id}/credentials`, { type: 'api_key', label: 'x' }), 401, 'UNAUTHENTICATED');
    assertError(await x.consumer.post(`${base}/subscriptions`, { clientSubsystemId: x.consumerSubsystem.id, serviceId: x.service.id, purpose: 'ab', legalBasis: 'Luật' }), 400, 'VALIDATION_FAILED');
    for (const text of injectionStrings) {
      const refused = await x.provider.post(`${base}/subsystems/${sub}/services`, { code: text, backendUrl: `${backend.url}/api`, description: description() });
      assert.equal(refused.status, 400, text);
      assert.ok(['VALIDATION_FAILED', 'INVALID_TEXT'].includes(refused.json<{ code: string }>().code), refused.body);
      const res = await x.provider.get(`${base}/services?q=${encodeURIComponent(text)}`);
      assert.ok(res.status === 200 || res.status === 400, `${text}: ${res.status}`);
    }
    assert.deepEqual(await counts(), before);
  });

  it('decides a subscription once when two officers decide at the same time', async () => {
    const requested = await x.consumer.post(`${base}/subscriptions`, { clientSubsystemId: x.consumerSubsystem.id, serviceId: x.service.id, purpose: 'Thử nghiệm đồng thời', legalBasis: 'Quyết định 1234/QĐ-UBND' });
    assert.equal(requested.status, 201, requested.body);
    const id = requested.json<{ id: string }>().id;
    const second = await x.t.as('officer', 'so-khcn');
    const [a, b] = await Promise.all([x.provider.post(`${base}/subscriptions/${id}/decision`, { decision: 'approve' }), second.post(`${base}/subscriptions/${id}/decision`, { decision: 'reject' })]);
    assert.deepEqual([a.status, b.status].sort(), [200, 409]);
    const rights = await queryRows<{ n: number }>(x.t.database.db, sql`select count(*)::int as n from exchange_access_rights where subscription_id = ${id}`);
    const status = (await queryRows<{ status: string }>(x.t.database.db, sql`select status from exchange_subscriptions where id = ${id}`))[0]!.status;
    assert.equal(rights[0]!.n, status === 'approved' ? 1 : 0);
  });
});
