/** A closed range of days, `YYYY-MM-DD` each; undefined ends are open. */
export type DayRange = { from?: string; to?: string };

const PARTIAL = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Days in `month` (1-12) of `year`. */
function monthDays(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The first (`end: 'first'`) or last day of a day, month or year written `YYYY[-MM[-DD]]`, or
 * undefined when `value` is not one.
 */
export function dayOf(value: string, end: 'first' | 'last'): string | undefined {
  const m = PARTIAL.exec(value);
  if (!m) return undefined;
  const [, y = '', mo, d] = m;
  if (d !== undefined) return Number(d) <= monthDays(Number(y), Number(mo)) ? value : undefined;
  if (mo !== undefined)
    return end === 'first' ? `${y}-${mo}-01` : `${y}-${mo}-${monthDays(Number(y), Number(mo))}`;
  return end === 'first' ? `${y}-01-01` : `${y}-12-31`;
}

/** Whether the days `first`…`last` meet `range`. */
export function overlaps(first: string, last: string, range: DayRange): boolean {
  return (range.from === undefined || last >= range.from) && (range.to === undefined || first <= range.to);
}

/** `YYYYMMDD` as `YYYY-MM-DD`. */
export const isoDay = (ymd: string): string => `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`;
