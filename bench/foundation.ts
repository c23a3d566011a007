// npm run bench:foundation — start-up time and list-endpoint throughput, beside a constant-returning Fastify route.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBenchPostgres, fmt, load as loadRun, median, startProcess, stop } from './lib/harness.js';

const durationSeconds = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const startRuns = Number(process.env.BENCH_START_RUNS ?? 3);

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
  const pgDatabase = await createBenchPostgres('foundation');
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
      const r = await loadRun(url, { connections, durationSeconds });
      console.log(`  ${label.padEnd(49)}${fmt(r.p50)} ${fmt(r.p95)} ${fmt(r.rps, 0)} ${String(r.total).padStart(10)} ${String(r.non2xx).padStart(8)}`);
    }
  } finally {
    for (const s of servers) await stop(s.child);
    await pgDatabase?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
