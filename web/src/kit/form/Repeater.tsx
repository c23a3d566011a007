import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A list field: its rows, a line when there are none, and the button that adds one. */
export function Repeater({
  title,
  empty,
  addLabel,
  addId,
  onAdd,
  children,
  beforeAdd,
}: {
  title?: string;
  empty?: string;
  addLabel: string;
  addId: string;
  onAdd: () => void;
  children: ReactNode[];
  /** Shown between the rows and the add button (a hint about the rows). */
  beforeAdd?: ReactNode;
}) {
  return (
    <div className="repeater">
      {title && <h3>{title}</h3>}
      {children.length === 0 && empty && <p className="muted">{empty}</p>}
      {children}
      {beforeAdd}
      <button type="button" id={addId} className="btn btn-secondary btn-small" onClick={onAdd}>
        + {addLabel}
      </button>
    </div>
  );
}

/** One row of a list field, as a fieldset with its own remove button. */
export function RepeatItem({ legend, removeLabel, onRemove, children }: { legend: string; removeLabel: string; onRemove: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <fieldset className="repeat-item">
      <legend>{legend}</legend>
      <div className="repeat-remove">
        <button type="button" className="btn btn-danger btn-small" onClick={onRemove} aria-label={removeLabel}>
          {t('common.remove')}
        </button>
      </div>
      {children}
    </fieldset>
  );
}
