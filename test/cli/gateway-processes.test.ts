// The gateway as separate processes: `serve --role gateway` serves the exchange alone; gateways share one quota in
// Redis; monitoring records reach NATS JetStream; a gateway killed with SIGKILL under load loses no answered call,
// and verify-log passes after the restart; the maintenance switch drains /health.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { createTestDatabase, testEngine, type TestDatabase } from '../helpers/app.js';
import { openDatabase, queryRows } from '../../src/core/db.js';
import { databaseEnv, run, serve, stop } from '../helpers/processes.js';
import { description, startBackend } from '../modules/exchange/gateway-setup.js';
import { sampleSystem } from '../helpers/fixtures.js';

const ADMIN = { email: 'quantri@hungyen.gov.vn', password: 'mat-khau-quan-tri-cong-lgsp' };
const base = '/api/v1/exchange';

/** The management API over HTTP, as the administrator. */
async function adminSession(url: string) {
  const login = await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
  assert.equal(login.status, 200, await login.clone().text());
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const send = async <T>(method: string, p: string, body: unknown, expect: number): Promise<T> => {
    const res = await fetch(`${url}${p}`, { method, headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const text = await res.text();
    assert.equal(res.status, expect, `${method} ${p}: ${text}`);
    return JSON.parse(text) as T;
  };
  return { post: <T>(p: string, body: unknown, expect = 201) => send<T>('POST', p, body, expect), patch: <T>(p: string, body: unknown) => send<T>('PATCH', p, body, 200) };
}

/** A provider's published service; two consumers, each with an approved subscription (its quota per minute) and an API key. */
async function setUpExchange(url: string, backendUrl: string, quotas: { limited: number; open: number }) {
  const admin = await adminSession(url);
  const system = async (code: string, ownerAgencyId: string) => (await admin.post<{ id: string }>('/api/v1/registry/systems', sampleSystem({ code, ownerAgencyId }))).id;
  const providerMember = await admin.post<{ id: string }>(`${base}/members`, { agencyId: 'so-khcn', memberClass: 'GOV' });
  const consumerMember = await admin.post<{ id: string }>(`${base}/members`, { agencyId: 'so-y-te', memberClass: 'GOV' });
  const provider = await admin.post<{ id: string; identifier: string }>(`${base}/members/${providerMember.id}/subsystems`, { code: 'ho-so', systemId: await system('HY-HOSO', 'so-khcn') });
  const service = await admin.post<{ id: string; identifier: string }>(`${base}/subsystems/${provider.id}/services`, { code: 'ho-so', backendUrl: `${backendUrl}/api`, description: description() });
  await admin.patch(`${base}/services/${service.id}`, { status: 'published' });
  const consumer = async (code: string, quotaPerMinute: number) => {
    const subsystem = await admin.post<{ id: string; identifier: string }>(`${base}/members/${consumerMember.id}/subsystems`, { code, systemId: await system(`HY-${code.toUpperCase()}`, 'so-y-te') });
    const subscription = await admin.post<{ id: string }>(`${base}/subscriptions`, { clientSubsystemId: subsystem.id, serviceId: service.id, purpose: 'Kiểm thử cổng', legalBasis: 'Quyết định thử nghiệm' });
    await admin.post(`${base}/subscriptions/${subscription.id}/decision`, { decision: 'approve', quotaPerMinute, quotaPerDay: 1_000_000 }, 200);
    const key = await admin.post<{ secret: string }>(`${base}/subsystems/${subsystem.id}/credentials`, { type: 'api_key', label: 'processes' });
    return { client: subsystem.identifier, apiKey: key.secret };
  };
  return { servicePath: `/r1/${service.identifier}`, limited: await consumer('y-te', quotas.limited), open: await consumer('benh-vien', quotas.open) };
}

describe(`LGSP gateway processes on ${testEngine}`, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-gw-'));
  let db: TestDatabase | undefined;
  let env: Record<string, string>;
  let backend: Awaited<ReturnType<typeof startBackend>>;
  let exchange: Awaited<ReturnType<typeof setUpExchange>>;

  before(async () => {
    if (testEngine === 'postgres') {
      db = await createTestDatabase();
      await db.database.close();
    }
    env = { ...databaseEnv(path.join(dir, 'data'), db), ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, RATE_LIMIT_PER_MINUTE: '0', SEED_KNOWN_SYSTEMS: '0', HEALTH_CACHE_MS: '0' };
    backend = await startBackend();
    const first = await serve(env);
    try {
      exchange = await setUpExchange(first.url, backend.url, { limited: 12, open: 1_000_000 });
    } finally {
      await stop(first.child);
    }
  });
  after(async () => {
    await backend.close();
    if (db) await db.drop().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const callVia = (url: string, suffix: string, as: 'limited' | 'open' = 'open') =>
    fetch(`${url}${exchange.servicePath}/items/${suffix}`, { headers: { 'x-road-client': exchange[as].client, 'lgsp-api-key': exchange[as].apiKey, 'x-road-id': `p-${suffix}` } });

  it('serves the gateway alone with --role gateway, the rest with --role api', async () => {
    const gateway = await serve(env, ['--role', 'gateway']);
    try {
      assert.equal((await callVia(gateway.url, 'role')).status, 200);
      assert.equal((await fetch(`${gateway.url}${base}/services`)).status, 404, 'no management API');
      assert.equal((await fetch(`${gateway.url}/`)).status, 404, 'no web UI');
      assert.equal((await fetch(`${gateway.url}/health`)).status, 200);
    } finally {
      await stop(gateway.child);
    }
    const api = await serve(env, ['--role', 'api']);
    try {
      assert.equal((await fetch(`${api.url}${base}/services`)).status, 200);
      assert.equal((await callVia(api.url, 'role-api')).status, 404, 'no gateway');
    } finally {
      await stop(api.child);
    }
  });

  it('counts one quota in Redis for every gateway', async () => {
    // PGlite is one process's database: there, one gateway proves the Redis counting; on PostgreSQL two share it.
    const redisEnv = { ...env, REDIS_URL: 'redis://127.0.0.1:6379' };
    const gateways = testEngine === 'postgres' ? [await serve(redisEnv, ['--role', 'gateway']), await serve(redisEnv, ['--role', 'gateway'])] : [await serve(redisEnv, ['--role', 'gateway'])];
    try {
      // A new minute window may begin during the burst: wait for one to have started recently.
      const inMinute = Date.now() % 60_000;
      if (inMinute > 50_000) await new Promise((r) => setTimeout(r, 60_500 - inMinute));
      const statuses = await Promise.all(Array.from({ length: 30 }, (_, i) => callVia(gateways[i % gateways.length]!.url, `q${i}`, 'limited').then((r) => r.status)));
      assert.equal(statuses.filter((s) => s === 200).length, 12, JSON.stringify(statuses));
      assert.equal(statuses.filter((s) => s === 429).length, 18);
    } finally {
      for (const g of gateways) await stop(g.child);
    }
  });

  it('publishes every monitoring record to NATS JetStream', async () => {
    const { connect } = await import('@nats-io/transport-node');
    const { jetstream, jetstreamManager, DeliverPolicy } = await import('@nats-io/jetstream');
    const nc = await connect({ servers: 'nats://127.0.0.1:4222' });
    const gateway = await serve({ ...env, NATS_URL: 'nats://127.0.0.1:4222' }, ['--role', 'gateway']);
    try {
      const marker = `nats-${Date.now()}`;
      assert.equal((await callVia(gateway.url, marker)).status, 200);
      const jsm = await jetstreamManager(nc);
      const consumer = await jsm.consumers.add('LGSP_OPMON', { filter_subject: 'lgsp.opmon.v1.VN-HY.GOV.so-khcn.ho-so.ho-so', deliver_policy: DeliverPolicy.All, inactive_threshold: 30e9 });
      const messages = await jetstream(nc).consumers.get('LGSP_OPMON', consumer.name);
      let found: Record<string, unknown> | null = null;
      const deadline = Date.now() + 10_000;
      while (!found && Date.now() < deadline) {
        const batch = await messages.fetch({ max_messages: 500, expires: 1000 });
        for await (const m of batch) {
          const record = m.json<Record<string, unknown>>();
          if (record.messageId === `p-${marker}`) found = record;
          m.ack();
        }
      }
      assert.ok(found, 'the record arrived on lgsp.opmon.v1.VN-HY.GOV.so-khcn.ho-so.ho-so');
      assert.equal(found.restPath, `/items/${marker}`);
      assert.equal(found.statusCode, 200);
    } finally {
      await stop(gateway.child);
      await nc.close();
    }
  });

  it('loses no answered call to SIGKILL under load, and verify-log passes after the restart', async () => {
    const gateway = await serve(env, ['--role', 'gateway']);
    const answered: string[] = [];
    let running = true;
    const worker = async (w: number) => {
      for (let i = 0; running; i++) {
        const id = `kill-${w}-${i}`;
        try {
          const res = await callVia(gateway.url, id);
          await res.arrayBuffer();
          if (res.status === 200) answered.push(res.headers.get('x-road-id')!);
        } catch {
          return; // the connection died with the process
        }
      }
    };
    const workers = Array.from({ length: 8 }, (_, w) => worker(w));
    while (answered.length < 150) await new Promise((r) => setTimeout(r, 20));
    gateway.child.kill('SIGKILL');
    running = false;
    await Promise.all(workers);
    await new Promise((resolve) => (gateway.child.exitCode !== null || gateway.child.signalCode !== null ? resolve(null) : gateway.child.once('exit', resolve)));

    const restarted = await serve(env, ['--role', 'gateway']);
    await stop(restarted.child);
    const verified = run(['verify-log'], env);
    assert.equal(verified.status, 0, verified.stdout + verified.stderr);
    assert.match(verified.stdout, /Message log intact/);
    const direct = await openDatabase(db?.url ? { databaseUrl: db.url } : { dataDir: path.join(dir, 'data') });
    try {
      const logged = new Set((await queryRows<{ id: string }>(direct.db, sql`select x_road_id as id from exchange_message_log where x_road_id like 'p-kill-%'`)).map((r) => r.id));
      const missing = answered.filter((id) => !logged.has(id));
      assert.deepEqual(missing, [], `${missing.length} of ${answered.length} answered calls are not in the log`);
    } finally {
      await direct.close();
    }
    const one = run(['verify-log', '--record', answered[0]!], env);
    assert.equal(one.status, 0, one.stdout + one.stderr);
    assert.match(one.stdout, /intact/);
  });

  it('drains /health with the maintenance switch while calls still pass', async () => {
    const gateway = await serve(env, ['--role', 'gateway']);
    try {
      assert.equal(run(['maintenance', 'on'], env).status, 0);
      const health = await fetch(`${gateway.url}/health`);
      assert.equal(health.status, 503);
      assert.equal(((await health.json()) as { code: string }).code, 'MAINTENANCE');
      assert.equal((await callVia(gateway.url, 'drain')).status, 200);
      assert.equal(run(['maintenance', 'off'], env).status, 0);
      assert.equal((await fetch(`${gateway.url}/health`)).status, 200);
    } finally {
      run(['maintenance', 'off'], env);
      await stop(gateway.child);
    }
  });
});
