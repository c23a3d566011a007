import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, like, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Executor } from '../../core/db.js';
import { AppError, errors } from '../../core/errors.js';
import { recordAudit, type Actor } from '../../core/audit.js';
import type { Principal } from '../../core/auth/principal.js';
import { foldForSearch, isIsoDate, likePattern } from '../../core/text.js';
import { compileShapeCheck } from '../../core/http.js';
import { createExtensionPoint } from '../../core/module.js';
import { dictionaryPolicy } from './access.js';
import * as framework from '../framework/api.js';
import { codeItems, dictionaryChanges, dictionaryObjects, dictionaryVersions, type ObjectKind } from './schema.js';
import { bumpVersion, classifyCodeListChange, classifyElementChange, classifyEntityChange, diffFields, type ChangeKind } from './governance.js';
import { ElementSpecSchema } from './api-schemas.js';
import { importFailed, type RowError } from './transfer/import.js';
import type {
  CodeItem,
  CodeListRecord,
  CodeListSpec,
  ElementRecord,
  ElementSpec,
  EntityRecord,
  EntitySpec,
  GovernanceStatus,
  Localised,
  ResolvedEntity,
} from './model.js';

type ObjectRow = typeof dictionaryObjects.$inferSelect;
type SpecOf<K extends ObjectKind> = K extends 'element' ? ElementSpec : K extends 'entity' ? EntitySpec : CodeListSpec;
type RecordOf<K extends ObjectKind> = K extends 'element' ? ElementRecord : K extends 'entity' ? EntityRecord : CodeListRecord;

export const kindNames: Record<ObjectKind, Localised> = {
  element: { vi: 'phần tử dữ liệu', en: 'data element' },
  entity: { vi: 'thực thể dữ liệu', en: 'entity' },
  code_list: { vi: 'danh mục mã', en: 'code list' },
};


// ---- what the modules above the dictionary tell it (its extension point, implemented when the app is assembled) ----

export interface Usage {
  /** Where the object is used, e.g. "registry" or "entity". */
  source: string;
  code: string;
  name: string;
}

/** A module that refers to dictionary objects (the registry, later the warehouse) says where they are used. */
export interface DictionaryUsageProvider {
  usages(db: Db, kind: ObjectKind, code: string): Promise<Usage[]>;
  /** Called after an object's approved state changes (approve, deprecate, delete), e.g. to re-check compliance. */
  approvedStateChanged(db: Db, kind: ObjectKind, code: string): Promise<void>;
}

export const dictionaryUsageExtensionPoint = createExtensionPoint<DictionaryUsageProvider>('dictionary.usage');

async function notifyChange(db: Db, providers: readonly DictionaryUsageProvider[], kind: ObjectKind, code: string): Promise<void> {
  for (const provider of providers) await provider.approvedStateChanged(db, kind, code);
}

// ---- rights ----

// One policy (access.ts) says who may do what.
const canEdit = (principal: Principal, ownerAgencyId: string) => dictionaryPolicy.can(principal, 'dictionary.object.edit', ownerAgencyId);
const assertCanEdit = (principal: Principal, ownerAgencyId: string) => dictionaryPolicy.require(principal, 'dictionary.object.edit', ownerAgencyId);
const assertReviewer = (principal: Principal) => dictionaryPolicy.require(principal, 'dictionary.object.review');

// ---- normalising and checking specs ----

const nfc = (s: string) => s.normalize('NFC').trim();
const optionalText = (s: string | undefined) => (s === undefined || s.trim() === '' ? undefined : nfc(s));

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function normaliseElement(raw: ElementSpec): ElementSpec {
  return withoutUndefined({
    code: raw.code.trim(),
    name: { vi: nfc(raw.name.vi), en: nfc(raw.name.en) },
    definition: nfc(raw.definition),
    dataType: raw.dataType,
    pattern: raw.pattern === undefined || raw.pattern === '' ? undefined : raw.pattern,
    format: optionalText(raw.format),
    minLength: raw.minLength,
    maxLength: raw.maxLength,
    minimum: typeof raw.minimum === 'string' ? raw.minimum.trim() : raw.minimum,
    maximum: typeof raw.maximum === 'string' ? raw.maximum.trim() : raw.maximum,
    codeList: optionalText(raw.codeList),
    codeLevel: raw.codeLevel,
    classification: raw.classification,
    ownerAgencyId: raw.ownerAgencyId.trim(),
    steward: optionalText(raw.steward),
    synonyms: [...new Set(raw.synonyms.map(nfc).filter(Boolean))],
    externalRef: optionalText(raw.externalRef),
    examples: raw.examples.map((e) => e.normalize('NFC')),
  });
}

export function normaliseEntity(raw: EntitySpec): EntitySpec {
  return withoutUndefined({
    code: raw.code.trim(),
    name: { vi: nfc(raw.name.vi), en: nfc(raw.name.en) },
    definition: nfc(raw.definition),
    ownerAgencyId: raw.ownerAgencyId.trim(),
    steward: optionalText(raw.steward),
    attributes: raw.attributes.map((a) =>
      withoutUndefined({ element: a.element.trim(), name: optionalText(a.name), required: a.required, cardinality: a.cardinality, description: optionalText(a.description) }),
    ),
    relations: raw.relations.map((r) => withoutUndefined({ kind: r.kind, target: r.target.trim(), cardinality: r.cardinality, description: optionalText(r.description) })),
  });
}

