/** GET /api/countries?q= and GET /api/countries/{a}/partners. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { resolveCountry } from '../../core/countries.ts';
import { partnersOf } from '../../service/partners.ts';
import { searchCountries } from '../country-search.ts';
import type { RouteDeps } from '../deps.ts';
import { resolveOne } from '../route-helpers.ts';
import {
  CountriesOut,
  CountriesQuery,
  CountryParams,
  ErrorOut,
  NotFoundOut,
  PartnersOut,
  PartnersQuery,
} from '../schemas.ts';
import { cachedJson, json, jsonError } from './respond.ts';

const searchRoute = createRoute({
  method: 'get',
  path: '/api/countries',
  summary: 'Find countries by any name, alias, demonym or code (English, Russian, Azerbaijani, Uzbek)',
  request: { query: CountriesQuery },
  responses: {
    200: {
      description: 'matching countries, best first',
      content: { 'application/json': { schema: CountriesOut } },
    },
    400: { description: 'invalid query', content: { 'application/json': { schema: ErrorOut } } },
  },
});

const partnersRoute = createRoute({
  method: 'get',
  path: '/api/countries/{a}/partners',
  summary: "A country's relations level with every partner it has data for, ranked",
  request: { params: CountryParams, query: PartnersQuery },
  responses: {
    200: { description: 'partners, best first', content: { 'application/json': { schema: PartnersOut } } },
    400: { description: 'invalid query', content: { 'application/json': { schema: ErrorOut } } },
    404: { description: 'unknown country', content: { 'application/json': { schema: NotFoundOut } } },
  },
});

/** Registers the country routes. */
export function countryRoutes(app: OpenAPIHono, deps: RouteDeps): void {
  app.openapi(searchRoute, (c) => {
    const q = c.req.valid('query').q ?? '';
    const countries = searchCountries(q);
    // Nothing matches a typo ("Uzbekstan"): the closest names, as the CLI gives them.
    const suggestions = countries.length
      ? []
      : resolveCountry(q).suggestions.map(({ iso3, name }) => ({ iso3, name }));
    return json(c, { query: q, countries, ...(suggestions.length ? { suggestions } : {}) });
  });

  app.openapi(partnersRoute, async (c) => {
    const country = resolveOne(c.req.valid('param').a);
    if (!country.ok) return jsonError(c, country);
    const { month } = c.req.valid('query');
    const now = deps.month();
    const m = month && month.length === 4 ? `${month}-12` : month;
    return cachedJson(c, deps.cache, `partners|${country.value}|${m ?? ''}|${now}`, () =>
      partnersOf(deps.kb, deps.lake, country.value, {
        now,
        reference: deps.reference,
        ...(m ? { month: m } : {}),
      }),
    );
  });
}
