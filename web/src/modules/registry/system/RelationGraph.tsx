import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { SystemRecord } from '../../../api/types';
import { ErrorBox, Loading } from '../../../kit/feedback';
import { systemPath } from '../paths';
import { useGet } from '../../../kit/query';

// ECharts loads only when a graph is shown.
const DependencyGraph = lazy(() => import('../components/DependencyGraph'));

/** The dependency graph around a system, to a chosen depth: the chart (loaded lazily) and the same edges as text. */
export function RelationGraph({ system }: { system: SystemRecord }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [depth, setDepth] = useState(2);
  const graph = useGet('/api/v1/registry/systems/{id}/graph', { path: { id: system.id }, query: { depth } });
  const byId = new Map((graph.data?.nodes ?? []).map((n) => [n.id, n]));
  const graphSummary = graph.data
    ? t('system.graphSummary', { code: system.code, nodes: graph.data.nodes.length - 1, edges: graph.data.edges.length })
    : '';
  return (
    <>
      <h3 id="graph-title">{t('system.graphTitle')}</h3>
      <div className="graph-tools">
        <label htmlFor="graph-depth">{t('system.graphDepth')}</label>
        <select id="graph-depth" value={depth} onChange={(e) => setDepth(Number(e.target.value))}>
          {[1, 2, 3, 4].map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
        <ul className="legend" aria-label={t('system.graphLegend')}>
          {(['failing', 'warning', 'passing'] as const).map((s) => (
            <li key={s}>
              <span className={`swatch swatch-${s}`} aria-hidden="true" />
              {t(`compliance.legend.${s}`)}
            </li>
          ))}
        </ul>
      </div>
      <ErrorBox error={graph.error} />
      {graph.data && graph.data.edges.length === 0 && <p className="muted">{t('system.graphEmpty')}</p>}
      {graph.data && graph.data.edges.length > 0 && (
        <div className="graph-layout">
          <figure className="graph-figure">
            <Suspense fallback={<Loading />}>
              <DependencyGraph graph={graph.data} summary={graphSummary} onPick={(code) => code !== system.code && navigate(systemPath(code))} />
            </Suspense>
            <figcaption className="hint">{t('system.graphCaption')}</figcaption>
          </figure>
          <div className="graph-text">
            <h4 id="graph-list-title">{t('system.graphListTitle')}</h4>
            <ul className="graph-edges" aria-labelledby="graph-list-title">
              {graph.data.edges.map((e) => {
                const from = byId.get(e.fromId);
                const to = byId.get(e.toId);
                return (
                  <li key={e.id}>
                    <Link to={systemPath(from?.code ?? '')}>{from?.code}</Link> {t(`relation.out.${e.type}`)} <Link to={systemPath(to?.code ?? '')}>{to?.code}</Link>
                  </li>
                );
              })}
            </ul>
          </div>
        </div>
      )}
    </>
  );
}
