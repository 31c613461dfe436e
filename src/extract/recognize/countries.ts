import { allCountries } from '../../core/countries.ts';
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

/**
 * Every name, alias, demonym and capital of every country, normalised, to its ISO3 code. Built
 * once from the registry; a name that two countries share keeps the first (names win over
 * demonyms, demonyms over capitals).
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
  for (const c of countries) for (const k of c.capitals) add(k, c.iso3, 'capital');
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
