/** Input and output shapes of the level engine (DESIGN.md `Level`; fields may be added, never renamed). */
import type { Agreement, Dyad, Event, Mechanism, Precision, Provenance, Source } from '../types.ts';
import type { LevelMode } from './baseline.ts';
import type { CoverageSpan, MonthCoverage } from './coverage.ts';
import type { LevelName, Sublevel } from './labels.ts';
import type { LevelParams, Rung } from './params.ts';

/** Everything the engine reads: pure data, the month range included. */
export type LevelInput = {
  dyad: Dyad;
  /** First month returned, `YYYY-MM`, inclusive. */
  from: string;
  /** Last month returned, `YYYY-MM`, inclusive. */
  to: string;
  /** Curated, extracted, GDELT and ICEWS events, mixed. */
  events: Event[];
  /** Ladder rungs come from agreements with a `rung` and their status history. */
  agreements: Agreement[];
  /** Supreme council meetings (and establishment) give the council bonus. */
  mechanisms: Mechanism[];
  mode?: LevelMode;
  /** Defaults to {@link LEVEL_PARAMS}. */
  params?: LevelParams;
  /** When set (`YYYY-MM`), `computeLevel` also explains that month. */
  explain?: string;
  /**
   * The months each source covers (docs/METHOD.md, Coverage). Absent: the record's own span, first
   * to last dated fact, not routine.
   */
  coverage?: CoverageSpan[];
};

/** One month of the series. */
export type LevelPoint = {
  month: string;
  /** S, unrounded, in (−9, 9). */
  score: number;
  /** S rounded to 0.1 away from zero, as published. */
  display: number;
  level: LevelName;
  sublevel: Sublevel;
  /** 90% band, [low, high]. */
  band: [number, number];
  /** B_t, on the score scale. */
  baseline: number;
  rung: Rung;
  /** How the month is covered by the sources: covered (routine), partial, uncovered. */
  coverage: MonthCoverage;
  /** True outside all coverage: the model carried forward, not evidence. Never a headline. */
  projected: boolean;
};

/** One term of a month's change. */
export type Contribution = {
  kind: 'baseline' | 'new_event' | 'fade' | 'econ';
  /** Event id, or `baseline`. */
  ref: string;
  title: string;
  /** Its share of S_t − S_{t−1}. */
  dS: number;
  /** The change in z it made before squashing. */
  dz: number;
  date?: string;
  precision?: Precision;
  class?: string;
  provenance?: Provenance;
  /** The impulse a_e, after L, C and D. */
  impulse?: number;
  sources?: Source[];
  /** For the baseline: the rung and target this month. */
  rung?: Rung;
  target?: number;
};

/**
 * Why S moved between the previous month and `month`; contributions sum to `delta`. A folded
 * explanation lists the largest and sums the rest in `folded`.
 */
export type Explanation = {
  month: string;
  delta: number;
  contributions: Contribution[];
  /** The contributions left out of `contributions`: how many, and their total dS. */
  folded?: { count: number; dS: number };
  /** Present and false when the pair is not measurable in `month`, with the reason. */
  measurable?: false;
  reason?: string;
};

/** Whether a pair's level can be measured, and the coverage behind it. */
export type LevelEvidence = {
  /** False when no source holds a fact about the pair up to the last month asked. */
  measurable: boolean;
  /** Why not, in words, when not measurable. */
  reason?: string;
  coverage: {
    spans: CoverageSpan[];
    /** First and last month any source covers. */
    first?: string;
    last?: string;
    /** The last month of the series with evidence (not projected), the month a headline may name. */
    lastEvidence?: string;
  };
};

/** The engine's answer (DESIGN.md `Level`). */
export type Level = LevelEvidence & {
  dyad: Dyad;
  method: { name: 'rls'; version: string };
  /** Empty when not measurable. */
  series: LevelPoint[];
  explain?: Explanation;
};
