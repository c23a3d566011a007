import { useTranslation } from 'react-i18next';
import type { TaskStatus } from '../../../api/types';

export function StatusBadge({ status }: { status: TaskStatus }) {
  const { t } = useTranslation();
  return <span className={`badge status-${status}`}>{t(`status.${status}`)}</span>;
}
