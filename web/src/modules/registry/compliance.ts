import type { TFunction } from 'i18next';
import type { ComplianceResult, ComplianceSummary } from '../../api/types';

export type ComplianceState = 'unknown' | 'failing' | 'warning' | 'passing';

export function complianceState(c: { errors: number; warnings: number; result?: ComplianceResult } | ComplianceSummary | null | undefined): ComplianceState {
  if (!c) return 'unknown';
  if (c.result) return c.result === 'failing' ? 'failing' : c.result === 'warnings_only' ? 'warning' : 'passing';
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

/**
 * The compliance line by the server's result: "Không đạt: n lỗi, m cảnh báo", "Đạt, có m cảnh báo" or "Đạt".
 * Waived rules count neither as errors nor as warnings.
 */
export function complianceLine(c: { result: ComplianceResult; errors: number; warnings: number }, t: TFunction): string {
  if (c.result === 'failing') return t('system.complianceFailing', { errors: c.errors, warnings: c.warnings });
  if (c.result === 'warnings_only') return t('system.complianceWarningsOnly', { warnings: c.warnings });
  return t('system.compliancePassing');
}
