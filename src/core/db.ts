import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';
import pg from 'pg';

/** One type for both engines: every module writes its queries against this. */
export type Db = PgDatabase<PgQueryResultHKT>;
/** A transaction has the same query surface as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Executor = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Where the data lives, for messages: a folder or a URL without password. */
  location: string;
  /** Applies pending migrations; on a server, one process at a time. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const migrationsFolder = path.resolve(here, '../../drizzle');

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** PGlite folder; 'memory://' for an in-memory database. */
  dataDir?: string;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection the server drops (restart, failover, terminate) must not bring the process down;
    // the pool replaces it on the next query.
    pool.on('error', (err) => console.error(JSON.stringify({ level: 40, msg: 'idle database connection lost', err: err.message })));
    // Fail fast with a clear message instead of on the first request.
    const client = await pool.connect();
    client.release();
    const db = drizzlePg({ client: pool }) as unknown as Db;
    const migrate = async () => {
      // Several processes may start together behind a load balancer: the first migrates, the others wait.
      const lockClient = await pool.connect();
      try {
        await lockClient.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        await migratePg(drizzlePg({ client: lockClient }), { migrationsFolder });
      } finally {
        await lockClient.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
        lockClient.release();
      }
    };
    return { db, kind: 'postgres', location: redactUrl(options.databaseUrl), migrate, close: () => pool.end() };
  }
  const dataDir = options.dataDir ?? 'memory://';
  if (!dataDir.startsWith('memory://')) fs.mkdirSync(dataDir, { recursive: true });
  // pg_trgm backs the trigram search indexes, as it does on a server.
  const client = new PGlite(dataDir, { extensions: { pg_trgm } });
  await client.waitReady;
  const pgliteDb = drizzlePglite({ client });
  return {
    db: pgliteDb as unknown as Db,
    kind: 'pglite',
    location: dataDir,
    migrate: () => migratePglite(pgliteDb, { migrationsFolder }),
    close: () => client.close(),
  };
}

export async function runMigrations(database: Database): Promise<void> {
  await database.migrate();
}

const MIGRATION_LOCK_KEY = 2352_2025_01;

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

/** Rows of a raw statement, whichever engine ran it. */
export async function queryRows<T>(executor: Executor, statement: SQL): Promise<T[]> {
  const result = (await executor.execute(statement)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * After a write of many rows (an import, a whole evaluation), the table is tidied at once instead of when autovacuum
 * next wakes: until then every count reads the dead row versions too (10,000 systems: a count took 54 ms, 1 ms after).
 * The table name is the caller's constant, never user input.
 */
export async function tidyAfterBulkWrite(executor: Db, table: string): Promise<void> {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`not a table name: ${table}`);
  await executor.execute(sql.raw(`vacuum (analyze) ${table}`));
}

/**
 * A query every request runs, built once per database and prepared by name on the server: drizzle's building of a
 * select and the server's parse and plan cost more than the lookup itself (a tenth of a millisecond each, per call).
 */
export function preparedPerDatabase<T>(prepare: (db: Db) => T): (db: Db) => T {
  const prepared = new WeakMap<Db, T>();
  return (db) => {
    let statement = prepared.get(db);
    if (!statement) {
      statement = prepare(db);
      prepared.set(db, statement);
    }
    return statement;
  };
}

export async function ping(executor: Executor): Promise<void> {
  await executor.execute(sql`select 1`);
}

/**
 * The constraint a unique violation (SQLSTATE 23505) broke, or undefined for any other error. Both engines report
 * it; drizzle wraps the driver's error, so the cause chain is followed.
 */
export function uniqueViolation(err: unknown): { constraint: string } | undefined {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint } = e as { code?: unknown; constraint?: unknown };
    if (code === '23505') return { constraint: typeof constraint === 'string' ? constraint : '' };
  }
  return undefined;
}

/** Runs a write and turns a unique violation of one of the given constraints into the caller's error (a 409). */
export async function mapUniqueViolation<T>(write: () => Promise<T>, toError: (constraint: string) => Error | undefined): Promise<T> {
  try {
    return await write();
  } catch (err) {
    const violation = uniqueViolation(err);
    const mapped = violation ? toError(violation.constraint) : undefined;
    throw mapped ?? err;
  }
}
