import * as chrono from 'chrono-node';
import { removeOverlaps } from '../recognize/dates.ts';
import type { DateMention, DocumentContext, Recognizer, SentenceFacts } from '../types.ts';
import {
  MONTHS,
  monthOf,
  RU_CONTEXT_PARSERS,
  RU_DATE_PARSERS,
  RU_REFERENCE_PARSERS,
  yearUpTo,
} from './date-parsers.ts';

type Ranked = DateMention & { rank: number };

/** The instant chrono is given: only the parts the text states are read. */
const NO_REFERENCE = new Date('2000-01-01T12:00:00Z');
const MONTH_WORD = new RegExp(`(?:${MONTHS.join('|')})`, 'iu');
const WEEKDAY = /понедельник|вторник|сред[уае]|четверг|пятниц|суббот|воскресень/iu;
/** Words that put a weekday after the publication day («состоится в пятницу»). */
const AHEAD =
  /(?<!\p{L})(?:будет|будут|состоится|пройд[её]т|планиру\p{L}*|намечен\p{L}*|предстоящ\p{L}*|следующ\p{L}*)/iu;

/** Weekday words in their cases, Monday first. */
const WEEKDAYS = [
  /^понедельник/iu,
  /^вторник/iu,
  /^сред/iu,
  /^четверг/iu,
  /^пятниц/iu,
  /^суббот/iu,
  /^воскресень/iu,
];
const WEEKDAY_PHRASE =
  /(?<!\p{L})(?:в|во)\s+(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?!\p{L})/giu;

/**
 * «во вторник»: the weekday against the publication day. News reports what happened: the latest
 * such day up to the publication, unless the text looks ahead («состоится в пятницу»).
 */
function weekdays(text: string, referenceDate: string | undefined, rank: number): Ranked[] {
  if (!referenceDate || !WEEKDAY.test(text)) return [];
  const ref = new Date(`${referenceDate}T12:00:00Z`);
  if (Number.isNaN(ref.getTime())) return [];
  const refDay = (ref.getUTCDay() + 6) % 7;
  const out: Ranked[] = [];
  WEEKDAY_PHRASE.lastIndex = 0;
  for (let m = WEEKDAY_PHRASE.exec(text); m; m = WEEKDAY_PHRASE.exec(text)) {
    const wd = WEEKDAYS.findIndex((re) => re.test(m?.[1] ?? ''));
    const end = m.index + m[0].length;
    const ahead = AHEAD.test(text.slice(Math.max(0, m.index - 40), end + 20));
    const shift = ahead ? (wd - refDay + 7) % 7 : -((refDay - wd + 7) % 7);
    const d = new Date(ref.getTime() + shift * 86_400_000);
    out.push({
      start: m.index,
      end,
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      rank,
    });
  }
  return out;
}

/**
 * Day-month forms in every case («21 июня 2022 года», «5 апреля», «с 12 по 14 октября»,
 * «28.01.2022»), read by chrono-node's Russian locale (its strict configuration: the casual one
 * reads relative phrases against the instant it is given, which is not what the text counts from).
 * Only the parts chrono marks certain are used (never `.date()`, which fills the rest from the clock).
 */
function chronoDates(text: string, rank: number): Ranked[] {
  if (!MONTH_WORD.test(text) && !/\d{1,2}\.\d{1,2}\.\d{4}/.test(text)) return [];
  const out: Ranked[] = [];
  for (const r of chrono.ru.strict.parse(
    text,
    { instant: NO_REFERENCE, timezone: 0 },
    { forwardDate: false },
  )) {
    const s = r.start;
    if (!s.isCertain('month')) continue;
    const start = r.index + (r.text.length - r.text.trimStart().length);
    const end = r.index + r.text.replace(/[\s,.;:]+$/u, '').length;
    const m: Ranked = { start, end, month: s.get('month') ?? undefined, rank };
    if (s.isCertain('year')) m.year = s.get('year') ?? undefined;
    if (s.isCertain('day')) m.day = s.get('day') ?? undefined;
    const e = r.end;
    if (e?.isCertain('day') && m.day !== undefined) {
      m.endDay = e.get('day') ?? undefined;
      m.endMonth = e.isCertain('month') ? (e.get('month') ?? undefined) : m.month;
      if (e.isCertain('year')) m.endYear = e.get('year') ?? undefined;
    }
    out.push(m);
  }
  return out;
}

/**
 * Every date expression of a Russian sentence, as stated: years, ranges and decades, day-month
 * forms, phrases counted from the publication date («вчера», «в прошлом месяце») or from the date
 * the text last gave («в тот же день», «год назад»). Overlaps keep the longer. Offsets within `text`.
 */
