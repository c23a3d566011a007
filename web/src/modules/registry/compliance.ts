import type { ComplianceSummary } from '../../api/types';

export type ComplianceState = 'unknown' | 'failing' | 'warning' | 'passing';

export function complianceState(c: { errors: number; warnings: number } | ComplianceSummary | null | undefined): ComplianceState {
  if (!c) return 'unknown';
  if (c.errors > 0) return 'failing';
  if (c.warnings > 0) return 'warning';
  return 'passing';
}

/** Colours of the compliance states, shared by badges (styles.css), the graph and the charts. */
export const COMPLIANCE_COLOURS: Record<ComplianceState, string> = {
  failing: '#b3261e',
  warning: '#8a5a00',
  passing: '#1f7a3d',
  unknown: '#5f6670',
};
