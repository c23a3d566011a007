import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { use, type ComposeOption } from 'echarts/core';
import { GraphChart, type GraphSeriesOption } from 'echarts/charts';
import { TooltipComponent, type TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useEChart } from '../../../kit/charts/useEChart';
import type { IntegrationMap } from '../../../api/types';
import { COMPLIANCE_COLOURS, complianceState } from '../compliance';
import { edgeStyle } from '../landscape';

use([GraphChart, TooltipComponent, SVGRenderer]);

type Option = ComposeOption<GraphSeriesOption | TooltipComponentOption>;

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The province's systems and how they connect, laid out by force: nodes coloured by their compliance, exchanges drawn
 * by channel (LGSP solid, NDXP dashed, point to point dotted), relations dash-dotted. The table beside the picture says
 * the same in words.
 */
export default function IntegrationGraph({ map, summary, onPick }: { map: IntegrationMap; summary: string; onPick: (code: string) => void }) {
  const { t, i18n } = useTranslation();
  const { element, chart } = useEChart({
    onClick: (params) => {
      if (params.dataType === 'node' && typeof params.name === 'string') onPick(params.name);
    },
  });

  useEffect(() => {
    const byId = new Map(map.nodes.map((n) => [n.id, n]));
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const degree = new Map<string, number>();
    for (const e of map.edges) for (const id of [e.fromId, e.toId]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const edgeLabel = (index: number) => {
      const e = map.edges[index];
      if (!e) return '';
      const from = byId.get(e.fromId)?.code ?? '';
      const to = byId.get(e.toId)?.code ?? '';
      return e.kind === 'relation' ? `${from} ${t(`relation.out.${e.type}`)} ${to}` : `${from} ${t('landscape.consumesFrom', { channel: t(`landscape.channel.${e.channel}`) })} ${to}`;
    };
    const option: Option = {
      animation: !reduced,
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const p = Array.isArray(params) ? params[0] : params;
          if (!p) return '';
          if (p.dataType === 'edge') return esc(edgeLabel(p.dataIndex));
          const node = byId.get((p.data as { id: string }).id);
          if (!node) return esc(String(p.name));
          const state = complianceState(node.compliance === null ? null : { errors: node.errors, warnings: node.warnings, result: node.compliance });
          return `<strong>${esc(node.code)}</strong><br/>${esc(i18n.language === 'en' && node.nameEn ? node.nameEn : node.nameVi)}<br/>${esc(t(`compliance.graphState.${state}`, { errors: node.errors, warnings: node.warnings }))}`;
        },
      },
      series: [
        {
          type: 'graph',
          layout: map.nodes.length <= 2 ? 'circular' : 'force',
          force: { repulsion: map.nodes.length > 80 ? 160 : 420, edgeLength: [90, 180], gravity: 0.08, layoutAnimation: !reduced },
          roam: true,
          draggable: true,
          edgeSymbol: ['none', 'arrow'],
          edgeSymbolSize: 8,
          label: { show: map.nodes.length <= 120, position: 'bottom', color: '#1f2933', fontSize: 11, fontWeight: 'bold' },
          emphasis: { focus: 'adjacency', lineStyle: { width: 3 } },
          data: map.nodes.map((n) => ({
            id: n.id,
            name: n.code,
            symbolSize: 14 + Math.min(degree.get(n.id) ?? 0, 10) * 2.5,
            itemStyle: {
              color: COMPLIANCE_COLOURS[complianceState(n.compliance === null ? null : { errors: n.errors, warnings: n.warnings, result: n.compliance })],
              borderColor: '#fff',
              borderWidth: 1.5,
            },
          })),
          links: map.edges.map((e) => {
            const style = edgeStyle(e.kind === 'relation' ? 'relation' : e.channel);
            return { source: e.fromId, target: e.toId, lineStyle: { color: style.colour, width: style.width, type: style.echarts, curveness: 0.12, opacity: 0.95 } };
          }),
        },
      ],
    };
    chart.current?.setOption(option, true);
  }, [map, t, i18n.language]);

  return <div ref={element} className="graph graph-province" role="img" aria-label={summary} />;
}
