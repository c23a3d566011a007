import type { components } from '../../api/generated/schema';

/** An approved system as the public catalogue shows it. */
export type PublicSystem = components['schemas']['PublicSystem'];
export type PublicCommune = components['schemas']['PublicCommune'];

/** The public card of a system, e.g. /catalogue/HY-01. */
export function cataloguePath(code: string): string {
  return `/catalogue/${encodeURIComponent(code)}`;
}

/** The page of a commune, by its administrative unit code. */
export function communePath(code: string): string {
  return `/catalogue/communes/${encodeURIComponent(code)}`;
}
