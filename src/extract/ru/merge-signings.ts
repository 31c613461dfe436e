import { eventClass } from '../../core/event-classes.ts';
import type { Candidate, DocumentContext, Refiner } from '../types.ts';

const isSigning = (c: Candidate) => eventClass(c.cls)?.family === 'agreement' && c.cameo === '057';
/** A signing named by "документ(ы)" only, or counted: a summary of signings next to it. */
const isGeneric = (c: Candidate) => /документ/.test(c.trigger.rule) || c.count !== undefined;
/** «ещё 15 документов», «также подписали»: more documents, not the same ones. */
const MORE = /(?<!\p{L})(?:ещ[её]|также|кроме\s+того|помимо)(?!\p{L})/iu;

/**
 * One signing told twice in adjacent sentences: «подписали документ …» then «подписали
 * Декларацию …», or «подписали меморандумы …» then «всего … подписали десять документов». The
 * named document gives the class, the count sentence the count; the other sentence is evidence.
 */
export const mergeSignings: Refiner = {
  name: 'merge-signings-ru',
  refine(_ctx: DocumentContext, candidates: Candidate[]): Candidate[] {
    const out: Candidate[] = [];
    for (const c of candidates) {
      const o = out[out.length - 1];
      // Counted from the last sentence already folded in; a sentence between («Трансляция доступна …») may stand.
      const last = o ? Math.max(o.facts.sentence.index, ...o.extraSources.map((x) => x.index)) : 0;
      const gap = o ? c.facts.sentence.index - last : -1;
      const same =
        o &&
        isSigning(o) &&
        isSigning(c) &&
        gap >= 0 &&
        gap <= 2 &&
        o.dyad?.join() === c.dyad?.join() &&
        o.date?.date === c.date?.date &&
        (isGeneric(o) || isGeneric(c)) &&
        !MORE.test(c.facts.sentence.text);
      if (!o || !same) {
        out.push(c);
        continue;
      }
      if (/документ/.test(o.trigger.rule) && !isGeneric(c)) {
        o.cls = c.cls;
        o.trigger = c.trigger;
        if (c.rung) o.rung = c.rung;
      }
      if (c.count !== undefined && o.count === undefined) o.count = c.count;
      if (c.facts !== o.facts) o.extraSources.push(c.facts.sentence);
    }
    return out;
  },
};

/**
 * One day's fighting between two states, told in several sentences of one report («идут
 * боестолкновения», «16 сентября … обстрелу подверглись»): one event, the first mention's, with the
 * others as evidence.
 */
export const mergeFighting: Refiner = {
  name: 'merge-fighting-ru',
  refine(_ctx: DocumentContext, candidates: Candidate[]): Candidate[] {
    const out: Candidate[] = [];
    for (const c of candidates) {
      const o =
        c.cls === 'armed_clash' && c.date?.precision === 'day'
          ? out.find(
              (x) => x.cls === c.cls && x.dyad?.join() === c.dyad?.join() && x.date?.date === c.date?.date,
            )
          : undefined;
      if (!o) {
        out.push(c);
        continue;
      }
      if (c.facts !== o.facts && !o.extraSources.includes(c.facts.sentence))
        o.extraSources.push(c.facts.sentence);
      // The side a later sentence names («с таджикской стороны») tells who fired, where the first did not.
      if (o.initiator === 'both' && c.initiator && c.initiator !== 'both') o.initiator = c.initiator;
    }
    return out;
  },
};
