import { useTranslation } from 'react-i18next';
import { useLang } from '../../../kit/text';

/** Totals as four figures: systems, with errors, with warnings only, passing. */
export function ComplianceTotals({ totals, label }: { totals: { systems: number; failing: number; warning: number; passing: number }; label: string }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const items: { key: string; value: number; className: string }[] = [
    { key: 'systems', value: totals.systems, className: 'total-systems' },
    { key: 'failing', value: totals.failing, className: 'total-failing' },
    { key: 'warning', value: totals.warning, className: 'total-warning' },
    { key: 'passing', value: totals.passing, className: 'total-passing' },
  ];
  return (
    <ul className="totals" aria-label={label}>
      {items.map((item) => (
        <li key={item.key} className={item.className}>
          <strong>{item.value.toLocaleString(lang)}</strong>
          <span>{t(`compliance.totals.${item.key}`)}</span>
        </li>
      ))}
    </ul>
  );
}
