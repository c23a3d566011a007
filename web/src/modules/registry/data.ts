import { api } from '../../api/client';
import type { ComplianceRule } from '../../api/types';
import { cached, abortable } from '../../kit/cache';

/** The registry's compliance rules, each with its clause of the decision. */
export function loadRules(signal?: AbortSignal): Promise<ComplianceRule[]> {
  return abortable(
    cached('rules', () => api<{ items: ComplianceRule[] }>('/api/v1/registry/rules').then((r) => r.items)),
    signal,
  );
}
