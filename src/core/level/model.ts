/**
 * Everything the engine and the explanation share for one input: validated months, impulses, rungs
 * and the baseline, over months `start..end`.
 */
import { monthString } from '../partial-date.ts';
import type { Dyad } from '../types.ts';
import { type BaselineTrack, baselineTrack, type LevelMode } from './baseline.ts';
import { type CoverageSpan, coverageTrack } from './coverage.ts';
import { dedupeMachine, type Impulse, impulses, isMachineCoded } from './impulse.ts';
import { LevelInputError, monthOf, rangeMonth } from './input-error.ts';
import type { LevelInput } from './level-types.ts';
import { LEVEL_PARAMS, type LevelParams } from './params.ts';
import { type RungSpan, rungSpans, rungTimeline } from './rungs.ts';

/** A prepared input. Arrays indexed by `t − start`. */
export type LevelModel = {
  dyad: Dyad;
  params: LevelParams;
  mode: LevelMode;
  /** First and last month index returned. */
  from: number;
  to: number;
  /** First month computed: the earlier of `from` and `origin`. */
  start: number;
  /** First month with any input (or `from` when there is none). */
  origin: number;
  /** Last month with any input (Infinity-free: `origin` when there is none). */
  last: number;
  /** True when some fact is dated at or before `to`. */
  hasFacts: boolean;
  /** Machine-coded events up to `to` that no corroboration let count (when nothing else does). */
  uncorroborated: number;
  /** The coverage spans in force: the input's, or the record's own span when it states none. */
  coverage: CoverageSpan[];
  /** Coverage per month `start..to`: 0 uncovered, 1 partial, 2 covered (COVERAGE_NAMES). */
  covered: Uint8Array;
  impulses: Impulse[];
  spans: RungSpan[];
  /** Rung in force per month, as an index into RUNGS (see `rungName`). */
  rungs: Uint8Array;
  track: BaselineTrack;
};

function sameDyad(a: Dyad, b: Dyad): boolean {
  return Array.isArray(a) && ((a[0] === b[0] && a[1] === b[1]) || (a[0] === b[1] && a[1] === b[0]));
}

