// npm run bench:exchange — the LGSP gateway (/r1/…) under load, on loopback, beside what it is measured against in
// the same run: (a) the echo backend directly, (b) nginx as a plain reverse proxy, (c) a bare Node.js reverse proxy
// (the ceiling for any Node gateway), (d) `kientruc serve` on the PostgreSQL server and (e) on PGlite, with every
// feature of the call path on: API key, a right from an approved subscription (its quota counted, never refusing),
// operational monitoring and the message log with bodies. Then the latency added at a fixed 1,000 requests/s, the
// gateway's memory under sustained load, and the message log's verification (`kientruc verify-log`).
//
// Environment: BENCH_CONNECTIONS (50), BENCH_DURATION (10 s per run, after BENCH_WARMUP 2 s), BENCH_RATE (1000),
// BENCH_MEMORY_SECONDS (60), BENCH_NGINX_WORKERS (1), BENCH_PG_URL (postgres://postgres@127.0.0.1:5432/postgres),
// BENCH_ENGINES (postgres,pglite).
import { spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { percentile, startProcess } from './lib/harness.js';
import { breakdown, topSelf, type CpuProfile } from './lib/exchange-profile.js';
import { backendSource, httpProxySource, kilobyteJson, NGINX, startNginx, startPlain, undiciProxySource } from './lib/exchange-servers.js';

const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const durationSeconds = Number(process.env.BENCH_DURATION ?? 10);
const warmupSeconds = Number(process.env.BENCH_WARMUP ?? 2);
const fixedRate = Number(process.env.BENCH_RATE ?? 1000);
const memorySeconds = Number(process.env.BENCH_MEMORY_SECONDS ?? 60);
const nginxWorkers = Number(process.env.BENCH_NGINX_WORKERS ?? 1);
const engines = process.env.BENCH_ENGINES ?? 'postgres,pglite';
const admin = { email: 'bench@hungyen.gov.vn', password: 'bench-password-123' };
const kilobyte = kilobyteJson();

interface Run {
  rps: number;
  p50: number;
  p99: number;
  total: number;
  non2xx: number;
  errors: number;
}

interface Target {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

/** One autocannon run; p50 and p99 from every response's own time (ms, sub-millisecond resolution). */
async function load(target: Target, options: { connections: number; durationSeconds: number; overallRate?: number; onTick?: (elapsedS: number) => void }): Promise<Run> {
  const latencies: number[] = [];
  let non2xx = 0;
  const instance = autocannon({
    url: target.url,
    method: target.method ?? 'GET',
    headers: { ...(target.body !== undefined ? { 'content-type': 'application/json' } : {}), ...(target.headers ?? {}) },
    ...(target.body !== undefined ? { body: target.body } : {}),
    connections: options.connections,
    duration: options.durationSeconds,
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
  }) as unknown as autocannon.Instance & Promise<autocannon.Result>;
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    if (statusCode < 200 || statusCode >= 300) non2xx++;
  });
  let ticker: NodeJS.Timeout | undefined;
  if (options.onTick) {
    const started = performance.now();
    const tick = options.onTick;
    ticker = setInterval(() => tick((performance.now() - started) / 1000), 1000);
  }
  const result = await instance;
  if (ticker) clearInterval(ticker);
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / options.durationSeconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), total: latencies.length, non2xx, errors: result.errors + result.timeouts };
}

/** A warm-up run, discarded, then the measured one. */
async function measure(target: Target): Promise<Run & { warmupTotal: number }> {
  const warm = warmupSeconds > 0 ? await load(target, { connections, durationSeconds: warmupSeconds }) : undefined;
  return { ...(await load(target, { connections, durationSeconds })), warmupTotal: warm?.total ?? 0 };
}

const num = (n: number, digits = 0, width = 9) => (Number.isFinite(n) ? n.toFixed(digits) : '—').padStart(width);
function row(label: string, r: Run): string {
  const bad = r.non2xx + r.errors;
  return `  ${label.padEnd(58)}${num(r.rps)} ${num(r.p50, 2)} ${num(r.p99, 2)}${bad ? `   (${r.non2xx} non-2xx, ${r.errors} errors)` : ''}`;
}

