import type { SessionUser } from '../../../kit/auth';
import { useForm, type Form } from '../../../kit/form/useForm';
import { fieldId } from '../fields';
import { clientErrors, formFieldErrors, stateFrom, type FormState, type RowList } from './model';
import { useTranslation } from 'react-i18next';
import type { SystemRecord } from '../../../api/types';
import { ownerAgencyFixed } from '../../framework/access';

/** Adding, changing and removing the rows of the form's list fields (contacts, data objects, interfaces, documents). */
export interface RowActions {
  updateRow: <K extends RowList>(key: K, index: number, changes: Partial<FormState[K][number]>) => void;
  /** Adds a row and moves the focus to its first field. */
  addRow: <K extends RowList>(key: K, row: FormState[K][number], firstField: string) => void;
  /** Removes a row; the focus goes to the list's "add" button. */
  removeRow: (key: RowList, index: number) => void;
}

/** What every section of the form receives. */
export interface SectionProps {
  form: Form<FormState>;
  rows: RowActions;
}

export function useSystemForm(record: SystemRecord | null, user: SessionUser | null | undefined): SectionProps {
  const { t } = useTranslation();
  const officer = ownerAgencyFixed(user, 'registry.system.edit');
  const form = useForm<FormState>({
    initial: () => stateFrom(record, officer ? (user?.agencyId ?? '') : ''),
    idOf: fieldId,
    validate: (state) => clientErrors(state, t),
    mapServerErrors: formFieldErrors,
  });
  const rows: RowActions = {
    updateRow: (key, index, changes) =>
      form.setState((prev) => ({ ...prev, [key]: (prev[key] as FormState[typeof key][number][]).map((row, i) => (i === index ? { ...row, ...changes } : row)) })),
    addRow: (key, row, firstField) => {
      form.focusAfterRender(fieldId(`${key}.${form.state[key].length}.${firstField}`));
      form.setState((prev) => ({ ...prev, [key]: [...(prev[key] as FormState[typeof key][number][]), row] }));
    },
    removeRow: (key, index) => {
      form.focusAfterRender(`sf-add-${key}`);
      form.setState((prev) => ({ ...prev, [key]: (prev[key] as unknown[]).filter((_, i) => i !== index) }));
      form.clearErrors();
    },
  };
  return { form, rows };
}
