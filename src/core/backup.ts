import fs from 'node:fs';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { once } from 'node:events';
import { sql } from 'drizzle-orm';
import type { Db, Executor } from './db.js';
import { queryRows } from './db.js';
import { AppError } from './errors.js';

const FORMAT = 'kientruc-backup';
const VERSION = 1;
const PAGE = 2000;

interface Header {
  format: string;
  version: number;
  createdAt: string;
  migrations: number;
  tables: string[];
}

/** Tables of the public schema, parents before children, so rows can be inserted in this order. */
export async function tablesInDependencyOrder(db: Executor): Promise<string[]> {
  const tables = (
    await queryRows<{ name: string }>(db, sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`)
  ).map((r) => r.name);
  const edges = await queryRows<{ child: string; parent: string }>(
    db,
    sql`select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
        from pg_constraint c join pg_namespace n on n.oid = c.connamespace
        where c.contype = 'f' and n.nspname = 'public'`,
  );
  const strip = (name: string) => name.replace(/^public\./, '').replace(/^"|"$/g, '');
  const parents = new Map<string, Set<string>>(tables.map((t) => [t, new Set<string>()]));
  for (const e of edges) if (strip(e.child) !== strip(e.parent)) parents.get(strip(e.child))?.add(strip(e.parent));
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter((t) => !placed.has(t) && [...(parents.get(t) ?? [])].every((p) => placed.has(p)));
    if (ready.length === 0) throw new Error('foreign keys form a cycle');
    for (const t of ready) {
      ordered.push(t);
      placed.add(t);
    }
  }
  return ordered;
}

/** The primary key's columns, so pages of a table are read in a stable order. */
async function primaryKey(db: Executor, table: string): Promise<string[]> {
  const rows = await queryRows<{ column: string }>(
    db,
    sql`select a.attname as column from pg_index i
        join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
        where i.indrelid = ${`public.${table}`}::regclass and i.indisprimary
        order by array_position(i.indkey, a.attnum)`,
  );
  if (rows.length === 0) throw new Error(`table ${table} has no primary key`);
  return rows.map((r) => r.column);
}

async function migrationCount(db: Executor): Promise<number> {
  const [row] = await queryRows<{ n: string | number }>(db, sql`select count(*) as n from drizzle.__drizzle_migrations`);
  return Number(row?.n ?? 0);
}

/** Writes every row of every table as gzipped JSON lines: a header line, then {t, r} per row. */
export async function backupDatabase(db: Db, file: string): Promise<{ tables: number; rows: number }> {
  const tables = await tablesInDependencyOrder(db);
  const header: Header = { format: FORMAT, version: VERSION, createdAt: new Date().toISOString(), migrations: await migrationCount(db), tables };
  const gzip = zlib.createGzip();
  const out = fs.createWriteStream(file);
  gzip.pipe(out);
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
  };
  let rows = 0;
  // One snapshot for the whole backup, so rows written during it cannot tear it.
  await db.transaction(
    async (tx) => {
      await write(JSON.stringify(header));
      for (const table of tables) {
        const order = sql.join(
          (await primaryKey(tx, table)).map((column) => sql`t.${sql.identifier(column)}`),
          sql`, `,
        );
        for (let offset = 0; ; offset += PAGE) {
          const page = await queryRows<{ r: unknown }>(
            tx,
            sql`select row_to_json(t) as r from ${sql.identifier(table)} t order by ${order} limit ${PAGE} offset ${offset}`,
          );
          for (const { r } of page) await write(JSON.stringify({ t: table, r: typeof r === 'string' ? (JSON.parse(r) as unknown) : r }));
          rows += page.length;
          if (page.length < PAGE) break;
        }
      }
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  gzip.end();
  await once(out, 'finish');
  return { tables: tables.length, rows };
}

function badBackup(reason: string): AppError {
  return new AppError(400, 'INVALID_BACKUP', `Tệp sao lưu không hợp lệ: ${reason}`, `Not a valid backup file: ${reason}`);
}

/** Replaces all data with the backup's, in one transaction: on any error nothing changes. */
export async function restoreDatabase(db: Db, file: string): Promise<{ tables: number; rows: number }> {
  if (!fs.existsSync(file)) throw badBackup(`${file} does not exist`);
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  let header: Header;
  try {
    const first = await iterator.next();
    header = JSON.parse(first.value ?? '') as Header;
  } catch {
    throw badBackup('the first line is not a backup header');
  }
  if (header.format !== FORMAT || header.version !== VERSION) throw badBackup('unknown format or version');
  const current = await tablesInDependencyOrder(db);
  const unknown = header.tables.filter((t) => !current.includes(t));
  if (unknown.length) throw badBackup(`tables not in this database: ${unknown.join(', ')}`);
  if (header.migrations > (await migrationCount(db))) throw badBackup('it comes from a newer version; upgrade first');

  let rows = 0;
  await db.transaction(async (tx) => {
    await tx.execute(sql.raw(`truncate ${current.map((t) => `"${t}"`).join(', ')} restart identity cascade`));
    let batch: unknown[] = [];
    let batchTable = '';
    const flush = async () => {
      if (!batch.length) return;
      await tx.execute(
        sql`insert into ${sql.identifier(batchTable)} select * from json_populate_recordset(null::${sql.identifier(batchTable)}, ${JSON.stringify(batch)}::json)`,
      );
      rows += batch.length;
      batch = [];
    };
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (!next.value.trim()) continue;
      const { t, r } = JSON.parse(next.value) as { t: string; r: unknown };
      if (!header.tables.includes(t)) throw badBackup(`row for undeclared table ${t}`);
      if (t !== batchTable || batch.length >= 500) {
        await flush();
        batchTable = t;
      }
      batch.push(r);
    }
    await flush();
    await resetSequences(tx);
  });
  return { tables: header.tables.length, rows };
}

async function resetSequences(tx: Executor): Promise<void> {
  const serials = await queryRows<{ table_name: string; column_name: string }>(
    tx,
    sql`select table_name, column_name from information_schema.columns
        where table_schema = 'public' and column_default like 'nextval(%'`,
  );
  for (const { table_name: table, column_name: column } of serials) {
    await tx.execute(
      sql`select setval(pg_get_serial_sequence(${table}, ${column}), coalesce((select max(${sql.identifier(column)}) from ${sql.identifier(table)}), 0) + 1, false)`,
    );
  }
}
