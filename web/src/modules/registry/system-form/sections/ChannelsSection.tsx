import { useTranslation } from 'react-i18next';
import { FormSection } from '../../../../kit/form/FormSection';
import { fieldId } from '../../fields';
import type { SectionProps } from '../useSystemForm';
import { ACCESSIBILITY_LEVELS, AUDIENCES, AUTH_METHODS, type AccessibilityLevel } from '../../../../api/types';
import { CheckGroup } from '../../../../kit/form/CheckGroup';
import { KNOWN_LANGUAGES, toggle } from '../model';

export function ChannelsSection({ form }: SectionProps) {
  const { t } = useTranslation();
  const { state: s, set, control, errorOf } = form;
  const citizenFacing = s.audiences.includes('citizens') || s.audiences.includes('businesses');
  return (
    <FormSection id="sec-channels" title={t('systemForm.section.channels')}>
      <p className="hint">{t('systemForm.channelsHint')}</p>
      <CheckGroup
        id={fieldId('audiences')}
        legend={t('fields.audiences')}
        values={AUDIENCES}
        checked={s.audiences}
        label={(a) => t(`audience.${a}`)}
        onChange={(a, on) => set('audiences', toggle(s.audiences, a, on))}
        error={errorOf('audiences')}
      />
      <CheckGroup
        id={fieldId('authentication')}
        legend={t('fields.authentication')}
        values={AUTH_METHODS}
        checked={s.authentication}
        label={(a) => t(`auth.${a}`)}
        onChange={(a, on) => set('authentication', toggle(s.authentication, a, on))}
        error={errorOf('authentication')}
      />
      <CheckGroup
        id={fieldId('uiLanguages')}
        legend={t('fields.uiLanguages')}
        values={KNOWN_LANGUAGES}
        checked={s.languages}
        label={(l) => t(`languages.${l}`)}
        onChange={(l, on) => set('languages', toggle(s.languages, l, on))}
        error={errorOf('uiLanguages')}
      >
        <div className="field field-medium">
          <label htmlFor="sf-other-languages">{t('systemForm.otherLanguages')}</label>
          <input id="sf-other-languages" type="text" value={s.otherLanguages} onChange={(e) => set('otherLanguages', e.target.value)} aria-describedby="sf-other-languages-hint" autoComplete="off" />
          <p className="hint" id="sf-other-languages-hint">
            {t('systemForm.otherLanguagesHint')}
          </p>
        </div>
      </CheckGroup>
      <div className="field field-medium">
        <label htmlFor={fieldId('accessibility')}>{t('fields.accessibility')}</label>
        <select {...control('accessibility')} value={s.accessibility} onChange={(e) => set('accessibility', e.target.value as AccessibilityLevel)}>
          {ACCESSIBILITY_LEVELS.map((a) => (
            <option key={a} value={a}>
              {t(`accessibility.${a}`)}
            </option>
          ))}
        </select>
        {errorOf('accessibility')}
      </div>
      <div className="field field-check">
        <input type="checkbox" id={fieldId('secureSessions')} checked={s.secureSessions} onChange={(e) => set('secureSessions', e.target.checked)} />
        <label htmlFor={fieldId('secureSessions')}>{t('fields.secureSessions')}</label>
      </div>
      <div className="field field-check">
        <input type="checkbox" id={fieldId('accessLogging')} checked={s.accessLogging} onChange={(e) => set('accessLogging', e.target.checked)} />
        <label htmlFor={fieldId('accessLogging')}>{t('fields.accessLogging')}</label>
      </div>
      {citizenFacing && <p className="notice notice-info">{t('systemForm.citizenNote')}</p>}
    </FormSection>
  );
}
