// npm run bench:foundation — start-up time and list-endpoint throughput, beside a constant-returning Fastify route.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

const durationSeconds = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const startRuns = Number(process.env.BENCH_START_RUNS ?? 3);

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startProcess(args: string[], env: Record<string, string>, readyUrl: (port: number) => string) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '0', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
    if (await fetch(readyUrl(port)).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  return { child, port, startMs: performance.now() - started };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function load(url: string) {
  const latencies: number[] = [];
  let non2xx = 0;
  // Typed as a promise when no callback is given; at run time it is also the event emitter.
  const instance = autocannon({ url, connections, duration: durationSeconds }) as unknown as autocannon.Instance & Promise<autocannon.Result>;
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    if (statusCode < 200 || statusCode >= 300) non2xx++;
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), rps: result.requests.average, total: latencies.length, non2xx };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const fmt = (n: number, digits = 1) => n.toFixed(digits).padStart(9);

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-bench-'));
  const env = { DATA_DIR: path.join(dir, 'data'), ADMIN_EMAIL: 'bench@hungyen.gov.vn', ADMIN_PASSWORD: 'bench-password-123', WEB_DIR: '/nonexistent' };
  const health = (port: number) => `http://127.0.0.1:${port}/health`;
  console.log(`Kiến trúc — bench:foundation (Node ${process.version}, ${os.cpus().length} cores; ${connections} connections, ${durationSeconds} s per load run)\n`);

  const first = await startProcess(['src/cli.ts', 'serve'], env, health);
  await stop(first.child);
  const warm: number[] = [];
  for (let i = 0; i < startRuns; i++) {
    const run = await startProcess(['src/cli.ts', 'serve'], env, health);
    warm.push(run.startMs);
    await stop(run.child);
  }
  const baselineStarts: number[] = [];
  for (let i = 0; i < startRuns; i++) {
    const run = await startProcess(['bench/constant-server.ts'], {}, (port) => `http://127.0.0.1:${port}/constant`);
    baselineStarts.push(run.startMs);
    await stop(run.child);
  }
  console.log('Start-up to a healthy /health (ms)');
  console.log(`  first start (migrate + seed, embedded PGlite)  ${fmt(first.startMs, 0)}`);
  console.log(`  existing embedded database (median of ${startRuns})     ${fmt(median(warm), 0)}`);
  console.log(`  baseline: bare Fastify constant route          ${fmt(median(baselineStarts), 0)}\n`);

  const servers: { label: string; child: ChildProcess; port: number }[] = [];
  const pgDatabase = await createBenchPostgres();
  try {
    const embedded = await startProcess(['src/cli.ts', 'serve'], env, health);
    servers.push({ label: 'PGlite', ...embedded });
    if (pgDatabase) {
      const server = await startProcess(['src/cli.ts', 'serve'], { ...env, DATABASE_URL: pgDatabase.url }, health);
      servers.push({ label: 'PostgreSQL', ...server });
    }
    const baseline = await startProcess(['bench/constant-server.ts'], {}, (port) => `http://127.0.0.1:${port}/constant`);
    servers.push({ label: 'baseline', ...baseline });
    const targets: [string, string][] = [];
    for (const s of servers.filter((x) => x.label !== 'baseline')) {
      targets.push([`${s.label}: GET /api/v1/roadmap/tasks?limit=50`, `http://127.0.0.1:${s.port}/api/v1/roadmap/tasks?limit=50`]);
      targets.push([`${s.label}: GET /api/v1/agencies?limit=50`, `http://127.0.0.1:${s.port}/api/v1/agencies?limit=50`]);
    }
    targets.push(['baseline: Fastify constant route', `http://127.0.0.1:${baseline.port}/constant`]);
    console.log('Load (autocannon)                                      p50 ms    p95 ms     req/s   requests  non-2xx');
    for (const [label, url] of targets) {
      const r = await load(url);
      console.log(`  ${label.padEnd(49)}${fmt(r.p50)} ${fmt(r.p95)} ${fmt(r.rps, 0)} ${String(r.total).padStart(10)} ${String(r.non2xx).padStart(8)}`);
    }
  } finally {
    for (const s of servers) await stop(s.child);
    await pgDatabase?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A scratch database on the PostgreSQL server, when one answers (BENCH_PG_URL). */
async function createBenchPostgres(): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  const adminUrl = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `kt_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
    await admin.query(`create database ${name}`);
  } catch (err) {
    console.log(`(PostgreSQL server not measured: ${(err as Error).message})\n`);
    return undefined;
  } finally {
    await admin.end().catch(() => undefined);
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const cleaner = new pg.Client({ connectionString: adminUrl });
      await cleaner.connect();
      await cleaner.query(`drop database if exists ${name} with (force)`);
      await cleaner.end();
    },
  };
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
