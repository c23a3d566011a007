import { sql } from 'drizzle-orm';
import type { Executor } from '../../src/core/db.js';
import { queryRows } from '../../src/core/db.js';
import { tablesInDependencyOrder } from '../../src/core/backup.js';

/** Every table's row count and content hash: equal fingerprints mean equal data. */
export async function fingerprint(db: Executor): Promise<Record<string, { rows: number; md5: string | null }>> {
  const out: Record<string, { rows: number; md5: string | null }> = {};
  for (const table of await tablesInDependencyOrder(db)) {
    const [row] = await queryRows<{ rows: string | number; md5: string | null }>(
      db,
      sql`select count(*) as rows, md5(string_agg(row_to_json(t)::text, '|' order by row_to_json(t)::text)) as md5 from ${sql.identifier(table)} t`,
    );
    out[table] = { rows: Number(row?.rows ?? 0), md5: row?.md5 ?? null };
  }
  return out;
}
