import { countryName, type Resolution, resolveCountry, sortedDyad } from '../core/countries.ts';
import { monthProblem, rangeProblem } from '../core/month-range.ts';
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

/** Checks a YYYY-MM (or YYYY) option: its form and the months any command accepts (core/month-range.ts). */
export function monthOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const problem = monthProblem(value);
  if (problem) throw new UserError(`--${name}: ${problem}`);
  return value;
}

/** Checks `--from` and `--to` together: each a month in range, `--from` not after `--to`. */
export function rangeOptions(from: string | undefined, to: string | undefined): void {
  const problem = rangeProblem(from, to, { from: '--from', to: '--to' });
  if (problem) throw new UserError(`${problem.field}: ${problem.message}`);
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
