import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getTableColumns, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db, Executor } from '../../core/db.js';
import { foldForSearch } from '../../core/text.js';
import {
  adminUnits,
  agencies,
  components,
  layers,
  principles,
  roadmapGroups,
  roadmapTasks,
  type AgencyKind,
  type ComponentScope,
  type TaskPriority,
  type UnitRef,
} from './schema.js';

const seedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../seed');

interface Text {
  vi: string;
  en: string;
}

interface FrameworkFile {
  source: { number: string; date: string; issuer: string; title: Text };
  layers: { code: string; position: number; name: Text; description: Text; scopes: { national: Text; provincial: Text } }[];
  components: {
    code: string;
    layer: string;
    scope: ComponentScope;
    position: number;
    group: Text | null;
    name: Text;
    shortName: string | null;
    description: Text;
    clause: string;
    legalBasis: string[];
  }[];
  principles: { code: string; clause: string; text: Text }[];
}

interface RoadmapFile {
  groups: { code: string; position: number; name: Text }[];
  tasks: {
    code: string;
    group: string;
    position: number;
    title: Text;
    lead: UnitRef;
    coordinating: UnitRef;
    period: { from: number; to: number };
    priority: TaskPriority;
    priorityText: string;
  }[];
}

interface AgencyEntry {
  id: string;
  kind: AgencyKind;
  name: Text;
  shortName: string | null;
  parentId: string | null;
  namedInDecision: boolean;
  clauses: string[];
}

interface AdminUnitEntry {
  Type: string;
  Code: string;
  Name: string;
  NameEn: string;
  FullName: string;
  FullNameEn: string;
  ProvinceCode?: string;
  AdministrativeUnitShortName: string;
  AdministrativeUnitShortNameEn: string;
  Wards?: AdminUnitEntry[];
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(seedDir, file), 'utf8')) as T;
}

export const HUNG_YEN_PROVINCE_CODE = '33';
export const frameworkSource: FrameworkFile['source'] = readJson<FrameworkFile>('framework.json').source;

/**
 * Inserts or refreshes rows by primary key, in batches; running it twice leaves the same rows.
 * Only the columns the rows carry are refreshed, so columns users own keep their values.
 */
async function upsert<T extends PgTable>(db: Executor, table: T, key: PgColumn, rows: T['$inferInsert'][]): Promise<void> {
  const columns = getTableColumns(table) as Record<string, { name: string; primary: boolean }>;
  const set = Object.fromEntries(
    Object.keys(rows[0] ?? {})
      .filter((property) => columns[property] && !columns[property].primary)
      .map((property) => [property, sql.raw(`excluded."${columns[property]?.name}"`)]),
  );
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500);
    if (batch.length) await db.insert(table).values(batch).onConflictDoUpdate({ target: key, set: set as never });
  }
}


/**
 * Loads the Hưng Yên framework, roadmap, agencies and administrative units from seed/.
 * Idempotent: descriptive fields are refreshed from the files; what users change (task status
 * and progress) is never touched.
 */
