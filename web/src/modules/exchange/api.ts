/** The exchange's records, from the generated document, and the hooks the pages share. */
import type { components } from '../../api/generated/schema';
import { api } from '../../api/client';
import type { SessionUser } from '../../kit/auth';
import { useApiQueryIf, useLoaded, type Loaded } from '../../kit/query';

type S = components['schemas'];
export type ExService = S['ExchangeService'];
export type ExServiceSummary = S['ExchangeServiceSummary'];
export type ExEndpoint = S['ExchangeEndpoint'];
export type ExMember = S['ExchangeMember'];
export type ExSubsystem = S['ExchangeSubsystem'];
export type ExCredential = S['ExchangeCredential'];
export type ExSubscription = S['ExchangeSubscription'];
export type ExRight = S['ExchangeRight'];
export type ExGroup = S['ExchangeGroup'];
export type ServiceStatus = ExService['status'];
export type SubscriptionStatus = ExSubscription['status'];
export type MemberClass = ExMember['memberClass'];

export const SERVICE_STATUSES: ServiceStatus[] = ['draft', 'published', 'deprecated', 'retired'];
export const SUBSCRIPTION_STATUSES: SubscriptionStatus[] = ['requested', 'approved', 'rejected', 'revoked'];
export const MEMBER_CLASSES: MemberClass[] = ['GOV', 'ORG', 'COM'];

export const BASE = '/api/v1/exchange';

export const servicePath = (id: string) => `/exchange/services/${encodeURIComponent(id)}`;

/** The member of the caller's agency with its subsystems (null: the agency is not a member, or no one is signed in). */
export function useOwnMember(user: SessionUser | null | undefined): Loaded<ExMember | null> {
  const agencyId = user?.agencyId ?? null;
  return useLoaded(['api', 'v1', 'exchange', 'members', { agency: agencyId }], async (signal) => {
    if (!agencyId) return null;
    const page = await api<{ items: ExMember[] }>(`${BASE}/members`, { signal, query: { limit: 500 } });
    const member = page.items.find((m) => m.agencyId === agencyId);
    if (!member) return null;
    return api<ExMember>(`${BASE}/members/${member.id}`, { signal });
  }, { enabled: Boolean(agencyId) });
}

/** The registered systems of an agency, to name subsystems by their system. */
export function useAgencySystems(agencyId: string | null | undefined): Loaded<{ items: { id: string; code: string; name: { vi: string; en: string } }[] } | null> {
  return useApiQueryIf(Boolean(agencyId), '/api/v1/registry/systems', { agency: agencyId ?? '', limit: 100 });
}

/** The gateway address of an endpoint, as a client calls it. */
export function gatewayUrl(serviceIdentifier: string, path: string): string {
  return `${window.location.origin}/r1/${serviceIdentifier}${path}`;
}
