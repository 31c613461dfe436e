/**
 * Date bounds for lake queries. `from`/`to` are inclusive and may be `YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD`; `to: '2019-10'` includes the whole of October.
 */

export type LakeRange = { from?: string; to?: string };

const FORM = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A RangeError naming the bound, for a value that is not a date of one of the accepted forms. */
function check(name: string, value: string): string {
  if (!FORM.test(value)) throw new RangeError(`${name}: "${value}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  return value;
}

/** First day covered by `from`. */
export function startDate(from: string): string {
  const v = check('from', from);
  return v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v;
}

/** First day after `to` (exclusive upper bound). */
export function endDateExclusive(to: string): string {
  const v = check('to', to);
  const [y, m, d] = v.split('-').map(Number) as [number, number?, number?];
  const next =
    m === undefined
      ? new Date(Date.UTC(y + 1, 0, 1))
      : d === undefined
        ? new Date(Date.UTC(y, m, 1))
        : new Date(Date.UTC(y, m - 1, d + 1));
  return next.toISOString().slice(0, 10);
}

/** SQL conditions on `event_date` for the range (joined with AND; `true` when unbounded). */
export function rangeSql(range: LakeRange): string {
  const parts: string[] = [];
  if (range.from !== undefined) parts.push(`event_date >= DATE '${startDate(range.from)}'`);
  if (range.to !== undefined) parts.push(`event_date < DATE '${endDateExclusive(range.to)}'`);
  return parts.length > 0 ? parts.join(' AND ') : 'true';
}
