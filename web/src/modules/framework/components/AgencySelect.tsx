import { useTranslation } from 'react-i18next';
import type { Agency } from '../../../api/types';
import { PROVINCIAL_KINDS } from '../data';
import { useLang } from '../../../kit/text';

/** The agencies in three groups: provincial bodies, communes (by name), central bodies. */
export function AgencySelect({
  id,
  value,
  onChange,
  agencies,
  required,
  emptyLabel,
  describedBy,
  invalid,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  agencies: Agency[];
  required: boolean;
  emptyLabel: string;
  describedBy?: string | undefined;
  invalid?: boolean;
}) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const provincial = agencies.filter((a) => PROVINCIAL_KINDS.has(a.kind));
  const communes = agencies.filter((a) => a.kind === 'commune').sort((a, b) => (a.shortName ?? '').localeCompare(b.shortName ?? '', 'vi'));
  const central = agencies.filter((a) => a.kind === 'ministry' || a.kind === 'central-agency');
  return (
    <select
      id={id}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      required={required}
      aria-required={required}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
    >
      <option value="">{emptyLabel}</option>
      <optgroup label={t('users.agencyProvincial')}>
        {provincial.map((a) => (
          <option key={a.id} value={a.id}>
            {pick(a.name)}
          </option>
        ))}
      </optgroup>
      <optgroup label={t('users.agencyCommunes')}>
        {communes.map((a) => (
          <option key={a.id} value={a.id}>
            {a.shortName ?? pick(a.name)}
          </option>
        ))}
      </optgroup>
      <optgroup label={t('users.agencyCentral')}>
        {central.map((a) => (
          <option key={a.id} value={a.id}>
            {pick(a.name)}
          </option>
        ))}
      </optgroup>
    </select>
  );
}
