import { api } from '../../api/client';
import type { ComplianceRule } from '../../api/types';
import { useLoaded, type Loaded } from '../../kit/query';

/** The registry's compliance rules, each with its clause of the decision (they do not change while the app is open). */
export function useRules(enabled = true): Loaded<ComplianceRule[]> {
  return useLoaded(['reference', 'rules'], (signal) => api<{ items: ComplianceRule[] }>('/api/v1/registry/rules', { signal }).then((r) => r.items), { staleTime: Infinity, enabled });
}
