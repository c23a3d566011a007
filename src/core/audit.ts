import { createHash } from 'node:crypto';
import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { auditHead, auditLog } from './schema.js';
import type { Executor } from './db.js';
import { queryRows } from './db.js';

export interface Actor {
  id: string | null;
  label: string;
  requestId?: string | undefined;
}

export const systemActor: Actor = { id: null, label: 'system' };

export interface AuditEntry {
  action: 'create' | 'update' | 'delete' | string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

export const GENESIS_HASH = '0'.repeat(64);
/** Any number fixed for the life of the table: serialises writers to the chain across processes. */
export const AUDIT_LOCK_KEY = 72_352_2025;

/** JSON with object keys sorted at every depth, so a hash does not depend on key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

interface HashedFields {
  seq: number;
  at: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

/** The fields of a stored entry that its hash covers. */
export function hashedFieldsOf(row: typeof auditLog.$inferSelect): HashedFields {
  return {
    seq: row.seq,
    at: row.at.toISOString(),
    actorId: row.actorId,
    actorLabel: row.actorLabel,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    before: row.before ?? null,
    after: row.after ?? null,
    requestId: row.requestId,
  };
}

export function entryHash(prevHash: string, fields: HashedFields): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(fields)).digest('hex');
}

/**
 * Appends to the audit trail inside the caller's transaction, so a change and its record
 * commit or roll back together.
 */
export async function recordAudit(tx: Executor, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  // Chain from the recorded head, not the newest row: a deleted newest row then stays detectable.
  const [head] = await tx.select({ hash: auditHead.hash }).from(auditHead).limit(1);
  const prevHash = head?.hash ?? GENESIS_HASH;
  const [{ seq }] = (await queryRows<{ seq: string | number }>(
    tx,
    sql`select nextval(pg_get_serial_sequence('audit_log', 'seq')) as seq`,
  )) as [{ seq: string | number }];
  // Round-trip through JSON so what is hashed is exactly what jsonb gives back later.
  const before = entry.before === undefined ? null : (JSON.parse(JSON.stringify(entry.before)) as unknown);
  const after = entry.after === undefined ? null : (JSON.parse(JSON.stringify(entry.after)) as unknown);
  const at = new Date();
  const fields: HashedFields = {
    seq: Number(seq),
    at: at.toISOString(),
    actorId: actor.id,
    actorLabel: actor.label,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before,
    after,
    requestId: actor.requestId ?? null,
  };
  const hash = entryHash(prevHash, fields);
  await tx.insert(auditLog).values({
    seq: fields.seq,
    at,
    actorId: actor.id,
    actorLabel: actor.label,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before,
    after,
    requestId: fields.requestId,
    prevHash,
    hash,
  });
  await tx
    .insert(auditHead)
    .values({ id: 1, seq: fields.seq, hash })
    .onConflictDoUpdate({ target: auditHead.id, set: { seq: fields.seq, hash } });
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** The first entries that break the chain: edited, deleted or re-ordered. */
  problems: { seq: number; problem: 'hash_mismatch' | 'broken_link' | 'gap' | 'head_mismatch' }[];
}

export async function verifyAuditChain(db: Executor): Promise<AuditVerification> {
  const problems: AuditVerification['problems'] = [];
  let prevHash = GENESIS_HASH;
  let prevSeq = 0;
  let checked = 0;
  const pageSize = 5000;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.seq} > ${prevSeq}`)
      .orderBy(asc(auditLog.seq))
      .limit(pageSize);
    for (const row of rows) {
      // A deleted row shows as a jump in seq; sequences can also skip after a rolled-back
      // transaction, so the link check below is what decides, and the gap is reported with it.
      if (row.prevHash !== prevHash) {
        problems.push({ seq: row.seq, problem: row.seq !== prevSeq + 1 ? 'gap' : 'broken_link' });
      }
      const expected = entryHash(row.prevHash, hashedFieldsOf(row));
      if (expected !== row.hash) problems.push({ seq: row.seq, problem: 'hash_mismatch' });
      prevHash = row.hash;
      prevSeq = row.seq;
      checked++;
    }
    if (rows.length < pageSize) break;
  }
  const [head] = await db.select().from(auditHead).limit(1);
  if ((head?.seq ?? 0) !== prevSeq || (head?.hash ?? GENESIS_HASH) !== prevHash) {
    problems.push({ seq: head?.seq ?? prevSeq, problem: 'head_mismatch' });
  }
  return { ok: problems.length === 0, checked, problems: problems.slice(0, 100) };
}

export interface AuditFilter {
  entity?: string | undefined;
  entityId?: string | undefined;
  actorId?: string | undefined;
  limit: number;
  offset: number;
}

export async function queryAuditTrail(db: Executor, filter: AuditFilter) {
  const conditions: SQL[] = [];
  if (filter.entity) conditions.push(eq(auditLog.entity, filter.entity));
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  if (filter.actorId) conditions.push(eq(auditLog.actorId, filter.actorId));
  const where = conditions.length ? and(...conditions) : undefined;
  const [items, [total]] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.seq)).limit(filter.limit).offset(filter.offset),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}
