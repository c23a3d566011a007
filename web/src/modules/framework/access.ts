import type { SessionUser } from '../../kit/auth';
import { scopeOf } from '../../kit/rights';

/**
 * Whether the records the user creates belong to their own agency (an officer: the forms show it fixed, the server
 * assigns it), from the edit right of the module the form belongs to ('registry.system.edit', 'dictionary.object.edit').
 */
export function ownerAgencyFixed(user: SessionUser | null | undefined, editRight: string): boolean {
  return scopeOf(user, editRight) === 'own_agency';
}
