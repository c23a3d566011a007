// Relations between systems (uses, part of, replaces, duplicates): adding without cycles, removing, the dependency graph.
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { mapUniqueViolation, type Db, type Executor } from '../../core/db.js';
import { AppError, errors } from '../../core/errors.js';
import { recordAudit, type Actor } from '../../core/audit.js';
import type { Principal } from '../../core/auth/principal.js';
import { isUuid } from '../../core/auth/service.js';
import { systemRelations, systems } from './schema.js';
import { type RelationType } from './model.js';
import { reevaluate } from './compliance.js';
import { assertCanEdit, getSystemRow } from './systems.js';

export async function relationsOf(db: Executor, systemId: string) {
  const rows = await db
    .select()
    .from(systemRelations)
    .where(or(eq(systemRelations.fromId, systemId), eq(systemRelations.toId, systemId)))
    .orderBy(asc(systemRelations.createdAt));
  const ids = [...new Set(rows.flatMap((r) => [r.fromId, r.toId]))];
  const names = ids.length ? await db.select({ id: systems.id, code: systems.code, nameVi: systems.nameVi, ownerAgencyId: systems.ownerAgencyId }).from(systems).where(inArray(systems.id, ids)) : [];
  const byId = new Map(names.map((n) => [n.id, n]));
  return rows.map((r) => ({ id: r.id, fromId: r.fromId, toId: r.toId, type: r.type, note: r.note, from: byId.get(r.fromId) ?? null, to: byId.get(r.toId) ?? null }));
}

/** Would `fromId part_of toId` close a loop? Walks up the part-of chain from toId. */
export async function wouldCycle(db: Executor, fromId: string, toId: string): Promise<boolean> {
  const seen = new Set<string>();
  let frontier = [toId];
  while (frontier.length) {
    if (frontier.includes(fromId)) return true;
    frontier.forEach((id) => seen.add(id));
    const parents = await db.select({ toId: systemRelations.toId }).from(systemRelations).where(and(inArray(systemRelations.fromId, frontier), eq(systemRelations.type, 'part_of')));
    frontier = parents.map((p) => p.toId).filter((id) => !seen.has(id));
  }
  return false;
}

/** Any number fixed for the life of the table: part-of additions take turns, so two of them cannot close a loop together. */
const PART_OF_LOCK_KEY = 2352_0401;

const relationExists = () => errors.conflict('Quan hệ này đã có.', 'This relation already exists.', [{ field: 'toId' }]);

export async function addRelation(db: Db, principal: Principal, actor: Actor, fromIdOrCode: string, input: { toId: string; type: RelationType; note?: string | undefined }) {
  const from = await getSystemRow(db, fromIdOrCode);
  assertCanEdit(principal, from.ownerAgencyId);
  const [to] = isUuid(input.toId) ? await db.select().from(systems).where(eq(systems.id, input.toId)) : await db.select().from(systems).where(eq(systems.code, input.toId));
  if (!to) throw new AppError(400, 'UNKNOWN_SYSTEM', `Không có hệ thống "${input.toId}".`, `There is no system "${input.toId}".`, [{ field: 'toId', value: input.toId }]);
  if (to.id === from.id) throw errors.field('toId', 'Hệ thống không thể có quan hệ với chính nó.', 'A system cannot be related to itself.');
  const id = await mapUniqueViolation(() => db.transaction(async (tx) => {
    // X part_of Y and Y part_of X sent together would each find no loop in what the other has not committed yet.
    if (input.type === 'part_of') await tx.execute(sql`select pg_advisory_xact_lock(${PART_OF_LOCK_KEY})`);
    if (input.type === 'part_of' && (await wouldCycle(tx, from.id, to.id))) {
      throw new AppError(400, 'RELATION_CYCLE', `"${from.code} là một phần của ${to.code}" tạo thành vòng lặp.`, `"${from.code} part of ${to.code}" would form a cycle.`, [{ field: 'toId', value: input.toId }]);
    }
    const [exists] = await tx.select({ id: systemRelations.id }).from(systemRelations).where(and(eq(systemRelations.fromId, from.id), eq(systemRelations.toId, to.id), eq(systemRelations.type, input.type)));
    if (exists) throw relationExists();
    const [row] = await tx.insert(systemRelations).values({ fromId: from.id, toId: to.id, type: input.type, note: input.note?.trim() || null }).returning();
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, actor, { action: 'create', entity: 'system_relation', entityId: row.id, after: { from: from.code, to: to.code, type: input.type, note: row.note } });
    return row.id;
  }), (constraint) => (constraint === 'registry_relations_unique' ? relationExists() : undefined));
  await reevaluate(db, [from.id, to.id]);
  const created = (await relationsOf(db, from.id)).find((r) => r.id === id);
  if (!created) throw new Error('the relation just created is missing');
  return created;
}

export async function removeRelation(db: Db, principal: Principal, actor: Actor, systemIdOrCode: string, relationId: string) {
  const from = await getSystemRow(db, systemIdOrCode);
  assertCanEdit(principal, from.ownerAgencyId);
  const [row] = isUuid(relationId)
    ? await db.select().from(systemRelations).where(and(eq(systemRelations.id, relationId), eq(systemRelations.fromId, from.id)))
    : [];
  if (!row) throw errors.notFound({ vi: 'quan hệ', en: 'relation' }, relationId);
  await db.transaction(async (tx) => {
    await tx.delete(systemRelations).where(eq(systemRelations.id, row.id));
    await recordAudit(tx, actor, { action: 'delete', entity: 'system_relation', entityId: row.id, before: { fromId: row.fromId, toId: row.toId, type: row.type } });
  });
  await reevaluate(db, [row.fromId, row.toId]);
}

/** What the system uses and what uses it, to the given depth, as nodes and edges for a graph. */
export async function dependencyGraph(db: Db, idOrCode: string, depth: number) {
  const root = await getSystemRow(db, idOrCode);
  const nodeIds = new Set([root.id]);
  const edges = new Map<string, { id: string; fromId: string; toId: string; type: RelationType }>();
  let frontier = [root.id];
  for (let level = 0; level < depth && frontier.length; level++) {
    const rows = await db.select().from(systemRelations).where(or(inArray(systemRelations.fromId, frontier), inArray(systemRelations.toId, frontier)));
    const next: string[] = [];
    for (const r of rows) {
      edges.set(r.id, { id: r.id, fromId: r.fromId, toId: r.toId, type: r.type });
      for (const id of [r.fromId, r.toId]) {
        if (nodeIds.has(id)) continue;
        nodeIds.add(id);
        next.push(id);
      }
    }
    frontier = next;
  }
  const nodes = await db
    .select({ id: systems.id, code: systems.code, nameVi: systems.nameVi, kind: systems.kind, ownerAgencyId: systems.ownerAgencyId, lifecycle: systems.lifecycle, compliance: systems.compliance })
    .from(systems)
    .where(inArray(systems.id, [...nodeIds]));
  return {
    rootId: root.id,
    nodes: nodes.map((n) => ({ ...n, errors: n.compliance?.errors ?? 0, warnings: n.compliance?.warnings ?? 0, compliance: undefined })),
    edges: [...edges.values()],
  };
}
