// The registry's file transfers: ArchiMate models, CSV and XLSX exports, the import template and its import; each reads or
// writes the registry through its service, then hands the file work to archimate/ and spreadsheet/.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../core/db.js';
import { AppError } from '../../../core/errors.js';
import { recordAudit, type Actor } from '../../../core/audit.js';
import type { Principal } from '../../../core/auth/principal.js';
import { foldForSearch } from '../../../core/text.js';
import * as framework from '../../framework/api.js';
import { registryPolicy } from '../access.js';
import type { SystemInput } from '../model.js';
import { systemRelations, systems } from '../schema.js';
import { allSystems, checkReferences, diffValues, evaluateAll, hasPendingRequest, insertSystem, knownReferences, normalise, saveVersion, wouldCycle } from '../service.js';
import { exportArchimate, type ModelSnapshot } from './archimate/export.js';
import { parseArchimate, ArchimateError } from './archimate/parse.js';
import { planRegistryImport } from './archimate/plan.js';
import { systemsToCsv, systemsToXlsx } from './spreadsheet/export.js';
import { parseImportXlsx, SpreadsheetError, type ImportError } from './spreadsheet/import.js';
import { importTemplateXlsx } from './spreadsheet/template.js';

const canEdit = (principal: Principal, ownerAgencyId: string) => registryPolicy.can(principal, 'registry.system.edit', ownerAgencyId);

/** Everything an ArchiMate export holds: the framework, the agencies, every system and relation. */
export async function modelSnapshot(db: Db): Promise<ModelSnapshot> {
  const [model, agencyPage, systemList, relationRows] = await Promise.all([
    framework.getFramework(db),
    framework.listAgencies(db, { limit: 100_000, offset: 0 }),
    allSystems(db),
    db.select().from(systemRelations),
  ]);
  return {
    title: 'Khung kiến trúc số tỉnh Hưng Yên',
    generatedAt: new Date().toISOString(),
    layers: model.layers.map((l) => ({ code: l.code, name: l.name })),
    components: model.layers.flatMap((l) => l.scopes.flatMap((s) => s.components.map((c) => ({ code: c.code, layer: c.layer, scope: c.scope, name: c.name, description: c.description })))),
    agencies: agencyPage.items.map((a) => ({ id: a.id, kind: a.kind, name: a.name })),
    systems: systemList,
    relations: relationRows.map((r) => ({ fromId: r.fromId, toId: r.toId, type: r.type, ...(r.note ? { note: r.note } : {}) })),
  };
}

export async function exportArchimateFile(db: Db): Promise<string> {
  return exportArchimate(await modelSnapshot(db));
}

function archimateFailure(err: unknown): never {
  if (err instanceof ArchimateError) {
    const status = err.code === 'ARCHIMATE_TOO_LARGE' ? 413 : 400;
    throw new AppError(status, err.code, err.messageVi, err.messageEn, err.line !== undefined ? { line: err.line, ...(err.column !== undefined ? { column: err.column } : {}) } : undefined);
  }
  throw err;
}

/** The fields an ArchiMate model really carries; the rest of an existing record is kept as it is. */
function mergeCarried(existing: SystemInput, imported: SystemInput): SystemInput {
  const components = [...existing.components];
  for (const c of imported.components) if (!components.some((o) => o.code === c.code && o.link === c.link)) components.push(c);
  return { ...existing, name: imported.name, kind: imported.kind, lifecycle: imported.lifecycle, ownerAgencyId: imported.ownerAgencyId, components };
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  relations: number;
  skipped: { identifier: string; type: string; reason: { vi: string; en: string } }[];
}

/**
 * Imports an ArchiMate model (from Archi or another EA tool, or our own export): its application
 * elements become systems (new ones unverified, as drafts), its relationships become relations.
 * All or nothing: on any error nothing is written.
 */
