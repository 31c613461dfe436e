import { findActor } from '../../core/actors.ts';
import { knownActor, leaderBySurname } from './actor-dictionary.ts';
import type { ActorMention, Recognizer, SentenceFacts } from '../types.ts';
import { countryGazetteer, normWord } from './countries.ts';
import { adjacent, type Token } from './tokens.ts';

type Role = NonNullable<ActorMention['role']>;

const ROLE_WORDS: [RegExp, Role][] = [
  [/^(?:president|presidents|head of state|heads of state|leaders?)$/i, 'head_of_state'],
  [/^(?:prime ministers?|premiers?|heads? of government)$/i, 'head_of_government'],
  [/^(?:foreign ministers?|ministers? of foreign affairs)$/i, 'foreign_minister'],
];
const ROLE =
  '(presidents?|prime ministers?|premiers?|foreign ministers?|ministers? of foreign affairs|heads? of state|heads? of government|leaders)';
const TITLE_OF = new RegExp(
  `\\b${ROLE}\\s+of\\s+(?:the\\s+)?(?:Republic\\s+of\\s+)?(\\p{Lu}[\\p{L}'’-]+)`,
  'giu',
);
const COUNTRY_TITLE = new RegExp(`\\b(\\p{Lu}[\\p{L}'’-]+?)(?:['’]s)?\\s+${ROLE}\\b`, 'gu');
const AND_COUNTRY = /^\s+and\s+(?:the\s+)?(?:Republic\s+of\s+)?(\p{Lu}[\p{L}'’-]+)/u;
const TITLE_WORD = /president|minister|premier|head|leader/i;
const PAIR = new RegExp(`\\b(?:both|the\\s+two)\\s+${ROLE}`, 'giu');

/** Words that start a capitalised run but are not part of a person's name. */
const NOT_NAME = new Set([
  'president',
  'presidents',
  'prime',
  'minister',
  'ministers',
  'foreign',
  'mr',
  'mrs',
  'ms',
  'dr',
  'h',
  'e',
  'his',
  'her',
  'excellency',
  'the',
  'on',
  'in',
  'at',
  'a',
  'an',
  'and',
  'of',
  'both',
  'during',
  'since',
  'after',
  'later',
  'deputy',
  'speaker',
  'chairman',
  'ambassador',
  'secretary',
  'general',
  'king',
  'emir',
  'state',
  'head',
  'vice',
]);

function roleOf(words: string): Role {
  for (const [re, role] of ROLE_WORDS) if (re.test(words.replace(/\s+/g, ' '))) return role;
  return 'head_of_state';
}

const actorCache = new Map<string, string | null>();
/** A title right before a name: a surname alone ("President Nazarbayev") is then a leader's. */
const TITLE_BEFORE =
  /\b(?:president|prime\s+minister|premier|chancellor|king|emir|sultan|sheikh|dictator|leader|ruler|mr\.?)\s+$/i;

/**
 * Country of a person or institution known by this name, or null; cached per name. The project's
 * registry first, then the Phoenix dictionaries ("Saddam Hussein", "Kremlin", "White House"), then
 * (after a title only) the Archigos leaders by surname.
 */
function actorCountry(name: string, titled: boolean): string | null {
  const key = `${titled ? 't' : 'n'}|${name}`;
  let hit = actorCache.get(key);
  if (hit === undefined) {
    const a = findActor(name) as { country?: string } | undefined;
    const known = a
      ? undefined
      : (knownActor(name) ?? (titled && !name.includes(' ') ? leaderBySurname(name) : undefined));
    hit = a ? (a.country ?? '') : known ? known.iso3 : null;
    if (actorCache.size > 20_000) actorCache.clear();
    actorCache.set(key, hit);
  }
  return hit;
}

/** People named in capitalised runs ("President Shavkat Mirziyoyev" → "Shavkat Mirziyoyev"). */
function findNamedActors(text: string, tokens: Token[]): ActorMention[] {
  const out: ActorMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t?.upper || NOT_NAME.has(normWord(t.text)) || countryGazetteer().has(normWord(t.text))) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && j - i < 3) {
      const a = tokens[j] as Token;
      const b = tokens[j + 1] as Token;
      if (!b.upper || !adjacent(text, a, b) || NOT_NAME.has(normWord(b.text))) break;
      j++;
    }
    const run = tokens.slice(i, j + 1);
    let matched = false;
    for (let from = 0; from < run.length && !matched; from++) {
      const part = run.slice(from);
      const name = part.map((p) => p.text.replace(/['’]s$/u, '')).join(' ');
      const titled = TITLE_BEFORE.test(
        text.slice(Math.max(0, (part[0] as Token).start - 16), (part[0] as Token).start),
      );
      const country = actorCountry(name, titled);
      if (country !== null) {
        const first = part[0] as Token;
        const last = part[part.length - 1] as Token;
        const m: ActorMention = { start: first.start, end: last.end, name };
        if (country) m.country = country;
        out.push(m);
        matched = true;
      }
    }
    i = j + 1;
  }
  return out;
}

/** Titles without names: "the President of Uzbekistan", "Azerbaijan's Foreign Minister", "both Presidents". */
function findTitles(text: string): ActorMention[] {
  const out: ActorMention[] = [];
  if (!TITLE_WORD.test(text)) return out;
  const gaz = countryGazetteer();
  for (const re of [TITLE_OF, COUNTRY_TITLE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [roleWords, countryWord] = re === TITLE_OF ? [m[1], m[2]] : [m[2], m[1]];
      const hit = gaz.get(normWord(countryWord ?? ''));
      if (!hit) continue;
      const role = roleOf(roleWords ?? '');
      out.push({ start: m.index, end: m.index + m[0].length, role, country: hit.iso3 });
      // "the presidents of Kazakhstan and Uzbekistan": one title, two holders.
      const and =
        re === TITLE_OF && /s$/i.test(roleWords ?? '')
          ? AND_COUNTRY.exec(text.slice(m.index + m[0].length))
          : null;
      const second = and ? gaz.get(normWord(and[1] ?? '')) : undefined;
      if (and && second) {
        const end = m.index + m[0].length + and[0].length;
        out.push({ start: end - (and[1] ?? '').length, end, role, country: second.iso3 });
      }
    }
  }
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(text); m; m = PAIR.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, role: roleOf(m[1] ?? ''), pair: true });
  }
  return out;
}

/** Named people and the titles that do not overlap them, in text order. */
export function namedThenTitles(named: ActorMention[], titles: ActorMention[]): ActorMention[] {
  const free = titles.filter((t) => !named.some((n) => n.start < t.end && t.start < n.end));
  return [...named, ...free].sort((a, b) => a.start - b.start);
}

/** The leader recogniser: named people, then titles, in text order. */
export const leaderRecognizer: Recognizer = {
  name: 'leaders',
  recognize(facts: SentenceFacts) {
    const text = facts.sentence.text;
    facts.actors = namedThenTitles(findNamedActors(text, facts.tokens), findTitles(text));
  },
};
