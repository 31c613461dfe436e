/** Builders of the report's record sections: timeline, institutions, agreements, statements, disputes. */
import { LEVEL_PARAMS } from '../core/level/index.ts';
import type { Agreement, Conflict, Event, Indicator, Mechanism, Source } from '../core/types.ts';
import { codeLabel, dateLabel, rungLabel, spanLabel } from './format.ts';
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

/** A class whose impulse is at least this (or a conflict class at least this negative) is a key event. */
const KEY_IMPULSE = 0.2;

/** Milestones, and events whose class weighs at least {@link KEY_IMPULSE} acted by leaders. */
export function isKeyEvent(e: Event): boolean {
  if (e.rung) return true;
  const impulse = LEVEL_PARAMS.classes[e.class]?.impulse ?? 0;
  if (impulse <= -KEY_IMPULSE) return true;
  return impulse >= KEY_IMPULSE && (e.actorLevel === undefined || e.actorLevel === 'head');
}

/** One timeline row of an event. */
export function timelineItem(e: Event, refs: ReferenceList, disputes: DisputeIndex): TimelineItem {
  const item: TimelineItem = {
    id: e.id,
    date: e.date,
    classLabel: codeLabel(e.class) + (e.count && e.count > 1 ? ` ×${e.count}` : ''),
    text: e.summary,
    cites: refs.cite(e.sources),
    disputed: disputes.get(`event:${e.id}`) ?? [],
  };
  if (e.end) item.end = e.end;
  if (e.rung) item.milestone = rungLabel(e.rung);
  const quote = e.sources.find((s) => s.quote)?.quote;
  if (quote && mostlyCyrillic(quote) && !CYRILLIC.test(e.summary)) item.original = quote;
  return item;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** More Cyrillic letters than Latin ones: words of a Russian source. */
function mostlyCyrillic(text: string): boolean {
  const cyr = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const lat = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return cyr > lat;
}

function attributeValue(v: string | number): string {
  return typeof v === 'number' ? String(v) : v;
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
    kindLabel: codeLabel(m.kind),
    attributes: Object.entries(m.attributes).map(([name, v]) => ({
      name: codeLabel(name),
      value: attributeValue(v),
    })),
    meetings: m.meetings
      .filter((x) => x.date.slice(0, 7) <= asOf)
      .map((x) => {
        const meeting: MechanismItem['meetings'][number] = {
          date: x.date,
          text: x.summary ?? (x.number ? `Meeting no. ${x.number}.` : 'Meeting.'),
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
      text: `Established ${spanLabel(m.established.date, m.established.end)}.`,
      cites: item.cites,
    };
  return item;
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
    levelLabel: a.level,
    status: a.status
      .filter((s) => s.date.slice(0, 7) <= asOf)
      .map(
        (s): Cited => ({
          text: `${codeLabel(s.status)}${s.party ? ` (${s.party}${s.body ? `, ${s.body}` : ''})` : s.body ? ` (${s.body})` : ''} ${dateLabel(s.date)}`,
          cites: refs.cite(s.sources),
        }),
      ),
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
      period: x.period.replace('/', ' – '),
      value: x.value!,
      unit: x.unit,
      cites: refs.cite(x.sources),
    }));
}

/** Groups sources by their words, so each quote is shown once with all its references. */
function quotesOf(sources: readonly Source[], refs: ReferenceList): Cited[] {
  const byQuote = new Map<string, Source[]>();
  for (const s of sources) {
    const q = s.quote?.trim();
    if (q) byQuote.set(q, [...(byQuote.get(q) ?? []), s]);
  }
  return [...byQuote.entries()].map(([text, list]) => ({ text, cites: refs.cite(list) }));
}

/** Messages and praise with the words the sources give. */
export function statementItem(e: Event, refs: ReferenceList): StatementItem {
  return {
    date: e.date,
    classLabel: codeLabel(e.class),
    text: e.summary,
    cites: refs.cite(e.sources),
    quotes: quotesOf(e.sources, refs),
  };
}

/** What a conflict is about, in words: the event's summary, the agreement's title … */
function subjectText(c: Conflict, lookup: (subject: string) => string | undefined): string {
  return lookup(c.subject) ?? c.subject;
}

/** A disagreement with every claim and its sources. */
export function conflictItem(
  c: Conflict,
  anchor: string,
  refs: ReferenceList,
  lookup: (subject: string) => string | undefined,
): ConflictItem {
  const item: ConflictItem = {
    anchor,
    subject: subjectText(c, lookup),
    field: codeLabel(c.field),
    claims: c.claims.map((cl) => ({
      value: cl.value,
      ...(cl.note ? { note: cl.note } : {}),
      cites: refs.cite(cl.sources),
    })),
  };
  if (c.note) item.note = c.note;
  return item;
}
