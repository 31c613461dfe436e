import type { DateParser } from './date-parsers.ts';
import { DAY, MONTH, monthNumber } from './date-fragments.ts';

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  'a few': 3,
  few: 3,
  several: 3,
  'a couple of': 2,
};

type Unit = 'day' | 'week' | 'month' | 'year';
const unitOf = (s: string): Unit => s.toLowerCase().replace(/s$/, '') as Unit;

/** "a few days ago", "two years later": counted back or forward from the dated context. */
const agoLater: DateParser = {
  name: 'AgoLater',
  guard: /ago|earlier|before|later|after/i,
  pattern:
    /\b(a few|a couple of|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?|months?|years?)\s+(ago|earlier|before|later|after(?:wards)?)\b/gi,
  extract(m) {
    const word = (m[1] ?? '').toLowerCase();
    const amount = NUMBER_WORDS[word] ?? Number(word);
    const back = /^(?:ago|earlier|before)$/i.test(m[3] ?? '');
    const vague = /few|several|couple/.test(word);
    return { relative: back ? 'ago' : 'later', unit: unitOf(m[2] ?? ''), amount, vague };
  },
};

/** "the same year", "that month", "the following year", "later that year". */
const sameNext: DateParser = {
  name: 'SameNext',
  guard: /same|that|following|next|previous|preceding|subsequent/i,
  pattern:
    /\b(the same|that|the following|the next|the previous|the preceding|the subsequent)\s+(day|week|month|year)\b/gi,
  extract(m) {
    const w = (m[1] ?? '').toLowerCase();
    const relative =
      w === 'the same' || w === 'that' ? 'same' : /previous|preceding/.test(w) ? 'previous' : 'next';
    return { relative, unit: unitOf(m[2] ?? '') };
  },
};

/** "yesterday", "today", "last week", "this year": only the reference date can resolve these. */
const reference: DateParser = {
  name: 'Reference',
  guard: /yesterday|today|tomorrow|last|this|next/i,
  pattern: /\b(yesterday|today|tomorrow|(?:last|this|next)\s+(?:week|month|year))\b/gi,
  extract(m) {
    const w = (m[1] ?? '').toLowerCase();
    if (w === 'yesterday') return { relative: 'reference', unit: 'day', amount: -1 };
    if (w === 'today') return { relative: 'reference', unit: 'day', amount: 0 };
    if (w === 'tomorrow') return { relative: 'reference', unit: 'day', amount: 1 };
    const [which, unit] = w.split(/\s+/);
    const amount = which === 'last' ? -1 : which === 'next' ? 1 : 0;
    return { relative: 'reference', unit: unitOf(unit ?? 'year'), amount };
  },
};

const HOLIDAYS: { re: RegExp; country?: Record<string, [number, number]>; fixed?: [number, number] }[] = [
  {
    re: /^independence\s+day/i,
    country: {
      uzbekistan: [9, 1],
      azerbaijan: [10, 18],
      kazakhstan: [12, 16],
      kyrgyzstan: [8, 31],
      tajikistan: [9, 9],
      turkmenistan: [9, 27],
      armenia: [9, 21],
      georgia: [5, 26],
      ukraine: [8, 24],
      moldova: [8, 27],
      belarus: [7, 3],
      pakistan: [8, 14],
      india: [8, 15],
    },
  },
  { re: /^(?:novruz|nowruz|navruz)/i, fixed: [3, 21] },
  { re: /^republic\s+day\s+of\s+(?:the\s+republic\s+of\s+)?t[uü]rk/i, fixed: [10, 29] },
];

/**
 * "on the occasion of the Independence Day of Uzbekistan": the holiday's day and month, the year
 * from context. Precision is the month: a message for a holiday is sent around it, not on it.
 */
const holiday: DateParser = {
  name: 'Holiday',
  guard: /independence|novruz|nowruz|navruz|republic/i,
  pattern:
    /\b(?:independence\s+day\s+of\s+(?:the\s+republic\s+of\s+)?[A-Za-z]+|(?:novruz|nowruz|navruz)(?:\s+holiday)?|republic\s+day\s+of\s+(?:the\s+republic\s+of\s+)?t[uü]rk[a-z]+)/gi,
  extract(m) {
    const text = m[0];
    for (const h of HOLIDAYS) {
      if (!h.re.test(text)) continue;
      if (h.fixed) return { month: h.fixed[0] };
      const country = text.split(/\s+/).pop()?.toLowerCase() ?? '';
      const md = h.country?.[country];
      if (md) return { month: md[0] };
    }
    return null;
  },
};

/** "on 22 August" is in DayMonthYear; this catches "the 22nd of August" after ordinal words. */
const ordinalOf: DateParser = {
  name: 'OrdinalOfMonth',
  needsDigit: true,
  needsMonth: true,
  pattern: new RegExp(`\\bthe\\s+${DAY}\\s+of\\s+${MONTH}`, 'gi'),
  extract(m) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) return null;
    return { month: monthNumber(m[2] ?? ''), day };
  },
};

/** Relative and context-bound parsers, run after the absolute ones. */
export const RELATIVE_DATE_PARSERS: readonly DateParser[] = [
  agoLater,
  sameNext,
  reference,
  holiday,
  ordinalOf,
];
