import type { ActorMention, Candidate, CountryMention } from '../types.ts';

const VISIT = /visit|state_visit|official_visit|working_visit/;
/** Active host verbs: their subject receives the visit. */
const HOST_VERB = /^(?:received|receives|hosted|hosts|hosting|welcomed|played\s+host)/i;
const JOINT = /\b(?:both|the two|the sides|two countries|parties|jointly|mutual|bilateral)\b|\band\b/i;

/** Countries of the mentions before the trigger (the subject side) and after it (the object side). */
function sides(c: Candidate): { before: string[]; after: string[]; dest?: string; host?: string } {
  const t = c.trigger;
  const text = c.facts.sentence.text;
  const all: { start: number; country: string; m: CountryMention | ActorMention }[] = [];
  for (const m of c.facts.countries) all.push({ start: m.start, country: m.iso3, m });
  for (const a of c.actors) if (a.country) all.push({ start: a.start, country: a.country, m: a });
  all.sort((a, b) => a.start - b.start);
  const before = all.filter((x) => x.start < t.start).map((x) => x.country);
  const after = all.filter((x) => x.start >= t.start).map((x) => x.country);
  let dest: string | undefined;
  let host: string | undefined;
  for (const x of all) {
    if (x.start < t.start) continue;
    const lead = text.slice(Math.max(0, x.start - 45), x.start);
    if (!dest && /\b(?:to|in|arrived in|visited)\s+(?:the\s+)?(?:Republic\s+of\s+)?$/i.test(lead))
      dest = x.country;
    if (!host && /invitation\s+of\s+(?:the\s+)?(?:\w+\s+){0,3}$/i.test(lead)) host = x.country;
  }
  return { before, after, ...(dest ? { dest } : {}), ...(host ? { host } : {}) };
}

/**
 * Who acted: the visitor for visits (the host receives), the embassy's owner for openings, both
 * sides for joint acts (signing, agreeing, clashing), else the subject before the verb.
 */
export function direction(c: Candidate, pair: [string, string]): string | 'both' | null {
  const s = sides(c);
  const other = (x: string) => (x === pair[0] ? pair[1] : x === pair[1] ? pair[0] : undefined);
  const text = c.facts.sentence.text;
  const inPair = (x: string | undefined) => x !== undefined && (x === pair[0] || x === pair[1]);
  if (VISIT.test(c.cls)) {
    const visitVerbOf = /visit\s+of/i.test(text.slice(c.trigger.start, c.trigger.end + 12));
    const subject = visitVerbOf ? s.after.find(inPair) : [...s.before].reverse().find(inPair);
    // "X received / hosted Y": the subject is the host, the visitor is the other side.
    const hostVerb = HOST_VERB.test(text.slice(c.trigger.start, c.trigger.end));
    // "A and B opened … during the former's visit to Tashkent": where the visit went says who came,
    // when both sides stand before the verb.
    const bothBefore = new Set(s.before.filter(inPair)).size === 2;
    // "visit to Tashkent": a place right after the visit (inside the trigger or just past it).
    const to = c.facts.countries.find(
      (m) =>
        m.start > c.trigger.start &&
        m.start <= c.trigger.end + 12 &&
        /\b(?:to|in)\s+(?:the\s+)?$/i.test(text.slice(Math.max(c.trigger.start, m.start - 12), m.start)) &&
        inPair(m.iso3),
    );
    if (bothBefore && !hostVerb && to) return other(to.iso3) ?? null;
    if (subject) return hostVerb ? (other(subject) ?? null) : subject;
    const dest = s.dest ?? s.host;
    if (inPair(dest)) return other(dest as string) ?? null;
    if (visitVerbOf && s.after[0] && inPair(s.after[0])) return s.after[0];
    return null;
  }
  if (c.cls === 'embassy_opening') {
    const own = /embassy\s+of\s+(?:the\s+republic\s+of\s+)?$/i;
    // The owner named in this trigger's "Embassy of X", not in another embassy of the same sentence.
    for (const m of c.facts.countries) {
      if (m.start < c.trigger.start || m.start > c.trigger.end) continue;
      if (own.test(text.slice(Math.max(0, m.start - 30), m.start)) && inPair(m.iso3)) return m.iso3;
    }
    const subj = [...s.before].reverse().find(inPair);
    if (subj) return subj;
    const inWhere = s.dest;
    return inPair(inWhere) ? (other(inWhere as string) ?? null) : null;
  }
  // Recognition: the state that recognises acts (the one recognised is named after the verb).
  if (/recogni/i.test(text.slice(c.trigger.start, c.trigger.end))) {
    const recogniser = [...s.before].reverse().find(inPair);
    if (recogniser) return recogniser;
  }
  const head = text.slice(0, c.trigger.start);
  const joint =
    /^(?:agreement|mou|declaration|diplomatic_relations|commission_meeting|meeting|armed_clash|economic_cooperation|military_cooperation)$/.test(
      c.cls,
    );
  const distinctBefore = new Set(s.before.filter(inPair));
  if (/\b(?:both|the two|the sides|the parties)\b/i.test(head.slice(-60))) return 'both';
  // "Kyrgyzstan and Tajikistan agreed …": two subjects of an agreeing verb act together.
  // Two subjects agreeing, committing, or failing to agree act together.
  const agreeing =
    /^(?:(?:has|have|had)\s+)?(?:agree|commit|recommit|fail(?:ed|s)?\s+to\s+(?:reach|agree))/i.test(
      text.slice(c.trigger.start, c.trigger.end),
    );
  // "Brazil and the United States are seeking to deepen …": an intent both subjects state.
  if ((joint || agreeing || c.cls === 'intent') && distinctBefore.size >= 2) return 'both';
  if (
    /^(?:agreement|mou|declaration|diplomatic_relations|commission_meeting|meeting|armed_clash)$/.test(c.cls)
  ) {
    // "On 22 December 2022 in Tashkent, the presidents signed …": where it happened is not who acted.
    const where = new Set(
      c.facts.countries
        .filter(
          (m) =>
            m.start < c.trigger.start &&
            /\b(?:in|at)\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start)),
        )
        .map((m) => m.start),
    );
    const placed = c.facts.countries.filter((m) => where.has(m.start)).map((m) => m.iso3);
    const subj = [...s.before].reverse().find((x) => inPair(x) && !placed.includes(x));
    if (subj && !JOINT.test(head.slice(-40))) return subj;
    return 'both';
  }
  const subj = [...s.before].reverse().find(inPair) ?? s.before.find(inPair);
  if (subj) return subj;
  if (c.cls === 'intent' && /\bwas reached|were reached|agreed\b/i.test(text)) return 'both';
  return null;
}
