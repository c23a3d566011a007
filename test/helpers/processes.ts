// The platform as separate processes (`kientruc serve`, the other commands), for tests of what only shows across
// processes: start-up, the CLI, several gateways sharing a database and a quota, a crash.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import type { TestDatabase } from './database.js';

export const cli = ['--import', 'tsx', 'src/cli.ts'];

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The database settings of the engine under test, as the CLI reads them from the environment. */
export function databaseEnv(dataDir: string, db: TestDatabase | undefined): Record<string, string> {
  // DATA_DIR also on PostgreSQL: the signing key and the audit checkpoints are kept beside it.
  return db?.url ? { DATABASE_URL: db.url, DATA_DIR: dataDir } : { DATA_DIR: dataDir };
}

export async function serve(env: Record<string, string>, args: string[] = []): Promise<{ child: ChildProcess; output: () => string; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [...cli, 'serve', ...args], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', WEB_DIR: '/nonexistent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  // A first start migrates and seeds; on a loaded 2-core machine that can take long. A server that never becomes
  // healthy is killed, so the suite fails instead of waiting for it for ever.
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`serve exited: ${out}`);
    const ok = await fetch(`${url}/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`serve did not become healthy: ${out}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { child, output: () => out, url };
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

export function run(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [...cli, ...args], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, encoding: 'utf8' });
}

