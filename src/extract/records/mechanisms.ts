import type { Mechanism, MechanismKind, MechanismMeeting } from '../../core/types.ts';
import type {
  DocumentContext,
  ExtractedRecords,
  Finished,
  InstitutionMention,
  RecordBuilder,
  SentenceFacts,
} from '../types.ts';
import { partial } from '../refine/resolve-date.ts';
import { ESTABLISH_WORDS, MEETING_NUMBER, NAME_TAIL, ORDINALS } from './en/mechanism-words.ts';
import { datedLike, eventFacts, nameKey, sentenceSource } from './record-source.ts';

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

/** "first", "11th", "II" as a number. */
export function meetingNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  if (ORDINALS[w] !== undefined) return ORDINALS[w];
  const n = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(w);
  if (n) return Number(n[1]);
  if (!/^[IVX]+$/.test(word)) return undefined;
  let total = 0;
  for (let i = 0; i < word.length; i++) {
    const v = ROMAN[word[i]!]!;
    const next = ROMAN[word[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : undefined;
}

/** The body's name as the text gives it, with the countries it goes on to name. */
function nameOf(facts: SentenceFacts, m: InstitutionMention): string {
  const text = facts.sentence.text;
  const tail = NAME_TAIL.exec(text.slice(m.end))?.[0] ?? '';
  return (m.name + tail).replace(/\s+/g, ' ').trim();
}

/** The meeting number stated just before the body's name ("the first meeting of the …"). */
function numberBefore(text: string, at: number): number | undefined {
  const head = text.slice(Math.max(0, at - 60), at);
  const m = MEETING_NUMBER.exec(head);
  return m ? meetingNumber(m[1] ?? '') : undefined;
}

/**
 * The bodies two countries run together (supreme council, intergovernmental commission, business
 * council, investment fund, free economic zone) that a text states met or were set up, with their
 * meetings: a commission meeting event is a meeting of the body its sentence names (numbered when
 * the text numbers it); a signing or any event whose sentence says the body was established dates
 * its establishment (by the agreement that names it, when there is one).
 */
export const mechanismRecords: RecordBuilder = {
  name: 'mechanisms',
  build(ctx: DocumentContext, finished: readonly Finished[], out: ExtractedRecords): void {
    const byKey = new Map<string, Mechanism>();
    // The sentences each body's sources already cite, by their start.
    const cited = new Map<Mechanism, Set<number>>();
    // Meetings recorded, as mechanism|event.
    const met = new Set<string>();
    const mechanism = (dyad: [string, string], kind: MechanismKind, title: string, facts: SentenceFacts) => {
      const key = `${dyad.join('-')}|${kind}`;
      let m = byKey.get(key);
      if (!m) {
        m = {
          id: `${ctx.documentId}#mechanism-${byKey.size + 1}`,
          dyad,
          kind,
          title,
          attributes: {},
          meetings: [],
          sources: [sentenceSource(ctx, facts.sentence)],
        };
        byKey.set(key, m);
        cited.set(m, new Set([facts.sentence.start]));
        out.mechanisms.push(m);
      } else {
        if (title.length > m.title.length && nameKey(title).startsWith(nameKey(m.title))) m.title = title;
        const seen = cited.get(m)!;
        if (!seen.has(facts.sentence.start)) {
          seen.add(facts.sentence.start);
          m.sources.push(sentenceSource(ctx, facts.sentence));
        }
      }
      return m;
    };
    // "The Joint Intergovernmental Commission was established in March 1996": a dated sentence that sets
    // a body up states its establishment, whether or not it states an event between the two.
    const withEvents = new Set(finished.map((f) => f.candidate.facts.sentence.index));
    const pair = ctx.requestedDyad ?? ctx.documentDyad;
    for (const facts of ctx.facts) {
      if (!pair || withEvents.has(facts.sentence.index) || facts.institutions.length === 0) continue;
      const d = facts.dates.find((x) => x.year !== undefined && !x.relative);
      if (!d || d.year === undefined || !ESTABLISH_WORDS.test(facts.sentence.text)) continue;
      const date = partial(d.year, d.month, d.day);
      for (const inst of facts.institutions) {
        const m = mechanism(pair, inst.kind as MechanismKind, nameOf(facts, inst), facts);
        m.established ??= {
          date,
          precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
        };
      }
    }
    for (const f of finished) {
      const when = datedLike(f);
      if (!when) continue;
      const e = f.event;
      for (const facts of eventFacts(ctx, f)) {
        const text = facts.sentence.text;
        for (const inst of facts.institutions) {
          const m = mechanism(e.dyad, inst.kind as MechanismKind, nameOf(facts, inst), facts);
          if (e.class === 'commission_meeting' && !met.has(`${m.id}|${e.id}`)) {
            met.add(`${m.id}|${e.id}`);
            const meeting: MechanismMeeting = {
              ...when,
              summary: e.summary,
              event: e.id,
              sources: [sentenceSource(ctx, facts.sentence)],
            };
            const n = numberBefore(text, inst.start);
            if (n !== undefined) meeting.number = n;
            if (e.place) meeting.place = e.place;
            m.meetings.push(meeting);
          }
          const near = text.slice(Math.max(0, inst.start - 60), inst.end + 40);
          if (ESTABLISH_WORDS.test(near) && e.class !== 'commission_meeting') {
            const by = out.agreements.find(
              (a) => a.event === e.id && nameKey(a.title).includes(nameKey(inst.name)),
            );
            // The agreement that sets the body up outranks the visit during which it was signed.
            const byAgreement =
              m.established?.by !== undefined && out.agreements.some((a) => a.id === m.established?.by);
            if (!m.established || (by && !byAgreement && m.established.date === when.date))
              m.established = { date: when.date, precision: when.precision, by: by?.id ?? e.id };
          }
        }
      }
    }
  },
};
