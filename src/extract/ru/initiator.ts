import type { Candidate, DocumentContext, Refiner } from '../types.ts';
import { clauseOf } from './clause-dates.ts';

const VISIT = /visit$/;
const JOINT =
  /^(?:agreement|mou|declaration|diplomatic_relations|commission_meeting|meeting|phone_call|armed_clash|economic_cooperation|military_cooperation|intent)$/;
/** «в Казахстан», «во Францию», «в столицу России»: where a visit went. */
const TO = /(?<!\p{L})(?:в|во)\s+(?:\p{L}+\s+)?$/iu;
/** «с таджикской стороны», «со стороны Армении»: who acted. */
const FROM_SIDE_BEFORE = /(?<!\p{L})со\s+стороны\s+$/iu;
const FROM_SIDE_ADJ = /(?<!\p{L})со?\s+$/iu;
const SIDE_AFTER = /^\s+сторон/iu;
/** A short passive participle (прекращены, выслан, разорваны). */
const PASSIVE = /\p{L}{4,}(?:ен|ена|ено|ены|ан|ана|ано|аны)$/iu;
const EACH_OTHER = /(?<!\p{L})(?:обе\s+стороны|стороны|друг\s+друга|взаимно)(?!\p{L})/iu;

/**
 * Who acted in a Russian sentence: the visitor (a visit «в Казахстан» came from the other side;
 * else the subject before the verb, or the person after the noun: «визит Шавката Мирзиёева»), the
 * side «со стороны» of which an act came, both sides for joint acts, else the subject.
 */
export function directionRu(c: Candidate, pair: [string, string]): string | 'both' | null {
  const text = c.facts.sentence.text;
  const t = c.trigger;
  const inPair = (x: string | undefined): x is string => x !== undefined && pair.includes(x);
  const other = (x: string) => (x === pair[0] ? pair[1] : pair[0]);
  const all: { start: number; end: number; country: string }[] = [];
  for (const m of c.facts.countries) all.push({ start: m.start, end: m.end, country: m.iso3 });
  for (const a of c.facts.actors) if (a.country) all.push({ start: a.start, end: a.end, country: a.country });
  all.sort((a, b) => a.start - b.start);
  const mentions = all.filter((m) => inPair(m.country));
  for (const m of mentions) {
    const lead = text.slice(Math.max(0, m.start - 20), m.start);
    if (
      FROM_SIDE_BEFORE.test(lead) ||
      (FROM_SIDE_ADJ.test(lead) && SIDE_AFTER.test(text.slice(m.end, m.end + 12)))
    )
      return m.country;
  }
  const [clauseStart] = clauseOf(text, t.start);
  const before = mentions.filter((m) => m.start < t.start && m.start >= clauseStart);
  const after = mentions.filter((m) => m.start >= t.end);
  if (VISIT.test(c.cls)) {
    const dest = after.find(
      (m) => m.start - t.end < 80 && TO.test(text.slice(Math.max(0, m.start - 25), m.start)),
    );
    if (dest) return other(dest.country);
    const subject = before[before.length - 1];
    if (subject) return subject.country;
    const visitor = after.find((m) => m.start - t.end < 80);
    return visitor ? visitor.country : null;
  }
  const distinct = new Set(before.map((m) => m.country));
  // «отношения … были прекращены»: a passive without an agent names no one who acted.
  const word = text.slice(t.start, t.end);
  if (!JOINT.test(c.cls) && PASSIVE.test(word)) return null;
  if (EACH_OTHER.test(text.slice(clauseStart, t.end))) return 'both';
  // Two sides before a joint act did it together («Азербайджан и Узбекистан подписали»); before an
  // act one side does to another, the first named is its subject («МИД России передал посольству США»).
  if (JOINT.test(c.cls)) {
    if (distinct.size === 2) return 'both';
    return before[before.length - 1]?.country ?? 'both';
  }
  return before[0]?.country ?? null;
}

/** The Russian initiator refiner. */
export const ruInitiator: Refiner = {
  name: 'initiator-ru',
  refine(_ctx: DocumentContext, candidates: Candidate[]): Candidate[] {
    for (const c of candidates) if (c.dyad) c.initiator = directionRu(c, c.dyad);
    return candidates;
  },
};
