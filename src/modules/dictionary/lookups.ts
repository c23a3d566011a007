// What validation and the modules above the dictionary read of it: approved elements, code sets valid on a date,
// approved entities resolved for the validator.
import { and, eq, inArray, isNotNull, ne, type SQL } from 'drizzle-orm';
import type { Db, Executor } from '../../core/db.js';
import { AppError } from '../../core/errors.js';
import { codeItems, dictionaryObjects, type ObjectKind } from './schema.js';
import type { ElementSpec, EntitySpec, ResolvedEntity, ResolvedRule } from './model.js';
import { validOn } from './items.js';
import { findRow, getRow } from './records.js';

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

/** Each code's parent in a list, for the items valid on a day. */
export async function parentMap(db: Executor, listCode: string, at = today()): Promise<Map<string, string>> {
  const list = await findRow(db, 'code_list', listCode);
  if (!list) return new Map();
  const rows = await db
    .select({ code: codeItems.code, parent: codeItems.parent })
    .from(codeItems)
    .where(and(eq(codeItems.listId, list.id), validOn(at), isNotNull(codeItems.parent)));
  return new Map(rows.map((r) => [r.code, r.parent as string]));
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
  // A rule whose fields no longer share a code list (an element changed since) cannot be checked and is left out.
  const rules: ResolvedRule[] = [];
  const parents = new Map<string, Map<string, string>>();
  for (const rule of entity.rules ?? []) {
    const lower = attributes.find((a) => a.name === rule.field)?.element;
    const upper = attributes.find((a) => a.name === rule.within)?.element;
    const list = lower?.codeList;
    if (!list || lower.dataType !== 'code' || upper?.dataType !== 'code' || upper.codeList !== list) continue;
    const map = parents.get(list) ?? (await parentMap(db, list));
    parents.set(list, map);
    rules.push({ ...rule, parents: map });
  }
  return { code: entity.code, version: row.approvedVersion, name: entity.name, attributes, ...(rules.length ? { rules } : {}) };
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

