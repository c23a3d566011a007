import type { ReactNode } from 'react';
import { Required } from '../../../kit/form/useForm';
import { useLang } from '../../../kit/text';
import { useAgencyMap } from '../agencies';
import { useAgencies } from '../data';
import { AgencySelect } from './AgencySelect';

/**
 * The owner agency of a record: an officer's own agency, shown and fixed (the server assigns it), or a choice among
 * the agencies for administrators and reviewers.
 */
export function OwnerAgencyField({
  id,
  label,
  officer,
  value,
  onChange,
  fixedHintId,
  fixedHint,
  chooseLabel,
  invalid,
  error,
}: {
  id: string;
  label: ReactNode;
  officer: boolean;
  value: string;
  onChange: (id: string) => void;
  fixedHintId: string;
  fixedHint: ReactNode;
  chooseLabel: string;
  invalid: boolean;
  error: ReactNode;
}) {
  const { pick } = useLang();
  const agencies = useAgencies();
  const agencyMap = useAgencyMap();
  const owner = agencyMap.get(value);
  return (
    <div className="field">
      <label htmlFor={id}>
        {label} <Required />
      </label>
      {officer ? (
        <>
          <input type="text" id={id} value={owner ? pick(owner.name) : value} readOnly aria-readonly="true" aria-describedby={fixedHintId} />
          <p className="hint" id={fixedHintId}>
            {fixedHint}
          </p>
        </>
      ) : (
        <AgencySelect id={id} value={value} onChange={onChange} agencies={agencies.data ?? []} required emptyLabel={chooseLabel} invalid={invalid} describedBy={invalid ? `${id}-error` : undefined} />
      )}
      {error}
    </div>
  );
}
