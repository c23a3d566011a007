import { eq, sql } from 'drizzle-orm';
import type { Executor } from './db.js';
import { meta } from './schema.js';

export async function getMeta(db: Executor, key: string): Promise<string | undefined> {
  const [row] = await db.select({ value: meta.value }).from(meta).where(eq(meta.key, key));
  return row?.value;
}

export async function setMeta(db: Executor, key: string, value: string): Promise<void> {
  await db
    .insert(meta)
    .values({ key, value })
    .onConflictDoUpdate({ target: meta.key, set: { value, updatedAt: new Date() }, setWhere: sql`${meta.value} is distinct from excluded.value` });
}
