/**
 * POST /api/extract (stores nothing) and the writes: POST /api/events, /api/dossiers and
 * /api/documents, each atomic and each behind the bearer token (checked before the body is read).
 */
import { createHash } from 'node:crypto';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { documentIdOf } from '../../extract/document-id.ts';
import type { InputError } from '../../store/dossier-file.ts';
import { extractionRecords } from '../../extract/to-records.ts';
import { importDossiers } from '../../store/import-dossiers.ts';
import { saveExtraction } from '../../store/save-extraction.ts';
import type { RouteDeps } from '../deps.ts';
import { bearerAuth } from '../middleware/bearer-auth.ts';
import { type ErrorBody, resolvePair } from '../route-helpers.ts';
import { DossierIn, ErrorOut, EventsIn, ExtractIn, ExtractOut, NotFoundOut, SavedOut } from '../schemas.ts';
import { json, jsonError } from './respond.ts';

const WRITE_PATHS = ['/api/events', '/api/dossiers', '/api/documents'];

const body = <T>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });
const errors = {
  400: {
    description: 'invalid body (the answer names the field)',
    content: { 'application/json': { schema: ErrorOut } },
  },
  404: {
    description: 'unknown country, with suggestions',
    content: { 'application/json': { schema: NotFoundOut } },
  },
} as const;
const unauthorized = {
  401: {
    description: 'no token, or a wrong one: nothing is written',
    content: { 'application/json': { schema: ErrorOut } },
  },
} as const;
const security = [{ bearerAuth: [] }];

const extractRoute = createRoute({
  method: 'post',
  path: '/api/extract',
  summary: 'The events a text states, with their evidence; stores nothing',
  request: { body: body(ExtractIn) },
  responses: {
    200: { description: 'the events found', content: { 'application/json': { schema: ExtractOut } } },
    ...errors,
  },
});

const eventsRoute = createRoute({
  method: 'post',
  path: '/api/events',
  summary: 'Store events of one pair (dossier event format), all or nothing',
  security,
  request: { body: body(EventsIn) },
  responses: {
    201: { description: 'stored', content: { 'application/json': { schema: SavedOut } } },
    ...errors,
    ...unauthorized,
  },
});

const dossiersRoute = createRoute({
  method: 'post',
  path: '/api/dossiers',
  summary: 'Import a dossier (the DESIGN dossier format), all or nothing',
  security,
  request: { body: body(DossierIn) },
  responses: {
    201: { description: 'imported', content: { 'application/json': { schema: SavedOut } } },
    ...errors,
    ...unauthorized,
  },
});

const documentsRoute = createRoute({
  method: 'post',
  path: '/api/documents',
  summary: 'Extract the events of a text and store the document with them',
  security,
  request: { body: body(ExtractIn) },
  responses: {
    201: {
      description: 'stored, with the events found',
      content: { 'application/json': { schema: SavedOut } },
    },
    ...errors,
    ...unauthorized,
  },
});

/** importDossiers' located errors as a 400 body; line and column only mean something for a body sent as is. */
function importErrors(errors: InputError[], located: boolean): ErrorBody {
  const list = errors.map((e) => ({
    field: e.field,
    message: e.message,
    ...(located && e.line > 0 ? { line: e.line, column: e.column } : {}),
  }));
  const first = list[0]!;
  return { error: `${first.field || 'body'}: ${first.message}`, field: first.field, errors: list };
}

/** The title of a pasted text: the one given, else its first line. */
function titleOf(text: string, title: string | undefined): string {
  return (
    title ??
    (text
      .split('\n')
      .find((l) => l.trim())
      ?.trim()
      .slice(0, 200) ||
      'pasted text')
  );
}

/** Registers the extraction and write routes; `token` guards the writes. */
export function writeRoutes(app: OpenAPIHono, deps: RouteDeps, token: string): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer' });
  const auth = bearerAuth({ token });
  for (const path of WRITE_PATHS) app.on('POST', path, auth);

  app.openapi(extractRoute, async (c) => {
    const { text, title, dyad, date, url, publisher, language } = c.req.valid('json');
    let pair: [string, string] | undefined;
    if (dyad) {
      const r = resolvePair(dyad[0], dyad[1]);
      if (!r.ok) return jsonError(c, r);
      pair = r.value;
    }
    const result = await deps.extract.run(text, {
      documentId: documentIdOf(text),
      title: titleOf(text, title),
      ...(pair ? { dyad: pair } : {}),
      ...(date ? { referenceDate: date } : {}),
      ...(url ? { url } : {}),
      ...(publisher ? { publisher } : {}),
      ...(language ? { language } : {}),
    });
    return json(c, result);
  });

  app.openapi(eventsRoute, async (c) => {
    const valid = c.req.valid('json');
    const pair = resolvePair(valid.dyad[0], valid.dyad[1]);
    if (!pair.ok) return jsonError(c, pair);
    // The body as sent (not zod's output with defaults), wrapped as a dossier so one importer checks it.
    const raw = (await c.req.json()) as { documents?: unknown[]; events: unknown[] };
    const digest = createHash('sha256').update(JSON.stringify(raw)).digest('hex').slice(0, 16);
    const dossier = {
      id: `api-events-${digest}`,
      dyad: pair.value,
      documents: raw.documents ?? [],
      events: raw.events,
    };
    const result = await deps.kb.retryBusy(() =>
      importDossiers(deps.kb, [{ file: 'request', text: JSON.stringify(dossier) }], deps.now()),
    );
    if (!result.ok) return c.json(importErrors(result.errors, false), 400) as never;
    deps.cache.clear();
    const file = result.files[0]!;
    return json(c, { ok: true, dossier: file.dossier, counts: file.counts }, 201);
  });

  app.openapi(dossiersRoute, async (c) => {
    c.req.valid('json');
    const text = await c.req.text();
    const result = await deps.kb.retryBusy(() =>
      importDossiers(deps.kb, [{ file: 'request', text }], deps.now()),
    );
    if (!result.ok) return c.json(importErrors(result.errors, true), 400) as never;
    deps.cache.clear();
    const file = result.files[0]!;
    return json(c, { ok: true, dossier: file.dossier, counts: file.counts }, 201);
  });

  app.openapi(documentsRoute, async (c) => {
    const { text, title, url, dyad, date, publisher, language } = c.req.valid('json');
    let pair: [string, string] | undefined;
    if (dyad) {
      const r = resolvePair(dyad[0], dyad[1]);
      if (!r.ok) return jsonError(c, r);
      pair = r.value;
    }
    const documentId = documentIdOf(text);
    const docTitle = titleOf(text, title);
    const result = await deps.extract.run(text, {
      documentId,
      title: docTitle,
      ...(pair ? { dyad: pair } : {}),
      ...(date ? { referenceDate: date } : {}),
      ...(url ? { url } : {}),
      ...(publisher ? { publisher } : {}),
      ...(language ? { language } : {}),
    });
    // The same save as `extract --save`: the document and every record, in one transaction.
    const { document, pairs } = extractionRecords(result, text);
    const counts = await deps.kb.retryBusy(() => saveExtraction(deps.kb, document, pairs, 'api:documents'));
    deps.cache.clear();
    return json(
      c,
      { ok: true, document: documentId, counts, events: result.events, records: result.records },
      201,
    );
  });
}
