/** Country search for pickers: the exact resolution first, then names that start with, then contain, the query. */
import { allCountries, type Country, resolveCountry } from '../core/countries.ts';
import { normalizeName } from '../core/normalize.ts';

export type CountryHit = {
  iso3: string;
  iso2: string;
  name: string;
  names: Country['names'];
  matchedBy?: string;
  numeric?: string;
};

const hit = (c: Country, matchedBy?: string): CountryHit => ({
  iso3: c.iso3,
  iso2: c.iso2,
  name: c.names.en,
  names: c.names,
  ...(c.numeric ? { numeric: c.numeric } : {}),
  ...(matchedBy ? { matchedBy } : {}),
});

let forms: { country: Country; keys: string[] }[] | undefined;

/** Every written form of every country, folded once. */
function searchForms() {
  forms ??= allCountries().map((country) => ({
    country,
    keys: [
      ...Object.values(country.names),
      ...country.aliases,
      ...country.demonyms,
      country.iso3,
      country.iso2,
    ]
      .map(normalizeName)
      .filter(Boolean),
  }));
  return forms;
}

/** Up to `limit` countries for a query in any of the project's languages; every country for an empty one. */
export function searchCountries(query: string, limit = 20): CountryHit[] {
  const q = normalizeName(query);
  if (!q) return allCountries().map((c) => hit(c));
  const out: CountryHit[] = [];
  const seen = new Set<string>();
  const push = (c: Country, how?: string) => {
    if (seen.has(c.iso3) || out.length >= limit) return;
    seen.add(c.iso3);
    out.push(hit(c, how));
  };
  const r = resolveCountry(query);
  if (r.country) push(r.country, r.matchedBy);
  // A code names one country: nothing else is worth suggesting.
  if (r.matchedBy === 'iso3' || r.matchedBy === 'iso2' || r.matchedBy === 'numeric') return out;
  for (const c of r.ambiguous) push(c, 'ambiguous');
  const all = searchForms();
  for (const f of all)
    if (f.keys.some((k) => k.startsWith(q) || k.includes(` ${q}`))) push(f.country, 'prefix');
  if (q.length >= 3) for (const f of all) if (f.keys.some((k) => k.includes(q))) push(f.country, 'contains');
  return out;
}
