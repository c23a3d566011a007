/** The address of a system's page, e.g. /registry/HY-LGSP. */
export function systemPath(code: string): string {
  return `/registry/${encodeURIComponent(code)}`;
}
