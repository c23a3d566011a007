// The items of a code list: listing (valid on a date, by level, by parent), reading, saving in bulk with the version
// bump the change calls for, deleting.
import { and, asc, count, eq, gte, isNull, like, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../core/db.js';
import { AppError, errors } from '../../core/errors.js';
import { recordAudit, type Actor } from '../../core/audit.js';
import type { Principal } from '../../core/auth/principal.js';
import { foldForSearch, likePattern } from '../../core/text.js';
import { codeItems, dictionaryObjects } from './schema.js';
import { bumpVersion, diffFields } from './governance.js';
import type { CodeItem, CodeListSpec } from './model.js';
import { nfc, optionalText, withoutUndefined } from './checks.js';
import { assertCanEdit, getRow, logChanges } from './records.js';

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

export function validOn(at: string): SQL {
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
