import { useTranslation } from 'react-i18next';
import type { ComplianceSummary, Lifecycle, RecordStatus, RequestStatus, SystemKind } from '../../../api/types';
import { complianceState } from '../compliance';

export function LifecycleBadge({ lifecycle }: { lifecycle: Lifecycle }) {
  const { t } = useTranslation();
  return <span className={`badge lifecycle-${lifecycle}`}>{t(`lifecycle.${lifecycle}`)}</span>;
}

export function RecordStatusBadge({ status }: { status: RecordStatus | RequestStatus }) {
  const { t } = useTranslation();
  return <span className={`badge record-${status}`}>{t(`recordStatus.${status}`)}</span>;
}

export function KindTag({ kind }: { kind: SystemKind | string }) {
  const { t } = useTranslation();
  return <span className="kind-tag">{t(`kind.${kind}`, { defaultValue: kind })}</span>;
}

/**
 * The last evaluation by the server's result: "2 lỗi, 1 cảnh báo" (failing), "Đạt, có 1 cảnh báo" (warnings only),
 * "Đạt" or "Chưa đánh giá". Waived rules count neither as errors nor as warnings.
 */
export function ComplianceBadge({ compliance }: { compliance: (Pick<ComplianceSummary, 'errors' | 'warnings'> & { result?: ComplianceSummary['result'] }) | null | undefined }) {
  const { t } = useTranslation();
  const state = complianceState(compliance);
  let text: string;
  if (!compliance) text = t('compliance.state.unknown');
  else if (state === 'passing') text = t('system.compliancePassing');
  else if (state === 'warning') text = t('system.complianceWarningsOnly', { warnings: compliance.warnings });
  else {
    const parts: string[] = [];
    if (compliance.errors > 0) parts.push(t('compliance.errors', { count: compliance.errors }));
    if (compliance.warnings > 0) parts.push(t('compliance.warnings', { count: compliance.warnings }));
    text = parts.join(', ');
  }
  return <span className={`badge compliance-${state}`}>{text}</span>;
}

/** "Có thay đổi chưa được phê duyệt" beside an approved status when the record was saved since. */
export function UnapprovedChangesBadge({ system }: { system: { hasUnapprovedChanges?: boolean } }) {
  const { t } = useTranslation();
  if (!system.hasUnapprovedChanges) return null;
  return <span className="badge record-unapproved-changes">{t('system.unapprovedChanges')}</span>;
}