export async function importArchimateFile(db: Db, principal: Principal, actor: Actor, xml: string | Uint8Array, options: { dryRun?: boolean } = {}): Promise<ImportResult> {
  let plan: ReturnType<typeof planRegistryImport>;
  const agencyPage = await framework.listAgencies(db, { limit: 100_000, offset: 0 });
  const componentCodes = new Set((await framework.listComponents(db, {})).map((c) => c.code));
  try {
    plan = planRegistryImport(parseArchimate(xml), {
      agencyIds: new Set(agencyPage.items.map((a) => a.id)),
      componentCodes,
      defaultAgencyId: principal.agencyId ?? 'so-khcn',
      agencyByName: new Map(agencyPage.items.flatMap((a) => [[foldForSearch(a.name.vi), a.id], [foldForSearch(a.name.en), a.id], [a.name.vi.toLowerCase(), a.id]] as [string, string][])),
    });
  } catch (err) {
    archimateFailure(err);
  }
  const result: ImportResult = { created: 0, updated: 0, unchanged: 0, relations: 0, skipped: plan.skipped };
  const idBySource = new Map<string, string>();
  const codeById = new Map<string, string>();
  const existingById = new Map((await db.select().from(systems)).map((row) => [row.id, row]));
  const existingByCode = new Map([...existingById.values()].map((row) => [row.code, row]));

  const known = await knownReferences(db);
  const write = async (tx: Db) => {
    for (const planned of plan.systems) {
      try {
        await importOne(planned);
      } catch (err) {
        if (err instanceof AppError) {
          throw new AppError(err.status, err.code, `Phần tử "${planned.sourceId}": ${err.messageVi}`, `Element "${planned.sourceId}": ${err.messageEn}`, { element: planned.sourceId, problems: err.details });
        }
        throw err;
      }
    }
    async function importOne(planned: (typeof plan.systems)[number]) {
      const current = (planned.registryId ? existingById.get(planned.registryId) : undefined) ?? existingByCode.get(planned.input.code);
      if (current) {
        idBySource.set(planned.sourceId, current.id);
        codeById.set(current.id, current.code);
        const merged = normalise(mergeCarried(current.data, planned.input));
        if (diffValues(current.data, merged).length === 0) {
          result.unchanged++;
          return;
        }
        if (!canEdit(principal, current.ownerAgencyId) && !registryPolicy.can(principal, 'registry.model.import')) return;
        if (await hasPendingRequest(tx, current.id)) return;
        await checkReferences(tx, merged, current.id, known);
        await saveVersion(tx, actor, current, merged, { changeNote: 'Nhập từ mô hình ArchiMate' });
        result.updated++;
      } else {
        const input = normalise(planned.input);
        await checkReferences(tx, input, undefined, known);
        const row = await insertSystem(tx, actor, input, { verified: false, changeNote: 'Nhập từ mô hình ArchiMate' });
        idBySource.set(planned.sourceId, row.id);
        codeById.set(row.id, row.code);
        result.created++;
      }
    }
    for (const r of plan.relations) {
      const fromId = idBySource.get(r.fromSourceId);
      const toId = idBySource.get(r.toSourceId);
      if (!fromId || !toId || fromId === toId) continue;
      const [exists] = await tx.select({ id: systemRelations.id }).from(systemRelations).where(and(eq(systemRelations.fromId, fromId), eq(systemRelations.toId, toId), eq(systemRelations.type, r.type)));
      if (exists) continue;
      if (r.type === 'part_of' && (await wouldCycle(tx, fromId, toId))) continue;
      const [added] = await tx.insert(systemRelations).values({ fromId, toId, type: r.type, note: r.note ?? null }).returning();
      // Audited as one added by hand is (relations.ts), so the trail shows who brought it in.
      if (added) await recordAudit(tx, actor, { action: 'create', entity: 'system_relation', entityId: added.id, after: { from: codeById.get(fromId), to: codeById.get(toId), type: added.type, note: added.note } });
      result.relations++;
    }
  };

  await inTransaction(db, options.dryRun ?? false, write);
  if (options.dryRun) return result;
  if (result.created + result.updated + result.relations > 0) await evaluateAll(db);
  return result;
}

class DryRunDone extends Error {}

/** Runs `write` in a transaction; a dry run rolls it back, so its counts are exactly what a real run would do. */
async function inTransaction<T>(db: Db, dryRun: boolean, write: (tx: Db) => Promise<T>): Promise<T> {
  if (!dryRun) return db.transaction((tx) => write(tx as unknown as Db));
  let result: T | undefined;
  await db
    .transaction(async (tx) => {
      result = await write(tx as unknown as Db);
      throw new DryRunDone();
    })
    .catch((err: unknown) => {
      if (!(err instanceof DryRunDone)) throw err;
    });
  return result as T;
}

