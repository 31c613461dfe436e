/**
 * The months the event lake covers (docs/METHOD.md, Coverage): each ingested file covers the period
 * its publisher's name for it states (a GDELT 2.0 export 15 minutes, a GDELT 1.0 daily file a day, a
 * monthly or yearly archive its month or year, an ICEWS yearly file its year), on the days it holds
 * rows; a file named otherwise covers the days its rows were added (GDELT's DATEADDED) or, without
 * that, dated. The result is each month's covered share, 0..1.
 */
import { daysInMonth, validMonthIndex } from '../../core/partial-date.ts';

const DAY = 1440;

/** Minutes covered per day `YYYY-MM-DD`. */
export type CoveredMinutes = Map<string, number>;

function add(out: CoveredMinutes, key: string, minutes: number): void {
  out.set(key, (out.get(key) ?? 0) + minutes);
}

/** A period named by a file: every day from `first` to `last` (`YYYY-MM-DD`), `minutes` of each. */
export type NamedPeriod = { first: string; last: string; minutes: number };

const day = (y: number | string, m: number | string, d: number | string) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

const validDay = (y: string, m: string, d: string) => validMonthIndex(day(y, m, d)) >= 0;

/**
 * The period a file covers, from its name, when the name follows GDELT's or ICEWS's conventions:
 * `YYYYMMDDHHMMSS.export.CSV` (GDELT 2.0, 15 minutes), `YYYYMMDD.export.CSV` (GDELT 1.0 daily, one
 * day), `YYYYMM.zip|csv` (GDELT 1.0 monthly), `YYYY.zip|csv` (GDELT 1.0 yearly), `events.YYYY.…`
 * (ICEWS yearly) and `YYYYMMDD-icews-events…` (ICEWS daily). Undefined for any other name.
 */
export function periodOfFileName(name: string): NamedPeriod | undefined {
  const base = name.replace(/^.*[\\/]/, '');
  let m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\.(export|mentions|gkg)\./i.exec(base);
  if (m) {
    if (!validDay(m[1]!, m[2]!, m[3]!)) return undefined;
    return { first: day(m[1]!, m[2]!, m[3]!), last: day(m[1]!, m[2]!, m[3]!), minutes: 15 };
  }
  m = /^(\d{4})(\d{2})(\d{2})(\.export\.|-icews-events)/i.exec(base);
  if (m) {
    if (!validDay(m[1]!, m[2]!, m[3]!)) return undefined;
    return { first: day(m[1]!, m[2]!, m[3]!), last: day(m[1]!, m[2]!, m[3]!), minutes: DAY };
  }
  m = /^(\d{4})(\d{2})\.(zip|csv|tsv|txt)/i.exec(base);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) return undefined;
    return { first: day(y, mo, 1), last: day(y, mo, daysInMonth(y, mo)), minutes: DAY };
  }
  m = /^(?:events\.)?(\d{4})\.(zip|csv|tsv|tab|txt|\d{8,14}\.)/i.exec(base);
  if (m) return { first: day(m[1]!, 1, 1), last: day(m[1]!, 12, 31), minutes: DAY };
  return undefined;
}

/**
 * What one ingested file covers: the days of its named period on which it holds rows (a sample cut
 * from a yearly file covers its days, not the year), `minutes` of each; or, for a file named
 * otherwise, the days its rows were added (GDELT's DATEADDED), else dated, a whole day each.
 */
export function fileCoverage(
  name: string,
  days: { added: ReadonlySet<string>; dated: ReadonlySet<string> },
): CoveredMinutes {
  const out: CoveredMinutes = new Map();
  const period = periodOfFileName(name);
  if (period) {
    for (const d of new Set([...days.added, ...days.dated]))
      if (d >= period.first && d <= period.last) add(out, d, period.minutes);
    return out;
  }
  addDays(out, days.added.size > 0 ? days.added : days.dated);
  return out;
}

/** Adds whole days (`YYYY-MM-DD`) to a coverage map. */
function addDays(out: CoveredMinutes, days: Iterable<string>): void {
  for (const d of days) add(out, d, DAY);
}

/**
 * Each month's covered share (0..1). Files of one dataset add up within a day (96 GDELT 2.0
 * exports make a day), capped at the day; datasets overlap rather than add (GDELT and ICEWS on
 * the same day cover that day once).
 */
export function coveredShares(
  files: Iterable<{ dataset: string; minutes: CoveredMinutes }>,
): Map<string, number> {
  const byDataset = new Map<string, CoveredMinutes>();
  for (const f of files) {
    const sum = byDataset.get(f.dataset) ?? new Map<string, number>();
    for (const [d, mins] of f.minutes) add(sum, d, mins);
    byDataset.set(f.dataset, sum);
  }
  const perDay: CoveredMinutes = new Map();
  for (const sum of byDataset.values())
    for (const [d, mins] of sum) perDay.set(d, Math.max(perDay.get(d) ?? 0, Math.min(DAY, mins)));
  const perMonth: CoveredMinutes = new Map();
  for (const [d, mins] of perDay) add(perMonth, d.slice(0, 7), mins);
  const out = new Map<string, number>();
  for (const [month, mins] of perMonth) {
    const total = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7))) * DAY;
    out.set(month, Math.min(1, mins / total));
  }
  return out;
}

/**
 * {@link coveredShares} of the files that cover `dyad`: a file ingested with `--countries` covers
 * only pairs of those countries, so with a `dyad` only the files that kept both count, and without
 * one only the files that kept every country.
 */
export function keptCoveredShares(
  files: readonly { dataset: string; minutes: CoveredMinutes; countries?: string[] }[],
  dyad?: readonly [string, string],
): Map<string, number> {
  return coveredShares(
    files.filter(
      ({ countries }) => countries === undefined || dyad?.every((c) => countries.includes(c)) === true,
    ),
  );
}
