/**
 * The rights the server publishes in /api/v1/auth/me, read the way the server checks them (src/core/access.ts): a
 * right held for every record, for the records of the caller's own agency, or not at all. The pages ask these
 * instead of re-implementing the rules; the server checks again on every call.
 */
import type { SessionUser } from './auth';

export type Scope = 'all' | 'own_agency' | 'none';

/** How far a right reaches for the signed-in user ('none' for a visitor, or a right the server does not publish). */
export function scopeOf(user: SessionUser | null | undefined, right: string): Scope {
  return (user?.rights[right] as Scope | undefined) ?? 'none';
}

/**
 * Whether the user may use a right on a record of `ownerAgencyId`; without a record (may they register at all?), an
 * agency-scoped right holds when the user belongs to an agency.
 */
export function can(user: SessionUser | null | undefined, right: string, ownerAgencyId?: string | null): boolean {
  const scope = scopeOf(user, right);
  if (scope === 'all') return true;
  return scope === 'own_agency' && user?.agencyId != null && (ownerAgencyId === undefined || ownerAgencyId === user.agencyId);
}
