/**
 * The domain vocabulary of DESIGN.md, shared by every layer. JSON shapes here are a contract:
 * fields may be added, never renamed.
 */

/** ISO 3166-1 alpha-3 code, e.g. `AZE`. */
export type ISO3 = string;

/** An unordered pair of countries, stored sorted. */
export type Dyad = [ISO3, ISO3];

export type Precision = 'year' | 'month' | 'day';

/**
 * A date as precise as its source and no more: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with an optional
 * end of the same forms for ranges.
 */
export type PartialDate = { date: string; end?: string; precision: Precision };

export type Provenance = 'curated' | 'extracted' | 'gdelt' | 'icews' | 'reference';

/** Where a reference fact comes from: the data set, its version, and the lines of the shipped file. */
export type ReferenceCitation = {
  /** Data set id (`atop`, `cow_mid`, …). */
  dataset: string;
  title: string;
  version: string;
  /** The shipped file in data/reference/. */
  file: string;
  /** Lines of that file (1 is the header) the fact was made from, first ones first. */
  lines: number[];
  /** How many rows the fact was made from (when more than `lines` lists). */
  rows: number;
};

/**
 * Where a fact comes from: a document, where possible its address, and either the source's own words
 * (`quote`, verbatim, the only text ever shown in quotation marks) or a curator's or extractor's
 * paraphrase of what it says (`note`), or both. At least one of the two is present.
 */
export type Source = {
  document: string;
  quote?: string;
  note?: string;
  start?: number;
  end?: number;
  url?: string;
};

export type Actor = {
  name: string;
  country?: ISO3;
  role?: string;
  /** CAMEO sector of a generic agent ("police" COP, "rebels" REB), when the text names no person. */
  sector?: string;
  /** Rebels, protesters, companies …: of the country, but not its state. */
  nonState?: boolean;
};

export type Place = { name: string; country?: ISO3 };

/** One thing that happened between the two countries of a dyad (DESIGN.md `Event`). */
export type Event = {
  id: string;
  date: string;
  end?: string;
  precision: Precision;
  dyad: Dyad;
  /** ISO3 of the side that acted, `both`, or null when unknown. */
  initiator: ISO3 | 'both' | null;
  class: string;
  cameo: string;
  goldstein: number;
  actors: Actor[];
  place?: Place;
  summary: string;
  sectors: string[];
  /** "15 memoranda" is one event with count 15. */
  count?: number;
  /** Machine-coded data: how many coded rows (reports) were collapsed into this one event. */
  reports?: number;
  /**
   * Machine-coded data: what corroborates the event (docs/METHOD.md, Corroboration): the most
   * sources and articles any of its GDELT rows reports (or its rows' distinct addresses, counted up
   * to two), and the distinct ICEWS stories coding it (up to two).
   */
  corroboration?: { sources: number; articles: number; stories: number };
  sources: Source[];
  provenance: Provenance;
  /** 0..1 */
  confidence: number;
  /** Ladder rung this event's document establishes, when it is a milestone. */
  rung?: string;
  /** For lasting states (sanction in force, ambassador recalled): the month (YYYY-MM) the state ended. */
  until?: string;
  /** Level of the actors who acted (see METHOD.md `L`): head, deputy, minister, official, sub. */
  actorLevel?: ActorLevel;
  /** Multilateral setting the event took place in (e.g. an OTS summit), when not purely bilateral. */
  setting?: string;
  /** A reference fact (provenance `reference`): the data set, version and rows it came from. */
  reference?: ReferenceCitation;
  /** A militarized dispute's fatality level (COW: 0 none … 6 over 999; −9 unknown), which scales its impulse. */
  fatality?: number;
};

/** Who acted, as METHOD.md's `L` factor sees it. */
export type ActorLevel = 'head' | 'deputy' | 'minister' | 'official' | 'sub';

export type AgreementKind =
  | 'treaty'
  | 'agreement'
  | 'protocol'
  | 'memorandum'
  | 'action_plan'
  | 'declaration';

export type AgreementLevel = 'state' | 'government' | 'agency';

export type AgreementStatusKind =
  | 'signed'
  | 'ratified'
  | 'in_force'
  | 'terminated'
  | 'suspended'
  | 'approved';

export type AgreementStatus = {
  status: AgreementStatusKind;
  date: string;
  precision: Precision;
  /** The side that took the step (ratification by one party); absent for joint steps. */
  party?: ISO3;
  /** Which body acted, e.g. "Senate of the Oliy Majlis". */
  body?: string;
  sources: Source[];
};

export type Agreement = {
  id: string;
  dyad: Dyad;
  kind: AgreementKind;
  title: string;
  signed?: PartialDate & { place?: Place };
  parties: ISO3[];
  level: AgreementLevel;
  status: AgreementStatus[];
  /** Ladder rung (METHOD.md) the agreement establishes, if any. */
  rung?: string;
  sectors: string[];
  /** The event at which it was signed. */
  event?: string;
  sources: Source[];
};

export type MechanismKind =
  | 'supreme_council'
  | 'intergovernmental_commission'
  | 'investment_fund'
  | 'free_economic_zone'
  | 'business_council'
  | 'other';

export type MechanismMeeting = {
  date: string;
  end?: string;
  precision: Precision;
  number?: number;
  place?: Place;
  summary?: string;
  /** The event this meeting is recorded as. */
  event?: string;
  sources: Source[];
};

export type Mechanism = {
  id: string;
  dyad: Dyad;
  kind: MechanismKind;
  title: string;
  established?: PartialDate & { by?: string };
  /** Free attributes: a fund's size, shares, co-chairs. */
  attributes: Record<string, string | number>;
  meetings: MechanismMeeting[];
  sources: Source[];
};

/** A measured quantity for a dyad over a period, e.g. trade turnover. */
export type Indicator = {
  id: string;
  dyad: Dyad;
  kind: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM/YYYY-MM` range for partial-year figures. */
  period: string;
  label?: string;
  value?: number;
  unit: string;
  breakdown: Record<string, number>;
  note?: string;
  sources: Source[];
};

/** One version of a disputed fact. */
export type Claim = { value: string; sources: Source[]; note?: string };

/** Sources disagree on a field of a fact: every version is kept. */
export type Conflict = {
  id: string;
  dyad: Dyad;
  /** `event:<id>`, `agreement:<id>`, `mechanism:<id>`, `indicator:<id>`. */
  subject: string;
  field: string;
  claims: Claim[];
  note?: string;
};

/** A text the knowledge base holds facts from. */
export type DocumentRecord = {
  id: string;
  title?: string;
  url?: string;
  language: string;
  published?: string;
  publisher?: string;
  text?: string;
};
