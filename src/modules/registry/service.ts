import { and, asc, count, desc, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Executor } from '../../core/db.js';
import { AppError, errors } from '../../core/errors.js';
import { canonicalJson, recordAudit, type Actor } from '../../core/audit.js';
import type { Principal } from '../../core/auth/principal.js';
import { foldForSearch, isIsoDate, likePattern } from '../../core/text.js';
import { compileShapeCheck } from '../../core/http.js';
import { isUuid } from '../../core/auth/service.js';
import * as framework from '../framework/api.js';
import * as dictionary from '../dictionary/api.js';
import { registrationRequests, systemRelations, systems, systemVersions } from './schema.js';
import {
  relationTypes,
  type Lifecycle,
  type Relation,
  type RegistrationStatus,
  type RelationType,
  type RequestStatus,
  type RequestType,
  type SystemInput,
  type SystemKind,
  type SystemRecord,
} from './model.js';
import { evaluateSystem, ruleById, rules, summarise } from './rules/index.js';
import type { ComplianceSummary, Finding, RuleContext } from './rules/types.js';
import { SystemInputSchema } from './api-schemas.js';
import { registryPolicy } from './access.js';

type SystemRow = typeof systems.$inferSelect;
type RequestRow = typeof registrationRequests.$inferSelect;

const systemWhat = { vi: 'hệ thống', en: 'system' };

export function toRecord(row: SystemRow): SystemRecord & { approvedVersion: number | null; compliance: ComplianceSummary | null } {
  return {
    ...row.data,
    id: row.id,
    status: row.status,
    verified: row.verified,
    version: row.version,
    approvedVersion: row.approvedVersion,
    compliance: row.compliance ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}


/** Checks the record against the API's schema, then what a schema cannot: that referenced agencies, components and systems exist. */
// The same schema the API validates bodies with, so records from files (ArchiMate, XLSX, seed) meet it too.
const checkInputShape = compileShapeCheck(SystemInputSchema);

function assertValidShape(input: SystemInput): void {
  const details = checkInputShape(input);
  if (details.length === 0) return;
  throw new AppError(400, 'VALIDATION_FAILED', 'Dữ liệu hệ thống không hợp lệ.', 'The system record is not valid.', details);
}

/** Codes that name pages of the web UI under /registry/, so no system may take them. */
const reservedCodes = new Set(['new', 'import', 'requests', 'export']);

export interface KnownReferences {
  agencyIds: Set<string>;
  componentCodes: Set<string>;
}

export async function knownReferences(db: Executor): Promise<KnownReferences> {
  const [agencyPage, componentList] = await Promise.all([framework.listAgencies(db as Db, { limit: 100_000, offset: 0 }), framework.listComponents(db as Db, {})]);
  return { agencyIds: new Set(agencyPage.items.map((a) => a.id)), componentCodes: new Set(componentList.map((c) => c.code)) };
}

/** Checks the record against the API's schema, then what a schema cannot: that referenced agencies, components and systems exist. */
export async function checkReferences(db: Executor, input: SystemInput, selfId?: string, known?: KnownReferences): Promise<void> {
  assertValidShape(input);
  const { agencyIds, componentCodes } = known ?? (await knownReferences(db));
  if (reservedCodes.has(input.code.toLowerCase())) {
    throw errors.field('code', `Mã "${input.code}" được dành cho đường dẫn của ứng dụng; hãy chọn mã khác.`, `The code "${input.code}" is reserved for the application's own pages; choose another.`, input.code);
  }
  if (!agencyIds.has(input.ownerAgencyId)) {
    throw new AppError(400, 'UNKNOWN_AGENCY', `Không có cơ quan "${input.ownerAgencyId}".`, `There is no agency "${input.ownerAgencyId}".`, [{ field: 'ownerAgencyId', value: input.ownerAgencyId }]);
  }
  const layers = new Set([...componentCodes].map((c) => c.split('.')[0]));
  if (!layers.has(input.layer)) throw errors.field('layer', `Không có lớp "${input.layer}".`, `There is no layer "${input.layer}".`, input.layer);
  input.components.forEach((c, i) => {
    if (!componentCodes.has(c.code)) {
      throw new AppError(400, 'UNKNOWN_COMPONENT', `Không có thành phần kiến trúc "${c.code}".`, `There is no framework component "${c.code}".`, [{ field: `components.${i}.code`, value: c.code }]);
    }
  });
  const codes = input.components.map((c) => `${c.code}:${c.link}`);
  if (new Set(codes).size !== codes.length) throw errors.field('components', 'Thành phần kiến trúc bị khai báo trùng.', 'A framework component is listed twice.');
  for (const [i, itf] of input.interfaces.entries()) {
    if (itf.counterpartSystemId) {
      if (itf.counterpartSystemId === selfId) throw errors.field(`interfaces.${i}.counterpartSystemId`, 'Giao diện không thể kết nối với chính hệ thống.', 'An interface cannot connect a system to itself.');
      const [other] = isUuid(itf.counterpartSystemId) ? await db.select({ id: systems.id }).from(systems).where(eq(systems.id, itf.counterpartSystemId)) : [];
      if (!other) throw new AppError(400, 'UNKNOWN_SYSTEM', `Không có hệ thống "${itf.counterpartSystemId}".`, `There is no system "${itf.counterpartSystemId}".`, [{ field: `interfaces.${i}.counterpartSystemId` }]);
    }
    if (itf.counterpartAgencyId && !agencyIds.has(itf.counterpartAgencyId)) {
      throw new AppError(400, 'UNKNOWN_AGENCY', `Không có cơ quan "${itf.counterpartAgencyId}".`, `There is no agency "${itf.counterpartAgencyId}".`, [{ field: `interfaces.${i}.counterpartAgencyId` }]);
    }
  }
  const mapped = [...new Set(input.dataObjects.flatMap((d) => d.elements ?? []))];
  const unknown = new Set(await dictionary.unknownElementCodes(db, mapped));
  for (const [i, d] of input.dataObjects.entries()) {
    const j = (d.elements ?? []).findIndex((code) => unknown.has(code));
    if (j >= 0) {
      const code = d.elements![j]!;
      throw new AppError(400, 'UNKNOWN_ELEMENT', `Không có phần tử dữ liệu "${code}" trong từ điển dữ liệu.`, `There is no data element "${code}" in the data dictionary.`, [{ field: `dataObjects.${i}.elements.${j}`, value: code }]);
    }
  }
  for (const [i, d] of input.documents.entries()) if (d.date && !isIsoDate(d.date)) throw errors.field(`documents.${i}.date`, 'Ngày không hợp lệ.', 'Not a valid date.', d.date);
  if (input.securityLevel?.approvalDate && !isIsoDate(input.securityLevel.approvalDate)) {
    throw errors.field('securityLevel.approvalDate', 'Ngày không hợp lệ.', 'Not a valid date.', input.securityLevel.approvalDate);
  }
}


/** Text stored in NFC and trimmed, so search and comparison see one spelling. */
export function normalise<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC').trim() as T;
  if (Array.isArray(value)) return value.map(normalise) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).map(([k, v]) => [k, normalise(v)])) as T;
  }
  return value;
}

