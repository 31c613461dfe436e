import { partialDateProblem, validMonthIndex } from '../partial-date.ts';

/** Bad level input: names the record and field at fault, e.g. `event ev-12: date "2023-13" …`. */
export class LevelInputError extends Error {
  override name = 'LevelInputError';
}

/**
 * Month index of a partial date, or a {@link LevelInputError} naming `owner` and `field` when it is
 * not one (the message is only built on error).
 */
export function monthOf(text: string, owner: string, field = 'date'): number {
  const m = typeof text === 'string' ? validMonthIndex(text) : -1;
  if (m >= 0) return m;
  const problem = typeof text === 'string' ? (partialDateProblem(text) ?? 'invalid') : 'not a string';
  throw new LevelInputError(`${owner}: ${field}: ${problem}`);
}

/** Month index of a `YYYY-MM` range bound. */
export function rangeMonth(text: string, field: string): number {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}$/.test(text)) {
    throw new LevelInputError(`${field}: "${String(text)}" is not a month of the form YYYY-MM`);
  }
  return validMonthIndex(text) >= 0 ? validMonthIndex(text) : monthOf(text, field, 'month');
}
