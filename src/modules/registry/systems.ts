// Registered systems: their records, the checks a record must pass (its shape, its references), creating, reading,
// updating (each save a new version), listing and filtering.
import { and, asc, count, desc, eq, getTableColumns, like, sql, type SQL } from 'drizzle-orm';
import { mapUniqueViolation, preparedPerDatabase, type Db, type Executor } from '../../core/db.js';
import { StampedCache } from '../../core/stamped-cache.js';
import { assertIfMatch, versionConflict } from '../../core/preconditions.js';
import { AppError, errors } from '../../core/errors.js';
import { recordAudit, type Actor } from '../../core/audit.js';
import type { Principal } from '../../core/auth/principal.js';
import { foldForSearch, isIsoDate, likePattern } from '../../core/text.js';
import { compileShapeCheck } from '../../core/http.js';
import { isUuid } from '../../core/auth/service.js';
import * as framework from '../framework/api.js';
import * as dictionary from '../dictionary/api.js';
import { registrationRequests, systems, systemsStamp, systemVersions } from './schema.js';
import { type Lifecycle, type RegistrationStatus, type SystemInput, type SystemKind, type SystemRecord } from './model.js';
import type { ComplianceSummary } from './rules/types.js';
import { complianceResults, SystemInputSchema } from './api-schemas.js';
import { registryPolicy } from './access.js';
import { expiredWaiversDue, raiseDueWaivers, raiseExpiredWaivers, reevaluate } from './compliance.js';
import { waiversOf } from './waivers.js';

type SystemRow = typeof systems.$inferSelect;

const systemWhat = { vi: 'hệ thống', en: 'system' };

export type ComplianceResult = (typeof complianceResults)[number];

/** Warnings alone are not a failure: the summary says which of the three a system is, so no one shows "failed: 0 errors". */
export function complianceResult(counts: { errors: number; warnings: number }): ComplianceResult {
  return counts.errors > 0 ? 'failing' : counts.warnings > 0 ? 'warnings_only' : 'passing';
}

type StateColumns = Pick<SystemRow, 'id' | 'status' | 'verified' | 'version' | 'approvedVersion' | 'compliance' | 'createdAt' | 'updatedAt'>;

