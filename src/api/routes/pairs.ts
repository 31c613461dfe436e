/** GET /api/pairs: the pairs with the richest records, for a first visitor to choose from. */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { countryName } from '../../core/countries.ts';
import type { RouteDeps } from '../deps.ts';
import { Iso3 } from '../schemas.ts';
import { json } from './respond.ts';

const PairsOut = z
  .object({
    pairs: z.array(
      z.object({
        dyad: z.tuple([Iso3, Iso3]),
        names: z.tuple([z.string(), z.string()]),
        events: z.number().int(),
      }),
    ),
  })
  .openapi('Pairs');

const pairsRoute = createRoute({
  method: 'get',
  path: '/api/pairs',
  summary: 'The pairs with curated or extracted records, the richest first',
  request: { query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(12) }) },
  responses: {
    200: { description: 'pairs, most events first', content: { 'application/json': { schema: PairsOut } } },
  },
});

/** Registers the pairs route. */
export function pairRoutes(app: OpenAPIHono, deps: RouteDeps): void {
  app.openapi(pairsRoute, (c) => {
    const { limit } = c.req.valid('query');
    const pairs = deps.kb
      .dyads()
      .sort((x, y) => y.events - x.events || (x.dyad.join() < y.dyad.join() ? -1 : 1))
      .slice(0, limit)
      .map((p) => ({
        dyad: p.dyad,
        names: [countryName(p.dyad[0]), countryName(p.dyad[1])],
        events: p.events,
      }));
    return json(c, { pairs });
  });
}
