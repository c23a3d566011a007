import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { use, type ComposeOption } from 'echarts/core';
import { useEChart } from '../../../kit/charts/useEChart';
import { PieChart, type PieSeriesOption } from 'echarts/charts';
import { LegendComponent, TooltipComponent, type LegendComponentOption, type TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { TASK_STATUSES, type TaskStatus } from '../../../api/types';

use([PieChart, LegendComponent, TooltipComponent, SVGRenderer]);

type Option = ComposeOption<PieSeriesOption | LegendComponentOption | TooltipComponentOption>;

/** Colours shared with the status badges (styles.css). */
export const STATUS_COLOURS: Record<TaskStatus, string> = {
  not_started: '#6b7280',
  in_progress: '#1d5fa8',
  done: '#1f7a3d',
  delayed: '#b3261e',
  suspended: '#8a5a00',
};

/** Tasks by status as a donut, with the same numbers in a table beside it for those who cannot see the chart. */
export function StatusChart({ counts, total }: { counts: Record<TaskStatus, number>; total: number }) {
  const { t, i18n } = useTranslation();
  const { element, chart } = useEChart();

  useEffect(() => {
    const option: Option = {
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      legend: { bottom: 0, left: 'center', textStyle: { color: '#1f2933', fontSize: 12 }, itemGap: 12 },
      series: [
        {
          type: 'pie',
          radius: ['45%', '72%'],
          center: ['50%', '42%'],
          avoidLabelOverlap: true,
          label: { show: true, formatter: '{c}', color: '#1f2933', fontSize: 13, fontWeight: 'bold' },
          itemStyle: { borderColor: '#fff', borderWidth: 2 },
          data: TASK_STATUSES.filter((s) => counts[s] > 0).map((s) => ({ name: t(`status.${s}`), value: counts[s], itemStyle: { color: STATUS_COLOURS[s] } })),
        },
      ],
    };
    chart.current?.setOption(option, true);
  }, [counts, t, i18n.language]);

  const summary = t('roadmap.chartSummary', {
    total,
    parts: TASK_STATUSES.filter((s) => counts[s] > 0)
      .map((s) => `${t(`status.${s}`)}: ${counts[s]}`)
      .join(', '),
  });

  return (
    <figure className="chart-figure">
      <div ref={element} className="chart" role="img" aria-label={summary} />
      <figcaption>
        <table className="table table-compact">
          <caption className="visually-hidden">{t('roadmap.chartTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('roadmap.status')}</th>
              <th scope="col" className="num">
                {t('roadmap.taskCount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {TASK_STATUSES.map((s) => (
              <tr key={s}>
                <th scope="row">
                  <span className="swatch" style={{ background: STATUS_COLOURS[s] }} aria-hidden="true" />
                  {t(`status.${s}`)}
                </th>
                <td className="num">{counts[s]}</td>
              </tr>
            ))}
            <tr className="total-row">
              <th scope="row">{t('roadmap.total')}</th>
              <td className="num">{total}</td>
            </tr>
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
