// Shared by the benchmark scripts: child processes, scratch PostgreSQL databases, load runs.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import autocannon from 'autocannon';
import pg from 'pg';

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts a TypeScript entry point and waits until `readyUrl` answers 2xx; reports how long that took. */
export async function startProcess(args: string[], env: Record<string, string>, readyUrl: (port: number) => string) {
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

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
export const fmt = (n: number, digits = 1) => n.toFixed(digits).padStart(9);

/** An autocannon run; p50 and p95 come from every response's own time. */
export async function load(url: string, options: { connections: number; durationSeconds: number; headers?: Record<string, string> }) {
  const latencies: number[] = [];
  let non2xx = 0;
  // Typed as a promise when no callback is given; at run time it is also the event emitter.
  const instance = autocannon({ url, connections: options.connections, duration: options.durationSeconds, headers: options.headers ?? {} }) as unknown as autocannon.Instance &
    Promise<autocannon.Result>;
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    if (statusCode < 200 || statusCode >= 300) non2xx++;
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), rps: result.requests.average, total: latencies.length, non2xx };
}

/** A scratch database on the PostgreSQL server, when one answers (BENCH_PG_URL). */
export async function createBenchPostgres(label: string): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  const adminUrl = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `kt_bench_${label}_${process.pid}`;
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