/** Validates the input and prepares the shared model over `min(from, origin)..to`. */
export function prepare(input: LevelInput): LevelModel {
  const params = input.params ?? LEVEL_PARAMS;
  const mode = input.mode ?? 'hybrid';
  if (mode !== 'hybrid' && mode !== 'persistent')
    throw new LevelInputError(`mode: "${String(mode)}" is not hybrid or persistent`);
  const from = rangeMonth(input.from, 'from');
  const to = rangeMonth(input.to, 'to');
  if (to < from) throw new LevelInputError(`to: ${input.to} is before from ${input.from}`);
  const dyad = input.dyad;
  for (const a of input.agreements) {
    if (!sameDyad(a.dyad, dyad))
      throw new LevelInputError(`agreement ${a.id}: dyad ${String(a.dyad)} is not ${dyad.join('-')}`);
  }
  for (const m of input.mechanisms) {
    if (!sameDyad(m.dyad, dyad))
      throw new LevelInputError(`mechanism ${m.id}: dyad ${String(m.dyad)} is not ${dyad.join('-')}`);
  }
  const imps = impulses(input.events, dyad, params);
  const councilMonths: number[] = [];
  for (const m of input.mechanisms) {
    if (m.kind !== 'supreme_council') continue;
    if (m.established)
      councilMonths.push(monthOf(m.established.date, `mechanism ${m.id}`, 'established.date'));
    m.meetings.forEach((x, i) => {
      councilMonths.push(monthOf(x.date, `mechanism ${m.id}`, `meetings[${i}].date`));
    });
  }
  councilMonths.sort((a, b) => a - b);
  let origin = Infinity;
  let last = -Infinity;
  const see = (t: number) => {
    origin = Math.min(origin, t);
    last = Math.max(last, t);
  };
  for (const e of imps) {
    see(e.month);
    // A lasting state's recorded end, and a range's last day, are facts of the record too.
    if (e.until !== Infinity) see(e.until);
    if (e.event.end) see(monthOf(e.event.end, `event ${e.event.id}`, 'end'));
  }
  for (const a of input.agreements) {
    if (a.signed) see(monthOf(a.signed.date, `agreement ${a.id}`, 'signed.date'));
    a.status.forEach((s, i) => {
      see(monthOf(s.date, `agreement ${a.id}`, `status[${i}].date`));
    });
  }
  for (const m of input.mechanisms) {
    if (m.established) see(monthOf(m.established.date, `mechanism ${m.id}`, 'established.date'));
    m.meetings.forEach((x, i) => {
      see(monthOf(x.date, `mechanism ${m.id}`, `meetings[${i}].date`));
    });
  }
  const hasFacts = origin <= to;
  const anyFact = origin !== Infinity;
  let uncorroborated = 0;
  if (!hasFacts)
    for (const e of dedupeMachine(input.events))
      if (isMachineCoded(e) && monthOf(e.date, `event ${e.id}`, 'date') <= to) uncorroborated++;
  if (origin === Infinity) origin = from;
  if (last === -Infinity) last = origin;
  const coverage = input.coverage ?? (anyFact ? recordSpan(origin, last) : []);
  checkCoverage(coverage);
  const start = Math.min(origin, from);
  const covered = coverageTrack(coverage, start, to - start + 1);
  const contacts = imps
    .filter((e) => e.contact)
    .map((e) => e.month)
    // A supreme council is chaired by the presidents: its meeting is leader-level contact.
    .concat(councilMonths)
    .sort((a, b) => a - b);
  const spans = rungSpans(input.events, input.agreements);
  const rungs = rungTimeline(spans, start, to);
  const track = baselineTrack(rungs, start, origin, councilMonths, contacts, covered, mode, params);
  return {
    dyad,
    params,
    mode,
    from,
    to,
    start,
    origin,
    last,
    hasFacts,
    uncorroborated,
    coverage,
    covered,
    impulses: imps,
    spans,
    rungs,
    track,
  };
}

/**
 * The one rule of measurability (docs/METHOD.md, No evidence, no number): a pair is measurable up to
 * `to` when some fact of any source is dated at or before it. Every consumer (CLI, API, report,
 * dashboard, partners) reads it from the engine's answer.
 */
export function measurability(model: LevelModel): { measurable: boolean; reason?: string } {
  if (model.hasFacts) return { measurable: true };
  const pair = model.dyad.join('–');
  const n = model.uncorroborated;
  return {
    measurable: false,
    reason:
      n > 0
        ? `the only record of ${pair} up to ${monthString(model.to)} is ${n === 1 ? '1 machine-coded event' : `${n} machine-coded events`} that nothing corroborates`
        : model.origin > model.to
          ? `nothing is recorded for ${pair} up to ${monthString(model.to)}; the record starts in ${monthString(model.origin)}`
          : `no source holds an event, agreement or institution of ${pair}`,
  };
}

/** The coverage of an input that states none: the record's own span, first to last dated fact, not routine. */
function recordSpan(origin: number, last: number): CoverageSpan[] {
  return [
    {
      source: 'record',
      kind: 'dossier',
      from: monthString(origin),
      to: monthString(last),
      routine: false,
      label: 'the record, first to last dated fact',
    },
  ];
}

/** Every span names its source and two months in order. */
function checkCoverage(spans: readonly CoverageSpan[]): void {
  spans.forEach((s, i) => {
    const where = `coverage[${i}]`;
    if (!s || typeof s.source !== 'string' || s.source === '')
      throw new LevelInputError(`${where}: source is missing`);
    const lo = rangeMonth(s.from, `${where}.from`);
    const hi = rangeMonth(s.to, `${where}.to`);
    if (hi < lo) throw new LevelInputError(`${where}: to ${s.to} is before from ${s.from}`);
  });
}
