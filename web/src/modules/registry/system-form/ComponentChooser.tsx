import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Component, ComponentLink, Layer } from '../../../api/types';
import { useLang } from '../../../kit/text';
import { fieldId } from '../fields';

/**
 * The components of one layer, national and provincial, each with "implements", "uses" or nothing. The
 * national ones are folded away unless one is chosen: a province mostly uses them, and the list is long.
 */
export function ComponentChooser({ layer, chosen, onChange }: { layer: Layer; chosen: { code: string; link: ComponentLink }[]; onChange: (code: string, link: ComponentLink | '') => void }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const links = new Map(chosen.map((c) => [c.code, c.link]));
  return (
    <div className="component-chooser">
      {layer.scopes.map((scope) => {
        const picked = scope.components.filter((c) => links.has(c.code)).length;
        const list = (
          <ul className="component-list">
            {scope.components.map((c) => (
              <ComponentRow key={c.code} component={c} link={links.get(c.code)} onChange={onChange} />
            ))}
          </ul>
        );
        const title = (
          <>
            {layer.code}. {t(`scope.${scope.scope}`)} <span className="muted">— {pick(scope.title)}</span>{' '}
            <span className="chosen-count">{t('systemForm.chosenCount', { count: picked, total: scope.components.length })}</span>
          </>
        );
        return (
          <div key={`${layer.code}-${scope.scope}`} className="component-scope">
            {scope.scope === 'national' ? (
              <Fold initiallyOpen={picked > 0} summary={title}>
                <p className="hint">{t('systemForm.nationalHint')}</p>
                {list}
              </Fold>
            ) : (
              <>
                <h4>{title}</h4>
                {list}
              </>
            )}
          </div>
        );
      })}
    </div>
  );
}

/** A <details> that opens as asked at first and then stays as the user leaves it. */
function Fold({ initiallyOpen, summary, children }: { initiallyOpen: boolean; summary: ReactNode; children: ReactNode }) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}

export function ComponentRow({ component: c, link, onChange }: { component: Component; link: ComponentLink | undefined; onChange: (code: string, link: ComponentLink | '') => void }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const id = fieldId(`component.${c.code}`);
  return (
    <li className={link ? 'component-row chosen' : 'component-row'}>
      <label htmlFor={id}>
        <code>{c.code}</code> {pick(c.name)}
      </label>
      <select id={id} value={link ?? ''} onChange={(e) => onChange(c.code, e.target.value as ComponentLink | '')}>
        <option value="">{t('systemForm.linkNone')}</option>
        <option value="implements">{t('componentLink.implements')}</option>
        <option value="uses">{t('componentLink.uses')}</option>
      </select>
    </li>
  );
}
