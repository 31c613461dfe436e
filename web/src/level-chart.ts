/** The level over time: score, 90% band, rung changes as milestone markers, zoom, click a month. */
import { chartIn } from './echarts.ts';
import type { Level } from './types.ts';

/** Empties the chart: a pair that is not measurable draws nothing. */
export function clearLevel(node: HTMLElement): void {
  chartIn(node).clear();
}

/**
 * Draws the series; `onMonth` gets the month under a click anywhere on the plot. Months outside all
 * coverage (projected) are drawn dashed, joined to the months with evidence.
 */
export function drawLevel(node: HTMLElement, level: Level, onMonth: (month: string) => void): void {
  const chart = chartIn(node);
  const s = level.series;
  const months = s.map((p) => p.month);
  // Months with evidence, as runs: shaded so that the projected months stand apart.
  const covered: [{ xAxis: string }, { xAxis: string }][] = [];
  s.forEach((p, i) => {
    if (p.projected) return;
    const last = covered.at(-1);
    if (last && !s[i - 1]?.projected && i > 0) last[1] = { xAxis: p.month };
    else covered.push([{ xAxis: p.month }, { xAxis: p.month }]);
  });
  const milestones = s.flatMap((p, i) =>
    i > 0 && p.rung !== s[i - 1]!.rung
      ? [{ coord: [p.month, p.score], value: p.rung.replace(/_/g, ' ').toLowerCase() }]
      : [],
  );
  chart.setOption(
    {
      animation: false,
      grid: { left: 32, right: 12, top: 16, bottom: 56 },
      tooltip: {
        trigger: 'axis',
        // Text only: the tooltip formatter's string is markup, so it is built from numbers and fixed words.
        formatter: (items: { dataIndex: number }[]) => {
          const p = s[items[0]?.dataIndex ?? 0];
          return p
            ? `${p.month}: ${p.display.toFixed(1)} (${p.level}, ${p.sublevel}); band ${p.band[0].toFixed(1)} … ${p.band[1].toFixed(1)}; ${p.projected ? 'projected, no source covers this month' : `evidence: ${p.coverage}`}`
            : '';
        },
      },
      xAxis: { type: 'category', data: months, boundaryGap: false },
      yAxis: { type: 'value', min: -9, max: 9, interval: 3 },
      dataZoom: [{ type: 'inside' }, { type: 'slider', height: 22, bottom: 8 }],
      series: [
        {
          name: 'band low',
          type: 'line',
          data: s.map((p) => p.band[0]),
          stack: 'band',
          symbol: 'none',
          lineStyle: { opacity: 0 },
        },
        {
          name: '90% band',
          type: 'line',
          data: s.map((p) => p.band[1] - p.band[0]),
          stack: 'band',
          symbol: 'none',
          lineStyle: { opacity: 0 },
          areaStyle: { color: '#4393c3', opacity: 0.2 },
        },
        {
          name: 'projected',
          type: 'line',
          data: s.map((p, i) => (p.projected || s[i + 1]?.projected || s[i - 1]?.projected ? p.score : null)),
          symbol: 'none',
          lineStyle: { color: '#2166ac', width: 1.5, type: 'dashed' },
        },
        {
          name: 'level',
          type: 'line',
          data: s.map((p) => (p.projected ? null : p.score)),
          symbol: 'none',
          lineStyle: { color: '#2166ac', width: 2 },
          markArea: { silent: true, itemStyle: { color: 'rgba(90, 174, 97, 0.08)' }, data: covered },
          markPoint: {
            symbol: 'pin',
            symbolSize: 28,
            itemStyle: { color: '#d6604d' },
            label: { show: false },
            data: milestones,
            tooltip: { formatter: (p: { value: string }) => String(p.value) },
          },
        },
      ],
    },
    true,
  );
  chart.getZr().off('click');
  chart.getZr().on('click', (e: { offsetX: number; offsetY: number }) => {
    if (!chart.containPixel({ gridIndex: 0 }, [e.offsetX, e.offsetY])) return;
    const at = chart.convertFromPixel({ gridIndex: 0 }, [e.offsetX, e.offsetY]) as unknown as
      | number
      | number[];
    const month = months[Math.round(Number(Array.isArray(at) ? at[0] : at))];
    if (month) onMonth(month);
  });
}
