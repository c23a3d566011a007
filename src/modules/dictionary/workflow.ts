// The governance steps of a dictionary object: submit for review, approve (which freezes a version that validation
// uses), return to draft, deprecate.
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db, Executor } from '../../core/db.js';
import { AppError, errors } from '../../core/errors.js';
import { recordAudit, type Actor } from '../../core/audit.js';
import type { Principal } from '../../core/auth/principal.js';
import { dictionaryObjects, dictionaryVersions, type ObjectKind } from './schema.js';
import type { ElementSpec, EntitySpec, GovernanceStatus, Localised } from './model.js';
import { checkEntity } from './checks.js';
import { getObject, lockObjectRow } from './objects.js';
import { assertIfMatch } from '../../core/preconditions.js';
import { type RecordOf, assertCanEdit, assertReviewer, findRow, getRow, logChanges } from './records.js';
import { type DictionaryUsageProvider, notifyChange } from './usage.js';

export const transitions = ['submit', 'approve', 'return', 'deprecate'] as const;

export type Transition = (typeof transitions)[number];

const transitionFrom: Record<Transition, GovernanceStatus[]> = {
  submit: ['draft'],
  approve: ['in_review'],
  return: ['in_review'],
  deprecate: ['draft', 'in_review', 'approved'],
};

const transitionTo: Record<Transition, GovernanceStatus> = { submit: 'in_review', approve: 'approved', return: 'draft', deprecate: 'deprecated' };

const statusNames: Record<GovernanceStatus, Localised> = {
  draft: { vi: 'bản nháp', en: 'draft' },
  in_review: { vi: 'chờ thẩm định', en: 'in review' },
  approved: { vi: 'đã phê duyệt', en: 'approved' },
  deprecated: { vi: 'ngừng sử dụng', en: 'deprecated' },
};

/** What must hold before an object is approved: everything it builds on is approved too. */
async function assertApprovable(db: Executor, kind: ObjectKind, spec: Record<string, unknown>): Promise<void> {
  if (kind === 'element') {
    const element = spec as unknown as ElementSpec;
    if (element.codeList) {
      const list = await findRow(db, 'code_list', element.codeList);
      if (!list?.approvedVersion) {
        throw new AppError(409, 'DEPENDENCY_NOT_APPROVED', `Danh mục mã "${element.codeList}" chưa được phê duyệt.`, `The code list "${element.codeList}" is not approved yet.`, [{ field: 'codeList', value: element.codeList }]);
      }
    }
  }
  if (kind === 'entity') {
    const entity = spec as unknown as EntitySpec;
    await checkEntity(db, entity);
    const codes = [...new Set(entity.attributes.map((a) => a.element))];
    const rows = await db
      .select({ code: dictionaryObjects.code })
      .from(dictionaryObjects)
      .where(and(eq(dictionaryObjects.kind, 'element'), inArray(dictionaryObjects.code, codes), isNotNull(dictionaryObjects.approvedVersion)));
    const approved = new Set(rows.map((r) => r.code));
    const pending = codes.filter((c) => !approved.has(c));
    if (pending.length) {
      throw new AppError(
        409,
        'DEPENDENCY_NOT_APPROVED',
        `Các phần tử dữ liệu chưa được phê duyệt: ${pending.join(', ')}.`,
        `These data elements are not approved yet: ${pending.join(', ')}.`,
        pending.map((code) => ({ field: 'attributes', value: code })),
      );
    }
  }
}

export interface TransitionInput {
  comment?: string | undefined;
  replacedBy?: string | undefined;
}

function invalidTransition(step: Transition, status: GovernanceStatus): AppError {
  return new AppError(
    409,
    'INVALID_TRANSITION',
    `Không thể ${step === 'submit' ? 'gửi thẩm định' : step === 'approve' ? 'phê duyệt' : step === 'return' ? 'trả lại' : 'ngừng sử dụng'} khi đang ở trạng thái ${statusNames[status].vi}.`,
    `Cannot ${step} an object that is ${statusNames[status].en}.`,
    { status },
  );
}

/**
 * One governance step. With If-Match (the revision the caller saw) a step on a record that changed meanwhile is
 * refused, so a reviewer never approves, nor an officer submits, a version they have not seen.
 */
export async function transition<K extends ObjectKind>(
  db: Db,
  principal: Principal,
  actor: Actor,
  kind: K,
  code: string,
  step: Transition,
  input: TransitionInput,
  providers: readonly DictionaryUsageProvider[],
  options: { ifMatch?: string[] | undefined } = {},
): Promise<RecordOf<K>> {
  const current = await getRow(db, kind, code);
  if (step === 'submit') assertCanEdit(principal, current.ownerAgencyId);
  else assertReviewer(principal);
  assertIfMatch(options.ifMatch, current.revision);
  if (!transitionFrom[step].includes(current.status)) throw invalidTransition(step, current.status);
  const comment = input.comment?.trim() || null;
  if (step === 'return' && !comment) throw errors.field('comment', 'Hãy ghi lý do trả lại.', 'Say why it is returned.');
  let replacedBy: string | null = null;
  if (step === 'deprecate' && input.replacedBy) {
    replacedBy = input.replacedBy.trim();
    const replacement = await findRow(db, kind, replacedBy);
    if (!replacement || replacement.id === current.id || replacement.status === 'deprecated') {
      throw new AppError(400, 'INVALID_REPLACEMENT', `"${replacedBy}" không thể thay thế đối tượng này.`, `"${replacedBy}" cannot replace this object.`, [{ field: 'replacedBy', value: replacedBy }]);
    }
  }
  if (step === 'approve') await assertApprovable(db, kind, current.spec);
  await db.transaction(async (tx) => {
    const locked = await lockObjectRow(tx, current.id);
    assertIfMatch(options.ifMatch, locked.revision);
    // A save or another step that committed meanwhile: this step is decided on what is there now.
    if (locked.revision !== current.revision && (!transitionFrom[step].includes(locked.status) || locked.version !== current.version)) throw invalidTransition(step, locked.status);
    const set: Partial<typeof dictionaryObjects.$inferInsert> = { status: transitionTo[step], revision: locked.revision + 1, updatedAt: new Date() };
    if (step === 'approve') {
      set.approvedSpec = current.spec;
      set.approvedVersion = current.version;
      set.approvedSearchText = current.searchText;
      await tx.insert(dictionaryVersions).values({ objectId: current.id, version: current.version, spec: current.spec, approvedBy: actor.label }).onConflictDoNothing();
    }
    if (step === 'deprecate') set.replacedBy = replacedBy;
    await tx.update(dictionaryObjects).set(set).where(eq(dictionaryObjects.id, current.id));
    await logChanges(tx, current, actor, step, current.version, [{ field: 'status', oldValue: current.status, newValue: transitionTo[step] }, ...(replacedBy ? [{ field: 'replacedBy', oldValue: null, newValue: replacedBy }] : [])], comment);
    await recordAudit(tx, actor, { action: step, entity: `dictionary_${kind}`, entityId: current.id, before: { status: current.status }, after: { status: transitionTo[step], replacedBy, comment } });
  });
  if (step === 'approve' || step === 'deprecate') await notifyChange(db, providers, kind, code);
  return getObject(db, kind, code, false);
}
