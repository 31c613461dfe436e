import type { DateMention } from '../types.ts';

/** One Russian date pattern and what it states (chrono-node's parser shape). */
export type RuDateParser = {
  name: string;
  pattern: RegExp;
  /** `referenceDate`: the publication day (YYYY-MM-DD), when known. */
  extract(m: RegExpExecArray, referenceDate: string | undefined): Omit<DateMention, 'start' | 'end'> | null;
};

const YEAR = '(1[5-9]\\d{2}|20\\d{2})';
const YEAR_WORD = '(?:\\s*(?:год\\p{L}*|гг?\\.))';
export const MONTHS = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'ма[йяе]',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
];
/** A month word in any case («июня», «июне», «мая»), not a longer word that starts like one. */
const MONTH = `((?:${MONTHS.join('|')})(?:ь|я|е|а|ю|ем|ом)?(?!\\p{L}))`;

/** The month (1–12) a Russian month word names, in any case. */
export function monthOf(word: string): number | undefined {
  const w = word.toLowerCase();
  const i = MONTHS.findIndex((m) => new RegExp(`^${m}`, 'u').test(w));
  return i < 0 ? undefined : i + 1;
}

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));

/**
 * The year of a day a dated report gives without one («5 апреля»): the latest such day up to the
 * publication day. Undefined without a publication day.
 */
export function yearUpTo(month: number, day: number, referenceDate: string | undefined): number | undefined {
  if (!referenceDate) return undefined;
  const y = Number(referenceDate.slice(0, 4));
  const md = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return md <= referenceDate.slice(5) ? y : y - 1;
}

/**
 * Years, ranges and decades as Russian writes them, and the days chrono's Russian locale does not
 * read as a range ("16—17 мая"). Day-month forms in every case are chrono's (see dates.ts).
 */
export const RU_DATE_PARSERS: readonly RuDateParser[] = [
  {
    // «с 1918 по 1920 год», «с 1992 до 1994 года»
    name: 'year-range-words',
    pattern: new RegExp(`(?<!\\p{L})со?\\s+${YEAR}\\s+(?:по|до)\\s+${YEAR}${YEAR_WORD}?`, 'giu'),
    extract: (m) => ({ year: num(m[1]), endYear: num(m[2]) }),
  },
  {
    // «1918–1920 годах», «1992-1994 гг.»; «на 2023−2024 годы» is the period a document covers.
    name: 'year-range-dash',
    pattern: new RegExp(`(?<!\\d)(?:(на)\\s+)?${YEAR}\\s*[-–—−]\\s*${YEAR}(?!\\d)${YEAR_WORD}?`, 'giu'),
    extract: (m) => ({ year: num(m[2]), endYear: num(m[3]), ...(m[1] ? { validity: true } : {}) }),
  },
  {
    // «в 1990-е годы», «1990-х годов»
    name: 'decade',
    pattern: /(?<!\d)(1[5-9]\d0|20[0-2]0)-?(?:е|х|ые|ых)\s+год\p{L}*/giu,
    extract: (m) => ({ year: Number(m[1]), endYear: Number(m[1]) + 9 }),
  },
  {
    // «в 1922 году», «2022 г.», «в 2022-м году»
    name: 'year',
    pattern: new RegExp(`(?<!\\d)${YEAR}(?:-?(?:м|го|й|ом))?${YEAR_WORD}`, 'giu'),
    extract: (m) => ({ year: num(m[1]) }),
  },
  {
    // «16—17 мая 2024 года», «21-22 августа»
    name: 'day-range',
    pattern: new RegExp(
      `(?<!\\d)(\\d{1,2})\\s*[-–—]\\s*(\\d{1,2})\\s+${MONTH}(?:\\s+${YEAR}${YEAR_WORD}?)?`,
      'giu',
    ),
    extract: (m) => {
      const month = monthOf(m[3] ?? '');
      if (month === undefined) return null;
      return { year: num(m[4]), month, day: num(m[1]), endMonth: month, endDay: num(m[2]) };
    },
  },
  {
    // «14 сентября», «утром 14 сентября», «22 августа 2023 года»: chrono's Russian locale misses
    // some of these beside a time of day.
    name: 'day-month',
    pattern: new RegExp(
      `(?<![\\d.])(\\d{1,2})\\s+${MONTH}(?:\\s+${YEAR}${YEAR_WORD}?|\\s+((?:этого|текущего|сего|нынешнего)\\s+года))?`,
      'giu',
    ),
    extract: (m, ref) => {
      const month = monthOf(m[2] ?? '');
      const day = Number(m[1]);
      if (month === undefined || day < 1 || day > 31) return null;
      // «5 февраля этого года»: the publication's year.
      const year = num(m[3]) ?? (m[4] && ref ? Number(ref.slice(0, 4)) : undefined);
      return { year, month, day };
    },
  },
  {
    // «в июне 2022 года», «июня 2022 г.»: a month of a year.
    name: 'month-year',
    pattern: new RegExp(`(?<!\\d\\s)${MONTH}\\s+${YEAR}${YEAR_WORD}?`, 'giu'),
    extract: (m) => {
      const month = monthOf(m[1] ?? '');
      return month === undefined ? null : { year: num(m[2]), month };
    },
  },
  {
    // «в июне», «с марта»: a month alone (its year from the text's context).
    name: 'month',
    pattern: new RegExp(
      `(?<!\\p{L})(?:в|во|с|со|к|до|в\\s+начале|в\\s+конце|в\\s+середине)\\s+${MONTH}(?!\\s+\\d)`,
      'giu',
    ),
    extract: (m) => {
      const month = monthOf(m[1] ?? '');
      return month === undefined ? null : { month };
    },
  },
  {
    // «в сентябре этого года», «в марте текущего года»
    name: 'month-this-year',
    pattern: new RegExp(`${MONTH}\\s+(?:этого|текущего|сего|нынешнего)\\s+года`, 'giu'),
    extract: (m, ref) => {
      const month = monthOf(m[1] ?? '');
      return month === undefined || ref === undefined ? null : { year: Number(ref.slice(0, 4)), month };
    },
  },
];

