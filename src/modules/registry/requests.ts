// The registration workflow: an owner submits a request (establish, put into use, modify, retire), a reviewer approves,
// returns or rejects it, and the system's status follows the last decision.
import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import { mapUniqueViolation, type Db } from '../../core/db.js';
import { assertIfMatch } from '../../core/preconditions.js';
import { AppError, errors } from '../../core/errors.js';
import { recordAudit, type Actor } from '../../core/audit.js';
import type { Principal } from '../../core/auth/principal.js';
import { isUuid } from '../../core/auth/service.js';
import { registrationRequests, systems } from './schema.js';
import { type Lifecycle, type RequestStatus, type RequestType } from './model.js';
import { registryPolicy } from './access.js';
import { reevaluate, systemFindings } from './compliance.js';
import { checkApprovalWaivers, recordWaivers, type WaiverInput } from './waivers.js';
import { assertCanEdit, getSystemRow, hasPendingRequest, lockSystemRow, saveVersion, toRecord } from './systems.js';

type RequestRow = typeof registrationRequests.$inferSelect;

export function presentRequest(r: RequestRow, system?: { code: string; nameVi: string; ownerAgencyId: string }) {
  return {
    id: r.id,
    systemId: r.systemId,
    system: system ?? null,
    type: r.type,
    status: r.status,
    version: r.version,
    note: r.note,
    submittedByLabel: r.submittedByLabel,
    submittedAt: r.submittedAt.toISOString(),
    decidedByLabel: r.decidedByLabel,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    decisionComment: r.decisionComment,
  };
}

const requestWhat = { vi: 'yêu cầu', en: 'request' };

function requestNotAllowed(vi: string, en: string): AppError {
  return new AppError(409, 'REQUEST_NOT_ALLOWED', vi, en);
}

const alreadyPending = () => requestNotAllowed('Đã có một yêu cầu đang chờ thẩm định.', 'A request is already awaiting review.');

/**
 * Submits the system's current version. The system's row is locked first, so a save or another submit running at the
 * same time either lands before (and this request names its version) or waits and finds this request pending.
 */
export async function submitRequest(db: Db, principal: Principal, actor: Actor, idOrCode: string, input: { type: RequestType; note?: string | undefined }, options: { ifMatch?: string[] | undefined } = {}) {
  const found = await getSystemRow(db, idOrCode);
  assertCanEdit(principal, found.ownerAgencyId);
  const request = await mapUniqueViolation(
    () => db.transaction(async (tx) => {
      const system = await lockSystemRow(tx, found.id);
      assertIfMatch(options.ifMatch, system.version);
      assertSubmittable(system, input.type);
      if (await hasPendingRequest(tx, system.id)) throw alreadyPending();
      const [row] = await tx
        .insert(registrationRequests)
        .values({ systemId: system.id, type: input.type, status: 'pending', version: system.version, note: input.note?.trim() || null, submittedBy: principal.userId, submittedByLabel: actor.label })
        .returning();
      if (!row) throw new Error('insert returned no row');
      await tx.update(systems).set({ status: 'pending', updatedAt: new Date() }).where(eq(systems.id, system.id));
      await recordAudit(tx, actor, { action: 'submit', entity: 'registration_request', entityId: row.id, after: { system: system.code, type: input.type, version: system.version, note: row.note } });
      return row;
    }),
    // The unique index on pending requests: the last word when two submits race.
    (constraint) => (constraint === 'registry_requests_one_pending' ? alreadyPending() : undefined),
  );
  return presentRequest(request, found);
}

/** What each request type needs of the system's state, checked on the locked row. */
function assertSubmittable(system: typeof systems.$inferSelect, type: RequestType): void {
  const everApproved = system.approvedVersion !== null;
  if (type === 'establish' && everApproved) throw requestNotAllowed('Hệ thống đã được phê duyệt thành lập; hãy gửi yêu cầu điều chỉnh.', 'The system is already established; submit a modification instead.');
  if (type !== 'establish' && !everApproved) throw requestNotAllowed('Hệ thống chưa được phê duyệt thành lập.', 'The system has not been approved for establishment yet.');
  if (type === 'put_into_use' && !['planned', 'building'].includes(system.lifecycle)) throw requestNotAllowed('Chỉ hệ thống đang lập kế hoạch hoặc đang xây dựng mới đưa vào sử dụng.', 'Only a planned or building system can be put into use.');
  if (type === 'retire' && system.lifecycle === 'retired') throw requestNotAllowed('Hệ thống đã dừng hoạt động.', 'The system is already retired.');
  if (type === 'modify' && system.version === system.approvedVersion) throw requestNotAllowed('Chưa có thay đổi nào so với phiên bản đã phê duyệt.', 'Nothing has changed since the approved version.');
}

const decisionStatus: Record<'approve' | 'return' | 'reject', RequestStatus> = { approve: 'approved', return: 'returned', reject: 'rejected' };

