/**
 * The framework module's contract: all that other modules (and the app's assembly) may use of it.
 * Everything else in this folder is its own business; the linter enforces the boundary.
 */
export { agencyExists, getAdminUnit, getAgency, getFramework, listAgencies, listComponents } from './service.js';
export { agencyKinds, type AgencyKind } from './schema.js';

import type { Db } from '../../core/db.js';
import { listAgencies } from './service.js';

/** The People's Committee of the commune with this administrative unit code, or null when it is not a commune of the province. */
export async function communeAgency(db: Db, adminUnitCode: string) {
  const page = await listAgencies(db, { kind: 'commune', q: adminUnitCode, limit: 500, offset: 0 });
  return page.items.find((a) => a.adminUnitCode === adminUnitCode) ?? null;
}
