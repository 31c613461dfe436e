/**
 * Working types of the extraction pipeline: what segmentation, recognisers, classifiers and
 * refiners hand each other. Offsets are into the whole input text unless a field says otherwise.
 */
import type { Actor, Agreement, Event, Indicator, Mechanism, Precision, Source } from '../core/types.ts';
import type { Token } from './recognize/tokens.ts';

/** One sentence (or numbered list item, or a capped piece of an over-long sentence). */
export type Sentence = {
  index: number;
  text: string;
  start: number;
  end: number;
  paragraph: number;
  /** A paragraph plus the list items it introduces: date context is carried inside one passage. */
  passage: number;
  listItem: boolean;
  /** Inside a quoted message or speech: its events need a date of their own. */
  quoted: boolean;
  /** A row of a table ("Ilham Aliyev | Uzbekistan | Tashkent | 13–14 October 2017"), never split. */
  tableRow?: boolean;
};

export type RelativeKind = 'ago' | 'later' | 'same' | 'next' | 'previous' | 'reference';

/** A date expression as the text states it: missing parts stay missing. Offsets within the sentence. */
export type DateMention = {
  start: number;
  end: number;
  year?: number | undefined;
  month?: number | undefined;
  day?: number | undefined;
  endYear?: number | undefined;
  endMonth?: number | undefined;
  endDay?: number | undefined;
  /** Relative expressions are resolved against the document's own dated context. */
  relative?: RelativeKind | undefined;
  unit?: 'day' | 'week' | 'month' | 'year' | undefined;
  amount?: number | undefined;
  /** The amount is vague ("a few days ago"): the result keeps no more than the month. */
  vague?: boolean | undefined;
  /** "for 2023-2024" after a plan: the period a document covers, not when something happened. */
  validity?: boolean | undefined;
};

/** A resolved, partial date (DESIGN.md): never more precise than the text. */
export type ResolvedDate = { date: string; end?: string; precision: Precision };

export type CountryMention = {
  start: number;
  end: number;
  iso3: string;
  /** `place`: a city or region of the country (Phoenix dictionaries); like a capital, a place more often than a party. */
  kind: 'name' | 'demonym' | 'capital' | 'place';
};

export type ActorMention = {
  start: number;
  end: number;
  /** The name as written, resolved to a person at the event date. */
  name?: string;
  /** Known person, when the name resolved. */
  actor?: Actor;
  /** Title without a name ("the President of Uzbekistan"): resolved at the event date. */
  role?: 'head_of_state' | 'head_of_government' | 'foreign_minister';
  country?: string;
  /** "both Presidents": the pair's holders of the role. */
  pair?: boolean;
  /** A generic agent of a country ("Guyanese police", "Rwandan rebels"): its CAMEO sector (COP, REB …). */
  sector?: string;
};

export type SettingMention = { start: number; end: number; name: string };

export type DocumentMention = {
  start: number;
  end: number;
  kind: 'agreement' | 'mou' | 'declaration';
  title: string;
  count?: number;
  /** Names a partnership level: a milestone that gets an event of its own. */
  milestone: boolean;
};

export type InstitutionMention = { start: number; end: number; name: string; kind: string };

/** Everything the recognisers found in one sentence. */
export type SentenceFacts = {
  sentence: Sentence;
  tokens: Token[];
  dates: DateMention[];
  countries: CountryMention[];
  actors: ActorMention[];
  settings: SettingMention[];
  documents: DocumentMention[];
  institutions: InstitutionMention[];
};

/** A trigger a classifier found: an event pattern matched in a sentence. Offsets within the sentence. */
export type Trigger = {
  start: number;
  end: number;
  cameo: string;
  class: string;
  rule: string;
};

/** An event being built: refiners fill and correct it, the last step turns it into an `Event`. */
export type Candidate = {
  facts: SentenceFacts;
  trigger: Trigger;
  cls: string;
  cameo: string;
  date?: ResolvedDate;
  /** The date came from another sentence or from a relative phrase. */
  dateInferred: boolean;
  /** The text states no date for it: it took the publication date. */
  datedByPublication?: boolean;
  /** Needs merging into a nearby event of the same family (e.g. "a few days ago, your state visit"). */
  approximate: boolean;
  countries: string[];
  dyad?: [string, string];
  dyadInferred: boolean;
  initiator: string | 'both' | null;
  actors: ActorMention[];
  place?: { name: string; country?: string };
  setting?: string;
  summary: string;
  sectors: string[];
  count?: number;
  rung?: string;
  /** People resolved at the event's date: named ones, then titles ("the President of Uzbekistan"). */
  resolvedActors: Actor[];
  /** Extra evidence merged in from other sentences. */
  extraSources: Sentence[];
  dropped: boolean;
  /** A quoted statement: the quotation's offsets in the text (the words only, without the marks). */
  quotation?: { start: number; end: number };
};