/** Phrases that count from the publication date: today, yesterday, this or last year or month. */
export const RU_REFERENCE_PARSERS: readonly { pattern: RegExp; unit: DateMention['unit']; amount: number }[] =
  [
    { pattern: /(?<!\p{L})сегодня(?!\p{L})/giu, unit: 'day', amount: 0 },
    { pattern: /(?<!\p{L})позавчера(?!\p{L})/giu, unit: 'day', amount: -2 },
    { pattern: /(?<!\p{L})вчера(?!\p{L})/giu, unit: 'day', amount: -1 },
    // «Накануне состоялась встреча»: the day before; «накануне праздника» is the eve of something, no date.
    {
      pattern: /(?<!\p{L})накануне(?=\s*[,.;]|\s+\p{L}+(?:л|ла|ли|ло|лся|лась|лись|лось)(?!\p{L}))/giu,
      unit: 'day',
      amount: -1,
    },
    { pattern: /(?<!\p{L})в\s+(?:этом|текущем|нынешнем)\s+году/giu, unit: 'year', amount: 0 },
    { pattern: /(?<!\p{L})в\s+(?:прошлом|минувшем|прошедшем)\s+году/giu, unit: 'year', amount: -1 },
    { pattern: /(?<!\p{L})в\s+(?:этом|текущем)\s+месяце/giu, unit: 'month', amount: 0 },
    { pattern: /(?<!\p{L})в\s+(?:прошлом|минувшем|прошедшем)\s+месяце/giu, unit: 'month', amount: -1 },
    { pattern: /(?<!\p{L})на\s+(?:прошлой|минувшей|прошедшей)\s+неделе/giu, unit: 'week', amount: -1 },
  ];

/** Phrases that count from the date the text last stated: the same day, the next day, a year before. */
export const RU_CONTEXT_PARSERS: readonly {
  pattern: RegExp;
  extract(m: RegExpExecArray): Omit<DateMention, 'start' | 'end'>;
}[] = [
  { pattern: /(?<!\p{L})в\s+тот\s+же\s+день/giu, extract: () => ({ relative: 'same', unit: 'day' }) },
  { pattern: /(?<!\p{L})в\s+том\s+же\s+году/giu, extract: () => ({ relative: 'same', unit: 'year' }) },
  {
    pattern: /(?<!\p{L})на\s+(?:следующий|другой)\s+день/giu,
    extract: () => ({ relative: 'later', unit: 'day', amount: 1 }),
  },
  {
    pattern: /(?<!\p{L})(?:(\d+)\s+)?(год|года|лет|месяц|месяца|месяцев)\s+(?:назад|тому\s+назад)/giu,
    extract: (m) => ({
      relative: 'ago',
      unit: /^(?:год|лет)/.test(m[2] ?? '') ? 'year' : 'month',
      amount: m[1] ? Number(m[1]) : 1,
    }),
  },
  {
    pattern: /(?<!\p{L})(?:несколько|пару)\s+(?:дней|недель)\s+назад/giu,
    extract: () => ({ relative: 'ago', unit: 'day', amount: 3, vague: true }),
  },
];
