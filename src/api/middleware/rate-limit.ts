/**
 * A per-client rate limit (issue 15): a token bucket per client address, `burst` requests at once
 * and `perMinute` a minute after that; a client over it gets 429 with Retry-After. The table of
 * clients is bounded: the least recently seen are forgotten first.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';

type Bucket = { tokens: number; at: number };

/** The client's address, or `local` for a request made in-process (tests). */
function clientOf(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'local';
  } catch {
    return 'local';
  }
}

export function rateLimit(opts: {
  perMinute: number;
  burst: number;
  maxClients?: number;
  now?: () => number;
}): MiddlewareHandler {
  const buckets = new Map<string, Bucket>();
  const now = opts.now ?? Date.now;
  const perMs = opts.perMinute / 60_000;
  return async (c, next) => {
    const key = clientOf(c);
    const t = now();
    const b = buckets.get(key) ?? { tokens: opts.burst, at: t };
    buckets.delete(key);
    b.tokens = Math.min(opts.burst, b.tokens + (t - b.at) * perMs);
    b.at = t;
    buckets.set(key, b);
    if (buckets.size > (opts.maxClients ?? 10_000)) buckets.delete(buckets.keys().next().value!);
    if (b.tokens < 1) {
      const wait = Math.ceil((1 - b.tokens) / perMs / 1000);
      return c.json({ error: `too many requests from this address; try again in ${wait} s` }, 429, {
        'Retry-After': String(wait),
      });
    }
    b.tokens -= 1;
    await next();
  };
}
