import { useTranslation } from 'react-i18next';
import { FormSection } from '../../../../kit/form/FormSection';
import { fieldId } from '../../fields';
import type { SectionProps } from '../useSystemForm';

export function SecuritySection({ form }: SectionProps) {
  const { t } = useTranslation();
  const { state: s, set, control, errorOf } = form;
  return (
    <FormSection id="sec-security" title={t('systemForm.section.security')}>
      <div className="form-row">
        <div className="field field-medium">
          <label htmlFor={fieldId('securityLevel.level')}>{t('subfields.securityLevel.level')}</label>
          <select {...control('securityLevel.level', 'sf-level-hint')} value={s.securityLevel} onChange={(e) => set('securityLevel', e.target.value)}>
            <option value="">{t('systemForm.levelNone')}</option>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={String(n)}>
                {t('systemForm.levelN', { n })}
              </option>
            ))}
          </select>
          <p className="hint" id="sf-level-hint">
            {t('systemForm.levelHint')}
          </p>
          {errorOf('securityLevel.level')}
          {errorOf('securityLevel')}
        </div>
      </div>
      {s.securityLevel && (
        <div className="form-row">
          <div className="field">
            <label htmlFor={fieldId('securityLevel.approvalNumber')}>{t('subfields.securityLevel.approvalNumber')}</label>
            <input type="text" {...control('securityLevel.approvalNumber')} value={s.approvalNumber} onChange={(e) => set('approvalNumber', e.target.value)} maxLength={100} placeholder="123/QĐ-UBND" />
            {errorOf('securityLevel.approvalNumber')}
          </div>
          <div className="field">
            <label htmlFor={fieldId('securityLevel.approvalDate')}>{t('subfields.securityLevel.approvalDate')}</label>
            <input type="date" {...control('securityLevel.approvalDate')} value={s.approvalDate} onChange={(e) => set('approvalDate', e.target.value)} />
            {errorOf('securityLevel.approvalDate')}
          </div>
        </div>
      )}
    </FormSection>
  );
}