/** SIGTERM, and wait for the exit (a process already gone, by exit or signal, is left alone). */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

function rssMiB(child: ChildProcess): number {
  const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

// ------------------------------------------------------------------------------------------ the gateway set-up

interface Session {
  base: string;
  cookie: string;
  csrf: string;
}

async function api<T>(s: Session, method: string, url: string, body?: unknown, expected = [200, 201]): Promise<T> {
  const res = await fetch(`${s.base}${url}`, {
    method,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  if (!expected.includes(res.status)) throw new Error(`${method} ${url}: ${res.status} ${text.slice(0, 500)}`);
  return (text ? JSON.parse(text) : null) as T;
}

const system = (code: string, ownerAgencyId: string) => ({
  code,
  kind: 'information_system',
  name: { vi: `Hệ thống ${code}`, en: `System ${code}` },
  ownerAgencyId,
  contacts: [{ name: 'Nguyễn Văn Bình', role: 'Quản trị hệ thống', email: 'binh@hungyen.gov.vn' }],
  purpose: 'Hệ thống dùng cho bài đo hiệu năng của cổng LGSP.',
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
  dataObjects: [{ name: 'Hồ sơ', personal: false, sensitive: false }],
  interfaces: [],
  documents: [],
});

const description = JSON.stringify({
  openapi: '3.0.3',
  info: { title: 'Tra cứu hồ sơ', version: '1.0.0' },
  servers: [{ url: 'http://backend.internal/api' }],
  paths: {
    '/items/{id}': { get: { operationId: 'getItem', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'The item' } } } },
    '/items': { post: { operationId: 'createItem', responses: { '200': { description: 'Created' } } } },
  },
});

/**
 * Through the management API, as the administrator (who may do all of it): two systems, two members with a
 * subsystem each, the provider's service (message log with bodies) published, the consumer's subscription
 * approved with a large quota, and the consumer's API key.
 */
async function setUp(base: string, backendUrl: string): Promise<{ get: Target; post: Target; rightNote: string }> {
  const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) });
  if (!login.ok) throw new Error(`login failed: ${login.status}`);
  const s: Session = { base, cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: ((await login.json()) as { csrfToken: string }).csrfToken };
  const x = '/api/v1/exchange';
  const providerSystem = await api<{ id: string }>(s, 'POST', '/api/v1/registry/systems', system('HY-HOSO', 'so-khcn'));
  const consumerSystem = await api<{ id: string }>(s, 'POST', '/api/v1/registry/systems', system('HY-YTE', 'so-y-te'));
  const providerMember = await api<{ id: string }>(s, 'POST', `${x}/members`, { agencyId: 'so-khcn', memberClass: 'GOV' });
  const consumerMember = await api<{ id: string }>(s, 'POST', `${x}/members`, { agencyId: 'so-y-te', memberClass: 'GOV' });
  const providerSubsystem = await api<{ id: string; identifier: string }>(s, 'POST', `${x}/members/${providerMember.id}/subsystems`, { code: 'ho-so', systemId: providerSystem.id });
  const consumerSubsystem = await api<{ id: string; identifier: string }>(s, 'POST', `${x}/members/${consumerMember.id}/subsystems`, { code: 'y-te', systemId: consumerSystem.id });
  const draft = await api<{ id: string }>(s, 'POST', `${x}/subsystems/${providerSubsystem.id}/services`, { code: 'ho-so', backendUrl: `${backendUrl}/api`, description, logBodies: true });
  const service = await api<{ id: string; identifier: string; logBodies: boolean }>(s, 'PATCH', `${x}/services/${draft.id}`, { status: 'published' });
  if (!service.logBodies) throw new Error('the service does not log bodies');
  const subscription = await api<{ id: string }>(s, 'POST', `${x}/subscriptions`, {
    clientSubsystemId: consumerSubsystem.id,
    serviceId: service.id,
    purpose: 'Bài đo hiệu năng',
    legalBasis: 'Không áp dụng (dữ liệu thử)',
  });
  await api(s, 'POST', `${x}/subscriptions/${subscription.id}/decision`, { decision: 'approve', quotaPerMinute: 1_000_000, quotaPerDay: 100_000_000 });
  const rights = await api<{ subscriptionId: string | null; client: string | null }[]>(s, 'GET', `${x}/services/${service.id}/rights`);
  if (!rights.some((r) => r.subscriptionId === subscription.id && r.client === consumerSubsystem.identifier)) throw new Error(`no right from the subscription: ${JSON.stringify(rights)}`);
  const key = await api<{ secret: string }>(s, 'POST', `${x}/subsystems/${consumerSubsystem.id}/credentials`, { type: 'api_key', label: 'bench' });
  const headers = { 'x-road-client': consumerSubsystem.identifier, 'lgsp-api-key': key.secret };
  const get: Target = { url: `${base}/r1/${service.identifier}/items/123`, headers };
  const post: Target = { url: `${base}/r1/${service.identifier}/items`, method: 'POST', headers, body: kilobyte };
  for (const t of [get, post]) {
    const res = await fetch(t.url, { method: t.method ?? 'GET', headers: { ...t.headers, ...(t.body ? { 'content-type': 'application/json' } : {}) }, ...(t.body ? { body: t.body } : {}) });
    const text = await res.text();
    if (res.status !== 200 || text !== kilobyte) throw new Error(`gateway smoke ${t.method ?? 'GET'}: ${res.status} ${text.slice(0, 300)}`);
  }
  return { get, post, rightNote: `right from subscription ${subscription.id.slice(0, 8)}…, quota 1,000,000/min and 100,000,000/day` };
}

