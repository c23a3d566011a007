import { useTranslation } from 'react-i18next';
import { FormSection } from '../../../../kit/form/FormSection';
import { Required } from '../../../../kit/form/useForm';
import { fieldId } from '../../fields';
import type { SectionProps } from '../useSystemForm';
import { RepeatItem, Repeater } from '../../../../kit/form/Repeater';
import { emptyContact } from '../model';
import { OwnerAgencyField } from '../../../framework/components/OwnerAgencyField';

export function OwnerSection({ form, rows, officer }: SectionProps & { officer: boolean }) {
  const { t } = useTranslation();
  const { state: s, set, control, errorOf, errors } = form;
  const { addRow, updateRow, removeRow } = rows;
  return (
    <FormSection id="sec-owner" title={t('systemForm.section.owner')}>
      <OwnerAgencyField
        id={fieldId('ownerAgencyId')}
        label={t('fields.ownerAgencyId')}
        officer={officer}
        value={s.ownerAgencyId}
        onChange={(v) => set('ownerAgencyId', v)}
        fixedHintId="sf-owner-hint"
        fixedHint={t('systemForm.ownerFixed')}
        chooseLabel={t('systemForm.chooseAgency')}
        invalid={errors.has('ownerAgencyId')}
        error={errorOf('ownerAgencyId')}
      />
      <Repeater
        title={t('systemForm.contacts')}
        empty={t('systemForm.noContacts')}
        addLabel={t('systemForm.addContact')}
        addId="sf-add-contacts"
        onAdd={() => addRow('contacts', emptyContact(), 'name')}
      >
        {s.contacts.map((c, i) => (
          <RepeatItem key={c.key} legend={t('systemForm.contactN', { n: i + 1 })} removeLabel={t('systemForm.removeContact', { n: i + 1 })} onRemove={() => removeRow('contacts', i)}>
            <div className="form-row">
              <div className="field">
                <label htmlFor={fieldId(`contacts.${i}.name`)}>
                  {t('subfields.contacts.name')} <Required />
                </label>
                <input type="text" {...control(`contacts.${i}.name`)} value={c.name} onChange={(e) => updateRow('contacts', i, { name: e.target.value })} maxLength={200} autoComplete="off" />
                {errorOf(`contacts.${i}.name`)}
              </div>
              <div className="field">
                <label htmlFor={fieldId(`contacts.${i}.role`)}>{t('subfields.contacts.role')}</label>
                <input type="text" {...control(`contacts.${i}.role`)} value={c.role} onChange={(e) => updateRow('contacts', i, { role: e.target.value })} maxLength={200} autoComplete="off" />
                {errorOf(`contacts.${i}.role`)}
              </div>
            </div>
            <div className="form-row">
              <div className="field">
                <label htmlFor={fieldId(`contacts.${i}.email`)}>{t('subfields.contacts.email')}</label>
                <input type="email" {...control(`contacts.${i}.email`)} value={c.email} onChange={(e) => updateRow('contacts', i, { email: e.target.value })} maxLength={320} autoComplete="off" />
                {errorOf(`contacts.${i}.email`)}
              </div>
              <div className="field">
                <label htmlFor={fieldId(`contacts.${i}.phone`)}>{t('subfields.contacts.phone')}</label>
                <input type="tel" {...control(`contacts.${i}.phone`)} value={c.phone} onChange={(e) => updateRow('contacts', i, { phone: e.target.value })} maxLength={50} autoComplete="off" />
                {errorOf(`contacts.${i}.phone`)}
              </div>
            </div>
          </RepeatItem>
        ))}
      </Repeater>
    </FormSection>
  );
}
