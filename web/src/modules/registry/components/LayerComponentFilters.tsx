import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../kit/text';
import { useFramework } from '../../framework/data';

/**
 * The layer and framework-component filters of the registry's lists and maps, bound to the caller's filter values:
 * choosing a layer clears the component and narrows its choices to that layer's components.
 */
export function LayerComponentFilters({ idPrefix, layer, component, update }: { idPrefix: string; layer: string; component: string; update: (changes: Record<string, string>) => void }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const framework = useFramework();
  const layers = useMemo(() => (framework.data ? [...framework.data.layers].sort((a, b) => b.position - a.position) : []), [framework.data]);
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-layer`}>{t('fields.layer')}</label>
        <select id={`${idPrefix}-layer`} value={layer} onChange={(event) => update({ layer: event.target.value, component: '' })}>
          <option value="">{t('common.all')}</option>
          {layers.map((l) => (
            <option key={l.code} value={l.code}>
              {l.code}. {pick(l.name)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-component`}>{t('registry.component')}</label>
        <select id={`${idPrefix}-component`} value={component} onChange={(event) => update({ component: event.target.value })}>
          <option value="">{t('common.all')}</option>
          {layers
            .filter((l) => !layer || l.code === layer)
            .map((l) => (
              <optgroup key={l.code} label={`${l.code}. ${pick(l.name)}`}>
                {l.scopes.flatMap((s) =>
                  s.components.map((c) => (
                    <option key={c.code} value={c.code}>
                      {c.code} {c.shortName ?? pick(c.name)}
                    </option>
                  )),
                )}
              </optgroup>
            ))}
        </select>
      </div>
    </>
  );
}
