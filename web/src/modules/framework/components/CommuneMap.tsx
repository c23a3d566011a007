import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerMap, use, type ComposeOption } from 'echarts/core';
import { useEChart } from '../../../kit/charts/useEChart';
import { MapChart, type MapSeriesOption } from 'echarts/charts';
import { TooltipComponent, type TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useLang } from '../../../kit/text';

use([MapChart, TooltipComponent, SVGRenderer]);

type Option = ComposeOption<MapSeriesOption | TooltipComponentOption>;

interface CommuneFeature {
  properties: { code: string; name: string; nameEn: string; areaKm2: number };
}

let geo: Promise<{ features: CommuneFeature[] }> | null = null;

/** The simplified boundaries (web/public/hung-yen-communes.json, made by web/tools/simplify-communes.mjs). */
function loadGeo(): Promise<{ features: CommuneFeature[] }> {
  geo ??= fetch('/hung-yen-communes.json').then(async (response) => {
    if (!response.ok) throw new Error(`map ${response.status}`);
    const json = (await response.json()) as { features: CommuneFeature[] };
    registerMap('hung-yen-communes', json as unknown as Parameters<typeof registerMap>[1]);
    return json;
  });
  geo.catch(() => {
    geo = null;
  });
  return geo;
}

/**
 * The 104 communes and wards. The communes listed in the table beside it are drawn darker; clicking
 * a commune searches for it. The table is the text alternative: the map only repeats what it says.
 */
export default function CommuneMap({ highlighted, onPick }: { highlighted: Set<string>; onPick: (code: string) => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const [features, setFeatures] = useState<CommuneFeature[] | null>(null);
  const [failed, setFailed] = useState(false);
  const { element, chart } = useEChart({
    ready: features !== null,
    onClick: (params) => {
      if (typeof params.name === 'string' && params.name) onPick(params.name);
    },
  });

  useEffect(() => {
    let live = true;
    loadGeo().then(
      (json) => live && setFeatures(json.features),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!features || !chart.current) return;
    const names = new Map(features.map((f) => [f.properties.code, lang === 'vi' ? f.properties.name : f.properties.nameEn]));
    const option: Option = {
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const p = Array.isArray(params) ? params[0] : params;
          const code = typeof p?.name === 'string' ? p.name : '';
          return `${names.get(code) ?? code} (${code})`;
        },
      },
      series: [
        {
          type: 'map',
          map: 'hung-yen-communes',
          nameProperty: 'code',
          roam: false,
          aspectScale: 0.94,
          layoutCenter: ['50%', '50%'],
          layoutSize: '96%',
          selectedMode: false,
          label: { show: false },
          itemStyle: { areaColor: '#f3e3c3', borderColor: '#8b1a1a', borderWidth: 0.6 },
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#c9a227' } },
          data: features.map((f) => ({
            name: f.properties.code,
            value: f.properties.areaKm2,
            itemStyle: highlighted.has(f.properties.code) ? { areaColor: '#8b1a1a' } : undefined,
          })),
        },
      ],
    };
    chart.current.setOption(option, true);
  }, [features, highlighted, lang]);

  if (failed) return <p className="notice notice-info">{t('agencies.mapUnavailable')}</p>;
  return (
    <figure className="map-figure">
      <div ref={element} className="commune-map" role="img" aria-label={t('agencies.mapLabel', { count: highlighted.size })} />
      <figcaption className="hint">{t('agencies.mapCaption')}</figcaption>
    </figure>
  );
}
