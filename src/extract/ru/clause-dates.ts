import { resolveMention } from '../refine/resolve-date.ts';
import type { Candidate, DocumentContext, Refiner } from '../types.ts';

/** Where one clause of a Russian sentence ends and the next begins: «;», «:», «, а», «, но», «, после чего». */
const CLAUSE_BREAK = /;|:\s|,\s+(?:а|но|однако|тогда\s+как|после\s+чего|после\s+этого|затем)\s/giu;

/** The clause of a Russian sentence a word stands in, as offsets. */
export function clauseOf(text: string, at: number): [number, number] {
  let start = 0;
  let end = text.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    if (m.index < at) start = m.index + m[0].length;
    else {
      end = m.index;
      break;
    }
  }
  return [start, end];
}

/**
 * Russian often puts the date after the verb, at the clause's end («…, а Карабахская война …
 * продолжалась с 1992 по 1994 год»): a clause that states one full date of its own dates its event,
 * whatever date stands nearer in the clause before it.
 */
export const clauseDates: Refiner = {
  name: 'clause-dates-ru',
  refine(ctx: DocumentContext, candidates: Candidate[]): Candidate[] {
    for (const c of candidates) {
      const text = c.facts.sentence.text;
      const [from, to] = clauseOf(text, c.trigger.start);
      const own = c.facts.dates.filter(
        (d) => d.start >= from && d.end <= to && d.year !== undefined && !d.relative,
      );
      const only = own.length === 1 ? own[0] : undefined;
      if (!only) continue;
      const r = resolveMention(only, undefined, ctx.referenceDate);
      if (!r || r.date.date === c.date?.date) continue;
      c.date = r.date;
      c.dateInferred = false;
      delete c.datedByPublication;
    }
    return candidates;
  },
};
