// npm run bench:registry — the registry at province scale (10,000 generated systems): compliance evaluation,
// search and list under load (as kept and read again, beside a bare SELECT of each page), ArchiMate export and import.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/core/db.js';
import { createBenchPostgres, fmt, load, median, percentile, startProcess, stop } from './lib/harness.js';

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

const summaryColumns = `id, code, kind, data -> 'name' as name, owner_agency_id, layer, lifecycle, status, verified, version, approved_version, compliance, created_at, updated_at`;

/** The pages the load runs ask for, with the SQL the registry runs for each when it reads it (its page and its count). */
const pages = [
  { label: 'search ?q=giam sat (1 in 10 systems)', url: '/api/v1/registry/systems?q=giam%20sat&limit=20&view=summary', where: `search_text like '%giam sat%'`, columns: summaryColumns, limit: 20 },
  { label: 'search ?q=so y te (few systems)', url: '/api/v1/registry/systems?q=so%20y%20te&limit=20&view=summary', where: `search_text like '%so y te%'`, columns: summaryColumns, limit: 20 },
  { label: 'search ?q=quan ly (every system)', url: '/api/v1/registry/systems?q=quan%20ly&limit=20&view=summary', where: `search_text like '%quan ly%'`, columns: summaryColumns, limit: 20 },
  { label: 'list ?limit=50&view=summary (web list)', url: '/api/v1/registry/systems?limit=50&view=summary', where: 'true', columns: summaryColumns, limit: 50 },
  { label: 'list ?limit=50 (whole records, 88 KB)', url: '/api/v1/registry/systems?limit=50', where: 'true', columns: '*', limit: 50 },
  {
    label: 'list ?layer=III&compliance=failing',
    url: '/api/v1/registry/systems?layer=III&compliance=failing&limit=50&view=summary',
    where: `layer = 'III' and (compliance ->> 'errors')::int > 0`,
    columns: summaryColumns,
    limit: 50,
  },
] as const;

interface BareResult {
  p50: number;
  p95: number;
  rps: number;
  clients: number;
}

/**
 * Each page's SELECT and count, run as the registry runs them (together), by as many clients as the load run for
 * as long: the floor under the endpoint. PGlite has one connection, so its bare runs use one client.
 */
async function bareSelects(engine: 'pglite' | 'postgres', env: Record<string, string>): Promise<Map<string, BareResult>> {
  const results = new Map<string, BareResult>();
  const pool = engine === 'postgres' ? new pg.Pool({ connectionString: env.DATABASE_URL, max: connections }) : undefined;
  const database = engine === 'pglite' ? await openDatabase({ dataDir: env.DATA_DIR ?? '' }) : undefined;
  const run = async (text: string) => {
    if (pool) await pool.query(text);
    else await database!.db.execute(sql.raw(text));
  };
  try {
    for (const clients of [1, connections]) {
      const parallel = pool ? clients : 1;
      for (const page of pages) {
        const latencies: number[] = [];
        const until = performance.now() + durationSeconds * 1000;
        await Promise.all(
          Array.from({ length: parallel }, async () => {
            while (performance.now() < until) {
              const t0 = performance.now();
              await Promise.all([
                run(`select ${page.columns} from registry_systems where ${page.where} order by code, id limit ${page.limit}`),
                run(`select count(*) from registry_systems where ${page.where}`),
              ]);
              latencies.push(performance.now() - t0);
            }
          }),
        );
        latencies.sort((a, b) => a - b);
        results.set(`${page.label}|${clients}`, { p50: percentile(latencies, 50), p95: percentile(latencies, 95), rps: latencies.length / durationSeconds, clients: parallel });
      }
    }
  } finally {
    await pool?.end();
    await database?.close();
  }
  return results;
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
  const serve = () => startProcess(['src/cli.ts', 'serve'], { ...env, ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password, WEB_DIR: '/nonexistent' }, (p) => `http://127.0.0.1:${p}/health`);

  let server = await serve();
  let base = `http://127.0.0.1:${server.port}`;
  try {
    let session = await login(base);
    let headers = { cookie: session.cookie, 'x-csrf-token': session.csrf };
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

    // The bare SELECTs read the table as the load runs find it (evaluated); PGlite allows one process, so the server stops meanwhile.
    await stop(server.child);
    const bare = await bareSelects(engine, env);
    server = await serve();
    base = `http://127.0.0.1:${server.port}`;
    session = await login(base);
    headers = { cookie: session.cookie, 'x-csrf-token': session.csrf };

    console.log('  Load (autocannon): each page as kept (read and serialised once at this stamp, then looked up by it) and read');
    console.log('  again (Cache-Control: no-cache: read and serialised each time; its total counted once at this stamp), beside');
    console.log('  a bare SELECT of the same page and count (the SQL alone, no HTTP, no app, no kept total).');
    console.log('  Targets with 10 connections: a list page >= 1000 req/s; p95 < 50 ms for list and search.');
    console.log('                                                           endpoint: p50 ms    p95 ms     req/s  non-2xx  |  bare SELECT: p50 ms    p95 ms   pages/s');
    for (const clients of [1, connections]) {
      for (const page of pages) {
        for (const mode of ['kept', 'read again'] as const) {
          const requestHeaders: Record<string, string> = { cookie: session.cookie, ...(mode === 'read again' ? { 'cache-control': 'no-cache' } : {}) };
          const r = await load(`${base}${page.url}`, { connections: clients, durationSeconds, headers: requestHeaders });
          const b = bare.get(`${page.label}|${clients}`);
          const bareText = b && mode === 'read again' ? `${fmt(b.p50, 2)} ${fmt(b.p95, 2)} ${fmt(b.rps, 0)}${b.clients === clients ? '' : ` (${b.clients} conn.)`}` : '';
          console.log(`    ${`${page.label}, ${clients} conn., ${mode}`.padEnd(56)}${fmt(r.p50)} ${fmt(r.p95)} ${fmt(r.rps, 0)} ${String(r.non2xx).padStart(8)}  |  ${bareText}`);
        }
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
    // BENCH_ENGINES=postgres measures the server only.
    if ((process.env.BENCH_ENGINES ?? 'pglite,postgres').includes('pglite')) await measure('pglite', { DATA_DIR: path.join(dir, 'data') });
    const pgDatabase = (process.env.BENCH_ENGINES ?? 'postgres').includes('postgres') ? await createBenchPostgres('registry') : undefined;
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
