import type { DateMention } from '../types.ts';
import { DAY, MONTH, monthNumber, QUALIFIER, QUANTITY_AFTER, RANGE_SEP, YEAR } from './date-fragments.ts';

/**
 * A date parser in chrono-node's shape: a pattern and an extractor that turns one match into a
 * mention (or null to reject it). Only the parts the text states are set.
 */
export type DateParser = {
  name: string;
  /** Guards the pattern cannot match without: checked once per sentence, before the pattern runs. */
  needsDigit?: boolean;
  needsMonth?: boolean;
  guard?: RegExp;
  pattern: RegExp;
  extract(match: RegExpExecArray, text: string): Omit<DateMention, 'start' | 'end'> | null;
};

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));
const okDay = (d: number | undefined) => d === undefined || (d >= 1 && d <= 31);
const isModalMay = (m: string | undefined) => m === 'may';

/** "14-15 October 2019", "from 3 to 5 May". */
const dayRange: DateParser = {
  name: 'DayRangeMonthYear',
  needsDigit: true,
  needsMonth: true,
  pattern: new RegExp(
    `\\b(?:from\\s+|between\\s+)?${DAY}${RANGE_SEP}${DAY}(?:\\s+of)?\\s+${MONTH}(?:,?\\s+${YEAR})?`,
    'gi',
  ),
  extract(m) {
    const [d1, d2, month] = [num(m[1]), num(m[2]), monthNumber(m[3] ?? '')];
    if (!okDay(d1) || !okDay(d2) || (d1 ?? 0) >= (d2 ?? 0)) return null;
    const year = num(m[4]);
    return { year, month, day: d1, endYear: year, endMonth: month, endDay: d2 };
  },
};

/** "30 September - 2 October 2019". */
const dayMonthRange: DateParser = {
  name: 'DayMonthRange',
  needsDigit: true,
  needsMonth: true,
  pattern: new RegExp(
    `\\b(?:from\\s+|between\\s+)?${DAY}(?:\\s+of)?\\s+${MONTH}(?:,?\\s+${YEAR})?${RANGE_SEP}${DAY}(?:\\s+of)?\\s+${MONTH}(?:,?\\s+${YEAR})?`,
    'gi',
  ),
  extract(m) {
    const endYear = num(m[6]);
    return {
      year: num(m[3]) ?? endYear,
      month: monthNumber(m[2] ?? ''),
      day: num(m[1]),
      endYear,
      endMonth: monthNumber(m[5] ?? ''),
      endDay: num(m[4]),
    };
  },
};

/** "October 14-15, 2019", "May 3 to 5". */
const monthDayRange: DateParser = {
  name: 'MonthDayRange',
  needsDigit: true,
  needsMonth: true,
  pattern: new RegExp(`\\b${MONTH}\\s+${DAY}${RANGE_SEP}${DAY}(?:,?\\s+${YEAR})?`, 'gi'),
  extract(m) {
    const [d1, d2] = [num(m[2]), num(m[3])];
    if (isModalMay(m[1]) || !okDay(d1) || !okDay(d2) || (d1 ?? 0) >= (d2 ?? 0)) return null;
    const month = monthNumber(m[1] ?? '');
    const year = num(m[4]);
    return { year, month, day: d1, endYear: year, endMonth: month, endDay: d2 };
  },
};

/** "2 October 1995", "2nd of October", "1 March". */
const dayMonthYear: DateParser = {
  name: 'DayMonthYear',
  needsDigit: true,
  needsMonth: true,
  pattern: new RegExp(`\\b${DAY}(?:\\s+of)?\\s+${MONTH}(?:,?\\s+${YEAR})?`, 'gi'),
  extract(m) {
    const day = num(m[1]);
    if (!okDay(day)) return null;
    return { year: num(m[3]), month: monthNumber(m[2] ?? ''), day };
  },
};

/** "October 2nd, 1995", "March 1st 2023", "on 22 August" is above. */
const monthDayYear: DateParser = {
  name: 'MonthDayYear',
  needsDigit: true,
  needsMonth: true,
  pattern: new RegExp(`\\b${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?`, 'gi'),
  extract(m) {
    const day = num(m[2]);
    if (isModalMay(m[1]) || !okDay(day)) return null;
    return { year: num(m[3]), month: monthNumber(m[1] ?? ''), day };
  },
};

/** "June-July 2023", "from June to August 2023". */
const monthRange: DateParser = {
  name: 'MonthRange',
  needsDigit: true,
  needsMonth: true,
  pattern: new RegExp(
    `\\b(?:from\\s+|between\\s+)?${MONTH}(?:\\s+${YEAR})?${RANGE_SEP}${MONTH},?\\s+${YEAR}`,
    'gi',
  ),
  extract(m) {
    if (isModalMay(m[1])) return null;
    const endYear = num(m[4]);
    return {
      year: num(m[2]) ?? endYear,
      month: monthNumber(m[1] ?? ''),
      endYear,
      endMonth: monthNumber(m[3] ?? ''),
    };
  },
};

