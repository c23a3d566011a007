import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { use, type ComposeOption } from 'echarts/core';
import { useEChart } from '../../../kit/charts/useEChart';
import { GraphChart, type GraphSeriesOption } from 'echarts/charts';
import { TooltipComponent, type TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { SystemGraph } from '../../../api/types';
import { COMPLIANCE_COLOURS, complianceState } from '../compliance';

use([GraphChart, TooltipComponent, SVGRenderer]);

type Option = ComposeOption<GraphSeriesOption | TooltipComponentOption>;

/**
 * What a system uses and what uses it, as a graph: nodes coloured by their compliance, edges labelled by
 * relation type. The list of relations beside it says the same in words; the picture only repeats it.
 */
export default function DependencyGraph({ graph, summary, onPick }: { graph: SystemGraph; summary: string; onPick: (code: string) => void }) {
  const { t, i18n } = useTranslation();
  const { element, chart } = useEChart({
    onClick: (params) => {
      if (params.dataType === 'node' && typeof params.name === 'string') onPick(params.name);
    },
  });

  useEffect(() => {
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const option: Option = {
      animation: !reduced,
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const p = Array.isArray(params) ? params[0] : params;
          if (!p) return '';
          if (p.dataType === 'edge') {
            const data = p.data as { source: string; target: string; relation: string };
            return `${byId.get(data.source)?.code ?? ''} ${t(`relation.out.${data.relation}`)} ${byId.get(data.target)?.code ?? ''}`;
          }
          const node = graph.nodes.find((n) => n.code === p.name);
          if (!node) return String(p.name);
          const state = complianceState(node);
          const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
          return `<strong>${esc(node.code)}</strong><br/>${esc(node.nameVi)}<br/>${esc(t(`compliance.graphState.${state}`, { errors: node.errors, warnings: node.warnings }))}`;
        },
      },
      series: [
        {
          type: 'graph',
          layout: graph.nodes.length <= 2 ? 'circular' : 'force',
          force: { repulsion: 700, edgeLength: [150, 230], gravity: 0.06, layoutAnimation: !reduced },
          roam: true,
          draggable: true,
          edgeSymbol: ['none', 'arrow'],
          edgeSymbolSize: 9,
          label: { show: true, position: 'bottom', color: '#1f2933', fontSize: 12, fontWeight: 'bold' },
          edgeLabel: { show: true, fontSize: 12, color: '#3f4650', opacity: 1, formatter: (p) => t(`relation.out.${(p.data as { relation: string }).relation}`) },
          lineStyle: { color: '#5b6670', width: 1.5, curveness: 0.08, opacity: 0.9 },
          emphasis: { focus: 'adjacency', lineStyle: { width: 3 } },
          data: graph.nodes.map((n) => ({
            id: n.id,
            name: n.code,
            symbolSize: n.id === graph.rootId ? 46 : 32,
            itemStyle: {
              color: COMPLIANCE_COLOURS[complianceState(n)],
              borderColor: n.id === graph.rootId ? '#c9a227' : '#fff',
              borderWidth: n.id === graph.rootId ? 4 : 2,
            },
          })),
          links: graph.edges.map((e) => ({ source: e.fromId, target: e.toId, relation: e.type })),
        },
      ],
    };
    chart.current?.setOption(option, true);
  }, [graph, t, i18n.language]);

  return <div ref={element} className="graph" role="img" aria-label={summary} />;
}
