import * as chrono from 'chrono-node';
import type { DateMention, DocumentContext, Recognizer, SentenceFacts } from '../types.ts';
import { DATE_PARSERS, type DateParser } from './date-parsers.ts';
import { RELATIVE_DATE_PARSERS } from './relative-date-parsers.ts';

const ALL: readonly DateParser[] = [...DATE_PARSERS, ...RELATIVE_DATE_PARSERS];
const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/**
 * Every date expression in a text, as stated: the parsers run in order, then overlapping matches
 * are removed (the longer wins, then the earlier parser). Offsets are within `text`.
 */
export function findDates(text: string, referenceDate?: string): DateMention[] {
  const found: (DateMention & { rank: number })[] = [];
  const digit = HAS_DIGIT.test(text);
  const month = HAS_MONTH.test(text);
  ALL.forEach((parser, rank) => {
    // Cheap guards first: most sentences hold no digit, and a parser that needs one cannot match.
    if ((parser.needsDigit && !digit) || (parser.needsMonth && !month)) return;
    if (parser.guard && !parser.guard.test(text)) return;
    parser.pattern.lastIndex = 0;
    for (let m = parser.pattern.exec(text); m; m = parser.pattern.exec(text)) {
      if (m[0].length === 0) {
        parser.pattern.lastIndex++;
        continue;
      }
      const parts = parser.extract(m, text) as (DateMention & { rank: number }) | null;
      if (!parts) continue;
      const lead = LEAD.exec(m[0]);
      parts.start = m.index + (lead ? lead[0].length : 0);
      parts.end = m.index + m[0].length;
      parts.rank = rank;
      found.push(parts);
    }
  });
  if (referenceDate && WEEKDAY.test(text)) found.push(...weekdays(text, referenceDate));
  return removeOverlaps(found);
}

/** The leading "from"/"between"/"in" words a pattern consumed: the span is the date itself. */
const LEAD = /^(?:from|between|in|on|since|by|during|until|of)\s+/i;
const HAS_DIGIT = /\d/;
const HAS_MONTH = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** Words that put a weekday after the publication day. */
const AHEAD =
  /\b(?:will|shall|to\s+be|is\s+to|are\s+to|expected|scheduled|planned|due|next|coming|upcoming|this)\b/i;

/**
 * Weekday names ("on Tuesday") mean something only against the reference date; chrono-node reads
 * them. Only the components chrono marks certain or derives from the weekday are used: never
 * `.date()`, which would fill the missing parts from the clock.
 */
function weekdays(text: string, referenceDate: string): (DateMention & { rank: number })[] {
  const ref = new Date(`${referenceDate}T12:00:00Z`);
  if (Number.isNaN(ref.getTime())) return [];
  const out: (DateMention & { rank: number })[] = [];
  for (const r of chrono.en.GB.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    if (r.start.get('weekday') === null || !WEEKDAY.test(r.text)) continue;
    const year = r.start.get('year');
    const month = r.start.get('month');
    const day = r.start.get('day');
    if (year === null || month === null || day === null) continue;
    // News reports what happened: a bare weekday after the publication day is the one before it
    // ("said on Monday" in Friday's paper), unless the text looks ahead ("will meet on Monday").
    let t = Date.UTC(year, month - 1, day);
    const ahead = AHEAD.test(text.slice(Math.max(0, r.index - 40), r.index + r.text.length));
    if (t > ref.getTime() && !ahead) t -= 7 * 86_400_000;
    const d = new Date(t);
    out.push({
      start: r.index,
      end: r.index + r.text.length,
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      rank: ALL.length,
    });
  }
  return out;
}

/** Keeps the longer of overlapping mentions (then the earlier parser), in text order. */
export function removeOverlaps(found: (DateMention & { rank: number })[]): DateMention[] {
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  const kept: DateMention[] = [];
  for (const f of found) {
    if (kept.some((k) => f.start < k.end && k.start < f.end)) continue;
    const { rank: _rank, ...mention } = f;
    kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The date recogniser of the pipeline. */
export const dateRecognizer: Recognizer = {
  name: 'dates',
  recognize(facts: SentenceFacts, ctx: DocumentContext) {
    facts.dates = findDates(facts.sentence.text, ctx.referenceDate);
  },
};
