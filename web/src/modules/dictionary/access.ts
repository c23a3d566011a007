import type { DictionaryRecord, GovernanceStatus, User } from '../../api/types';

// ---- rights; the server checks again (service.canEdit, assertReviewer) ----

export function isDictionaryReviewer(user: User | null | undefined): boolean {
  return Boolean(user && (user.role === 'admin' || user.role === 'reviewer'));
}

/** Officers of the owner agency, reviewers and administrators may change an object. */
export function canEditObject(user: User | null | undefined, ownerAgencyId: string): boolean {
  if (!user) return false;
  if (isDictionaryReviewer(user)) return true;
  return user.role === 'officer' && user.agencyId === ownerAgencyId;
}

/** Who may create objects: officers of an agency, reviewers and administrators. */
export function canCreateObject(user: User | null | undefined): boolean {
  return Boolean(user && (isDictionaryReviewer(user) || (user.role === 'officer' && user.agencyId)));
}

/** What an approved-once object may still be deleted by: only reviewers and administrators. */
export function canDeleteObject(user: User | null | undefined, record: Pick<DictionaryRecord, 'ownerAgencyId' | 'approvedVersion'>): boolean {
  if (!canEditObject(user, record.ownerAgencyId)) return false;
  return record.approvedVersion === null || isDictionaryReviewer(user);
}

/** The governance steps the server accepts from a status (service.transitionFrom). */
export function stepAllowed(step: 'submit' | 'approve' | 'return' | 'deprecate', status: GovernanceStatus): boolean {
  if (step === 'submit') return status === 'draft';
  if (step === 'approve' || step === 'return') return status === 'in_review';
  return status !== 'deprecated';
}
