import type { PartialDate, Precision } from './types.ts';

const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in a month of a year (month 1..12), Gregorian. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Digits of `text[from..to)` as a number, or −1 when any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * Month index (`year*12 + month-1`; a bare year gives its January) of a valid partial date, or −1
 * when it is not one. The event lake passes millions of dates: this checks them without regular
 * expressions or Date objects; {@link partialDateProblem} says why a date is refused.
 */
export function validMonthIndex(text: string): number {
  const n = text.length;
  if (n !== 4 && n !== 7 && n !== 10) return -1;
  const year = digits(text, 0, 4);
  if (year < 1000) return -1;
  if (n === 4) return year * 12;
  const month = text.charCodeAt(4) === 45 ? digits(text, 5, 7) : -1;
  if (month < 1 || month > 12) return -1;
  if (n === 10) {
    const day = text.charCodeAt(7) === 45 ? digits(text, 8, 10) : -1;
    const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 1 : 0;
    if (day < 1 || day > DAYS[month - 1]! + leap) return -1;
  }
  return year * 12 + month - 1;
}

/**
 * Why a date string is not a valid partial date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real
 * calendar day), or null when it is.
 */
export function partialDateProblem(text: string): string | null {
  if (validMonthIndex(text) >= 0) return null;
  const m = FORM.exec(text);
  if (!m) return `"${text}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`;
  const year = Number(m[1]);
  if (year < 1000) return `year ${year} is out of range`;
  if (m[2] === undefined) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `month ${m[2]} is not between 01 and 12`;
  if (m[3] === undefined) return null;
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return `day ${m[3]} does not exist in ${m[1]}-${m[2]}`;
  return null;
}

/** The precision a date string states. Assumes the string is valid. */
export function precisionOf(text: string): Precision {
  if (text.length === 4) return 'year';
  if (text.length === 7) return 'month';
  return 'day';
}

/** Builds a partial date, checking both ends; throws with the reason when a part is invalid. */
export function partialDate(date: string, end?: string): PartialDate {
  const problem = partialDateProblem(date) ?? (end !== undefined ? partialDateProblem(end) : null);
  if (problem) throw new RangeError(problem);
  const out: PartialDate = { date, precision: precisionOf(date) };
  if (end !== undefined && end !== date) {
    if (compareDates(end, date) < 0) throw new RangeError(`end ${end} is before start ${date}`);
    out.end = end;
  }
  return out;
}

/**
 * Orders two date strings of any precision by their first possible day; a less precise date sorts
 * before a more precise one that starts the same day ("2023" < "2023-01" < "2023-01-01").
 */
export function compareDates(a: string, b: string): number {
  const pa = a.padEnd(10, '-00');
  const pb = b.padEnd(10, '-00');
  if (pa !== pb) return pa < pb ? -1 : 1;
  return a.length - b.length;
}

/** Month index `year*12 + month-1` of a `YYYY-MM` or longer date; a bare year gives its January. */
export function monthIndex(text: string): number {
  const year = Number(text.slice(0, 4));
  const month = text.length >= 7 ? Number(text.slice(5, 7)) : 1;
  return year * 12 + month - 1;
}

/** `YYYY-MM` for a month index. */
export function monthString(index: number): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** `YYYY-MM` of a partial date; a bare year counts from its January. */
export function monthOfDate(text: string): string {
  return monthString(monthIndex(text));
}

/** The month of the earliest of some partial dates, or undefined when there are none. */
export function earliestMonth(dates: Iterable<string>): string | undefined {
  let first: string | undefined;
  for (const d of dates) if (first === undefined || compareDates(d, first) < 0) first = d;
  return first === undefined ? undefined : monthOfDate(first);
}

/** The last day (YYYY-MM-DD) a partial date can mean, used for range filters. */
export function lastDay(text: string): string {
  if (text.length === 10) return text;
  if (text.length === 7) {
    const d = daysInMonth(Number(text.slice(0, 4)), Number(text.slice(5, 7)));
    return `${text}-${String(d).padStart(2, '0')}`;
  }
  return `${text}-12-31`;
}

/** The first day (YYYY-MM-DD) a partial date can mean. */
export function firstDay(text: string): string {
  if (text.length === 10) return text;
  if (text.length === 7) return `${text}-01`;
  return `${text}-01-01`;
}
