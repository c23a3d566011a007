/**
 * Test databases of the engine under test: empty and migrated, or prepared (migrated, seeded, first administrator)
 * by copying a template that is built once per fingerprint instead of migrating and seeding for every test.
 *
 * - PostgreSQL: the template is a database `kt_tpl_<fingerprint>`, built by whichever test process gets there
 *   first (under an advisory lock; the others wait), then copied with `CREATE DATABASE … TEMPLATE`.
 *   Templates built from other sources (migrations, seed, code) are dropped.
 * - PGlite: the template is a tarball of the data folder (`dumpDataDir`) under os.tmpdir(), written atomically
 *   (temp file and rename) and opened with `loadDataDir`; each process reads it once. Stale ones are removed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { Config } from '../../src/core/config.js';
import { migrationsFolder, openDatabase, runMigrations, type Database, type Db } from '../../src/core/db.js';
import { prepareDatabase } from '../../src/setup.js';

/** Which engine the suite runs on: TEST_DATABASE=postgres uses the server at TEST_PG_URL, else PGlite in memory. */
export const testEngine: 'pglite' | 'postgres' = process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'pglite';
const adminUrl = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  database: Database;
  url: string | undefined;
  drop(): Promise<void>;
}

/** A fresh, empty, migrated database of the engine under test; dropped afterwards. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testEngine === 'pglite') {
    const database = await openDatabase({ dataDir: 'memory://' });
    await runMigrations(database);
    return { database, url: undefined, drop: () => database.close() };
  }
  const name = testDatabaseName();
  await withAdmin((admin) => admin.query(`create database ${name}`));
  const testDb = await openServerDatabase(name);
  await runMigrations(testDb.database);
  return testDb;
}

/**
 * A database as prepareDatabase(config) leaves it — migrated, seeded, with the first administrator — copied from
 * the template of the config's fingerprint (built on first use). The caller may still run prepareDatabase on it,
 * as the app does on every start: it finds nothing to do.
 */
export async function createPreparedDatabase(config: Config): Promise<TestDatabase> {
  const fingerprint = templateFingerprint(config);
  return testEngine === 'pglite' ? copyPgliteTemplate(fingerprint, config) : copyPostgresTemplate(fingerprint, config);
}

// ------------------------------------------------------------------------------------------------ fingerprint

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * What decides what prepareDatabase writes: the migrations, the seed files and the code that migrates and seeds
 * (all of src/, since modules declare their own migrations and seeds; and this file, which builds the template).
 * A change to any of them makes a new template; a stale one can never be copied.
 */
const templateSources = ['drizzle', 'seed', 'src', path.relative(root, fileURLToPath(import.meta.url))];
/** The config fields prepareDatabase reads. If it starts reading another one, add it here. */
const templateConfigFields = ['adminEmail', 'adminPassword', 'seed', 'seedKnownSystems'] as const satisfies readonly (keyof Config)[];

let sourcesHash: string | undefined;

function filesUnder(relative: string): string[] {
  const full = path.join(root, relative);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [relative];
  return fs
    .readdirSync(full, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath ?? e.path, e.name)))
    .sort();
}

function hashSources(): string {
  if (sourcesHash) return sourcesHash;
  const hash = createHash('sha256');
  for (const file of templateSources.flatMap(filesUnder)) {
    hash.update(file).update('\0').update(fs.readFileSync(path.join(root, file))).update('\0');
  }
  sourcesHash = hash.digest('hex');
  return sourcesHash;
}

/**
 * The template's fingerprint, `<sources>_<config>` in hex: the first part from the template sources, the engine
 * (and PGlite's version), the second from the config fields that change what is written. Templates whose first
 * part differs are stale; those differing only in the second are other tests' and are kept.
 */
export function templateFingerprint(config: Config): string {
  const sources = createHash('sha256').update(hashSources()).update(testEngine);
  // A new PGlite may write its data folder differently.
  if (testEngine === 'pglite') sources.update(pgliteVersion());
  const settings = createHash('sha256').update(JSON.stringify(templateConfigFields.map((field) => [field, config[field] ?? null])));
  return `${sources.digest('hex').slice(0, 16)}_${settings.digest('hex').slice(0, 8)}`;
}

const sourcesPart = (fingerprint: string) => fingerprint.split('_')[0];

