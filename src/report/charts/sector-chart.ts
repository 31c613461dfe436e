/** Cooperation by sector: events per sector in each period, stacked, the largest sectors named. */
import type { EChartsOption } from 'echarts';
import type { SectorTable } from '../types.ts';
import { renderSvg } from './render-svg.ts';

const PALETTE = ['#1565c0', '#2e7d32', '#ef6c00', '#6a1b9a', '#00838f', '#ad1457', '#9e9d24', '#757575'];

/** At most `named` sectors by name; the rest summed as "other". */
function seriesOf(table: SectorTable, named: number): { name: string; counts: number[] }[] {
  const top = table.rows.slice(0, named).map((r) => ({ name: r.sector, counts: r.counts }));
  const rest = table.rows.slice(named);
  if (rest.length)
    top.push({
      name: 'other',
      counts: table.periods.map((_, i) => rest.reduce((sum, r) => sum + (r.counts[i] ?? 0), 0)),
    });
  return top;
}

/** The ECharts option of the sector chart. */
export function sectorChartOption(table: SectorTable, named = 6): EChartsOption {
  const series = seriesOf(table, named);
  return {
    color: PALETTE,
    grid: { left: 36, right: 12, top: 16, bottom: 64 },
    legend: {
      bottom: 0,
      itemWidth: 10,
      itemHeight: 10,
      textStyle: { fontSize: 10, color: '#333' },
      data: series.map((s) => s.name),
    },
    xAxis: {
      type: 'category',
      data: table.periods,
      axisTick: { show: false },
      axisLabel: { fontSize: 10, color: '#444' },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { fontSize: 10, color: '#444' },
      splitLine: { lineStyle: { color: '#ddd' } },
    },
    series: series.map((s) => ({
      name: s.name,
      type: 'bar',
      stack: 'sectors',
      barMaxWidth: 36,
      data: s.counts,
    })),
  };
}

/** The sector chart as SVG. */
export function sectorChartSvg(table: SectorTable, width = 720, height = 240): string {
  return renderSvg(sectorChartOption(table), width, height, 'sector-chart');
}
