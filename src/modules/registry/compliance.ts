// Compliance with the architecture framework: the rules evaluated on every system and stored as summaries, the
// data-dictionary mapping of data objects, and the registry's answers to the dictionary (its usage extension point).
import { and, asc, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import { tidyAfterBulkWrite, type Db, type Executor } from '../../core/db.js';
import { canonicalJson } from '../../core/audit.js';
import * as framework from '../framework/api.js';
import * as dictionary from '../dictionary/api.js';
import { complianceWaivers, integrationTraffic, systemRelations, systems } from './schema.js';
import type { Relation, SystemInput, SystemRecord } from './model.js';
import { evaluateSystem, ruleById, rules, summarise } from './rules/index.js';
import type { ComplianceSummary, Finding, Outcome, RuleContext } from './rules/types.js';
import { getSystemRow, toRecord } from './systems.js';
import { activeWaivers, applyWaivers, takeExpiredWaivers, waiversOf, type Waiver, type WaiverRow } from './waivers.js';

/** A data object counts as mapped when it names elements and each has an approved, current version. */
export function mappingOf(system: Pick<SystemInput, 'dataObjects'>, approved: ReadonlySet<string>): { mapped: number; total: number } {
  const total = system.dataObjects.length;
  const mapped = system.dataObjects.filter((d) => (d.elements ?? []).length > 0 && (d.elements ?? []).every((code) => approved.has(code))).length;
  return { mapped, total };
}

async function systemsMappingElement(db: Executor, code: string) {
  return db
    .select({ id: systems.id, code: systems.code, nameVi: systems.nameVi, ownerAgencyId: systems.ownerAgencyId })
    .from(systems)
    .where(sql`${systems.data} -> 'dataObjects' @> ${JSON.stringify([{ elements: [code] }])}::jsonb`);
}

/** Tells the data dictionary which of its elements registered systems use, and re-checks them when an element's approval changes. */
/** The registry's answers to the dictionary: which systems map an element, and re-checking them when it changes. */
export const dictionaryUsageProvider: dictionary.DictionaryUsageProvider = {
  async usages(db, kind, code) {
    if (kind !== 'element') return [];
    return (await systemsMappingElement(db, code)).map((s) => ({ source: 'registry', code: s.code, name: s.nameVi }));
  },
  async approvedStateChanged(db, kind, code) {
    if (kind !== 'element') return;
    const affected = await systemsMappingElement(db, code);
    if (affected.length) await reevaluate(db, affected.map((s) => s.id));
  },
};

export interface MappingConformance {
  systems: { id: string; code: string; nameVi: string; ownerAgencyId: string; total: number; mapped: number }[];
  agencies: { agencyId: string; systems: number; total: number; mapped: number; share: number | null }[];
  total: number;
  mapped: number;
  share: number | null;
}

/** Share of data objects mapped to approved dictionary elements, per system and per agency (retired systems left out). */
export async function mappingConformance(db: Db, filter: { agency?: string | undefined }): Promise<MappingConformance> {
  const [approved, rows] = await Promise.all([
    dictionary.approvedElementCodes(db),
    db
      .select({ id: systems.id, code: systems.code, nameVi: systems.nameVi, ownerAgencyId: systems.ownerAgencyId, dataObjects: sql<SystemInput['dataObjects']>`${systems.data} -> 'dataObjects'` })
      .from(systems)
      .where(and(sql`${systems.lifecycle} <> 'retired'`, filter.agency ? eq(systems.ownerAgencyId, filter.agency) : undefined))
      .orderBy(asc(systems.code)),
  ]);
  const share = (mapped: number, total: number) => (total === 0 ? null : Math.round((mapped / total) * 1000) / 1000);
  const perSystem = rows.map((r) => ({ id: r.id, code: r.code, nameVi: r.nameVi, ownerAgencyId: r.ownerAgencyId, ...mappingOf(r, approved) }));
  const byAgency = new Map<string, { agencyId: string; systems: number; total: number; mapped: number }>();
  for (const s of perSystem) {
    const a = byAgency.get(s.ownerAgencyId) ?? { agencyId: s.ownerAgencyId, systems: 0, total: 0, mapped: 0 };
    a.systems++;
    a.total += s.total;
    a.mapped += s.mapped;
    byAgency.set(s.ownerAgencyId, a);
  }
  const total = perSystem.reduce((n, s) => n + s.total, 0);
  const mapped = perSystem.reduce((n, s) => n + s.mapped, 0);
  return {
    systems: perSystem,
    agencies: [...byAgency.values()].map((a) => ({ ...a, share: share(a.mapped, a.total) })).sort((a, b) => a.agencyId.localeCompare(b.agencyId)),
    total,
    mapped,
    share: share(mapped, total),
  };
}

export async function buildRuleContext(db: Db): Promise<RuleContext> {
  const [componentList, agencyPage, systemRows, relationRows, approvedElements, gatewayTraffic] = await Promise.all([
    framework.listComponents(db, {}),
    framework.listAgencies(db, { limit: 100_000, offset: 0 }),
    db.select({ id: systems.id, code: systems.code, nameVi: systems.nameVi, ownerAgencyId: systems.ownerAgencyId, lifecycle: systems.lifecycle, components: sql<SystemInput['components']>`${systems.data} -> 'components'` }).from(systems),
    db.select().from(systemRelations),
    dictionary.approvedElementCodes(db),
    recentTraffic(db),
  ]);
  const implementers = new Map<string, string[]>();
  for (const s of systemRows) {
    if (s.lifecycle === 'retired') continue;
    for (const c of s.components) if (c.link === 'implements') implementers.set(c.code, [...(implementers.get(c.code) ?? []), s.id]);
  }
  const relations = new Map<string, Relation[]>();
  for (const r of relationRows) {
    const relation: Relation = { fromId: r.fromId, toId: r.toId, type: r.type };
    for (const id of [r.fromId, r.toId]) relations.set(id, [...(relations.get(id) ?? []), relation]);
  }
  return {
    components: new Map(componentList.map((c) => [c.code, { code: c.code, layer: c.layer, scope: c.scope, name: c.name, shortName: c.shortName }])),
    agencyKinds: new Map(agencyPage.items.map((a) => [a.id, a.kind])),
    systems: new Map(systemRows.map((s) => [s.id, s])),
    implementers,
    relations,
    dictionaryMapping: (system) => mappingOf(system, approvedElements),
    gatewayTraffic,
  };
}

function sameFindings(a: ComplianceSummary | null, b: ComplianceSummary): boolean {
  return a !== null && a.errors === b.errors && a.warnings === b.warnings && (a.waived ?? 0) === (b.waived ?? 0) && canonicalJson(a.outcomes) === canonicalJson(b.outcomes);
}

/** Every rule on one system, with the exceptions that hold applied. */
function findingsOf(row: typeof systems.$inferSelect, context: RuleContext, waivers: Map<string, Map<string, WaiverRow>>): Finding[] {
  return applyWaivers(evaluateSystem(toRecord(row), context), waivers.get(row.id));
}

/** True while an exception has expired and its rule has not been raised again: read beside a page, it saves a query. */
export const expiredWaiversDue = sql<boolean>`exists (select 1 from ${complianceWaivers} where ${complianceWaivers.expiryRaisedAt} is null and ${complianceWaivers.expiresOn} < current_date)`;

/**
 * Re-raises the rules of waivers that expired: their systems are re-evaluated (the rule fails again) and each expiry
 * is audited once. Called where compliance is read, so no scheduler is needed; one indexed look-up when none expired.
 */
export async function raiseExpiredWaivers(db: Db): Promise<void> {
  const [due] = await db
    .select({ id: complianceWaivers.id })
    .from(complianceWaivers)
    .where(and(isNull(complianceWaivers.expiryRaisedAt), lt(complianceWaivers.expiresOn, sql`current_date`)))
    .limit(1);
  if (due) await raiseDueWaivers(db);
}

/** raiseExpiredWaivers, for a caller that has read expiredWaiversDue itself. */
export async function raiseDueWaivers(db: Db): Promise<void> {
  const systemIds = await db.transaction((tx) => takeExpiredWaivers(tx));
  if (systemIds.length) await reevaluate(db, systemIds);
}

async function storeSummaries(db: Executor, summaries: { id: string; summary: ComplianceSummary }[]): Promise<void> {
  for (let i = 0; i < summaries.length; i += 1000) {
    const batch = summaries.slice(i, i + 1000).map((s) => ({ id: s.id, compliance: s.summary }));
    await db.execute(
      sql`update registry_systems s set compliance = b.compliance from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as b(id uuid, compliance jsonb) where s.id = b.id`,
    );
  }
}

/**
 * Re-evaluates the given systems and those whose findings may depend on them: systems implementing
 * the same components, and systems related to them.
 */
export async function reevaluate(db: Db, systemIds: string[]): Promise<void> {
  const context = await buildRuleContext(db);
  const affected = new Set(systemIds);
  for (const id of systemIds) {
    for (const r of context.relations.get(id) ?? []) {
      affected.add(r.fromId);
      affected.add(r.toId);
    }
  }
  const rows = await db.select().from(systems).where(inArray(systems.id, [...affected]));
  for (const row of rows) {
    for (const c of row.data.components) if (c.link === 'implements') for (const other of context.implementers.get(c.code) ?? []) affected.add(other);
  }
  const all = affected.size > rows.length ? await db.select().from(systems).where(inArray(systems.id, [...affected])) : rows;
  const waivers = await activeWaivers(db, all.map((r) => r.id));
  await storeSummaries(db, all.map((row) => ({ id: row.id, summary: summarise(findingsOf(row, context, waivers)) })));
}

/** Every rule on every system; returns counts and how long each part took. */
const bulkWriteRows = 1000;

export async function evaluateAll(db: Db) {
  const started = performance.now();
  await raiseExpiredWaivers(db);
  const [context, rows, waivers] = await Promise.all([buildRuleContext(db), db.select().from(systems), activeWaivers(db)]);
  const loaded = performance.now();
  const summaries = rows.map((row) => ({ id: row.id, summary: summarise(findingsOf(row, context, waivers)), previous: row.compliance }));
  const evaluated = performance.now();
  // Only findings that changed are written; evaluatedAt thus tells when a system's findings last changed.
  const changed = summaries.filter((s) => !sameFindings(s.previous, s.summary));
  await storeSummaries(db, changed);
  // A thousand rewritten rows or more: the list's count would read their old versions until autovacuum runs.
  if (changed.length >= bulkWriteRows) await tidyAfterBulkWrite(db, 'registry_systems');
  const stored = performance.now();
  return {
    systems: rows.length,
    rules: rules.length,
    errors: summaries.reduce((n, s) => n + s.summary.errors, 0),
    warnings: summaries.reduce((n, s) => n + s.summary.warnings, 0),
    timings: { loadMs: loaded - started, evaluateMs: evaluated - loaded, storeMs: stored - evaluated, totalMs: stored - started },
  };
}

export async function systemFindings(db: Db, idOrCode: string): Promise<{ system: SystemRecord; findings: Finding[]; waivers: Waiver[] }> {
  await raiseExpiredWaivers(db);
  const row = await getSystemRow(db, idOrCode);
  const [context, active, waivers] = await Promise.all([buildRuleContext(db), activeWaivers(db, [row.id]), waiversOf(db, row.id)]);
  return { system: toRecord(row), findings: findingsOf(row, context, active), waivers };
}

export function listRules() {
  return rules.map((r) => ({ id: r.id, title: r.title, clause: r.clause, severity: r.severity, remedy: r.remedy }));
}

const noCounts: Record<Outcome, number> = { pass: 0, fail: 0, not_applicable: 0, not_checkable: 0, waived: 0 };

/** The province's compliance at a glance: per rule and per agency, from the stored findings. */
export async function complianceSummary(db: Db, filter: { agency?: string | undefined } = {}) {
  await raiseExpiredWaivers(db);
  const rows = await db
    .select({ ownerAgencyId: systems.ownerAgencyId, compliance: systems.compliance, lifecycle: systems.lifecycle })
    .from(systems)
    .where(filter.agency ? eq(systems.ownerAgencyId, filter.agency) : undefined);
  const byRule = new Map(rules.map((r) => [r.id, { ...noCounts }]));
  const byAgency = new Map<string, { systems: number; failing: number; warning: number; passing: number; waived: number }>();
  let failing = 0;
  let warning = 0;
  let waived = 0;
  for (const row of rows) {
    const c = row.compliance;
    const agency = byAgency.get(row.ownerAgencyId) ?? { systems: 0, failing: 0, warning: 0, passing: 0, waived: 0 };
    agency.systems++;
    if (c) {
      // Systems with an exception that holds, whatever else they fail: counted apart, beside the three states.
      if ((c.waived ?? 0) > 0) {
        agency.waived++;
        waived++;
      }
      for (const [ruleId, outcome] of Object.entries(c.outcomes)) {
        const counts = byRule.get(ruleId);
        if (counts) counts[outcome]++;
      }
      if (c.errors > 0) {
        agency.failing++;
        failing++;
      } else if (c.warnings > 0) {
        agency.warning++;
        warning++;
      } else {
        agency.passing++;
      }
    }
    byAgency.set(row.ownerAgencyId, agency);
  }
  return {
    totals: { systems: rows.length, failing, warning, passing: rows.length - failing - warning, waived },
    byRule: rules.map((r) => ({ ruleId: r.id, title: r.title, clause: r.clause, severity: r.severity, ...(byRule.get(r.id) ?? noCounts) })),
    byAgency: [...byAgency.entries()].map(([agencyId, counts]) => ({ agencyId, ...counts })).sort((a, b) => b.failing - a.failing || b.systems - a.systems),
  };
}

export function ruleExists(id: string): boolean {
  return ruleById.has(id);
}

/** Pairs with a call in the window, both ways: system → counterpart → calls and last call. */
async function recentTraffic(db: Db): Promise<Map<string, Map<string, { calls: number; lastAt: Date }>>> {
  const since = new Date(Date.now() - GATEWAY_TRAFFIC_WINDOW_DAYS * 86_400_000);
  const rows = await db.select().from(integrationTraffic).where(gte(integrationTraffic.lastAt, since));
  const out = new Map<string, Map<string, { calls: number; lastAt: Date }>>();
  const add = (a: string, b: string, calls: number, lastAt: Date) => {
    const map = out.get(a) ?? new Map<string, { calls: number; lastAt: Date }>();
    const prev = map.get(b);
    map.set(b, { calls: (prev?.calls ?? 0) + calls, lastAt: prev && prev.lastAt > lastAt ? prev.lastAt : lastAt });
    out.set(a, map);
  };
  for (const r of rows) {
    add(r.fromSystemId, r.toSystemId, r.calls, r.lastAt);
    add(r.toSystemId, r.fromSystemId, r.calls, r.lastAt);
  }
  return out;
}

/** Calls through the gateway count as LGSP evidence for this many days (II.2(1)). */
export const GATEWAY_TRAFFIC_WINDOW_DAYS = 30;
