/** The dashboard: a pair's level and brief first, then its partners, record, and the structural data. */
import './style.css';
import { dateInWords } from '../../src/core/date-words.ts';
import { api } from './api.ts';
import { showBrief, showDisagreements, showSummary } from './brief.ts';
import { byId, clear, el } from './dom.ts';
import { showExplanation } from './explain-chart.ts';
import { setupExtract } from './extract-box.ts';
import { showIndicators } from './indicators.ts';
import { clearLevel, drawLevel } from './level-chart.ts';
import { showPartners } from './partners.ts';
import { resolveInput, setupPicker } from './picker.ts';
import { showAgreements, showMechanisms } from './records.ts';
import { drawTimeline, fillFilters, filterQuery } from './timeline.ts';
import type { Level } from './types.ts';

/** The pair a first visitor sees. */
const DEFAULT_PAIR = ['AZE', 'UZB'] as const;

let pair: { a: string; b: string; aName: string } | undefined;
const status = byId('status');

async function loadTimeline(first: boolean): Promise<void> {
  if (!pair) return;
  const q = filterQuery();
  const events = q ? (await api.events(pair.a, pair.b, q)).events : [];
  if (first) fillFilters(events);
  drawTimeline(events);
}

/** One line about the level: the last month with evidence, or why there is no number. */
function levelHeadline(level: Level): string {
  if (!level.measurable)
    return `Not measurable: ${level.reason ?? 'no evidence'}. No number is given without evidence.`;
  const head = level.series.findLast((p) => !p.projected);
  const last = level.series.at(-1);
  if (!head || !last) return 'No month in range is covered by a source.';
  const projected = head === last ? '' : `; the dashed line after it is a projection, not evidence`;
  return `${head.display.toFixed(1)} on the scale from −9 to +9 (${head.level}, ${head.sublevel}) in ${dateInWords(head.month)}, the last month with evidence${projected}.`;
}

async function explain(month: string): Promise<void> {
  if (!pair) return;
  try {
    showExplanation(await api.explain(pair.a, pair.b, month));
  } catch (err) {
    status.textContent = err instanceof Error ? err.message : String(err);
  }
}

/** The months the sources cover, for the chart's legend. */
function coverageWords(level: Level): string {
  const evidence = level.series.filter((p) => !p.projected);
  const first = evidence[0];
  const last = evidence.at(-1);
  return first && last
    ? `months the sources cover (${dateInWords(first.month)} to ${dateInWords(last.month)})`
    : 'no month is covered by a source';
}

/** Loads everything about the pair: the level and the brief first, the rest after. */
async function open(a: { iso3: string; name: string }, b: { iso3: string; name: string }): Promise<void> {
  pair = { a: a.iso3, b: b.iso3, aName: a.name };
  status.textContent = `Loading ${a.name} – ${b.name}…`;
  byId('suggestions').hidden = true;
  for (const id of ['overview', 'timeline-section', 'records-section']) byId(id).hidden = false;
  byId('explain-section').hidden = true;
  byId('event-detail').hidden = true;
  byId('level-title').textContent = `${a.name} – ${b.name}`;
  for (const f of ['md', 'html', 'pdf'] as const)
    byId<HTMLAnchorElement>(`report-${f}`).href = api.reportUrl(a.iso3, b.iso3, f);
  const [level, brief] = await Promise.all([api.level(a.iso3, b.iso3), api.brief(a.iso3, b.iso3)]);
  byId('level-summary').textContent = levelHeadline(level);
  byId('legend-coverage').textContent = coverageWords(level);
  if (level.measurable) drawLevel(byId('level-chart'), level, (month) => void explain(month));
  else clearLevel(byId('level-chart'));
  showSummary(brief);
  showBrief(brief);
  showDisagreements(brief);
  const [, agreements, mechanisms, partners, indicators] = await Promise.all([
    loadTimeline(true),
    api.agreements(a.iso3, b.iso3),
    api.mechanisms(a.iso3, b.iso3),
    api.partners(a.iso3),
    api.indicators(a.iso3, b.iso3),
  ]);
  showIndicators(indicators);
  showAgreements(agreements.agreements);
  showMechanisms(mechanisms.mechanisms);
  await showPartners(partners, a.name, (iso3) => void pick(a.iso3, iso3));
  status.textContent = '';
  const url = new URL(location.href);
  url.searchParams.set('a', a.iso3);
  url.searchParams.set('b', b.iso3);
  history.replaceState(null, '', url);
}

/** "Did you mean …": the closest names as buttons that fill the input and open the pair. */
function suggest(inputId: string, names: { iso3: string; name: string }[]): void {
  const box = byId('suggestions');
  clear(box);
  if (names.length === 0) return;
  box.hidden = false;
  box.append('Did you mean ');
  names.forEach((s, i) => {
    if (i) box.append(i === names.length - 1 ? ' or ' : ', ');
    const button = el('button', { type: 'button', class: 'link', 'data-iso3': s.iso3 }, s.name);
    button.addEventListener('click', () => {
      byId<HTMLInputElement>(inputId).value = s.name;
      void pick(byId<HTMLInputElement>('country-a').value, byId<HTMLInputElement>('country-b').value);
    });
    box.append(button);
  });
  box.append('?');
}

/** Resolves both inputs, then opens the pair. */
async function pick(aText: string, bText: string): Promise<void> {
  try {
    const [a, b] = await Promise.all([resolveInput(aText), resolveInput(bText)]);
    byId('suggestions').hidden = true;
    for (const [side, r] of [
      ['country-a', a],
      ['country-b', b],
    ] as const)
      if ('error' in r) {
        status.textContent = r.error;
        suggest(side, r.suggestions);
        return;
      }
    if ('error' in a || 'error' in b) return;
    if (a.iso3 === b.iso3) {
      status.textContent = `Choose two different countries (both are ${a.name}).`;
      return;
    }
    byId<HTMLInputElement>('country-a').value = a.name;
    byId<HTMLInputElement>('country-b').value = b.name;
    await open(a, b);
  } catch (err) {
    status.textContent = err instanceof Error ? err.message : String(err);
  }
}

/** The pairs with the richest records, each a link that opens it. */
async function listPairs(): Promise<void> {
  const list = byId('pairs-list');
  clear(list);
  const { pairs } = await api.pairs();
  for (const p of pairs) {
    const button = el('button', { type: 'button', class: 'link' }, `${p.names[0]} – ${p.names[1]}`);
    button.addEventListener('click', () => void pick(p.dyad[0], p.dyad[1]));
    list.append(el('li', {}, button, ` ${p.events} events`));
  }
}

setupPicker('country-a', 'countries-a');
setupPicker('country-b', 'countries-b');
byId('pair-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  void pick(byId<HTMLInputElement>('country-a').value, byId<HTMLInputElement>('country-b').value);
});
for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-pair]'))
  b.addEventListener('click', () => {
    const [x, y] = (b.dataset['pair'] ?? '').split(',');
    if (x && y) void pick(x, y);
  });
byId('timeline-filters').addEventListener('change', () => void loadTimeline(false));
setupExtract(() => {
  if (pair) void loadTimeline(false);
});
void listPairs().catch(() => undefined);
const params = new URLSearchParams(location.search);
void pick(params.get('a') ?? DEFAULT_PAIR[0], params.get('b') ?? DEFAULT_PAIR[1]);
