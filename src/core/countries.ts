import data from '../../data/countries.json' with { type: 'json' };
import { normalizeName } from './normalize.ts';

/** One ISO 3166-1 entry with every form by which sources name it (see DATA.md for origins). */
export type Country = {
  iso3: string;
  iso2: string;
  numeric: string;
  /** FIPS 10-4 code, as GDELT's geography fields write it. */
  fips?: string;
  /** Correlates of War state number, where COW has one. */
  cow?: string;
  names: { en: string; ru: string; az: string; uz: string; uzCyrl: string };
  /** Names ICEWS writes in its country columns. */
  icews: string[];
  aliases: string[];
  demonyms: string[];
  capitals: string[];
};

/** How a query reached its country. */
export type MatchKind =
  | 'iso3'
  | 'iso2'
  | 'numeric'
  | 'fips'
  | 'name'
  | 'alias'
  | 'demonym'
  | 'capital'
  | 'icews';

/**
 * The outcome of resolving a name or code: the country when exactly one fits, every candidate when
 * several fit equally well, and otherwise the nearest names by edit distance.
 */
export type Resolution = {
  country?: Country;
  matchedBy?: MatchKind;
  ambiguous: Country[];
  suggestions: { iso3: string; name: string; distance: number }[];
};

const COUNTRIES: readonly Country[] = data as Country[];

/** Every ISO 3166-1 entry, sorted by ISO3. */
export function allCountries(): readonly Country[] {
  return COUNTRIES;
}

type Hit = { country: Country; kind: MatchKind; rank: number };
type Index = {
  iso3: Map<string, Country>;
  iso2: Map<string, Country>;
  numeric: Map<string, Country>;
  fips: Map<string, Country>;
  icews: Map<string, Country>;
  forms: Map<string, Hit[]>;
};

// A name beats an alias or ICEWS form, which beats a demonym, which beats a capital: "Kingston"
// is ambiguous only among capitals, while a word that is one country's name and another's capital
// goes to the first.
const RANK: Record<string, number> = { name: 0, alias: 1, icews: 1, demonym: 2, capital: 3 };

let index: Index | undefined;

/** Built on first use, once: every later lookup of an exact form is one Map read. */
function getIndex(): Index {
  if (index) return index;
  const built: Index = {
    iso3: new Map(),
    iso2: new Map(),
    numeric: new Map(),
    fips: new Map(),
    icews: new Map(),
    forms: new Map(),
  };
  const add = (form: string, country: Country, kind: MatchKind) => {
    const key = normalizeName(form);
    if (key === '') return;
    const rank = RANK[kind] ?? 9;
    const hits = built.forms.get(key) ?? [];
    const same = hits.find((h) => h.country === country);
    if (same === undefined) hits.push({ country, kind, rank });
    else if (rank < same.rank) Object.assign(same, { kind, rank });
    built.forms.set(key, hits);
  };
  for (const c of COUNTRIES) {
    built.iso3.set(c.iso3, c);
    built.iso2.set(c.iso2, c);
    built.numeric.set(c.numeric, c);
    if (c.fips) built.fips.set(c.fips, c);
    for (const n of Object.values(c.names)) add(n, c, 'name');
    for (const n of c.aliases) add(n, c, 'alias');
    for (const n of c.icews) {
      add(n, c, 'icews');
      built.icews.set(normalizeName(n), c);
    }
    for (const n of c.demonyms) add(n, c, 'demonym');
    for (const n of c.capitals) add(n, c, 'capital');
  }
  index = built;
  return built;
}

/** The country with this exact ISO 3166-1 alpha-3 code. */
export function getCountry(iso3: string): Country | undefined {
  return getIndex().iso3.get(iso3);
}

/**
 * Resolves a code (ISO alpha-3, alpha-2, numeric) or a name, alias, demonym, capital or ICEWS name
 * in English, Russian, Azerbaijani or Uzbek (Latin or Cyrillic), ignoring case and diacritics.
 * A bare two-letter code is read as ISO alpha-2, never FIPS (use {@link fipsToIso3} for FIPS).
 */
