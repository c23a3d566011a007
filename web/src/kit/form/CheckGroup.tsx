import type { ReactNode } from 'react';

/** Several values to tick, as one fieldset (focusable, so the error summary can link to it). */
export function CheckGroup<T extends string>({
  id,
  legend,
  values,
  checked,
  label,
  onChange,
  error,
  children,
}: {
  id: string;
  legend: string;
  values: readonly T[];
  checked: T[];
  label: (value: T) => string;
  onChange: (value: T, on: boolean) => void;
  error: ReactNode;
  children?: ReactNode;
}) {
  return (
    <fieldset className="check-group" id={id} tabIndex={-1}>
      <legend>{legend}</legend>
      <div className="check-options">
        {values.map((v) => (
          <div key={v} className="field field-check">
            <input type="checkbox" id={`${id}-${v}`} checked={checked.includes(v)} onChange={(e) => onChange(v, e.target.checked)} />
            <label htmlFor={`${id}-${v}`}>{label(v)}</label>
          </div>
        ))}
      </div>
      {children}
      {error}
    </fieldset>
  );
}
