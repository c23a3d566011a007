import { and, eq } from 'drizzle-orm';
import type { Db } from '../../core/db.js';
import { AppError } from '../../core/errors.js';
import type { Actor } from '../../core/audit.js';
import type { Principal } from '../../core/auth/principal.js';
import { foldForSearch } from '../../core/text.js';
import * as framework from '../framework/service.js';
import { systemRelations, systems } from './schema.js';
import { allSystems, canEdit, checkReferences, diffValues, evaluateAll, hasPendingRequest, insertSystem, knownReferences, normalise, saveVersion, wouldCycle } from './service.js';
import { exportArchimate, parseArchimate, planRegistryImport, ArchimateError, type ModelSnapshot } from './archimate.js';
import type { SystemInput } from './model.js';

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
    throw new AppError(status, err.code, err.messageVi, err.messageEn, err.line !== undefined ? { line: err.line } : undefined);
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
  const existingById = new Map((await db.select().from(systems)).map((row) => [row.id, row]));
  const existingByCode = new Map([...existingById.values()].map((row) => [row.code, row]));

  const known = await knownReferences(db);
  const write = async (tx: Db | Parameters<Parameters<Db['transaction']>[0]>[0]) => {
    for (const planned of plan.systems) {
      const current = (planned.registryId ? existingById.get(planned.registryId) : undefined) ?? existingByCode.get(planned.input.code);
      if (current) {
        idBySource.set(planned.sourceId, current.id);
        const merged = normalise(mergeCarried(current.data, planned.input));
        if (diffValues(current.data, merged).length === 0) {
          result.unchanged++;
          continue;
        }
        if (!canEdit(principal, current.ownerAgencyId) && principal.role !== 'reviewer') continue;
        if (await hasPendingRequest(tx, current.id)) continue;
        await checkReferences(tx, merged, current.id, known);
        await saveVersion(tx, actor, current, merged, { changeNote: 'Nhập từ mô hình ArchiMate' });
        result.updated++;
      } else {
        const input = normalise(planned.input);
        await checkReferences(tx, input, undefined, known);
        const row = await insertSystem(tx, actor, input, { verified: false, changeNote: 'Nhập từ mô hình ArchiMate' });
        idBySource.set(planned.sourceId, row.id);
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
      await tx.insert(systemRelations).values({ fromId, toId, type: r.type });
      result.relations++;
    }
  };

  if (options.dryRun) {
    // Run the whole import and roll it back: the counts are exactly what a real import would do.
    await db
      .transaction(async (tx) => {
        await write(tx);
        throw new DryRunDone();
      })
      .catch((err: unknown) => {
        if (!(err instanceof DryRunDone)) throw err;
      });
    return result;
  }
  await db.transaction(async (tx) => write(tx));
  if (result.created + result.updated + result.relations > 0) await evaluateAll(db);
  return result;
}

class DryRunDone extends Error {}