/** Administrators edit every record; an officer only their own agency's (the policy in access.ts). */
const assertCanEdit = (principal: Principal, ownerAgencyId: string) => registryPolicy.require(principal, 'registry.system.edit', ownerAgencyId);

function rowValues(input: SystemInput) {
  return {
    code: input.code,
    kind: input.kind,
    nameVi: input.name.vi,
    ownerAgencyId: input.ownerAgencyId,
    layer: input.layer,
    lifecycle: input.lifecycle,
    componentCodes: [...new Set(input.components.map((c) => c.code))],
    data: input,
    searchText: foldForSearch([input.code, input.name.vi, input.name.en, input.purpose, input.supplier ?? '', input.ownerAgencyId].join(' ')),
  };
}

async function codeTaken(db: Executor, code: string, exceptId?: string): Promise<boolean> {
  const [row] = await db.select({ id: systems.id }).from(systems).where(eq(systems.code, code));
  return row !== undefined && row.id !== exceptId;
}

function codeTakenError(code: string): AppError {
  return new AppError(409, 'CODE_TAKEN', `Mã hệ thống "${code}" đã được dùng.`, `The system code "${code}" is already in use.`, [{ field: 'code', value: code }]);
}

export interface SaveOptions {
  verified?: boolean;
  changeNote?: string | undefined;
}

export async function createSystem(db: Db, principal: Principal, actor: Actor, raw: SystemInput, options: SaveOptions = {}) {
  const input = normalise(raw);
  assertCanEdit(principal, input.ownerAgencyId);
  await checkReferences(db, input);
  const record = await db.transaction((tx) => insertSystem(tx, actor, input, options));
  await reevaluate(db, [record.id]);
  return getSystem(db, record.id);
}

/** Inserts a new system and its first version inside the caller's transaction. Input must be checked already. */
export async function insertSystem(tx: Executor, actor: Actor, input: SystemInput, options: SaveOptions = {}): Promise<SystemRow> {
  if (await codeTaken(tx, input.code)) throw codeTakenError(input.code);
  const [row] = await tx
    .insert(systems)
    .values({ ...rowValues(input), status: 'draft', verified: options.verified ?? true, version: 1 })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await tx.insert(systemVersions).values({ systemId: row.id, version: 1, data: input, lifecycle: input.lifecycle, changeNote: options.changeNote ?? null, authorId: actor.id, authorLabel: actor.label });
  await recordAudit(tx, actor, { action: 'create', entity: 'system', entityId: row.id, after: input });
  return row;
}

