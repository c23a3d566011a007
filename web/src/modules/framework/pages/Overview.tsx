import { useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

import type { Component, Layer, Page, SystemRecord } from '../../../api/types';
import { useAuth } from '../../../kit/auth';
import { ComplianceBadge, LifecycleBadge } from '../../registry/components/badges';
import { useAgencyMap, agencyLabel } from '../agencies';
import { systemPath } from '../../registry/paths';
import { ErrorBox, Loading } from '../../../kit/feedback';
import { useTitle } from '../../../kit/useTitle';
import { Dialog } from '../../../kit/Dialog';
import { clauseText, formatDate, matches, useLang } from '../../../kit/text';
import { useFramework } from '../data';
import { useApiQueryIf } from '../../../kit/query';

function searchText(c: Component): string {
  return [c.code, c.shortName ?? '', c.name.vi, c.name.en, c.description.vi, c.description.en, c.group?.vi ?? '', c.group?.en ?? '', c.clause].join(' ');
}

export function OverviewPage() {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  useTitle(t('overview.title'));
  const { data, error, loading } = useFramework();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<Component | null>(null);

  const layers = useMemo(() => (data ? [...data.layers].sort((a, b) => b.position - a.position) : []), [data]);
  const allComponents = useMemo(() => layers.flatMap((l) => l.scopes.flatMap((s) => s.components)), [layers]);
  const visible = useMemo(() => {
    if (!query.trim()) return null;
    return new Set(allComponents.filter((c) => matches(searchText(c), query)).map((c) => c.code));
  }, [allComponents, query]);

  const layerOf = (code: string) => layers.find((l) => l.code === code);

  return (
    <div className="page">
      <h1>{t('overview.title')}</h1>
      {loading && <Loading />}
      <ErrorBox error={error} />
      {data && (
        <>
          <div className="source-box">
            <p className="source-label">{t('overview.source')}</p>
            <p className="source-title">
              {t('overview.sourceLine', { number: data.source.number, date: formatDate(data.source.date, lang), issuer: t('overview.issuerName', { defaultValue: data.source.issuer }) })}
            </p>
            <p className="source-sub">{pick(data.source.title)}</p>
            <ul className="stats" aria-label={t('overview.statsLabel')}>
              <li>
                <strong>{layers.length}</strong> {t('overview.statLayers')}
              </li>
              <li>
                <strong>{allComponents.length}</strong> {t('overview.statComponents')}
              </li>
              <li>
                <strong>{data.principles.length}</strong> {t('overview.statPrinciples')}
              </li>
            </ul>
          </div>

          <section className="section" aria-labelledby="diagram-title">
            <div className="section-head">
              <h2 id="diagram-title">{t('overview.diagramTitle')}</h2>
              <div className="search-field">
                <label htmlFor="component-search">{t('overview.searchLabel')}</label>
                <input
                  id="component-search"
                  type="search"
                  value={query}
                  placeholder={t('overview.searchPlaceholder')}
                  onChange={(event) => setQuery(event.target.value)}
                  autoComplete="off"
                />
              </div>
            </div>
            <p className="hint">{t('overview.diagramHint')}</p>
            <p className="visually-hidden" role="status" aria-live="polite">
              {visible ? t('overview.searchCount', { count: visible.size }) : ''}
            </p>
            {visible && visible.size === 0 && <p className="notice notice-info">{t('overview.searchNone')}</p>}
            <div className="architecture">
              {layers.map((layer) => (
                <LayerBand key={layer.code} layer={layer} visible={visible} onOpen={setSelected} />
              ))}
            </div>
          </section>

          <section className="section" aria-labelledby="principles-title">
            <h2 id="principles-title">{t('overview.principlesTitle')}</h2>
            <details className="principles">
              <summary>{t('overview.principlesToggle', { count: data.principles.length })}</summary>
              <ol>
                {data.principles.map((p) => (
                  <li key={p.code}>
                    <span className="clause">{clauseText(p.clause, lang)}</span> {pick(p.text)}
                  </li>
                ))}
              </ol>
            </details>
          </section>
        </>
      )}
      <Dialog open={selected !== null} title={selected ? pick(selected.name) : ''} onClose={() => setSelected(null)} wide>
        {selected && <ComponentDetail component={selected} layer={layerOf(selected.layer)} />}
      </Dialog>
    </div>
  );
}

function LayerBand({ layer, visible, onOpen }: { layer: Layer; visible: Set<string> | null; onOpen: (c: Component) => void }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const headingId = `layer-${layer.code}`;
  const count = layer.scopes.reduce((n, s) => n + s.components.length, 0);
  return (
    <section className={`layer layer-${layer.code}`} aria-labelledby={headingId}>
      <div className="layer-head">
        <span className="layer-code" aria-hidden="true">
          {layer.code}
        </span>
        <div>
          <h3 id={headingId}>
            <span className="visually-hidden">{layer.code}. </span>
            {pick(layer.name)}
          </h3>
          <p className="layer-count">{t('overview.componentCount', { count })}</p>
          <details className="layer-desc">
            <summary>{t('overview.layerDescription')}</summary>
            <p>{pick(layer.description)}</p>
          </details>
        </div>
      </div>
      <div className="layer-scopes">
        {layer.scopes.map((scope) => {
          const shown = scope.components.filter((c) => !visible || visible.has(c.code));
          const groups: { key: string; label: string | null; items: Component[] }[] = [];
          for (const c of shown) {
            const key = c.group?.vi ?? '';
            let entry = groups.find((g) => g.key === key);
            if (!entry) {
              entry = { key, label: c.group ? pick(c.group) : null, items: [] };
              groups.push(entry);
            }
            entry.items.push(c);
          }
          return (
            <div key={scope.scope} className={`scope scope-${scope.scope}`}>
              <h4 className="scope-title">
                {t(`scope.${scope.scope}`)}
                <span className="scope-sub">{pick(scope.title)}</span>
              </h4>
              {shown.length === 0 ? (
                <p className="scope-empty">{t('overview.scopeNoMatch')}</p>
              ) : (
                groups.map((group) => (
                  <div key={group.key} className="tile-group">
                    {group.label && <h5 className="group-title">{group.label}</h5>}
                    <ul className="tiles">
                      {group.items.map((c) => (
                        <li key={c.code}>
                          <button type="button" className="tile" onClick={() => onOpen(c)} title={pick(c.name)}>
                            <span className="tile-code">{c.code}</span>
                            {c.shortName ? (
                              <span className="tile-label tile-short">
                                {c.shortName}
                                <span className="visually-hidden">: {pick(c.name)}</span>
                              </span>
                            ) : (
                              <span className="tile-label">{pick(c.name)}</span>
                            )}
                          </button>
                        </li>
                      ))}
                    </ul>
                  </div>
                ))
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}

function ComponentDetail({ component: c, layer }: { component: Component; layer: Layer | undefined }) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  return (
    <div className="component-detail">
      <dl className="facts">
        <div>
          <dt>{t('component.code')}</dt>
          <dd>
            <code>{c.code}</code>
          </dd>
        </div>
        <div>
          <dt>{t('component.clause')}</dt>
          <dd>{clauseText(c.clause, lang)}</dd>
        </div>
        {c.shortName && (
          <div>
            <dt>{t('component.shortName')}</dt>
            <dd>{c.shortName}</dd>
          </div>
        )}
        <div>
          <dt>{t('component.layer')}</dt>
          <dd>{layer ? `${layer.code}. ${pick(layer.name)}` : c.layer}</dd>
        </div>
        <div>
          <dt>{t('component.scope')}</dt>
          <dd>{t(`scope.${c.scope}`)}</dd>
        </div>
        <div>
          <dt>{t('component.group')}</dt>
          <dd>{c.group ? pick(c.group) : '—'}</dd>
        </div>
      </dl>
      <h3>{t('component.description')}</h3>
      <p className="prose">{pick(c.description)}</p>
      <h3>{t('component.legalBasis')}</h3>
      {c.legalBasis.length > 0 ? (
        <ul>
          {c.legalBasis.map((basis) => (
            <li key={basis}>{basis}</li>
          ))}
        </ul>
      ) : (
        <p>{t('component.noLegalBasis')}</p>
      )}
      <ComponentSystems component={c} />
    </div>
  );
}

/** The registered systems that implement or use the component; the registry is for signed-in users. */
function ComponentSystems({ component }: { component: Component }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { user } = useAuth();
  const location = useLocation();
  const agencyMap = useAgencyMap();
  const systems = useApiQueryIf<Page<SystemRecord>>(Boolean(user), '/api/v1/registry/systems', { component: component.code, limit: 100 });
  if (user === undefined) return null;
  if (user === null) {
    return (
      <p className="notice notice-info">
        {t('component.systemsLogin')}{' '}
        <Link to="/login" state={{ from: location.pathname + location.search }}>
          {t('nav.login')}
        </Link>
      </p>
    );
  }
  const items = systems.data?.items ?? [];
  const implementing = items.filter((s) => s.components.some((c) => c.code === component.code && c.link === 'implements'));
  const using = items.filter((s) => !implementing.includes(s));
  const list = (title: string, id: string, group: SystemRecord[]) => (
    <div className="component-systems-group">
      <h4 id={id}>
        {title} <span className="group-count">({group.length})</span>
      </h4>
      {group.length === 0 ? (
        <p className="muted">{t('component.noneRegistered')}</p>
      ) : (
        <ul className="plain-list" aria-labelledby={id}>
          {group.map((s) => (
            <li key={s.id}>
              <Link to={systemPath(s.code)}>
                <code>{s.code}</code> — {s.name.vi}
              </Link>{' '}
              <span className="muted">({agencyLabel(agencyMap.get(s.ownerAgencyId), s.ownerAgencyId, lang)})</span> <LifecycleBadge lifecycle={s.lifecycle} />{' '}
              <ComplianceBadge compliance={s.compliance} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
  return (
    <section className="component-systems" aria-labelledby="component-systems-title">
      <h3 id="component-systems-title">{t('component.systemsTitle')}</h3>
      <ErrorBox error={systems.error} />
      {systems.loading && !systems.data && <Loading />}
      {systems.data && (
        <>
          {list(t('component.implementedBy'), 'component-implementing', implementing)}
          {list(t('component.usedBy'), 'component-using', using)}
          {systems.data.total > items.length && (
            <p>
              <Link to={`/registry?component=${encodeURIComponent(component.code)}`}>{t('component.allSystems', { count: systems.data.total })}</Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
