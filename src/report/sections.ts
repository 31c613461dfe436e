/** Builders of the report's record sections: timeline, institutions, agreements, statements, disputes. */
import { originalWords } from './original-words.ts';
import { countryName } from '../core/countries.ts';
import { isoDatesInWords } from '../core/date-words.ts';
import type { Agreement, Conflict, Event, Indicator, Mechanism, Source } from '../core/types.ts';
import { codeLabel, dateLabel, rungLabel, spanLabel } from './format.ts';
import { attributePhrases, meetingNote } from './institutions.ts';
import type { ReferenceList } from './references.ts';
import type {
  AgreementRow,
  Cited,
  ConflictItem,
  MechanismItem,
  StatementItem,
  TimelineItem,
  TradeRow,
} from './types.ts';

/** Anchors of the disagreements, by subject (`event:id` …). */
export type DisputeIndex = Map<string, string[]>;

/** Text of the record as a reader reads it: ISO dates in words, the pair's country codes as names. */
export function readable(text: string, dyad: readonly string[]): string {
  // Record ids in a curator's text ("(au004-karimov-official-visit)") mean nothing to a reader.
  return isoDatesInWords(text.replace(/\s*\(\b[a-z]{1,4}\d{2,}(?:-[a-z0-9]+)+\)/g, '')).replace(
    /\b[A-Z]{3}\b/g,
    (code) => (dyad.includes(code) ? countryName(code) : code),
  );
}

/** What kind of event, in words: `state visit`, `agreement (3)`, `militarized dispute`. */
function classWords(e: Event): string {
  const label = /^mid_/.test(e.class) ? 'militarized dispute' : codeLabel(e.class);
  return e.count && e.count > 1 ? `${label} (${e.count})` : label;
}

/** One timeline row of an event. */
export function timelineItem(e: Event, refs: ReferenceList, disputes: DisputeIndex): TimelineItem {
  const item: TimelineItem = {
    id: e.id,
    date: e.date,
    classLabel: classWords(e),
    text: readable(e.summary, e.dyad),
    cites: refs.citeEvent(e),
    disputed: disputes.get(`event:${e.id}`) ?? [],
  };
  if (e.end) item.end = e.end;
  if (e.rung) item.milestone = rungLabel(e.rung);
  const original = originalWords(e.sources, e.summary);
  if (original) item.original = original;
  return item;
}

/** A mechanism with its meetings up to the report month. */
export function mechanismItem(
  m: Mechanism,
  asOf: string,
  refs: ReferenceList,
  disputes: DisputeIndex,
): MechanismItem {
  const item: MechanismItem = {
    title: m.title,
    kindLabel: m.kind === 'other' ? '' : codeLabel(m.kind),
    attributes: attributePhrases(m).map((value) => ({ name: '', value })),
    meetings: m.meetings
      .filter((x) => x.date.slice(0, 7) <= asOf)
      .map((x) => {
        const note = meetingNote(x.summary);
        const meeting: MechanismItem['meetings'][number] = {
          date: x.date,
          text: x.number ? `Meeting no. ${x.number}${note ? `: ${note}` : '.'}` : (note ?? 'Meeting.'),
          cites: refs.cite(x.sources),
        };
        if (x.end) meeting.end = x.end;
        if (x.number !== undefined) meeting.number = x.number;
        if (x.place) meeting.place = x.place.name;
        return meeting;
      }),
    cites: refs.cite(m.sources),
    disputed: disputes.get(`mechanism:${m.id}`) ?? [],
  };
  if (m.established && m.established.date.slice(0, 7) <= asOf)
    item.established = {
      text: `Established ${m.established.date.length === 10 ? 'on' : 'in'} ${spanLabel(m.established.date, m.established.end)}.`,
      cites: item.cites,
    };
  return item;
}

/** `ratified by the Senate of the Oliy Majlis (Uzbekistan) on 30 April 2025`. */
function statusWords(s: Agreement['status'][number]): string {
  const by = s.body ?? (s.party ? countryName(s.party) : undefined);
  const who =
    by && s.party && s.body && !s.body.includes(countryName(s.party))
      ? `${by} (${countryName(s.party)})`
      : by;
  const verb = s.status === 'in_force' ? 'in force' : codeLabel(s.status);
  return `${verb}${who ? ` by ${who}` : ''} ${s.date.length === 10 ? 'on' : 'in'} ${dateLabel(s.date)}`;
}

