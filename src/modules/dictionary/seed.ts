import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../core/db.js';
import { systemActor } from '../../core/audit.js';
import { codeItems } from './schema.js';
import { checkElement, checkEntity, existingCodes, insertObject, listIdOf, normaliseCodeList, normaliseElement, normaliseEntity } from './service.js';
import type { CodeItem, CodeListSpec, ElementSpec, EntitySpec } from './model.js';
import { foldForSearch } from '../../core/text.js';

const seedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../seed');
const files = {
  codeLists: path.join(seedDir, 'dictionary/code-lists.json'),
  elements: path.join(seedDir, 'dictionary/elements.json'),
  entities: path.join(seedDir, 'dictionary/entities.json'),
  adminUnits: path.join(seedDir, 'admin-units/vn-units-2026-07.json'),
};
export const dictionarySeedFiles = Object.values(files);

export const ADMIN_UNITS_LIST = 'don-vi-hanh-chinh';
/** The 2025 reorganisation of provinces and communes took effect on 1 July 2025. */
const ADMIN_UNITS_FROM = '2025-07-01';

interface SeedCodeList extends CodeListSpec {
  items: CodeItem[];
}

interface AdminUnit {
  Code: string;
  FullName: string;
  FullNameEn: string;
  Wards: AdminUnit[];
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/** Vietnam's 34 provinces (level 1) and 3,321 communes (level 2), as one list with a hierarchy. */
function adminUnitsList(): SeedCodeList {
  const provinces = readJson<AdminUnit[]>(files.adminUnits);
  const items: CodeItem[] = [];
  for (const p of provinces) {
    items.push({ code: p.Code, name: { vi: p.FullName, en: p.FullNameEn }, level: 1, validFrom: ADMIN_UNITS_FROM });
    for (const w of p.Wards) items.push({ code: w.Code, name: { vi: w.FullName, en: w.FullNameEn }, parent: p.Code, level: 2, validFrom: ADMIN_UNITS_FROM });
  }
  return {
    code: ADMIN_UNITS_LIST,
    name: { vi: 'Danh mục đơn vị hành chính', en: 'Administrative units' },
    definition:
      'Tỉnh, thành phố trực thuộc trung ương và xã, phường, đặc khu sau sắp xếp năm 2025, theo mã của Tổng cục Thống kê (nay là Cục Thống kê).',
    ownerAgencyId: 'so-noi-vu',
    source: 'Mã đơn vị hành chính của Cục Thống kê; dữ liệu vietnamese-provinces-database (MIT), bản 2026-07.',
    levels: ['Tỉnh/thành phố', 'Xã/phường/đặc khu'],
    items,
  };
}

async function insertItems(db: Db, listId: string, items: CodeItem[]): Promise<void> {
  const rows = items.map((item) => ({
    listId,
    code: item.code,
    nameVi: item.name.vi,
    nameEn: item.name.en,
    parent: item.parent ?? null,
    level: item.level,
    validFrom: item.validFrom ?? null,
    validTo: item.validTo ?? null,
    searchText: foldForSearch(`${item.code} ${item.name.vi} ${item.name.en}`),
  }));
  for (let i = 0; i < rows.length; i += 1000) await db.insert(codeItems).values(rows.slice(i, i + 1000)).onConflictDoNothing();
}

/**
 * Loads the shared code lists, elements and entities, approved at version 1.0: the province's agreed
 * starting point. Codes already present are left alone, so stewards' later changes are kept.
 */
export async function seedDictionary(db: Db): Promise<{ codeLists: number; elements: number; entities: number }> {
  const counts = { codeLists: 0, elements: 0, entities: 0 };
  if (!fs.existsSync(files.codeLists)) return counts;
  const lists = [adminUnitsList(), ...readJson<SeedCodeList[]>(files.codeLists)];
  const elements = readJson<ElementSpec[]>(files.elements).map(normaliseElement);
  const entities = readJson<EntitySpec[]>(files.entities).map(normaliseEntity);

  const presentLists = await existingCodes(db, 'code_list');
  for (const list of lists.filter((l) => !presentLists.has(l.code))) {
    const { items, ...spec } = list;
    await db.transaction(async (tx) => {
      await insertObject(tx, systemActor, 'code_list', normaliseCodeList(spec), { approved: true });
    });
    const listId = await listIdOf(db, list.code);
    if (listId) await insertItems(db, listId, items);
    counts.codeLists++;
  }
  const presentElements = await existingCodes(db, 'element');
  for (const element of elements.filter((e) => !presentElements.has(e.code))) {
    await db.transaction(async (tx) => {
      await checkElement(tx, element);
      await insertObject(tx, systemActor, 'element', element, { approved: true });
    });
    counts.elements++;
  }
  // Entities may relate to each other: insert them all, then check them as a whole.
  const presentEntities = await existingCodes(db, 'entity');
  const missing = entities.filter((e) => !presentEntities.has(e.code));
  if (missing.length) {
    await db.transaction(async (tx) => {
      for (const entity of missing) await insertObject(tx, systemActor, 'entity', entity, { approved: true });
      for (const entity of missing) await checkEntity(tx, entity);
    });
    counts.entities = missing.length;
  }
  return counts;
}
