/**
 * Real rows of the built reference tables, for tests (line: the line of the shipped file in
 * data/reference/). Not a test file itself.
 */
import type { AtopRow, DiplomaticRow, MidRow, RivalryRow, UcdpRow, WarRow } from './rows.ts';

export const IRN_IRQ_WAR: WarRow[] = [
  { warnum: 199, a: 'IRN', b: 'IRQ', year: 1980, batdeaths: 1250000, line: 1808 },
  { warnum: 199, a: 'IRN', b: 'IRQ', year: 1981, batdeaths: 1250000, line: 1809 },
];
export const RUS_UKR_UCDP: UcdpRow[] = [2022, 2023, 2024].map((year, i) => ({
  conflict_id: 13243,
  a: 'RUS',
  b: 'UKR',
  year,
  type: 'interstate',
  intensity: 2,
  episode_start: '2022-02-24',
  episode_end: null,
  line: 633 + i,
}));
export const ARM_AZE_MID: MidRow[] = [1996, 1997].map((year, i) => ({
  dispnum: 4319,
  a: 'ARM',
  b: 'AZE',
  year,
  styear: 1996,
  stmon: 12,
  maxdur: 151,
  hostlev: 4,
  dispute_hostlev: 4,
  fatality: 2,
  hiact1: 17,
  hiact2: 17,
  line: 5026 + i,
}));
export const AZE_UZB_DE: DiplomaticRow[] = [
  { a: 'AZE', b: 'UZB', year: 1995, rep_in_a: 0, rep_in_b: 0, de: 0, line: 138661 },
  { a: 'AZE', b: 'UZB', year: 2000, rep_in_a: 0, rep_in_b: 0, de: 0, line: 138662 },
  { a: 'AZE', b: 'UZB', year: 2005, rep_in_a: 3, rep_in_b: 3, de: 1, line: 138663 },
];
/** AZE–UZB's ATOP row of `year` (the CIS pacts: defence, non-aggression, consultation). */
export const atop = (year: number, def_common: number, pact_common: number, line: number): AtopRow => ({
  a: 'AZE',
  b: 'UZB',
  year,
  defense: 1,
  offense: 0,
  neutral: 0,
  nonagg: 1,
  consul: 1,
  def_common,
  pact_common,
  line,
});
export const CUB_USA_DE: DiplomaticRow[] = [
  { a: 'CUB', b: 'USA', year: 1955, rep_in_a: 9, rep_in_b: 9, de: 1, line: 5985 },
  { a: 'CUB', b: 'USA', year: 1960, rep_in_a: 9, rep_in_b: 9, de: 1, line: 5986 },
  { a: 'CUB', b: 'USA', year: 1965, rep_in_a: 0, rep_in_b: 0, de: 0, line: 5987 },
  { a: 'CUB', b: 'USA', year: 1970, rep_in_a: 0, rep_in_b: 0, de: 0, line: 5988 },
];

export const ARM_AZE_RIVALRY: RivalryRow = {
  rivalry: 180,
  name: 'Armenia-Azerbaijan',
  a: 'ARM',
  b: 'AZE',
  styear: 1991,
  endyear: 2010,
  types: 'spatial',
  line: 181,
};
