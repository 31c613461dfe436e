/** GET /api/dyads/{a}/{b}/report?format=md|html|pdf: the pair's cited report. */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { RouteDeps } from '../deps.ts';
import { isChromiumMissing } from '../report-loader.ts';
import { REPORT_CSP } from '../middleware/security-headers.ts';
import { resolvePair } from '../route-helpers.ts';
import { DyadParams, ErrorOut, NotFoundOut, ReportQuery } from '../schemas.ts';
import { jsonError } from './respond.ts';

const TYPES = {
  md: 'text/markdown; charset=UTF-8',
  html: 'text/html; charset=UTF-8',
  pdf: 'application/pdf',
  json: 'application/json; charset=UTF-8',
} as const;

const reportRoute = createRoute({
  method: 'get',
  path: '/api/dyads/{a}/{b}/report',
  summary: "The pair's report: timeline, agreements, mechanisms, level chart, every fact cited",
  request: { params: DyadParams, query: ReportQuery },
  responses: {
    200: {
      description: 'the report in the format asked for',
      content: {
        'text/markdown': { schema: z.string() },
        'text/html': { schema: z.string() },
        'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
        'application/json': { schema: z.string() },
      },
    },
    400: { description: 'invalid parameter', content: { 'application/json': { schema: ErrorOut } } },
    404: {
      description: 'unknown country, with suggestions',
      content: { 'application/json': { schema: NotFoundOut } },
    },
    503: {
      description: 'PDF asked for but Chromium is not installed',
      content: { 'application/json': { schema: ErrorOut } },
    },
  },
});

/** Registers the report route. HTML reports get a CSP that allows their inline CSS and no script. */
export function reportRoutes(app: OpenAPIHono, deps: RouteDeps): void {
  app.openapi(reportRoute, async (c) => {
    const { a, b } = c.req.valid('param');
    const dyad = resolvePair(a, b);
    if (!dyad.ok) return jsonError(c, dyad);
    const { format, asOf, download } = c.req.valid('query');
    const now = deps.month();
    const key = `report|${dyad.value.join('-')}|${format}|${asOf ?? ''}|${now}`;
    let hit = deps.cache.get(key);
    if (!hit) {
      const generation = deps.cache.generation;
      const report = await deps.report();
      try {
        const body = await report(deps.kb, dyad.value, {
          format,
          now,
          ...(asOf ? { asOf } : {}),
          ...(deps.lake ? { lake: deps.lake } : {}),
          ...(deps.reference ? { reference: deps.reference } : {}),
          ...(deps.indicators ? { indicators: deps.indicators } : {}),
        });
        hit = { body: typeof body === 'string' ? body : new Uint8Array(body), contentType: TYPES[format] };
      } catch (err) {
        if (isChromiumMissing(err))
          return c.json({ error: `PDF needs Chromium: ${err.message}` }, 503) as never;
        throw err;
      }
      if (deps.cache.generation === generation) deps.cache.set(key, hit);
    }
    const headers: Record<string, string> = {
      'Content-Type': hit.contentType,
      'Content-Security-Policy': REPORT_CSP,
    };
    if (download === '1' || format === 'pdf')
      headers['Content-Disposition'] = `attachment; filename="${dyad.value.join('-')}-report.${format}"`;
    return c.body(hit.body as string, 200, headers) as never;
  });
}