function pgliteVersion(): string {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@electric-sql/pglite');
  let dir = path.dirname(entry);
  while (!fs.existsSync(path.join(dir, 'package.json')) && dir !== path.dirname(dir)) dir = path.dirname(dir);
  return (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

// ----------------------------------------------------------------------------------------------------- PGlite

const templateDir = os.tmpdir();
/** A template of other sources unused (PGlite) or built (PostgreSQL) this long ago is removed. */
const STALE_AFTER_MS = 15 * 60_000;
const templatePrefix = 'kientruc-test-template-';
/** The template tarballs this process has read, by fingerprint. */
const pgliteTemplates = new Map<string, Promise<Uint8Array>>();

/** A PGlite database in memory, empty or loaded from a data-folder tarball, with the extensions the app uses. */
async function openPglite(loadDataDir?: Uint8Array): Promise<{ database: Database; client: PGlite }> {
  // pg_trgm backs the trigram search indexes; a loaded data folder needs the extension's files again.
  const client = new PGlite('memory://', { extensions: { pg_trgm }, ...(loadDataDir ? { loadDataDir: new Blob([loadDataDir as Uint8Array<ArrayBuffer>]) } : {}) });
  await client.waitReady;
  const db = drizzle({ client });
  const database: Database = {
    db: db as unknown as Db,
    kind: 'pglite',
    location: 'memory://',
    migrate: () => migrate(db, { migrationsFolder }),
    close: () => client.close(),
  };
  return { database, client };
}

async function copyPgliteTemplate(fingerprint: string, config: Config): Promise<TestDatabase> {
  let tarball = pgliteTemplates.get(fingerprint);
  if (!tarball) {
    tarball = pgliteTemplate(fingerprint, config);
    pgliteTemplates.set(fingerprint, tarball);
    tarball.catch(() => pgliteTemplates.delete(fingerprint));
  }
  const { database } = await openPglite(await tarball);
  return { database, url: undefined, drop: () => database.close() };
}

/** The template's tarball: read from os.tmpdir(), or built and saved there by the first process that needs it. */
async function pgliteTemplate(fingerprint: string, config: Config): Promise<Uint8Array> {
  const file = path.join(templateDir, `${templatePrefix}${fingerprint}.tar`);
  const lock = `${file}.lock`;
  for (;;) {
    const saved = readTemplate(file);
    if (saved) return saved;
    if (takeLock(lock)) {
      try {
        const again = readTemplate(file);
        if (again) return again;
        const { database, client } = await openPglite();
        try {
          await prepareDatabase(database, config);
          const dump = new Uint8Array(await (await client.dumpDataDir('none')).arrayBuffer());
          const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
          fs.writeFileSync(temporary, dump);
          fs.renameSync(temporary, file);
          removeStalePgliteTemplates(fingerprint);
          return dump;
        } finally {
          await database.close();
        }
      } finally {
        fs.rmSync(lock, { force: true });
      }
    }
    // Another process is building it.
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function readIfExists(file: string): Uint8Array | undefined {
  try {
    return fs.readFileSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** The template's tarball, marked as used now (its time tells stale templates from those in use). */
function readTemplate(file: string): Uint8Array | undefined {
  try {
    const bytes = fs.readFileSync(file);
    const now = new Date();
    try {
      fs.utimesSync(file, now, now);
    } catch {
      // Another user's file: it stays as old as it is.
    }
    return bytes;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** Takes the build lock (a file holding our pid); a lock left by a process that died is taken over. */
function takeLock(lock: string): boolean {
  try {
    fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const holder = Number(readIfExists(lock)?.toString() ?? '');
  if (holder && !processAlive(holder)) fs.rmSync(lock, { force: true });
  return false;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Templates of other sources are stale once unused for a while (another checkout's suite may still be running on
 * one); a process still wanting one rebuilds it.
 */
function removeStalePgliteTemplates(fingerprint: string): void {
  for (const name of fs.readdirSync(templateDir)) {
    if (!name.startsWith(templatePrefix) || !name.endsWith('.tar')) continue;
    if (sourcesPart(name.slice(templatePrefix.length, -'.tar'.length)) === sourcesPart(fingerprint)) continue;
    const full = path.join(templateDir, name);
    try {
      if (Date.now() - fs.statSync(full).mtimeMs > STALE_AFTER_MS && !fs.existsSync(`${full}.lock`)) fs.rmSync(full, { force: true });
    } catch {
      // Removed meanwhile by another process.
    }
  }
}

// ------------------------------------------------------------------------------------------------- PostgreSQL

/** One key for every test process: who builds or drops templates holds it alone; who copies shares it. */
const TEMPLATE_LOCK_KEY = 2352_2025_07;
const templatePrefixPg = 'kt_tpl_';

function testDatabaseName(): string {
  return `kt_test_${process.pid}_${randomBytes(4).toString('hex')}`;
}

async function withAdmin<T>(fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

function urlOf(name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function openServerDatabase(name: string): Promise<TestDatabase> {
  const url = urlOf(name);
  const database = await openDatabase({ databaseUrl: url });
  return {
    database,
    url,
    drop: async () => {
      await database.close();
      await withAdmin((admin) => admin.query(`drop database if exists ${name} with (force)`));
    },
  };
}

async function copyPostgresTemplate(fingerprint: string, config: Config): Promise<TestDatabase> {
  const template = `${templatePrefixPg}${fingerprint}`;
  const name = testDatabaseName();
  await withAdmin(async (admin) => {
    // A complete template is marked IS_TEMPLATE; copying needs only the shared lock, so copies run side by side.
    await admin.query('select pg_advisory_lock_shared($1)', [TEMPLATE_LOCK_KEY]);
    if (await templateReady(admin, template)) {
      try {
        await copyDatabase(admin, template, name);
      } finally {
        await admin.query('select pg_advisory_unlock_shared($1)', [TEMPLATE_LOCK_KEY]);
      }
      return;
    }
    await admin.query('select pg_advisory_unlock_shared($1)', [TEMPLATE_LOCK_KEY]);
    await admin.query('select pg_advisory_lock($1)', [TEMPLATE_LOCK_KEY]);
    try {
      // Another process may have built it while we waited for the lock.
      if (!(await templateReady(admin, template))) await buildPostgresTemplate(admin, template, config);
      await dropStalePostgresTemplates(admin, fingerprint);
      await copyDatabase(admin, template, name);
    } finally {
      await admin.query('select pg_advisory_unlock($1)', [TEMPLATE_LOCK_KEY]);
    }
  });
  return openServerDatabase(name);
}

async function templateReady(admin: pg.Client, template: string): Promise<boolean> {
  const { rows } = await admin.query<{ datistemplate: boolean }>('select datistemplate from pg_database where datname = $1', [template]);
  return rows[0]?.datistemplate === true;
}

/** Builds the template under the exclusive lock; a half-built one (not yet marked IS_TEMPLATE) is started again. */
async function buildPostgresTemplate(admin: pg.Client, template: string, config: Config): Promise<void> {
  await admin.query(`drop database if exists ${template} with (force)`);
  await admin.query(`create database ${template}`);
  const database = await openDatabase({ databaseUrl: urlOf(template) });
  try {
    await prepareDatabase(database, config);
  } finally {
    await database.close();
  }
  // No connection may stay on a template while it is copied; nobody may open one later.
  await closeConnections(admin, template);
  await admin.query(`alter database ${template} with is_template true allow_connections false`);
  // When it was built, for dropping it once stale.
  await admin.query(`comment on database ${template} is '${Date.now()}'`);
}

/** Templates of other sources built a while ago are stale (see removeStalePgliteTemplates). */
async function dropStalePostgresTemplates(admin: pg.Client, fingerprint: string): Promise<void> {
  const { rows } = await admin.query<{ datname: string; built: string | null }>(
    "select datname, shobj_description(oid, 'pg_database') as built from pg_database where datname like 'kt\\_tpl\\_%'",
  );
  for (const { datname, built } of rows) {
    if (sourcesPart(datname.slice(templatePrefixPg.length)) === sourcesPart(fingerprint)) continue;
    if (Date.now() - Number(built ?? 0) <= STALE_AFTER_MS) continue;
    await admin.query(`alter database ${datname} with is_template false`);
    await admin.query(`drop database if exists ${datname} with (force)`);
  }
}

async function copyDatabase(admin: pg.Client, template: string, name: string): Promise<void> {
  await closeConnections(admin, template);
  await admin.query(`create database ${name} template ${template}`);
}

async function closeConnections(admin: pg.Client, database: string): Promise<void> {
  await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database]);
}
