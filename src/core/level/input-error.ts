import { partialDateProblem } from '../partial-date.ts';

/** Bad level input: names the record and field at fault, e.g. `event ev-12: date "2023-13" …`. */
export class LevelInputError extends Error {
  override name = 'LevelInputError';
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
 * Month index of a valid `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or −1. A lake passes millions of dates:
 * this checks them without regular expressions or Date objects.
 */
function fastMonth(text: string): number {
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
 * Month index of a partial date, or a {@link LevelInputError} naming `owner` and `field` when it is
 * not one (the message is only built on error).
 */
export function monthOf(text: string, owner: string, field = 'date'): number {
  const m = typeof text === 'string' ? fastMonth(text) : -1;
  if (m >= 0) return m;
  const problem = typeof text === 'string' ? (partialDateProblem(text) ?? 'invalid') : 'not a string';
  throw new LevelInputError(`${owner}: ${field}: ${problem}`);
}

/** Month index of a `YYYY-MM` range bound. */
export function rangeMonth(text: string, field: string): number {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}$/.test(text)) {
    throw new LevelInputError(`${field}: "${String(text)}" is not a month of the form YYYY-MM`);
  }
  return fastMonth(text) >= 0 ? fastMonth(text) : monthOf(text, field, 'month');
}
