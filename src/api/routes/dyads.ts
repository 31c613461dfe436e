/** A pair's record: GET /api/dyads/{a}/{b}/events | agreements | mechanisms. */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Provenance } from '../../core/types.ts';
import { indicatorsOf } from '../../service/indicators.ts';
import { timelineOf } from '../../service/timeline.ts';
import type { RouteDeps } from '../deps.ts';
import { listParam, resolvePair } from '../route-helpers.ts';
import {
  AgreementsOut,
  ConflictsOut,
  DyadParams,
  EventsQuery,
  IndicatorsOut,
  MechanismsOut,
  TimelineOut,
  PAIR_ERRORS,
} from '../schemas.ts';
import { json, jsonError } from './respond.ts';

const PROVENANCES: readonly string[] = ['curated', 'extracted', 'gdelt', 'icews', 'reference'];

const errors = PAIR_ERRORS;

const eventsRoute = createRoute({
  method: 'get',
  path: '/api/dyads/{a}/{b}/events',
  summary: "A pair's events in date order, filtered, with the source disagreements that touch them",
  request: { params: DyadParams, query: EventsQuery },
  responses: {
    200: { description: 'the timeline', content: { 'application/json': { schema: TimelineOut } } },
    ...errors,
  },
});

const agreementsRoute = createRoute({
  method: 'get',
  path: '/api/dyads/{a}/{b}/agreements',
  summary: "A pair's agreements with their status history",
  request: { params: DyadParams },
  responses: {
    200: { description: 'agreements', content: { 'application/json': { schema: AgreementsOut } } },
    ...errors,
  },
});

const mechanismsRoute = createRoute({
  method: 'get',
  path: '/api/dyads/{a}/{b}/mechanisms',
  summary: "A pair's institutions: councils, commissions, funds, with their meetings",
  request: { params: DyadParams },
  responses: {
    200: { description: 'mechanisms', content: { 'application/json': { schema: MechanismsOut } } },
    ...errors,
  },
});

const conflictsRoute = createRoute({
  method: 'get',
  path: '/api/dyads/{a}/{b}/conflicts',
  summary: 'Where sources disagree about a fact of the pair: every version, with its sources',
  request: { params: DyadParams },
  responses: {
    200: { description: 'conflicts', content: { 'application/json': { schema: ConflictsOut } } },
    ...errors,
  },
});

const indicatorsRoute = createRoute({
  method: 'get',
  path: '/api/dyads/{a}/{b}/indicators',
  summary:
    "A pair's structural record by year, beside the level: UN voting agreement, trade, shared IGOs, ICEWS counts, contiguity",
  request: { params: DyadParams },
  responses: {
    200: { description: 'indicators', content: { 'application/json': { schema: IndicatorsOut } } },
    503: {
      description: 'the reference data is not available',
      content: { 'application/json': { schema: z.object({ error: z.string() }) } },
    },
    ...errors,
  },
});

/** Registers the pair record routes. */
export function dyadRoutes(app: OpenAPIHono, deps: RouteDeps): void {
  app.openapi(indicatorsRoute, async (c) => {
    const { a, b } = c.req.valid('param');
    const dyad = resolvePair(a, b);
    if (!dyad.ok) return jsonError(c, dyad);
    if (!deps.indicators)
      return c.json({ error: 'the reference data is not available in this server' }, 503) as never;
    return json(c, await indicatorsOf(deps.kb, deps.indicators, dyad.value));
  });

  app.openapi(eventsRoute, async (c) => {
    const { a, b } = c.req.valid('param');
    const dyad = resolvePair(a, b);
    if (!dyad.ok) return jsonError(c, dyad);
    const q = c.req.valid('query');
    const provenance = listParam(q.provenance);
    const unknown = provenance?.find((p) => !PROVENANCES.includes(p));
    if (unknown)
      return c.json(
        { error: `provenance: "${unknown}" is not one of ${PROVENANCES.join(', ')}`, field: 'provenance' },
        400,
      ) as never;
    const classes = listParam(q.class);
    const sectors = listParam(q.sector);
    const timeline = await timelineOf(deps.kb, deps.lake, dyad.value, {
      ...(q.from ? { from: q.from } : {}),
      ...(q.to ? { to: q.to } : {}),
      ...(classes ? { classes } : {}),
      ...(sectors ? { sectors } : {}),
      ...(provenance ? { provenance: provenance as Provenance[] } : {}),
      ...(q.source ? { source: q.source } : {}),
      reference: deps.reference,
    });
    return json(c, timeline);
  });

  app.openapi(agreementsRoute, (c) => {
    const { a, b } = c.req.valid('param');
    const dyad = resolvePair(a, b);
    if (!dyad.ok) return jsonError(c, dyad);
    const agreements = deps.kb.agreements(dyad.value);
    const ids = new Set(agreements.map((x) => `agreement:${x.id}`));
    const conflicts = deps.kb.conflicts(dyad.value).filter((x) => ids.has(x.subject));
    return json(c, { dyad: dyad.value, agreements, conflicts });
  });

  app.openapi(mechanismsRoute, (c) => {
    const { a, b } = c.req.valid('param');
    const dyad = resolvePair(a, b);
    if (!dyad.ok) return jsonError(c, dyad);
    const mechanisms = deps.kb.mechanisms(dyad.value);
    const ids = new Set(mechanisms.map((x) => `mechanism:${x.id}`));
    const conflicts = deps.kb.conflicts(dyad.value).filter((x) => ids.has(x.subject));
    return json(c, { dyad: dyad.value, mechanisms, conflicts });
  });

  app.openapi(conflictsRoute, (c) => {
    const { a, b } = c.req.valid('param');
    const dyad = resolvePair(a, b);
    if (!dyad.ok) return jsonError(c, dyad);
    return json(c, { dyad: dyad.value, conflicts: deps.kb.conflicts(dyad.value) });
  });
}
