// The province-wide picture: every system and how they connect (the integration map), and the framework's components
// by agency, coloured by the compliance of the systems implementing them (the landscape heat map). Both read the
// stored compliance summaries (compliance.ts keeps them current), never evaluate rules, and run one query per table.
import { and, eq, ne, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../core/db.js';
import * as framework from '../framework/api.js';
import { systemRelations, systems } from './schema.js';
import type { ExchangeChannel, Lifecycle, RelationType, SystemInput, SystemKind } from './model.js';
import { raiseExpiredWaivers } from './compliance.js';
import { complianceResult, type ComplianceResult } from './systems.js';

export interface MapFilter {
  layer?: string | undefined;
  agency?: string | undefined;
  component?: string | undefined;
  lifecycle?: Lifecycle | undefined;
}

export interface MapNode {
  id: string;
  code: string;
  nameVi: string;
  nameEn: string | null;
  kind: SystemKind;
  ownerAgencyId: string;
  layer: string;
  lifecycle: Lifecycle;
  /** null until the rules have been evaluated on the system. */
  compliance: ComplianceResult | null;
  errors: number;
  warnings: number;
}

export type MapEdge =
  | { kind: 'relation'; fromId: string; toId: string; type: RelationType }
  | { kind: 'exchange'; fromId: string; toId: string; channel: ExchangeChannel; interfaces: string[] };

export interface IntegrationMap {
  nodes: MapNode[];
  edges: MapEdge[];
  /** Relations and exchanges of the systems shown with a system the filters leave out: not drawn, counted. */
  edgesOutside: number;
}

/**
 * Systems matching the filters (retired ones only when `lifecycle=retired` asks for them) and the relations and
 * exchanges between them. An exchange comes from an interface naming its counterpart system; it runs from the side
 * that consumes to the side that provides (as `uses` does), and the two systems' declarations of one exchange over one
 * channel are one edge, with the names of the interfaces behind it.
 */
export async function integrationMap(db: Db, filter: MapFilter): Promise<IntegrationMap> {
  await raiseExpiredWaivers(db);
  const conditions: SQL[] = [filter.lifecycle ? eq(systems.lifecycle, filter.lifecycle) : ne(systems.lifecycle, 'retired')];
  if (filter.layer) conditions.push(eq(systems.layer, filter.layer));
  if (filter.agency) conditions.push(eq(systems.ownerAgencyId, filter.agency));
  if (filter.component) conditions.push(sql`${systems.componentCodes} @> ${JSON.stringify([filter.component])}::jsonb`);
  // One pass over the table: the filters are computed per row, so the exchanges a system left out declares with a
  // system shown are counted too.
  const [all, relationRows] = await Promise.all([
    db
      .select({
        id: systems.id,
        code: systems.code,
        nameVi: systems.nameVi,
        nameEn: sql<string | null>`${systems.data} -> 'name' ->> 'en'`,
        kind: systems.kind,
        ownerAgencyId: systems.ownerAgencyId,
        layer: systems.layer,
        lifecycle: systems.lifecycle,
        compliance: systems.compliance,
        interfaces: sql<SystemInput['interfaces']>`${systems.data} -> 'interfaces'`,
        shown: sql<boolean>`(${and(...conditions)})`,
      })
      .from(systems)
      .orderBy(systems.code),
    db.select({ fromId: systemRelations.fromId, toId: systemRelations.toId, type: systemRelations.type }).from(systemRelations).orderBy(systemRelations.createdAt),
  ]);
  const rows = all.filter((r) => r.shown);
  const shown = new Set(rows.map((r) => r.id));
  const edges: MapEdge[] = [];
  let edgesOutside = 0;
  for (const r of relationRows) {
    const from = shown.has(r.fromId);
    const to = shown.has(r.toId);
    if (from && to) edges.push({ kind: 'relation', fromId: r.fromId, toId: r.toId, type: r.type });
    else if (from || to) edgesOutside++;
  }
  const exchanges = new Map<string, Extract<MapEdge, { kind: 'exchange' }>>();
  const outside = new Set<string>();
  for (const s of all) {
    for (const i of s.interfaces) {
      if (!i.counterpartSystemId || i.counterpartSystemId === s.id) continue;
      const [fromId, toId] = i.direction === 'consumes' ? [s.id, i.counterpartSystemId] : [i.counterpartSystemId, s.id];
      const key = `${fromId} ${toId} ${i.channel}`;
      const ends = Number(shown.has(fromId)) + Number(shown.has(toId));
      if (ends === 1) outside.add(key);
      if (ends < 2) continue;
      const edge = exchanges.get(key) ?? { kind: 'exchange' as const, fromId, toId, channel: i.channel, interfaces: [] };
      if (!edge.interfaces.includes(i.name)) edge.interfaces.push(i.name);
      exchanges.set(key, edge);
    }
  }
  return {
    nodes: rows.map((r) => ({
      id: r.id,
      code: r.code,
      nameVi: r.nameVi,
      nameEn: r.nameEn || null,
      kind: r.kind,
      ownerAgencyId: r.ownerAgencyId,
      layer: r.layer,
      lifecycle: r.lifecycle,
      compliance: r.compliance ? complianceResult(r.compliance) : null,
      errors: r.compliance?.errors ?? 0,
      warnings: r.compliance?.warnings ?? 0,
    })),
    edges: [...edges, ...exchanges.values()],
    edgesOutside: edgesOutside + outside.size,
  };
}

export type CellResult = ComplianceResult | 'none';

export interface HeatMapCell {
  componentCode: string;
  agencyId: string;
  systems: number;
  failing: number;
  warningsOnly: number;
  passing: number;
  /** Systems the rules have not been evaluated on yet (counted in systems, in none of the three). */
  notEvaluated: number;
  /** The worst of its systems: failing if one fails, else warnings_only if one has warnings, else passing; none if none was evaluated. */
  result: CellResult;
}

export interface HeatMap {
  components: { code: string; nameVi: string; nameEn: string; shortName: string | null; layer: string; scope: 'national' | 'provincial' }[];
  agencies: { id: string; nameVi: string; nameEn: string; shortName: string | null }[];
  cells: HeatMapCell[];
}

export function cellResult(counts: { failing: number; warningsOnly: number; passing: number }): CellResult {
  return counts.failing > 0 ? 'failing' : counts.warningsOnly > 0 ? 'warnings_only' : counts.passing > 0 ? 'passing' : 'none';
}

/**
 * Every framework component (rows, in the decision's order; a component no system implements is a row without cells)
 * by the agencies owning systems that implement one (columns): in each cell, how many of them fail, have warnings only
 * or pass, by their stored compliance. Retired systems implement nothing any more and are left out.
 */
export async function heatMap(db: Db, filter: { layer?: string | undefined } = {}): Promise<HeatMap> {
  await raiseExpiredWaivers(db);
  const [componentList, agencyPage, counts] = await Promise.all([
    framework.listComponents(db, { layer: filter.layer }),
    framework.listAgencies(db, { limit: 100_000, offset: 0 }),
    queryRows<{ code: string; agency: string; systems: number; failing: number; warnings: number; passing: number }>(
      db,
      sql`select c ->> 'code' as code, s.owner_agency_id as agency, count(*)::int as systems,
            count(*) filter (where (s.compliance ->> 'errors')::int > 0)::int as failing,
            count(*) filter (where (s.compliance ->> 'errors')::int = 0 and (s.compliance ->> 'warnings')::int > 0)::int as warnings,
            count(*) filter (where (s.compliance ->> 'errors')::int = 0 and (s.compliance ->> 'warnings')::int = 0)::int as passing
          from ${systems} s, jsonb_array_elements(s.data -> 'components') c
          where s.lifecycle <> 'retired' and c ->> 'link' = 'implements'
          group by 1, 2`,
    ),
  ]);
  const known = new Set(componentList.map((c) => c.code));
  const cells: HeatMapCell[] = counts
    .filter((r) => known.has(r.code))
    .map((r) => {
      const tally = { failing: r.failing, warningsOnly: r.warnings, passing: r.passing };
      return { componentCode: r.code, agencyId: r.agency, systems: r.systems, ...tally, notEvaluated: r.systems - r.failing - r.warnings - r.passing, result: cellResult(tally) };
    });
  const withCells = new Set(cells.map((c) => c.agencyId));
  const order = new Map(componentList.map((c, i) => [c.code, i]));
  cells.sort((a, b) => (order.get(a.componentCode) ?? 0) - (order.get(b.componentCode) ?? 0) || a.agencyId.localeCompare(b.agencyId));
  return {
    components: componentList.map((c) => ({ code: c.code, nameVi: c.name.vi, nameEn: c.name.en, shortName: c.shortName, layer: c.layer, scope: c.scope })),
    // Agencies in the framework's order (departments first), only those owning a system that implements a component.
    agencies: agencyPage.items.filter((a) => withCells.has(a.id)).map((a) => ({ id: a.id, nameVi: a.name.vi, nameEn: a.name.en, shortName: a.shortName })),
    cells,
  };
}