export async function getSystemRow(db: Executor, id: string): Promise<SystemRow> {
  const [row] = isUuid(id) ? await db.select().from(systems).where(eq(systems.id, id)) : await db.select().from(systems).where(eq(systems.code, id));
  if (!row) throw errors.notFound(systemWhat, id);
  return row;
}

export async function getSystem(db: Db, id: string) {
  return toRecord(await getSystemRow(db, id));
}

export async function hasPendingRequest(db: Executor, systemId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: registrationRequests.id })
    .from(registrationRequests)
    .where(and(eq(registrationRequests.systemId, systemId), eq(registrationRequests.status, 'pending')));
  return row !== undefined;
}

/** Saves a new version of the record. Fields not given keep their values. */
export async function updateSystem(db: Db, principal: Principal, actor: Actor, id: string, changes: Partial<SystemInput>, options: SaveOptions = {}) {
  const current = await getSystemRow(db, id);
  assertCanEdit(principal, current.ownerAgencyId);
  const input = normalise({ ...current.data, ...changes });
  if (input.ownerAgencyId !== current.ownerAgencyId) assertCanEdit(principal, input.ownerAgencyId);
  await checkReferences(db, input, current.id);
  await db.transaction(async (tx) => {
    if (await hasPendingRequest(tx, current.id)) {
      throw new AppError(409, 'REQUEST_PENDING', 'Hồ sơ đang chờ thẩm định; không thể sửa cho đến khi có quyết định.', 'The record is awaiting review; it cannot change until a decision is made.');
    }
    if (await codeTaken(tx, input.code, current.id)) throw codeTakenError(input.code);
    // A record imported from public sources becomes verified when its owner's officer saves it.
    const confirmedByOwner = principal.role === 'officer';
    await saveVersion(tx, actor, current, input, { ...options, verified: options.verified ?? (current.verified || confirmedByOwner) });
  });
  await reevaluate(db, [current.id]);
  return getSystem(db, current.id);
}

export async function saveVersion(tx: Executor, actor: Actor, current: SystemRow, input: SystemInput, options: SaveOptions & { status?: RegistrationStatus; approvedVersion?: number | null }): Promise<number> {
  const version = current.version + 1;
  const [updated] = await tx
    .update(systems)
    .set({
      ...rowValues(input),
      version,
      verified: options.verified ?? current.verified,
      ...(options.status ? { status: options.status } : {}),
      ...(options.approvedVersion !== undefined ? { approvedVersion: options.approvedVersion } : {}),
      updatedAt: new Date(),
    })
    .where(and(eq(systems.id, current.id), eq(systems.version, current.version)))
    .returning({ id: systems.id });
  if (!updated) {
    throw new AppError(409, 'CONCURRENT_CHANGE', 'Hồ sơ vừa được người khác thay đổi; hãy tải lại và thử lại.', 'Someone else changed the record meanwhile; reload and try again.');
  }
  await tx.insert(systemVersions).values({ systemId: current.id, version, data: input, lifecycle: input.lifecycle, changeNote: options.changeNote ?? null, authorId: actor.id, authorLabel: actor.label });
  await recordAudit(tx, actor, { action: 'update', entity: 'system', entityId: current.id, before: current.data, after: input });
  return version;
}

export interface SystemFilter {
  q?: string | undefined;
  kind?: SystemKind | undefined;
  layer?: string | undefined;
  component?: string | undefined;
  agency?: string | undefined;
  lifecycle?: Lifecycle | undefined;
  status?: RegistrationStatus | undefined;
  verified?: boolean | undefined;
  /** failing: at least one error; warning: warnings only; passing: no failed rule. */
  compliance?: 'failing' | 'warning' | 'passing' | undefined;
  /** Systems failing this rule. */
  rule?: string | undefined;
  sort?: 'code' | 'name' | 'updated' | undefined;
  limit: number;
  offset: number;
}

function systemConditions(filter: Omit<SystemFilter, 'limit' | 'offset' | 'sort'>): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.q) conditions.push(like(systems.searchText, likePattern(filter.q)));
  if (filter.kind) conditions.push(eq(systems.kind, filter.kind));
  if (filter.layer) conditions.push(eq(systems.layer, filter.layer));
  if (filter.component) conditions.push(sql`${systems.componentCodes} @> ${JSON.stringify([filter.component])}::jsonb`);
  if (filter.agency) conditions.push(eq(systems.ownerAgencyId, filter.agency));
  if (filter.lifecycle) conditions.push(eq(systems.lifecycle, filter.lifecycle));
  if (filter.status) conditions.push(eq(systems.status, filter.status));
  if (filter.verified !== undefined) conditions.push(eq(systems.verified, filter.verified));
  if (filter.compliance === 'failing') conditions.push(sql`(${systems.compliance} ->> 'errors')::int > 0`);
  if (filter.compliance === 'warning') conditions.push(sql`(${systems.compliance} ->> 'errors')::int = 0 and (${systems.compliance} ->> 'warnings')::int > 0`);
  if (filter.compliance === 'passing') conditions.push(sql`(${systems.compliance} ->> 'errors')::int = 0 and (${systems.compliance} ->> 'warnings')::int = 0`);
  if (filter.rule) conditions.push(sql`${systems.compliance} -> 'outcomes' ->> ${filter.rule} = 'fail'`);
  return conditions.length ? and(...conditions) : undefined;
}