export async function seedFramework(db: Db): Promise<{ layers: number; components: number; tasks: number; agencies: number; adminUnits: number }> {
  const framework = readJson<FrameworkFile>('framework.json');
  const roadmap = readJson<RoadmapFile>('roadmap.json');
  const provincialAgencies = readJson<AgencyEntry[]>('agencies.json');
  const units = readJson<AdminUnitEntry[]>('admin-units/vn-units-2026-07.json');

  const hungYen = units.find((p) => p.Code === HUNG_YEN_PROVINCE_CODE);
  if (!hungYen?.Wards) throw new Error('seed: Hưng Yên (33) is missing from the administrative units file');

  const unitRows: (typeof adminUnits.$inferInsert)[] = [];
  for (const province of units) {
    unitRows.push(adminUnitRow(province, 'province', null));
    for (const commune of province.Wards ?? []) unitRows.push(adminUnitRow(commune, 'commune', province.Code));
  }

  const agencyRows: (typeof agencies.$inferInsert)[] = provincialAgencies.map((a, i) => ({
    id: a.id,
    kind: a.kind,
    nameVi: a.name.vi,
    nameEn: a.name.en,
    shortName: a.shortName,
    parentId: a.parentId,
    adminUnitCode: a.kind === 'province' ? HUNG_YEN_PROVINCE_CODE : null,
    namedInDecision: a.namedInDecision,
    clauses: a.clauses,
    position: i + 1,
    searchText: foldForSearch([a.id, a.name.vi, a.name.en, a.shortName ?? ''].join(' ')),
  }));
  const communes = [...hungYen.Wards].sort((a, b) => a.Code.localeCompare(b.Code));
  communes.forEach((c, i) => {
    const nameVi = `UBND ${c.FullName}`;
    const nameEn = `People's Committee of ${c.FullNameEn}`;
    agencyRows.push({
      id: communeAgencyId(c.Code),
      kind: 'commune',
      nameVi,
      nameEn,
      shortName: c.FullName,
      parentId: 'ubnd-tinh',
      adminUnitCode: c.Code,
      namedInDecision: false,
      clauses: [],
      position: 1000 + i,
      searchText: foldForSearch([c.Code, nameVi, nameEn].join(' ')),
    });
  });

  await db.transaction(async (tx) => {
    await upsert(
      tx,
      layers,
      layers.code,
      framework.layers.map((l) => ({
        code: l.code,
        position: l.position,
        nameVi: l.name.vi,
        nameEn: l.name.en,
        descriptionVi: l.description.vi,
        descriptionEn: l.description.en,
        nationalTitleVi: l.scopes.national.vi,
        nationalTitleEn: l.scopes.national.en,
        provincialTitleVi: l.scopes.provincial.vi,
        provincialTitleEn: l.scopes.provincial.en,
      })),
    );
    await upsert(
      tx,
      components,
      components.code,
      framework.components.map((c) => ({
        code: c.code,
        layerCode: c.layer,
        scope: c.scope,
        position: c.position,
        groupVi: c.group?.vi ?? null,
        groupEn: c.group?.en ?? null,
        nameVi: c.name.vi,
        nameEn: c.name.en,
        shortName: c.shortName,
        descriptionVi: c.description.vi,
        descriptionEn: c.description.en,
        clause: c.clause,
        legalBasis: c.legalBasis,
        searchText: foldForSearch([c.code, c.shortName ?? '', c.name.vi, c.name.en, c.description.vi].join(' ')),
      })),
    );
    await upsert(
      tx,
      principles,
      principles.code,
      framework.principles.map((p, i) => ({ code: p.code, position: i + 1, clause: p.clause, textVi: p.text.vi, textEn: p.text.en })),
    );
    await upsert(tx, adminUnits, adminUnits.code, unitRows);
    await upsert(tx, agencies, agencies.id, agencyRows);
    await upsert(
      tx,
      roadmapGroups,
      roadmapGroups.code,
      roadmap.groups.map((g) => ({ code: g.code, position: g.position, nameVi: g.name.vi, nameEn: g.name.en })),
    );
    await upsert(
      tx,
      roadmapTasks,
      roadmapTasks.code,
      roadmap.tasks.map((t) => ({
        code: t.code,
        groupCode: t.group,
        position: t.position,
        titleVi: t.title.vi,
        titleEn: t.title.en,
        lead: t.lead,
        coordinating: t.coordinating,
        periodFrom: t.period.from,
        periodTo: t.period.to,
        priority: t.priority,
        priorityText: t.priorityText,
        searchText: foldForSearch([t.code, t.title.vi, t.title.en, t.lead.text, t.coordinating.text].join(' ')),
      })),
    );
  });
  return {
    layers: framework.layers.length,
    components: framework.components.length,
    tasks: roadmap.tasks.length,
    agencies: agencyRows.length,
    adminUnits: unitRows.length,
  };
}

/** The files this seed reads; a change to any of them triggers a new load at start-up. */
export const frameworkSeedFiles = ['framework.json', 'roadmap.json', 'agencies.json', 'admin-units/vn-units-2026-07.json'].map((f) => path.join(seedDir, f));

export function communeAgencyId(adminUnitCode: string): string {
  return `xa-${adminUnitCode}`;
}

function adminUnitRow(unit: AdminUnitEntry, level: 'province' | 'commune', provinceCode: string | null): typeof adminUnits.$inferInsert {
  return {
    code: unit.Code,
    level,
    type: unit.AdministrativeUnitShortName,
    typeEn: unit.AdministrativeUnitShortNameEn,
    name: unit.Name,
    nameEn: unit.NameEn,
    fullName: unit.FullName,
    fullNameEn: unit.FullNameEn,
    provinceCode,
    searchText: foldForSearch([unit.Code, unit.FullName, unit.FullNameEn].join(' ')),
  };
}
