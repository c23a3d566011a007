import type { Lifecycle, RequestType, SystemRecord } from '../../api/types';
import type { SessionUser } from '../../kit/auth';
import { can, scopeOf } from '../../kit/rights';

// What the pages offer, from the rights the server publishes in /api/v1/auth/me (src/modules/registry/access.ts on
// the server). The server checks again on every call.

/** Who may change a record: administrators, and officers of the owner agency. */
export function canEditSystem(user: SessionUser | null | undefined, ownerAgencyId: string): boolean {
  return can(user, 'registry.system.edit', ownerAgencyId);
}

/** Who may register a system: administrators, and officers of an agency. */
export function canRegister(user: SessionUser | null | undefined): boolean {
  return can(user, 'registry.system.edit');
}

/** Reviewers (and administrators) decide requests, evaluate compliance and import whole ArchiMate models. */
export function isReviewer(user: SessionUser | null | undefined): boolean {
  return can(user, 'registry.request.decide');
}

/** The request types the server would accept now (service.submitRequest), so the form offers only those. */
export function allowedRequestTypes(system: Pick<SystemRecord, 'approvedVersion' | 'lifecycle' | 'version'>): RequestType[] {
  if (system.approvedVersion === null) return ['establish'];
  const types: RequestType[] = [];
  if ((['planned', 'building'] as Lifecycle[]).includes(system.lifecycle)) types.push('put_into_use');
  if (system.version !== system.approvedVersion) types.push('modify');
  if (system.lifecycle !== 'retired') types.push('retire');
  return types;
}

/** The review queue and a system's requests are for everyone but viewers (officers see their agency's). */
export function canSeeRequests(user: SessionUser | null | undefined): boolean {
  return scopeOf(user, 'registry.request.read') !== 'none';
}

/** Filling in and importing the XLSX template: whoever may register systems (ArchiMate is for reviewers). */
export function canImportXlsx(user: SessionUser | null | undefined): boolean {
  return scopeOf(user, 'registry.system.edit') !== 'none';
}
