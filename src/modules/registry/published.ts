// What the registry lets be published: the last approved version of each system that has one. A system edited since
// its approval is published as it was approved (its changes wait for the next decision); a system never approved
// (draft, pending establishment, returned, rejected) is not published at all. Which of the fields the public sees is
// the catalogue's decision, not this file's: it returns the approved record as stored.
import { and, asc, count, eq, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../core/db.js';
import { foldForSearch, likePattern } from '../../core/text.js';
import { systems, systemVersions } from './schema.js';
import type { Audience, Lifecycle, SystemInput, SystemKind } from './model.js';

export interface ApprovedSystem {
  id: string;
  /** The approved version's record. */
  data: SystemInput;
  /** Its version number. */
  version: number;
}

/** One group of conditions, all of which hold; the groups of `anyOf` are alternatives. */
export interface ApprovedGroup {
  /** Owned by one of these agencies. */
  agencies?: readonly string[] | undefined;
  /** Serving at least one of these audiences. */
  audiences?: readonly Audience[] | undefined;
}

export interface ApprovedFilter {
  /** Code, names and purpose of the approved version, diacritics ignored. */
  q?: string | undefined;
  agency?: string | undefined;
  component?: string | undefined;
  lifecycle?: Lifecycle | undefined;
  kind?: SystemKind | undefined;
  /** Holding this dictionary element in one of its data objects. */
  element?: string | undefined;
  /** At least one of these groups holds. */
  anyOf?: readonly ApprovedGroup[] | undefined;
  limit: number;
  offset: number;
}

// foldForSearch in SQL: every precomposed Latin letter (Vietnamese included) mapped to its base letter, so both
// databases fold an approved version's text as the registry folds the current one. Passed as parameters.
const [foldFrom, foldTo] = (() => {
  let from = '';
  let to = '';
  const ranges: [number, number][] = [[0x41, 0x5a], [0xc0, 0x24f], [0x1e00, 0x1eff]];
  for (const [start, end] of ranges) {
    for (let cp = start; cp <= end; cp++) {
      const ch = String.fromCodePoint(cp);
      const folded = foldForSearch(ch);
      if (folded.length === 1 && folded !== ch && /^[a-z]$/.test(folded)) {
        from += ch;
        to += folded;
      }
    }
  }
  return [from, to];
})();

const data = sql`${systemVersions.data}`;
const text = (path: SQL) => sql`coalesce(${path}, '')`;
const folded = sql`regexp_replace(translate(concat_ws(' ', ${text(sql`${data} ->> 'code'`)}, ${text(sql`${data} -> 'name' ->> 'vi'`)}, ${text(sql`${data} -> 'name' ->> 'en'`)}, ${text(sql`${data} ->> 'purpose'`)}), ${foldFrom}, ${foldTo}), '\\s+', ' ', 'g')`;
const owner = sql`${data} ->> 'ownerAgencyId'`;
const jsonContains = (path: SQL, value: unknown) => sql`${path} @> ${JSON.stringify(value)}::jsonb`;

function groupCondition(group: ApprovedGroup): SQL {
  const parts: SQL[] = [];
  if (group.agencies) parts.push(group.agencies.length ? inArray(owner, [...group.agencies]) : sql`false`);
  if (group.audiences) parts.push(group.audiences.length ? (or(...group.audiences.map((a) => jsonContains(sql`${data} -> 'audiences'`, [a]))) ?? sql`false`) : sql`false`);
  return parts.length ? (and(...parts) ?? sql`true`) : sql`true`;
}

function conditions(filter: Omit<ApprovedFilter, 'limit' | 'offset'>): SQL | undefined {
  const where: SQL[] = [isNotNull(systems.approvedVersion)];
  if (filter.q) where.push(sql`lower(${folded}) like ${likePattern(filter.q)}`);
  if (filter.agency) where.push(eq(owner, filter.agency));
  if (filter.component) where.push(jsonContains(sql`${data} -> 'components'`, [{ code: filter.component }]));
  if (filter.lifecycle) where.push(eq(systemVersions.lifecycle, filter.lifecycle));
  if (filter.kind) where.push(sql`${data} ->> 'kind' = ${filter.kind}`);
  if (filter.element) where.push(jsonContains(sql`${data} -> 'dataObjects'`, [{ elements: [filter.element] }]));
  if (filter.anyOf) where.push(filter.anyOf.length ? (or(...filter.anyOf.map(groupCondition)) ?? sql`false`) : sql`false`);
  return and(...where);
}

const approvedJoin = and(eq(systemVersions.systemId, systems.id), eq(systemVersions.version, systems.approvedVersion));

/** The approved versions of the systems matching the filter, by code. */
export async function listApprovedSystems(db: Db, filter: ApprovedFilter): Promise<{ items: ApprovedSystem[]; total: number }> {
  const where = conditions(filter);
  const [rows, [total]] = await Promise.all([
    db
      .select({ id: systems.id, data: systemVersions.data, version: systemVersions.version })
      .from(systems)
      .innerJoin(systemVersions, approvedJoin)
      .where(where)
      .orderBy(asc(sql`${data} ->> 'code'`), asc(systems.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: count() }).from(systems).innerJoin(systemVersions, approvedJoin).where(where),
  ]);
  return { items: rows, total: Number(total?.n ?? 0) };
}

/** The approved version of the system with this code (its code as approved), or null when none was approved. */
export async function getApprovedSystem(db: Db, code: string): Promise<ApprovedSystem | null> {
  const [row] = await db
    .select({ id: systems.id, data: systemVersions.data, version: systemVersions.version })
    .from(systems)
    .innerJoin(systemVersions, approvedJoin)
    .where(and(isNotNull(systems.approvedVersion), sql`${data} ->> 'code' = ${code}`))
    .orderBy(asc(systems.id))
    .limit(1);
  return row ?? null;
}