export async function listSystems(db: Db, filter: SystemFilter) {
  const where = systemConditions(filter);
  const order = filter.sort === 'name' ? asc(systems.nameVi) : filter.sort === 'updated' ? desc(systems.updatedAt) : asc(systems.code);
  const [rows, [total]] = await Promise.all([
    db.select().from(systems).where(where).orderBy(order, asc(systems.id)).limit(filter.limit).offset(filter.offset),
    db.select({ n: count() }).from(systems).where(where),
  ]);
  return { items: rows.map(toRecord), total: total?.n ?? 0 };
}

export async function allSystems(db: Executor): Promise<SystemRecord[]> {
  return (await db.select().from(systems).orderBy(asc(systems.code))).map(toRecord);
}

// ---- versions ----

export async function listVersions(db: Db, id: string) {
  const row = await getSystemRow(db, id);
  const versions = await db
    .select({ version: systemVersions.version, lifecycle: systemVersions.lifecycle, changeNote: systemVersions.changeNote, authorLabel: systemVersions.authorLabel, createdAt: systemVersions.createdAt })
    .from(systemVersions)
    .where(eq(systemVersions.systemId, row.id))
    .orderBy(desc(systemVersions.version));
  return versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString(), approved: v.version === row.approvedVersion }));
}

export async function getVersion(db: Db, id: string, version: number) {
  const row = await getSystemRow(db, id);
  const [v] = await db.select().from(systemVersions).where(and(eq(systemVersions.systemId, row.id), eq(systemVersions.version, version)));
  if (!v) throw errors.notFound({ vi: 'phiên bản', en: 'version' }, String(version));
  return { version: v.version, data: v.data, changeNote: v.changeNote, authorLabel: v.authorLabel, createdAt: v.createdAt.toISOString() };
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Field-by-field differences between two JSON values, with dotted paths (arrays by index). */
export function diffValues(before: unknown, after: unknown, path = ''): FieldChange[] {
  const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';
  if (isObject(before) && isObject(after) && Array.isArray(before) === Array.isArray(after)) {
    const keys = Array.isArray(before)
      ? [...Array(Math.max((before as unknown[]).length, (after as unknown as unknown[]).length)).keys()].map(String)
      : [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => diffValues((before as Record<string, unknown>)[k], (after as Record<string, unknown>)[k], path ? `${path}.${k}` : k));
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ field: path, before: before ?? null, after: after ?? null }];
}

export async function diffVersions(db: Db, id: string, from: number, to: number) {
  const [a, b] = await Promise.all([getVersion(db, id, from), getVersion(db, id, to)]);
  return { from, to, changes: diffValues(a.data, b.data) };
}

// ---- relations ----

export async function relationsOf(db: Executor, systemId: string) {
  const rows = await db
    .select()
    .from(systemRelations)
    .where(or(eq(systemRelations.fromId, systemId), eq(systemRelations.toId, systemId)))
    .orderBy(asc(systemRelations.createdAt));
  const ids = [...new Set(rows.flatMap((r) => [r.fromId, r.toId]))];
  const names = ids.length ? await db.select({ id: systems.id, code: systems.code, nameVi: systems.nameVi, ownerAgencyId: systems.ownerAgencyId }).from(systems).where(inArray(systems.id, ids)) : [];
  const byId = new Map(names.map((n) => [n.id, n]));
  return rows.map((r) => ({ id: r.id, fromId: r.fromId, toId: r.toId, type: r.type, note: r.note, from: byId.get(r.fromId) ?? null, to: byId.get(r.toId) ?? null }));
}

/** Would `fromId part_of toId` close a loop? Walks up the part-of chain from toId. */
export async function wouldCycle(db: Executor, fromId: string, toId: string): Promise<boolean> {
  const seen = new Set<string>();
  let frontier = [toId];
  while (frontier.length) {
    if (frontier.includes(fromId)) return true;
    frontier.forEach((id) => seen.add(id));
    const parents = await db.select({ toId: systemRelations.toId }).from(systemRelations).where(and(inArray(systemRelations.fromId, frontier), eq(systemRelations.type, 'part_of')));
    frontier = parents.map((p) => p.toId).filter((id) => !seen.has(id));
  }
  return false;
}

