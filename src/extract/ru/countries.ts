import { allCountries } from '../../core/countries.ts';
import { type Token, tokenize } from '../recognize/tokens.ts';
import type { CountryMention, Recognizer, SentenceFacts } from '../types.ts';
import { RU_COUNTRY_FORMS } from './country-forms.ts';
import { foldRu, nameKeys, stemRu } from './stem.ts';

type Entry = { iso3: string; kind: CountryMention['kind']; upper: boolean };

const CYRILLIC = /[\u0400-\u04ff]/;
const MAX_WORDS = 4;
/** Stems shorter than this are too common to stand alone ("бак" of Баку): such names match by form. */
const MIN_STEM = 4;

type Gazetteer = {
  /** Exact lower-case forms of one-word names in their cases. */
  forms: Map<string, Entry>;
  /** Stems of one-word names, stem sequences of longer ones ("российск федерац"). */
  stems: Map<string, Entry>;
  /** Every proper prefix of a longer key: a run that is none stops early. */
  prefixes: Set<string>;
  /** First parts of compound adjectives ("узбекско" of "узбекско-казахстанские"). */
  compounds: Map<string, string>;
};

let gazetteer: Gazetteer | undefined;

/**
 * Every Russian name, alias, adjective and capital of every country, from the registry and the
 * Russian table, keyed by stem and by form. Built once; a key two countries share keeps the first
 * (names over adjectives over capitals).
 */
export function ruGazetteer(): Gazetteer {
  if (gazetteer) return gazetteer;
  const g: Gazetteer = { forms: new Map(), stems: new Map(), prefixes: new Set(), compounds: new Map() };
  const add = (name: string | undefined, iso3: string, kind: Entry['kind']) => {
    if (!name || !CYRILLIC.test(name)) return;
    const words = tokenize(name);
    const upper = kind !== 'demonym';
    const entry: Entry = { iso3, kind, upper };
    if (words.length === 1) {
      const word = (words[0] as Token).text;
      // Abbreviations (РФ, КНР, США) match as written.
      if (/^\p{Lu}{2,}$/u.test(word)) {
        if (!g.forms.has(foldRu(word))) g.forms.set(foldRu(word), entry);
        return;
      }
      const { forms, stems } = nameKeys(word);
      for (const f of forms) if (!g.forms.has(f)) g.forms.set(f, entry);
      for (const s of stems) if (s.length >= MIN_STEM && !g.stems.has(s)) g.stems.set(s, entry);
      return;
    }
    const key = words.map((w) => stemRu(w.text)).join(' ');
    if (!g.stems.has(key)) g.stems.set(key, entry);
    for (let sp = key.indexOf(' '); sp > 0; sp = key.indexOf(' ', sp + 1)) g.prefixes.add(key.slice(0, sp));
  };
  const countries = allCountries();
  for (const c of countries) {
    add(c.names.ru, c.iso3, 'name');
    for (const a of c.aliases) add(a, c.iso3, 'name');
    for (const n of RU_COUNTRY_FORMS[c.iso3]?.names ?? []) add(n, c.iso3, 'name');
  }
  for (const c of countries) {
    for (const d of c.demonyms) add(d, c.iso3, 'demonym');
    for (const d of RU_COUNTRY_FORMS[c.iso3]?.adjectives ?? []) add(d, c.iso3, 'demonym');
    for (const p of RU_COUNTRY_FORMS[c.iso3]?.compounds ?? []) g.compounds.set(p, c.iso3);
  }
  for (const c of countries) {
    for (const k of c.capitals) add(k, c.iso3, 'capital');
    for (const k of RU_COUNTRY_FORMS[c.iso3]?.capitals ?? []) add(k, c.iso3, 'capital');
  }
  gazetteer = g;
  return g;
}

const wordCache = new Map<string, Entry | null>();

/** The country a single word names, by form then by stem; cached per word as written. */
function wordEntry(g: Gazetteer, tok: Token): Entry | undefined {
  let hit = wordCache.get(tok.text);
  if (hit === undefined) {
    hit = g.forms.get(foldRu(tok.text)) ?? g.stems.get(stemRu(tok.text)) ?? null;
    if (wordCache.size > 50_000) wordCache.clear();
    wordCache.set(tok.text, hit);
  }
  return hit && (!hit.upper || tok.upper) ? hit : undefined;
}

/**
 * Country mentions in a Russian sentence: names in any case (Узбекистан, Узбекистана,
 * Узбекистаном), adjectives (узбекский, узбекского), both halves of compound adjectives
 * (узбекско-казахстанские), multi-word names (Российской Федерации), capitals; longest first.
 */
export function findCountriesRu(text: string, tokens: readonly Token[]): CountryMention[] {
  const g = ruGazetteer();
  const out: CountryMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    if (!CYRILLIC.test(first.text)) continue;
    const compound = text.charCodeAt(first.end) === 45 ? g.compounds.get(foldRu(first.text)) : undefined;
    if (compound) {
      out.push({ start: first.start, end: first.end, iso3: compound, kind: 'demonym' });
      continue;
    }
    let best: { entry: Entry; last: number } | undefined;
    const single = wordEntry(g, first);
    if (single) best = { entry: single, last: i };
    let key = stemRu(first.text);
    for (let j = i + 1; j < tokens.length && j < i + MAX_WORDS && g.prefixes.has(key); j++) {
      key = `${key} ${stemRu((tokens[j] as Token).text)}`;
      const hit = g.stems.get(key);
      if (hit && (!hit.upper || first.upper)) best = { entry: hit, last: j };
    }
    if (best) {
      const last = tokens[best.last] as Token;
      out.push({ start: first.start, end: last.end, iso3: best.entry.iso3, kind: best.entry.kind });
      i = best.last;
    }
  }
  return out;
}

/** The Russian country recogniser. */
export const ruCountryRecognizer: Recognizer = {
  name: 'countries-ru',
  recognize(facts: SentenceFacts) {
    facts.countries = findCountriesRu(facts.sentence.text, facts.tokens);
  },
};
