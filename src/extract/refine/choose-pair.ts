import { sortedDyad } from '../../core/countries.ts';
import type { Candidate, DocumentContext, Refiner } from '../types.ts';
import { attributionStart } from './attribution.ts';

/** A capital after "in", "at", "to" (Russian «в», «во», «на») names where something happened, not a party to it. */
const PLACE_LEAD = /(?:\b(?:in|at|to)|(?<!\p{L})(?:в|во|на))\s+$/iu;

/**
 * The countries a candidate's sentence names as parties: names, demonyms, capitals standing for
 * states, people, titles. Cities and places ("in Dili") count only when the sentence names no
 * party (a riot in Dili is East Timor's), or the sentence names one party acting there ("arrived
 * in Amman"). Countries of a
 * trailing attribution (", the Israeli army said") count only when nothing else does.
 */
function parties(c: Candidate): { out: string[]; reported: string[] } {
  const f = c.facts;
  const out: string[] = [];
  const add = (x: string | undefined) => {
    if (x && !out.includes(x)) out.push(x);
  };
  const inSetting = (at: number) => f.settings.some((x) => at >= x.start && at < x.end);
  const cut = attributionStart(f.sentence.text);
  // Countries named only in the attribution count when the sentence names no other.
  const reported: string[] = [];
  let where: string | undefined;
  for (const m of f.countries) {
    if (m.start >= cut && m.kind !== 'place') {
      reported.push(m.iso3);
      continue;
    }
    const lead = f.sentence.text.slice(Math.max(0, m.start - 6), m.start);
    if (m.kind === 'place' || (m.kind === 'capital' && (PLACE_LEAD.test(lead) || inSetting(m.start)))) {
      where ??= m.iso3;
      continue;
    }
    add(m.iso3);
  }
  const reportedNames = new Set(f.actors.filter((a) => a.start >= cut && a.name).map((a) => a.name));
  for (const a of c.resolvedActors) {
    if (reportedNames.has(a.name) && a.country) reported.push(a.country);
    else add(a.country);
  }
  for (const a of f.actors) {
    if (a.name) continue;
    if (a.start >= cut && a.country) reported.push(a.country);
    else add(a.country);
  }
  if (out.length === 0) for (const x of reported.splice(0)) add(x);
  // A summit's city ("at the SCO summit in Samarkand") hosts others' meetings: never a party.
  // Otherwise one party acting in another country's city ("arrived in Amman") meets that country.
  if (out.length <= 1 && where && f.settings.length === 0) add(where);
  return { out, reported };
}

/**
 * The pair of each candidate: with a requested dyad, that pair when the sentence is about it;
 * otherwise the sentence's countries, topped up from its passage and then the document's pair; a
 * sentence and document that name one country only give that country on both sides. A candidate
 * with no country is dropped.
 */
/** Acts two sides do together: "A and B signed / met / fought" is one event of the pair. */
const JOINT =
  /^(?:agreement|mou|declaration|diplomatic_relations|commission_meeting|meeting|armed_clash|economic_cooperation|military_cooperation|intent)$/;
/** "A and B …": two subjects joined. */
const AND_BETWEEN = /^\s*(?:,\s*)?(?:and|as\s+well\s+as)\s+(?:the\s+)?$/i;

/**
 * "Azerbaijan and Turkey … a blockade of Armenia": two subjects acting on one object are two
 * events, one per subject. Only for acts one side does to another (not signing or fighting
 * together), and only with a country named after the verb.
 */
function perSubject(c: Candidate): Candidate[] {
  const f = c.facts;
  const text = f.sentence.text;
  // Recognition is one state's act, even where the class (diplomatic relations) is otherwise joint.
  const recognition = /recogni/i.test(text.slice(c.trigger.start, c.trigger.end));
  if (JOINT.test(c.cls) && !recognition) return [c];
  const named = f.countries.filter((m) => m.kind !== 'place');
  const before = named.filter((m) => m.end <= c.trigger.start);
  const after = named.filter((m) => m.start >= c.trigger.end);
  const object = after[0]?.iso3;
  if (before.length < 2 || !object) return [c];
  const subjects: string[] = [];
  before.forEach((m, i) => {
    const next = before[i + 1];
    const joined = next && AND_BETWEEN.test(text.slice(m.end, next.start));
    const prev = before[i - 1];
    const joinedBefore = prev && AND_BETWEEN.test(text.slice(prev.end, m.start));
    if ((joined || joinedBefore) && m.iso3 !== object && !subjects.includes(m.iso3)) subjects.push(m.iso3);
  });
  if (subjects.length < 2) return [c];
  return subjects.map((s) => ({
    ...c,
    dyad: sortedDyad(s, object),
    countries: [s, object],
    resolvedActors: [...c.resolvedActors],
    extraSources: [...c.extraSources],
    sectors: [...c.sectors],
  }));
}

export const choosePair: Refiner = {
  name: 'choose-pair',
  refine(ctx: DocumentContext, candidates: Candidate[]): Candidate[] {
    for (const c of candidates) {
      const { out: countries, reported } = parties(c);
      c.countries = countries;
      const want = ctx.requestedDyad;
      let pair: [string, string] | undefined;
      if (want) {
        const hits = new Set(countries.filter((x) => x === want[0] || x === want[1]));
        const others = countries.filter((x) => x !== want[0] && x !== want[1]);
        if (hits.size === 2 || others.length === 0 || (hits.size > 0 && others.length >= 3)) pair = want;
        c.dyadInferred = hits.size < 2;
      } else {
        const pool = [...countries];
        for (const x of ctx.passageCountries.get(c.facts.sentence.passage) ?? [])
          if (pool.length < 2 && !pool.includes(x) && !reported.includes(x)) pool.push(x);
        const dd = ctx.documentDyad;
        if (dd && pool.length < 2) for (const x of dd) if (pool.length < 2 && !pool.includes(x)) pool.push(x);
        if (dd && pool.includes(dd[0]) && pool.includes(dd[1])) pair = dd;
        else if (pool.length >= 2) pair = sortedDyad(pool[0] as string, pool[1] as string);
        // One country acting on its own people or on no state ("Sudan lifted a state of emergency"):
        // an event of that country alone, which no pair's level takes.
        else if (pool.length === 1 && countries.length === 1) pair = [pool[0] as string, pool[0] as string];
        c.dyadInferred = countries.length < 2;
      }
      if (pair) c.dyad = pair;
      else c.dropped = true;
    }
    const kept = candidates.filter((c) => !c.dropped);
    return ctx.requestedDyad ? kept : kept.flatMap(perSubject);
  },
};
