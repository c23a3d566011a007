// Exceptions to compliance rules (waivers): a reviewer approving a system that fails a rule of severity error writes
// why, until when, and owns it; while it holds, the rule counts as waived, not failed; when it expires, it fails again.
import { and, asc, count, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../core/db.js';
import { AppError } from '../../core/errors.js';
import { recordAudit, systemActor, type Actor } from '../../core/audit.js';
import { isIsoDate } from '../../core/text.js';
import { complianceWaivers, systems } from './schema.js';
import type { Finding } from './rules/types.js';

export type WaiverRow = typeof complianceWaivers.$inferSelect;

export interface WaiverInput {
  ruleId: string;
  reason: string;
  expiresOn: string;
}

/** Today in the database's calendar (UTC), as YYYY-MM-DD: a waiver holds through its expiry date. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export const isActive = (w: Pick<WaiverRow, 'expiresOn'>, on = today()) => w.expiresOn >= on;

export function presentWaiver(w: WaiverRow, on = today()) {
  return {
    id: w.id,
    systemId: w.systemId,
    ruleId: w.ruleId,
    reason: w.reason,
    ownerLabel: w.ownerLabel,
    expiresOn: w.expiresOn,
    active: isActive(w, on),
    version: w.version,
    requestId: w.requestId,
    createdAt: w.createdAt.toISOString(),
  };
}

export type Waiver = ReturnType<typeof presentWaiver>;

export async function waiversOf(db: Executor, systemId: string): Promise<Waiver[]> {
  const rows = await db.select().from(complianceWaivers).where(eq(complianceWaivers.systemId, systemId)).orderBy(asc(complianceWaivers.createdAt));
  const on = today();
  return rows.map((w) => presentWaiver(w, on));
}

export interface WaiverFilter {
  /** active: holds today; expired: no longer holds. */
  state?: 'active' | 'expired' | undefined;
  /** Only those whose last day is on or before this date (with state=active: the ones about to expire). */
  expiresBefore?: string | undefined;
  agency?: string | undefined;
  limit: number;
  offset: number;
}

/** Exceptions across the registry, soonest expiry first: what the inbox and the reviewers' lists show. */
export async function listWaivers(db: Executor, filter: WaiverFilter) {
  const on = today();
  const conditions = [
    filter.state === 'active' ? sql`${complianceWaivers.expiresOn} >= ${on}` : undefined,
    filter.state === 'expired' ? sql`${complianceWaivers.expiresOn} < ${on}` : undefined,
    filter.expiresBefore ? sql`${complianceWaivers.expiresOn} <= ${filter.expiresBefore}` : undefined,
    filter.agency ? eq(systems.ownerAgencyId, filter.agency) : undefined,
  ];
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select({ waiver: complianceWaivers, code: systems.code, nameVi: systems.nameVi, ownerAgencyId: systems.ownerAgencyId })
      .from(complianceWaivers)
      .innerJoin(systems, eq(systems.id, complianceWaivers.systemId))
      .where(where)
      .orderBy(asc(complianceWaivers.expiresOn), asc(complianceWaivers.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: count() }).from(complianceWaivers).innerJoin(systems, eq(systems.id, complianceWaivers.systemId)).where(where),
  ]);
  return { items: rows.map((r) => ({ ...presentWaiver(r.waiver, on), system: { code: r.code, nameVi: r.nameVi, ownerAgencyId: r.ownerAgencyId } })), total: Number(total?.n ?? 0) };
}

/** The waiver that holds today for each rule of each system (the newest when several do). */
export async function activeWaivers(db: Executor, systemIds?: string[]): Promise<Map<string, Map<string, WaiverRow>>> {
  if (systemIds && systemIds.length === 0) return new Map();
  const on = today();
  const rows = await db
    .select()
    .from(complianceWaivers)
    .where(and(sql`${complianceWaivers.expiresOn} >= ${on}`, systemIds ? inArray(complianceWaivers.systemId, systemIds) : undefined))
    .orderBy(asc(complianceWaivers.createdAt));
  const bySystem = new Map<string, Map<string, WaiverRow>>();
  for (const w of rows) {
    const rulesOf = bySystem.get(w.systemId) ?? new Map<string, WaiverRow>();
    rulesOf.set(w.ruleId, w);
    bySystem.set(w.systemId, rulesOf);
  }
  return bySystem;
}

/** A failed rule with a waiver that holds is waived: counted apart, not as a failure. */
export function applyWaivers(findings: Finding[], waivers: Map<string, WaiverRow> | undefined): Finding[] {
  if (!waivers?.size) return findings;
  return findings.map((f) => {
    const w = f.outcome === 'fail' ? waivers.get(f.ruleId) : undefined;
    return w ? { ...f, outcome: 'waived', waiver: presentWaiver(w) } : f;
  });
}

