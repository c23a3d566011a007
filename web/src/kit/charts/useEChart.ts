import { useEffect, useRef } from 'react';
import { init, type ECharts, type ECElementEvent } from 'echarts/core';

/**
 * An ECharts instance (SVG renderer) bound to a div: created when `ready`, resized with its box, disposed when the
 * component goes away. The component sets its option in its own effect, after this one.
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

  useEffect(() => {
    if (!ready || !element.current) return;
    const box = element.current;
    const instance = init(box, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (params) => onClickRef.current?.(params));
    const observer = new ResizeObserver(() => {
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
