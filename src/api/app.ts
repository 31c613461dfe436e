/**
 * The HTTP API and the dashboard as one Hono app, with no socket: tests call `app.request(...)`,
 * and server.ts listens. Reading is open; writing needs the bearer token.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { LevelInputError } from '../core/level/input-error.ts';
import type { AppDeps, RouteDeps } from './deps.ts';
import { ExtractBusyError, ExtractPool } from './extract/pool.ts';
import { rateLimit } from './middleware/rate-limit.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { loadReport } from './report-loader.ts';
import { ResponseCache } from './response-cache.ts';
import { validationHook } from './route-helpers.ts';
import { countryRoutes } from './routes/countries.ts';
import { dyadRoutes } from './routes/dyads.ts';
import { levelRoutes } from './routes/level.ts';
import { pairRoutes } from './routes/pairs.ts';
import { reportRoutes } from './routes/report.ts';
import { staticRoutes } from './routes/static.ts';
import { writeRoutes } from './routes/write.ts';

export type { AppDeps } from './deps.ts';

/** How long one write attempt blocks on another process's lock before retrying asynchronously (ms). */
export const SERVER_BUSY_TIMEOUT_MS = 25;

const MALFORMED_ADDRESS = 'malformed percent-encoding in the address';

/** Largest body the open extraction endpoint takes (its text: 200,000 characters at most). */
export const MAX_EXTRACT_BYTES = 256 * 1024;

/** Largest request body accepted (a long pasted page or a big dossier). */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** A 413 for a body over `maxSize` bytes, refused before it is read whole. */
const limitBody = (maxSize: number) =>
  bodyLimit({ maxSize, onError: (c) => c.json({ error: `the body is larger than ${maxSize} bytes` }, 413) });

/** Builds the app: the API under /api, its description at /openapi.json, the dashboard at /. */
export function createApp(deps: AppDeps) {
  const now = deps.now ?? (() => new Date());
  let report = deps.report;
  // Writes wait for another process's lock by retrying asynchronously (KnowledgeBase.retryBusy), so
  // SQLite's own, blocking wait is kept short: the event loop never stalls for long.
  deps.kb.setBusyTimeout(SERVER_BUSY_TIMEOUT_MS);
  deps.kb.changedElsewhere();
  const routeDeps: RouteDeps = {
    kb: deps.kb,
    lake: deps.lake,
    reference: deps.reference,
    indicators: deps.indicators,
    now,
    month: () => now().toISOString().slice(0, 7),
    // Any commit by another process (a CLI import, another server) empties the cache.
    cache: new ResponseCache({ changed: () => deps.kb.changedElsewhere() }),
    extract: new ExtractPool(),
    report: async () => {
      report ??= await loadReport();
      return report;
    },
  };
  // The lake grew (serve --follow): answers computed from it are stale.
  deps.onLakeReload?.(() => routeDeps.cache.clear());
  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.use('*', securityHeaders());
  // An address that does not decode is the client's mistake (or probe), answered before any route.
  app.use('*', async (c, next) => {
    try {
      decodeURIComponent(new URL(c.req.url).pathname);
    } catch {
      return c.json({ error: MALFORMED_ADDRESS }, 400);
    }
    await next();
  });
  // The open extraction endpoint: a bounded body, a rate per client, the work on a worker thread.
  app.use('/api/extract', limitBody(MAX_EXTRACT_BYTES));
  // A lake another process ingested into is read again before the request is answered.
  const refreshLake = deps.refreshLake;
  if (refreshLake)
    app.use('/api/*', async (_c, next) => {
      await refreshLake();
      await next();
    });
  app.on('POST', '/api/extract', rateLimit(deps.extractRate ?? { perMinute: 30, burst: 10 }));
  app.use('/api/*', limitBody(MAX_BODY_BYTES));
  countryRoutes(app, routeDeps);
  dyadRoutes(app, routeDeps);
  levelRoutes(app, routeDeps);
  reportRoutes(app, routeDeps);
  pairRoutes(app, routeDeps);
  writeRoutes(app, routeDeps, deps.token);
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Bilateral',
      version: '0.1.0',
      description:
        'The level of relations between two countries, with every fact cited. Reading is open; writing needs the bearer token shown by `bilateral serve --print-token`.',
    },
  });
  staticRoutes(app, deps.webDir);
  app.notFound((c) => c.json({ error: `no such path: ${c.req.method} ${c.req.path}` }, 404));
  app.onError((err, c) => {
    if (err instanceof LevelInputError) return c.json({ error: err.message }, 400);
    if (err instanceof ExtractBusyError) return c.json({ error: err.message }, 503, { 'Retry-After': '5' });
    // Hono's own refusals (malformed JSON, unsupported content type) keep their status.
    if (err instanceof HTTPException) return c.json({ error: err.message || 'bad request' }, err.status);
    // The cause goes to the server log, never to the client.
    console.error(err);
    return c.json({ error: 'internal error' }, 500);
  });
  return app;
}
