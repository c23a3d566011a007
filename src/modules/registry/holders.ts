// "Which systems hold this element": the registered systems (their current records) whose data objects name a data
// dictionary element, with the data objects that do, filtered by owner agency, lifecycle, status and personal data.
import { and, asc, count, eq, not, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../core/db.js';
import { systems } from './schema.js';
import type { Lifecycle, RegistrationStatus, SystemInput } from './model.js';

export interface HolderFilter {
  agency?: string | undefined;
  lifecycle?: Lifecycle | undefined;
  status?: RegistrationStatus | undefined;
  /** true: a data object holding the element is personal data (Decree 13/2023); false: none of them is. */
  personal?: boolean | undefined;
  limit: number;
  offset: number;
}

const holds = (value: unknown) => sql`${systems.data} -> 'dataObjects' @> ${JSON.stringify([value])}::jsonb`;

export async function systemsHoldingElement(db: Db, code: string, filter: HolderFilter) {
  const where: SQL[] = [holds({ elements: [code] })];
  if (filter.agency) where.push(eq(systems.ownerAgencyId, filter.agency));
  if (filter.lifecycle) where.push(eq(systems.lifecycle, filter.lifecycle));
  if (filter.status) where.push(eq(systems.status, filter.status));
  if (filter.personal === true) where.push(holds({ elements: [code], personal: true }));
  if (filter.personal === false) where.push(not(holds({ elements: [code], personal: true })));
  const condition = and(...where);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: systems.id,
        code: systems.code,
        nameVi: systems.nameVi,
        ownerAgencyId: systems.ownerAgencyId,
        lifecycle: systems.lifecycle,
        status: systems.status,
        dataObjects: sql<SystemInput['dataObjects']>`${systems.data} -> 'dataObjects'`,
      })
      .from(systems)
      .where(condition)
      .orderBy(asc(systems.code))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: count() }).from(systems).where(condition),
  ]);
  return {
    items: rows.map(({ dataObjects, ...row }) => ({
      ...row,
      dataObjects: dataObjects.filter((d) => (d.elements ?? []).includes(code)).map((d) => ({ name: d.name, personal: d.personal, sensitive: d.sensitive })),
    })),
    total: Number(total?.n ?? 0),
  };
}
