import { useMemo } from 'react';
import type { Agency } from '../../api/types';
import type { Lang } from '../../i18n';
import { useAgencies } from './data';

/** The agencies by id, loaded once for the app. */
export function useAgencyMap(): Map<string, Agency> {
  const agencies = useAgencies();
  return useMemo(() => new Map((agencies.data ?? []).map((a) => [a.id, a] as [string, Agency])), [agencies.data]);
}

export function agencyPath(id: string): string {
  return `/agencies/${encodeURIComponent(id)}`;
}

/** Short name where there is one (Sở KH&CN), else the full name. */
export function agencyLabel(agency: Agency | undefined, id: string, lang: Lang): string {
  if (!agency) return id;
  if (lang === 'vi') return agency.shortName ?? agency.name.vi;
  return agency.name.en || agency.name.vi;
}
