/**
 * Named regex fragments the date parsers are built from (chrono-node's habit). Every fragment is
 * free of nested quantifiers, so the patterns built from them match in linear time.
 */

/** Month names and abbreviations, longest first so that alternation prefers "june" to "jun". */
export const MONTH =
  '(january|february|march|april|may|june|july|august|september|october|november|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\\.?';

/** A day of the month with an optional ordinal suffix, not part of a longer number. */
export const DAY = '([0-3]?\\d)(?:st|nd|rd|th)?(?!\\d)';

/** A four-digit year from 1600 to 2099, not part of a longer number. */
export const YEAR = '((?:1[6-9]|20)\\d{2})(?![\\d,.]\\d)';

/** What joins the two ends of a range. */
export const RANGE_SEP = '\\s*(?:-|–|—|to|till|until|through|and)\\s*';

/** Qualifiers that keep a year's precision but say where in it ("mid-1996"). */
export const QUALIFIER = '(early|mid|late|end of|beginning of|the end of|the beginning of|the middle of)';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Month number (1..12) of a month name or abbreviation matched by `MONTH`. */
export function monthNumber(name: string): number {
  return MONTHS[name.slice(0, 3).toLowerCase()] ?? 0;
}

/** Words after a four-digit number that show it is a quantity, not a year. */
export const QUANTITY_AFTER =
  /^\s*(?:tons?|tonnes|people|persons|troops|soldiers|km|kilometers|kilometres|dollars|usd|euros?|manats?|soums?|units|cars|vehicles|hectares|ha|mw|barrels|meters|metres|students|participants|companies|projects|jobs|cases|houses|million|billion|thousand|%|percent)\b/i;
