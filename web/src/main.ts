/** The dashboard: pick two countries, then see their level, timeline, record, partners and report. */
import './style.css';
import { api } from './api.ts';
import { byId } from './dom.ts';
import { showExplanation } from './explain-chart.ts';
import { setupExtract } from './extract-box.ts';
import { showIndicators } from './indicators.ts';
import { clearLevel, drawLevel } from './level-chart.ts';
import { showPartners } from './partners.ts';
import { resolveInput, setupPicker } from './picker.ts';
import { showAgreements, showConflicts, showMechanisms } from './records.ts';
import { drawTimeline, fillFilters, filterQuery } from './timeline.ts';
import type { Level } from './types.ts';

let pair: { a: string; b: string; aName: string } | undefined;
const status = byId('status');

async function loadTimeline(first: boolean): Promise<void> {
  if (!pair) return;
  const q = filterQuery();
  const events = q ? (await api.events(pair.a, pair.b, q)).events : [];
  if (first) fillFilters(events);
  drawTimeline(events);
}

/** One line about the level: the last month with evidence, what covers it, or why there is no number. */
function levelSummary(level: Level): string {
  if (!level.measurable)
    return `Not measurable: ${level.reason ?? 'no evidence'}. No number is given without evidence.`;
  const head = level.series.findLast((p) => !p.projected);
  const last = level.series.at(-1);
  if (!head || !last) return 'No month in range is covered by a source.';
  const projected =
    head === last
      ? ''
      : ` The record runs to ${head.month}; the dashed line after it is a projection (${last.display.toFixed(1)} in ${last.month} if nothing further happened).`;
  return `${head.display.toFixed(1)} (${head.level}, ${head.sublevel}) in ${head.month}; 90% band ${head.band[0].toFixed(1)} … ${head.band[1].toFixed(1)}; rung ${head.rung.replace(/_/g, ' ').toLowerCase()}.${projected} Method ${level.method.version}.`;
}

async function explain(month: string): Promise<void> {
  if (!pair) return;
  try {
    showExplanation(await api.explain(pair.a, pair.b, month));
  } catch (err) {
    status.textContent = err instanceof Error ? err.message : String(err);
  }
}

/** Loads everything about the pair. */
async function open(a: { iso3: string; name: string }, b: { iso3: string; name: string }): Promise<void> {
  pair = { a: a.iso3, b: b.iso3, aName: a.name };
  status.textContent = `Loading ${a.name} – ${b.name}…`;
  for (const id of ['level-section', 'timeline-section', 'records-section', 'report-section'])
    byId(id).hidden = false;
  byId('explain-section').hidden = true;
  byId('event-detail').hidden = true;
  byId('level-title').textContent = `Relations level: ${a.name} – ${b.name}`;
  const [level, , agreements, mechanisms, conflicts, partners, indicators] = await Promise.all([
    api.level(a.iso3, b.iso3),
    loadTimeline(true),
    api.agreements(a.iso3, b.iso3),
    api.mechanisms(a.iso3, b.iso3),
    api.conflicts(a.iso3, b.iso3),
    api.partners(a.iso3),
    api.indicators(a.iso3, b.iso3),
  ]);
  showIndicators(indicators);
  byId('level-summary').textContent = levelSummary(level);
  if (level.measurable) drawLevel(byId('level-chart'), level, (month) => void explain(month));
  else clearLevel(byId('level-chart'));
  showAgreements(agreements.agreements);
  showMechanisms(mechanisms.mechanisms);
  showConflicts(conflicts.conflicts);
  showPartners(partners, a.name, (iso3) => void pick(a.iso3, iso3));
  for (const f of ['md', 'html', 'pdf'] as const)
    byId<HTMLAnchorElement>(`report-${f}`).href = api.reportUrl(a.iso3, b.iso3, f);
  status.textContent = '';
  const url = new URL(location.href);
  url.searchParams.set('a', a.iso3);
  url.searchParams.set('b', b.iso3);
  history.replaceState(null, '', url);
}

/** Resolves both inputs, then opens the pair. */
async function pick(aText: string, bText: string): Promise<void> {
  try {
    const [a, b] = await Promise.all([resolveInput(aText), resolveInput(bText)]);
    if ('error' in a) {
      status.textContent = a.error;
      return;
    }
    if ('error' in b) {
      status.textContent = b.error;
      return;
    }
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

setupPicker('country-a', 'countries-a');
setupPicker('country-b', 'countries-b');
byId('pair-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  void pick(byId<HTMLInputElement>('country-a').value, byId<HTMLInputElement>('country-b').value);
});
byId('timeline-filters').addEventListener('change', () => void loadTimeline(false));
setupExtract(() => {
  if (pair) void loadTimeline(false);
});
const params = new URLSearchParams(location.search);
const qa = params.get('a');
const qb = params.get('b');
if (qa && qb) void pick(qa, qb);