/** "June 1997", "mid-October 2019", "in July of 1998". */
const monthYear: DateParser = {
  name: 'MonthYear',
  needsDigit: true,
  needsMonth: true,
  pattern: new RegExp(`\\b(?:${QUALIFIER}[\\s-]+)?${MONTH},?\\s+(?:of\\s+)?${YEAR}`, 'gi'),
  extract(m) {
    if (isModalMay(m[2]) && m[1] === undefined) return null;
    return { year: num(m[3]), month: monthNumber(m[2] ?? '') };
  },
};

/** A month named alone ("in June", "in early March"): the year comes from context. */
const monthAlone: DateParser = {
  name: 'MonthAlone',
  needsMonth: true,
  pattern: new RegExp(
    `\\b(?:in|on|since|by|during|until|of)\\s+(?:${QUALIFIER}[\\s-]+)?${MONTH}(?![\\w-])`,
    'gi',
  ),
  extract(m) {
    // Capitalised only: lower-case "may" and "march" are verbs far more often than months.
    const name = m[2] ?? '';
    if (!/^[A-Z]/.test(name)) return null;
    return { month: monthNumber(name) };
  },
};

/** "2019-10-14" and British "14.10.2019", "14/10/2019". */
const numeric: DateParser = {
  name: 'NumericDate',
  needsDigit: true,
  pattern: /\b(?:((?:19|20)\d{2})-(\d{2})-(\d{2})|(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d{2}))(?!\d)/g,
  extract(m) {
    const year = num(m[1] ?? m[6]);
    const month = num(m[2] ?? m[5]);
    const day = num(m[3] ?? m[4]);
    if (!month || month > 12 || !okDay(day)) return null;
    return { year, month, day };
  },
};

const SEASONS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
};

/** "summer 2021", "in the spring of 2009": a span of months; winter straddles years, so a year. */
const season: DateParser = {
  name: 'Season',
  needsDigit: true,
  pattern: new RegExp(
    `\\b(?:(?:early|late|mid)[\\s-]+)?(?:the\\s+)?(spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?${YEAR}`,
    'gi',
  ),
  extract(m) {
    const year = num(m[2]);
    const months = SEASONS[(m[1] ?? '').toLowerCase()];
    if (!months) return { year };
    return { year, month: months[0], endYear: year, endMonth: months[1] };
  },
};

/** "the 1990s", "early 2000s": a range of years. */
const decade: DateParser = {
  name: 'Decade',
  needsDigit: true,
  pattern: /\b(?:(early|mid|late)[\s-]+|the\s+)?((?:1[6-9]|20)\d)0'?s\b/gi,
  extract(m) {
    const base = Number(m[2]) * 10;
    const q = (m[1] ?? '').toLowerCase();
    const [a, b] = q === 'early' ? [0, 3] : q === 'mid' ? [4, 6] : q === 'late' ? [7, 9] : [0, 9];
    return { year: base + a, endYear: base + b };
  },
};

/** "1992-1995", "from 2017 to 2019", "between 2017 and 2019"; after "for" a plan's period ("for 2023-2024"). */
const yearRange: DateParser = {
  name: 'YearRange',
  needsDigit: true,
  pattern: new RegExp(
    `\\b(?:from\\s+|between\\s+)?${YEAR}\\s*(?:-|–|—|to|and|until|through)\\s*${YEAR}`,
    'gi',
  ),
  extract(m, text) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (b <= a || b - a > 60) return null;
    // "in 2020 and 2023" lists two years; only "between 2020 and 2023" is a range.
    if (/\sand\s/i.test(m[0]) && !/^between\s/i.test(m[0])) return null;
    return { year: a, endYear: b, validity: isValidity(text, m.index) };
  },
};

/** "in 1998", "mid-1996", "by the end of 2005". */
const year: DateParser = {
  name: 'Year',
  needsDigit: true,
  pattern: new RegExp(`(?:\\b${QUALIFIER}[\\s-]+)?(?:the\\s+year\\s+)?\\b${YEAR}(?:'s)?\\b`, 'gi'),
  extract(m, text) {
    const end = m.index + m[0].length;
    if (QUANTITY_AFTER.test(text.slice(end, end + 16))) return null;
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    if (/[$€£#№]\s?$/.test(before) || /\d[.,]$/.test(before)) return null;
    return { year: Number(m[2]), validity: isValidity(text, m.index) };
  },
};

function isValidity(text: string, at: number): boolean {
  return /\bfor(?:\s+the\s+(?:period|years?))?(?:\s+of)?\s*$/i.test(text.slice(Math.max(0, at - 24), at));
}

/** The parsers in priority order: when two overlap, the longer wins, then the earlier in this list. */
export const DATE_PARSERS: readonly DateParser[] = [
  numeric,
  dayMonthRange,
  dayRange,
  monthDayRange,
  dayMonthYear,
  monthDayYear,
  monthRange,
  monthYear,
  season,
  decade,
  yearRange,
  year,
  monthAlone,
];