/** An agreement's row, with its status history up to the report month. */
export function agreementRow(
  a: Agreement,
  asOf: string,
  refs: ReferenceList,
  disputes: DisputeIndex,
): AgreementRow {
  const row: AgreementRow = {
    title: a.title,
    kindLabel: codeLabel(a.kind),
    levelLabel:
      a.level === 'state' ? 'heads of state' : a.level === 'government' ? 'governments' : 'agencies',
    status: a.status
      .filter((s) => s.date.slice(0, 7) <= asOf && !(s.status === 'signed' && s.date === a.signed?.date))
      .map((s): Cited => ({ text: statusWords(s), cites: refs.cite(s.sources) })),
    cites: refs.cite(a.sources),
    disputed: disputes.get(`agreement:${a.id}`) ?? [],
  };
  if (a.signed) row.date = a.signed.date;
  if (a.rung) row.milestone = rungLabel(a.rung);
  return row;
}

/** Trade turnover figures with a value, oldest first. */
export function tradeRows(indicators: readonly Indicator[], refs: ReferenceList): TradeRow[] {
  return indicators
    .filter((x) => x.kind === 'trade_turnover' && x.value !== undefined)
    .map((x) => ({
      period: x.period.includes('/')
        ? spanLabel(...(x.period.split('/') as [string, string]))
        : dateLabel(x.period),
      value: x.value!,
      unit: x.unit,
      cites: refs.cite(x.sources),
    }));
}

/**
 * Groups sources by their words, so each quote is shown once with all its references. A quote that
 * holds another of the same fact (the sentence around a speaker's words) gives way to the words
 * themselves, its sources joining theirs; a quote that is the text already shown is not repeated.
 */
function quotesOf(sources: readonly Source[], refs: ReferenceList, shown: string): Cited[] {
  const flat = (t: string) => t.replace(/\s+/g, ' ').trim();
  const byQuote = new Map<string, Source[]>();
  for (const s of sources) {
    const q = s.quote === undefined ? '' : flat(s.quote);
    if (q) byQuote.set(q, [...(byQuote.get(q) ?? []), s]);
  }
  const quotes = [...byQuote.keys()];
  for (const outer of quotes) {
    if (!byQuote.has(outer)) continue;
    const inner = quotes.find((q) => q !== outer && byQuote.has(q) && outer.includes(q));
    if (!inner) continue;
    byQuote.set(inner, [...byQuote.get(inner)!, ...byQuote.get(outer)!]);
    byQuote.delete(outer);
  }
  const text = flat(shown);
  return [...byQuote.entries()]
    .filter(([q]) => q !== text)
    .map(([q, list]) => ({ text: q, cites: refs.cite(list) }));
}

/** Messages and praise with the words the sources give. */
export function statementItem(e: Event, refs: ReferenceList): StatementItem {
  const text = readable(e.summary, e.dyad);
  return {
    date: e.date,
    classLabel: codeLabel(e.class),
    text,
    cites: refs.citeEvent(e),
    quotes: quotesOf(e.sources, refs, text),
  };
}

/** A claimed value in words: dates written out, codes as names. */
function claimWords(value: string, dyad: readonly string[]): string {
  if (/^\d{4}(-\d{2}){0,2}$/.test(value)) return dateLabel(value);
  return readable(value.replace(/_/g, ' '), dyad);
}

/** A disagreement in one line: each version once, with all the sources that give it. */
export function conflictItem(
  c: Conflict,
  anchor: string,
  refs: ReferenceList,
  lookup: (subject: string) => string | undefined,
): ConflictItem {
  const byValue = new Map<string, number[]>();
  for (const cl of c.claims) {
    const v = claimWords(cl.value, c.dyad);
    byValue.set(v, [...(byValue.get(v) ?? []), ...refs.cite(cl.sources)]);
  }
  const field = c.field.replace(/_/g, ' ');
  const subject = lookup(c.subject) ?? 'a recorded fact';
  return {
    anchor,
    what: `${field.charAt(0).toUpperCase()}${field.slice(1)} of ${c.field === 'date' ? subject.replace(/ of (?:\d{1,2} )?(?:[A-Z][a-z]+ )?\d{4}$/, '') : subject}`,
    claims: [...byValue.entries()].map(([value, cites]) => ({
      value,
      cites: [...new Set(cites)].sort((a, b) => a - b),
    })),
  };
}
