/** Response helpers shared by the route modules. */
import type { Context } from 'hono';
import type { ResponseCache } from '../response-cache.ts';
import type { Resolved } from '../route-helpers.ts';

const JSON_TYPE = 'application/json; charset=UTF-8';

/**
 * A JSON 200. Typed as `never` on purpose: the route's response schema documents the shape, and
 * the services' own types (not a copy of them) are what the handlers return.
 */
export function json(c: Context, value: unknown, status: 200 | 201 = 200): never {
  return c.json(value as object, status) as never;
}

/** The error response of a failed resolution (404 with suggestions, or 400). */
export function jsonError(c: Context, failed: Extract<Resolved<unknown>, { ok: false }>): never {
  return c.json(failed.body, failed.status) as never;
}

/** A JSON answer computed once per key until the next write, then sent as the stored string. */
export async function cachedJson(
  c: Context,
  cache: ResponseCache,
  key: string,
  compute: () => unknown | Promise<unknown>,
): Promise<never> {
  let hit = cache.get(key);
  if (!hit) {
    const generation = cache.generation;
    // Kept as bytes: a cached answer is sent without encoding it again.
    hit = { body: new TextEncoder().encode(JSON.stringify(await compute())), contentType: JSON_TYPE };
    if (cache.generation === generation) cache.set(key, hit);
  }
  return c.body(hit.body as string, 200, { 'Content-Type': hit.contentType }) as never;
}
