import { useTranslation } from 'react-i18next';
import { FormSection } from '../../../../kit/form/FormSection';
import { Required } from '../../../../kit/form/useForm';
import { fieldId } from '../../fields';
import type { SectionProps } from '../useSystemForm';
import { SYSTEM_KINDS, type SystemKind } from '../../../../api/types';

export function GeneralSection({ form }: SectionProps) {
  const { t } = useTranslation();
  const { state: s, set, control, errorOf } = form;
  return (
    <FormSection id="sec-general" title={t('systemForm.section.general')}>
      <div className="form-row">
        <div className="field">
          <label htmlFor={fieldId('code')}>
            {t('fields.code')} <Required />
          </label>
          <input type="text" {...control('code', 'sf-code-hint')} value={s.code} onChange={(e) => set('code', e.target.value)} maxLength={40} autoComplete="off" required aria-required="true" />
          <p className="hint" id="sf-code-hint">
            {t('systemForm.codeHint')}
          </p>
          {errorOf('code')}
        </div>
        <div className="field">
          <label htmlFor={fieldId('kind')}>{t('fields.kind')}</label>
          <select {...control('kind')} value={s.kind} onChange={(e) => set('kind', e.target.value as SystemKind)}>
            {SYSTEM_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
          {errorOf('kind')}
        </div>
      </div>
      <div className="field">
        <label htmlFor={fieldId('name.vi')}>
          {t('fields.nameVi')} <Required />
        </label>
        <input type="text" {...control('name.vi')} lang="vi" value={s.nameVi} onChange={(e) => set('nameVi', e.target.value)} maxLength={300} required aria-required="true" />
        {errorOf('name.vi')}
      </div>
      <div className="field">
        <label htmlFor={fieldId('name.en')}>{t('fields.nameEn')}</label>
        <input type="text" {...control('name.en')} lang="en" value={s.nameEn} onChange={(e) => set('nameEn', e.target.value)} maxLength={300} />
        {errorOf('name.en')}
      </div>
      <div className="field">
        <label htmlFor={fieldId('purpose')}>{t('fields.purpose')}</label>
        <textarea {...control('purpose')} rows={3} maxLength={4000} value={s.purpose} onChange={(e) => set('purpose', e.target.value)} />
        {errorOf('purpose')}
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor={fieldId('supplier')}>{t('fields.supplier')}</label>
          <input type="text" {...control('supplier')} value={s.supplier} onChange={(e) => set('supplier', e.target.value)} maxLength={300} />
          {errorOf('supplier')}
        </div>
        <div className="field field-narrow">
          <label htmlFor={fieldId('yearStarted')}>{t('fields.yearStarted')}</label>
          <input type="text" inputMode="numeric" {...control('yearStarted')} value={s.yearStarted} onChange={(e) => set('yearStarted', e.target.value)} maxLength={4} placeholder="2024" />
          {errorOf('yearStarted')}
        </div>
      </div>
      <div className="field">
        <label htmlFor={fieldId('url')}>{t('fields.url')}</label>
        <input type="url" {...control('url')} value={s.url} onChange={(e) => set('url', e.target.value)} maxLength={2000} placeholder="https://" />
        {errorOf('url')}
      </div>
    </FormSection>
  );
}
