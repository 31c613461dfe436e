/** A month's explanation: contributions as bars, their sum beside the change they add up to. */
import { byId, clear, el, signed, sourceLink } from './dom.ts';
import { chartIn } from './echarts.ts';
import type { Explanation } from './types.ts';

/** Shows the explanation of one month. */
export function showExplanation(ex: Explanation): void {
  byId('explain-section').hidden = false;
  byId('explain-month').textContent = ex.month;
  const parts = [...ex.contributions].sort((x, y) => Math.abs(y.dS) - Math.abs(x.dS));
  const sum = parts.reduce((t, c) => t + c.dS, 0) + (ex.folded?.dS ?? 0);
  const sumNode = byId('explain-sum');
  sumNode.textContent = `Sum of contributions ${signed(sum, 3)} = change ${signed(ex.delta, 3)}`;
  sumNode.dataset['sum'] = String(sum);
  sumNode.dataset['delta'] = String(ex.delta);
  const top = parts.slice(0, 12).reverse();
  const chart = chartIn(byId('explain-chart'));
  chart.setOption(
    {
      animation: false,
      grid: { left: 8, right: 16, top: 8, bottom: 24, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: {
        type: 'category',
        data: top.map((c) => (c.title.length > 40 ? `${c.title.slice(0, 39)}…` : c.title)),
      },
      series: [
        {
          type: 'bar',
          data: top.map((c) => ({ value: c.dS, itemStyle: { color: c.dS >= 0 ? '#4393c3' : '#d6604d' } })),
        },
      ],
    },
    true,
  );
  const list = byId('explain-list');
  clear(list);
  if (ex.measurable === false) {
    list.append(el('li', { 'data-ds': '0' }, `Not measurable: ${ex.reason ?? 'no evidence'}.`));
    return;
  }
  for (const c of parts) {
    const src = c.sources?.[0];
    list.append(
      el(
        'li',
        { 'data-ds': String(c.dS) },
        el('span', { class: 'num' }, signed(c.dS, 3)),
        // A fading impulse is the effect of its event wearing off, not the event lowering relations.
        ` ${c.kind === 'fade' ? 'effect wearing off' : c.kind.replace('_', ' ')}: ${c.title}`,
        src?.url ? ' — ' : '',
        src?.url ? sourceLink(src.url, 'source') : null,
      ),
    );
  }
  if (ex.folded)
    list.append(
      el(
        'li',
        { 'data-ds': String(ex.folded.dS), class: 'folded' },
        el('span', { class: 'num' }, signed(ex.folded.dS, 3)),
        ` ${ex.folded.count} smaller contributions`,
      ),
    );
}
