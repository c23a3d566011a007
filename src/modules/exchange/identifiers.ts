// Identifiers of the exchange (docs/exchange-protocol.md §2): INSTANCE/CLASS/MEMBER/SUBSYSTEM for a client,
// with /SERVICE for a service. Each part is 1–255 of the characters PR-REST 1.0.3 allows.

/** The province's instance. */
export const INSTANCE = 'VN-HY';

/** Member classes: state bodies, other public organisations, enterprises (configuration, not code, in time). */
export const memberClasses = ['GOV', 'ORG', 'COM'] as const;
export type MemberClass = (typeof memberClasses)[number];

/** PR-REST's allow-list: letters, digits and these symbols. */
const symbols = "'()+,-.=?";
// A set, so no regular expression runs on input here; the API's schemas get the same list as a pattern.
const allowed = new Set(`ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789${symbols}`);

export function isIdentifierPart(value: string): boolean {
  if (value.length === 0 || value.length > 255) return false;
  for (const ch of value) if (!allowed.has(ch)) return false;
  return true;
}

export interface SubsystemId {
  instance: string;
  memberClass: string;
  memberCode: string;
  subsystemCode: string;
}

export function formatSubsystemId(id: SubsystemId): string {
  return `${id.instance}/${id.memberClass}/${id.memberCode}/${id.subsystemCode}`;
}

/** Reads INSTANCE/CLASS/MEMBER/SUBSYSTEM; null when it has not four valid parts. */
export function parseSubsystemId(text: string): SubsystemId | null {
  if (text.length > 4 * 256) return null;
  const parts = text.split('/');
  if (parts.length !== 4 || !parts.every(isIdentifierPart)) return null;
  const [instance, memberClass, memberCode, subsystemCode] = parts as [string, string, string, string];
  return { instance, memberClass, memberCode, subsystemCode };
}

/** The pattern of an identifier part for the API's schemas, built from the same allow-list as isIdentifierPart. */
export const identifierPattern = `^[A-Za-z0-9${symbols.replace(/[-\\\]^]/g, '\\$&')}]{1,255}$`;
