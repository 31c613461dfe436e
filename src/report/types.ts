/** The report's input (what the knowledge base holds for a pair) and its format-neutral model. */
import type { CitationParts } from '../core/citation.ts';
import type { CoverageSpan, LevelName, LevelPoint, Sublevel } from '../core/level/index.ts';
import type {
  Agreement,
  Conflict,
  DocumentRecord,
  Dyad,
  Event,
  Indicator,
  Mechanism,
} from '../core/types.ts';

import type { Indicators } from '../service/indicators.ts';
import type { StructuralSection } from './structural.ts';

/** Everything a report reads about a dyad: plain data, so a model can be built without a store. */
export type ReportData = {
  dyad: Dyad;
  /** Last month the report covers, `YYYY-MM`: later facts are left out. */
  asOf: string;
  /** Month the report is written, `YYYY-MM`. */
  now: string;
  events: Event[];
  /**
   * Machine-coded lake events (GDELT, ICEWS): they count in the level like everywhere else, but the
   * report's chronology and sections list the curated and extracted record only.
   */
  machineEvents?: Event[];
  /** The months each source covers (docs/METHOD.md, Coverage); absent: the record's own span. */
  coverage?: CoverageSpan[];
  agreements: Agreement[];
  mechanisms: Mechanism[];
  indicators: Indicator[];
  conflicts: Conflict[];
  /** Documents cited by the facts above, by id (without their text). */
  documents: Record<string, DocumentRecord>;
  /** The reference data's record of the pair (all its facts, counted or not) and its indicators. */
  structural?: { facts: Event[]; indicators: Indicators };
};

/** Options of {@link ReportModel} building. */
export type ReportOptions = {
  /** How many drivers the summary names (default 5). */
  drivers?: number;
};

/** A sentence or phrase of fact with the reference numbers that support it. */
export type Cited = {
  text: string;
  cites: number[];
  /** True when the sentence starts a new paragraph of its part (the story's decades). */
  paragraph?: true;
};

/**
 * One numbered entry of the references: what core/citation.ts formats, numbered, with the lines of
 * a data set gathered as the report cites them.
 */
export type Reference = Omit<CitationParts, 'n' | 'dataset'> & {
  n: number;
  dataset?: Omit<NonNullable<CitationParts['dataset']>, 'lines'> & { lines: number[] };
};

/** One part of the brief: a heading and its sentences. */
export type BriefPart = { id: string; heading: string; sentences: Cited[] };

/** The level over a span of months. */
export type Trend = { months: number; fromMonth: string; from: number; to: number; delta: number };

/** An event (or the baseline) and what it added to the level over the last 12 months. */
export type Driver = {
  ref: string;
  title: string;
  /** What kind of event, in words ("state visit"), for prose that must not quote a summary. */
  kindLabel?: string;
  date?: string;
  dS: number;
  /** True when an event's effect is wearing off (a fading cooperative event lowers the level). */
  fading: boolean;
  cites: number[];
  /** The source's own words, verbatim, when the title is written in another script (a Russian source). */
  original?: string;
};

/** A rung of the ladder reached: marked on the chart and in the timeline. */
export type Milestone = {
  month: string;
  date: string;
  rung: string;
  label: string;
  title: string;
  cites: number[];
};

export type LevelSection = {
  /** False when there is nothing to measure from (no events, no agreements). */
  measurable: boolean;
  method?: { name: string; version: string };
  /** Why not, when not measurable. */
  reason?: string;
  /** The last month with evidence: the headline month. Projected months never make a headline. */
  current?: LevelPoint;
  /** The monthly series up to the report month (projected months flagged). */
  points: LevelPoint[];
  /** The sources' coverage behind the series. */
  coverage?: CoverageSpan[];
  trend12?: Trend;
  trend60?: Trend;
  drivers: Driver[];
  milestones: Milestone[];
  /** The level at the end of each year (or at the report month for the last). */
  yearly: {
    year: string;
    display: number;
    level: LevelName;
    sublevel: Sublevel;
    low: number;
    high: number;
    /** True when that month lies outside all coverage. */
    projected: boolean;
  }[];
};

/** One row of a timeline. */
export type TimelineItem = {
  id: string;
  date: string;
  end?: string;
  classLabel: string;
  text: string;
  cites: number[];
  /** Rung label when the event is a milestone of the ladder. */
  milestone?: string;
  /** Anchors (`conflict-N`) of the disagreements about this event. */
  disputed: string[];
  /** The source's own words, verbatim, when the summary is written in another script (a Russian source, an English summary). */
  original?: string;
};

export type MeetingItem = {
  date: string;
  end?: string;
  number?: number;
  place?: string;
  text: string;
  cites: number[];
};

export type MechanismItem = {
  title: string;
  kindLabel: string;
  established?: Cited;
  attributes: { name: string; value: string }[];
  meetings: MeetingItem[];
  cites: number[];
  disputed: string[];
};

export type AgreementRow = {
  date?: string;
  title: string;
  kindLabel: string;
  levelLabel: string;
  milestone?: string;
  status: Cited[];
  cites: number[];
  disputed: string[];
};

/** Events per sector per period. */
export type SectorTable = {
  periods: string[];
  rows: { sector: string; counts: number[]; total: number }[];
  /** Events that name no sector. */
  unassigned: number;
};

export type TradeRow = { period: string; value: number; unit: string; cites: number[] };

export type StatementItem = {
  date: string;
  classLabel: string;
  text: string;
  cites: number[];
  quotes: Cited[];
};

/** A disagreement in one line: what is disputed, and each version with its sources. */
export type ConflictItem = {
  anchor: string;
  /** "The date of …", "The kind of …": the disputed field of the fact, in words. */
  what: string;
  claims: { value: string; cites: number[] }[];
};

/** The whole report, ready for any renderer: every text is source data or generated from it. */
export type ReportModel = {
  title: string;
  dyad: Dyad;
  names: [string, string];
  asOf: string;
  asOfLabel: string;
  now: string;
  brief: BriefPart[];
  level: LevelSection;
  /** The events the brief does not already tell, oldest first. */
  chronology: TimelineItem[];
  framework: MechanismItem[];
  agreements: AgreementRow[];
  sectors: SectorTable;
  /** The "Structural record": reference periods and indicators beside the level. */
  structural?: StructuralSection;
  trade: TradeRow[];
  statements: StatementItem[];
  conflicts: ConflictItem[];
  references: Reference[];
  counts: {
    /** Events of the record (dossiers, saved documents), not reference facts. */
    events: number;
    /** Facts of the reference data sets in the report (alliances, representation, disputes, wars). */
    referenceFacts: number;
    machineEvents: number;
    agreements: number;
    mechanisms: number;
    conflicts: number;
  };
};
