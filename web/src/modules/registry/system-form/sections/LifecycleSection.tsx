import { useTranslation } from 'react-i18next';
import { FormSection } from '../../../../kit/form/FormSection';
import { fieldId } from '../../fields';
import type { SectionProps } from '../useSystemForm';
import { LIFECYCLES, type Lifecycle } from '../../../../api/types';

export function LifecycleSection({ form }: SectionProps) {
  const { t } = useTranslation();
  const { state: s, set, control, errorOf } = form;
  return (
    <FormSection id="sec-lifecycle" title={t('systemForm.section.lifecycle')}>
      <div className="field field-medium">
        <label htmlFor={fieldId('lifecycle')}>{t('fields.lifecycle')}</label>
        <select {...control('lifecycle', 'sf-lifecycle-hint')} value={s.lifecycle} onChange={(e) => set('lifecycle', e.target.value as Lifecycle)}>
          {LIFECYCLES.map((l) => (
            <option key={l} value={l}>
              {t(`lifecycle.${l}`)}
            </option>
          ))}
        </select>
        <p className="hint" id="sf-lifecycle-hint">
          {t('systemForm.lifecycleHint')}
        </p>
        {errorOf('lifecycle')}
      </div>
    </FormSection>
  );
}
