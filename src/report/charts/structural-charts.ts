/** The structural record's small charts: periods of alliances, disputes and wars; UN alignment; trade. */
import type { EChartsOption, LineSeriesOption } from 'echarts';
import type { StructuralPeriod, StructuralSection } from '../structural.ts';
import { renderSvg } from './render-svg.ts';

const ROWS: { kind: StructuralPeriod['kind']; name: string; color: string }[] = [
  { kind: 'alliance', name: 'alliance', color: '#2e7d32' },
  { kind: 'representation', name: 'representation', color: '#1565c0' },
  { kind: 'rivalry', name: 'rivalry', color: '#ef6c00' },
  { kind: 'dispute', name: 'dispute', color: '#c62828' },
  { kind: 'war', name: 'war', color: '#6d0000' },
];

/** A year (with a fraction for the month) of a partial date; `end` reaches the end of its year or month. */
function yearOf(date: string, end: boolean): number {
  const y = Number(date.slice(0, 4));
  if (date.length >= 7) return y + (Number(date.slice(5, 7)) - (end ? 0 : 1)) / 12;
  return end ? y + 1 : y;
}

/** The option of the periods chart: one row per kind, one bar per fact. */
export function periodsChartOption(periods: readonly StructuralPeriod[]): EChartsOption {
  const series: LineSeriesOption[] = periods.map((p) => {
    const row = ROWS.findIndex((r) => r.kind === p.kind);
    return {
      type: 'line',
      data: [
        [yearOf(p.from, false), row],
        [yearOf(p.to, true), row],
      ],
      symbol: 'none',
      silent: true,
      lineStyle: { color: ROWS[row]!.color, width: 9, cap: 'butt' },
    };
  });
  const years = periods.flatMap((p) => [yearOf(p.from, false), yearOf(p.to, true)]);
  return {
    grid: { left: 96, right: 16, top: 8, bottom: 24 },
    xAxis: {
      type: 'value',
      min: Math.floor(Math.min(...years)),
      max: Math.ceil(Math.max(...years)),
      axisLabel: { fontSize: 10, color: '#444', formatter: (v: number) => String(v) },
      splitLine: { lineStyle: { color: '#eee' } },
    },
    yAxis: {
      type: 'category',
      data: ROWS.map((r) => r.name),
      axisTick: { show: false },
      axisLabel: { fontSize: 10, color: '#444' },
    },
    series,
  };
}

const AXIS_LABEL = { fontSize: 10, color: '#444' };

/** The frame of a small chart by period with a legend: colours, grid, legend and the periods' axis. */
function byPeriod(colors: string[], left: number, periods: string[]): EChartsOption {
  return {
    color: colors,
    grid: { left, right: 12, top: 24, bottom: 24 },
    legend: { top: 0, itemWidth: 10, itemHeight: 10, textStyle: { fontSize: 10, color: '#333' } },
    xAxis: { type: 'category', data: periods, axisTick: { show: false }, axisLabel: AXIS_LABEL },
  };
}

/** The option of the UN alignment chart: agreement (abstain as half) and identical votes by year. */
export function unChartOption(un: StructuralSection['un']): EChartsOption {
  return {
    ...byPeriod(
      ['#1565c0', '#90a4ae'],
      36,
      un.map((u) => String(u.year)),
    ),
    yAxis: { type: 'value', min: 0, max: 1, axisLabel: AXIS_LABEL },
    series: [
      { name: 'agreement (abstain = ½)', type: 'line', symbol: 'none', data: un.map((u) => u.agreement) },
      { name: 'identical votes', type: 'line', symbol: 'none', data: un.map((u) => u.identical) },
    ],
  };
}

/** The option of the trade chart: turnover by period, COW and dossier figures told apart. */
export function tradeChartOption(trade: StructuralSection['trade']): EChartsOption {
  return {
    ...byPeriod(
      ['#2e7d32', '#ef6c00'],
      48,
      trade.map((t) => t.period),
    ),
    yAxis: { type: 'value', name: 'US$ m', axisLabel: AXIS_LABEL },
    series: [
      {
        name: 'COW Dyadic Trade',
        type: 'bar',
        stack: 't',
        data: trade.map((t) => (t.source === 'cow_trade' ? t.turnover : null)),
      },
      {
        name: 'dossier figures',
        type: 'bar',
        stack: 't',
        data: trade.map((t) => (t.source === 'dossier' ? t.turnover : null)),
      },
    ],
  };
}

export function periodsChartSvg(periods: readonly StructuralPeriod[]): string {
  return renderSvg(periodsChartOption(periods), 720, 150, 'periods-chart');
}

export function unChartSvg(un: StructuralSection['un']): string {
  return renderSvg(unChartOption(un), 720, 180, 'un-chart');
}

export function tradeChartSvg(trade: StructuralSection['trade']): string {
  return renderSvg(tradeChartOption(trade), 720, 180, 'trade-chart');
}