export function findDatesRu(text: string, referenceDate?: string): DateMention[] {
  const found: Ranked[] = [];
  const digit = /\d/.test(text);
  RU_DATE_PARSERS.forEach((p, rank) => {
    if (!digit && p.name !== 'month-this-year' && p.name !== 'month') return;
    p.pattern.lastIndex = 0;
    for (let m = p.pattern.exec(text); m; m = p.pattern.exec(text)) {
      const parts = p.extract(m, referenceDate);
      if (parts) found.push({ ...parts, start: m.index, end: m.index + m[0].length, rank });
    }
  });
  found.push(
    ...chronoDates(text, RU_DATE_PARSERS.length),
    ...weekdays(text, referenceDate, RU_DATE_PARSERS.length),
  );
  let rank = RU_DATE_PARSERS.length + 1;
  for (const p of RU_REFERENCE_PARSERS) {
    p.pattern.lastIndex = 0;
    for (let m = p.pattern.exec(text); m; m = p.pattern.exec(text))
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        relative: 'reference',
        unit: p.unit,
        amount: p.amount,
        rank,
      });
    rank++;
  }
  for (const p of RU_CONTEXT_PARSERS) {
    p.pattern.lastIndex = 0;
    for (let m = p.pattern.exec(text); m; m = p.pattern.exec(text))
      found.push({ ...p.extract(m), start: m.index, end: m.index + m[0].length, rank });
    rank++;
  }
  return removeOverlaps(found);
}

const DATELINE_DAY =
  /^\s*(?:\p{Lu}[\p{Lu}\p{Ll} .-]{1,30},\s*)?(\d{1,2})\s+(\p{L}+)\.?\s+(\d{4})(?:\s*(?:года|г\.))?(?:,\s*\d{1,2}:\d{2})?\s*(?:[—–-]|\/|\.|\n)/u;
const DATELINE_NUMERIC = /^\s*(?:\p{Lu}[\p{Lu}\p{Ll} .-]{1,30},\s*)?(\d{1,2})\.(\d{2})\.(\d{4})(?!\d)/u;

/**
 * The publication day a Russian text opens with: «ДУШАНБЕ, 28.01.2022 /НИАТ «Ховар»/», «8 мая
 * 2025, 17:30», «АСТАНА, 22 декабря 2022 года —». A dateline without a year («БАКУ, 8 авг — РИА
 * Новости») gives no day on its own: undefined.
 */
export function ruDateline(text: string): string | undefined {
  const head = text.slice(0, 120);
  const pad = (n: number) => String(n).padStart(2, '0');
  const n = DATELINE_NUMERIC.exec(head);
  const [y, mo, d] = n
    ? [Number(n[3]), Number(n[2]), Number(n[1])]
    : ((w) => (w ? [Number(w[3]), monthOf(w[2] ?? ''), Number(w[1])] : []))(DATELINE_DAY.exec(head));
  if (y === undefined || mo === undefined || d === undefined) return undefined;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  const t = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(t.getTime()) || !t.toISOString().startsWith(day) ? undefined : day;
}

/** «Об этом сегодня, 23 августа, сообщает пресс-служба»: the date a report was made, not of an event. */
const REPORTED =
  /^[^.;]{0,25}?(?<!\p{L})(?:сообща\p{L}*|сообщил\p{L}*|переда[её]т|передал\p{L}*|информиру\p{L}*|пишет|писал\p{L}*|приводит)(?!\p{L})/iu;

/** Documents that have stated a year so far (recognisers run sentence by sentence, in order). */
const yearStated = new WeakSet<DocumentContext>();

/**
 * The Russian date recogniser. A day without a year («5 апреля») before the text states any year is
 * the latest such day up to the publication day (a report tells what happened); after a stated year
 * the year comes from the text's own context, as in English.
 */
export const ruDateRecognizer: Recognizer = {
  name: 'dates-ru',
  recognize(facts: SentenceFacts, ctx: DocumentContext) {
    facts.dates = findDatesRu(facts.sentence.text, ctx.referenceDate);
    const text = facts.sentence.text;
    for (const d of facts.dates) {
      // Neither an event's date nor the date the story moves to (the `validity` mark keeps it out of both).
      if (REPORTED.test(text.slice(d.end))) d.validity = true;
      // «заявления … от 1 октября 2020 года»: the date of a document named, not of an event.
      if (/(?<!\p{L})от\s+$/iu.test(text.slice(Math.max(0, d.start - 4), d.start))) d.validity = true;
      if (d.relative) continue;
      if (d.year !== undefined) yearStated.add(ctx);
      else if (d.month !== undefined && d.day !== undefined && !yearStated.has(ctx))
        d.year = yearUpTo(d.month, d.day, ctx.referenceDate);
    }
  },
};
