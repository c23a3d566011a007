import type { DictionaryRecord, GovernanceStatus } from '../../api/types';
import type { SessionUser } from '../../kit/auth';
import { can } from '../../kit/rights';

// What the pages offer, from the rights the server publishes in /api/v1/auth/me (src/modules/dictionary/access.ts on
// the server). The server checks again on every call.

/** Reviewers and administrators approve, return and deprecate. */
export function isDictionaryReviewer(user: SessionUser | null | undefined): boolean {
  return can(user, 'dictionary.object.review');
}

/** Officers of the owner agency, reviewers and administrators may change an object. */
export function canEditObject(user: SessionUser | null | undefined, ownerAgencyId: string): boolean {
  return can(user, 'dictionary.object.edit', ownerAgencyId);
}

/** Who may create objects: officers of an agency, reviewers and administrators. */
export function canCreateObject(user: SessionUser | null | undefined): boolean {
  return can(user, 'dictionary.object.edit');
}

/** An object approved once may still be deleted only by reviewers and administrators. */
export function canDeleteObject(user: SessionUser | null | undefined, record: Pick<DictionaryRecord, 'ownerAgencyId' | 'approvedVersion'>): boolean {
  if (!canEditObject(user, record.ownerAgencyId)) return false;
  return record.approvedVersion === null || can(user, 'dictionary.approved.delete');
}

/** The governance steps the server accepts from a status (service.transitionFrom). */
export function stepAllowed(step: 'submit' | 'approve' | 'return' | 'deprecate', status: GovernanceStatus): boolean {
  if (step === 'submit') return status === 'draft';
  if (step === 'approve' || step === 'return') return status === 'in_review';
  return status !== 'deprecated';
}
