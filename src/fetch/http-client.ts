/**
 * The little HTTP this needs, on Node's own `http`/`https`: GET with redirects followed, an idle
 * timeout, and errors sorted into those worth retrying (network errors, timeouts, 5xx) and those
 * not (404 and other 4xx).
 */

import http from 'node:http';
import type { IncomingMessage } from 'node:http';
import https from 'node:https';
import { pause } from './pause.ts';

/** A failed request; `retryable` says whether trying again may help. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly status?: number,
  ) {
    super(message);
  }
}

export type GetOptions = {
  /** Extra request headers (`Range`). */
  headers?: Record<string, string>;
  /** Fail (retryably) when no byte arrives for this long. */
  idleTimeoutMs: number;
  signal?: AbortSignal;
};

const MAX_REDIRECTS = 5;

/** Network errors and timeouts are worth retrying; an abort never is. */
function networkError(err: Error, url: string, signal: AbortSignal | undefined): HttpError {
  if (signal?.aborted) return new HttpError(`${url}: stopped`, false);
  return new HttpError(`${url}: ${err.message}`, true);
}

/**
 * GETs `url` and resolves with the response once its headers are in: 2xx (and 416, for the
 * caller's `Range` logic) as they are, redirects followed; other statuses reject with an
 * `HttpError`, retryable for 5xx. The body's idle timeout stays armed: a stalled body errors.
 */
export function get(url: string, opts: GetOptions, redirects = 0): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const client = url.startsWith('https:') ? https : http;
    const req = client.get(url, {
      headers: { 'user-agent': 'bilateral-fetch', ...opts.headers },
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
    let response: IncomingMessage | undefined;
    req.setTimeout(opts.idleTimeoutMs, () => {
      const err = new HttpError(`${url}: no data for ${opts.idleTimeoutMs / 1000} s`, true);
      // Once the body flows, its reader must see the timeout, not a bare abort.
      if (response) response.destroy(err);
      else req.destroy(err);
    });
    req.on('error', (err) => reject(err instanceof HttpError ? err : networkError(err, url, opts.signal)));
    req.once('response', (res) => {
      response = res;
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (status >= 300 && status < 400 && location) {
        res.resume();
        if (redirects >= MAX_REDIRECTS) reject(new HttpError(`${url}: too many redirects`, false, status));
        else get(new URL(location, url).toString(), opts, redirects + 1).then(resolve, reject);
        return;
      }
      if ((status >= 200 && status < 300) || status === 416) {
        resolve(res);
        return;
      }
      res.resume();
      const what = status === 404 ? 'not found (404)' : `HTTP ${status}`;
      reject(new HttpError(`${url}: ${what}`, status >= 500, status));
    });
  });
}

export type RetryOptions = {
  /** Attempts after the first. */
  retries: number;
  /** Wait before the first retry; each next one waits twice as long. */
  backoffMs: number;
  signal?: AbortSignal;
  /** Told of each retry (for the progress log). */
  onRetry?: (err: HttpError, attempt: number) => void;
};

/** Runs `attempt` until it succeeds, a non-retryable error, or the retries are spent (exponential back-off). */
export async function withRetries<T>(attempt: () => Promise<T>, opts: RetryOptions): Promise<T> {
  for (let n = 0; ; n++) {
    try {
      return await attempt();
    } catch (err) {
      const e = err instanceof HttpError ? err : new HttpError(String((err as Error).message ?? err), true);
      if (!e.retryable || n >= opts.retries || opts.signal?.aborted) throw e;
      opts.onRetry?.(e, n + 1);
      await pause(opts.backoffMs * 2 ** n, opts.signal);
    }
  }
}

/** Most bytes a list or API answer may have (GDELT 2.0's master list is some hundreds of MB). */
const MAX_TEXT = 2e9;

/**
 * The lines of a text at `url`, each passed through `keep` (dropped when it returns undefined),
 * streamed so only what is kept is held. A failed attempt starts over.
 */
export function getLines<T>(
  url: string,
  keep: (line: string) => T | undefined,
  opts: Omit<GetOptions, 'headers'> & RetryOptions,
): Promise<T[]> {
  return withRetries(async () => {
    const res = await get(url, opts);
    const out: T[] = [];
    let rest = '';
    let seen = 0;
    try {
      for await (const chunk of res) {
        seen += (chunk as Buffer).length;
        if (seen > MAX_TEXT) throw new HttpError(`${url}: longer than ${MAX_TEXT / 1e9} GB`, false);
        const lines = (rest + (chunk as Buffer).toString('utf8')).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) {
          const kept = keep(line.replace(/\r$/, ''));
          if (kept !== undefined) out.push(kept);
        }
      }
    } catch (err) {
      throw err instanceof HttpError ? err : networkError(err as Error, url, opts.signal);
    }
    const last = rest === '' ? undefined : keep(rest.replace(/\r$/, ''));
    if (last !== undefined) out.push(last);
    return out;
  }, opts);
}