export async function addRelation(db: Db, principal: Principal, actor: Actor, fromIdOrCode: string, input: { toId: string; type: RelationType; note?: string | undefined }) {
  const from = await getSystemRow(db, fromIdOrCode);
  assertCanEdit(principal, from.ownerAgencyId);
  const [to] = isUuid(input.toId) ? await db.select().from(systems).where(eq(systems.id, input.toId)) : await db.select().from(systems).where(eq(systems.code, input.toId));
  if (!to) throw new AppError(400, 'UNKNOWN_SYSTEM', `Không có hệ thống "${input.toId}".`, `There is no system "${input.toId}".`, [{ field: 'toId', value: input.toId }]);
  if (to.id === from.id) throw errors.field('toId', 'Hệ thống không thể có quan hệ với chính nó.', 'A system cannot be related to itself.');
  const id = await db.transaction(async (tx) => {
    if (input.type === 'part_of' && (await wouldCycle(tx, from.id, to.id))) {
      throw new AppError(400, 'RELATION_CYCLE', `"${from.code} là một phần của ${to.code}" tạo thành vòng lặp.`, `"${from.code} part of ${to.code}" would form a cycle.`, [{ field: 'toId', value: input.toId }]);
    }
    const [exists] = await tx.select({ id: systemRelations.id }).from(systemRelations).where(and(eq(systemRelations.fromId, from.id), eq(systemRelations.toId, to.id), eq(systemRelations.type, input.type)));
    if (exists) throw errors.conflict('Quan hệ này đã có.', 'This relation already exists.');
    const [row] = await tx.insert(systemRelations).values({ fromId: from.id, toId: to.id, type: input.type, note: input.note?.trim() || null }).returning();
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, actor, { action: 'create', entity: 'system_relation', entityId: row.id, after: { from: from.code, to: to.code, type: input.type, note: row.note } });
    return row.id;
  });
  await reevaluate(db, [from.id, to.id]);
  const created = (await relationsOf(db, from.id)).find((r) => r.id === id);
  if (!created) throw new Error('the relation just created is missing');
  return created;
}

export async function removeRelation(db: Db, principal: Principal, actor: Actor, systemIdOrCode: string, relationId: string) {
  const from = await getSystemRow(db, systemIdOrCode);
  assertCanEdit(principal, from.ownerAgencyId);
  const [row] = isUuid(relationId)
    ? await db.select().from(systemRelations).where(and(eq(systemRelations.id, relationId), eq(systemRelations.fromId, from.id)))
    : [];
  if (!row) throw errors.notFound({ vi: 'quan hệ', en: 'relation' }, relationId);
  await db.transaction(async (tx) => {
    await tx.delete(systemRelations).where(eq(systemRelations.id, row.id));
    await recordAudit(tx, actor, { action: 'delete', entity: 'system_relation', entityId: row.id, before: { fromId: row.fromId, toId: row.toId, type: row.type } });
  });
  await reevaluate(db, [row.fromId, row.toId]);
}

/** What the system uses and what uses it, to the given depth, as nodes and edges for a graph. */
export async function dependencyGraph(db: Db, idOrCode: string, depth: number) {
  const root = await getSystemRow(db, idOrCode);
  const nodeIds = new Set([root.id]);
  const edges = new Map<string, { id: string; fromId: string; toId: string; type: RelationType }>();
  let frontier = [root.id];
  for (let level = 0; level < depth && frontier.length; level++) {
    const rows = await db.select().from(systemRelations).where(or(inArray(systemRelations.fromId, frontier), inArray(systemRelations.toId, frontier)));
    const next: string[] = [];
    for (const r of rows) {
      edges.set(r.id, { id: r.id, fromId: r.fromId, toId: r.toId, type: r.type });
      for (const id of [r.fromId, r.toId]) {
        if (nodeIds.has(id)) continue;
        nodeIds.add(id);
        next.push(id);
      }
    }
    frontier = next;
  }
  const nodes = await db
    .select({ id: systems.id, code: systems.code, nameVi: systems.nameVi, kind: systems.kind, ownerAgencyId: systems.ownerAgencyId, lifecycle: systems.lifecycle, compliance: systems.compliance })
    .from(systems)
    .where(inArray(systems.id, [...nodeIds]));
  return {
    rootId: root.id,
    nodes: nodes.map((n) => ({ ...n, errors: n.compliance?.errors ?? 0, warnings: n.compliance?.warnings ?? 0, compliance: undefined })),
    edges: [...edges.values()],
  };
}

// ---- registration workflow ----

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

