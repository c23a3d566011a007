// npm run bench:registry — the registry at province scale (10,000 generated systems): compliance evaluation,
// search and list under load, ArchiMate export and import; beside a bare SELECT count(*) over the same table.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/core/db.js';
import { createBenchPostgres, fmt, load, median, startProcess, stop } from './lib/harness.js';

const systemsCount = Number(process.env.BENCH_SYSTEMS ?? 10_000);
const durationSeconds = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const admin = { email: 'bench@hungyen.gov.vn', password: 'bench-password-123' };

/** Times a bare count(*) and clears the stored findings, so the first evaluation below writes every one. */
async function countBaseline(engine: 'pglite' | 'postgres', env: Record<string, string>): Promise<number> {
  const timings: number[] = [];
  if (engine === 'postgres') {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    await client.query('update registry_systems set compliance = null');
    for (let i = 0; i < 25; i++) {
      const t0 = performance.now();
      await client.query('select count(*) from registry_systems');
      timings.push(performance.now() - t0);
    }
    await client.end();
  } else {
    const database = await openDatabase({ dataDir: env.DATA_DIR ?? '' });
    await database.db.execute(sql`update registry_systems set compliance = null`);
    for (let i = 0; i < 25; i++) {
      const t0 = performance.now();
      await database.db.execute(sql`select count(*) from registry_systems`);
      timings.push(performance.now() - t0);
    }
    await database.close();
  }
  return median(timings.slice(5));
}

async function login(base: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) });
  if (!res.ok) throw new Error(`login failed: ${res.status}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

async function measure(engine: 'pglite' | 'postgres', env: Record<string, string>) {
  console.log(`\n${engine === 'pglite' ? 'Embedded PGlite' : 'PostgreSQL server'} — ${systemsCount.toLocaleString('en')} generated systems`);
  const generated = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'demo', String(systemsCount)], {
    env: { ...process.env, ...env, LOG_LEVEL: 'warn', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password },
    encoding: 'utf8',
  });
  if (generated.status !== 0) throw new Error(generated.stderr);
  console.log(`  ${generated.stdout.trim()}`);
  const baselineMs = await countBaseline(engine, env);

  const server = await startProcess(['src/cli.ts', 'serve'], { ...env, ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password, WEB_DIR: '/nonexistent' }, (p) => `http://127.0.0.1:${p}/health`);
  const base = `http://127.0.0.1:${server.port}`;
  try {
    const session = await login(base);
    const headers = { cookie: session.cookie, 'x-csrf-token': session.csrf };
    const runs: { loadMs: number; evaluateMs: number; storeMs: number; totalMs: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${base}/api/v1/registry/compliance/evaluate`, { method: 'POST', headers });
      const body = (await res.json()) as { systems: number; timings: (typeof runs)[number] };
      if (body.systems < systemsCount) throw new Error(`evaluated ${body.systems} systems`);
      runs.push(body.timings);
    }
    const [first, ...again] = runs as [(typeof runs)[number], ...(typeof runs)[number][]];
    console.log('  Compliance, every rule on every system (ms)');
    console.log(`    rules in memory (median of 3)                     ${fmt(median(runs.map((r) => r.evaluateMs)))}`);
    console.log(`    first evaluation: load, evaluate, store all       ${fmt(first.totalMs)}   (target < 2000)`);
    console.log(`    re-evaluation, nothing changed (median of 2)      ${fmt(median(again.map((r) => r.totalMs)))}`);
    console.log(`    baseline: SELECT count(*) FROM registry_systems   ${fmt(baselineMs, 2)}`);

    console.log('  Load (autocannon)                                   p50 ms    p95 ms     req/s   requests  non-2xx');
    for (const clients of [1, connections]) {
      for (const [label, url] of [
        ['search ?q=giam sat (1 in 10 systems)', `${base}/api/v1/registry/systems?q=giam%20sat&limit=20`],
        ['search ?q=so y te (few systems)', `${base}/api/v1/registry/systems?q=so%20y%20te&limit=20`],
        ['search ?q=quan ly (every system)', `${base}/api/v1/registry/systems?q=quan%20ly&limit=20`],
        ['list ?limit=50', `${base}/api/v1/registry/systems?limit=50`],
        ['list ?layer=III&compliance=failing', `${base}/api/v1/registry/systems?layer=III&compliance=failing&limit=50`],
      ] as const) {
        const r = await load(url, { connections: clients, durationSeconds, headers: { cookie: session.cookie } });
        console.log(`    ${`${label}, ${clients} conn.`.padEnd(46)}${fmt(r.p50)} ${fmt(r.p95)} ${fmt(r.rps, 0)} ${String(r.total).padStart(10)} ${String(r.non2xx).padStart(8)}`);
      }
    }

    const exported = await timed(async () => {
      const res = await fetch(`${base}/api/v1/registry/export/archimate`, { headers });
      return { status: res.status, text: await res.text() };
    });
    if (exported.value.status !== 200) {
      console.log(`  ArchiMate exchange: not available (${exported.value.status})`);
      return;
    }
    const imported = await timed(async () => {
      const res = await fetch(`${base}/api/v1/registry/import/archimate`, { method: 'POST', headers: { ...headers, 'content-type': 'application/xml' }, body: exported.value.text });
      return { status: res.status, body: await res.text() };
    });
    console.log('  ArchiMate Open Exchange Format (ms)');
    console.log(`    export (${(exported.value.text.length / 1_048_576).toFixed(1)} MB)                                 ${fmt(exported.ms, 0)}`);
    console.log(`    import of that file (matched, nothing to change)  ${fmt(imported.ms, 0)}   ${imported.value.status === 200 ? imported.value.body : `status ${imported.value.status}: ${imported.value.body.slice(0, 200)}`}`);
  } finally {
    await stop(server.child);
  }
}

async function main() {
  console.log(`Kiến trúc — bench:registry (Node ${process.version}, ${os.cpus().length} cores; ${connections} connections, ${durationSeconds} s per load run)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-bench-registry-'));
  try {
    await measure('pglite', { DATA_DIR: path.join(dir, 'data') });
    const pgDatabase = await createBenchPostgres('registry');
    if (pgDatabase) {
      try {
        await measure('postgres', { DATABASE_URL: pgDatabase.url });
      } finally {
        await pgDatabase.drop();
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
