import { Fragment, lazy, Suspense, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LIFECYCLES, type HeatMapCell, type IntegrationMap, type LandscapeHeatMap, type MapEdge } from '../../../api/types';
import { useAuth } from '../../../kit/auth';
import { AccessDenied, ErrorBox, Loading } from '../../../kit/feedback';
import { ClearFilters, FilterSelect, useUrlFilters } from '../../../kit/filters';
import { DataTable, TableWrap } from '../../../kit/table';
import { Tabs } from '../../../kit/Tabs';
import { useGet } from '../../../kit/query';
import { useLang } from '../../../kit/text';
import { useTitle } from '../../../kit/useTitle';
import { AgencySelect } from '../../framework/components/AgencySelect';
import { LayerComponentFilters } from '../components/LayerComponentFilters';
import { agencyLabel, useAgencyMap } from '../../framework/agencies';
import { useAgencies, useFramework } from '../../framework/data';
import { systemPath } from '../paths';
import { cellSystemsPath, EDGE_STYLE_KEYS, EDGE_STYLES, type EdgeStyleKey } from '../landscape';

// ECharts loads only with the map.
const IntegrationGraph = lazy(() => import('../components/IntegrationGraph'));

const TABS = ['map', 'heatmap'] as const;
type Tab = (typeof TABS)[number];
const MAP_FILTERS = ['layer', 'component', 'agency', 'lifecycle'] as const;
/** More systems than this make a force layout unreadable (and slow): the page asks for a filter and keeps the table. */
const MAX_DRAWN = 300;
const EDGE_PAGE = 50;

/** The province-wide picture: the integration map and the landscape heat map, the view an architect opens first. */
export function LandscapePage() {
  const { t } = useTranslation();
  useTitle(t('landscape.title'));
  const { user } = useAuth();
  return (
    <div className="page">
      <h1>{t('landscape.title')}</h1>
      {user === undefined ? <Loading /> : user === null ? <AccessDenied reason="login" /> : <Landscape />}
    </div>
  );
}

function Landscape() {
  const { t } = useTranslation();
  const { value, update } = useUrlFilters();
  const tab: Tab = value('tab') === 'heatmap' ? 'heatmap' : 'map';
  return (
    <>
      <p className="lead-text">{t('landscape.intro')}</p>
      <Tabs tabs={TABS} selected={tab} onSelect={(next) => update({ tab: next === 'map' ? '' : next })} label={t('landscape.tabsLabel')} tabLabel={(name) => t(`landscape.tab.${name}`)}>
        {tab === 'map' ? <MapTab /> : <HeatMapTab />}
      </Tabs>
    </>
  );
}

function LineSample({ style }: { style: EdgeStyleKey }) {
  const s = EDGE_STYLES[style];
  return (
    <svg width="36" height="10" aria-hidden="true" focusable="false" className="line-sample">
      <line x1="0" y1="5" x2="36" y2="5" stroke={s.colour} strokeWidth={s.width} strokeDasharray={s.dash} />
    </svg>
  );
}

