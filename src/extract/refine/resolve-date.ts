import { daysInMonth } from '../../core/partial-date.ts';
import type { DateMention, ResolvedDate } from '../types.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** A partial date string of the parts given; never adds a part that is missing. */
export function partial(year: number, month?: number, day?: number): string {
  if (month === undefined || month < 1 || month > 12) return String(year);
  if (day === undefined || day < 1 || day > daysInMonth(year, month)) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function fromParts(y: number, m?: number, d?: number, ey?: number, em?: number, ed?: number): ResolvedDate {
  const date = partial(y, m, d);
  const precision = date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
  const out: ResolvedDate = { date, precision };
  if (ey !== undefined) {
    const end = partial(ey, m === undefined ? undefined : em, d === undefined ? undefined : ed);
    if (end > date && end.length === date.length) out.end = end;
  }
  return out;
}

/** How far past the publication date a day or month without a year may lie and keep its year. */
const AHEAD_DAYS = 60;

/**
 * The year of a day or month the text gives without one ("on 3 January", "in December") when the
 * document has stated no date before it: the one nearest the publication date, so the year of
 * publication, unless that falls more than two months after it (then the year before: a report
 * of 4 January says "in December" of the year before).
 */
function yearNear(month: number | undefined, day: number | undefined, referenceDate: string | undefined) {
  if (month === undefined || !referenceDate || !/^\d{4}-\d{2}-\d{2}$/.test(referenceDate)) return undefined;
  const ref = Date.parse(`${referenceDate}T00:00:00Z`);
  const y = Number(referenceDate.slice(0, 4));
  const at = Date.UTC(y, month - 1, day ?? 1);
  return at > ref + AHEAD_DAYS * 86_400_000 ? y - 1 : y;
}

/**
 * A mention made absolute: missing year from the context date (or, before any, the publication
 * date: {@link yearNear}), relative phrases counted from it,
 * reference-relative phrases ("yesterday") from the reference date only. Undefined when nothing
 * can anchor it. `approximate` marks vague relatives ("a few days ago") for merging.
 */
export function resolveMention(
  m: DateMention,
  context: ResolvedDate | undefined,
  referenceDate: string | undefined,
): { date: ResolvedDate; approximate: boolean } | undefined {
  if (m.relative === 'reference') {
    if (!referenceDate) return undefined;
    return { date: shift(referenceDate, m.unit ?? 'day', m.amount ?? 0, true), approximate: false };
  }
  if (m.relative) {
    if (!context) return undefined;
    const sign = m.relative === 'ago' || m.relative === 'previous' ? -1 : m.relative === 'same' ? 0 : 1;
    const amount = m.relative === 'ago' || m.relative === 'later' ? (m.amount ?? 1) : 1;
    const vague = m.unit === 'day' || m.unit === 'week';
    if (vague && context.precision !== 'day') {
      // "the following day" after "in July": still July, as far as the text says.
      // Counting back a few days from a month may cross into the month before: then only the year.
      const precision = context.precision === 'month' && sign >= 0 ? 'month' : 'year';
      return {
        date: { date: context.date.slice(0, precision === 'month' ? 7 : 4), precision },
        approximate: true,
      };
    }
    const shifted = shift(context.date, m.unit ?? 'year', sign * amount, false);
    // "a few days ago" names no day: keep the month it falls in.
    if (m.vague && shifted.precision === 'day') {
      return { date: { date: shifted.date.slice(0, 7), precision: 'month' }, approximate: true };
    }
    return { date: shifted, approximate: vague };
  }
  const year =
    m.year ?? (context ? Number(context.date.slice(0, 4)) : yearNear(m.month, m.day, referenceDate));
  if (year === undefined) return undefined;
  return {
    date: fromParts(
      year,
      m.month,
      m.day,
      m.endYear ?? (m.endMonth !== undefined ? year : undefined),
      m.endMonth,
      m.endDay,
    ),
    approximate: false,
  };
}

/** Moves a partial date by whole units, keeping no more precision than it had (or than the unit). */
function shift(
  date: string,
  unit: 'day' | 'week' | 'month' | 'year',
  amount: number,
  exact: boolean,
): ResolvedDate {
  const y = Number(date.slice(0, 4));
  const m = date.length >= 7 ? Number(date.slice(5, 7)) : undefined;
  const d = date.length === 10 ? Number(date.slice(8, 10)) : undefined;
  if (unit === 'year') return fromParts(y + amount, exact ? undefined : undefined);
  if (unit === 'month') {
    if (m === undefined) return fromParts(y);
    const idx = y * 12 + (m - 1) + amount;
    return fromParts(Math.floor(idx / 12), (idx % 12) + 1);
  }
  if (m === undefined || d === undefined) return m === undefined ? fromParts(y) : fromParts(y, m);
  const t = Date.UTC(y, m - 1, d) + amount * (unit === 'week' ? 7 : 1) * 86_400_000;
  const dt = new Date(t);
  if (unit === 'week' && amount !== 0) return fromParts(dt.getUTCFullYear(), dt.getUTCMonth() + 1);
  return fromParts(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}
