import { useTranslation } from 'react-i18next';
import { FormSection } from '../../../../kit/form/FormSection';
import { Required } from '../../../../kit/form/useForm';
import { fieldId } from '../../fields';
import type { SectionProps } from '../useSystemForm';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../../api/types';
import { RepeatItem, Repeater } from '../../../../kit/form/Repeater';
import { emptyDocument } from '../model';

export function DocumentsSection({ form, rows }: SectionProps) {
  const { t } = useTranslation();
  const { state: s, set, control, errorOf } = form;
  const { addRow, updateRow, removeRow } = rows;
  const hasAgreement = s.documents.some((d) => d.kind === 'ministry_agreement');
  return (
    <FormSection id="sec-documents" title={t('systemForm.section.documents')}>
      <div className="field field-check">
        <input type="checkbox" id={fieldId('departmentSoftware')} checked={s.departmentSoftware} onChange={(e) => set('departmentSoftware', e.target.checked)} aria-describedby="sf-dept-hint" />
        <label htmlFor={fieldId('departmentSoftware')}>{t('fields.departmentSoftware')}</label>
      </div>
      <p className="hint" id="sf-dept-hint">
        {t('systemForm.departmentHint')}
      </p>
      {s.departmentSoftware && !hasAgreement && (
        <div className="notice notice-warning">
          <p>{t('systemForm.agreementMissing')}</p>
          <button
            type="button"
            className="btn btn-secondary btn-small"
            onClick={() => addRow('documents', { ...emptyDocument('ministry_agreement'), issuer: '' }, 'title')}
          >
            + {t('systemForm.addAgreement')}
          </button>
        </div>
      )}
      <Repeater empty={t('systemForm.noDocuments')} addLabel={t('systemForm.addDocument')} addId="sf-add-documents" onAdd={() => addRow('documents', emptyDocument(), 'title')}>
        {s.documents.map((d, i) => (
          <RepeatItem key={d.key} legend={t('systemForm.documentN', { n: i + 1 })} removeLabel={t('systemForm.removeDocument', { n: i + 1 })} onRemove={() => removeRow('documents', i)}>
            <div className="form-row">
              <div className="field">
                <label htmlFor={fieldId(`documents.${i}.kind`)}>{t('subfields.documents.kind')}</label>
                <select {...control(`documents.${i}.kind`)} value={d.kind} onChange={(e) => updateRow('documents', i, { kind: e.target.value as DocumentKind })}>
                  {DOCUMENT_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`documentKind.${k}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={fieldId(`documents.${i}.number`)}>{t('subfields.documents.number')}</label>
                <input type="text" {...control(`documents.${i}.number`)} value={d.number} onChange={(e) => updateRow('documents', i, { number: e.target.value })} maxLength={100} autoComplete="off" />
              </div>
              <div className="field">
                <label htmlFor={fieldId(`documents.${i}.date`)}>{t('subfields.documents.date')}</label>
                <input type="date" {...control(`documents.${i}.date`)} value={d.date} onChange={(e) => updateRow('documents', i, { date: e.target.value })} />
                {errorOf(`documents.${i}.date`)}
              </div>
            </div>
            <div className="field">
              <label htmlFor={fieldId(`documents.${i}.title`)}>
                {t('subfields.documents.title')} <Required />
              </label>
              <input type="text" {...control(`documents.${i}.title`)} value={d.title} onChange={(e) => updateRow('documents', i, { title: e.target.value })} maxLength={500} autoComplete="off" />
              {errorOf(`documents.${i}.title`)}
            </div>
            <div className="form-row">
              <div className="field">
                <label htmlFor={fieldId(`documents.${i}.issuer`)}>{t('subfields.documents.issuer')}</label>
                <input type="text" {...control(`documents.${i}.issuer`)} value={d.issuer} onChange={(e) => updateRow('documents', i, { issuer: e.target.value })} maxLength={300} autoComplete="off" />
              </div>
              <div className="field">
                <label htmlFor={fieldId(`documents.${i}.url`)}>{t('subfields.documents.url')}</label>
                <input type="url" {...control(`documents.${i}.url`)} value={d.url} onChange={(e) => updateRow('documents', i, { url: e.target.value })} maxLength={2000} placeholder="https://" />
              </div>
            </div>
          </RepeatItem>
        ))}
      </Repeater>
    </FormSection>
  );
}