export function normaliseCodeList(raw: CodeListSpec): CodeListSpec {
  return withoutUndefined({
    code: raw.code.trim(),
    name: { vi: nfc(raw.name.vi), en: nfc(raw.name.en) },
    definition: nfc(raw.definition),
    ownerAgencyId: raw.ownerAgencyId.trim(),
    source: optionalText(raw.source),
    levels: raw.levels.map(nfc),
  });
}

/** The same anchoring the validator uses, so a pattern accepted here compiles there. */
export function compilePattern(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`, 'u');
}

const ISO_TIME = /^T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/** A date bound is a real day; a date-time bound may add an ISO 8601 time to it. */
function isDateBound(text: string, withTime: boolean): boolean {
  return isIsoDate(text.slice(0, 10)) && (text.length === 10 || (withTime && ISO_TIME.test(text.slice(10))));
}

async function assertAgency(db: Executor, id: string): Promise<void> {
  if (!(await framework.agencyExists(db as Db, id))) {
    throw new AppError(400, 'UNKNOWN_AGENCY', `Không có cơ quan "${id}".`, `There is no agency "${id}".`, [{ field: 'ownerAgencyId', value: id }]);
  }
}

async function findRow(db: Executor, kind: ObjectKind, code: string): Promise<ObjectRow | undefined> {
  const [row] = await db
    .select()
    .from(dictionaryObjects)
    .where(and(eq(dictionaryObjects.kind, kind), eq(dictionaryObjects.code, code)));
  return row;
}

export async function checkElement(db: Executor, spec: ElementSpec): Promise<void> {
  await assertAgency(db, spec.ownerAgencyId);
  if (spec.pattern !== undefined) {
    try {
      compilePattern(spec.pattern);
    } catch (err) {
      throw new AppError(
        400,
        'INVALID_PATTERN',
        `Mẫu định dạng không phải biểu thức chính quy hợp lệ: ${(err as Error).message}`,
        `The pattern is not a valid regular expression: ${(err as Error).message}`,
        [{ field: 'pattern', value: spec.pattern }],
      );
    }
    if (spec.dataType !== 'text' && spec.dataType !== 'code') {
      throw errors.field('pattern', 'Mẫu định dạng chỉ dùng cho kiểu văn bản hoặc mã.', 'A pattern applies only to text and code elements.');
    }
  }
  if (spec.minLength !== undefined && spec.maxLength !== undefined && spec.minLength > spec.maxLength) {
    throw errors.field('minLength', 'Độ dài tối thiểu lớn hơn độ dài tối đa.', 'The minimum length is greater than the maximum length.');
  }
  if ((spec.minLength !== undefined || spec.maxLength !== undefined) && spec.dataType !== 'text' && spec.dataType !== 'code') {
    throw errors.field('maxLength', 'Độ dài chỉ dùng cho kiểu văn bản hoặc mã.', 'Lengths apply only to text and code elements.');
  }
  for (const field of ['minimum', 'maximum'] as const) {
    const bound = spec[field];
    if (bound === undefined) continue;
    if (spec.dataType === 'integer' || spec.dataType === 'decimal') {
      if (typeof bound !== 'number' || (spec.dataType === 'integer' && !Number.isInteger(bound))) {
        throw errors.field(field, `Giới hạn phải là số ${spec.dataType === 'integer' ? 'nguyên' : ''}.`.replace(' .', '.'), `The bound must be ${spec.dataType === 'integer' ? 'an integer' : 'a number'}.`, bound);
      }
    } else if (spec.dataType === 'date' || spec.dataType === 'datetime') {
      const ok = typeof bound === 'string' && isDateBound(bound, spec.dataType === 'datetime');
      if (!ok) throw errors.field(field, 'Giới hạn phải là ngày dạng YYYY-MM-DD (hoặc ngày giờ ISO 8601).', 'The bound must be a date YYYY-MM-DD (or an ISO 8601 date-time).', bound);
    } else {
      throw errors.field(field, 'Giới hạn giá trị chỉ dùng cho kiểu số hoặc ngày.', 'Value bounds apply only to numbers and dates.', bound);
    }
  }
  if (spec.minimum !== undefined && spec.maximum !== undefined && spec.minimum > spec.maximum) {
    throw errors.field('minimum', 'Giá trị tối thiểu lớn hơn giá trị tối đa.', 'The minimum is greater than the maximum.');
  }
  if (spec.dataType === 'code') {
    if (!spec.codeList) throw errors.field('codeList', 'Phần tử kiểu mã phải có danh mục mã.', 'An element of type code needs a code list.');
    const list = await findRow(db, 'code_list', spec.codeList);
    if (!list) throw new AppError(400, 'UNKNOWN_CODE_LIST', `Không có danh mục mã "${spec.codeList}".`, `There is no code list "${spec.codeList}".`, [{ field: 'codeList', value: spec.codeList }]);
    if (list.status === 'deprecated') {
      throw new AppError(400, 'DEPRECATED_REFERENCE', `Danh mục mã "${spec.codeList}" đã ngừng sử dụng.`, `The code list "${spec.codeList}" is deprecated.`, [{ field: 'codeList', value: spec.codeList, replacedBy: list.replacedBy }]);
    }
    const levels = (list.spec as unknown as CodeListSpec).levels;
    if (spec.codeLevel !== undefined && levels.length > 0 && spec.codeLevel > levels.length) {
      throw errors.field('codeLevel', `Danh mục "${spec.codeList}" chỉ có ${levels.length} cấp.`, `The code list "${spec.codeList}" has only ${levels.length} levels.`, spec.codeLevel);
    }
  } else if (spec.codeList !== undefined || spec.codeLevel !== undefined) {
    throw errors.field('codeList', 'Chỉ phần tử kiểu mã mới có danh mục mã.', 'Only elements of type code have a code list.');
  }
}

export async function checkEntity(db: Executor, spec: EntitySpec): Promise<void> {
  await assertAgency(db, spec.ownerAgencyId);
  const names = new Set<string>();
  const elementCodes = [...new Set(spec.attributes.map((a) => a.element))];
  const elements = elementCodes.length
    ? await db
        .select({ code: dictionaryObjects.code, status: dictionaryObjects.status, replacedBy: dictionaryObjects.replacedBy })
        .from(dictionaryObjects)
        .where(and(eq(dictionaryObjects.kind, 'element'), inArray(dictionaryObjects.code, elementCodes)))
    : [];
  const byCode = new Map(elements.map((e) => [e.code, e]));
  for (const [i, attribute] of spec.attributes.entries()) {
    const field = `attributes.${i}`;
    const name = attribute.name ?? attribute.element;
    if (names.has(name)) throw errors.field(`${field}.name`, `Tên trường "${name}" bị trùng.`, `The field name "${name}" is used twice.`, name);
    names.add(name);
    const element = byCode.get(attribute.element);
    if (!element) {
      throw new AppError(400, 'UNKNOWN_ELEMENT', `Không có phần tử dữ liệu "${attribute.element}".`, `There is no data element "${attribute.element}".`, [{ field: `${field}.element`, value: attribute.element }]);
    }
    if (element.status === 'deprecated') {
      const hintVi = element.replacedBy ? ` Hãy dùng "${element.replacedBy}".` : '';
      const hintEn = element.replacedBy ? ` Use "${element.replacedBy}".` : '';
      throw new AppError(
        400,
        'DEPRECATED_REFERENCE',
        `Phần tử dữ liệu "${attribute.element}" đã ngừng sử dụng.${hintVi}`,
        `The data element "${attribute.element}" is deprecated.${hintEn}`,
        [{ field: `${field}.element`, value: attribute.element, replacedBy: element.replacedBy }],
      );
    }
  }
  for (const [i, relation] of spec.relations.entries()) {
    if (relation.target === spec.code) continue;
    const target = await findRow(db, 'entity', relation.target);
    if (!target) {
      throw new AppError(400, 'UNKNOWN_ENTITY', `Không có thực thể "${relation.target}".`, `There is no entity "${relation.target}".`, [{ field: `relations.${i}.target`, value: relation.target }]);
    }
    if (target.status === 'deprecated') {
      throw new AppError(400, 'DEPRECATED_REFERENCE', `Thực thể "${relation.target}" đã ngừng sử dụng.`, `The entity "${relation.target}" is deprecated.`, [{ field: `relations.${i}.target`, value: relation.target }]);
    }
  }
}

async function checkSpec(db: Executor, kind: ObjectKind, spec: ElementSpec | EntitySpec | CodeListSpec): Promise<void> {
  if (kind === 'element') await checkElement(db, spec as ElementSpec);
  else if (kind === 'entity') await checkEntity(db, spec as EntitySpec);
  else await assertAgency(db, spec.ownerAgencyId);
}

function normaliseSpec<K extends ObjectKind>(kind: K, raw: SpecOf<K>): SpecOf<K> {
  if (kind === 'element') return normaliseElement(raw as ElementSpec) as SpecOf<K>;
  if (kind === 'entity') return normaliseEntity(raw as EntitySpec) as SpecOf<K>;
  return normaliseCodeList(raw as CodeListSpec) as SpecOf<K>;
}

function classify(kind: ObjectKind, before: object, after: object): ChangeKind {
  if (kind === 'element') return classifyElementChange(before as ElementSpec, after as ElementSpec);
  if (kind === 'entity') return classifyEntityChange(before as EntitySpec, after as EntitySpec);
  return classifyCodeListChange(before as CodeListSpec, after as CodeListSpec);
}

function searchTextOf(kind: ObjectKind, spec: ElementSpec | EntitySpec | CodeListSpec): string {
  const parts = [spec.code, spec.name.vi, spec.name.en, spec.definition];
  if (kind === 'element') parts.push(...(spec as ElementSpec).synonyms, (spec as ElementSpec).externalRef ?? '');
  return foldForSearch(parts.join(' '));
}

// ---- presenting ----

async function itemCounts(db: Executor, listIds: string[]): Promise<Map<string, number>> {
  if (listIds.length === 0) return new Map();
  const rows = await db.select({ listId: codeItems.listId, n: count() }).from(codeItems).where(inArray(codeItems.listId, listIds)).groupBy(codeItems.listId);
  return new Map(rows.map((r) => [r.listId, Number(r.n)]));
}

/** Anonymous visitors and vendors see the approved version only; signed-in users the working copy. */
function present<K extends ObjectKind>(row: ObjectRow, publicView: boolean, itemCount = 0): RecordOf<K> {
  const spec = publicView && row.approvedSpec ? row.approvedSpec : row.spec;
  const version = publicView && row.approvedVersion ? row.approvedVersion : row.version;
  const status: GovernanceStatus = publicView && row.status !== 'deprecated' ? 'approved' : row.status;
  return {
    ...spec,
    id: row.id,
    status,
    version,
    approvedVersion: row.approvedVersion,
    replacedBy: row.replacedBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...(row.kind === 'code_list' ? { itemCount } : {}),
  } as unknown as RecordOf<K>;
}

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

async function getRow(db: Executor, kind: ObjectKind, code: string, publicView = false): Promise<ObjectRow> {
  const row = await findRow(db, kind, code);
  if (!row || (publicView && !row.approvedVersion)) throw errors.notFound(kindNames[kind], code);
  return row;
}

export async function getObject<K extends ObjectKind>(db: Db, kind: K, code: string, publicView: boolean): Promise<RecordOf<K>> {
  const row = await getRow(db, kind, code, publicView);
  const counts = kind === 'code_list' ? await itemCounts(db, [row.id]) : new Map<string, number>();
  return present<K>(row, publicView, counts.get(row.id) ?? 0);
}

// ---- writing ----

async function logChanges(
  tx: Executor,
  row: Pick<ObjectRow, 'id' | 'kind' | 'code'>,
  actor: Actor,
  action: string,
  version: string,
  changes: { field: string | null; oldValue: unknown; newValue: unknown }[],
  comment: string | null = null,
): Promise<void> {
  const entries = changes.length ? changes : [{ field: null, oldValue: null, newValue: null }];
  for (let i = 0; i < entries.length; i += 1000) {
    await tx.insert(dictionaryChanges).values(
      entries.slice(i, i + 1000).map((c) => ({
        objectId: row.id,
        kind: row.kind,
        code: row.code,
        action,
        version,
        field: c.field,
        oldValue: c.oldValue ?? null,
        newValue: c.newValue ?? null,
        comment,
        actorId: actor.id,
        actorLabel: actor.label,
      })),
    );
  }
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
  const row = await db.transaction((tx) => insertObject(tx, actor, kind, spec));
  return getObject(db, kind, row.code, false);
}

export async function updateObject<K extends ObjectKind>(db: Db, principal: Principal, actor: Actor, kind: K, code: string, raw: SpecOf<K>, comment?: string): Promise<RecordOf<K>> {
  const current = await getRow(db, kind, code);
  assertCanEdit(principal, current.ownerAgencyId);
  const spec = normaliseSpec(kind, raw);
  assertCanEdit(principal, spec.ownerAgencyId);
  if (spec.code !== current.code) {
    throw new AppError(400, 'CODE_IMMUTABLE', 'Không được đổi mã; hãy tạo đối tượng mới và cho đối tượng cũ ngừng sử dụng.', 'The code cannot change; create a new object and deprecate this one.', [{ field: 'code', value: spec.code }]);
  }
  if (current.status === 'deprecated') {
    throw new AppError(409, 'DEPRECATED', 'Đối tượng đã ngừng sử dụng, không sửa được nữa.', 'The object is deprecated and can no longer change.');
  }
  await checkSpec(db, kind, spec);
  await db.transaction((tx) => applyUpdate(tx, actor, kind, current, spec, comment ?? null));
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
    .set({ spec: spec as unknown as Record<string, unknown>, version, status, ownerAgencyId: spec.ownerAgencyId, nameVi: spec.name.vi, searchText: searchTextOf(kind, spec), updatedAt: new Date() })
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
  await db.transaction(async (tx) => {
    for (const { spec, current } of checked) {
      if (!current) {
        await insertObject(tx, actor, 'element', spec);
        created++;
      } else if (await applyUpdate(tx, actor, 'element', current, spec, 'Nhập từ tệp')) updated++;
    }
  });
  return { created, updated, unchanged: checked.length - created - updated, rows: rows.length };
}

export const transitions = ['submit', 'approve', 'return', 'deprecate'] as const;
export type Transition = (typeof transitions)[number];

const transitionFrom: Record<Transition, GovernanceStatus[]> = {
  submit: ['draft'],
  approve: ['in_review'],
  return: ['in_review'],
  deprecate: ['draft', 'in_review', 'approved'],
};
const transitionTo: Record<Transition, GovernanceStatus> = { submit: 'in_review', approve: 'approved', return: 'draft', deprecate: 'deprecated' };
const statusNames: Record<GovernanceStatus, Localised> = {
  draft: { vi: 'bản nháp', en: 'draft' },
  in_review: { vi: 'chờ thẩm định', en: 'in review' },
  approved: { vi: 'đã phê duyệt', en: 'approved' },
  deprecated: { vi: 'ngừng sử dụng', en: 'deprecated' },
};

/** What must hold before an object is approved: everything it builds on is approved too. */
async function assertApprovable(db: Executor, kind: ObjectKind, spec: Record<string, unknown>): Promise<void> {
  if (kind === 'element') {
    const element = spec as unknown as ElementSpec;
    if (element.codeList) {
      const list = await findRow(db, 'code_list', element.codeList);
      if (!list?.approvedVersion) {
        throw new AppError(409, 'DEPENDENCY_NOT_APPROVED', `Danh mục mã "${element.codeList}" chưa được phê duyệt.`, `The code list "${element.codeList}" is not approved yet.`, [{ field: 'codeList', value: element.codeList }]);
      }
    }
  }
  if (kind === 'entity') {
    const entity = spec as unknown as EntitySpec;
    await checkEntity(db, entity);
    const codes = [...new Set(entity.attributes.map((a) => a.element))];
    const rows = await db
      .select({ code: dictionaryObjects.code })
      .from(dictionaryObjects)
      .where(and(eq(dictionaryObjects.kind, 'element'), inArray(dictionaryObjects.code, codes), isNotNull(dictionaryObjects.approvedVersion)));
    const approved = new Set(rows.map((r) => r.code));
    const pending = codes.filter((c) => !approved.has(c));
    if (pending.length) {
      throw new AppError(
        409,
        'DEPENDENCY_NOT_APPROVED',
        `Các phần tử dữ liệu chưa được phê duyệt: ${pending.join(', ')}.`,
        `These data elements are not approved yet: ${pending.join(', ')}.`,
        pending.map((code) => ({ field: 'attributes', value: code })),
      );
    }
  }
}

export interface TransitionInput {
  comment?: string | undefined;
  replacedBy?: string | undefined;
}

export async function transition<K extends ObjectKind>(db: Db, principal: Principal, actor: Actor, kind: K, code: string, step: Transition, input: TransitionInput, providers: readonly DictionaryUsageProvider[]): Promise<RecordOf<K>> {
  const current = await getRow(db, kind, code);
  if (step === 'submit') assertCanEdit(principal, current.ownerAgencyId);
  else assertReviewer(principal);
  if (!transitionFrom[step].includes(current.status)) {
    throw new AppError(
      409,
      'INVALID_TRANSITION',
      `Không thể ${step === 'submit' ? 'gửi thẩm định' : step === 'approve' ? 'phê duyệt' : step === 'return' ? 'trả lại' : 'ngừng sử dụng'} khi đang ở trạng thái ${statusNames[current.status].vi}.`,
      `Cannot ${step} an object that is ${statusNames[current.status].en}.`,
      { status: current.status },
    );
  }
  const comment = input.comment?.trim() || null;
  if (step === 'return' && !comment) throw errors.field('comment', 'Hãy ghi lý do trả lại.', 'Say why it is returned.');
  let replacedBy: string | null = null;
  if (step === 'deprecate' && input.replacedBy) {
    replacedBy = input.replacedBy.trim();
    const replacement = await findRow(db, kind, replacedBy);
    if (!replacement || replacement.id === current.id || replacement.status === 'deprecated') {
      throw new AppError(400, 'INVALID_REPLACEMENT', `"${replacedBy}" không thể thay thế đối tượng này.`, `"${replacedBy}" cannot replace this object.`, [{ field: 'replacedBy', value: replacedBy }]);
    }
  }
  if (step === 'approve') await assertApprovable(db, kind, current.spec);
  await db.transaction(async (tx) => {
    const set: Partial<typeof dictionaryObjects.$inferInsert> = { status: transitionTo[step], updatedAt: new Date() };
    if (step === 'approve') {
      set.approvedSpec = current.spec;
      set.approvedVersion = current.version;
      set.approvedSearchText = current.searchText;
      await tx.insert(dictionaryVersions).values({ objectId: current.id, version: current.version, spec: current.spec, approvedBy: actor.label }).onConflictDoNothing();
    }
    if (step === 'deprecate') set.replacedBy = replacedBy;
    await tx.update(dictionaryObjects).set(set).where(eq(dictionaryObjects.id, current.id));
    await logChanges(tx, current, actor, step, current.version, [{ field: 'status', oldValue: current.status, newValue: transitionTo[step] }, ...(replacedBy ? [{ field: 'replacedBy', oldValue: null, newValue: replacedBy }] : [])], comment);
    await recordAudit(tx, actor, { action: step, entity: `dictionary_${kind}`, entityId: current.id, before: { status: current.status }, after: { status: transitionTo[step], replacedBy, comment } });
  });
  if (step === 'approve' || step === 'deprecate') await notifyChange(db, providers, kind, code);
  return getObject(db, kind, code, false);
}

/** Where an object is used: entities, elements, and whatever the modules above registered. */
export async function usagesOf(db: Db, kind: ObjectKind, code: string, providers: readonly DictionaryUsageProvider[]): Promise<Usage[]> {
  const usages: Usage[] = [];
  if (kind === 'element') {
    const rows = await db
      .select({ code: dictionaryObjects.code, nameVi: dictionaryObjects.nameVi })
      .from(dictionaryObjects)
      .where(
        and(
          eq(dictionaryObjects.kind, 'entity'),
          or(
            sql`${dictionaryObjects.spec} -> 'attributes' @> ${JSON.stringify([{ element: code }])}::jsonb`,
            sql`coalesce(${dictionaryObjects.approvedSpec} -> 'attributes', '[]'::jsonb) @> ${JSON.stringify([{ element: code }])}::jsonb`,
          ),
        ),
      );
    usages.push(...rows.map((r) => ({ source: 'entity', code: r.code, name: r.nameVi })));
  }
  if (kind === 'code_list') {
    const rows = await db
      .select({ code: dictionaryObjects.code, nameVi: dictionaryObjects.nameVi })
      .from(dictionaryObjects)
      .where(and(eq(dictionaryObjects.kind, 'element'), or(sql`${dictionaryObjects.spec} ->> 'codeList' = ${code}`, sql`${dictionaryObjects.approvedSpec} ->> 'codeList' = ${code}`)));
    usages.push(...rows.map((r) => ({ source: 'element', code: r.code, name: r.nameVi })));
  }
  if (kind === 'entity') {
    const rows = await db
      .select({ code: dictionaryObjects.code, nameVi: dictionaryObjects.nameVi })
      .from(dictionaryObjects)
      .where(and(eq(dictionaryObjects.kind, 'entity'), ne(dictionaryObjects.code, code), sql`${dictionaryObjects.spec} -> 'relations' @> ${JSON.stringify([{ target: code }])}::jsonb`));
    usages.push(...rows.map((r) => ({ source: 'entity', code: r.code, name: r.nameVi })));
  }
  for (const provider of providers) usages.push(...(await provider.usages(db, kind, code)));
  return usages;
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

// ---- code list items ----

function presentItem(row: typeof codeItems.$inferSelect): CodeItem {
  return withoutUndefined({
    code: row.code,
    name: { vi: row.nameVi, en: row.nameEn },
    parent: row.parent ?? undefined,
    level: row.level,
    validFrom: row.validFrom ?? undefined,
    validTo: row.validTo ?? undefined,
  });
}

export interface ItemFilter {
  q?: string | undefined;
  parent?: string | undefined;
  level?: number | undefined;
  /** Only items valid on this day (YYYY-MM-DD). */
  at?: string | undefined;
  limit: number;
  offset: number;
}

function validOn(at: string): SQL {
  return and(or(isNull(codeItems.validFrom), lte(codeItems.validFrom, at)), or(isNull(codeItems.validTo), gte(codeItems.validTo, at))) as SQL;
}

export async function listItems(db: Db, listCode: string, filter: ItemFilter, publicView: boolean) {
  const list = await getRow(db, 'code_list', listCode, publicView);
  const conditions: SQL[] = [eq(codeItems.listId, list.id)];
  if (filter.parent) conditions.push(eq(codeItems.parent, filter.parent));
  if (filter.level) conditions.push(eq(codeItems.level, filter.level));
  if (filter.at) conditions.push(validOn(filter.at));
  if (filter.q) conditions.push(or(eq(codeItems.code, filter.q.trim()), like(codeItems.searchText, likePattern(filter.q))) as SQL);
  const where = and(...conditions);
  // An exact code match comes first, then the list's own order of codes.
  const order = [asc(codeItems.level), asc(codeItems.code)];
  if (filter.q) order.unshift(sql`case when ${codeItems.code} = ${filter.q.trim()} then 0 else 1 end`);
  const [rows, [total]] = await Promise.all([
    db.select().from(codeItems).where(where).orderBy(...order).limit(filter.limit).offset(filter.offset),
    db.select({ n: count() }).from(codeItems).where(where),
  ]);
  return { items: rows.map(presentItem), total: Number(total?.n ?? 0) };
}

export async function getItem(db: Db, listCode: string, itemCode: string, publicView: boolean): Promise<CodeItem> {
  const list = await getRow(db, 'code_list', listCode, publicView);
  const [row] = await db.select().from(codeItems).where(and(eq(codeItems.listId, list.id), eq(codeItems.code, itemCode)));
  if (!row) throw errors.notFound({ vi: 'mã', en: 'code' }, itemCode);
  return presentItem(row);
}

function normaliseItem(raw: CodeItem): CodeItem {
  return withoutUndefined({
    code: raw.code.trim(),
    name: { vi: nfc(raw.name.vi), en: nfc(raw.name.en) },
    parent: optionalText(raw.parent),
    level: raw.level,
    validFrom: optionalText(raw.validFrom),
    validTo: optionalText(raw.validTo),
  });
}

/**
 * Adds or changes items of a list. The parent links must form a tree: every parent exists (in the list or
 * in the same batch), sits one level up, and no chain of parents comes back to where it started.
 */
export async function saveItems(db: Db, principal: Principal, actor: Actor, listCode: string, rawItems: CodeItem[]): Promise<{ added: number; changed: number; unchanged: number; version: string }> {
  const list = await getRow(db, 'code_list', listCode);
  assertCanEdit(principal, list.ownerAgencyId);
  if (list.status === 'deprecated') throw new AppError(409, 'DEPRECATED', 'Danh mục đã ngừng sử dụng.', 'The code list is deprecated.');
  const items = rawItems.map(normaliseItem);
  const seen = new Set<string>();
  for (const [i, item] of items.entries()) {
    if (seen.has(item.code)) throw errors.field(`items.${i}.code`, `Mã "${item.code}" xuất hiện hai lần.`, `The code "${item.code}" appears twice.`, item.code);
    seen.add(item.code);
    if (item.validFrom && item.validTo && item.validFrom > item.validTo) {
      throw errors.field(`items.${i}.validTo`, 'Ngày hết hiệu lực trước ngày bắt đầu hiệu lực.', 'The end of validity is before its start.', item.validTo);
    }
    const levels = (list.spec as unknown as CodeListSpec).levels;
    if (levels.length > 0 && item.level > levels.length) {
      throw errors.field(`items.${i}.level`, `Danh mục chỉ có ${levels.length} cấp.`, `The list has only ${levels.length} levels.`, item.level);
    }
  }
  const existingRows = await db.select().from(codeItems).where(eq(codeItems.listId, list.id));
  const merged = new Map(existingRows.map((r) => [r.code, presentItem(r)]));
  for (const item of items) merged.set(item.code, item);
  for (const [i, item] of items.entries()) {
    if (!item.parent) {
      if (item.level !== 1) throw errors.field(`items.${i}.parent`, `Mã "${item.code}" ở cấp ${item.level} cần mã cấp trên.`, `The code "${item.code}" at level ${item.level} needs a parent.`);
      continue;
    }
    // Walk up the parents; a code seen twice on the way is a cycle.
    const path = [item.code];
    let parentCode: string | undefined = item.parent;
    while (parentCode) {
      if (path.includes(parentCode)) {
        throw new AppError(400, 'CODE_CYCLE', `Quan hệ cấp trên tạo thành vòng lặp: ${[...path, parentCode].join(' → ')}.`, `The parent links form a cycle: ${[...path, parentCode].join(' → ')}.`, [{ field: `items.${i}.parent`, value: item.parent }]);
      }
      const parent = merged.get(parentCode);
      if (!parent) throw new AppError(400, 'UNKNOWN_PARENT', `Không có mã cấp trên "${parentCode}".`, `There is no parent code "${parentCode}".`, [{ field: `items.${i}.parent`, value: parentCode }]);
      path.push(parentCode);
      parentCode = parent.parent;
    }
    const parent = merged.get(item.parent);
    if (parent && parent.level !== item.level - 1) {
      throw errors.field(`items.${i}.level`, `Mã "${item.code}" phải ở cấp ngay dưới mã cấp trên "${item.parent}".`, `The code "${item.code}" must be one level below its parent "${item.parent}".`, item.level);
    }
  }
  const before = new Map(existingRows.map((r) => [r.code, presentItem(r)]));
  const changes: { field: string; oldValue: unknown; newValue: unknown }[] = [];
  let breaking = false;
  for (const item of items) {
    const old = before.get(item.code);
    const changed = diffFields(old ?? null, item);
    if (old && changed.length === 0) continue;
    if (old && (old.parent !== item.parent || old.level !== item.level)) breaking = true;
    changes.push({ field: `items.${item.code}`, oldValue: old ?? null, newValue: item });
  }
  const added = changes.filter((c) => c.oldValue === null).length;
  if (changes.length === 0) return { added: 0, changed: 0, unchanged: items.length, version: list.version };
  // Items are reference data in force: a change applies at once and moves the list's version.
  const version = bumpVersion(list.version, breaking ? 'major' : 'minor');
  await db.transaction(async (tx) => {
    const rows = changes.map((c) => c.newValue as CodeItem).map((item) => ({
      listId: list.id,
      code: item.code,
      nameVi: item.name.vi,
      nameEn: item.name.en,
      parent: item.parent ?? null,
      level: item.level,
      validFrom: item.validFrom ?? null,
      validTo: item.validTo ?? null,
      searchText: foldForSearch(`${item.code} ${item.name.vi} ${item.name.en}`),
    }));
    for (let i = 0; i < rows.length; i += 1000) {
      await tx
        .insert(codeItems)
        .values(rows.slice(i, i + 1000))
        .onConflictDoUpdate({
          target: [codeItems.listId, codeItems.code],
          set: {
            nameVi: sql`excluded.name_vi`,
            nameEn: sql`excluded.name_en`,
            parent: sql`excluded.parent`,
            level: sql`excluded.level`,
            validFrom: sql`excluded.valid_from`,
            validTo: sql`excluded.valid_to`,
            searchText: sql`excluded.search_text`,
          },
        });
    }
    await tx
      .update(dictionaryObjects)
      .set({ version, ...(list.approvedVersion ? { approvedVersion: version } : {}), updatedAt: new Date() })
      .where(eq(dictionaryObjects.id, list.id));
    await logChanges(tx, list, actor, 'items', version, changes);
    await recordAudit(tx, actor, { action: 'update_items', entity: 'dictionary_code_list', entityId: list.id, after: { version, added, changed: changes.length - added } });
  });
  return { added, changed: changes.length - added, unchanged: items.length - changes.length, version };
}

export async function deleteItem(db: Db, principal: Principal, actor: Actor, listCode: string, itemCode: string): Promise<void> {
  const list = await getRow(db, 'code_list', listCode);
  assertCanEdit(principal, list.ownerAgencyId);
  const [row] = await db.select().from(codeItems).where(and(eq(codeItems.listId, list.id), eq(codeItems.code, itemCode)));
  if (!row) throw errors.notFound({ vi: 'mã', en: 'code' }, itemCode);
  const [child] = await db.select({ code: codeItems.code }).from(codeItems).where(and(eq(codeItems.listId, list.id), eq(codeItems.parent, itemCode))).limit(1);
  if (child) {
    throw new AppError(409, 'IN_USE', `Mã "${itemCode}" còn mã cấp dưới (${child.code}).`, `The code "${itemCode}" still has children (${child.code}).`, [{ code: child.code }]);
  }
  const version = bumpVersion(list.version, 'major');
  await db.transaction(async (tx) => {
    await tx.delete(codeItems).where(and(eq(codeItems.listId, list.id), eq(codeItems.code, itemCode)));
    await tx
      .update(dictionaryObjects)
      .set({ version, ...(list.approvedVersion ? { approvedVersion: version } : {}), updatedAt: new Date() })
      .where(eq(dictionaryObjects.id, list.id));
    await logChanges(tx, list, actor, 'items', version, [{ field: `items.${itemCode}`, oldValue: presentItem(row), newValue: null }]);
    await recordAudit(tx, actor, { action: 'delete_item', entity: 'dictionary_code_list', entityId: list.id, before: presentItem(row) });
  });
}

// ---- what validation and the registry need ----

/** Codes of elements with an approved version that are not deprecated: what data objects may map to. */
export async function approvedElementCodes(db: Executor): Promise<Set<string>> {
  const rows = await db
    .select({ code: dictionaryObjects.code })
    .from(dictionaryObjects)
    .where(and(eq(dictionaryObjects.kind, 'element'), isNotNull(dictionaryObjects.approvedVersion), ne(dictionaryObjects.status, 'deprecated')));
  return new Set(rows.map((r) => r.code));
}

/** Of the given element codes, those that do not exist at all. */
export async function unknownElementCodes(db: Executor, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await db
    .select({ code: dictionaryObjects.code })
    .from(dictionaryObjects)
    .where(and(eq(dictionaryObjects.kind, 'element'), inArray(dictionaryObjects.code, codes)));
  const known = new Set(rows.map((r) => r.code));
  return codes.filter((c) => !known.has(c));
}

export async function elementSummaries(db: Executor, codes: string[]) {
  if (codes.length === 0) return [];
  return db
    .select({ code: dictionaryObjects.code, nameVi: dictionaryObjects.nameVi, status: dictionaryObjects.status, approvedVersion: dictionaryObjects.approvedVersion })
    .from(dictionaryObjects)
    .where(and(eq(dictionaryObjects.kind, 'element'), inArray(dictionaryObjects.code, codes)));
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Codes of a list valid on a day, optionally of one level. */
export async function codeSet(db: Executor, listCode: string, level?: number, at = today()): Promise<Set<string>> {
  const list = await findRow(db, 'code_list', listCode);
  if (!list) return new Set();
  const conditions: SQL[] = [eq(codeItems.listId, list.id), validOn(at)];
  if (level) conditions.push(eq(codeItems.level, level));
  const rows = await db.select({ code: codeItems.code }).from(codeItems).where(and(...conditions));
  return new Set(rows.map((r) => r.code));
}

/**
 * The approved entity with the approved version of each of its elements and their code sets:
 * validation uses nothing that has not been approved.
 */
export async function resolveEntity(db: Db, code: string, publicView = false): Promise<ResolvedEntity> {
  const row = await getRow(db, 'entity', code, publicView);
  if (!row.approvedSpec || !row.approvedVersion) {
    throw new AppError(409, 'NOT_APPROVED', `Thực thể "${code}" chưa có phiên bản được phê duyệt.`, `The entity "${code}" has no approved version yet.`);
  }
  const entity = row.approvedSpec as unknown as EntitySpec;
  const elementRows = await db
    .select({ code: dictionaryObjects.code, approvedSpec: dictionaryObjects.approvedSpec })
    .from(dictionaryObjects)
    .where(and(eq(dictionaryObjects.kind, 'element'), inArray(dictionaryObjects.code, entity.attributes.map((a) => a.element))));
  const specs = new Map(elementRows.map((r) => [r.code, r.approvedSpec as unknown as ElementSpec | null]));
  const codeSets = new Map<string, Set<string>>();
  const attributes = [];
  for (const attribute of entity.attributes) {
    const element = specs.get(attribute.element);
    if (!element) {
      throw new AppError(409, 'NOT_APPROVED', `Phần tử "${attribute.element}" chưa có phiên bản được phê duyệt.`, `The element "${attribute.element}" has no approved version.`);
    }
    let codes: Set<string> | undefined;
    if (element.dataType === 'code' && element.codeList) {
      const key = `${element.codeList}#${element.codeLevel ?? ''}`;
      codes = codeSets.get(key) ?? (await codeSet(db, element.codeList, element.codeLevel));
      codeSets.set(key, codes);
    }
    attributes.push({ name: attribute.name ?? attribute.element, required: attribute.required, cardinality: attribute.cardinality, element, ...(codes ? { codes } : {}) });
  }
  return { code: entity.code, version: row.approvedVersion, name: entity.name, attributes };
}

/** The approved entity spec with its approved elements, for exports. */
export async function approvedEntity(db: Db, code: string, publicView: boolean) {
  const row = await getRow(db, 'entity', code, publicView);
  if (!row.approvedSpec || !row.approvedVersion) {
    throw new AppError(409, 'NOT_APPROVED', `Thực thể "${code}" chưa có phiên bản được phê duyệt.`, `The entity "${code}" has no approved version yet.`);
  }
  return { entity: row.approvedSpec as unknown as EntitySpec, version: row.approvedVersion, resolved: await resolveEntity(db, code, publicView) };
}

/** Every object, for the seed's idempotence check. */
export async function existingCodes(db: Executor, kind: ObjectKind): Promise<Set<string>> {
  const rows = await db.select({ code: dictionaryObjects.code }).from(dictionaryObjects).where(eq(dictionaryObjects.kind, kind));
  return new Set(rows.map((r) => r.code));
}

export async function listIdOf(db: Executor, code: string): Promise<string | undefined> {
  return (await findRow(db, 'code_list', code))?.id;
}

export { getRow as getObjectRow };
export type { ObjectKind };
