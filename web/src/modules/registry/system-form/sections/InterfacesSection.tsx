import { useTranslation } from 'react-i18next';
import { FormSection } from '../../../../kit/form/FormSection';
import { Required } from '../../../../kit/form/useForm';
import { fieldId } from '../../fields';
import type { SectionProps } from '../useSystemForm';
import { useMemo } from 'react';
import { DIRECTIONS, EXCHANGE_CHANNELS, type Direction, type ExchangeChannel, type Page, type SystemSummary } from '../../../../api/types';
import { RepeatItem, Repeater } from '../../../../kit/form/Repeater';
import { useApiQuery } from '../../../../kit/query';
import { AgencySelect } from '../../../framework/components/AgencySelect';
import { useAgencies } from '../../../framework/data';
import { emptyInterface, type InterfaceRow } from '../model';

export function InterfacesSection({ form, rows, recordId }: SectionProps & { recordId: string | undefined }) {
  const { t } = useTranslation();
  const { state: s, control, errorOf, errors } = form;
  const { addRow, updateRow, removeRow } = rows;
  const agencies = useAgencies();
  const others = useApiQuery<Page<SystemSummary>>('/api/v1/registry/systems', { view: 'summary', limit: 500, sort: 'code' });
  const otherSystems = useMemo(() => (others.data?.items ?? []).filter((o) => o.id !== recordId), [others.data, recordId]);
  return (
    <FormSection id="sec-interfaces" title={t('systemForm.section.interfaces')}>
      <p className="hint">{t('systemForm.interfacesHint')}</p>
      <Repeater empty={t('systemForm.noInterfaces')} addLabel={t('systemForm.addInterface')} addId="sf-add-interfaces" onAdd={() => addRow('interfaces', emptyInterface(), 'name')}>
        {s.interfaces.map((itf, i) => (
          <RepeatItem key={itf.key} legend={t('systemForm.interfaceN', { n: i + 1 })} removeLabel={t('systemForm.removeInterface', { n: i + 1 })} onRemove={() => removeRow('interfaces', i)}>
            <div className="field">
              <label htmlFor={fieldId(`interfaces.${i}.name`)}>
                {t('subfields.interfaces.name')} <Required />
              </label>
              <input type="text" {...control(`interfaces.${i}.name`)} value={itf.name} onChange={(e) => updateRow('interfaces', i, { name: e.target.value })} maxLength={200} autoComplete="off" />
              {errorOf(`interfaces.${i}.name`)}
            </div>
            <div className="form-row">
              <div className="field">
                <label htmlFor={fieldId(`interfaces.${i}.direction`)}>{t('subfields.interfaces.direction')}</label>
                <select {...control(`interfaces.${i}.direction`)} value={itf.direction} onChange={(e) => updateRow('interfaces', i, { direction: e.target.value as Direction })}>
                  {DIRECTIONS.map((d) => (
                    <option key={d} value={d}>
                      {t(`direction.${d}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={fieldId(`interfaces.${i}.channel`)}>{t('subfields.interfaces.channel')}</label>
                <select {...control(`interfaces.${i}.channel`)} value={itf.channel} onChange={(e) => updateRow('interfaces', i, { channel: e.target.value as ExchangeChannel })}>
                  {EXCHANGE_CHANNELS.map((c) => (
                    <option key={c} value={c}>
                      {t(`channel.${c}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={fieldId(`interfaces.${i}.protocol`)}>{t('subfields.interfaces.protocol')}</label>
                <input type="text" {...control(`interfaces.${i}.protocol`)} value={itf.protocol} onChange={(e) => updateRow('interfaces', i, { protocol: e.target.value })} maxLength={100} placeholder="REST, SOAP…" autoComplete="off" />
              </div>
            </div>
            <div className="form-row">
              <div className="field">
                <label htmlFor={`sf-interfaces-${i}-counterpart`}>{t('systemForm.counterpart')}</label>
                <select id={`sf-interfaces-${i}-counterpart`} value={itf.counterpart} onChange={(e) => updateRow('interfaces', i, { counterpart: e.target.value as InterfaceRow['counterpart'] })}>
                  <option value="none">{t('systemForm.counterpartNone')}</option>
                  <option value="system">{t('systemForm.counterpartSystem')}</option>
                  <option value="agency">{t('systemForm.counterpartAgency')}</option>
                </select>
              </div>
              {itf.counterpart === 'system' && (
                <div className="field">
                  <label htmlFor={fieldId(`interfaces.${i}.counterpartSystemId`)}>{t('subfields.interfaces.counterpartSystemId')}</label>
                  <select {...control(`interfaces.${i}.counterpartSystemId`)} value={itf.counterpartSystemId} onChange={(e) => updateRow('interfaces', i, { counterpartSystemId: e.target.value })}>
                    <option value="">{t('systemForm.chooseSystem')}</option>
                    {otherSystems.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.code} — {o.name.vi}
                      </option>
                    ))}
                  </select>
                  {errorOf(`interfaces.${i}.counterpartSystemId`)}
                </div>
              )}
              {itf.counterpart === 'agency' && (
                <div className="field">
                  <label htmlFor={fieldId(`interfaces.${i}.counterpartAgencyId`)}>{t('subfields.interfaces.counterpartAgencyId')}</label>
                  <AgencySelect
                    id={fieldId(`interfaces.${i}.counterpartAgencyId`)}
                    value={itf.counterpartAgencyId}
                    onChange={(v) => updateRow('interfaces', i, { counterpartAgencyId: v })}
                    agencies={agencies.data ?? []}
                    required={false}
                    emptyLabel={t('systemForm.chooseAgency')}
                    invalid={errors.has(`interfaces.${i}.counterpartAgencyId`)}
                    describedBy={errors.has(`interfaces.${i}.counterpartAgencyId`) ? `${fieldId(`interfaces.${i}.counterpartAgencyId`)}-error` : undefined}
                  />
                  {errorOf(`interfaces.${i}.counterpartAgencyId`)}
                </div>
              )}
            </div>
            {itf.direction === 'provides' && (
              <div className="form-row">
                <div className="field field-check">
                  <input type="checkbox" id={fieldId(`interfaces.${i}.published`)} checked={itf.published} onChange={(e) => updateRow('interfaces', i, { published: e.target.checked })} />
                  <label htmlFor={fieldId(`interfaces.${i}.published`)}>{t('subfields.interfaces.published')}</label>
                </div>
                <div className="field">
                  <label htmlFor={fieldId(`interfaces.${i}.catalogueUrl`)}>{t('subfields.interfaces.catalogueUrl')}</label>
                  <input type="url" {...control(`interfaces.${i}.catalogueUrl`)} value={itf.catalogueUrl} onChange={(e) => updateRow('interfaces', i, { catalogueUrl: e.target.value })} maxLength={2000} placeholder="https://" />
                </div>
              </div>
            )}
          </RepeatItem>
        ))}
      </Repeater>
    </FormSection>
  );
}
