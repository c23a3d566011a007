import type { Lifecycle, RequestType, SystemRecord, User } from '../../api/types';

/** Who may change a record: administrators, and officers of the owner agency (the server checks again). */
export function canEditSystem(user: User | null | undefined, ownerAgencyId: string): boolean {
  if (!user) return false;
  return user.role === 'admin' || (user.role === 'officer' && user.agencyId === ownerAgencyId);
}

export function canRegister(user: User | null | undefined): boolean {
  return Boolean(user && (user.role === 'admin' || (user.role === 'officer' && user.agencyId)));
}

export function isReviewer(user: User | null | undefined): boolean {
  return Boolean(user && (user.role === 'admin' || user.role === 'reviewer'));
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
export function canSeeRequests(user: User | null | undefined): boolean {
  return Boolean(user) && user?.role !== 'viewer';
}

/** Filling in and importing the XLSX template: administrators and officers (ArchiMate is for reviewers). */
export function canImportXlsx(user: User | null | undefined): boolean {
  return user?.role === 'admin' || user?.role === 'officer';
}
