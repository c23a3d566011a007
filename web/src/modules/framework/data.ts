import { api } from '../../api/client';
import type { Agency, Framework, Page, RoadmapGroup, UnitRef } from '../../api/types';
import type { Lang } from '../../i18n';
import { useLoaded, type Loaded } from '../../kit/query';

/** Reference data does not change while the app is open: fetched once, kept for the visit. */
const REFERENCE = { staleTime: Infinity };

export function useAgencies(): Loaded<Agency[]> {
  return useLoaded(['reference', 'agencies'], (signal) => api<Page<Agency>>('/api/v1/agencies', { signal, query: { limit: 500 } }).then((page) => page.items), REFERENCE);
}

export function useRoadmapGroups(): Loaded<RoadmapGroup[]> {
  return useLoaded(['reference', 'roadmap-groups'], (signal) => api<{ items: RoadmapGroup[] }>('/api/v1/roadmap/groups', { signal }).then((r) => r.items), REFERENCE);
}

export function useFramework(): Loaded<Framework> {
  return useLoaded(['reference', 'framework'], (signal) => api<Framework>('/api/v1/framework', { signal }), REFERENCE);
}

/** Agency kinds of the province itself (not communes, not central bodies). */
export const PROVINCIAL_KINDS = new Set(['province', 'people-committee-office', 'department', 'police', 'inspectorate', 'steering-committee']);

export const LEAD_GROUPS = ['departments', 'communes'] as const;

/**
 * The units of a task as the decision words them. The decision's text is Vietnamese; in English the
 * units it names are listed by their English names where known.
 */
export function unitText(ref: UnitRef, lang: Lang, agencies: Map<string, Agency>, groupLabel: (group: string) => string): string {
  if (lang === 'vi' || (ref.agencies.length === 0 && ref.groups.length === 0)) return ref.text || '—';
  const names = [...ref.agencies.map((id) => agencies.get(id)?.name.en ?? id), ...ref.groups.map(groupLabel)];
  return names.join('; ');
}

/** The address of a task's page, e.g. /roadmap/IV.1. */
export function taskPath(code: string): string {
  return `/roadmap/${encodeURIComponent(code)}`;
}
