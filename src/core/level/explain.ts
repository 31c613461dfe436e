/**
 * The exact explanation of one month's change (METHOD.md, Explanation): the change in z splits into
 * the baseline's move, each new event's impulse and each older event's fading; scaled by the secant
 * slope of the squashing they sum to S_t − S_{t−1}.
 */
import { monthString } from '../partial-date.ts';
import type { Impulse } from './impulse.ts';
import { rangeMonth } from './input-error.ts';
import { kernel } from './kernel.ts';
import { squash, unsquash } from './labels.ts';
import type { Contribution, Explanation, LevelInput } from './level-types.ts';
import { type LevelModel, measurability, prepare } from './model.ts';
import { rungName } from './rungs.ts';
import type { Rung } from './params.ts';

/** Below this |Δz| the secant is computed as the slope at the midpoint (no cancellation). */
const TINY_DZ = 1e-7;

type Side = { baseline: number; target: number; rung: Rung; council: boolean; dormant: boolean };

function sideAt(model: LevelModel, t: number): Side {
  const i = t - model.start;
  // Before the first computed month nothing is known: rung NONE, baseline at its anchor.
  if (i < 0) {
    const b = model.params.anchors.NONE;
    return { baseline: b, target: b, rung: 'NONE', council: false, dormant: false };
  }
  const { track } = model;
  return {
    baseline: track.baseline[i]!,
    target: track.target[i]!,
    rung: rungName(model.rungs[i]!),
    council: track.council[i] === 1,
    dormant: track.dormant[i] === 1,
  };
}

const fmt = (x: number): string => (Math.round(x * 100) / 100).toFixed(2);

/** A sentence saying why the baseline moved (or did not). */
function baselineTitle(prev: Side, cur: Side, model: LevelModel): string {
  const p = model.params;
  const parts: string[] = [];
  if (prev.rung !== cur.rung)
    parts.push(`rung ${prev.rung} → ${cur.rung} (anchor ${fmt(p.anchors[cur.rung])})`);
  if (!prev.council && cur.council) parts.push(`supreme council met: bonus +${fmt(p.councilBonus)}`);
  if (prev.council && !cur.council)
    parts.push(`council bonus lapsed: no meeting for ${p.councilWindowMonths} months`);
  if (!prev.dormant && cur.dormant) {
    parts.push(
      `dormancy ${fmt(p.dormancyPenalty)}: no leader-level contact for ${p.dormancyWindowMonths} months`,
    );
  }
  if (prev.dormant && !cur.dormant) parts.push('dormancy lifted: leader-level contact');
  const why = parts.length > 0 ? `${parts.join('; ')}; ` : '';
  if (cur.baseline === prev.baseline)
    return `Baseline steady at ${fmt(cur.baseline)} (${why}rung ${cur.rung})`;
  return `Baseline ${fmt(prev.baseline)} → ${fmt(cur.baseline)}, toward target ${fmt(cur.target)} (${why}rung ${cur.rung})`;
}

function eventTerm(e: Impulse, kind: 'new_event' | 'fade', dz: number): Contribution {
  const ev = e.event;
  return {
    kind,
    ref: ev.id,
    title: ev.summary,
    dS: dz,
    dz,
    date: ev.date,
    precision: ev.precision,
    class: ev.class,
    provenance: ev.provenance,
    impulse: e.a,
    sources: ev.sources,
  };
}

/** The explanation of month index `t` from a model prepared through at least `t`. */
export function explainModel(model: LevelModel, t: number): Explanation {
  const { params, mode } = model;
  const prev = sideAt(model, t - 1);
  const cur = sideAt(model, t);
  let zt = unsquash(cur.baseline, params.scale);
  let zp = unsquash(prev.baseline, params.scale);
  const dzB = zt - zp;
  const terms: Contribution[] = [
    {
      kind: 'baseline',
      ref: 'baseline',
      title: baselineTitle(prev, cur, model),
      dS: dzB,
      dz: dzB,
      rung: cur.rung,
      target: cur.target,
    },
  ];
  for (const e of model.impulses) {
    if (e.month > t) break;
    const kt = kernel(e, t, mode);
    const kp = kernel(e, t - 1, mode);
    zt += e.a * kt;
    zp += e.a * kp;
    if (e.month === t) terms.push(eventTerm(e, 'new_event', e.a));
    else if (kt !== kp) terms.push(eventTerm(e, 'fade', e.a * (kt - kp)));
  }
  const st = squash(zt, params.scale);
  const sp = squash(zp, params.scale);
  const delta = st - sp;
  let sumDz = 0;
  for (const c of terms) sumDz += c.dz;
  const mid = squash((zt + zp) / 2, params.scale) / params.scale;
  const slope = Math.abs(zt - zp) < TINY_DZ ? 1 - mid * mid : delta / sumDz;
  for (const c of terms) c.dS = slope * c.dz;
  terms.sort((a, b) => Math.abs(b.dS) - Math.abs(a.dS) || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  return { month: monthString(t), delta, contributions: terms };
}

/**
 * Why the score moved between the month before `month` and `month`: contributions, largest |dS|
 * first, summing to `delta` (= S_month − S_month−1). The month before is computed from history even
 * when it lies outside `input.from..to`; `from`/`to` themselves are ignored. A month the pair is
 * not measurable in (no fact up to it) has no contributions, `measurable: false` and the reason.
 *
 * @throws LevelInputError when `month` or the input is malformed.
 */
export function explainMonth(input: LevelInput, month: string): Explanation {
  const t = rangeMonth(month, 'month');
  const model = prepare({ ...input, from: month, to: month });
  const m = measurability(model);
  if (!m.measurable)
    return {
      month,
      delta: 0,
      contributions: [],
      measurable: false,
      ...(m.reason ? { reason: m.reason } : {}),
    };
  return explainModel(model, t);
}

/** How many contributions an explanation lists before folding the rest (CLI and API default). */
export const EXPLAIN_LIMIT = 10;

/**
 * The explanation with only its `limit` largest contributions listed and the rest summed in
 * `folded` ("92 smaller contributions, total −0.031"); unchanged when there are no more than
 * `limit` + 1 (folding one line into one line hides nothing). The listed ones and the folded total
 * still sum to `delta`.
 */
export function foldExplanation(ex: Explanation, limit: number = EXPLAIN_LIMIT): Explanation {
  if (ex.contributions.length <= limit + 1) return ex;
  const shown = ex.contributions.slice(0, limit);
  const rest = ex.contributions.slice(limit);
  let dS = 0;
  for (const c of rest) dS += c.dS;
  return { ...ex, contributions: shown, folded: { count: rest.length, dS } };
}