export function resolveCountry(query: string): Resolution {
  const idx = getIndex();
  const q = query.trim();
  const found = (country: Country, matchedBy: MatchKind): Resolution => ({
    country,
    matchedBy,
    ambiguous: [],
    suggestions: [],
  });
  if (/^[A-Za-z]{3}$/.test(q)) {
    const c = idx.iso3.get(q.toUpperCase());
    if (c) return found(c, 'iso3');
  }
  if (/^[A-Za-z]{2}$/.test(q)) {
    const c = idx.iso2.get(q.toUpperCase());
    if (c) return found(c, 'iso2');
  }
  if (/^\d{1,3}$/.test(q)) {
    const c = idx.numeric.get(q.padStart(3, '0'));
    return c ? found(c, 'numeric') : { ambiguous: [], suggestions: [] };
  }
  const key = normalizeName(q);
  const hits = idx.forms.get(key);
  if (hits && hits.length > 0) {
    const best = Math.min(...hits.map((h) => h.rank));
    const top = hits.filter((h) => h.rank === best);
    if (top.length === 1 && top[0]) return found(top[0].country, top[0].kind);
    const ambiguous = top.map((h) => h.country).sort((a, b) => (a.iso3 < b.iso3 ? -1 : 1));
    return { ambiguous, suggestions: [] };
  }
  return { ambiguous: [], suggestions: suggest(key, idx) };
}

const MAX_SUGGESTIONS = 5;

/** The nearest countries by edit distance over every indexed form, closest first. */
function suggest(key: string, idx: Index): Resolution['suggestions'] {
  if (key === '') return [];
  // Beyond this many edits a "suggestion" is noise rather than a likely typo.
  const limit = Math.max(2, Math.ceil(key.length * 0.4));
  const best = new Map<Country, number>();
  for (const [form, hits] of idx.forms) {
    if (Math.abs(form.length - key.length) > limit) continue;
    const d = editDistance(key, form);
    if (d > limit) continue;
    for (const h of hits) {
      const prev = best.get(h.country);
      if (prev === undefined || d < prev) best.set(h.country, d);
    }
  }
  return [...best]
    .sort(([a, da], [b, db]) => da - db || (a.names.en < b.names.en ? -1 : 1))
    .slice(0, MAX_SUGGESTIONS)
    .map(([c, distance]) => ({ iso3: c.iso3, name: c.names.en, distance }));
}

/** Damerau–Levenshtein distance (optimal string alignment: adjacent swaps count one). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  const at = (i: number, j: number) => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, at(i - 2, j - 2) + 1);
      d[i * cols + j] = v;
    }
  }
  return at(a.length, b.length);
}

/** ISO3 for a FIPS 10-4 code (GDELT geography), case-insensitive. */
export function fipsToIso3(fips: string): string | undefined {
  return getIndex().fips.get(fips.trim().toUpperCase())?.iso3;
}

/**
 * ISO3 for a country name as ICEWS writes it ("Russian Federation"); falls back to the other
 * names and aliases when the exact ICEWS form is not listed.
 */
export function iso3FromIcewsName(name: string): string | undefined {
  const idx = getIndex();
  const key = normalizeName(name);
  const exact = idx.icews.get(key);
  if (exact) return exact.iso3;
  const hits = (idx.forms.get(key) ?? []).filter((h) => h.rank <= 1);
  return hits.length === 1 ? hits[0]?.country.iso3 : undefined;
}

/** English short name of a country, or the code itself when it is unknown. */
export function countryName(iso3: string): string {
  return getCountry(iso3)?.names.en ?? iso3;
}

/** A dyad in its stored order: the two ISO3 codes sorted. */
export function sortedDyad(a: string, b: string): [string, string] {
  return a <= b ? [a, b] : [b, a];
}
