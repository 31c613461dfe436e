/**
 * Everything the engine and the explanation share for one input: validated months, impulses, rungs
 * and the baseline, over months `start..end`.
 */
import { eventClass } from '../event-classes.ts';
import type { Dyad } from '../types.ts';
import { type BaselineTrack, baselineTrack, type LevelMode } from './baseline.ts';
import { type Impulse, impulses } from './impulse.ts';
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
  impulses: Impulse[];
  spans: RungSpan[];
  /** Rung in force per month, as an index into RUNGS (see `rungName`). */
  rungs: Uint8Array;
  track: BaselineTrack;
};

const CONTACT_FAMILIES = new Set(['visit', 'meeting', 'contact']);

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
  for (const e of imps) origin = Math.min(origin, e.month);
  for (const a of input.agreements) {
    if (a.signed) origin = Math.min(origin, monthOf(a.signed.date, `agreement ${a.id}`, 'signed.date'));
    a.status.forEach((s, i) => {
      origin = Math.min(origin, monthOf(s.date, `agreement ${a.id}`, `status[${i}].date`));
    });
  }
  for (const m of input.mechanisms) {
    if (m.established)
      origin = Math.min(origin, monthOf(m.established.date, `mechanism ${m.id}`, 'established.date'));
    m.meetings.forEach((x, i) => {
      origin = Math.min(origin, monthOf(x.date, `mechanism ${m.id}`, `meetings[${i}].date`));
    });
  }
  if (origin === Infinity) origin = from;
  const start = Math.min(origin, from);
  const contacts = imps
    .filter((e) => e.actorLevel === 'head' && CONTACT_FAMILIES.has(eventClass(e.event.class)?.family ?? ''))
    .map((e) => e.month)
    // A supreme council is chaired by the presidents: its meeting is leader-level contact.
    .concat(councilMonths)
    .sort((a, b) => a - b);
  const spans = rungSpans(input.events, input.agreements);
  const rungs = rungTimeline(spans, start, to);
  const track = baselineTrack(rungs, start, origin, councilMonths, contacts, mode, params);
  return { dyad, params, mode, from, to, start, origin, impulses: imps, spans, rungs, track };
}