function verifyLog(env: Record<string, string>): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'verify-log'], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}`.trim() };
}

// ------------------------------------------------------------------------------------------ PostgreSQL scratch DB

async function createDatabase(): Promise<{ url: string; name: string; drop(): Promise<void> } | undefined> {
  const adminUrl = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `kt_bench_exchange_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query(`create database ${name}`);
    // Diagnostics only, e.g. BENCH_PG_SETTINGS=synchronous_commit=off: how much of a commit is the WAL flush.
    for (const setting of (process.env.BENCH_PG_SETTINGS ?? '').split(',').filter(Boolean)) {
      const [key, value] = setting.split('=');
      if (!/^[a-z_]+$/.test(key ?? '') || !/^[\w.]+$/.test(value ?? '')) throw new Error(`BENCH_PG_SETTINGS: ${setting}`);
      await client.query(`alter database ${name} set ${key} = '${value}'`);
    }
  } catch (err) {
    console.log(`  (PostgreSQL server not measured: ${(err as Error).message})`);
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      const cleaner = new pg.Client({ connectionString: adminUrl });
      await cleaner.connect();
      await cleaner.query(`drop database if exists ${name} with (force)`);
      await cleaner.end();
    },
  };
}

// ------------------------------------------------------------------------------------------ main

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-bench-exchange-'));
  const children: ChildProcess[] = [];
  const results = new Map<string, Run>();
  let dropDatabase: (() => Promise<void>) | undefined;
  console.log(
    `Kiến trúc — bench:exchange (Node ${process.version}, ${os.cpus().length} cores, ${os.cpus()[0]?.model.trim() ?? ''}; loopback; autocannon in the bench process, ` +
      `${connections} connections, ${warmupSeconds} s warm-up then ${durationSeconds} s per run; responses of 1,024 bytes of JSON)`,
  );
  console.log('Every process shares the same cores: the load generator, the backend, the proxy under test and PostgreSQL.');
  try {
    const backend = await startPlain(backendSource);
    children.push(backend.child);
    const get = (base: string): Target => ({ url: `${base}/api/items/123` });

    console.log(`\n  Throughput, GET with a 1 KB JSON answer${' '.repeat(19)}    req/s    p50 ms    p99 ms`);
    results.set('a', await measure(get(backend.url)));
    console.log(row('(a) echo backend directly (node:http, keep-alive)', results.get('a')!));

    if (fs.existsSync(NGINX)) {
      const nginx = await startNginx(path.join(dir, 'nginx'), backend.port, nginxWorkers);
      children.push(nginx.child);
      results.set('b', await measure(get(nginx.url)));
      console.log(row(`(b) nginx ${nginxWorkers} worker${nginxWorkers > 1 ? 's' : ''}, upstream keepalive 64`, results.get('b')!));
      await stop(nginx.child);
    } else {
      console.log('  (b) nginx: not installed — apt-get install nginx-light; skipped');
    }

    for (const [label, source] of [
      ['node:http + http.Agent', httpProxySource],
      ['node:http + undici Pool', undiciProxySource],
    ] as const) {
      const proxy = await startPlain(source, { TARGET: backend.url });
      children.push(proxy.child);
      const r = await measure(get(proxy.url));
      console.log(row(`(c) bare Node.js proxy, ${label}`, r));
      if (!results.has('c') || r.rps > results.get('c')!.rps) {
        results.set('c', r);
        results.set(`c:${label}`, r);
      }
      await stop(proxy.child);
    }

    const gatewayEnv = (engine: string): Record<string, string> => ({
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      WEB_DIR: '/nonexistent',
      DATA_DIR: path.join(dir, engine, 'data'),
      SIGNING_KEY_FILE: path.join(dir, engine, 'signing-key.pem'),
      EXCHANGE_LOG_SEAL_FILE: path.join(dir, engine, 'exchange-log-seals.jsonl'),
      RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: 'warn',
    });

    let fixed: { a: Run; d: Run } | undefined;
    let memory: { at: { s: number; mib: number }[]; run: Run } | undefined;
    let verification: { status: number | null; output: string; records: number } | undefined;

    // ---- (d) PostgreSQL server
    const database = engines.includes('postgres') ? await createDatabase() : undefined;
    if (database) {
      dropDatabase = database.drop;
      const env = { ...gatewayEnv('postgres'), DATABASE_URL: database.url };
      fs.mkdirSync(path.join(dir, 'postgres'), { recursive: true });
      const server = await startProcess(['src/cli.ts', 'serve'], env, (p) => `http://127.0.0.1:${p}/health`);
      children.push(server.child);
      const base = `http://127.0.0.1:${server.port}`;
      const targets = await setUp(base, backend.url);
      let gatewayCalls = 2;
      const dGet = await measure(targets.get);
      results.set('d', dGet);
      console.log(row('(d) our gateway, PostgreSQL server, every feature on', dGet));
      const dPost = await measure(targets.post);
      results.set('d:post', dPost);
      console.log(row('(d) the same, POST with a 1 KB JSON body', dPost));
      gatewayCalls += dGet.total + dGet.warmupTotal + dPost.total + dPost.warmupTotal;

      // Latency added at a fixed rate: the backend alone and through the gateway, same rate, same connections (as
      // many as the throughput runs, so that a slower answer does not lower the rate offered).
      const rateConnections = connections;
      const a = await load(get(backend.url), { connections: rateConnections, durationSeconds, overallRate: fixedRate });
      const d = await load(targets.get, { connections: rateConnections, durationSeconds, overallRate: fixedRate });
      gatewayCalls += d.total;
      fixed = { a, d };

      // Memory under sustained load.
      const at: { s: number; mib: number }[] = [{ s: 0, mib: rssMiB(server.child) }];
      const marks = new Set([10, 20, 30, 40, 50, 60, 90, 120].filter((m) => m < memorySeconds));
      const run = await load(targets.get, {
        connections,
        durationSeconds: memorySeconds,
        onTick: (elapsed) => {
          const s = Math.round(elapsed);
          if (marks.has(s)) {
            marks.delete(s);
            at.push({ s, mib: rssMiB(server.child) });
          }
        },
      });
      at.push({ s: memorySeconds, mib: rssMiB(server.child) });
      gatewayCalls += run.total;
      memory = { at, run };

      await stop(server.child);
      const verified = verifyLog(env);
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      const count = await client.query<{ n: string; bodies: string }>(`select count(*) as n from exchange_message_log`);
      await client.end();
      verification = { ...verified, records: Number(count.rows[0]?.n ?? NaN) };
      console.log(`      set-up: ${targets.rightNote}; ${gatewayCalls.toLocaleString('en')} gateway calls answered to autocannon in all (warm-ups included)`);
    }

    // ---- (e) PGlite
    let pgliteVerification: { status: number | null; output: string } | undefined;
    if (engines.includes('pglite')) {
      try {
        const env = gatewayEnv('pglite');
        fs.mkdirSync(path.join(dir, 'pglite'), { recursive: true });
        const server = await startProcess(['src/cli.ts', 'serve'], env, (p) => `http://127.0.0.1:${p}/health`);
        children.push(server.child);
        const targets = await setUp(`http://127.0.0.1:${server.port}`, backend.url);
        const eGet = await measure(targets.get);
        results.set('e', eGet);
        console.log(row('(e) our gateway, embedded PGlite, every feature on', eGet));
        const ePost = await measure(targets.post);
        console.log(row('(e) the same, POST with a 1 KB JSON body', ePost));
        await stop(server.child);
        pgliteVerification = verifyLog(env);
      } catch (err) {
        console.log(`  (e) our gateway on PGlite: failed — ${(err as Error).message.split('\n')[0]}`);
      }
    }

    const ratio = (x: string, y: string) => (results.has(x) && results.has(y) ? results.get(x)!.rps / results.get(y)!.rps : NaN);
    console.log('\n  Ratios of requests/s (GET)');
    console.log(`    (d)/(b) gateway on PostgreSQL / nginx                   ${num(ratio('d', 'b'), 2)}`);
    console.log(`    (d)/(c) gateway on PostgreSQL / bare Node.js proxy      ${num(ratio('d', 'c'), 2)}`);
    console.log(`    (e)/(c) gateway on PGlite / bare Node.js proxy          ${num(ratio('e', 'c'), 2)}`);

    if (fixed) {
      console.log(`\n  Latency at a fixed ${fixedRate.toLocaleString('en')} requests/s (${connections} connections, ${durationSeconds} s)   req/s    p50 ms    p99 ms`);
      console.log(row('(a) echo backend directly', fixed.a));
      console.log(row('(d) through the gateway (PostgreSQL, every feature on)', fixed.d));
      console.log(`  ${'added by the gateway'.padEnd(58)}${' '.repeat(10)}${num(fixed.d.p50 - fixed.a.p50, 2)} ${num(fixed.d.p99 - fixed.a.p99, 2)}`);
      if (fixed.d.rps < 0.95 * fixedRate) console.log(`  (the gateway did not keep up with ${fixedRate.toLocaleString('en')} req/s: it is saturated, and its latency there is mostly queueing)`);
    }

    if (memory) {
      console.log(`\n  Gateway memory (RSS of the kientruc serve process) under ${connections} connections of GET for ${memorySeconds} s`);
      console.log(`    ${memory.at.map((m) => `${m.s} s: ${m.mib.toFixed(0)} MiB`).join(',  ')}`);
      console.log(`    ${memory.run.rps.toFixed(0)} req/s meanwhile${memory.run.non2xx + memory.run.errors ? ` (${memory.run.non2xx} non-2xx, ${memory.run.errors} errors)` : ''}`);
    }

    if (verification) {
      console.log(`\n  Message log after (d): ${verification.records.toLocaleString('en')} records in exchange_message_log; verify-log exit ${verification.status}:`);
      for (const line of verification.output.split('\n')) console.log(`    ${line}`);
    }
    if (pgliteVerification) {
      console.log(`  Message log after (e): verify-log exit ${pgliteVerification.status}:`);
      for (const line of pgliteVerification.output.split('\n')) console.log(`    ${line}`);
    }

    console.log('\n  Targets');
    const mark = (ok: boolean | undefined) => (ok === undefined ? 'not measured' : ok ? 'met' : 'NOT MET');
    const d = results.get('d');
    console.log(`    PostgreSQL, every feature on: >= 3,000 req/s              ${(d ? d.rps.toFixed(0) : '—').padStart(9)}   ${mark(d ? d.rps >= 3000 : undefined)}`);
    const r = ratio('d', 'c');
    console.log(`    >= 0.6 of the bare Node.js proxy                           ${num(r, 2)}   ${mark(Number.isFinite(r) ? r >= 0.6 : undefined)}`);
    const added = fixed ? fixed.d.p99 - fixed.a.p99 : NaN;
    console.log(`    p99 added at ${fixedRate.toLocaleString('en')} req/s < 5 ms                          ${num(added, 2)}   ${mark(fixed ? added < 5 && fixed.d.non2xx === 0 : undefined)}`);
    if (memory) {
      const ten = memory.at.find((m) => m.s === 10) ?? memory.at[1]!;
      const last = memory.at[memory.at.length - 1]!;
      const growth = (last.mib - ten.mib) / ten.mib;
      console.log(`    memory flat (RSS at ${last.s} s within 10 % of RSS at ${ten.s} s)       ${num(growth * 100, 1, 8)}%   ${mark(growth <= 0.1)}`);
    } else console.log(`    memory flat                                                ${' '.repeat(9)}   not measured`);
  } finally {
    for (const child of children) await stop(child).catch(() => undefined);
    await dropDatabase?.().catch((err: unknown) => console.error('drop database failed', err));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * BENCH_PROFILE=1: (d) alone under the V8 CPU profiler (bench/lib/profile-on-signal.ts), one GET run, and the
 * gateway thread's CPU time by part of the request path. The profiler slows the process: rates are lower.
 */
async function profileMain() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-bench-exchange-profile-'));
  const children: ChildProcess[] = [];
  const database = await createDatabase();
  if (!database) return;
  try {
    const backend = await startPlain(backendSource);
    children.push(backend.child);
    const env = {
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      WEB_DIR: '/nonexistent',
      DATA_DIR: path.join(dir, 'data'),
      SIGNING_KEY_FILE: path.join(dir, 'signing-key.pem'),
      EXCHANGE_LOG_SEAL_FILE: path.join(dir, 'seals.jsonl'),
      DATABASE_URL: database.url,
      PROFILE_DIR: dir,
    };
    const preload = process.env.BENCH_TRACE ? ['--import', './bench/lib/exchange-trace.ts'] : ['--import', './bench/lib/profile-on-signal.ts'];
    const server = await startProcess([...preload, 'src/cli.ts', 'serve'], env, (p) => `http://127.0.0.1:${p}/health`);
    children.push(server.child);
    const targets = await setUp(`http://127.0.0.1:${server.port}`, backend.url);
    const target = process.env.BENCH_PROFILE === 'post' ? targets.post : targets.get;
    await load(target, { connections, durationSeconds: warmupSeconds || 2 });
    if (process.env.BENCH_TRACE) {
      server.child.kill('SIGUSR1');
      const r = await load(target, { connections, durationSeconds });
      server.child.kill('SIGUSR1');
      await new Promise((resolve) => setTimeout(resolve, 300));
      console.log(row(`(d) traced, ${target.method ?? 'GET'}`, r));
      return;
    }
    server.child.kill('SIGUSR2');
    const r = await load(target, { connections, durationSeconds });
    server.child.kill('SIGUSR2');
    const file = path.join(dir, 'run-1.cpuprofile');
    while (!fs.existsSync(file)) await new Promise((resolve) => setTimeout(resolve, 50));
    const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
    console.log(row(`(d) under the profiler, ${target.method ?? 'GET'}`, r));
    const rows = breakdown(profile);
    const busy = rows.filter((x) => x.part !== 'idle').reduce((n, x) => n + x.ms, 0);
    console.log('    gateway thread: CPU ms, share of the busy time, µs per request');
    for (const x of rows) {
      const share = x.part === 'idle' ? '      ' : `${((100 * x.ms) / busy).toFixed(1).padStart(5)}%`;
      console.log(`    ${x.part.padEnd(56)} ${x.ms.toFixed(0).padStart(7)}  ${share}  ${((1000 * x.ms) / r.total).toFixed(0).padStart(6)}`);
    }
    console.log('    top self time');
    for (const x of topSelf(profile, Number(process.env.BENCH_PROFILE_TOP ?? 25))) console.log(`    ${x.ms.toFixed(0).padStart(7)} ms  ${x.frame}`);
    if (process.env.BENCH_PROFILE_KEEP) fs.copyFileSync(file, process.env.BENCH_PROFILE_KEEP);
  } finally {
    for (const child of children) await stop(child).catch(() => undefined);
    await database.drop().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

(process.env.BENCH_PROFILE ? profileMain() : main()).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
