import { errors } from './errors.js';
import type { Principal } from './auth/principal.js';

/** How far a right reaches for a caller: every record, the records of the caller's own agency, or none. */
export type Scope = 'all' | 'own_agency' | 'none';

export interface Right {
  /** Who holds it, and how far. */
  scope(principal: Principal): Scope;
  /** Why it is refused, said to the caller. */
  denied: { vi: string; en: string };
}

/**
 * One module's rights, checked in one place (immich's requireAccess): routes and services call
 * `require(principal, right, ownerAgencyId)`; /api/v1/auth/me publishes `describe(principal)` so the web app
 * shows what the caller may do without re-implementing the rules.
 */
export interface Policy<R extends string> {
  rights: Record<R, Right>;
  can(principal: Principal | null, right: R, ownerAgencyId?: string | null): boolean;
  require(principal: Principal | null, right: R, ownerAgencyId?: string | null): void;
  describe(principal: Principal | null): Record<R, Scope>;
}

export function definePolicy<R extends string>(rights: Record<R, Right>): Policy<R> {
  const scopeOf = (principal: Principal | null, right: R): Scope => (principal ? rights[right].scope(principal) : 'none');
  const can = (principal: Principal | null, right: R, ownerAgencyId?: string | null): boolean => {
    const scope = scopeOf(principal, right);
    if (scope === 'all') return true;
    // An agency-scoped right without a record to compare (e.g. "may register a system") holds for the own agency.
    return scope === 'own_agency' && principal?.agencyId != null && (ownerAgencyId === undefined || ownerAgencyId === principal.agencyId);
  };
  return {
    rights,
    can,
    require(principal, right, ownerAgencyId) {
      if (!principal) throw errors.unauthenticated();
      if (!can(principal, right, ownerAgencyId)) throw errors.forbidden(rights[right].denied.vi, rights[right].denied.en);
    },
    describe(principal) {
      return Object.fromEntries(Object.keys(rights).map((r) => [r, scopeOf(principal, r as R)])) as Record<R, Scope>;
    },
  };
}