export async function submitRequest(db: Db, principal: Principal, actor: Actor, idOrCode: string, input: { type: RequestType; note?: string | undefined }) {
  const system = await getSystemRow(db, idOrCode);
  assertCanEdit(principal, system.ownerAgencyId);
  const everApproved = system.approvedVersion !== null;
  if (input.type === 'establish' && everApproved) throw requestNotAllowed('Hệ thống đã được phê duyệt thành lập; hãy gửi yêu cầu điều chỉnh.', 'The system is already established; submit a modification instead.');
  if (input.type !== 'establish' && !everApproved) throw requestNotAllowed('Hệ thống chưa được phê duyệt thành lập.', 'The system has not been approved for establishment yet.');
  if (input.type === 'put_into_use' && !['planned', 'building'].includes(system.lifecycle)) throw requestNotAllowed('Chỉ hệ thống đang lập kế hoạch hoặc đang xây dựng mới đưa vào sử dụng.', 'Only a planned or building system can be put into use.');
  if (input.type === 'retire' && system.lifecycle === 'retired') throw requestNotAllowed('Hệ thống đã dừng hoạt động.', 'The system is already retired.');
  if (input.type === 'modify' && system.version === system.approvedVersion) throw requestNotAllowed('Chưa có thay đổi nào so với phiên bản đã phê duyệt.', 'Nothing has changed since the approved version.');
  const request = await db.transaction(async (tx) => {
    if (await hasPendingRequest(tx, system.id)) throw requestNotAllowed('Đã có một yêu cầu đang chờ thẩm định.', 'A request is already awaiting review.');
    const [row] = await tx
      .insert(registrationRequests)
      .values({ systemId: system.id, type: input.type, status: 'pending', version: system.version, note: input.note?.trim() || null, submittedBy: principal.userId, submittedByLabel: actor.label })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await tx.update(systems).set({ status: 'pending', updatedAt: new Date() }).where(eq(systems.id, system.id));
    await recordAudit(tx, actor, { action: 'submit', entity: 'registration_request', entityId: row.id, after: { system: system.code, type: input.type, version: system.version, note: row.note } });
    return row;
  });
  return presentRequest(request, system);
}

const decisionStatus: Record<'approve' | 'return' | 'reject', RequestStatus> = { approve: 'approved', return: 'returned', reject: 'rejected' };

