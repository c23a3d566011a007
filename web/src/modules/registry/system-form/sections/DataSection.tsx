import { useTranslation } from 'react-i18next';
import { FormSection } from '../../../../kit/form/FormSection';
import { Required } from '../../../../kit/form/useForm';
import { fieldId } from '../../fields';
import type { SectionProps } from '../useSystemForm';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import type { Page } from '../../../../api/types';
import { RepeatItem, Repeater } from '../../../../kit/form/Repeater';
import { useApiQuery } from '../../../../kit/query';
import { useLang } from '../../../../kit/text';
import { emptyData } from '../model';
import { ElementPicker } from '../ElementPicker';
import '../element-picker.css';

export function DataSection({ form, rows }: SectionProps) {
  const { t } = useTranslation();
  const { state: s, control, errorOf } = form;
  const { addRow, updateRow, removeRow } = rows;
  const { pick } = useLang();
  // Approved dictionary elements (II.2(6)): their names for the chosen codes; the picker searches them as one types.
  const approvedElements = useApiQuery<Page<{ code: string; name: { vi: string; en: string } }>>('/api/v1/dictionary/elements', { limit: 500, status: 'approved' });
  const elementNames = useMemo(() => new Map((approvedElements.data?.items ?? []).map((e) => [e.code, pick(e.name)] as [string, string])), [approvedElements.data, pick]);
  return (
    <FormSection id="sec-data" title={t('systemForm.section.data')}>
      <Repeater title={t('fields.dataObjects')} empty={t('systemForm.noData')} addLabel={t('systemForm.addData')} addId="sf-add-dataObjects" onAdd={() => addRow('dataObjects', emptyData(), 'name')}>
        {s.dataObjects.map((d, i) => (
          <RepeatItem key={d.key} legend={t('systemForm.dataN', { n: i + 1 })} removeLabel={t('systemForm.removeData', { n: i + 1 })} onRemove={() => removeRow('dataObjects', i)}>
            <div className="field">
              <label htmlFor={fieldId(`dataObjects.${i}.name`)}>
                {t('subfields.dataObjects.name')} <Required />
              </label>
              <input type="text" {...control(`dataObjects.${i}.name`)} value={d.name} onChange={(e) => updateRow('dataObjects', i, { name: e.target.value })} maxLength={200} autoComplete="off" />
              {errorOf(`dataObjects.${i}.name`)}
            </div>
            <div className="field">
              <label htmlFor={fieldId(`dataObjects.${i}.description`)}>{t('subfields.dataObjects.description')}</label>
              <input type="text" {...control(`dataObjects.${i}.description`)} value={d.description} onChange={(e) => updateRow('dataObjects', i, { description: e.target.value })} maxLength={2000} autoComplete="off" />
            </div>
            <div className="field">
              <label htmlFor={fieldId(`dataObjects.${i}.elements`)}>{t('subfields.dataObjects.elements')}</label>
              <ElementPicker
                control={control(`dataObjects.${i}.elements`, `sf-data-elements-hint-${i}`)}
                value={d.elements}
                onChange={(elements) => updateRow('dataObjects', i, { elements })}
                names={elementNames}
              />
              <p className="hint" id={`sf-data-elements-hint-${i}`}>
                {t('systemForm.elementsHint')} <Link to="/dictionary">{t('systemForm.elementsLink')}</Link>
              </p>
              {errorOf(`dataObjects.${i}.elements`)}
            </div>
            <div className="check-row">
              <div className="field field-check">
                <input type="checkbox" id={fieldId(`dataObjects.${i}.personal`)} checked={d.personal} onChange={(e) => updateRow('dataObjects', i, { personal: e.target.checked, ...(e.target.checked ? {} : { sensitive: false }) })} />
                <label htmlFor={fieldId(`dataObjects.${i}.personal`)}>{t('subfields.dataObjects.personal')}</label>
              </div>
              <div className="field field-check">
                <input type="checkbox" id={fieldId(`dataObjects.${i}.sensitive`)} checked={d.sensitive} onChange={(e) => updateRow('dataObjects', i, { sensitive: e.target.checked, ...(e.target.checked ? { personal: true } : {}) })} />
                <label htmlFor={fieldId(`dataObjects.${i}.sensitive`)}>{t('subfields.dataObjects.sensitive')}</label>
              </div>
            </div>
          </RepeatItem>
        ))}
      </Repeater>
      <p className="hint">{t('systemForm.dataHint')}</p>
    </FormSection>
  );
}
