import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { use, type ComposeOption } from 'echarts/core';
import { useEChart } from '../../../kit/charts/useEChart';
import { BarChart, type BarSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, type GridComponentOption, type LegendComponentOption, type TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { ComplianceOverview, Outcome } from '../../../api/types';
import { clauseText, useLang } from '../../../kit/text';

use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

type Option = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

/** Shared with the outcome tags (styles.css). */
export const OUTCOME_COLOURS: Record<Outcome, string> = {
  fail: '#b3261e',
  not_checkable: '#8a5a00',
  pass: '#1f7a3d',
  not_applicable: '#9aa3ad',
  waived: '#5b4a9e',
};

/**
 * Systems per rule by outcome, as stacked horizontal bars. The table under it on the page has the same
 * numbers; this picture only shows where the failures are.
 */
export default function ComplianceChart({ byRule, summary }: { byRule: ComplianceOverview['byRule']; summary: string }) {
  const { t, i18n } = useTranslation();
  const { lang, pick } = useLang();
  // On a phone the rule names go above their bars, full width, instead of being cut short beside them.
  const [narrow, setNarrow] = useState(false);
  const { element, chart } = useEChart({ onResize: (width) => setNarrow(width < 560) });

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !element.current) return;
    instance.resize();
    // Top of the chart = first rule, as in the table.
    const rules = [...byRule].reverse();
    const outcomes: Outcome[] = ['fail', 'not_checkable', 'pass', 'not_applicable'];
    const width = element.current.clientWidth;
    const option: Option = {
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
      legend: { bottom: 0, left: 'center', textStyle: { color: '#1f2933', fontSize: 12 }, itemGap: 12 },
      grid: { left: 8, right: 16, top: narrow ? 24 : 8, bottom: narrow ? 56 : 36, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#4a5560' } },
      yAxis: {
        type: 'category',
        data: rules.map((r) => `${clauseText(r.clause, lang)} · ${pick(r.title)}`),
        axisTick: { show: !narrow },
        axisLabel: narrow
          ? { inside: true, align: 'left', verticalAlign: 'bottom', padding: [0, 0, 10, 2], color: '#1f2933', fontSize: 12, width: width - 40, overflow: 'truncate' }
          : { color: '#1f2933', fontSize: 12, width: 300, overflow: 'truncate' },
        z: 5,
      },
      series: outcomes.map((o) => ({
        type: 'bar',
        name: t(`outcome.${o}`),
        stack: 'total',
        barMaxWidth: narrow ? 14 : 22,
        itemStyle: { color: OUTCOME_COLOURS[o] },
        data: rules.map((r) => r[o]),
      })),
    };
    instance.setOption(option, true);
  }, [byRule, narrow, t, i18n.language]);

  const height = narrow ? byRule.length * 54 + 100 : Math.max(260, byRule.length * 38 + 80);
  return <div ref={element} className="chart chart-rules" style={{ height: `${height}px` }} role="img" aria-label={summary} />;
}
