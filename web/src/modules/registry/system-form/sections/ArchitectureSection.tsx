import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Component, ComponentLink } from '../../../../api/types';
import { FormSection } from '../../../../kit/form/FormSection';
import { Required } from '../../../../kit/form/useForm';
import { useLang } from '../../../../kit/text';
import { useFramework } from '../../../framework/data';
import { fieldId } from '../../fields';
import { withComponent } from '../model';
import type { SectionProps } from '../useSystemForm';
import { ComponentChooser, ComponentRow } from '../ComponentChooser';

/** The layer and the framework components the system implements or uses, browsed one layer at a time. */
export function ArchitectureSection({ form, initialLayer }: SectionProps & { initialLayer: string }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const { state: s, set, control, errorOf } = form;
  const [browseLayer, setBrowseLayer] = useState(initialLayer);
  const framework = useFramework();
  const layers = useMemo(() => (framework.data ? [...framework.data.layers].sort((a, b) => b.position - a.position) : []), [framework.data]);
  const componentByCode = useMemo(() => new Map(layers.flatMap((l) => l.scopes.flatMap((sc) => sc.components)).map((c) => [c.code, c] as [string, Component])), [layers]);
  const setComponent = (code: string, link: ComponentLink | '') => form.setState((prev) => withComponent(prev, code, link));
  const browse = layers.find((l) => l.code === (browseLayer || s.layer));
  const elsewhere = s.components.filter((c) => !browse || componentByCode.get(c.code)?.layer !== browse.code);
  return (
    <FormSection id="sec-architecture" title={t('systemForm.section.architecture')}>
      <div className="form-row">
        <div className="field">
          <label htmlFor={fieldId('layer')}>
            {t('fields.layer')} <Required />
          </label>
          <select
            {...control('layer', 'sf-layer-hint')}
            value={s.layer}
            onChange={(e) => {
              set('layer', e.target.value);
              setBrowseLayer(e.target.value);
            }}
            required
            aria-required="true"
          >
            <option value="">{t('systemForm.chooseLayer')}</option>
            {layers.map((l) => (
              <option key={l.code} value={l.code}>
                {l.code}. {pick(l.name)}
              </option>
            ))}
          </select>
          <p className="hint" id="sf-layer-hint">
            {t('systemForm.layerHint')}
          </p>
          {errorOf('layer')}
        </div>
        <div className="field">
          <label htmlFor="sf-browse-layer">{t('systemForm.browseLayer')}</label>
          <select id="sf-browse-layer" value={browseLayer || s.layer} onChange={(e) => setBrowseLayer(e.target.value)}>
            {!s.layer && !browseLayer && <option value="">{t('systemForm.chooseLayer')}</option>}
            {layers.map((l) => (
              <option key={l.code} value={l.code}>
                {l.code}. {pick(l.name)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div id="sf-components" tabIndex={-1} className="component-picker" aria-describedby="sf-components-hint">
        <p className="hint" id="sf-components-hint">
          {t('systemForm.componentsHint')}
        </p>
        {errorOf('components')}
        {browse ? (
          <ComponentChooser layer={browse} chosen={s.components} onChange={setComponent} />
        ) : (
          <p className="muted">{t('systemForm.chooseLayerFirst')}</p>
        )}
        {elsewhere.length > 0 && (
          <div className="component-elsewhere">
            <h4>{t('systemForm.chosenElsewhere')}</h4>
            <ul className="component-list">
              {elsewhere.map((c) => {
                const comp = componentByCode.get(c.code);
                return comp ? <ComponentRow key={c.code} component={comp} link={c.link} onChange={setComponent} /> : null;
              })}
            </ul>
          </div>
        )}
      </div>
    </FormSection>
  );
}
