// The whole suite: API and unit tests on PGlite, the same on the PostgreSQL server, then the browser tests.
import fs from 'node:fs';
import path from 'node:path';
import { Buffer } from 'node:buffer';
import { spawn, spawnSync } from 'node:child_process';
import pg from 'pg';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const pgUrl = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function testFiles(dir) {
  return fs
    .readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.test.ts'))
    .map((e) => path.relative(root, path.join(e.parentPath ?? e.path, e.name)))
    .sort();
}

/** How long each part took, printed at the end (the suite must stay well under 15 minutes). */
const timings = [];

/**
 * Runs the files in `processes` processes side by side, each importing its share one file after another
 * (scripts/test-group.mjs). A process per file, as `node --test` starts them, paid about 2 s of start-up each
 * (Node, tsx, the app's imports) for 43 files; shares are dealt largest file first, so they take about as long.
 * Each process's report is printed when it ends, so reports do not interleave.
 */
async function run(label, files, env, processes) {
  console.log(`\n=== ${label} ===`);
  const started = Date.now();
  const shares = Array.from({ length: Math.min(processes, files.length) }, () => []);
  files
    .map((file) => ({ file, size: fs.statSync(path.join(root, file)).size }))
    .sort((a, b) => b.size - a.size)
    .forEach(({ file }, i) => shares[i % shares.length].push(file));
  const statuses = await Promise.all(
    shares.map(
      (share) =>
        new Promise((resolve) => {
          const child = spawn(process.execPath, ['--import', 'tsx', '--test-reporter=spec', '--test-timeout=300000', 'scripts/test-group.mjs', ...share], {
            cwd: root,
            stdio: ['ignore', 'pipe', 'pipe'],
            env: { ...process.env, ...env },
          });
          const output = [];
          child.stdout.on('data', (chunk) => output.push(chunk));
          child.stderr.on('data', (chunk) => output.push(chunk));
          child.on('close', (code, signal) => {
            process.stdout.write(Buffer.concat(output));
            if (signal) console.log(`(${share.length} files: killed by ${signal})`);
            resolve(code ?? 1);
          });
        }),
    ),
  );
  const status = statuses.some((code) => code !== 0) ? 1 : 0;
  timings.push({ label, seconds: (Date.now() - started) / 1000, status });
  return status;
}

function printTimings() {
  if (timings.length === 0) return;
  console.log('\n=== Times ===');
  for (const { label, seconds, status } of timings) console.log(`${label}: ${seconds.toFixed(1)} s${status === 0 ? '' : ' (failed)'}`);
  console.log(`Total: ${timings.reduce((sum, t) => sum + t.seconds, 0).toFixed(1)} s`);
}

async function postgresReachable() {
  const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (err) {
    console.error(`PostgreSQL at ${pgUrl} is not reachable (${err.message}).`);
    console.error("Start it (e.g. pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) or set TEST_PG_URL.");
    return false;
  }
}

/**
 * Whether a test file reaches a database: tests get one only through the test helpers (which read TEST_DATABASE)
 * or by opening one with src/core/db. The others (parsers, exporters, the form model, the lint of the OpenAPI
 * document) give the same result on either engine and run once, in the PGlite part.
 */
function usesDatabase(file) {
  return /helpers\/(app|database)\.js|core\/db\.js/.test(fs.readFileSync(path.join(root, file), 'utf8'));
}

const only = process.argv[2]; // optional: pglite | postgres | e2e
const apiFiles = testFiles('test').filter((f) => !f.startsWith(`test${path.sep}e2e`));
const e2eFiles = testFiles('test/e2e');
let failed = 0;

if (!only || only === 'pglite') failed += await run('API and unit tests on PGlite', apiFiles, { TEST_DATABASE: 'pglite' }, 2);
if (!only || only === 'postgres') {
  if (await postgresReachable()) failed += await run('API tests on PostgreSQL', apiFiles.filter(usesDatabase), { TEST_DATABASE: 'postgres', TEST_PG_URL: pgUrl }, 2);
  else failed += 1;
}
if ((!only || only === 'e2e') && e2eFiles.length) {
  const build = spawnSync('node', ['scripts/ensure-web-build.mjs'], { cwd: root, stdio: 'inherit' });
  // One browser at a time: two Chromiums and two servers on two cores make waits time out.
  failed += build.status === 0 ? await run('Browser tests (Chromium, axe-core)', e2eFiles, { TEST_DATABASE: 'pglite' }, 1) : 1;
}
printTimings();
process.exit(failed ? 1 : 0);