function waiverError(code: string, vi: string, en: string, details: unknown): AppError {
  return new AppError(400, code, vi, en, details);
}

/**
 * The waivers an approval must carry: one for each rule of severity error the system fails without a waiver that
 * still holds. Waivers for rules it does not fail are refused, so none is granted by mistake.
 */
export function checkApprovalWaivers(findings: Finding[], input: WaiverInput[], on = today()): WaiverInput[] {
  // A rule already waived may be waived again (a new reason or date); one it passes may not.
  const failing = new Map(findings.filter((f) => f.outcome === 'fail' || f.outcome === 'waived').map((f) => [f.ruleId, f]));
  const given = new Map<string, WaiverInput>();
  input.forEach((w, i) => {
    if (!failing.has(w.ruleId)) {
      throw waiverError('WAIVER_NOT_NEEDED', `Hệ thống không vi phạm quy tắc "${w.ruleId}"; không cần ngoại lệ.`, `The system does not fail the rule "${w.ruleId}"; no exception is needed.`, [
        { field: `waivers.${i}.ruleId`, value: w.ruleId },
      ]);
    }
    if (given.has(w.ruleId)) throw waiverError('VALIDATION_FAILED', `Quy tắc "${w.ruleId}" có hai ngoại lệ.`, `The rule "${w.ruleId}" has two exceptions.`, [{ field: `waivers.${i}.ruleId`, value: w.ruleId }]);
    if (!isIsoDate(w.expiresOn) || w.expiresOn <= on) {
      throw waiverError('VALIDATION_FAILED', 'Ngày hết hạn của ngoại lệ phải là một ngày sau hôm nay.', 'An exception\u2019s expiry date must be a date after today.', [{ field: `waivers.${i}.expiresOn`, value: w.expiresOn }]);
    }
    given.set(w.ruleId, { ruleId: w.ruleId, reason: w.reason.trim(), expiresOn: w.expiresOn });
  });
  const missing = [...failing.values()].filter((f) => f.outcome === 'fail' && f.severity === 'error' && !given.has(f.ruleId));
  if (missing.length) {
    throw new AppError(
      400,
      'WAIVER_REQUIRED',
      `Hệ thống vi phạm ${missing.length} quy tắc mức lỗi (${missing.map((f) => f.ruleId).join(', ')}): muốn phê duyệt, hãy ghi lý do chấp nhận ngoại lệ và ngày hết hạn cho từng quy tắc.`,
      `The system fails ${missing.length} rule(s) of severity error (${missing.map((f) => f.ruleId).join(', ')}): to approve it, give for each the reason the exception is accepted and its expiry date.`,
      missing.map((f) => ({ field: 'waivers', ruleId: f.ruleId, clause: f.clause, title: f.title })),
    );
  }
  return [...given.values()];
}

/** Records the waivers of an approval inside its transaction, each audited. */
export async function recordWaivers(tx: Executor, actor: Actor, owner: { id: string | null; label: string }, grant: { systemId: string; systemCode: string; requestId: string; version: number }, waivers: WaiverInput[]): Promise<void> {
  for (const w of waivers) {
    const [row] = await tx
      .insert(complianceWaivers)
      .values({ systemId: grant.systemId, ruleId: w.ruleId, reason: w.reason, ownerId: owner.id, ownerLabel: owner.label, expiresOn: w.expiresOn, requestId: grant.requestId, version: grant.version })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, actor, { action: 'waive', entity: 'compliance_waiver', entityId: row.id, after: { system: grant.systemCode, rule: w.ruleId, reason: w.reason, owner: owner.label, expiresOn: w.expiresOn, request: grant.requestId, version: grant.version } });
  }
}

/**
 * Waivers whose expiry date has passed and that nobody noticed yet: each is marked, audited, and its system's id
 * returned for re-evaluation, so the rule it covered fails again. One indexed look-up when there is none.
 */
export async function takeExpiredWaivers(db: Executor): Promise<string[]> {
  const on = today();
  const expired = await db
    .update(complianceWaivers)
    .set({ expiryRaisedAt: new Date() })
    .where(and(isNull(complianceWaivers.expiryRaisedAt), lt(complianceWaivers.expiresOn, on)))
    .returning();
  for (const w of expired) {
    await recordAudit(db, systemActor, { action: 'waiver_expired', entity: 'compliance_waiver', entityId: w.id, before: { expiresOn: w.expiresOn }, after: { system: w.systemId, rule: w.ruleId, active: false } });
  }
  return [...new Set(expired.map((w) => w.systemId))];
}
