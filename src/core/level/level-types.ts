/** Input and output shapes of the level engine (DESIGN.md `Level`; fields may be added, never renamed). */
import type { Agreement, Dyad, Event, Mechanism, Precision, Provenance, Source } from '../types.ts';
import type { LevelMode } from './baseline.ts';
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

/** Why S moved between the previous month and `month`; contributions sum to `delta`. */
export type Explanation = { month: string; delta: number; contributions: Contribution[] };

/** The engine's answer (DESIGN.md `Level`). */
export type Level = {
  dyad: Dyad;
  method: { name: 'rls'; version: string };
  series: LevelPoint[];
  explain?: Explanation;
};
