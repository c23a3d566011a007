import { useTranslation } from 'react-i18next';
import { FormSection } from '../../../../kit/form/FormSection';
import { fieldId } from '../../fields';
import type { SectionProps } from '../useSystemForm';
import { HOSTINGS, IPV6_STATES, type Hosting, type Ipv6State } from '../../../../api/types';

export function InfrastructureSection({ form }: SectionProps) {
  const { t } = useTranslation();
  const { state: s, set, control, errorOf } = form;
  return (
    <FormSection id="sec-infrastructure" title={t('systemForm.section.infrastructure')}>
      <div className="form-row">
        <div className="field">
          <label htmlFor={fieldId('hosting')}>{t('fields.hosting')}</label>
          <select {...control('hosting')} value={s.hosting} onChange={(e) => set('hosting', e.target.value as Hosting)}>
            {HOSTINGS.map((h) => (
              <option key={h} value={h}>
                {t(`hosting.${h}`)}
              </option>
            ))}
          </select>
          {errorOf('hosting')}
        </div>
        <div className="field">
          <label htmlFor={fieldId('ipv6')}>{t('fields.ipv6')}</label>
          <select {...control('ipv6')} value={s.ipv6} onChange={(e) => set('ipv6', e.target.value as Ipv6State)}>
            {IPV6_STATES.map((v) => (
              <option key={v} value={v}>
                {t(`ipv6.${v}`)}
              </option>
            ))}
          </select>
          {errorOf('ipv6')}
        </div>
      </div>
      <div className="field">
        <label htmlFor={fieldId('hostingNote')}>{t('fields.hostingNote')}</label>
        <input type="text" {...control('hostingNote')} value={s.hostingNote} onChange={(e) => set('hostingNote', e.target.value)} maxLength={500} />
        {errorOf('hostingNote')}
      </div>
    </FormSection>
  );
}
