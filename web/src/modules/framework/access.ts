import type { User } from '../../api/types';

/** An officer's records belong to their own agency: the forms show it fixed (the server assigns it). */
export function ownerAgencyFixed(user: User | null | undefined): boolean {
  return user?.role === 'officer';
}
