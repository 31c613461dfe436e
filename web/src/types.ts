/** The API's JSON shapes as the dashboard reads them (DESIGN.md; see /openapi.json). */
// The record's shapes are the core's own (types only: nothing of the server is bundled).
export type { Event, Source } from '../../src/core/types.ts';
import type { Source } from '../../src/core/types.ts';

export type LevelPoint = {
  month: string;
  score: number;
  display: number;
  level: string;
  sublevel: string;
  band: [number, number];
  baseline: number;
  rung: string;
  coverage: 'covered' | 'partial' | 'uncovered';
  /** Outside all coverage: the model carried forward, drawn dashed, never a headline. */
  projected: boolean;
};

export type CoverageSpan = {
  source: string;
  kind: string;
  from: string;
  to: string;
  routine: boolean;
  label?: string;
};

export type Level = {
  dyad: [string, string];
  method: { name: string; version: string };
  measurable: boolean;
  reason?: string;
  coverage: { spans: CoverageSpan[]; first?: string; last?: string; lastEvidence?: string };
  series: LevelPoint[];
};

export type Contribution = {
  kind: string;
  ref: string;
  title: string;
  dS: number;
  date?: string;
  sources?: Source[];
};

export type Explanation = {
  month: string;
  delta: number;
  contributions: Contribution[];
  /** The smaller contributions the API folded into one total. */
  folded?: { count: number; dS: number };
  measurable?: false;
  reason?: string;
};

export type { Agreement, Conflict, Mechanism } from '../../src/core/types.ts';

/** GET /api/dyads/{A}/{B}/indicators: the structural record beside the level. */
export type Indicators = {
  dyad: [string, string];
  un: { year: number; joint: number; identical: number; agreement: number }[];
  trade: { period: string; turnover: number | null; source: 'cow_trade' | 'dossier' }[];
  igos: { year: number; shared: number }[];
  contiguity: { type: number; label: string; from: string; to: string }[];
  sources: { title: string; version: string; years: string }[];
};

export type Partners = {
  country: string;
  month: string;
  partners: {
    iso3: string;
    name: string;
    display: number;
    level: string;
    sublevel: string;
    rung: string;
    events: number;
  }[];
};

/** A sentence with the numbers of the references behind it. */
export type Cited = { text: string; cites: number[]; paragraph?: true };

/** `report?format=json`: the brief, the disagreements in one line each, and their references. */
export type BriefView = {
  title: string;
  names: [string, string];
  asOf: string;
  brief: { id: string; heading: string; sentences: Cited[] }[];
  conflicts: { what: string; claims: { value: string; cites: number[] }[] }[];
  references: { n: number; text: string; url?: string }[];
};

/** `GET /api/pairs`. */
export type Pairs = { pairs: { dyad: [string, string]; names: [string, string]; events: number }[] };
