import type { Candidate, DocumentContext, Refiner } from '../types.ts';

const AT = /\b(?:in|at|arrived in|to)\s+$/i;
/** How far before the trigger a place may stand ("In Baku, the two presidents signed …"). */
const REACH = 60;

/** Where it happened (unless already known, as from a table's place column): the first country or capital after "in", "at", "to" near the trigger. */
export const place: Refiner = {
  name: 'place',
  refine(_ctx: DocumentContext, candidates: Candidate[]): Candidate[] {
    for (const c of candidates) {
      const f = c.facts;
      if (c.place) continue;
      for (const m of f.countries) {
        const lead = f.sentence.text.slice(Math.max(0, m.start - 12), m.start);
        if (AT.test(lead) && m.start > c.trigger.start - REACH) {
          c.place = { name: f.sentence.text.slice(m.start, m.end), country: m.iso3 };
          break;
        }
      }
      const setting = f.settings[0];
      if (setting) c.setting = setting.name;
    }
    return candidates;
  },
};
