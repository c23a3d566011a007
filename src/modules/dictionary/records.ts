// Rows of dictionary_objects as the API's records: finding a row, presenting it (public or full view), its change log,
// and the rights every writer checks (one policy, access.ts).
import { and, count, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../core/db.js';
import { errors } from '../../core/errors.js';
import type { Actor } from '../../core/audit.js';
import type { Principal } from '../../core/auth/principal.js';
import { dictionaryPolicy } from './access.js';
import { codeItems, dictionaryChanges, dictionaryObjects, type ObjectKind } from './schema.js';
import type { CodeListRecord, CodeListSpec, ElementRecord, ElementSpec, EntityRecord, EntitySpec, GovernanceStatus, Localised } from './model.js';

export type ObjectRow = typeof dictionaryObjects.$inferSelect;

export type SpecOf<K extends ObjectKind> = K extends 'element' ? ElementSpec : K extends 'entity' ? EntitySpec : CodeListSpec;

export type RecordOf<K extends ObjectKind> = K extends 'element' ? ElementRecord : K extends 'entity' ? EntityRecord : CodeListRecord;

export const kindNames: Record<ObjectKind, Localised> = {
  element: { vi: 'phần tử dữ liệu', en: 'data element' },
  entity: { vi: 'thực thể dữ liệu', en: 'entity' },
  code_list: { vi: 'danh mục mã', en: 'code list' },
};

// One policy (access.ts) says who may do what.
export const canEdit = (principal: Principal, ownerAgencyId: string) => dictionaryPolicy.can(principal, 'dictionary.object.edit', ownerAgencyId);

export const assertCanEdit = (principal: Principal, ownerAgencyId: string) => dictionaryPolicy.require(principal, 'dictionary.object.edit', ownerAgencyId);

export const assertReviewer = (principal: Principal) => dictionaryPolicy.require(principal, 'dictionary.object.review');

export async function findRow(db: Executor, kind: ObjectKind, code: string): Promise<ObjectRow | undefined> {
  const [row] = await db
    .select()
    .from(dictionaryObjects)
    .where(and(eq(dictionaryObjects.kind, kind), eq(dictionaryObjects.code, code)));
  return row;
}

export async function itemCounts(db: Executor, listIds: string[]): Promise<Map<string, number>> {
  if (listIds.length === 0) return new Map();
  const rows = await db.select({ listId: codeItems.listId, n: count() }).from(codeItems).where(inArray(codeItems.listId, listIds)).groupBy(codeItems.listId);
  return new Map(rows.map((r) => [r.listId, Number(r.n)]));
}

/** Anonymous visitors and vendors see the approved version only; signed-in users the working copy. */
export function present<K extends ObjectKind>(row: ObjectRow, publicView: boolean, itemCount = 0): RecordOf<K> {
  const spec = publicView && row.approvedSpec ? row.approvedSpec : row.spec;
  const version = publicView && row.approvedVersion ? row.approvedVersion : row.version;
  const status: GovernanceStatus = publicView && row.status !== 'deprecated' ? 'approved' : row.status;
  return {
    ...spec,
    id: row.id,
    status,
    version,
    approvedVersion: row.approvedVersion,
    revision: row.revision,
    replacedBy: row.replacedBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...(row.kind === 'code_list' ? { itemCount } : {}),
  } as unknown as RecordOf<K>;
}

export async function getRow(db: Executor, kind: ObjectKind, code: string, publicView = false): Promise<ObjectRow> {
  const row = await findRow(db, kind, code);
  if (!row || (publicView && !row.approvedVersion)) throw errors.notFound(kindNames[kind], code);
  return row;
}

export async function logChanges(
  tx: Executor,
  row: Pick<ObjectRow, 'id' | 'kind' | 'code'>,
  actor: Actor,
  action: string,
  version: string,
  changes: { field: string | null; oldValue: unknown; newValue: unknown }[],
  comment: string | null = null,
): Promise<void> {
  const entries = changes.length ? changes : [{ field: null, oldValue: null, newValue: null }];
  for (let i = 0; i < entries.length; i += 1000) {
    await tx.insert(dictionaryChanges).values(
      entries.slice(i, i + 1000).map((c) => ({
        objectId: row.id,
        kind: row.kind,
        code: row.code,
        action,
        version,
        field: c.field,
        oldValue: c.oldValue ?? null,
        newValue: c.newValue ?? null,
        comment,
        actorId: actor.id,
        actorLabel: actor.label,
      })),
    );
  }
}
