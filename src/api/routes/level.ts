/** GET /api/dyads/{a}/{b}/level and …/level/{month}/explain, cached per query until the next write. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { EXPLAIN_LIMIT, foldExplanation } from '../../core/level/index.ts';
import { explainOf, type LevelQuery as ServiceLevelQuery, levelOf } from '../../service/level.ts';
import type { RouteDeps } from '../deps.ts';
import { resolvePair } from '../route-helpers.ts';
import {
  DyadParams,
  ExplainParams,
  ExplainQuery,
  ExplanationOut,
  LevelOut,
  LevelQuery,
  PAIR_ERRORS,
} from '../schemas.ts';
import { cachedJson, jsonError } from './respond.ts';

const errors = PAIR_ERRORS;

const levelRoute = createRoute({
  method: 'get',
  path: '/api/dyads/{a}/{b}/level',
  summary:
    'The monthly relations level on the −9…+9 scale with its 90% band, baseline, rung and coverage; measurable: false (and no series) when no source holds a fact about the pair',
  request: { params: DyadParams, query: LevelQuery },
  responses: {
    200: { description: 'the series', content: { 'application/json': { schema: LevelOut } } },
    ...errors,
  },
});

const explainRoute = createRoute({
  method: 'get',
  path: '/api/dyads/{a}/{b}/level/{month}/explain',
  summary: `Why the level moved in a month: the largest contributions (${EXPLAIN_LIMIT} unless limit says otherwise), the rest folded into one total; they sum to the change`,
  request: { params: ExplainParams, query: ExplainQuery },
  responses: {
    200: { description: 'the explanation', content: { 'application/json': { schema: ExplanationOut } } },
    ...errors,
  },
});

/** Registers the level routes. */
export function levelRoutes(app: OpenAPIHono, deps: RouteDeps): void {
  const query = (q: {
    from?: string | undefined;
    to?: string | undefined;
    events?: 'kb' | 'lake' | 'all' | undefined;
    mode?: 'hybrid' | 'persistent' | undefined;
  }): ServiceLevelQuery => ({
    now: deps.month(),
    reference: deps.reference,
    ...(q.from ? { from: q.from } : {}),
    ...(q.to ? { to: q.to } : {}),
    ...(q.events ? { events: q.events } : {}),
    ...(q.mode ? { mode: q.mode } : {}),
  });

  app.openapi(levelRoute, async (c) => {
    const { a, b } = c.req.valid('param');
    const dyad = resolvePair(a, b);
    if (!dyad.ok) return jsonError(c, dyad);
    const q = query(c.req.valid('query'));
    const key = `level|${dyad.value.join('-')}|${JSON.stringify({ ...q, reference: undefined })}`;
    return cachedJson(c, deps.cache, key, () => levelOf(deps.kb, deps.lake, dyad.value, q));
  });

  app.openapi(explainRoute, async (c) => {
    const { a, b, month } = c.req.valid('param');
    const dyad = resolvePair(a, b);
    if (!dyad.ok) return jsonError(c, dyad);
    const { limit, ...rest } = c.req.valid('query');
    const q = query(rest);
    const key = `explain|${dyad.value.join('-')}|${month}|${limit ?? ''}|${JSON.stringify({ ...q, reference: undefined })}`;
    return cachedJson(c, deps.cache, key, async () => {
      const ex = await explainOf(deps.kb, deps.lake, dyad.value, month, q);
      return limit === 'all' ? ex : foldExplanation(ex, limit ? Number(limit) : EXPLAIN_LIMIT);
    });
  });
}
