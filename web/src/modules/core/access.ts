import type { User } from '../../api/types';

/**
 * What the identity pages offer, by role. The server decides (and will say so in GET /auth/me's `can`); these only
 * choose what to show. One place per module, so that they are easy to replace by the server's answer.
 */
export function isAdmin(user: User | null | undefined): boolean {
  return user?.role === 'admin';
}