/** What every recogniser and refiner sees about the document. */
export type DocumentContext = {
  text: string;
  documentId: string;
  referenceDate?: string;
  /** The reference date is the publication date (given, or read from a dateline): undated events take it. */
  publicationDate?: string;
  /** Countries the whole document is about (from title and mention counts), at most two. */
  documentDyad?: [string, string];
  requestedDyad?: [string, string];
  sentences: Sentence[];
  /** What the recognisers found, one entry per sentence (same order as `sentences`). */
  facts: SentenceFacts[];
  /** Countries named (not as places) in each passage, in order of first mention. */
  passageCountries: Map<number, string[]>;
};

/** One stage after recognition: takes the candidates and returns corrected ones. */
export type Refiner = { name: string; refine(ctx: DocumentContext, candidates: Candidate[]): Candidate[] };

/** One recogniser: adds the mentions it finds in a sentence to its facts. */
export type Recognizer = { name: string; recognize(facts: SentenceFacts, ctx: DocumentContext): void };

/**
 * An event as the extractor emits it: an `Event` whose date may be unknown. The text states the
 * event but no date for it and there is no publication date: `date: null`, `precision: "unknown"`.
 * Such events never enter the level; an event dated by the publication date is marked
 * `dated_by: "publication"`.
 */
export type ExtractedEvent = Omit<Event, 'date' | 'precision'> & {
  date: string | null;
  precision: Precision | 'unknown';
  dated_by?: 'publication';
};

/** A speaker's words, verbatim, with who said them and when (the report's "Statements"). */
export type ExtractedStatement = {
  id: string;
  /** The event the statement is recorded as (a praise, criticism or message event), when there is one. */
  event?: string;
  date: string | null;
  precision: Precision | 'unknown';
  dyad: [string, string];
  /** Who spoke: resolved at the date, or as the text names them. */
  speaker?: Actor;
  /** The speaker's words, exactly as the text quotes them (never a paraphrase). */
  quote: string;
  sources: Source[];
};

/**
 * A step on the relations ladder (METHOD.md) the text states, with the words that justify it. A
 * supreme council is a milestone without a rung of its own: it counts through its mechanism.
 */
export type ExtractedMilestone = {
  id: string;
  /** A rung of src/core/rungs.ts; absent for a supreme council. */
  rung?: string;
  /** What the milestone is, in words: "allied relations", "supreme council established". */
  label: string;
  /** The text's words that justify the rung ("Treaty on Allied Relations"). */
  words: string;
  date: string | null;
  precision: Precision | 'unknown';
  dyad: [string, string];
  event?: string;
  agreement?: string;
  mechanism?: string;
  sources: Source[];
};

/**
 * What a text states beside its events, in the knowledge base's own shapes (src/core/types.ts):
 * agreements with their status, mechanisms with their meetings, indicators, statements and the
 * ladder milestones they amount to.
 */
export type ExtractedRecords = {
  agreements: Agreement[];
  mechanisms: Mechanism[];
  indicators: Indicator[];
  statements: ExtractedStatement[];
  milestones: ExtractedMilestone[];
};

/** A finished candidate beside the event made from it. */
export type Finished = { candidate: Candidate; event: ExtractedEvent };

/**
 * One record kind, built after the events from the same pass (the last stage of the pipeline): reads
 * the facts and the finished events, adds its records to `out`, and may complete an event (a
 * milestone's rung, a statement's speaker).
 */
export type RecordBuilder = {
  name: string;
  build(ctx: DocumentContext, finished: readonly Finished[], out: ExtractedRecords): void;
};

export type { Event };

/**
 * How one language is read (chrono-node's configuration shape): its recognisers and refiners in
 * order, how its sentences yield candidates, its dateline, and the countries of a title.
 */
export type Configuration = {
  language: string;
  recognizers: readonly Recognizer[];
  refiners: readonly Refiner[];
  triggers(f: SentenceFacts, text: string): Candidate[];
  dateline(text: string): string | undefined;
  titleCountries(title: string): CountryMention[];
  /** Rows of visit tables are read as visits. */
  tables: boolean;
};