/** The registry's own fields of a record, beside what its owner wrote. */
function stateOf(row: StateColumns) {
  return {
    id: row.id,
    status: row.status,
    verified: row.verified,
    version: row.version,
    approvedVersion: row.approvedVersion,
    // An approved system edited since keeps its status (the approved version stands) but says its changes wait.
    hasUnapprovedChanges: row.approvedVersion !== null && row.version !== row.approvedVersion,
    compliance: row.compliance ? { ...row.compliance, waived: row.compliance.waived ?? 0, result: complianceResult(row.compliance) } : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toRecord(row: SystemRow): SystemRecord & { approvedVersion: number | null; hasUnapprovedChanges: boolean; compliance: (ComplianceSummary & { waived: number; result: ComplianceResult }) | null } {
  return { ...row.data, ...stateOf(row) };
}

/** The columns a summary (SystemSummarySchema) is read from: the name is the only field taken from the record's body. */
const summaryColumns = {
  id: systems.id,
  code: systems.code,
  kind: systems.kind,
  name: sql<SystemInput['name']>`${systems.data} -> 'name'`.mapWith(systems.data),
  ownerAgencyId: systems.ownerAgencyId,
  layer: systems.layer,
  lifecycle: systems.lifecycle,
  status: systems.status,
  verified: systems.verified,
  version: systems.version,
  approvedVersion: systems.approvedVersion,
  compliance: systems.compliance,
  createdAt: systems.createdAt,
  updatedAt: systems.updatedAt,
};

type SummaryRow = StateColumns & Pick<SystemRow, 'code' | 'kind' | 'ownerAgencyId' | 'layer' | 'lifecycle'> & { name: SystemInput['name'] };

function toSummary(row: SummaryRow) {
  return { code: row.code, kind: row.kind, name: row.name, ownerAgencyId: row.ownerAgencyId, layer: row.layer, lifecycle: row.lifecycle, ...stateOf(row) };
}

export type SystemSummary = ReturnType<typeof toSummary>;

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
export const assertCanEdit = (principal: Principal, ownerAgencyId: string) => registryPolicy.require(principal, 'registry.system.edit', ownerAgencyId);

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
  /** The versions the caller's If-Match names: the save is refused (409 VERSION_CONFLICT) unless one is current. */
  ifMatch?: string[] | undefined;
}

/** A code taken between the check and the insert (two simultaneous creates) is the same 409 as one taken before. */
const codeConstraint = (code: string) => (constraint: string) => (constraint === 'registry_systems_code_unique' ? codeTakenError(code) : undefined);

/** The system's row, locked until the transaction ends: edits, submits and decisions on one system then take turns. */
export async function lockSystemRow(tx: Executor, id: string): Promise<SystemRow> {
  const [row] = await tx.select().from(systems).where(eq(systems.id, id)).for('update');
  if (!row) throw errors.notFound(systemWhat, id);
  return row;
}

export async function createSystem(db: Db, principal: Principal, actor: Actor, raw: SystemInput, options: SaveOptions = {}) {
  const input = normalise(raw);
  assertCanEdit(principal, input.ownerAgencyId);
  await checkReferences(db, input);
  const record = await mapUniqueViolation(() => db.transaction((tx) => insertSystem(tx, actor, input, options)), codeConstraint(input.code));
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

/** One system with its compliance exceptions (current and expired); an exception that expired is re-raised first. */
export async function getSystem(db: Db, id: string) {
  await raiseExpiredWaivers(db);
  const row = await getSystemRow(db, id);
  return { ...toRecord(row), waivers: await waiversOf(db, row.id) };
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
  assertIfMatch(options.ifMatch, current.version);
  const input = normalise({ ...current.data, ...changes });
  if (input.ownerAgencyId !== current.ownerAgencyId) assertCanEdit(principal, input.ownerAgencyId);
  await checkReferences(db, input, current.id);
  await mapUniqueViolation(() => db.transaction(async (tx) => {
    // Locked, then read again: a submit or another save that committed meanwhile is seen, never overwritten.
    const locked = await lockSystemRow(tx, current.id);
    if (await hasPendingRequest(tx, current.id)) {
      throw new AppError(409, 'REQUEST_PENDING', 'Hồ sơ đang chờ thẩm định; không thể sửa cho đến khi có quyết định.', 'The record is awaiting review; it cannot change until a decision is made.');
    }
    if (locked.version !== current.version && options.ifMatch) throw versionConflict(Number(options.ifMatch[0]) || options.ifMatch[0]!, locked.version);
    if (await codeTaken(tx, input.code, current.id)) throw codeTakenError(input.code);
    // A record imported from public sources becomes verified when its owner's officer saves it.
    const confirmedByOwner = principal.role === 'officer';
    await saveVersion(tx, actor, current, input, { ...options, verified: options.verified ?? (current.verified || confirmedByOwner) });
  }), codeConstraint(input.code));
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
  /** With component: only systems that implement it (or only those that use it). */
  link?: 'implements' | 'uses' | undefined;
  agency?: string | undefined;
  lifecycle?: Lifecycle | undefined;
  /** true: retired systems left out. */
  active?: boolean | undefined;
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
  if (filter.link) conditions.push(sql`${systems.data} -> 'components' @> ${JSON.stringify([filter.component ? { code: filter.component, link: filter.link } : { link: filter.link }])}::jsonb`);
  if (filter.agency) conditions.push(eq(systems.ownerAgencyId, filter.agency));
  if (filter.lifecycle) conditions.push(eq(systems.lifecycle, filter.lifecycle));
  if (filter.active) conditions.push(sql`${systems.lifecycle} <> 'retired'`);
  if (filter.status) conditions.push(eq(systems.status, filter.status));
  if (filter.verified !== undefined) conditions.push(eq(systems.verified, filter.verified));
  if (filter.compliance === 'failing') conditions.push(sql`(${systems.compliance} ->> 'errors')::int > 0`);
  if (filter.compliance === 'warning') conditions.push(sql`(${systems.compliance} ->> 'errors')::int = 0 and (${systems.compliance} ->> 'warnings')::int > 0`);
  if (filter.compliance === 'passing') conditions.push(sql`(${systems.compliance} ->> 'errors')::int = 0 and (${systems.compliance} ->> 'warnings')::int = 0`);
  if (filter.rule) conditions.push(sql`${systems.compliance} -> 'outcomes' ->> ${filter.rule} = 'fail'`);
  return conditions.length ? and(...conditions) : undefined;
}

/**
 * Totals of list pages, by the registry's stamp and the filter: under load a page costs one query instead of a page
 * and a count (counting 10,000 systems takes half a millisecond of the database's CPU, a page a fifth of one). The
 * stamp changes with every committed write (schema.ts, systemsStamp), so a total read with a stamp is exact for it.
 */
const totals = new StampedCache<number>(1000, 1, () => 1);

const currentStamp = sql<string | null>`(select ${systemsStamp.stamp} from ${systemsStamp})`;

export type SystemView = 'full' | 'summary';

interface SystemsPage<T> {
  items: T[];
  total: number;
  /** The registry's stamp the page was read at (see listingStamp); null when the page is empty. */
  stamp: string | null;
}

export async function listSystems(db: Db, filter: SystemFilter): Promise<SystemsPage<ReturnType<typeof toRecord>>>;
export async function listSystems(db: Db, filter: SystemFilter, view: 'summary'): Promise<SystemsPage<SystemSummary>>;
export async function listSystems(db: Db, filter: SystemFilter, view: SystemView): Promise<SystemsPage<ReturnType<typeof toRecord> | SystemSummary>>;
export async function listSystems(db: Db, filter: SystemFilter, view: SystemView = 'full') {
  const where = systemConditions(filter);
  const order = filter.sort === 'name' ? asc(systems.nameVi) : filter.sort === 'updated' ? desc(systems.updatedAt) : asc(systems.code);
  // The page, the stamp and whether an exception has expired, in one statement (one snapshot).
  const page = async () => {
    const query = db
      .select({ row: view === 'summary' ? summaryColumns : getTableColumns(systems), stamp: currentStamp, waiversDue: expiredWaiversDue })
      .from(systems)
      .where(where)
      .orderBy(order, asc(systems.id))
      .limit(filter.limit)
      .offset(filter.offset);
    return (await query) as { row: SummaryRow | SystemRow; stamp: string | null; waiversDue: boolean }[];
  };
  let rows = await page();
  // The compliance filters and summaries read stored findings: exceptions that expired must count as failures again.
  if (rows.length === 0) await raiseExpiredWaivers(db);
  else if (rows[0]?.waiversDue) {
    await raiseDueWaivers(db);
    rows = await page();
  }
  const items = rows.map((r) => (view === 'summary' ? toSummary(r.row as SummaryRow) : toRecord(r.row as SystemRow)));
  const stamp = rows[0]?.stamp ?? null;
  return { items, total: await totalOf(db, filter, where, rows.length, stamp), stamp };
}

const stampStatement = preparedPerDatabase((db) => db.select({ stamp: systemsStamp.stamp, waiversDue: expiredWaiversDue }).from(systemsStamp).prepare('registry_listing_stamp'));

/**
 * The registry's stamp, once exceptions that expired have been raised again: a list page read under it (the stamp
 * listSystems returns) holds until it changes. Null when there is no stamp row (a restored backup from before it).
 */
export async function listingStamp(db: Db): Promise<string | null> {
  const [row] = await stampStatement(db).execute();
  if (!row?.waiversDue) return row?.stamp ?? null;
  await raiseDueWaivers(db);
  const [after] = await stampStatement(db).execute();
  return after?.stamp ?? null;
}

/** The number of systems matching the filter, from the page when it says so, from the totals read at this stamp, or counted. */
async function totalOf(db: Db, filter: SystemFilter, where: SQL | undefined, pageLength: number, stamp: string | null): Promise<number> {
  // A first page that is not full is the whole result.
  if (filter.offset === 0 && pageLength < filter.limit) return pageLength;
  const { limit: _limit, offset: _offset, sort: _sort, ...conditions } = filter;
  const filterKey = JSON.stringify(Object.entries(conditions).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)));
  const known = stamp ? totals.get(stamp, filterKey) : undefined;
  if (known !== undefined) return known;
  const [counted] = await db.select({ n: count(), stamp: currentStamp }).from(systems).where(where);
  if (counted?.stamp) totals.set(counted.stamp, filterKey, counted.n);
  return counted?.n ?? 0;
}

export async function allSystems(db: Executor): Promise<SystemRecord[]> {
  return (await db.select().from(systems).orderBy(asc(systems.code))).map(toRecord);
}