export async function exportCsv(db: Db): Promise<string> {
  return systemsToCsv(await allSystems(db));
}

export async function exportXlsx(db: Db): Promise<Buffer> {
  const agencies = (await framework.listAgencies(db, { limit: 100_000, offset: 0 })).items;
  return systemsToXlsx(await allSystems(db), agencies);
}

export async function importTemplate(db: Db): Promise<Buffer> {
  const [agencyPage, components] = await Promise.all([framework.listAgencies(db, { limit: 100_000, offset: 0 }), framework.listComponents(db, {})]);
  return importTemplateXlsx({ agencies: agencyPage.items, components });
}

function spreadsheetFailure(err: unknown): never {
  if (err instanceof SpreadsheetError) throw new AppError(err.code === 'TOO_LARGE' ? 413 : 400, err.code, err.messageVi, err.messageEn);
  throw err;
}

function importFailed(errors: ImportError[]): AppError {
  return new AppError(
    400,
    'IMPORT_FAILED',
    `Tệp có ${errors.length} lỗi; chưa có hệ thống nào được nhập. Sửa các dòng được nêu rồi gửi lại.`,
    `The file has ${errors.length} errors; nothing was imported. Fix the rows listed and send it again.`,
    { errors },
  );
}

/**
 * Imports the systems an agency filled into the XLSX template: new codes are created as drafts, known
 * codes become a new version (interfaces, which the template does not carry, are kept). All or nothing:
 * any row in error and nothing is written, with every error listed by row and field.
 */
export async function importXlsxFile(db: Db, principal: Principal, actor: Actor, file: Buffer, options: { dryRun?: boolean } = {}) {
  const known = await knownReferences(db);
  const parsed = await parseImportXlsx(file, known).catch(spreadsheetFailure);
  const errors: ImportError[] = [...parsed.errors];
  const existingByCode = new Map((await db.select().from(systems)).map((row) => [row.code, row]));
  // Rights on every row, those with other errors too, so the file comes back with all its problems at once.
  for (const { row, code, ownerAgencyId, column } of parsed.owners) {
    const current = existingByCode.get(code);
    const owner = current?.ownerAgencyId ?? ownerAgencyId;
    if (!canEdit(principal, owner) || !canEdit(principal, ownerAgencyId)) {
      errors.push({ row, column, field: 'ownerAgencyId', value: ownerAgencyId, message: { vi: 'Bạn chỉ được nhập hệ thống của cơ quan mình.', en: 'You may import only your own agency\u2019s systems.' } });
    }
  }
  errors.sort((a, b) => a.row - b.row);
  if (errors.length) throw importFailed(errors);
  const result = await inTransaction(db, options.dryRun ?? false, async (tx) => {
    const counts = { created: 0, updated: 0, unchanged: 0, rows: parsed.rows.length };
    for (const { row, input: raw } of parsed.rows) {
      const current = existingByCode.get(raw.code);
      const input = normalise(current ? { ...current.data, ...raw, interfaces: current.data.interfaces, documents: raw.documents.length ? raw.documents : current.data.documents } : raw);
      try {
        await checkReferences(tx, input, current?.id, known);
        if (!current) {
          await insertSystem(tx, actor, input, { changeNote: 'Nhập từ tệp Excel' });
          counts.created++;
        } else if (diffValues(current.data, input).length === 0) {
          counts.unchanged++;
        } else {
          if (await hasPendingRequest(tx, current.id)) {
            throw new AppError(409, 'REQUEST_PENDING', 'Hồ sơ đang chờ thẩm định.', 'The record is awaiting review.');
          }
          await saveVersion(tx, actor, current, input, { changeNote: 'Nhập từ tệp Excel' });
          counts.updated++;
        }
      } catch (err) {
        if (err instanceof AppError) {
          const field = Array.isArray(err.details) ? (err.details[0] as { field?: string } | undefined)?.field : undefined;
          throw importFailed([{ row, column: '', field: field || 'code', value: raw.code, message: { vi: err.messageVi, en: err.messageEn } }]);
        }
        throw err;
      }
    }
    return counts;
  });
  if (!options.dryRun && result.created + result.updated > 0) await evaluateAll(db);
  return result;
}
