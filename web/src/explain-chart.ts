/**
 * A month's explanation, folded: the few largest contributions as bars and lines, the rest behind
 * one line that opens on demand; every contribution sums to the change.
 */
import { dateInWords } from '../../src/core/date-words.ts';
import { byId, clear, el, signed, sourceLink } from './dom.ts';
import { chartIn } from './echarts.ts';
import type { Contribution, Explanation } from './types.ts';

/** How many contributions are shown before the fold. */
export const TOP = 5;

function line(c: Contribution): HTMLElement {
  const src = c.sources?.find((s) => s.url);
  // A fading impulse is the effect of its event wearing off, not the event lowering relations.
  const what =
    c.kind === 'baseline'
      ? 'the pull of the highest tie in force'
      : `${c.kind === 'fade' ? 'effect wearing off: ' : ''}${c.title}`;
  return el(
    'li',
    { 'data-ds': String(c.dS) },
    el('span', { class: 'num' }, signed(c.dS, 3)),
    ` ${what}${c.date ? ` (${dateInWords(c.date)})` : ''}`,
    src?.url ? ' — ' : '',
    src?.url ? sourceLink(src.url, 'source') : null,
  );
}

/** Shows the explanation of one month. */
export function showExplanation(ex: Explanation): void {
  byId('explain-section').hidden = false;
  byId('explain-month').textContent = dateInWords(ex.month);
  const parts = [...ex.contributions].sort((x, y) => Math.abs(y.dS) - Math.abs(x.dS));
  const sum = parts.reduce((t, c) => t + c.dS, 0) + (ex.folded?.dS ?? 0);
  const sumNode = byId('explain-sum');
  sumNode.textContent = `The level moved ${signed(ex.delta, 3)}; the contributions below add up to ${signed(sum, 3)}.`;
  sumNode.dataset['sum'] = String(sum);
  sumNode.dataset['delta'] = String(ex.delta);
  const top = parts.slice(0, TOP);
  const rest = parts.slice(TOP);
  const restSum = rest.reduce((t, c) => t + c.dS, 0) + (ex.folded?.dS ?? 0);
  const restCount = rest.length + (ex.folded?.count ?? 0);
  const bars = [
    ...top.map((c) => ({ label: c.kind === 'baseline' ? 'highest tie in force' : c.title, dS: c.dS })),
    ...(restCount ? [{ label: `${restCount} smaller contributions`, dS: restSum }] : []),
  ].reverse();
  chartIn(byId('explain-chart')).setOption(
    {
      animation: false,
      grid: { left: 8, right: 16, top: 8, bottom: 24, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: {
        type: 'category',
        data: bars.map((b) => (b.label.length > 40 ? `${b.label.slice(0, 39)}…` : b.label)),
      },
      series: [
        {
          type: 'bar',
          data: bars.map((b) => ({ value: b.dS, itemStyle: { color: b.dS >= 0 ? '#4393c3' : '#d6604d' } })),
        },
      ],
    },
    true,
  );
  const list = byId('explain-list');
  const more = byId<HTMLDetailsElement>('explain-more');
  const restList = byId('explain-rest');
  clear(list);
  clear(restList);
  more.hidden = true;
  more.open = false;
  if (ex.measurable === false) {
    list.append(el('li', { 'data-ds': '0' }, `Not measurable: ${ex.reason ?? 'no evidence'}.`));
    return;
  }
  for (const c of top) list.append(line(c));
  if (restCount === 0) return;
  more.hidden = false;
  byId('explain-more-label').textContent =
    `${restCount} smaller contributions, together ${signed(restSum, 3)}`;
  for (const c of rest) restList.append(line(c));
  if (ex.folded)
    restList.append(
      el(
        'li',
        { 'data-ds': String(ex.folded.dS), class: 'folded' },
        el('span', { class: 'num' }, signed(ex.folded.dS, 3)),
        ` ${ex.folded.count} smaller still`,
      ),
    );
}
