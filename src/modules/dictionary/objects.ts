// Elements, entities and code lists: listing, reading, creating, updating (with the change log and the version bump
// the change calls for), importing elements from a file, deleting what nothing uses.
import { and, asc, count, desc, eq, isNotNull, like, ne, sql, type SQL } from 'drizzle-orm';
import { mapUniqueViolation, type Db, type Executor } from '../../core/db.js';
import { assertIfMatch } from '../../core/preconditions.js';
import { AppError, errors } from '../../core/errors.js';
import { recordAudit, type Actor } from '../../core/audit.js';
import type { Principal } from '../../core/auth/principal.js';
import { likePattern } from '../../core/text.js';
import { compileShapeCheck } from '../../core/http.js';
import { dictionaryPolicy } from './access.js';
import { dictionaryChanges, dictionaryObjects, dictionaryVersions, type ObjectKind } from './schema.js';
import { bumpVersion, diffFields } from './governance.js';
import { ElementSpecSchema } from './api-schemas.js';
import { importFailed, type RowError } from './transfer/import.js';
import type { CodeListSpec, ElementSpec, EntitySpec, GovernanceStatus } from './model.js';
import { checkElement, checkSpec, classify, normaliseElement, normaliseSpec, searchTextOf } from './checks.js';
import { type ObjectRow, type RecordOf, type SpecOf, assertCanEdit, canEdit, findRow, getRow, itemCounts, kindNames, logChanges, present } from './records.js';
import { type DictionaryUsageProvider, notifyChange, usagesOf } from './usage.js';

export interface ObjectFilter {
  q?: string | undefined;
  status?: GovernanceStatus | undefined;
  owner?: string | undefined;
  classification?: string | undefined;
  dataType?: string | undefined;
  codeList?: string | undefined;
  limit: number;
  offset: number;
}

export async function listObjects<K extends ObjectKind>(db: Db, kind: K, filter: ObjectFilter, publicView: boolean) {
  const conditions: SQL[] = [eq(dictionaryObjects.kind, kind)];
  // The public sees what has an approved version and is not withdrawn from it.
  if (publicView) conditions.push(isNotNull(dictionaryObjects.approvedVersion));
  if (filter.status && publicView) {
    // The public sees approved versions: "approved" is whatever is not deprecated; drafts and reviews do not exist for it.
    if (filter.status === 'deprecated') conditions.push(eq(dictionaryObjects.status, 'deprecated'));
    else if (filter.status === 'approved') conditions.push(ne(dictionaryObjects.status, 'deprecated'));
    else conditions.push(sql`false`);
  } else if (filter.status) conditions.push(eq(dictionaryObjects.status, filter.status));
  if (filter.owner) conditions.push(eq(dictionaryObjects.ownerAgencyId, filter.owner));
  const specColumn = publicView ? sql`coalesce(${dictionaryObjects.approvedSpec}, ${dictionaryObjects.spec})` : sql`${dictionaryObjects.spec}`;
  if (filter.classification) conditions.push(sql`${specColumn} ->> 'classification' = ${filter.classification}`);
  if (filter.dataType) conditions.push(sql`${specColumn} ->> 'dataType' = ${filter.dataType}`);
  if (filter.codeList) conditions.push(sql`${specColumn} ->> 'codeList' = ${filter.codeList}`);
  if (filter.q) conditions.push(like(publicView ? dictionaryObjects.approvedSearchText : dictionaryObjects.searchText, likePattern(filter.q)));
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db.select().from(dictionaryObjects).where(where).orderBy(asc(dictionaryObjects.code)).limit(filter.limit).offset(filter.offset),
    db.select({ n: count() }).from(dictionaryObjects).where(where),
  ]);
  const counts = kind === 'code_list' ? await itemCounts(db, rows.map((r) => r.id)) : new Map<string, number>();
  return { items: rows.map((r) => present<K>(r, publicView, counts.get(r.id) ?? 0)), total: Number(total?.n ?? 0) };
}

