import { allCountries, getCountry } from '../../core/countries.ts';
import { phoenixPlaces } from './actor-dictionary.ts';
import { normalizeName } from '../../core/normalize.ts';
import type { CountryMention, Recognizer, SentenceFacts } from '../types.ts';
import { type Token, tokenize } from './tokens.ts';

type Entry = { iso3: string; kind: CountryMention['kind'] };

const MAX_WORDS = 6;
let gazetteer: Map<string, Entry> | undefined;
/** Every word-prefix of a gazetteer key ("united", "united arab"): a run that is none stops early. */
let prefixes: Set<string> | undefined;
const normCache = new Map<string, string>();

/** Normalised form of one word, cached: the same few thousand words recur across sentences. */
export function normWord(word: string): string {
  let n = normCache.get(word);
  if (n === undefined) {
    const bare = word.replace(/['’]s$/u, '');
    n = normalizeName(bare);
    if (normCache.size > 50_000) normCache.clear();
    normCache.set(word, n);
  }
  return n;
}

/** A Phoenix variant that names a people ("Palestinians", "Guyanese"), not a place. */
const PEOPLE_WORD = /(?:ians?|ese|ish|ans|is)$/;

/**
 * What a Phoenix entry is: a people ("Palestinians"), a variant of the country's name ("U.S.",
 * "Irak": an abbreviation, or the registry name's first four letters), else a city or region,
 * which is never taken for a party ("Salisbury" is also Harare's old name).
 */
function phoenixKind(name: string, iso3: string): CountryMention['kind'] {
  if (PEOPLE_WORD.test(name)) return 'demonym';
  const official = getCountry(iso3)?.names.en?.toLowerCase() ?? '';
  if (/^(?:\w\.)+$/.test(name) || (official.length >= 4 && name.startsWith(official.slice(0, 4))))
    return 'name';
  return 'place';
}

/**
 * Every name, alias, demonym and capital of every country, normalised, to its ISO3 code, then the
 * Phoenix dictionaries' variants and cities. Built once; a name that two countries share keeps the
 * first (names win over demonyms, demonyms over capitals, the registry over Phoenix).
 */
export function countryGazetteer(): Map<string, Entry> {
  if (gazetteer) return gazetteer;
  const map = new Map<string, Entry>();
  const add = (name: string | undefined, iso3: string, kind: Entry['kind']) => {
    if (!name) return;
    const key = tokenize(name)
      .map((t) => normWord(t.text))
      .join(' ');
    if (key.length < 3 || map.has(key)) return;
    map.set(key, { iso3, kind });
  };
  const countries = allCountries();
  for (const c of countries) {
    for (const n of Object.values(c.names)) add(n, c.iso3, 'name');
    for (const a of c.aliases) add(a, c.iso3, 'name');
  }
  for (const c of countries) for (const d of c.demonyms) add(d, c.iso3, 'demonym');
  // "Washington, D.C." is "Washington" in news ("Washington said").
  for (const c of countries) for (const k of c.capitals) add(k.split(',')[0], c.iso3, 'capital');
  // The Phoenix dictionaries' variants, adjectives and cities ("Palestinians", "U.S.", "Jericho").
  for (const [name, iso3] of phoenixPlaces()) add(name, iso3, phoenixKind(name, iso3));
  gazetteer = map;
  prefixes = new Set();
  for (const key of map.keys()) {
    for (let sp = key.indexOf(' '); sp > 0; sp = key.indexOf(' ', sp + 1)) prefixes.add(key.slice(0, sp));
  }
  return map;
}

/** Country mentions among the tokens: longest match first, starting only at capitalised words. */
export function findCountries(tokens: Token[]): CountryMention[] {
  const gaz = countryGazetteer();
  const out: CountryMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first?.upper) continue;
    let key = '';
    let best: { entry: Entry; last: number } | undefined;
    for (let j = i; j < tokens.length && j < i + MAX_WORDS; j++) {
      const tok = tokens[j];
      if (!tok) break;
      key = j === i ? normWord(tok.text) : `${key} ${normWord(tok.text)}`;
      const hit = gaz.get(key);
      if (hit) best = { entry: hit, last: j };
      if (!prefixes?.has(key)) break;
    }
    if (best) {
      const last = tokens[best.last] ?? first;
      out.push({ start: first.start, end: last.end, iso3: best.entry.iso3, kind: best.entry.kind });
      i = best.last;
    }
  }
  return out;
}

/** Words that look like names of countries but, in these texts, name something else. */
const NOT_COUNTRY = /^(?:Organi[sz]ation|Union|Movement|Council|Group|Fund|Bank|Cooperation|Commonwealth)\b/;

/** The country recogniser of the pipeline. */
export const countryRecognizer: Recognizer = {
  name: 'countries',
  recognize(facts: SentenceFacts) {
    const text = facts.sentence.text;
    facts.countries = findCountries(facts.tokens).filter((c) => !NOT_COUNTRY.test(text.slice(c.end + 1)));
  },
};
