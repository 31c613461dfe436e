import type {
  Candidate,
  DateMention,
  DocumentContext,
  Refiner,
  ResolvedDate,
  SentenceFacts,
} from '../types.ts';
import { FUTURE, FUTURE_REACH } from './drop-future.ts';
import { attributionStart } from './attribution.ts';
import { resolveMention } from './resolve-date.ts';

/** A passage that opens by pointing back ("Both Presidents …") continues the passage before it. */
const ANAPHORIC =
  /^(?:both\s+(?:presidents|leaders|sides|heads)|the\s+(?:two\s+)?(?:presidents|leaders|sides|parties|heads)|during\s+the\s+(?:visit|talks|meeting)|within\s+the\s+(?:framework\s+of\s+the\s+)?visit|in\s+the\s+course\s+of|at\s+the\s+(?:talks|meeting)|following\s+the\s+(?:talks|meeting)|they\b|also\b|in\s+addition)/i;
/** How far after an intent's verb a date still dates the intent ("proposed on 1 March to …"). */
const INTENT_REACH = 4;
/**
 * What a text says is usual, ongoing or a trend ("maintain regular contacts", "are developing",
 * a sentence opening "In recent years", "several times a year"): no date of its own.
 */
const HABITUAL =
  /\b(?:regular(?:ly)?|continuously|constantly|traditionally|usually|often|maintains?)\b|^(?:in|over|during)\s+(?:recent|the\s+past|the\s+last)\s+(?:\w+\s+)?(?:years|decades?)\b|\b(?:several|many|two|three|\d+)\s+times\s+a\s+(?:year|month|week)\b|\bevery\s+(?:year|month|week)\b/i;
/**
 * "are developing", "is expanding": for cooperation (CAMEO 01–06) a state that goes on; "are
 * seeking to deepen" (an intent, 03), "are demanding", "is refusing", "is providing aid" are acts
 * the news reports as they happen.
 */