/** A reviewer's decision. The system's displayed status follows it; approval applies what the request asked. */
export async function decideRequest(db: Db, principal: Principal, actor: Actor, requestId: string, input: { decision: 'approve' | 'return' | 'reject'; comment?: string | undefined }) {
  registryPolicy.require(principal, 'registry.request.decide');
  const comment = input.comment?.trim() ?? '';
  if (input.decision !== 'approve' && !comment) throw errors.field('comment', 'Cần ghi rõ lý do khi trả lại hoặc từ chối.', 'Give the reason when returning or rejecting.');
  const [request] = isUuid(requestId) ? await db.select().from(registrationRequests).where(eq(registrationRequests.id, requestId)) : [];
  if (!request) throw errors.notFound(requestWhat, requestId);
  const status = decisionStatus[input.decision];
  await db.transaction(async (tx) => {
    const [decided] = await tx
      .update(registrationRequests)
      .set({ status, decidedBy: principal.userId, decidedByLabel: actor.label, decidedAt: new Date(), decisionComment: comment || null })
      .where(and(eq(registrationRequests.id, request.id), eq(registrationRequests.status, 'pending')))
      .returning();
    if (!decided) throw new AppError(409, 'REQUEST_NOT_PENDING', 'Yêu cầu này không còn chờ thẩm định.', 'This request is no longer awaiting review.');
    const system = await getSystemRow(tx, request.systemId);
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
    await recordAudit(tx, actor, { action: input.decision, entity: 'registration_request', entityId: request.id, before: { status: 'pending' }, after: { status, comment: comment || null, system: system.code } });
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

// ---- compliance ----

/** A data object counts as mapped when it names elements and each has an approved, current version. */
export function mappingOf(system: Pick<SystemInput, 'dataObjects'>, approved: ReadonlySet<string>): { mapped: number; total: number } {
  const total = system.dataObjects.length;
  const mapped = system.dataObjects.filter((d) => (d.elements ?? []).length > 0 && (d.elements ?? []).every((code) => approved.has(code))).length;
  return { mapped, total };
}

async function systemsMappingElement(db: Executor, code: string) {
  return db
    .select({ id: systems.id, code: systems.code, nameVi: systems.nameVi, ownerAgencyId: systems.ownerAgencyId })
    .from(systems)
    .where(sql`${systems.data} -> 'dataObjects' @> ${JSON.stringify([{ elements: [code] }])}::jsonb`);
}

/** Tells the data dictionary which of its elements registered systems use, and re-checks them when an element's approval changes. */
/** The registry's answers to the dictionary: which systems map an element, and re-checking them when it changes. */
export const dictionaryUsageProvider: dictionary.DictionaryUsageProvider = {
  async usages(db, kind, code) {
    if (kind !== 'element') return [];
    return (await systemsMappingElement(db, code)).map((s) => ({ source: 'registry', code: s.code, name: s.nameVi }));
  },
  async approvedStateChanged(db, kind, code) {
    if (kind !== 'element') return;
    const affected = await systemsMappingElement(db, code);
    if (affected.length) await reevaluate(db, affected.map((s) => s.id));
  },
};

export interface MappingConformance {
  systems: { id: string; code: string; nameVi: string; ownerAgencyId: string; total: number; mapped: number }[];
  agencies: { agencyId: string; systems: number; total: number; mapped: number; share: number | null }[];
  total: number;
  mapped: number;
  share: number | null;
}

/** Share of data objects mapped to approved dictionary elements, per system and per agency (retired systems left out). */
export async function mappingConformance(db: Db, filter: { agency?: string | undefined }): Promise<MappingConformance> {
  const [approved, rows] = await Promise.all([
    dictionary.approvedElementCodes(db),
    db
      .select({ id: systems.id, code: systems.code, nameVi: systems.nameVi, ownerAgencyId: systems.ownerAgencyId, dataObjects: sql<SystemInput['dataObjects']>`${systems.data} -> 'dataObjects'` })
      .from(systems)
      .where(and(sql`${systems.lifecycle} <> 'retired'`, filter.agency ? eq(systems.ownerAgencyId, filter.agency) : undefined))
      .orderBy(asc(systems.code)),
  ]);
  const share = (mapped: number, total: number) => (total === 0 ? null : Math.round((mapped / total) * 1000) / 1000);
  const perSystem = rows.map((r) => ({ id: r.id, code: r.code, nameVi: r.nameVi, ownerAgencyId: r.ownerAgencyId, ...mappingOf(r, approved) }));
  const byAgency = new Map<string, { agencyId: string; systems: number; total: number; mapped: number }>();
  for (const s of perSystem) {
    const a = byAgency.get(s.ownerAgencyId) ?? { agencyId: s.ownerAgencyId, systems: 0, total: 0, mapped: 0 };
    a.systems++;
    a.total += s.total;
    a.mapped += s.mapped;
    byAgency.set(s.ownerAgencyId, a);
  }
  const total = perSystem.reduce((n, s) => n + s.total, 0);
  const mapped = perSystem.reduce((n, s) => n + s.mapped, 0);
  return {
    systems: perSystem,
    agencies: [...byAgency.values()].map((a) => ({ ...a, share: share(a.mapped, a.total) })).sort((a, b) => a.agencyId.localeCompare(b.agencyId)),
    total,
    mapped,
    share: share(mapped, total),
  };
}

export async function buildRuleContext(db: Db): Promise<RuleContext> {
  const [componentList, agencyPage, systemRows, relationRows, approvedElements] = await Promise.all([
    framework.listComponents(db, {}),
    framework.listAgencies(db, { limit: 100_000, offset: 0 }),
    db.select({ id: systems.id, code: systems.code, nameVi: systems.nameVi, ownerAgencyId: systems.ownerAgencyId, lifecycle: systems.lifecycle, components: sql<SystemInput['components']>`${systems.data} -> 'components'` }).from(systems),
    db.select().from(systemRelations),
    dictionary.approvedElementCodes(db),
  ]);
  const implementers = new Map<string, string[]>();
  for (const s of systemRows) {
    if (s.lifecycle === 'retired') continue;
    for (const c of s.components) if (c.link === 'implements') implementers.set(c.code, [...(implementers.get(c.code) ?? []), s.id]);
  }
  const relations = new Map<string, Relation[]>();
  for (const r of relationRows) {
    const relation: Relation = { fromId: r.fromId, toId: r.toId, type: r.type };
    for (const id of [r.fromId, r.toId]) relations.set(id, [...(relations.get(id) ?? []), relation]);
  }
  return {
    components: new Map(componentList.map((c) => [c.code, { code: c.code, layer: c.layer, scope: c.scope, name: c.name, shortName: c.shortName }])),
    agencyKinds: new Map(agencyPage.items.map((a) => [a.id, a.kind])),
    systems: new Map(systemRows.map((s) => [s.id, s])),
    implementers,
    relations,
    dictionaryMapping: (system) => mappingOf(system, approvedElements),
  };
}

function sameFindings(a: ComplianceSummary | null, b: ComplianceSummary): boolean {
  return a !== null && a.errors === b.errors && a.warnings === b.warnings && canonicalJson(a.outcomes) === canonicalJson(b.outcomes);
}

async function storeSummaries(db: Executor, summaries: { id: string; summary: ComplianceSummary }[]): Promise<void> {
  for (let i = 0; i < summaries.length; i += 1000) {
    const batch = summaries.slice(i, i + 1000).map((s) => ({ id: s.id, compliance: s.summary }));
    await db.execute(
      sql`update registry_systems s set compliance = b.compliance from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as b(id uuid, compliance jsonb) where s.id = b.id`,
    );
  }
}

/**
 * Re-evaluates the given systems and those whose findings may depend on them: systems implementing
 * the same components, and systems related to them.
 */
export async function reevaluate(db: Db, systemIds: string[]): Promise<void> {
  const context = await buildRuleContext(db);
  const affected = new Set(systemIds);
  for (const id of systemIds) {
    for (const r of context.relations.get(id) ?? []) {
      affected.add(r.fromId);
      affected.add(r.toId);
    }
  }
  const rows = await db.select().from(systems).where(inArray(systems.id, [...affected]));
  for (const row of rows) {
    for (const c of row.data.components) if (c.link === 'implements') for (const other of context.implementers.get(c.code) ?? []) affected.add(other);
  }
  const all = affected.size > rows.length ? await db.select().from(systems).where(inArray(systems.id, [...affected])) : rows;
  await storeSummaries(db, all.map((row) => ({ id: row.id, summary: summarise(evaluateSystem(toRecord(row), context)) })));
}

/** Every rule on every system; returns counts and how long each part took. */
export async function evaluateAll(db: Db) {
  const started = performance.now();
  const [context, rows] = await Promise.all([buildRuleContext(db), db.select().from(systems)]);
  const loaded = performance.now();
  const summaries = rows.map((row) => ({ id: row.id, summary: summarise(evaluateSystem(toRecord(row), context)), previous: row.compliance }));
  const evaluated = performance.now();
  // Only findings that changed are written; evaluatedAt thus tells when a system's findings last changed.
  await storeSummaries(db, summaries.filter((s) => !sameFindings(s.previous, s.summary)));
  const stored = performance.now();
  return {
    systems: rows.length,
    rules: rules.length,
    errors: summaries.reduce((n, s) => n + s.summary.errors, 0),
    warnings: summaries.reduce((n, s) => n + s.summary.warnings, 0),
    timings: { loadMs: loaded - started, evaluateMs: evaluated - loaded, storeMs: stored - evaluated, totalMs: stored - started },
  };
}

export async function systemFindings(db: Db, idOrCode: string): Promise<{ system: SystemRecord; findings: Finding[] }> {
  const row = await getSystemRow(db, idOrCode);
  const system = toRecord(row);
  return { system, findings: evaluateSystem(system, await buildRuleContext(db)) };
}

export function listRules() {
  return rules.map((r) => ({ id: r.id, title: r.title, clause: r.clause, severity: r.severity, remedy: r.remedy }));
}

/** The province's compliance at a glance: per rule and per agency, from the stored findings. */
export async function complianceSummary(db: Db, filter: { agency?: string | undefined } = {}) {
  const rows = await db
    .select({ ownerAgencyId: systems.ownerAgencyId, compliance: systems.compliance, lifecycle: systems.lifecycle })
    .from(systems)
    .where(filter.agency ? eq(systems.ownerAgencyId, filter.agency) : undefined);
  const byRule = new Map(rules.map((r) => [r.id, { pass: 0, fail: 0, not_applicable: 0, not_checkable: 0 }]));
  const byAgency = new Map<string, { systems: number; failing: number; warning: number; passing: number }>();
  let failing = 0;
  let warning = 0;
  for (const row of rows) {
    const c = row.compliance;
    const agency = byAgency.get(row.ownerAgencyId) ?? { systems: 0, failing: 0, warning: 0, passing: 0 };
    agency.systems++;
    if (c) {
      for (const [ruleId, outcome] of Object.entries(c.outcomes)) {
        const counts = byRule.get(ruleId);
        if (counts) counts[outcome]++;
      }
      if (c.errors > 0) {
        agency.failing++;
        failing++;
      } else if (c.warnings > 0) {
        agency.warning++;
        warning++;
      } else {
        agency.passing++;
      }
    }
    byAgency.set(row.ownerAgencyId, agency);
  }
  return {
    totals: { systems: rows.length, failing, warning, passing: rows.length - failing - warning },
    byRule: rules.map((r) => ({ ruleId: r.id, title: r.title, clause: r.clause, severity: r.severity, ...(byRule.get(r.id) ?? { pass: 0, fail: 0, not_applicable: 0, not_checkable: 0 }) })),
    byAgency: [...byAgency.entries()].map(([agencyId, counts]) => ({ agencyId, ...counts })).sort((a, b) => b.failing - a.failing || b.systems - a.systems),
  };
}

export function ruleExists(id: string): boolean {
  return ruleById.has(id);
}

export { relationTypes };
