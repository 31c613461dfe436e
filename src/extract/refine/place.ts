import type { Candidate, DocumentContext, Refiner } from '../types.ts';

const AT = /\b(?:in|at|arrived in|to)\s+$/i;
/** How far before the trigger a place may stand ("In Baku, the two presidents signed …"). */
const REACH = 60;

/** Where it happened (unless already known, as from a table's place column): the country or capital after "in", "at", "to" nearest the trigger. */
export const place: Refiner = {
  name: 'place',
  refine(_ctx: DocumentContext, candidates: Candidate[]): Candidate[] {
    for (const c of candidates) {
      const f = c.facts;
      if (c.place) continue;
      // The nearest such place to the trigger ("opened the Year of X in Y during the visit to Tashkent").
      let best: number | undefined;
      for (const m of f.countries) {
        const lead = f.sentence.text.slice(Math.max(0, m.start - 12), m.start);
        if (!AT.test(lead) || m.start <= c.trigger.start - REACH) continue;
        const d = m.start >= c.trigger.start ? Math.max(0, m.start - c.trigger.end) : c.trigger.start - m.end;
        if (best === undefined || d < best) {
          best = d;
          c.place = { name: f.sentence.text.slice(m.start, m.end), country: m.iso3 };
        }
      }
      const setting = f.settings[0];
      if (setting) c.setting = setting.name;
    }
    return candidates;
  },
};
