import { api } from '../../api/client';
import type { Agency, Framework, Page, RoadmapGroup, UnitRef } from '../../api/types';
import type { Lang } from '../../i18n';
import { cached, abortable } from '../../kit/cache';

export function loadAgencies(signal?: AbortSignal): Promise<Agency[]> {
  return abortable(
    cached('agencies', () => api<Page<Agency>>('/api/v1/agencies', { query: { limit: 500 } }).then((page) => page.items)),
    signal,
  );
}

export function loadRoadmapGroups(signal?: AbortSignal): Promise<RoadmapGroup[]> {
  return abortable(
    cached('roadmap-groups', () => api<{ items: RoadmapGroup[] }>('/api/v1/roadmap/groups').then((r) => r.items)),
    signal,
  );
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

export function loadFramework(signal?: AbortSignal): Promise<Framework> {
  return abortable(cached('framework', () => api<Framework>('/api/v1/framework')), signal);
}

/** The address of a task's page, e.g. /roadmap/IV.1. */
export function taskPath(code: string): string {
  return `/roadmap/${encodeURIComponent(code)}`;
}
