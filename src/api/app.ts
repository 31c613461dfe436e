/**
 * The HTTP API and the dashboard as one Hono app, with no socket: tests call `app.request(...)`,
 * and server.ts listens. Reading is open; writing needs the bearer token.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { LevelInputError } from '../core/level/input-error.ts';
import type { AppDeps, RouteDeps } from './deps.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { loadReport } from './report-loader.ts';
import { ResponseCache } from './response-cache.ts';
import { validationHook } from './route-helpers.ts';
import { countryRoutes } from './routes/countries.ts';
import { dyadRoutes } from './routes/dyads.ts';
import { levelRoutes } from './routes/level.ts';
import { reportRoutes } from './routes/report.ts';
import { staticRoutes } from './routes/static.ts';
import { writeRoutes } from './routes/write.ts';

export type { AppDeps } from './deps.ts';

/** Largest request body accepted (a long pasted page or a big dossier). */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** Builds the app: the API under /api, its description at /openapi.json, the dashboard at /. */
export function createApp(deps: AppDeps) {
  const now = deps.now ?? (() => new Date());
  let report = deps.report;
  const routeDeps: RouteDeps = {
    kb: deps.kb,
    lake: deps.lake,
    reference: deps.reference,
    indicators: deps.indicators,
    now,
    month: () => now().toISOString().slice(0, 7),
    cache: new ResponseCache(),
    report: async () => {
      report ??= await loadReport();
      return report;
    },
  };
  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.use('*', securityHeaders());
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json({ error: `the body is larger than ${MAX_BODY_BYTES} bytes` }, 413),
    }),
  );
  countryRoutes(app, routeDeps);
  dyadRoutes(app, routeDeps);
  levelRoutes(app, routeDeps);
  reportRoutes(app, routeDeps);
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
    // Hono's own refusals (malformed JSON, unsupported content type) keep their status.
    if (err instanceof HTTPException) return c.json({ error: err.message || 'bad request' }, err.status);
    // The cause goes to the server log, never to the client.
    console.error(err);
    return c.json({ error: 'internal error' }, 500);
  });
  return app;
}