function MapLegend() {
  const { t } = useTranslation();
  return (
    <div className="map-legend">
      <ul className="legend" aria-label={t('landscape.legendNodes')}>
        {(['failing', 'warning', 'passing', 'unknown'] as const).map((s) => (
          <li key={s}>
            <span className={`swatch swatch-${s}`} aria-hidden="true" />
            {t(`landscape.nodeState.${s}`)}
          </li>
        ))}
      </ul>
      <ul className="legend" aria-label={t('landscape.legendEdges')}>
        {EDGE_STYLE_KEYS.map((k) => (
          <li key={k}>
            <LineSample style={k} />
            {t(`landscape.edgeLegend.${k}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function edgeKey(e: MapEdge): EdgeStyleKey {
  return e.kind === 'relation' ? 'relation' : e.channel;
}

function MapTab() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const navigate = useNavigate();
  const { value, update, clear } = useUrlFilters();
  const agencies = useAgencies();
  const query = Object.fromEntries(MAP_FILTERS.map((k) => [k, value(k) || undefined]));
  const map = useGet('/api/v1/registry/landscape/map', { query });
  const filtered = MAP_FILTERS.some((k) => value(k));
  const data = map.data;

  return (
    <>
      <form className="filters" role="search" aria-label={t('landscape.filtersLabel')} onSubmit={(event) => event.preventDefault()}>
        <LayerComponentFilters idPrefix="l" layer={value('layer')} component={value('component')} update={update} />
        <div className="field">
          <label htmlFor="l-agency">{t('fields.ownerAgencyId')}</label>
          <AgencySelect id="l-agency" value={value('agency')} onChange={(v) => update({ agency: v })} agencies={agencies.data ?? []} required={false} emptyLabel={t('common.all')} />
        </div>
        <FilterSelect id="l-lifecycle" label={t('fields.lifecycle')} value={value('lifecycle')} onChange={(v) => update({ lifecycle: v })} values={LIFECYCLES} optionLabel={(l) => t(`lifecycle.${l}`)} />
        <ClearFilters disabled={!filtered} onClear={() => clear(value('tab') ? { tab: value('tab') } : {})} />
      </form>
      <ErrorBox error={map.error} />
      {map.loading && !data && <Loading />}
      {data && <MapView map={data} busy={map.loading} lang={lang} onPick={(code) => navigate(systemPath(code))} />}
      {data && !value('lifecycle') && <p className="hint">{t('landscape.retiredHint')}</p>}
    </>
  );
}

function MapView({ map, busy, lang, onPick }: { map: IntegrationMap; busy: boolean; lang: 'vi' | 'en'; onPick: (code: string) => void }) {
  const { t } = useTranslation();
  const agencyMap = useAgencyMap();
  const [offset, setOffset] = useState(0);
  const byId = useMemo(() => new Map(map.nodes.map((n) => [n.id, n])), [map]);
  const counts = useMemo(() => {
    const c: Record<EdgeStyleKey, number> = { lgsp: 0, ndxp: 0, direct: 0, internal: 0, relation: 0 };
    for (const e of map.edges) c[edgeKey(e)]++;
    return c;
  }, [map]);
  const summary = t('landscape.summary', {
    systems: map.nodes.length.toLocaleString(lang),
    edges: map.edges.length.toLocaleString(lang),
    lgsp: counts.lgsp,
    ndxp: counts.ndxp,
    direct: counts.direct,
    internal: counts.internal,
    relations: counts.relation,
  });
  const shownOffset = offset < map.edges.length ? offset : 0;
  const name = (id: string) => {
    const n = byId.get(id);
    return n ? (
      <>
        <Link to={systemPath(n.code)}>{n.code}</Link> <span className="cell-sub">{agencyLabel(agencyMap.get(n.ownerAgencyId), n.ownerAgencyId, lang)}</span>
      </>
    ) : (
      id
    );
  };

  if (map.nodes.length === 0) return <p className="notice notice-info">{t('landscape.noSystems')}</p>;
  return (
    <>
      <p className="result-count" role="status" aria-live="polite">
        {summary}
        {map.edgesOutside > 0 && ` ${t('landscape.outside', { count: map.edgesOutside })}`}
      </p>
      <MapLegend />
      {map.nodes.length > MAX_DRAWN ? (
        <p className="notice notice-info">{t('landscape.tooMany', { count: map.nodes.length, max: MAX_DRAWN })}</p>
      ) : (
        <figure className="graph-figure province-map">
          <Suspense fallback={<Loading />}>
            <IntegrationGraph map={map} summary={summary} onPick={onPick} />
          </Suspense>
          <figcaption className="hint">{t('landscape.graphCaption')}</figcaption>
        </figure>
      )}
      <h2 id="edges-title">{t('landscape.edgesTitle')}</h2>
      {map.edges.length === 0 ? (
        <p className="muted">{t('landscape.noEdges')}</p>
      ) : (
        <DataTable
          label={t('landscape.edgesTitle')}
          id="edges-table"
          compact
          busy={busy}
          caption={t('landscape.edgesCaption')}
          columns={[t('landscape.colFrom'), t('landscape.colLink'), t('landscape.colTo'), t('landscape.colInterfaces')]}
          paging={map.edges.length > EDGE_PAGE ? { total: map.edges.length, limit: EDGE_PAGE, offset: shownOffset, onChange: setOffset, label: t('landscape.edgesPager') } : undefined}
        >
          {map.edges.slice(shownOffset, shownOffset + EDGE_PAGE).map((e) => (
            <tr key={`${e.fromId} ${e.toId} ${e.kind === 'relation' ? e.type : e.channel}`}>
              <th scope="row" className="cell-name">
                {name(e.fromId)}
              </th>
              <td className="nowrap">
                <LineSample style={edgeKey(e)} /> {e.kind === 'relation' ? t(`relation.out.${e.type}`) : t('landscape.consumesFrom', { channel: t(`landscape.channel.${e.channel}`) })}
              </td>
              <td>{name(e.toId)}</td>
              <td>{e.kind === 'exchange' ? e.interfaces.join('; ') : ''}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}

const CELL_MARKS = { failing: '✗', warningsOnly: '!', passing: '✓' } as const;

function HeatMapTab() {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const framework = useFramework();
  const heat = useGet('/api/v1/registry/landscape/heatmap');
  return (
    <>
      <p>{t('landscape.heatIntro')}</p>
      <ul className="legend heat-legend" aria-label={t('landscape.heatLegend')}>
        {(['failing', 'warnings_only', 'passing', 'none'] as const).map((r) => (
          <li key={r}>
            <span className={`heat-swatch heat-${r}`} aria-hidden="true">
              {r === 'failing' ? CELL_MARKS.failing : r === 'warnings_only' ? CELL_MARKS.warningsOnly : r === 'passing' ? CELL_MARKS.passing : '–'}
            </span>
            {t(`landscape.cellResult.${r}`)}
          </li>
        ))}
      </ul>
      <ErrorBox error={heat.error ?? framework.error} />
      {(heat.loading || framework.loading) && !heat.data && <Loading />}
      {heat.data && <HeatTable heat={heat.data} layerName={(code) => pick(framework.data?.layers.find((l) => l.code === code)?.name)} lang={lang} />}
    </>
  );
}

function HeatTable({ heat, layerName, lang }: { heat: LandscapeHeatMap; layerName: (code: string) => string; lang: 'vi' | 'en' }) {
  const { t } = useTranslation();
  const cells = useMemo(() => new Map(heat.cells.map((c) => [`${c.componentCode} ${c.agencyId}`, c])), [heat]);
  const layers = useMemo(() => [...new Set(heat.components.map((c) => c.layer))], [heat]);
  const agencyName = (a: LandscapeHeatMap['agencies'][number]) => (lang === 'en' ? a.nameEn || a.nameVi : a.shortName ?? a.nameVi);
  const componentName = (c: LandscapeHeatMap['components'][number]) => c.shortName ?? (lang === 'en' ? c.nameEn : c.nameVi);
  const [onlyUsed, setOnlyUsed] = useState(false);
  const used = new Set(heat.cells.map((c) => c.componentCode));

  if (heat.agencies.length === 0) return <p className="notice notice-info">{t('landscape.heatEmpty')}</p>;
  const describe = (c: HeatMapCell, component: string, agency: string) =>
    t('landscape.cellLabel', { component, agency, systems: c.systems, failing: c.failing, warnings: c.warningsOnly, passing: c.passing, notEvaluated: c.notEvaluated });

  return (
    <>
      <div className="field field-check">
        <input id="heat-only-used" type="checkbox" checked={onlyUsed} onChange={(event) => setOnlyUsed(event.target.checked)} />
        <label htmlFor="heat-only-used">{t('landscape.onlyUsed')}</label>
      </div>
      <TableWrap label={t('landscape.heatCaption')}>
        <table className="table table-compact heat-table" id="heat-table">
          <caption className="visually-hidden">{t('landscape.heatCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('landscape.colComponent')}</th>
              {heat.agencies.map((a) => (
                <th key={a.id} scope="col" className="heat-agency" title={lang === 'en' ? a.nameEn : a.nameVi}>
                  {agencyName(a)}
                </th>
              ))}
            </tr>
          </thead>
          {layers.map((layer) => {
            const rows = heat.components.filter((c) => c.layer === layer && (!onlyUsed || used.has(c.code)));
            if (rows.length === 0) return null;
            return (
              <tbody key={layer}>
                <tr className="heat-layer">
                  <th scope="rowgroup" colSpan={heat.agencies.length + 1}>
                    {t('landscape.layerRow', { code: layer, name: layerName(layer) })}
                  </th>
                </tr>
                {rows.map((c) => (
                  <tr key={c.code}>
                    <th scope="row" className="heat-component">
                      <code>{c.code}</code> {componentName(c)}
                    </th>
                    {heat.agencies.map((a) => {
                      const cell = cells.get(`${c.code} ${a.id}`);
                      if (!cell) {
                        return (
                          <td key={a.id} className="heat-cell heat-empty">
                            <span className="visually-hidden">{t('landscape.cellEmpty')}</span>
                          </td>
                        );
                      }
                      return (
                        <td key={a.id} className={`heat-cell heat-${cell.result}`}>
                          <Link to={cellSystemsPath(c.code, a.id)}>
                            <span className="heat-total" aria-hidden="true">
                              {cell.systems}
                            </span>
                            <span className="heat-parts" aria-hidden="true">
                              {(['failing', 'warningsOnly', 'passing'] as const).map((k) =>
                                cell[k] > 0 ? (
                                  <Fragment key={k}>
                                    {CELL_MARKS[k]}
                                    {cell[k]}{' '}
                                  </Fragment>
                                ) : null,
                              )}
                            </span>
                            <span className="visually-hidden">{describe(cell, c.code, lang === 'en' ? a.nameEn : a.nameVi)}</span>
                          </Link>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            );
          })}
        </table>
      </TableWrap>
    </>
  );
}
