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
      if (isGeneric(o) && !isGeneric(c)) {
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
