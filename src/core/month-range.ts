/**
 * The one check of month options and parameters, for the CLI and the API alike (issue 15): a
 * month is `YYYY-MM` (or a bare `YYYY`, meaning its first or last month) between 1800-01 and
 * 2100-12, and a range's `from` is not after its `to`. Nothing computes over an unbounded range.
 */

/** The earliest and latest month any command or route accepts. */
export const MONTH_MIN = '1800-01';
export const MONTH_MAX = '2100-12';

const SHAPE = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

/** What is wrong with one month bound, or null. */
export function monthProblem(value: string): string | null {
  if (!SHAPE.test(value)) return `"${value}" is not a month: use YYYY-MM (or YYYY)`;
  const first = value.length === 4 ? `${value}-01` : value;
  const last = value.length === 4 ? `${value}-12` : value;
  if (last < MONTH_MIN || first > MONTH_MAX) return `${value} is outside ${MONTH_MIN} … ${MONTH_MAX}`;
  return null;
}

/** A range bound as a month: a bare year is its first (`from`) or last (`to`) month. */
export function boundMonth(value: string, end: 'from' | 'to'): string {
  return value.length === 4 ? `${value}-${end === 'from' ? '01' : '12'}` : value;
}

/** What is wrong with a range (either bound may be absent), naming the field, or null. */
export function rangeProblem(
  from: string | undefined,
  to: string | undefined,
  names: { from: string; to: string } = { from: 'from', to: 'to' },
): { field: string; message: string } | null {
  for (const [field, value] of [
    [names.from, from],
    [names.to, to],
  ] as const) {
    const problem = value === undefined ? null : monthProblem(value);
    if (problem) return { field, message: problem };
  }
  if (from !== undefined && to !== undefined && boundMonth(from, 'from') > boundMonth(to, 'to'))
    return { field: names.from, message: `${from} is after ${names.to} ${to}` };
  return null;
}
