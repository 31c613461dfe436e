import type { ActorMention, CountryMention, Recognizer, SentenceFacts } from '../types.ts';
import { agentSector } from './actor-dictionary.ts';
import { normWord } from './countries.ts';
import type { Token } from './tokens.ts';

/** Words that stand for a state's side in news beside the Phoenix agents ("the Turkish side"). */
const SIDE: Record<string, string> = {
  side: 'GOV',
  delegation: 'GOV',
  authorities: 'GOV',
  officials: 'GOV',
  official: 'GOV',
  leadership: 'GOV',
  leaders: 'GOV',
  diplomats: 'GOV',
  forces: 'MIL',
};
/** How many words may stand between a demonym and its agent ("Serbian military police"). */
const GAP = 2;
/** Titles are the leader recogniser's ("the Uzbek president" is a person). */
const TITLE = /^(?:president|presidents|minister|ministers|premier|prime|leader|king|emir|chancellor|head)$/;
/** "a court in Guyana", "the army of Sudan": an agent before its country. */
const OF_IN = /([\p{L}]+)\s+(?:of|in|from)\s+(?:the\s+)?$/u;

function sectorOf(tokens: readonly Token[], i: number): { sector: string; last: number } | undefined {
  const one = normWord(tokens[i]?.text ?? '');
  const two = tokens[i + 1] ? `${one} ${normWord(tokens[i + 1]?.text ?? '')}` : '';
  const s2 = two ? agentSector(two) : undefined;
  if (s2) return { sector: s2, last: i + 1 };
  if (TITLE.test(one)) return undefined;
  const s1 = SIDE[one] ?? agentSector(one);
  return s1 ? { sector: s1, last: i } : undefined;
}

/**
 * Generic agents of a country: a demonym or a country's name followed by an agent ("Guyanese
 * police", "Rwandan rebels", "Israel's high court", "the Turkish side"), or an agent followed by
 * "in/of" and a country ("a court in Guyana"). Agents and their sectors are the Phoenix
 * dictionaries'. Offsets within the sentence.
 */
export function findAgents(
  text: string,
  tokens: readonly Token[],
  countries: readonly CountryMention[],
): ActorMention[] {
  const out: ActorMention[] = [];
  for (const c of countries) {
    if (c.kind === 'place') continue;
    const at = tokens.findIndex((t) => t.start >= c.end);
    // A country's name owns an agent only as a possessive ("Israel's high court"); a demonym is an adjective.
    const gap = c.kind === 'demonym' || /['’]s$/.test(text.slice(c.start, c.end + 2)) ? GAP : 0;
    for (let k = 0; at >= 0 && k <= gap && at + k < tokens.length; k++) {
      const hit = sectorOf(tokens, at + k);
      if (hit) {
        const end = (tokens[hit.last] as Token).end;
        out.push({
          start: c.start,
          end,
          name: text.slice(c.start, end),
          country: c.iso3,
          sector: hit.sector,
        });
        break;
      }
      // Only adjectives and nouns in lower case stand between ("Serbian military police").
      if ((tokens[at + k] as Token).upper) break;
    }
    const lead = OF_IN.exec(text.slice(Math.max(0, c.start - 40), c.start));
    const word = lead ? tokens.findLast((t) => t.end <= c.start && t.text === lead[1]) : undefined;
    const agent = word ? sectorOf([word], 0) : undefined;
    if (word && agent) {
      out.push({
        start: word.start,
        end: c.end,
        name: text.slice(word.start, c.end),
        country: c.iso3,
        sector: agent.sector,
      });
    }
  }
  return out;
}

/** The agent recogniser: adds agents to the sentence's actors, in text order. */
export const agentRecognizer: Recognizer = {
  name: 'agents',
  recognize(facts: SentenceFacts) {
    const agents = findAgents(facts.sentence.text, facts.tokens, facts.countries).filter(
      (a) => !facts.actors.some((x) => x.start < a.end && a.start < x.end),
    );
    if (agents.length > 0) facts.actors = [...facts.actors, ...agents].sort((a, b) => a.start - b.start);
  },
};
