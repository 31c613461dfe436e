/**
 * Rows of the built reference tables (src/store/reference/reference-sql.ts), one pair sorted
 * (`a < b`), each with the line of the shipped file it came from.
 */

export type AtopRow = {
  a: string;
  b: string;
  year: number;
  defense: number;
  offense: number;
  neutral: number;
  nonagg: number;
  consul: number;
  /** Third states with which both have a defence (or offence) obligation that year. */
  def_common: number;
  /** Third states with which both have a neutrality, non-aggression or consultation obligation. */
  pact_common: number;
  line: number;
};

export type DiplomaticRow = {
  a: string;
  b: string;
  year: number;
  /** Representation of b in a: 0 none, 1 chargé d'affaires, 2 minister, 3 ambassador, 9 other. */
  rep_in_a: number;
  rep_in_b: number;
  de: number;
  line: number;
};

export type MidRow = {
  dispnum: number;
  a: string;
  b: string;
  year: number;
  styear: number;
  stmon: number;
  maxdur: number;
  /** The higher of the two sides' hostility levels (1 none … 5 war). */
  hostlev: number;
  dispute_hostlev: number;
  fatality: number;
  hiact1: number;
  hiact2: number;
  line: number;
};

export type WarRow = { warnum: number; a: string; b: string; year: number; batdeaths: number; line: number };

export type UcdpRow = {
  conflict_id: number;
  a: string;
  b: string;
  year: number;
  type: string;
  intensity: number;
  episode_start: string | null;
  episode_end: string | null;
  line: number;
};

export type RivalryRow = {
  rivalry: number;
  name: string;
  a: string;
  b: string;
  styear: number;
  endyear: number;
  types: string;
  line: number;
};

/** Every row of one pair that can become a fact. */
export type PairRows = {
  atop: AtopRow[];
  diplomatic: DiplomaticRow[];
  mids: MidRow[];
  wars: WarRow[];
  ucdp: UcdpRow[];
  rivalries: RivalryRow[];
};

/** An empty set of rows. */
export function noRows(): PairRows {
  return { atop: [], diplomatic: [], mids: [], wars: [], ucdp: [], rivalries: [] };
}
