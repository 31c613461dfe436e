/** ECharts, tree-shaken: only the charts and components the dashboard draws, with the SVG renderer. */
import { BarChart, LineChart, MapChart } from 'echarts/charts';
import {
  DataZoomComponent,
  GridComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  LineChart,
  BarChart,
  MapChart,
  GridComponent,
  MarkAreaComponent,
  TooltipComponent,
  DataZoomComponent,
  MarkLineComponent,
  MarkPointComponent,
  SVGRenderer,
]);

export { echarts };

/** Level colours, hostile to friendly (also used by the map and the ranked list). */
export const LEVEL_COLORS: Record<string, string> = {
  hostile: '#b2182b',
  tense: '#d6604d',
  bad: '#f4a582',
  ordinary: '#bababa',
  good: '#4393c3',
  friendly: '#2166ac',
};

/** A chart in `node`, resized with the window. */
export function chartIn(node: HTMLElement): echarts.ECharts {
  const chart = echarts.getInstanceByDom(node) ?? echarts.init(node, undefined, { renderer: 'svg' });
  window.addEventListener('resize', () => chart.resize());
  return chart;
}