/** A reviewer's decision. The system's displayed status follows it; approval applies what the request asked. */
export async function decideRequest(
  db: Db,
  principal: Principal,
  actor: Actor,
  requestId: string,
  input: { decision: 'approve' | 'return' | 'reject'; comment?: string | undefined; waivers?: WaiverInput[] | undefined },
) {
  registryPolicy.require(principal, 'registry.request.decide');
  const comment = input.comment?.trim() ?? '';
  if (input.decision !== 'approve' && !comment) throw errors.field('comment', 'Cần ghi rõ lý do khi trả lại hoặc từ chối.', 'Give the reason when returning or rejecting.');
  if (input.decision !== 'approve' && input.waivers?.length) {
    throw errors.field('waivers', 'Ngoại lệ chỉ được chấp nhận khi phê duyệt.', 'Exceptions are accepted only when approving.');
  }
  const [request] = isUuid(requestId) ? await db.select().from(registrationRequests).where(eq(registrationRequests.id, requestId)) : [];
  if (!request) throw errors.notFound(requestWhat, requestId);
  const status = decisionStatus[input.decision];
  // Approving a system that fails rules of severity error needs a written exception for each, owned by the reviewer.
  const waivers = input.decision === 'approve' && request.status === 'pending' ? checkApprovalWaivers((await systemFindings(db, request.systemId)).findings, input.waivers ?? []) : [];
  await db.transaction(async (tx) => {
    const [decided] = await tx
      .update(registrationRequests)
      .set({ status, decidedBy: principal.userId, decidedByLabel: actor.label, decidedAt: new Date(), decisionComment: comment || null })
      .where(and(eq(registrationRequests.id, request.id), eq(registrationRequests.status, 'pending')))
      .returning();
    if (!decided) throw new AppError(409, 'REQUEST_NOT_PENDING', 'Yêu cầu này không còn chờ thẩm định.', 'This request is no longer awaiting review.');
    const system = await lockSystemRow(tx, request.systemId);
    if (input.decision === 'approve') {
      const lifecycle: Lifecycle | undefined = request.type === 'put_into_use' ? 'in_use' : request.type === 'retire' ? 'retired' : undefined;
      if (lifecycle && lifecycle !== system.lifecycle) {
        const version = await saveVersion(tx, actor, system, { ...system.data, lifecycle }, { changeNote: `Phê duyệt yêu cầu ${request.type}`, status: 'approved' });
        await tx.update(systems).set({ approvedVersion: version }).where(eq(systems.id, system.id));
      } else {
        await tx.update(systems).set({ status: 'approved', approvedVersion: request.version, updatedAt: new Date() }).where(eq(systems.id, system.id));
      }
    } else {
      await tx.update(systems).set({ status, updatedAt: new Date() }).where(eq(systems.id, system.id));
    }
    await recordWaivers(tx, actor, { id: principal.userId, label: actor.label }, { systemId: system.id, systemCode: system.code, requestId: request.id, version: request.version }, waivers);
    await recordAudit(tx, actor, { action: input.decision, entity: 'registration_request', entityId: request.id, before: { status: 'pending' }, after: { status, comment: comment || null, system: system.code, waivers: waivers.map((w) => w.ruleId) } });
  });
  await reevaluate(db, [request.systemId]);
  const [row] = await db.select().from(registrationRequests).where(eq(registrationRequests.id, request.id));
  const system = await getSystemRow(db, request.systemId);
  return { request: presentRequest(row as RequestRow, system), system: toRecord(system) };
}

export interface RequestFilter {
  status?: RequestStatus | undefined;
  agency?: string | undefined;
  systemId?: string | undefined;
  limit: number;
  offset: number;
}

/** Reviewers and administrators see every request; officers their agency's. */
export async function listRequests(db: Db, principal: Principal, filter: RequestFilter) {
  const conditions: SQL[] = [];
  const scope = registryPolicy.rights['registry.request.read'].scope(principal);
  if (scope === 'none') registryPolicy.require(principal, 'registry.request.read');
  if (scope === 'own_agency') conditions.push(eq(systems.ownerAgencyId, principal.agencyId ?? ''));
  if (filter.status) conditions.push(eq(registrationRequests.status, filter.status));
  if (filter.agency) conditions.push(eq(systems.ownerAgencyId, filter.agency));
  if (filter.systemId) conditions.push(isUuid(filter.systemId) ? eq(systems.id, filter.systemId) : eq(systems.code, filter.systemId));
  const where = conditions.length ? and(...conditions) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select({ request: registrationRequests, code: systems.code, nameVi: systems.nameVi, ownerAgencyId: systems.ownerAgencyId })
      .from(registrationRequests)
      .innerJoin(systems, eq(systems.id, registrationRequests.systemId))
      .where(where)
      .orderBy(desc(registrationRequests.submittedAt))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: count() }).from(registrationRequests).innerJoin(systems, eq(systems.id, registrationRequests.systemId)).where(where),
  ]);
  return { items: rows.map((r) => presentRequest(r.request, { code: r.code, nameVi: r.nameVi, ownerAgencyId: r.ownerAgencyId })), total: total?.n ?? 0 };
}