export async function getObject<K extends ObjectKind>(db: Db, kind: K, code: string, publicView: boolean): Promise<RecordOf<K>> {
  const row = await getRow(db, kind, code, publicView);
  const counts = kind === 'code_list' ? await itemCounts(db, [row.id]) : new Map<string, number>();
  return present<K>(row, publicView, counts.get(row.id) ?? 0);
}

function codeTakenError(kind: ObjectKind, code: string): AppError {
  return new AppError(409, 'CODE_TAKEN', `Mã ${kindNames[kind].vi} "${code}" đã được dùng.`, `The ${kindNames[kind].en} code "${code}" is already in use.`, [{ field: 'code', value: code }]);
}

export interface CreateOptions {
  /** Seed data arrives approved: it is the province's agreed starting point. */
  approved?: boolean;
}

/** Inserts a checked spec inside the caller's transaction. */
export async function insertObject(tx: Executor, actor: Actor, kind: ObjectKind, spec: ElementSpec | EntitySpec | CodeListSpec, options: CreateOptions = {}): Promise<ObjectRow> {
  if (await findRow(tx, kind, spec.code)) throw codeTakenError(kind, spec.code);
  const specJson = spec as unknown as Record<string, unknown>;
  const [row] = await tx
    .insert(dictionaryObjects)
    .values({
      kind,
      code: spec.code,
      status: options.approved ? 'approved' : 'draft',
      version: '1.0',
      approvedVersion: options.approved ? '1.0' : null,
      spec: specJson,
      approvedSpec: options.approved ? specJson : null,
      ownerAgencyId: spec.ownerAgencyId,
      nameVi: spec.name.vi,
      searchText: searchTextOf(kind, spec),
      approvedSearchText: options.approved ? searchTextOf(kind, spec) : null,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await logChanges(tx, row, actor, 'create', '1.0', [{ field: null, oldValue: null, newValue: spec }]);
  if (options.approved) {
    await tx.insert(dictionaryVersions).values({ objectId: row.id, version: '1.0', spec: specJson, approvedBy: actor.label });
    await logChanges(tx, row, actor, 'approve', '1.0', []);
  }
  await recordAudit(tx, actor, { action: 'create', entity: `dictionary_${kind}`, entityId: row.id, after: spec });
  return row;
}

export async function createObject<K extends ObjectKind>(db: Db, principal: Principal, actor: Actor, kind: K, raw: SpecOf<K>): Promise<RecordOf<K>> {
  const spec = normaliseSpec(kind, raw);
  assertCanEdit(principal, spec.ownerAgencyId);
  await checkSpec(db, kind, spec);
  const row = await mapUniqueViolation(() => db.transaction((tx) => insertObject(tx, actor, kind, spec)), codeConstraint(kind, spec.code));
  return getObject(db, kind, row.code, false);
}

/** Two simultaneous creates of one code: the unique constraint answers the second, with the same 409 as the check. */
export const codeConstraint = (kind: ObjectKind, code: string) => (constraint: string) => (constraint === 'dictionary_objects_kind_code' ? codeTakenError(kind, code) : undefined);

/** The object's row, locked until the transaction ends, so saves and governance steps on it take turns. */
export async function lockObjectRow(tx: Executor, id: string): Promise<ObjectRow> {
  const [row] = await tx.select().from(dictionaryObjects).where(eq(dictionaryObjects.id, id)).for('update');
  if (!row) throw new Error('the object disappeared');
  return row;
}

export async function updateObject<K extends ObjectKind>(db: Db, principal: Principal, actor: Actor, kind: K, code: string, raw: SpecOf<K>, comment?: string, options: { ifMatch?: string[] | undefined } = {}): Promise<RecordOf<K>> {
  const current = await getRow(db, kind, code);
  assertCanEdit(principal, current.ownerAgencyId);
  assertIfMatch(options.ifMatch, current.revision);
  const spec = normaliseSpec(kind, raw);
  assertCanEdit(principal, spec.ownerAgencyId);
  if (spec.code !== current.code) {
    throw new AppError(400, 'CODE_IMMUTABLE', 'Không được đổi mã; hãy tạo đối tượng mới và cho đối tượng cũ ngừng sử dụng.', 'The code cannot change; create a new object and deprecate this one.', [{ field: 'code', value: spec.code }]);
  }
  if (current.status === 'deprecated') {
    throw new AppError(409, 'DEPRECATED', 'Đối tượng đã ngừng sử dụng, không sửa được nữa.', 'The object is deprecated and can no longer change.');
  }
  await checkSpec(db, kind, spec);
  await db.transaction(async (tx) => {
    // Read again under the lock: the If-Match is checked against what is committed now, not what was read above.
    const locked = await lockObjectRow(tx, current.id);
    assertIfMatch(options.ifMatch, locked.revision);
    if (locked.status === 'deprecated') throw new AppError(409, 'DEPRECATED', 'Đối tượng đã ngừng sử dụng, không sửa được nữa.', 'The object is deprecated and can no longer change.');
    await applyUpdate(tx, actor, kind, locked, spec, comment ?? null);
  });
  return getObject(db, kind, code, false);
}

/** Saves a checked spec over the current one: logs each changed field and sets the version from what changed since approval. */
async function applyUpdate(tx: Executor, actor: Actor, kind: ObjectKind, current: ObjectRow, spec: ElementSpec | EntitySpec | CodeListSpec, comment: string | null): Promise<boolean> {
  const changes = diffFields(current.spec, spec);
  if (changes.length === 0) return false;
  const approved = current.approvedSpec;
  const change = approved && current.approvedVersion ? classify(kind, approved, spec) : 'none';
  const version = approved && current.approvedVersion ? bumpVersion(current.approvedVersion, change) : current.version;
  // Back to what was approved means approved again; anything else is a draft to review.
  const status: GovernanceStatus = approved && change === 'none' ? 'approved' : 'draft';
  await tx
    .update(dictionaryObjects)
    .set({ spec: spec as unknown as Record<string, unknown>, version, status, revision: sql`${dictionaryObjects.revision} + 1`, ownerAgencyId: spec.ownerAgencyId, nameVi: spec.name.vi, searchText: searchTextOf(kind, spec), updatedAt: new Date() })
    .where(eq(dictionaryObjects.id, current.id));
  await logChanges(tx, current, actor, 'update', version, changes, comment);
  await recordAudit(tx, actor, { action: 'update', entity: `dictionary_${kind}`, entityId: current.id, before: current.spec, after: spec });
  return true;
}

const checkElementShape = compileShapeCheck(ElementSpecSchema);

/**
 * Imports elements from a file: new codes become drafts, known codes are changed like an edit.
 * Every row is checked first; one error and nothing is written.
 */
export async function importElements(db: Db, principal: Principal, actor: Actor, rows: { row: number; spec: ElementSpec }[], earlier: RowError[]) {
  const problems: RowError[] = [...earlier];
  const checked: { row: number; spec: ElementSpec; current: ObjectRow | undefined }[] = [];
  const seen = new Set<string>();
  for (const { row, spec: raw } of rows) {
    if (problems.some((p) => p.row === row)) continue;
    const issues = checkElementShape(raw);
    if (issues.length) {
      for (const { field, problem, message } of issues) {
        problems.push({ row, field, message: { vi: `Cột ${field} không hợp lệ (${problem}).`, en: `Column ${field}: ${message ?? 'not valid'}.` } });
      }
      continue;
    }
    const spec = normaliseElement(raw);
    if (seen.has(spec.code)) {
      problems.push({ row, field: 'code', value: spec.code, message: { vi: `Mã "${spec.code}" xuất hiện hai lần trong tệp.`, en: `The code "${spec.code}" appears twice in the file.` } });
      continue;
    }
    seen.add(spec.code);
    const current = await findRow(db, 'element', spec.code);
    try {
      if (!canEdit(principal, spec.ownerAgencyId) || (current && !canEdit(principal, current.ownerAgencyId))) {
        throw errors.forbidden('Không có quyền sửa phần tử của cơ quan khác.', 'No right to change another agency\u2019s element.');
      }
      if (current?.status === 'deprecated') throw new AppError(409, 'DEPRECATED', 'Phần tử đã ngừng sử dụng.', 'The element is deprecated.');
      await checkElement(db, spec);
      checked.push({ row, spec, current });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const detail = (Array.isArray(err.details) ? (err.details[0] as { field?: string } | undefined) : undefined)?.field;
      problems.push({ row, field: detail, message: { vi: err.messageVi, en: err.messageEn } });
    }
  }
  if (problems.length) throw importFailed(problems.sort((a, b) => a.row - b.row));
  let created = 0;
  let updated = 0;
  await mapUniqueViolation(
    () =>
      db.transaction(async (tx) => {
        for (const { spec, current } of checked) {
          if (!current) {
            await insertObject(tx, actor, 'element', spec);
            created++;
          } else if (await applyUpdate(tx, actor, 'element', current, spec, 'Nhập từ tệp')) updated++;
        }
      }),
    // An element created by someone else while the file was checked: the import changes nothing and says so.
    (constraint) => (constraint === 'dictionary_objects_kind_code' ? new AppError(409, 'CODE_TAKEN', 'Một phần tử trong tệp vừa được người khác tạo; hãy nhập lại tệp.', 'An element of the file was just created by someone else; import the file again.') : undefined),
  );
  return { created, updated, unchanged: checked.length - created - updated, rows: rows.length };
}

/** Objects nothing uses can be deleted; what is in use can only be deprecated. */
export async function deleteObject(db: Db, principal: Principal, actor: Actor, kind: ObjectKind, code: string, providers: readonly DictionaryUsageProvider[]): Promise<void> {
  const current = await getRow(db, kind, code);
  assertCanEdit(principal, current.ownerAgencyId);
  if (current.approvedVersion) dictionaryPolicy.require(principal, 'dictionary.approved.delete');
  const usages = await usagesOf(db, kind, code, providers);
  if (usages.length) {
    throw new AppError(
      409,
      'IN_USE',
      `Không xóa được: ${kindNames[kind].vi} "${code}" đang được dùng (${usages.slice(0, 5).map((u) => u.code).join(', ')}${usages.length > 5 ? ', …' : ''}). Hãy chuyển sang ngừng sử dụng.`,
      `Cannot delete: the ${kindNames[kind].en} "${code}" is in use (${usages.slice(0, 5).map((u) => u.code).join(', ')}${usages.length > 5 ? ', …' : ''}). Deprecate it instead.`,
      usages,
    );
  }
  await db.transaction(async (tx) => {
    await tx.delete(dictionaryObjects).where(eq(dictionaryObjects.id, current.id));
    await logChanges(tx, current, actor, 'delete', current.version, []);
    await recordAudit(tx, actor, { action: 'delete', entity: `dictionary_${kind}`, entityId: current.id, before: current.spec });
  });
  await notifyChange(db, providers, kind, code);
}

export async function listChanges(db: Db, kind: ObjectKind, code: string, page: { limit: number; offset: number }) {
  const row = await getRow(db, kind, code);
  const where = eq(dictionaryChanges.objectId, row.id);
  const [rows, [total]] = await Promise.all([
    db.select().from(dictionaryChanges).where(where).orderBy(desc(dictionaryChanges.id)).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(dictionaryChanges).where(where),
  ]);
  return {
    items: rows.map((r) => ({ id: r.id, action: r.action, version: r.version, field: r.field, oldValue: r.oldValue, newValue: r.newValue, comment: r.comment, actor: r.actorLabel, at: r.at.toISOString() })),
    total: Number(total?.n ?? 0),
  };
}

export async function listVersions(db: Db, kind: ObjectKind, code: string, publicView: boolean) {
  const row = await getRow(db, kind, code, publicView);
  const rows = await db.select().from(dictionaryVersions).where(eq(dictionaryVersions.objectId, row.id)).orderBy(desc(dictionaryVersions.approvedAt));
  return rows.map((r) => ({ version: r.version, spec: r.spec, approvedBy: publicView ? null : r.approvedBy, approvedAt: r.approvedAt.toISOString() }));
}
