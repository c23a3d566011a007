/** What the province-wide map draws an edge with: an exchange by its channel, or a relation between two systems. */
export type EdgeStyleKey = 'lgsp' | 'ndxp' | 'direct' | 'internal' | 'relation';

export interface EdgeStyle {
  colour: string;
  width: number;
  /** ECharts' line type (a dash pattern for dash-dot). */
  echarts: 'solid' | 'dashed' | 'dotted' | number[];
  /** The same pattern for the legend's SVG sample (stroke-dasharray). */
  dash: string | undefined;
}

/** LGSP solid, NDXP dashed, point to point dotted: told apart by the line's pattern, not only its colour. */
export const EDGE_STYLES: Record<EdgeStyleKey, EdgeStyle> = {
  lgsp: { colour: '#1d4f91', width: 2.5, echarts: 'solid', dash: undefined },
  ndxp: { colour: '#6b3fa0', width: 2, echarts: 'dashed', dash: '7 4' },
  direct: { colour: '#a33a00', width: 2.2, echarts: 'dotted', dash: '2 3' },
  internal: { colour: '#5f6670', width: 1, echarts: 'solid', dash: undefined },
  relation: { colour: '#3f4650', width: 1.5, echarts: [8, 3, 2, 3], dash: '8 3 2 3' },
};

export const EDGE_STYLE_KEYS: readonly EdgeStyleKey[] = ['lgsp', 'ndxp', 'direct', 'internal', 'relation'];

export const edgeStyle = (key: EdgeStyleKey): EdgeStyle => EDGE_STYLES[key];

/** The systems list showing a heat-map cell's systems: those implementing the component, of the agency, not retired. */
export function cellSystemsPath(componentCode: string, agencyId: string): string {
  const query = new URLSearchParams({ component: componentCode, agency: agencyId, link: 'implements', active: 'true' });
  return `/registry?${query.toString()}`;
}
