import { firstDay, lastDay, partialDateProblem } from '../core/partial-date.ts';

/** A closed range of days, `YYYY-MM-DD` each; undefined ends are open. */
export type DayRange = { from?: string; to?: string };

/**
 * The first (`end: 'first'`) or last day of a day, month or year written `YYYY[-MM[-DD]]`, or
 * undefined when `value` is not one (core/partial-date.ts decides).
 */
export function dayOf(value: string, end: 'first' | 'last'): string | undefined {
  if (partialDateProblem(value) !== null) return undefined;
  return end === 'first' ? firstDay(value) : lastDay(value);
}

/** Whether the days `first`…`last` meet `range`. */
export function overlaps(first: string, last: string, range: DayRange): boolean {
  return (range.from === undefined || last >= range.from) && (range.to === undefined || first <= range.to);
}

/** `YYYYMMDD` as `YYYY-MM-DD`. */
export const isoDay = (ymd: string): string => `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`;
