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

/** Errors and warnings of the last evaluation: "2 lỗi, 1 cảnh báo", "Đạt" or "Chưa đánh giá". */
export function ComplianceBadge({ compliance }: { compliance: Pick<ComplianceSummary, 'errors' | 'warnings'> | null | undefined }) {
  const { t } = useTranslation();
  const state = complianceState(compliance);
  let text: string;
  if (!compliance) text = t('compliance.state.unknown');
  else if (state === 'passing') text = t('compliance.state.passing');
  else {
    const parts: string[] = [];
    if (compliance.errors > 0) parts.push(t('compliance.errors', { count: compliance.errors }));
    if (compliance.warnings > 0) parts.push(t('compliance.warnings', { count: compliance.warnings }));
    text = parts.join(', ');
  }
  return <span className={`badge compliance-${state}`}>{text}</span>;
}
