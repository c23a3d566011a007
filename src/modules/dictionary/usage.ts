// Where a dictionary object is used: by other dictionary objects, and by the modules above the dictionary, which say so
// through the extension point they implement when the app is assembled (the registry does).
import { and, eq, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../core/db.js';
import { createExtensionPoint } from '../../core/module.js';
import { dictionaryObjects, type ObjectKind } from './schema.js';

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

export async function notifyChange(db: Db, providers: readonly DictionaryUsageProvider[], kind: ObjectKind, code: string): Promise<void> {
  for (const provider of providers) await provider.approvedStateChanged(db, kind, code);
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
