/** The level chart: the monthly score with its 90% band, the six named levels, and the milestones. */
import type { EChartsOption, LineSeriesOption } from 'echarts';
import { renderSvg } from './render-svg.ts';

export type LevelChartInput = {
  /** A projected month (outside all coverage) is drawn dashed. */
  points: { month: string; display: number; band: [number, number]; projected?: boolean }[];
  /** Numbered on the chart in this order; the caption names them. */
  milestones: { month: string; label: string }[];
};

const LEVELS = [
  { from: 6, to: 9, name: 'friendly', color: 'rgba(46,125,50,0.07)' },
  { from: 3, to: 6, name: 'good', color: 'rgba(46,125,50,0.035)' },
  { from: 0, to: 3, name: 'ordinary', color: 'rgba(0,0,0,0)' },
  { from: -3, to: 0, name: 'bad', color: 'rgba(198,40,40,0.035)' },
  { from: -6, to: -3, name: 'tense', color: 'rgba(198,40,40,0.06)' },
  { from: -9, to: -6, name: 'hostile', color: 'rgba(198,40,40,0.09)' },
];

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The y range: whole levels (multiples of 3) around the band, 9 at most. */
function yRange(points: LevelChartInput['points']): [number, number] {
  const lows = points.map((p) => p.band[0]);
  const highs = points.map((p) => p.band[1]);
  const min = Math.max(-9, Math.min(0, Math.floor(Math.min(...lows) / 3) * 3));
  const max = Math.min(9, Math.max(3, Math.ceil(Math.max(...highs) / 3) * 3));
  return [min, max];
}

/** The dashed line of the projected months, joined to the neighbouring months with evidence. */
function projectedSeries(points: LevelChartInput['points']): LineSeriesOption {
  return {
    name: 'projected',
    type: 'line',
    data: points.map((p, i) =>
      p.projected || points[i + 1]?.projected || points[i - 1]?.projected ? p.display : null,
    ),
    symbol: 'none',
    lineStyle: { color: '#0d47a1', width: 1.4, type: 'dashed' },
    silent: true,
  };
}

/** The ECharts option of the level chart (exported for tests of its shape). */
export function levelChartOption(input: LevelChartInput): EChartsOption {
  const months = input.points.map((p) => p.month);
  const [min, max] = yRange(input.points);
  // Label every year when the series is short, every fifth year when it spans decades.
  const years = new Set(months.map((m) => m.slice(0, 4))).size;
  const step = years > 24 ? 5 : years > 10 ? 2 : 1;
  return {
    grid: { left: 44, right: 72, top: 28, bottom: 30 },
    xAxis: {
      type: 'category',
      data: months,
      boundaryGap: false,
      axisTick: { show: false },
      axisLabel: {
        color: '#444',
        fontSize: 10,
        interval: (_i: number, m: string) => m.endsWith('-01') && Number(m.slice(0, 4)) % step === 0,
        formatter: (m: string) => m.slice(0, 4),
      },
    },
    yAxis: {
      type: 'value',
      min,
      max,
      interval: 3,
      axisLabel: { color: '#444', fontSize: 10 },
      splitLine: { lineStyle: { color: '#ddd' } },
    },
    series: [
      {
        name: 'band-low',
        type: 'line',
        data: input.points.map((p) => round1(p.band[0])),
        stack: 'band',
        stackStrategy: 'all',
        symbol: 'none',
        lineStyle: { opacity: 0 },
        silent: true,
      },
      {
        name: '90% band',
        type: 'line',
        data: input.points.map((p) => round1(p.band[1] - p.band[0])),
        stack: 'band',
        stackStrategy: 'all',
        symbol: 'none',
        lineStyle: { opacity: 0 },
        areaStyle: { color: 'rgba(21,101,192,0.18)' },
        silent: true,
      },
      {
        name: 'level',
        type: 'line',
        data: input.points.map((p) => (p.projected ? null : p.display)),
        symbol: 'none',
        lineStyle: { color: '#0d47a1', width: 1.8 },
        markArea: {
          silent: true,
          data: LEVELS.filter((l) => l.to > min && l.from < max).map((l) => [
            {
              yAxis: Math.max(l.from, min),
              name: l.name,
              itemStyle: { color: l.color },
              label: { position: 'right', color: '#666', fontSize: 10, distance: 6 },
            },
            { yAxis: Math.min(l.to, max) },
          ]),
        },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: '#8d6e63', type: 'dashed', width: 1 },
          label: { position: 'end', color: '#5d4037', fontSize: 10, formatter: (p) => String(p.name) },
          data: input.milestones
            .map((m, i) => ({ xAxis: m.month, name: String(i + 1) }))
            .filter((m) => months.includes(m.xAxis)),
        },
      },
      // Months outside all coverage: dashed, joined to the months with evidence.
      ...(input.points.some((p) => p.projected) ? [projectedSeries(input.points)] : []),
    ],
  };
}

/** The level chart as SVG. */
export function levelChartSvg(input: LevelChartInput, width = 720, height = 280): string {
  return renderSvg(levelChartOption(input), width, height, 'level-chart');
}
