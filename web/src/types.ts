/** The API's JSON shapes as the dashboard reads them (DESIGN.md; see /openapi.json). */
/** `quote` is the source's own words (shown in quotation marks); `note` a paraphrase (never quoted). */
export type Source = {
  document: string;
  quote?: string;
  note?: string;
  start?: number;
  end?: number;
  url?: string;
};

export type Event = {
  id: string;
  date: string;
  end?: string;
  precision: 'year' | 'month' | 'day';
  dyad: [string, string];
  initiator: string | null;
  class: string;
  cameo: string;
  goldstein: number;
  actors: { name: string; country?: string; role?: string }[];
  place?: { name: string; country?: string };
  summary: string;
  sectors: string[];
  count?: number;
  sources: Source[];
  provenance: 'curated' | 'extracted' | 'gdelt' | 'icews';
  confidence: number;
  rung?: string;
};

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

export type Agreement = {
  id: string;
  kind: string;
  title: string;
  signed?: { date: string; place?: { name: string } };
  level: string;
  status: { status: string; date: string }[];
  rung?: string;
  sources: Source[];
};

export type Mechanism = {
  id: string;
  kind: string;
  title: string;
  established?: { date: string };
  meetings: { date: string; number?: number; place?: { name: string } }[];
  sources: Source[];
};

export type Conflict = {
  id: string;
  subject: string;
  field: string;
  claims: { value: string; sources: Source[]; note?: string }[];
  note?: string;
};

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