const PROGRESSIVE = /\b(?:are|is)\s+(?:\w+ly\s+)?\w+ing\b/i;
const STATE_CODES = /^0[124-6]/;
const DATELINE_PENALTY = 200;
const DATELINE_PLACE = /^(?:\p{L}[\p{L} .'’-]{0,30},\s*)?$/u;

/** A date opening the text's first line: "ASTANA, December 22, 2022. …", "LONDON, March 2018 – …". */
function isDateline(text: string, d: DateMention): boolean {
  return (
    d.start < 40 &&
    DATELINE_PLACE.test(text.slice(0, d.start)) &&
    /^\s*(?:[–—-]|\.\s)/.test(text.slice(d.end, d.end + 3))
  );
}

/** A date a future clause governs ("will be held in early August"): the date of a plan. */
function inFuture(text: string, d: DateMention): boolean {
  return FUTURE.test(text.slice(Math.max(0, d.start - FUTURE_REACH), d.start));
}

const SINCE = /\bsince\s+(?:the\s+)?$/i;

/** A coarser date before the current one: a look back, not the story moving on. */
function isAside(next: ResolvedDate, current: ResolvedDate): boolean {
  return next.date.length < current.date.length && next.date < current.date.slice(0, next.date.length);
}

/** Characters of distance a relative date concedes to a stated one. */
const RELATIVE_PENALTY = 40;

/** True when an offset lies between an opening and a closing quotation mark of the sentence. */
function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return (before.match(/"/g) ?? []).length % 2 === 1 || before.lastIndexOf('“') > before.lastIndexOf('”');
}

/** What joins the items of a list of dates: ", ", " and ", ", and ". */
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)(?:in\s+|on\s+)?$/;

/** The other dates of a list a date belongs to, when all are stated alike ("2016, 2020 and 2023"). */
function enumerated(f: SentenceFacts, m: DateMention): DateMention[] {
  if (m.relative) return [];
  const shape = (d: DateMention) =>
    `${d.year !== undefined}${d.month !== undefined}${d.day !== undefined}${d.endYear !== undefined}${d.relative ?? ''}`;
  const list = f.dates;
  const text = f.sentence.text;
  const joined = (x: DateMention, y: DateMention) =>
    shape(x) === shape(y) && LIST_JOIN.test(text.slice(x.end, y.start));
  const i = list.indexOf(m);
  let a = i;
  let b = i;
  while (a > 0 && joined(list[a - 1] as DateMention, list[a] as DateMention)) a--;
  while (b < list.length - 1 && joined(list[b] as DateMention, list[b + 1] as DateMention)) b++;
  return list.slice(a, b + 1).filter((d) => d !== m);
}

/** A clause that moves on from a dated one by an unstated time. */
const LATER = /\b(?:after|following)\s+(?:which|that|this)\b|\blater\b|\bsubsequently\b/i;

/** ", and", "; " (Russian «, а», «, но»): where one clause of a sentence ends and the next begins. */
const CLAUSE_BREAK = /;|,\s+(?:and|but|while|whereas|а|но|однако)\s/;
const CLAUSE_PENALTY = 100;

/** Nearest date mention to a trigger (a date before it in the same clause is preferred). */
function nearestDate(f: SentenceFacts, c: Candidate): DateMention | undefined {
  const { start, end } = c.trigger;
  const text = f.sentence.text;
  let best: DateMention | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const d of f.dates) {
    if (d.validity || inFuture(f.sentence.text, d)) continue;
    // "Today" in a speaker's words is the day they spoke: the sentence's own date, not the publication's.
    if (d.relative === 'reference' && insideQuote(text, d.start)) continue;
    // An intent is dated when it was stated; a date after it is the date of what is planned.
    // (Yielding, CAMEO 08, is an act, dated like one: "eased emergency measures on Wednesday".)
    // … unless the date is the attribution's (", the minister said here Wednesday"): when it was said.
    if (
      c.cls === 'intent' &&
      !c.cameo.startsWith('08') &&
      d.start > end + INTENT_REACH &&
      d.start < attributionStart(text)
    )
      continue;
    let dist = d.end <= start ? start - d.end : d.start >= end ? (d.start - end) * 1.5 : 0;
    // A date across a clause boundary ("from 1988 to 1994, and clashes followed, … in 2016") dates
    // the other clause.
    const between =
      d.end <= start ? text.slice(d.end, start) : d.start >= end ? text.slice(end, d.start) : '';
    if (CLAUSE_BREAK.test(between)) dist += CLAUSE_PENALTY;
    // A dateline ("SHUSHA, July 18, 2023 – …") dates the report; a date in the sentence dates the event.
    if (isDateline(f.sentence.text, d)) dist += DATELINE_PENALTY;
    // A stated date beats a relative one nearby ("…, established … the same year, held … in October 2011").
    if (d.relative) dist += RELATIVE_PENALTY;
    if (dist < bestD) {
      bestD = dist;
      best = d;
    }
  }
  return best;
}

/** True for a date that may date what follows: stated, absolute, not in the future of the document. */
function movesContext(
  m: DateMention,
  r: ResolvedDate,
  referenceDate: string | undefined,
  sentence: string,
): boolean {
  if (m.validity || m.relative === 'reference' || inFuture(sentence, m)) return false;
  // "their first meeting since February": a boundary in the past, not when anything happened.
  if (SINCE.test(sentence.slice(Math.max(0, m.start - 8), m.start))) return false;
  return !(referenceDate && r.date > referenceDate.slice(0, r.date.length));
}

/**
 * Dates for candidates: their own mention, else the passage's date context, else the publication
 * date; a candidate none of these dates stays undated (it is emitted with an unknown date). Relative phrases
 * ("a month earlier", "the same year", "on 22 August") resolve against the latest date the
 * document stated before them; "yesterday"-style phrases only against the reference date; a date
 * a text gives for the future ("to meet in 2024") never becomes the context.
 */
export const assignDates: Refiner = {
  name: 'assign-dates',
  refine(ctx: DocumentContext, candidates: Candidate[]): Candidate[] {
    const bySentence = new Map<number, Candidate[]>();
    for (const c of candidates) {
      const list = bySentence.get(c.facts.sentence.index);
      if (list) list.push(c);
      else bySentence.set(c.facts.sentence.index, [c]);
    }
    const clones = new Map<Candidate, Candidate[]>();
    let docContext: ResolvedDate | undefined;
    const passageContext = new Map<number, ResolvedDate>();
    let lastPassage = -1;
    for (const f of ctx.facts) {
      const s = f.sentence;
      if (s.passage !== lastPassage) {
        const before = passageContext.get(s.passage - 1);
        if (before && ANAPHORIC.test(s.text)) passageContext.set(s.passage, before);
        lastPassage = s.passage;
      }
      const context = passageContext.get(s.passage);
      // Mentions resolve in text order, each against the one before it in the sentence
      // ("met a month earlier, and … came the following day").
      const resolved = new Map<DateMention, { date: ResolvedDate; approximate: boolean }>();
      let local = context ?? docContext;
      let moved: ResolvedDate | undefined;
      for (const m of f.dates) {
        const r = resolveMention(m, local, ctx.referenceDate);
        if (!r) continue;
        resolved.set(m, r);
        if (r.approximate || !movesContext(m, r.date, ctx.referenceDate, s.text)) continue;
        local = r.date;
        // A date counted back from now ("a year ago") dates its sentence, not what follows.
        if (m.relative !== 'ago' && m.relative !== 'previous') moved = r.date;
      }
      let habitual: boolean | undefined;
      const isHabitual = () => {
        habitual ??= HABITUAL.test(s.text);
        return habitual;
      };
      for (const c of bySentence.get(s.index) ?? []) {
        const m = nearestDate(f, c);
        const r = m ? resolved.get(m) : undefined;
        if (r && m) {
          c.date = r.date;
          c.approximate = r.approximate;
          c.dateInferred = m.year === undefined;
          // "on 26 August 2008, after which Georgia severed relations": later, by how much the text
          // does not say; the year is all it states.
          if (
            m.end <= c.trigger.start &&
            LATER.test(s.text.slice(m.end, c.trigger.start)) &&
            r.date.date.length > 4
          ) {
            c.date = { date: r.date.date.slice(0, 4), precision: 'year' };
            c.dateInferred = true;
          }
          // "in 2016, 2020 and 2023": one event for each date of a list.
          const more: Candidate[] = [];
          for (const other of enumerated(f, m)) {
            const o = resolved.get(other);
            if (o)
              more.push({
                ...c,
                date: o.date,
                resolvedActors: [],
                extraSources: [],
                sectors: [...c.sectors],
              });
          }
          if (more.length > 0) clones.set(c, more);
        } else if (c.trigger.rule === 'quoted-statement' && ctx.publicationDate) {
          // Words quoted in a news story were said for it: on its day, unless the text dates them.
          c.date = { date: ctx.publicationDate, precision: 'day' };
          c.dateInferred = true;
          c.datedByPublication = true;
        } else if (
          (s.quoted && c.trigger.rule !== 'quoted-statement') ||
          isHabitual() ||
          (STATE_CODES.test(c.cameo) && PROGRESSIVE.test(s.text))
        ) {
          // A habit or a quoted word is no event of its own day.
          c.dropped = true;
        } else {
          // An undated sentence happened when the passage last said, else when the document last
          // said, else on the day it was published; with none of these it stays undated.
          const inferred = context ?? docContext;
          if (inferred) {
            c.date = inferred;
            c.dateInferred = true;
          } else if (ctx.publicationDate) {
            c.date = { date: ctx.publicationDate, precision: 'day' };
            c.dateInferred = true;
            c.datedByPublication = true;
          }
        }
      }
      if (moved) {
        passageContext.set(s.passage, moved);
        // The document's date moves on, not back to a coarser aside ("the state visit in June").
        if (!docContext || !isAside(moved, docContext)) docContext = moved;
      }
    }
    return candidates.flatMap((c) => (c.dropped ? [] : [c, ...(clones.get(c) ?? [])]));
  },
};
