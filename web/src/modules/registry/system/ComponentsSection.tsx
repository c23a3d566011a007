import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Component, SystemRecord } from '../../../api/types';
import { useLang } from '../../../kit/text';
import { useFramework } from '../../framework/data';

/** The framework components the system implements or uses. */
export function ComponentsSection({ system }: { system: SystemRecord }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const framework = useFramework();
  const componentByCode = useMemo(
    () => new Map((framework.data?.layers ?? []).flatMap((l) => l.scopes.flatMap((s) => s.components)).map((c) => [c.code, c] as [string, Component])),
    [framework.data],
  );
  return (
    <section className="section" aria-labelledby="components-title">
      <h2 id="components-title">{t('system.componentsTitle')}</h2>
      {system.components.length === 0 ? (
        <p>{t('system.noComponents')}</p>
      ) : (
        <ul className="component-links">
          {system.components.map((c) => {
            const comp = componentByCode.get(c.code);
            return (
              <li key={`${c.code}:${c.link}`}>
                <span className={`link-tag link-${c.link}`}>{t(`componentLink.${c.link}`)}</span> <code>{c.code}</code> {comp ? pick(comp.name) : ''}
                {comp?.scope === 'national' && <span className="muted"> ({t('scope.national')})</span>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
