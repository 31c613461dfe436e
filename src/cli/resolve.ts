import { countryName, type Resolution, resolveCountry, sortedDyad } from '../core/countries.ts';
import { UserError } from './io.ts';

/** Why a query did not resolve to one country, with the closest candidates. */
export function resolutionFailure(query: string, r: Resolution): UserError {
  if (r.ambiguous.length > 1)
    return new UserError(
      `"${query}" could mean several countries`,
      r.ambiguous.map((c) => `${c.iso3}  ${c.names.en}`),
    );
  return new UserError(
    `no country matches "${query}"`,
    r.suggestions.map((s) => `${s.iso3}  ${s.name}`),
  );
}

/** The ISO3 code a name, alias or code stands for, or a UserError with suggestions. */
export function resolveOrFail(query: string): string {
  const r = resolveCountry(query);
  if (r.country) return r.country.iso3;
  throw resolutionFailure(query, r);
}

/** Resolves both sides of a pair and returns it sorted. */
export function resolveDyad(a: string, b: string): [string, string] {
  const x = resolveOrFail(a);
  const y = resolveOrFail(b);
  if (x === y)
    throw new UserError(`a pair needs two different countries; "${a}" and "${b}" are both ${countryName(x)}`);
  return sortedDyad(x, y);
}

/** Checks a YYYY-MM option. */
export function monthOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(value))
    throw new UserError(`--${name} must be YYYY-MM (or YYYY), got "${value}"`);
  return value;
}

/** Resolves a `--countries A,B,…` list to sorted, distinct ISO3 codes. */
export function countriesOption(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (names.length === 0)
    throw new UserError('--countries needs at least one country, e.g. --countries AZE,UZB');
  return [...new Set(names.map(resolveOrFail))].sort();
}
