/** The structural record beside the level: UN alignment and trade by year, contiguity and shared IGOs. */
import { byId, clear, el } from './dom.ts';
import { chartIn } from './echarts.ts';
import type { Indicators } from './types.ts';

/** Shows a pair's indicators; the section stays hidden when the server has no reference data. */
export function showIndicators(ind: Indicators | undefined): void {
  const section = byId('indicators-section');
  section.hidden = !ind;
  if (!ind) return;
  const facts = byId('indicators-facts');
  clear(facts);
  const igo = ind.igos.at(-1);
  facts.append(
    el(
      'li',
      {},
      ind.contiguity.length
        ? `Contiguity: ${ind.contiguity.map((c) => `${c.label} (${c.from} to ${c.to})`).join('; ')}`
        : 'No direct contiguity recorded.',
    ),
    el(
      'li',
      {},
      igo ? `Shared IGO memberships: ${igo.shared} in ${igo.year}.` : 'No shared IGO memberships recorded.',
    ),
    el(
      'li',
      { class: 'note' },
      `Sources: ${ind.sources.map((s) => `${s.title} ${s.version} (${s.years})`).join('; ')}.`,
    ),
  );
  chartIn(byId('un-chart')).setOption(
    {
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, top: 16, bottom: 28 },
      xAxis: { type: 'category', data: ind.un.map((u) => String(u.year)) },
      yAxis: { type: 'value', min: 0, max: 1 },
      series: [
        {
          name: 'agreement (abstain = ½)',
          type: 'line',
          symbol: 'none',
          data: ind.un.map((u) => u.agreement),
        },
        { name: 'identical votes', type: 'line', symbol: 'none', data: ind.un.map((u) => u.identical) },
      ],
    },
    true,
  );
  chartIn(byId('trade-chart')).setOption(
    {
      tooltip: { trigger: 'axis' },
      grid: { left: 56, right: 16, top: 16, bottom: 28 },
      xAxis: { type: 'category', data: ind.trade.map((t) => t.period) },
      yAxis: { type: 'value', name: 'US$ m' },
      series: [
        {
          name: 'COW Dyadic Trade',
          type: 'bar',
          stack: 't',
          data: ind.trade.map((t) => (t.source === 'cow_trade' ? t.turnover : null)),
        },
        {
          name: 'dossier figures',
          type: 'bar',
          stack: 't',
          data: ind.trade.map((t) => (t.source === 'dossier' ? t.turnover : null)),
        },
      ],
    },
    true,
  );
}
