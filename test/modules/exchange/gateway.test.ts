// The gateway end to end: one agency's system calls another's service only through /r1/…, with its credential,
// rights from an approved subscription, the quota, and every refusal in X-Road's shape; what reaches the backend;
// the message log and monitoring records each call leaves.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../src/core/db.js';
import { verifyMessageLog, verifyRecord } from '../../../src/modules/exchange/message-log/verify.js';
import { base, call, rawRequest, startBackend, startExchange, startGarbageBackend, type Exchange } from './gateway-setup.js';

interface XRoadError {
  type: string;
  message: string;
  detail: string;
  localizedMessage: { vi: string; en: string };
}

function assertXRoadError(res: { status: number; headers: Headers; text: string }, status: number, type: string): XRoadError {
  assert.equal(res.status, status, res.text);
  assert.equal(res.headers.get('x-road-error'), type);
  const body = JSON.parse(res.text) as XRoadError;
  assert.equal(body.type, type);
  assert.equal(body.detail, res.headers.get('x-road-request-id'));
  assert.ok(body.localizedMessage.vi.length > 0 && body.localizedMessage.en.length > 0);
  return body;
}

describe('exchange gateway: calls through /r1/', () => {
  let backend: Awaited<ReturnType<typeof startBackend>>;
  let x: Exchange;
  let servicePath: string;
  const keys = () => new Map([[x.t.app.ctx.signingKey.keyId, x.t.app.ctx.signingKey.publicKey]]);
  const monitoringCount = async () => (await queryRows<{ n: number }>(x.t.database.db, sql`select count(*)::int as n from exchange_monitoring`))[0]!.n;

  before(async () => {
    backend = await startBackend();
    x = await startExchange(backend.url, { timeoutMs: 300, maxRequestBytes: 1024, maxResponseBytes: 1024 * 1024 });
    servicePath = `/r1/${x.service.identifier}`;
  });
  after(async () => {
    await x.close();
    await backend.close();
  });

  it('refuses a client without a right, then lets it call what its approved subscription covers', async () => {
    const denied = assertXRoadError(await call(x, `${servicePath}/items/42`), 403, 'Server.ServerProxy.AccessDenied');
    assert.match(denied.message, /may not call GET/);
    assert.equal(backend.received.length, 0);

    const getItem = x.service.endpoints.find((e) => e.method === 'GET' && e.path === '/items/{id}')!;
    const requested = await x.consumer.post(`${base}/subscriptions`, {
      clientSubsystemId: x.consumerSubsystem.id,
      serviceId: x.service.id,
      endpointIds: [getItem.id],
      purpose: 'Tra cứu hồ sơ khám bệnh',
      legalBasis: 'Nghị định 13/2023/NĐ-CP, Điều 17',
    });
    assert.equal(requested.status, 201, requested.body);
    const subscription = requested.json<{ id: string; status: string; endpoints: { method: string; path: string }[] }>();
    assert.equal(subscription.status, 'requested');
    assert.deepEqual(subscription.endpoints.map((e) => `${e.method} ${e.path}`), ['GET /items/{id}']);
    const queue = (await x.provider.get(`${base}/subscriptions?as=provider&status=requested`)).json<{ id: string; endpoints: { path: string }[] }[]>();
    assert.deepEqual(queue.map((q) => [q.id, q.endpoints[0]?.path]), [[subscription.id, '/items/{id}']]);
    // The consumer cannot approve its own request.
    assert.equal((await x.consumer.post(`${base}/subscriptions/${subscription.id}/decision`, { decision: 'approve' })).status, 403);
    const approved = await x.provider.post(`${base}/subscriptions/${subscription.id}/decision`, { decision: 'approve', quotaPerMinute: 5, quotaPerDay: 100 });
    assert.equal(approved.status, 200, approved.body);
    assert.equal(approved.json<{ status: string }>().status, 'approved');
    // Deciding again is a conflict, not a second approval.
    assert.equal((await x.provider.post(`${base}/subscriptions/${subscription.id}/decision`, { decision: 'approve' })).status, 409);

    const res = await call(x, `${servicePath}/items/42?lang=vi&x=1`, { headers: { 'x-road-id': 'msg-0001', 'x-road-userid': 'VN12345' } });
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.json(), { method: 'GET', url: '/api/items/42?lang=vi&x=1', body: '' });
    assert.equal(res.headers.get('x-road-client'), x.consumerSubsystem.identifier);
    assert.equal(res.headers.get('x-road-service'), x.service.identifier);
    assert.equal(res.headers.get('x-road-id'), 'msg-0001');
    assert.match(res.headers.get('x-road-request-id') ?? '', /^[0-9a-f-]{36}$/);
    assert.equal(res.headers.get('x-road-request-hash')?.length, 88);
    assert.equal(res.headers.get('server'), null, 'the backend\u2019s Server header is removed');
    assert.equal(res.headers.get('x-road-error'), null);

    const received = backend.received.at(-1)!;
    assert.equal(received.headers['x-road-client'], x.consumerSubsystem.identifier);
    assert.equal(received.headers['x-road-service'], x.service.identifier);
    assert.equal(received.headers['x-road-id'], 'msg-0001');
    assert.equal(received.headers['x-road-userid'], 'VN12345');
    assert.equal(received.headers['lgsp-api-key'], undefined, 'the credential never reaches the provider');
    assert.equal(received.headers.connection, 'keep-alive', 'the gateway\u2019s own connection to the backend');
    assert.match(received.headers['user-agent'] ?? '', /^kientruc-lgsp\//);
    assert.equal(received.headers.host, new URL(backend.url).host);
  });

  it('counts the subscription\u2019s quota and answers 429 with Retry-After past it', async () => {
    const statuses: number[] = [];
    let refused: Awaited<ReturnType<typeof call>> | null = null;
    for (let i = 0; i < 6; i++) {
      const res = await call(x, `${servicePath}/items/${i}`);
      statuses.push(res.status);
      if (res.status === 429) refused = res;
    }
    // One call of the minute was spent by the previous test; five are allowed.
    assert.deepEqual(statuses, [200, 200, 200, 200, 429, 429]);
    const body = assertXRoadError(refused!, 429, 'Server.ServerProxy.QuotaExceeded');
    assert.match(body.message, /per minute/);
    const retryAfter = Number(refused!.headers.get('retry-after'));
    assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60, String(retryAfter));
  });

  it('withdraws the rights of a revoked subscription', async () => {
    const [subscription] = (await x.provider.get(`${base}/subscriptions?as=provider&status=approved`)).json<{ id: string }[]>();
    const revoked = await x.provider.post(`${base}/subscriptions/${subscription!.id}/decision`, { decision: 'revoke', note: 'Hết thời hạn thử nghiệm' });
    assert.equal(revoked.status, 200, revoked.body);
    assertXRoadError(await call(x, `${servicePath}/items/1`), 403, 'Server.ServerProxy.AccessDenied');
    const audit = await queryRows<{ action: string }>(x.t.database.db, sql`select action from audit_log where entity = 'exchange_subscription' order by seq`);
    assert.deepEqual(audit.map((a) => a.action), ['request', 'approve', 'revoke']);
  });

  it('gives each failure its own X-Road error, and nothing reaches the backend', async () => {
    const reached = backend.received.length;
    assertXRoadError(await call(x, `${servicePath}/items/1`, { headers: { 'x-road-client': 'VN-HY/GOV/khong-co/abc' } }), 401, 'Server.ClientProxy.UnknownMember');
    assertXRoadError(await call(x, `${servicePath}/items/1`, { headers: { 'lgsp-api-key': `hyk_${'a'.repeat(12)}_${'b'.repeat(43)}` } }), 401, 'Server.ClientProxy.InvalidCredential');
    assertXRoadError(await call(x, `${servicePath}/items/1`, { headers: { 'lgsp-api-key': x.apiKey.slice(0, -1) + (x.apiKey.endsWith('A') ? 'B' : 'A') } }), 401, 'Server.ClientProxy.InvalidCredential');
    const noCredential = await fetch(`${x.gatewayUrl}${servicePath}/items/1`, { headers: { 'x-road-client': x.consumerSubsystem.identifier } });
    assert.equal(noCredential.status, 401);
    assert.match(noCredential.headers.get('www-authenticate') ?? '', /^Bearer/);
    const noClient = await fetch(`${x.gatewayUrl}${servicePath}/items/1`, { headers: { 'lgsp-api-key': x.apiKey } });
    assert.equal(noClient.headers.get('x-road-error'), 'Client.BadRequest');
    assertXRoadError(await call(x, `${servicePath}/items/1`, { headers: { 'information-mediator-client': x.providerSubsystem.identifier } }), 400, 'Client.BadRequest');
    assertXRoadError(await call(x, `/r1/${x.providerSubsystem.identifier}/khong-co/items/1`), 404, 'Server.ServerProxy.UnknownService');
    assertXRoadError(await call(x, `/r1/VN-HY/GOV/so-khcn/khong-co/ho-so/items/1`), 404, 'Server.ClientProxy.UnknownMember');
    assertXRoadError(await call(x, `${servicePath}/items`, { method: 'POST', body: '{}' }), 403, 'Server.ServerProxy.AccessDenied');
    assertXRoadError(await call(x, `/r1/VN-HY/GOV/so-khcn`), 400, 'Client.BadRequest');
    assertXRoadError(await call(x, `/r1/VN-HY/GOV/so_khcn/ho-so/ho-so/items/1`), 400, 'Client.BadRequest');
    assert.equal(backend.received.length, reached);
  });

  it('keeps traversal, encoded separators and control characters in {path} from any backend', async () => {
    const grant = await x.provider.post(`${base}/services/${x.service.id}/rights`, { client: x.consumerSubsystem.identifier });
    assert.equal(grant.status, 200, grant.body);
    const reached = backend.received.length;
    for (const path of ['/items/..', '/items/%2e%2e', '/items/%2E%2e/secret', '/items/a%2Fb', '/items/a%5Cb', '/items/%252e%252e', '/items//x', '/items/%00', '/items/%0d%0aX-Injected:%201', '/items/%ff']) {
      const answer = await rawRequest(x.gatewayUrl, `GET ${servicePath}${path} HTTP/1.1\r\nHost: gw\r\nX-Road-Client: ${x.consumerSubsystem.identifier}\r\nLGSP-Api-Key: ${x.apiKey}\r\nConnection: close\r\n\r\n`);
      assert.match(answer, /^HTTP\/1\.1 400 /, `${path}: ${answer.slice(0, 80)}`);
      assert.match(answer, /x-road-error: Client\.BadRequest/i, path);
    }
    // A field named by Connection is hop-by-hop: it stops at the gateway.
    const hop = await rawRequest(x.gatewayUrl, `GET ${servicePath}/items/1 HTTP/1.1\r\nHost: gw\r\nX-Road-Client: ${x.consumerSubsystem.identifier}\r\nLGSP-Api-Key: ${x.apiKey}\r\nX-Secret-Hop: no\r\nConnection: close, X-Secret-Hop\r\n\r\n`);
    assert.match(hop, /^HTTP\/1\.1 200 /, hop.slice(0, 200));
    assert.equal(backend.received.at(-1)!.headers['x-secret-hop'], undefined);
    // A header value with CR/LF never becomes a header: Node's parser refuses the request before any handler.
    const injected = await rawRequest(x.gatewayUrl, `GET ${servicePath}/items/1 HTTP/1.1\r\nHost: gw\r\nX-Road-Client: ${x.consumerSubsystem.identifier}\rX-Evil: 1\r\nConnection: close\r\n\r\n`);
    assert.match(injected, /^HTTP\/1\.1 400 /);
    assert.equal(backend.received.length, reached + 1);
  });

  it('refuses a body over the limit, before and while it streams', async () => {
    const reached = backend.received.length;
    assertXRoadError(await call(x, `${servicePath}/upload`, { method: 'POST', body: Buffer.alloc(2048, 1) }), 413, 'Server.ServerProxy.RequestTooLarge');
    assert.equal(backend.received.length, reached);
    // Chunked, without Content-Length: counted as it streams, the backend call aborted at the limit.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 8; i++) controller.enqueue(new Uint8Array(512));
        controller.close();
      },
    });
    const res = await fetch(`${x.gatewayUrl}${servicePath}/upload`, { method: 'POST', body: stream, duplex: 'half', headers: { 'x-road-client': x.consumerSubsystem.identifier, 'lgsp-api-key': x.apiKey } } as RequestInit);
    assert.equal(res.status, 413);
    assert.equal(res.headers.get('x-road-error'), 'Server.ServerProxy.RequestTooLarge');
    const small = await call(x, `${servicePath}/upload`, { method: 'POST', body: 'xin chào' });
    assert.equal(small.status, 200, small.text);
    assert.equal(small.json<{ body: string }>().body, 'xin chào');
  });

  it('answers a slow backend with 504 and a dead one with 502', async () => {
    assertXRoadError(await call(x, `${servicePath}/slow`), 504, 'Server.ServerProxy.ServiceFailed');
    const garbage = await startGarbageBackend();
    try {
      const changed = await x.provider.patch(`${base}/services/${x.service.id}`, { backendUrl: `${garbage.url}/api` });
      assert.equal(changed.status, 200, changed.body);
      assertXRoadError(await call(x, `${servicePath}/items/1`), 502, 'Server.ServerProxy.ServiceFailed');
    } finally {
      await garbage.close();
    }
    const dead = await x.provider.patch(`${base}/services/${x.service.id}`, { backendUrl: 'http://127.0.0.1:9/api' });
    assert.equal(dead.status, 200, dead.body);
    assertXRoadError(await call(x, `${servicePath}/items/1`), 502, 'Server.ServerProxy.NetworkError');
    assert.equal((await x.provider.patch(`${base}/services/${x.service.id}`, { backendUrl: `${backend.url}/api` })).status, 200);
  });

  it('refuses a revoked key, and a retired service with 410', async () => {
    const second = await x.consumer.post(`${base}/subsystems/${x.consumerSubsystem.id}/credentials`, { type: 'api_key', label: 'second' });
    const key = second.json<{ id: string; secret: string }>();
    assert.equal((await call(x, `${servicePath}/items/1`, { headers: { 'lgsp-api-key': key.secret } })).status, 200);
    assert.equal((await x.consumer.post(`${base}/credentials/${key.id}/revoke`)).status, 200);
    assertXRoadError(await call(x, `${servicePath}/items/1`, { headers: { 'lgsp-api-key': key.secret } }), 401, 'Server.ClientProxy.InvalidCredential');
  });

  it('exchanges an OAuth client\u2019s secret for a token the gateway verifies', async () => {
    const client = (await x.consumer.post(`${base}/subsystems/${x.consumerSubsystem.id}/credentials`, { type: 'oauth_client', label: 'oauth' })).json<{ keyId: string; secret: string }>();
    const basic = Buffer.from(`${client.keyId}:${client.secret}`).toString('base64');
    const tokenRes = await fetch(`${x.gatewayUrl}/oauth2/token`, { method: 'POST', headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials' });
    assert.equal(tokenRes.status, 200);
    assert.equal(tokenRes.headers.get('cache-control'), 'no-store');
    const token = (await tokenRes.json()) as { access_token: string; token_type: string; expires_in: number };
    assert.equal(token.token_type, 'Bearer');
    assert.equal(token.expires_in, 300);
    const res = await fetch(`${x.gatewayUrl}${servicePath}/items/7`, { headers: { 'x-road-client': x.consumerSubsystem.identifier, authorization: `Bearer ${token.access_token}` } });
    assert.equal(res.status, 200, await res.clone().text());
    assert.equal(backend.received.at(-1)!.headers.authorization, undefined, 'our token is not forwarded');
    const forged = `${token.access_token.slice(0, -4)}AAAA`;
    const refused = await fetch(`${x.gatewayUrl}${servicePath}/items/7`, { headers: { 'x-road-client': x.consumerSubsystem.identifier, authorization: `Bearer ${forged}` } });
    assert.equal(refused.headers.get('x-road-error'), 'Server.ClientProxy.InvalidCredential');
    const wrongSecret = await fetch(`${x.gatewayUrl}/oauth2/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${client.keyId}:nope`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    assert.equal(wrongSecret.status, 401);
    assert.equal(((await wrongSecret.json()) as { error: string }).error, 'invalid_client');
  });

  it('answers concurrent calls, each logged, in batches that verify', async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => call(x, `${servicePath}/items/c${i}`, { headers: { 'x-road-id': `conc-${i}` } })));
    assert.deepEqual(new Set(answers.map((a) => a.status)), new Set([200]));
    const rows = await queryRows<{ n: number; batches: number }>(x.t.database.db, sql`select count(*)::int as n, count(distinct batch)::int as batches from exchange_message_log where x_road_id like 'conc-%'`);
    assert.equal(rows[0]!.n, 40);
    assert.ok(rows[0]!.batches < 40, `group commit put 40 calls in ${rows[0]!.batches} batches`);
    const verified = await verifyMessageLog(x.t.database.db, { keys: keys() });
    assert.equal(verified.ok, true, JSON.stringify(verified.problems));
    const one = await verifyRecord(x.t.database.db, 'conc-7', keys());
    assert.equal(one.length, 1);
    assert.equal(one[0]!.ok, true, JSON.stringify(one[0]));
  });

  it('keeps a monitoring record of every call, refused ones too, and a log record of every authenticated one', async () => {
    const before = await monitoringCount();
    await call(x, `${servicePath}/items/m1`);
    await call(x, `${servicePath}/items/m2`, { headers: { 'x-road-client': 'VN-HY/GOV/khong-co/abc' } });
    // The unauthenticated refusal's record is written without the client waiting for it.
    for (let i = 0; i < 50 && (await monitoringCount()) < before + 2; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(await monitoringCount(), before + 2);
    const [record] = await queryRows<{ record: Record<string, unknown> }>(x.t.database.db, sql`select record from exchange_monitoring where record->>'restPath' = '/items/m1'`);
    assert.equal(record!.record.serviceCode, 'ho-so');
    assert.equal(record!.record.clientSubsystemCode, 'y-te');
    assert.equal(record!.record.statusCode, 200);
    assert.equal(record!.record.succeeded, true);
    assert.equal(record!.record.lgspEndpoint, 'GET /items/{id}');
    assert.equal(typeof record!.record.requestInTs, 'number');
    const logged = await queryRows<{ fields: { request: { headers: [string, string][] } } }>(x.t.database.db, sql`select fields from exchange_message_log where fields->'request'->>'target' = '/api/items/m1'`);
    assert.equal(logged.length, 1);
    assert.ok(!JSON.stringify(logged[0]!.fields).includes(x.apiKey.slice(17)), 'no secret in the log');
    const metrics = await (await fetch(`${x.gatewayUrl}/metrics`)).text();
    assert.match(metrics, new RegExp(`lgsp_requests_total\\{service="${x.service.identifier}",status="200",fault=""\\} \\d+`));
    assert.match(metrics, new RegExp(`lgsp_requests_total\\{service="${x.service.identifier}",status="401",fault="Server.ClientProxy.UnknownMember"\\} \\d+`));
    const unauthenticated = await queryRows<{ n: number }>(x.t.database.db, sql`select count(*)::int as n from exchange_message_log where fields->'request'->>'target' like '%/items/m2'`);
    assert.equal(unauthenticated[0]!.n, 0);
  });

  it('reports each service\u2019s health, whole and per endpoint, from the monitoring records', async () => {
    const res = await x.provider.get(`${base}/services/${x.service.id}/health`);
    assert.equal(res.status, 200, res.body);
    type Stats = { successfulRequestCount: number; unsuccessfulRequestCount: number; requestMinDuration: number | null; requestMaxDuration: number | null };
    const health = res.json<{ lastSuccessfulRequestTimestamp: string; periods: Record<string, Stats>; endpoints: { method: string; path: string; periods: Record<string, Stats> }[] }>();
    const [counted] = await queryRows<{ ok: number; failed: number }>(
      x.t.database.db,
      sql`select count(*) filter (where succeeded)::int as ok, count(*) filter (where not succeeded)::int as failed from exchange_monitoring where service_id = ${x.service.id}`,
    );
    assert.equal(health.periods.lastHour!.successfulRequestCount, counted!.ok);
    assert.equal(health.periods.lastHour!.unsuccessfulRequestCount, counted!.failed);
    assert.ok(counted!.failed > 0 && counted!.ok > 0);
    assert.deepEqual(health.periods.lastWeek, health.periods.lastHour);
    const getItem = health.endpoints.find((e) => e.method === 'GET' && e.path === '/items/{id}')!;
    assert.ok(getItem.periods.lastDay!.successfulRequestCount > 40);
    assert.ok(getItem.periods.lastDay!.successfulRequestCount < health.periods.lastDay!.successfulRequestCount + 1);
    assert.ok(getItem.periods.lastDay!.requestMinDuration! <= getItem.periods.lastDay!.requestMaxDuration!);
    assert.ok(Date.now() - Date.parse(health.lastSuccessfulRequestTimestamp) < 600_000);
    assert.equal((await x.t.anonymous.get(`${base}/services/${x.service.id}/health`)).status, 401);
  });

  it('shows live traffic per service, also as server-sent events', async () => {
    const traffic = (await x.provider.get(`${base}/traffic?window=600`)).json<{ services: { service: string; calls: number; errors: number; p95Ms: number }[] }>();
    const mine = traffic.services.find((s) => s.service === x.service.identifier)!;
    assert.ok(mine.calls > 40 && mine.errors > 0 && mine.p95Ms >= 0, JSON.stringify(mine));
    const controller = new AbortController();
    const res = await fetch(`${x.gatewayUrl}${base}/traffic/stream`, { headers: { cookie: x.provider.cookie! }, signal: controller.signal });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/event-stream/);
    const reader = res.body!.getReader();
    let text = '';
    while (!text.includes('\n\n')) text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    assert.match(text, /^event: traffic\ndata: \{/);
    const event = JSON.parse(text.split('\n')[1]!.slice('data: '.length)) as { windowSeconds: number; services: unknown[] };
    assert.equal(event.windowSeconds, 10);
    assert.equal((await fetch(`${x.gatewayUrl}${base}/traffic/stream`)).status, 401);
  });

  it('shows a registered system\u2019s services provided and called, with their traffic', async () => {
    const systemOf = async (subsystemId: string) => (await queryRows<{ id: string }>(x.t.database.db, sql`select system_id as id from exchange_subsystems where id = ${subsystemId}`))[0]!.id;
    const provider = (await x.consumer.get(`${base}/systems/${await systemOf(x.providerSubsystem.id)}`)).json<{ subsystem: string; provides: { code: string; calls: number; clients: number }[]; consumes: unknown[] }>();
    assert.equal(provider.subsystem, x.providerSubsystem.identifier);
    assert.equal(provider.provides[0]!.code, 'ho-so');
    assert.ok(provider.provides[0]!.calls > 40);
    assert.ok(provider.provides[0]!.clients >= 1);
    assert.deepEqual(provider.consumes, []);
    const consumer = (await x.consumer.get(`${base}/systems/${await systemOf(x.consumerSubsystem.id)}`)).json<{ provides: unknown[]; consumes: { service: string; calls: number }[] }>();
    assert.deepEqual(consumer.provides, []);
    assert.equal(consumer.consumes[0]!.service, x.service.identifier);
    const elsewhere = (await x.consumer.get(`${base}/systems/00000000-0000-0000-0000-000000000000`)).json<{ subsystem: string | null }>();
    assert.equal(elsewhere.subsystem, null);
  });

  it('shows the log to administrators and to the two parties of each message, and logs the reading', async () => {
    const mine = await x.consumer.get(`${base}/log?limit=500`);
    assert.equal(mine.status, 200, mine.body);
    const page = mine.json<{ items: { xRequestId: string; client: string; service: string; status: number | null }[]; nextBefore: number | null }>();
    assert.ok(page.items.length > 40);
    assert.ok(page.items.every((r) => r.client === x.consumerSubsystem.identifier || r.service.startsWith('VN-HY/GOV/so-y-te/')));
    const provider = (await x.provider.get(`${base}/log?limit=5`)).json<{ items: unknown[]; nextBefore: number }>();
    assert.equal(provider.items.length, 5);
    const next = (await x.provider.get(`${base}/log?limit=5&before=${provider.nextBefore}`)).json<{ items: { seq: number }[] }>();
    assert.ok(next.items.every((r) => r.seq < provider.nextBefore));
    const stranger = await x.t.as('officer', 'so-tai-chinh');
    assert.deepEqual((await stranger.get(`${base}/log`)).json<{ items: unknown[] }>().items, []);
    const one = page.items[0]!;
    assert.equal((await stranger.get(`${base}/log/${one.xRequestId}`)).status, 404);
    const record = await x.consumer.get(`${base}/log/${one.xRequestId}`);
    assert.equal(record.status, 200, record.body);
    const body = record.json<{ verification: { ok: boolean }; proof: { auditPath: string[] } }>();
    assert.equal(body.verification.ok, true, record.body);
    assert.equal((await (await x.t.as('viewer')).get(`${base}/log`)).status, 403);
    await x.t.app.ctx.accessLog.flush();
    const reads = await queryRows<{ n: number }>(x.t.database.db, sql`select count(*)::int as n from access_log where path = ${`${base}/log/${one.xRequestId}`}`);
    assert.equal(reads[0]!.n, 2, 'both reads of the record, the refused one too, are in the access log');
  });

  it('detects a changed or a removed record', async () => {
    const db = x.t.database.db;
    await db.execute(sql`alter table exchange_message_log disable trigger exchange_message_log_append_only`);
    try {
      const [target] = await queryRows<{ seq: number; target: string }>(db, sql`select seq::int as seq, fields->'request'->>'target' as target from exchange_message_log order by seq limit 1 offset 3`);
      await db.execute(sql`update exchange_message_log set fields = jsonb_set(fields, '{request,target}', '"/api/changed"') where seq = ${target!.seq}`);
      const changed = await verifyMessageLog(db, { keys: keys() });
      assert.equal(changed.ok, false);
      assert.ok(changed.problems.some((p) => p.kind === 'record_changed' && p.seq === target!.seq), JSON.stringify(changed.problems));
      await db.execute(sql`update exchange_message_log set fields = jsonb_set(fields, '{request,target}', to_jsonb(${target!.target}::text)) where seq = ${target!.seq}`);
      assert.equal((await verifyMessageLog(db, { keys: keys() })).ok, true);

      await db.execute(sql`delete from exchange_message_log where seq = ${target!.seq}`);
      const removed = await verifyMessageLog(db, { keys: keys() });
      assert.ok(removed.problems.some((p) => p.kind === 'gap'), JSON.stringify(removed.problems));
      assert.ok(removed.problems.some((p) => p.kind === 'batch_root' || p.kind === 'batch_records'));
    } finally {
      await db.execute(sql`alter table exchange_message_log enable trigger exchange_message_log_append_only`);
    }
  });

  it('refuses to change or delete a log record through SQL (append-only)', async () => {
    const refusedWith = (pattern: RegExp) => (err: unknown) => pattern.test(String((err as { cause?: Error }).cause?.message ?? (err as Error).message));
    await assert.rejects(x.t.database.db.execute(sql`update exchange_message_log set client = 'x' where seq = 1`), refusedWith(/can only be pruned/));
    await assert.rejects(x.t.database.db.execute(sql`delete from exchange_message_log where seq = 1`), refusedWith(/append-only/));
  });
});
