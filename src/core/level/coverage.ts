/**
 * Coverage (docs/METHOD.md, Coverage): every source that feeds a level declares the months it
 * covers. A month is `covered` when a source that records routine contact for the pair covers it
 * (the event lake over most of the month, a dossier that states complete coverage), `partial` when
 * only other sources do (a dossier's or document's dated span, a sliver of lake data), `uncovered`
 * when none does. Only routinely covered months let silence count (dormancy); outside all coverage
 * the series is a projection.
 */
import { monthIndex, monthString } from '../partial-date.ts';
import type { LevelParams } from './params.ts';

/** What kind of source a span of coverage comes from. */
export type CoverageKind = 'dossier' | 'extracted' | 'lake' | 'reference';

/** How a month is covered. */
export type MonthCoverage = 'covered' | 'partial' | 'uncovered';

/** The months one source covers for a pair. */
export type CoverageSpan = {
  /** The source: `dossier:aze-uzb`, `document:…`, `lake`, a data set's name. */
  source: string;
  kind: CoverageKind;
  /** First and last month covered, `YYYY-MM`, inclusive. */
  from: string;
  to: string;
  /** True when the source would have recorded routine contact (visits, calls) in these months. */
  routine: boolean;
  /** Words for a reader: "dossier aze-uzb, first to last dated fact". */
  label?: string;
};

/** Status codes per month: 0 uncovered, 1 partial, 2 covered. */
export const COVERAGE_NAMES: readonly MonthCoverage[] = ['uncovered', 'partial', 'covered'];

/**
 * The coverage status of months `start..start+n−1` (month indices), as codes into
 * {@link COVERAGE_NAMES}. Spans are clipped to the range; malformed months are the caller's to
 * check ({@link checkCoverage}).
 */
export function coverageTrack(spans: readonly CoverageSpan[], start: number, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (const s of spans) {
    const code = s.routine ? 2 : 1;
    const lo = Math.max(0, monthIndex(s.from) - start);
    const hi = Math.min(n - 1, monthIndex(s.to) - start);
    for (let i = lo; i <= hi; i++) if (out[i]! < code) out[i] = code;
  }
  return out;
}

/** First and last month any span covers, or undefined when there are none. */
export function coverageBounds(spans: readonly CoverageSpan[]): { first: string; last: string } | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of spans) {
    lo = Math.min(lo, monthIndex(s.from));
    hi = Math.max(hi, monthIndex(s.to));
  }
  return lo === Infinity ? undefined : { first: monthString(lo), last: monthString(hi) };
}

/**
 * The lake's coverage as spans: runs of months whose covered share (0..1, from the ingested files'
 * periods) reaches `params.coverage.lakeRoutineShare` are routine; runs of lower, non-zero share are
 * partial. `shares` maps `YYYY-MM` to the share of that month the lake's files cover.
 */
export function lakeCoverageSpans(shares: ReadonlyMap<string, number>, params: LevelParams): CoverageSpan[] {
  const months = [...shares.entries()]
    .filter(([, share]) => share > 0)
    .map(([m, share]) => ({ t: monthIndex(m), routine: share >= params.coverage.lakeRoutineShare }))
    .sort((a, b) => a.t - b.t);
  const out: CoverageSpan[] = [];
  let run: { from: number; to: number; routine: boolean } | undefined;
  const flush = () => {
    if (!run) return;
    out.push({
      source: 'lake',
      kind: 'lake',
      from: monthString(run.from),
      to: monthString(run.to),
      routine: run.routine,
      label: run.routine
        ? 'event lake (GDELT, ICEWS), most of each month ingested'
        : 'event lake (GDELT, ICEWS), part of each month ingested',
    });
  };
  for (const m of months) {
    if (run && m.t === run.to + 1 && m.routine === run.routine) run.to = m.t;
    else {
      flush();
      run = { from: m.t, to: m.t, routine: m.routine };
    }
  }
  flush();
  return out;
}
