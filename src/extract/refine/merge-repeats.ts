import { eventClass } from '../../core/event-classes.ts';
import type { Candidate, DocumentContext, Refiner } from '../types.ts';

/** How many earlier events a repeat is looked for among: repeats sit close to what they repeat. */
const WINDOW = 12;
/** Days a visit's programme runs on after its first day ("the next day the leaders travelled …"). */
const VISIT_DAYS = 3;

const isVisit = (cls: string) => /visit$/.test(cls);
/** Words that state what violence caused, not what it was. */
const OUTCOME = /^(?:killed|killing|died|wounded|injured)$/i;
/** Contacts whose content ("discussed …", "exchanged views …") is not an event of its own. */
const isContact = (cls: string) => isVisit(cls) || /^(?:meeting|phone_call|commission_meeting)$/.test(cls);

const isDocument = (cls: string) => /^(?:agreement|mou|declaration)$/.test(cls);
const DOCUMENT_ANAPHOR =
  /^(?:the\s+(?:document|treaty|agreement|declaration|memorandum)\s+(?:was|were|has|had)|it|this)\b/i;

/** Days from the start (or end) of `o` to `date`, when within a visit's programme; else undefined. */
function daysAfter(o: Candidate, date: string): number | undefined {
  const start = dayNumber(o.date?.date ?? '');
  const end = dayNumber(o.date?.end ?? o.date?.date ?? '');
  const b = dayNumber(date);
  if (start === undefined || end === undefined || b === undefined) return undefined;
  return b >= start && b - end <= VISIT_DAYS ? b - start : undefined;
}

function dayNumber(date: string): number | undefined {
  if (date.length !== 10) return undefined;
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 864e5;
}

/** `inner` lies within `outer` at `outer`'s precision or finer ("2023-08" within "2023"). */
function within(inner: string, outer: string): boolean {
  return inner.startsWith(outer) || outer.startsWith(inner);
}

/** Is `c` another mention of `o`? */
function repeats(o: Candidate, c: Candidate): boolean {
  if (!o.dyad || !c.dyad || o.dyad[0] !== c.dyad[0] || o.dyad[1] !== c.dyad[1]) return false;
  // Undated, one sentence, one family ("arrived in Amman on a … visit", "killed … in an attack"): one act.
  if (!o.date && !c.date)
    return o.facts === c.facts && eventClass(o.cls)?.family === eventClass(c.cls)?.family;
  if (!o.date || !c.date) return false;
  const od = o.date.date;
  const cd = c.date.date;
  if (o.facts === c.facts && o.cls === c.cls) return od === cd;
  // A sentence with no date of its own that names the same kind of event elaborates the one before.
  // List items and listed documents are events of their own.
  const own =
    c.facts.sentence.listItem || c.trigger.rule === 'document' || c.trigger.rule === 'quoted-statement';
  // Documents are distinct unless the sentence points back at one ("The document was signed …").
  const distinct = isDocument(c.cls) && !DOCUMENT_ANAPHOR.test(c.facts.sentence.text);
  if (!own && !distinct && o.cls === c.cls && c.dateInferred && c.facts !== o.facts && within(cd, od))
    return true;
  // Talks during a visit or call are its content: same day, or a date inferred from it.
  if (isContact(o.cls) && c.cls === 'meeting') {
    if (od === cd || (c.dateInferred && within(cd, od))) return true;
    // Talks on the second or third day of a visit are still the visit's programme.
    return isVisit(o.cls) && daysAfter(o, cd) !== undefined;
  }
  // Greetings and praise exchanged in a call or visit are its content.
  // A quoted statement is a record of its own (who said what), not the content of the contact.
  if (isContact(o.cls) && (c.cls === 'message' || c.cls === 'praise'))
    return c.trigger.rule !== 'quoted-statement' && c.dateInferred && od === cd;
  if (isVisit(o.cls) && isVisit(c.cls)) {
    if (daysAfter(o, cd) !== undefined) return true;
    return c.approximate && within(cd, od) && (o.initiator === c.initiator || c.initiator === null);
  }
  return false;
}

/**
 * Folds repeated mentions of one event into the first: "Both Presidents exchanged views" after a
 * visit, "your state visit" a few days later, the second day of a visit's programme. The repeat's
 * sentence becomes extra evidence; a stated visit kind refines an unstated one.
 */
export const mergeRepeats: Refiner = {
  name: 'merge-repeats',
  refine(_ctx: DocumentContext, candidates: Candidate[]): Candidate[] {
    const out: Candidate[] = [];
    for (const c of candidates) {
      let prior: Candidate | undefined;
      for (let i = out.length - 1; i >= 0 && i >= out.length - WINDOW; i--) {
        const o = out[i] as Candidate;
        if (repeats(o, c)) {
          prior = o;
          break;
        }
      }
      if (!prior) {
        out.push(c);
        continue;
      }
      if (c.facts !== prior.facts && !prior.extraSources.includes(c.facts.sentence))
        prior.extraSources.push(c.facts.sentence);
      if (prior.cls === 'visit' && isVisit(c.cls)) prior.cls = c.cls;
      // "killed in a suicide car bombing": the means names the act, the outcome does not.
      const word = (x: Candidate) => x.facts.sentence.text.slice(x.trigger.start, x.trigger.end);
      if (prior.facts === c.facts && OUTCOME.test(word(prior)) && !OUTCOME.test(word(c))) {
        prior.cameo = c.cameo;
        prior.cls = c.cls;
        prior.trigger = c.trigger;
      }
      for (const s of c.sectors) if (!prior.sectors.includes(s)) prior.sectors.push(s);
    }
    return out;
  },
};
