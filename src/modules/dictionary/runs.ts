// Validation runs: the summary of each validation and the findings it kept, for reading and CSV download.
import { dictionaryPolicy } from './access.js';
import { and, asc, count, desc, eq, gt, type SQL } from 'drizzle-orm';
import type { Db } from '../../core/db.js';
import type { Actor } from '../../core/audit.js';
import type { Principal } from '../../core/auth/principal.js';
import { errors } from '../../core/errors.js';
import { isUuid } from '../../core/auth/service.js';
import { validationFindings, validationRuns } from './schema.js';
import type { Problem, ValidationFinding, ValidationSummary } from './model.js';

type RunRow = typeof validationRuns.$inferSelect;
const runWhat = { vi: 'lượt kiểm tra', en: 'validation run' };

export interface RunMeta {
  entityCode: string;
  entityVersion: string;
  source: 'json' | 'csv' | 'xlsx';
  fileName: string | null;
  bytes: number | null;
  durationMs: number;
}

function presentRun(row: RunRow) {
  return {
    id: row.id,
    entityCode: row.entityCode,
    entityVersion: row.entityVersion,
    source: row.source,
    fileName: row.fileName,
    bytes: row.bytes,
    createdBy: row.createdByLabel,
    summary: row.summary,
    durationMs: row.durationMs,
    createdAt: row.createdAt.toISOString(),
  };
}
export type RunRecord = ReturnType<typeof presentRun>;

/** Stores a finished run with its kept findings in one transaction: a failed validation leaves nothing. */
export async function saveRun(db: Db, principal: Principal, actor: Actor, meta: RunMeta, summary: ValidationSummary, findings: ValidationFinding[]): Promise<RunRecord> {
  const row = await db.transaction(async (tx) => {
    const [run] = await tx
      .insert(validationRuns)
      .values({
        ...meta,
        agencyId: principal.agencyId,
        createdBy: principal.userId,
        createdByLabel: actor.label,
        rows: summary.rows,
        validRows: summary.validRows,
        invalidRows: summary.invalidRows,
        findingCount: summary.findings,
        truncated: summary.truncated,
        summary,
        durationMs: Math.round(meta.durationMs),
      })
      .returning();
    if (!run) throw new Error('insert returned no row');
    for (let i = 0; i < findings.length; i += 1000) {
      await tx.insert(validationFindings).values(
        findings.slice(i, i + 1000).map((f, j) => ({
          runId: run.id,
          seq: i + j + 1,
          row: f.row,
          field: f.field,
          problem: f.problem,
          value: f.value ?? null,
          messageVi: f.message.vi,
          messageEn: f.message.en,
        })),
      );
    }
    return run;
  });
  return presentRun(row);
}

/** Reviewers and administrators see every run; others their own and their agency's. */
function visibleTo(principal: Principal): SQL | undefined {
  if (dictionaryPolicy.rights['dictionary.run.read'].scope(principal) === 'all') return undefined;
  return principal.agencyId ? eq(validationRuns.agencyId, principal.agencyId) : eq(validationRuns.createdBy, principal.userId);
}

async function getRunRow(db: Db, principal: Principal, id: string): Promise<RunRow> {
  if (!isUuid(id)) throw errors.notFound(runWhat, id);
  const [row] = await db.select().from(validationRuns).where(and(eq(validationRuns.id, id), visibleTo(principal)));
  if (!row) throw errors.notFound(runWhat, id);
  return row;
}

export async function getRun(db: Db, principal: Principal, id: string): Promise<RunRecord> {
  return presentRun(await getRunRow(db, principal, id));
}

export async function listRuns(db: Db, principal: Principal, filter: { entity?: string | undefined; limit: number; offset: number }) {
  const where = and(visibleTo(principal), filter.entity ? eq(validationRuns.entityCode, filter.entity) : undefined);
  const [rows, [total]] = await Promise.all([
    db.select().from(validationRuns).where(where).orderBy(desc(validationRuns.createdAt)).limit(filter.limit).offset(filter.offset),
    db.select({ n: count() }).from(validationRuns).where(where),
  ]);
  return { items: rows.map(presentRun), total: Number(total?.n ?? 0) };
}

type FindingRow = typeof validationFindings.$inferSelect;
function presentFinding(r: FindingRow): ValidationFinding {
  return { row: r.row, field: r.field, problem: r.problem, ...(r.value !== null ? { value: r.value } : {}), message: { vi: r.messageVi, en: r.messageEn } };
}

export async function listFindings(db: Db, principal: Principal, id: string, filter: { field?: string | undefined; problem?: Problem | undefined; limit: number; offset: number }) {
  const run = await getRunRow(db, principal, id);
  const where = and(
    eq(validationFindings.runId, run.id),
    filter.field ? eq(validationFindings.field, filter.field) : undefined,
    filter.problem ? eq(validationFindings.problem, filter.problem) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db.select().from(validationFindings).where(where).orderBy(asc(validationFindings.seq)).limit(filter.limit).offset(filter.offset),
    db.select({ n: count() }).from(validationFindings).where(where),
  ]);
  return { items: rows.map(presentFinding), total: Number(total?.n ?? 0) };
}

/** All kept findings of a run, a page at a time, so a download never loads them all at once. */
export async function* runFindings(db: Db, principal: Principal, id: string): AsyncGenerator<ValidationFinding> {
  const run = await getRunRow(db, principal, id);
  let after = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(validationFindings)
      .where(and(eq(validationFindings.runId, run.id), gt(validationFindings.seq, after)))
      .orderBy(asc(validationFindings.seq))
      .limit(5000);
    if (rows.length === 0) return;
    for (const r of rows) yield presentFinding(r);
    after = rows[rows.length - 1]!.seq;
  }
}
