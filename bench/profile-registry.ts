// npm run profile:registry — where a list request's time goes. Generates the registry (BENCH_SYSTEMS systems, 10,000
// by default) on the PostgreSQL server (or PGlite when none answers), serves it under the V8 CPU profiler, loads one
// page with 10 clients (PROFILE_URL; by default the web list read again each time, and as kept), and prints the
// server's CPU time by part of the request path, for the load runs alone (bench/lib/profile-on-signal.ts). The
// .cpuprofile files it leaves are flame graphs: open them in Chrome DevTools (Performance, Load profile) or speedscope.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import autocannon from 'autocannon';
import { createBenchPostgres, freePort } from './lib/harness.js';
import { breakdown, type CpuProfile, type ProfilePart } from './lib/cpu-profile.js';

const systemsCount = Number(process.env.BENCH_SYSTEMS ?? 10_000);
const durationSeconds = Number(process.env.BENCH_DURATION ?? 8);
const admin = { email: 'bench@hungyen.gov.vn', password: 'bench-password-123' };
const outDir = path.resolve(process.env.PROFILE_DIR ?? 'profiles');


/** Parts of the request path, matched on a frame's function and file; the frame nearest the sample decides. */
const parts: ProfilePart[] = [
  { part: 'garbage collection', match: (name) => name === '(garbage collector)' },
  { part: 'caller resolution (session, token)', match: (name, url) => url.includes('core/auth/') || url.includes('plugins/identity') },
  { part: 'access log and metrics', match: (_n, url) => url.includes('core/access-log') || url.includes('plugins/observability') || url.includes('prom-client') },
  { part: 'JSON serialisation', match: (name, url) => url.includes('fast-json-stringify') || (url === '' && /^anonymous\d*$/.test(name)) },
  { part: 'SQL building and row mapping (drizzle)', match: (_n, url) => url.includes('drizzle-orm') },
  { part: 'database driver (pg: protocol, rows)', match: (_n, url) => /node_modules\/(pg|pg-protocol|pg-pool|pg-types)\//.test(url) },
  { part: 'registry: list, records, kept pages', match: (_n, url) => url.includes('modules/registry/') || url.includes('core/stamped-cache') },
  { part: 'socket writes (writev)', match: (name) => name === 'writev' || name === 'writeBuffer' || name === 'writeUtf8String' },
  { part: 'Fastify: routing, hooks, validation', match: (_n, url) => url.includes('node_modules/fastify') || url.includes('node_modules/@fastify') || url.includes('find-my-way') },
  { part: 'HTTP (node:http, net)', match: (_n, url) => url.startsWith('node:_http') || url.startsWith('node:net') || url.startsWith('node:internal/stream') },
  { part: 'idle', match: (name) => name === '(idle)' || name === '(program)' },
];

async function main() {
  const pgDatabase = await createBenchPostgres('profile');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-profile-'));
  const env: Record<string, string> = pgDatabase ? { DATABASE_URL: pgDatabase.url, DATA_DIR: dataDir } : { DATA_DIR: dataDir };
  const baseEnv = { ...process.env, ...env, LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '0', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password, WEB_DIR: '/nonexistent' };
  try {
    const generated = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'demo', String(systemsCount)], { env: baseEnv, encoding: 'utf8' });
    if (generated.status !== 0) throw new Error(generated.stderr);
    const runDir = fs.mkdtempSync(path.join(outDir, 'registry-'));
    const port = await freePort();
    const server = spawn(process.execPath, ['--import', 'tsx', '--import', './bench/lib/profile-on-signal.ts', 'src/cli.ts', 'serve'], {
      env: { ...baseEnv, PORT: String(port), HOST: '127.0.0.1', PROFILE_DIR: runDir },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const base = `http://127.0.0.1:${port}`;
    try {
      while (!(await fetch(`${base}/health`).then((r) => r.ok, () => false))) await new Promise((r) => setTimeout(r, 50));
      const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const url = process.env.PROFILE_URL ?? '/api/v1/registry/systems?limit=50&view=summary';
      const runs = [
        { label: 'read again (Cache-Control: no-cache)', headers: { cookie, 'cache-control': 'no-cache' } },
        { label: 'as kept', headers: { cookie } },
      ];
      console.log(`Kiến trúc — profile:registry: ${url}, ${systemsCount.toLocaleString('en')} systems on ${pgDatabase ? 'the PostgreSQL server' : 'PGlite'}, 10 connections, ${durationSeconds} s each`);
      console.log('  (the profiler slows the server: the rates are lower than in bench:registry)');
      for (const [i, run] of runs.entries()) {
        await autocannon({ url: `${base}${url}`, connections: 10, duration: 1, headers: run.headers }); // warm-up
        server.kill('SIGUSR2');
        const result = await autocannon({ url: `${base}${url}`, connections: 10, duration: durationSeconds, headers: run.headers });
        server.kill('SIGUSR2');
        const file = path.join(runDir, `run-${i + 1}.cpuprofile`);
        while (!fs.existsSync(file)) await new Promise((r) => setTimeout(r, 50));
        const requests = result.requests.total;
        console.log(`\n  ${run.label}: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, non-2xx ${result.non2xx}`);
        const rows = breakdown(JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile, parts);
        const busy = rows.filter((r) => r.part !== 'idle').reduce((n, r) => n + r.ms, 0);
        console.log('    server thread: CPU ms, share of the busy time, µs per request');
        for (const r of rows) {
          const share = r.part === 'idle' ? '      ' : `${((100 * r.ms) / busy).toFixed(1).padStart(5)}%`;
          console.log(`    ${r.part.padEnd(44)} ${r.ms.toFixed(0).padStart(7)}  ${share}  ${((1000 * r.ms) / requests).toFixed(0).padStart(6)}`);
        }
        console.log(`    flame graph: ${file}`);
      }
    } finally {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGINT');
      await exited;
    }
  } finally {
    await pgDatabase?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
