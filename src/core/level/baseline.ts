/**
 * The baseline `B_t` (METHOD.md): the anchor of the rung in force, plus the council bonus, minus
 * dormancy, approached with a half-life so a new rung moves the score over months, not at once.
 */
import type { LevelParams, Rung } from './params.ts';
import { RUNGS } from './params.ts';

/** Per month (index 0 is the first computed month): target, baseline and why the target is what it is. */
export type BaselineTrack = {
  target: Float64Array;
  baseline: Float64Array;
  /** 1 while a supreme council has met within the window. */
  council: Uint8Array;
  /** 1 while the dormancy penalty applies. */
  dormant: Uint8Array;
};

/** How the baseline moves: `hybrid` converges to each new target; `persistent` keeps its first value. */
export type LevelMode = 'hybrid' | 'persistent';

const ORDER: readonly Rung[] = [...RUNGS];
const ABOVE_RELATIONS = ORDER.indexOf('DIPLOMATIC_RELATIONS');

/**
 * The baseline for months `start..start+rungs.length−1`, `rungs` as indices into {@link RUNGS}. `origin` is the first month with any input:
 * before it nothing is known, the rung is NONE and `B = T`; at it `B` starts at `T`, so asking for an
 * earlier or later range never changes a month's value. `councilMonths` and `contactMonths` (leader
 * contacts) must be sorted ascending. `covered` gives each month's coverage code (2: a source that
 * records routine contact covers it). Silence is evidence only there: dormancy applies in a
 * routinely covered month when no contact is recorded in the last `dormancyWindowMonths` months
 * and all of them lie in the same run of routine coverage (or after the last contact); elsewhere
 * the baseline holds at its rung.
 */
export function baselineTrack(
  rungs: ArrayLike<number>,
  start: number,
  origin: number,
  councilMonths: readonly number[],
  contactMonths: readonly number[],
  covered: ArrayLike<number>,
  mode: LevelMode,
  params: LevelParams,
): BaselineTrack {
  const n = rungs.length;
  const out: BaselineTrack = {
    target: new Float64Array(n),
    baseline: new Float64Array(n),
    council: new Uint8Array(n),
    dormant: new Uint8Array(n),
  };
  const keep = 2 ** (-1 / params.baselineHalfLifeMonths);
  const anchors = ORDER.map((r) => params.anchors[r]);
  const { councilWindowMonths, dormancyWindowMonths, councilBonus, dormancyPenalty } = params;
  let ci = 0;
  let ki = 0;
  let lastCouncil = -Infinity;
  let lastContact = origin;
  // First month of the current run of routine coverage.
  let runStart = Infinity;
  for (let i = 0; i < n; i++) {
    const t = start + i;
    const routine = covered[i] === 2;
    if (!routine) runStart = Infinity;
    else if (runStart === Infinity) runStart = t;
    while (ci < councilMonths.length && councilMonths[ci]! <= t) lastCouncil = councilMonths[ci++]!;
    while (ki < contactMonths.length && contactMonths[ki]! <= t)
      lastContact = Math.max(lastContact, contactMonths[ki++]!);
    const rung = rungs[i]!;
    const council = t - lastCouncil < councilWindowMonths;
    const quietSince = Math.max(lastContact, runStart);
    const dormant =
      routine && t >= origin && rung > ABOVE_RELATIONS && t - quietSince >= dormancyWindowMonths;
    const target = anchors[rung]! + (council ? councilBonus : 0) + (dormant ? dormancyPenalty : 0);
    out.target[i] = target;
    out.council[i] = council ? 1 : 0;
    out.dormant[i] = dormant ? 1 : 0;
    if (t <= origin || i === 0) out.baseline[i] = target;
    else if (mode === 'persistent') out.baseline[i] = out.baseline[i - 1]!;
    else out.baseline[i] = target + (out.baseline[i - 1]! - target) * keep;
  }
  return out;
}
