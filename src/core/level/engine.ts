/**
 * The relations level engine: a pure function from a dyad's record to its monthly series
 * (METHOD.md). Linear in months and events: events sharing a half-life share one running sum that
 * decays by one factor a month, and lasting states are held apart until they end.
 */
import { monthString } from '../partial-date.ts';
import { band, coverageSigma } from './band.ts';
import { COVERAGE_NAMES, coverageBounds } from './coverage.ts';
import { explainMonth } from './explain.ts';
import { displayOf, labelOf, squash, unsquash } from './labels.ts';
import type { Level, LevelEvidence, LevelInput, LevelPoint } from './level-types.ts';
import { type LevelModel, measurability, prepare } from './model.ts';
import { rungName } from './rungs.ts';
import { rangeMonth } from './input-error.ts';

/** z_t and the event variance for every month `start..end` of a prepared model. */
export type ZTrack = { z: Float64Array; eventVar: Float64Array; lastEvent: Float64Array };

/** Runs the per-half-life running sums over the model's months. */
export function zTrack(model: LevelModel): ZTrack {
  const { impulses: imps, start, to, mode, params, track } = model;
  const n = to - start + 1;
  const out: ZTrack = {
    z: new Float64Array(n),
    eventVar: new Float64Array(n),
    lastEvent: new Float64Array(n),
  };
  const groupOf = new Map<number, number>();
  for (const e of imps) if (!groupOf.has(e.halfLife)) groupOf.set(e.halfLife, groupOf.size);
  const g = groupOf.size;
  const keep = new Float64Array(g);
  const keep2 = new Float64Array(g);
  for (const [h, i] of groupOf) {
    keep[i] = mode === 'persistent' ? 1 : 2 ** (-1 / h);
    keep2[i] = keep[i]! * keep[i]!;
  }
  const sum = new Float64Array(g);
  const sq = new Float64Array(g);
  let held = 0;
  let heldSq = 0;
  const f = params.band.eventFactor;
  const releases = imps
    .filter((e) => e.until > e.month && e.until !== Infinity)
    .sort((x, y) => x.until - y.until);
  let ni = 0;
  let ri = 0;
  let last = Number.NaN;
  for (let i = 0; i < n; i++) {
    const t = start + i;
    for (let k = 0; k < g; k++) {
      sum[k]! *= keep[k]!;
      sq[k]! *= keep2[k]!;
    }
    // A lasting state that ended last month starts fading now: K = 2^(−1/h).
    while (ri < releases.length && releases[ri]!.until < t) {
      const e = releases[ri++]!;
      const k = groupOf.get(e.halfLife)!;
      const v = (f * e.a) ** 2;
      held -= e.a;
      heldSq -= v;
      sum[k]! += e.a * keep[k]!;
      sq[k]! += v * keep2[k]!;
    }
    while (ni < imps.length && imps[ni]!.month === t) {
      const e = imps[ni++]!;
      const v = (f * e.a) ** 2;
      if (e.until > t) {
        held += e.a;
        heldSq += v;
      } else {
        const k = groupOf.get(e.halfLife)!;
        sum[k]! += e.a;
        sq[k]! += v;
      }
      last = t;
    }
    let z = unsquash(track.baseline[i]!, params.scale) + held;
    let ev = heldSq;
    for (let k = 0; k < g; k++) {
      z += sum[k]!;
      ev += sq[k]!;
    }
    out.z[i] = z;
    out.eventVar[i] = Math.max(0, ev);
    out.lastEvent[i] = last;
  }
  return out;
}

const MONTHS = new Map<number, string>();

/** `YYYY-MM` of a month index, memoised: a lake computes the same 600 months for every pair. */
function monthName(t: number): string {
  let name = MONTHS.get(t);
  if (name === undefined) {
    name = monthString(t);
    MONTHS.set(t, name);
  }
  return name;
}

/** The series point of month index `i` of a model. */
function point(model: LevelModel, zt: ZTrack, i: number): LevelPoint {
  const { params } = model;
  const z = zt.z[i]!;
  const score = squash(z, params.scale);
  const display = displayOf(score);
  const label = labelOf(display, params.levelWidth);
  const last = zt.lastEvent[i]!;
  const sigma = coverageSigma(Number.isNaN(last) ? undefined : model.start + i - last, params);
  const coverage = COVERAGE_NAMES[model.covered[i]!]!;
  return {
    month: monthName(model.start + i),
    score,
    display,
    level: label.level,
    sublevel: label.sublevel,
    band: band(z, zt.eventVar[i]!, sigma, params),
    baseline: model.track.baseline[i]!,
    rung: rungName(model.rungs[i]!),
    coverage,
    projected: coverage === 'uncovered',
  };
}

/**
 * Index of the last month of a series with evidence (not projected), or −1: the month a headline,
 * a trend or "what moved the level" may end on.
 */
export function lastEvidenceIndex(series: readonly Pick<LevelPoint, 'projected'>[]): number {
  for (let i = series.length - 1; i >= 0; i--) if (!series[i]!.projected) return i;
  return -1;
}

/**
 * Whether the prepared input can be measured, and its coverage: the one rule every consumer (CLI,
 * API, report, dashboard, partners) goes by. No fact dated at or before the last month asked, no
 * number.
 */
function evidenceOf(model: LevelModel, series: readonly LevelPoint[]): LevelEvidence {
  const bounds = coverageBounds(model.coverage);
  const coverage: LevelEvidence['coverage'] = { spans: model.coverage, ...(bounds ?? {}) };
  const m = measurability(model);
  if (!m.measurable) return { ...m, coverage };
  const evidence = series[lastEvidenceIndex(series)];
  if (evidence) coverage.lastEvidence = evidence.month;
  return { measurable: true, coverage };
}

/**
 * The monthly relations level of a dyad over `from..to`, and, when `input.explain` names a month,
 * its explanation. Months before the first input are computed too (rung NONE, score 0), so a range
 * never changes the value of a month it shares with another range. Each month says how it is
 * covered; months outside all coverage are `projected`. A pair with no fact dated up to `to` is
 * not measurable: `measurable: false`, a reason, and no series.
 *
 * @throws LevelInputError naming the record and field when the input is malformed.
 */
export function computeLevel(input: LevelInput): Level {
  const model = prepare(input);
  const series: LevelPoint[] = [];
  if (model.hasFacts) {
    const zt = zTrack(model);
    for (let t = model.from; t <= model.to; t++) series.push(point(model, zt, t - model.start));
  }
  const evidence = evidenceOf(model, series);
  const level: Level = { dyad: model.dyad, method: { ...model.params.method }, ...evidence, series };
  if (!evidence.measurable) return level;
  if (input.explain !== undefined) {
    rangeMonth(input.explain, 'explain');
    level.explain = explainMonth(input, input.explain);
  }
  return level;
}
