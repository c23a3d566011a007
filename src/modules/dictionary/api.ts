/**
 * The dictionary module's contract: all that other modules may use of it.
 * Everything else in this folder is its own business; the linter enforces the boundary.
 */
export { approvedElementCodes, unknownElementCodes } from './lookups.js';
export { dictionaryUsageExtensionPoint, type DictionaryUsageProvider, type Usage } from './usage.js';
export { listObjects } from './objects.js';
export { kindNames } from './records.js';

import type { Principal } from '../../core/auth/principal.js';
import { dictionaryPolicy } from './access.js';

/** Whether the caller approves or returns dictionary objects (the inbox lists those in review). */
export const canReview = (principal: Principal) => dictionaryPolicy.can(principal, 'dictionary.object.review');

import { and, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import type { Db } from '../../core/db.js';
import { dictionaryObjects } from './schema.js';

/** The names of the approved versions of these elements (not deprecated); codes without one are left out. */
export async function approvedElementNames(db: Db, codes: readonly string[]): Promise<Map<string, { vi: string; en: string }>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ code: dictionaryObjects.code, spec: dictionaryObjects.approvedSpec })
    .from(dictionaryObjects)
    .where(and(eq(dictionaryObjects.kind, 'element'), inArray(dictionaryObjects.code, [...codes]), isNotNull(dictionaryObjects.approvedVersion), ne(dictionaryObjects.status, 'deprecated')));
  const names = new Map<string, { vi: string; en: string }>();
  for (const row of rows) {
    const name = row.spec?.name;
    if (name && typeof name === 'object' && 'vi' in name && typeof name.vi === 'string') names.set(row.code, { vi: name.vi, en: 'en' in name && typeof name.en === 'string' ? name.en : name.vi });
  }
  return names;
}
