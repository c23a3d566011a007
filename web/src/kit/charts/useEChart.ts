import { useLayoutEffect, useRef } from 'react';
import { init, type ECharts, type ECElementEvent } from 'echarts/core';

/**
 * An ECharts instance (SVG renderer) bound to a div: created when `ready`, resized with its box, disposed when the
 * component goes away. The component sets its option in its own effect, after this one.
 *
 * Created and disposed in a layout effect, so the chart is gone before its div leaves the document: a passive
 * cleanup ran later, after the ResizeObserver had reported the detached div's zero size, and ECharts then laid out
 * a map or a graph in no room at all (an uncaught TypeError when leaving /agencies or a system page quickly).
 */
export function useEChart({
  ready = true,
  onClick,
  onResize,
}: {
  ready?: boolean;
  /** A click on a series item (a node, a region). */
  onClick?: (params: ECElementEvent) => void;
  /** Called with the box's width before the chart resizes (a chart that lays out differently on a phone). */
  onResize?: (width: number) => void;
} = {}) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const onClickRef = useRef(onClick);
  onClickRef.current = onClick;
  const onResizeRef = useRef(onResize);
  onResizeRef.current = onResize;

  useLayoutEffect(() => {
    if (!ready || !element.current) return;
    const box = element.current;
    const instance = init(box, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (params) => onClickRef.current?.(params));
    const observer = new ResizeObserver(() => {
      // Nothing to lay out in a box that is gone or has no room (leaving the page, a hidden tab).
      if (instance.isDisposed() || !box.isConnected || box.clientWidth === 0 || box.clientHeight === 0) return;
      onResizeRef.current?.(box.clientWidth);
      instance.resize();
    });
    observer.observe(box);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [ready]);

  return { element, chart };
}
