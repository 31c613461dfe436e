/** Shared pieces of the route modules: error bodies, country resolution, query lists. */
import type { Context } from 'hono';
import type { z } from 'zod';
import { countryName, type Resolution, resolveCountry, sortedDyad } from '../core/countries.ts';
import type { Dyad } from '../core/types.ts';
import { fieldPath } from '../store/dossier-file.ts';

export type ErrorBody = {
  error: string;
  field?: string;
  errors?: { field: string; message: string; line?: number; column?: number }[];
};

/** A zod failure as a 400 body naming the field (`events[0].summary`, `query.from`). */
export function validationError(error: z.ZodError, target: string): ErrorBody {
  const errors = error.issues.map((i) => ({
    field: fieldPath([...(target === 'json' ? [] : [target]), ...i.path]),
    message: i.message,
  }));
  const first = errors[0];
  return {
    error: first ? `${first.field || 'body'}: ${first.message}` : 'invalid request',
    ...(first ? { field: first.field } : {}),
    errors,
  };
}

/** `defaultHook` of the app: every validation failure is a 400 that names the field. */
export function validationHook(
  result: { success: true } | { success: false; error: z.ZodError; target: string },
  c: Context,
) {
  if (!result.success) return c.json(validationError(result.error, result.target), 400);
  return undefined;
}

export type NotFound = { error: string; suggestions: { iso3: string; name: string }[] };

/** Why a name did not resolve: the ambiguous candidates, else the nearest names. */
export function notFoundBody(query: string, r: Resolution): NotFound {
  if (r.ambiguous.length > 1)
    return {
      error: `"${query}" could mean several countries`,
      suggestions: r.ambiguous.map((c) => ({ iso3: c.iso3, name: c.names.en })),
    };
  return {
    error: `no country matches "${query}"`,
    suggestions: r.suggestions.map((s) => ({ iso3: s.iso3, name: s.name })),
  };
}

export type Resolved<T> =
  | { ok: true; value: T }
  | { ok: false; status: 400 | 404; body: ErrorBody | NotFound };

/** The ISO3 code a name or code stands for. */
export function resolveOne(query: string): Resolved<string> {
  const r = resolveCountry(query);
  if (r.country) return { ok: true, value: r.country.iso3 };
  return { ok: false, status: 404, body: notFoundBody(query, r) };
}

/** Both sides of a pair, sorted; the same country twice is a 400. */
export function resolvePair(a: string, b: string): Resolved<Dyad> {
  const x = resolveOne(a);
  if (!x.ok) return x;
  const y = resolveOne(b);
  if (!y.ok) return y;
  if (x.value === y.value)
    return {
      ok: false,
      status: 400,
      body: {
        error: `a pair needs two different countries; "${a}" and "${b}" are both ${countryName(x.value)}`,
        field: 'b',
      },
    };
  return { ok: true, value: sortedDyad(x.value, y.value) };
}

/** `a,b, c` → ['a', 'b', 'c']; absent or empty → undefined. */
export function listParam(value: string | undefined): string[] | undefined {
  const items = value
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return items?.length ? items : undefined;
}
