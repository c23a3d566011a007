import type { SessionUser } from '../../kit/auth';
import { can } from '../../kit/rights';

/** Accounts, API tokens of others, the access log and the audit trail: administrators (rights of /api/v1/auth/me). */
export function isAdmin(user: SessionUser | null | undefined): boolean {
  return can(user, 'users.manage');
}

/** The access log and the audit trail. */
export function canReadLogs(user: SessionUser | null | undefined): boolean {
  return can(user, 'logs.read');
}
