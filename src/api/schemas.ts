/**
 * The HTTP API's shapes as zod schemas with OpenAPI metadata: the same schemas describe the
 * responses in `/openapi.json` and validate the requests. Response shapes are DESIGN.md's JSON
 * (fields may be added, never renamed).
 */
import { z } from '@hono/zod-openapi';
import { DocumentSchema, DossierEventSchema, DossierSchema, HttpUrl } from '../core/dossier-schema.ts';
import { MONTH_MAX, MONTH_MIN, monthProblem, rangeProblem } from '../core/month-range.ts';

const Month = z
  .string()
  .superRefine((v, ctx) => {
    const problem = monthProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .openapi({ example: '2022-06', description: `YYYY-MM (or YYYY), ${MONTH_MIN} … ${MONTH_MAX}` });

/** `from` not after `to`: the one range rule of the CLI and the API (core/month-range.ts). */
function inOrder(q: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx): void {
  const problem = rangeProblem(q.from, q.to);
  if (problem) ctx.addIssue({ code: 'custom', message: problem.message, path: [problem.field] });
}

export const Iso3 = z.string().openapi({ example: 'AZE', description: 'ISO 3166-1 alpha-3' });

export const SourceOut = z
  .object({
    document: z.string(),
    quote: z.string().optional().openapi({ description: "the source's own words, verbatim" }),
    note: z
      .string()
      .optional()
      .openapi({ description: 'a paraphrase of what the source says; never a quote' }),
    start: z.number().int().optional(),
    end: z.number().int().optional(),
    url: z.string().optional(),
  })
  .openapi('Source');

export const EventOut = z
  .object({
    id: z.string(),
    date: z.string().openapi({ example: '2022-06-21' }),
    end: z.string().optional(),
    precision: z.enum(['year', 'month', 'day']),
    dyad: z.tuple([Iso3, Iso3]),
    initiator: z.string().nullable(),
    class: z.string().openapi({ example: 'state_visit' }),
    cameo: z.string().openapi({ example: '042' }),
    goldstein: z.number(),
    actors: z.array(
      z.object({ name: z.string(), country: z.string().optional(), role: z.string().optional() }),
    ),
    place: z.object({ name: z.string(), country: z.string().optional() }).optional(),
    summary: z.string(),
    sectors: z.array(z.string()),
    count: z.number().int().optional(),
    sources: z.array(SourceOut),
    provenance: z.enum(['curated', 'extracted', 'gdelt', 'icews', 'reference']),
    confidence: z.number(),
    rung: z.string().optional(),
    until: z.string().optional(),
    actorLevel: z.string().optional(),
    setting: z.string().optional(),
    reference: z
      .object({
        dataset: z.string(),
        title: z.string(),
        version: z.string(),
        file: z.string(),
        lines: z.array(z.number().int()),
        rows: z.number().int(),
      })
      .optional()
      .openapi({
        description: 'A reference fact: the data set, its version and the lines of the shipped file',
      }),
    fatality: z.number().int().optional(),
  })
  .openapi('Event');

const Claim = z.object({ value: z.string(), sources: z.array(SourceOut), note: z.string().optional() });

export const ConflictOut = z
  .object({
    id: z.string(),
    dyad: z.tuple([Iso3, Iso3]),
    subject: z.string().openapi({ example: 'event:au025-aliyev-state-visit' }),
    field: z.string(),
    claims: z.array(Claim),
    note: z.string().optional(),
  })
  .openapi('Conflict');

const PartialDateOut = z.object({
  date: z.string(),
  end: z.string().optional(),
  precision: z.enum(['year', 'month', 'day']),
});

export const AgreementOut = z
  .object({
    id: z.string(),
    dyad: z.tuple([Iso3, Iso3]),
    kind: z.string(),
    title: z.string(),
    signed: PartialDateOut.extend({
      place: z.object({ name: z.string(), country: z.string().optional() }).optional(),
    }).optional(),
    parties: z.array(z.string()),
    level: z.string(),
    status: z.array(
      z.object({
        status: z.string(),
        date: z.string(),
        precision: z.string(),
        party: z.string().optional(),
        body: z.string().optional(),
        sources: z.array(SourceOut),
      }),
    ),
    rung: z.string().optional(),
    sectors: z.array(z.string()),
    event: z.string().optional(),
    sources: z.array(SourceOut),
  })
  .openapi('Agreement');

export const MechanismOut = z
  .object({
    id: z.string(),
    dyad: z.tuple([Iso3, Iso3]),
    kind: z.string(),
    title: z.string(),
    established: PartialDateOut.extend({ by: z.string().optional() }).optional(),
    attributes: z.record(z.string(), z.union([z.string(), z.number()])),
    meetings: z.array(
      z.object({
        date: z.string(),
        end: z.string().optional(),
        precision: z.string(),
        number: z.number().optional(),
        place: z.object({ name: z.string(), country: z.string().optional() }).optional(),
        summary: z.string().optional(),
        event: z.string().optional(),
        sources: z.array(SourceOut),
      }),
    ),
    sources: z.array(SourceOut),
  })
  .openapi('Mechanism');

export const ContributionOut = z
  .object({
    kind: z.enum(['baseline', 'new_event', 'fade', 'econ']),
    ref: z.string(),
    title: z.string(),
    dS: z.number().openapi({ description: 'its share of the change of the score this month' }),
    dz: z.number(),
    date: z.string().optional(),
    precision: z.string().optional(),
    class: z.string().optional(),
    provenance: z.string().optional(),
    impulse: z.number().optional(),
    sources: z.array(SourceOut).optional(),
    rung: z.string().optional(),
    target: z.number().optional(),
  })
  .openapi('Contribution');

export const ExplanationOut = z
  .object({
    month: z.string(),
    delta: z.number(),
    contributions: z.array(ContributionOut),
    folded: z
      .object({ count: z.number().int(), dS: z.number() })
      .optional()
      .openapi({ description: 'the smaller contributions left out of the list: how many, and their total' }),
    measurable: z
      .literal(false)
      .optional()
      .openapi({ description: 'present when the pair is not measurable' }),
    reason: z.string().optional(),
  })
  .openapi('Explanation', { description: 'contributions (and folded.dS) sum to delta' });

export const LevelPointOut = z
  .object({
    month: z.string(),
    score: z.number(),
    display: z.number(),
    level: z.string(),
    sublevel: z.enum(['low', 'mid', 'high']),
    band: z.tuple([z.number(), z.number()]).openapi({ description: '90% band [low, high]' }),
    baseline: z.number(),
    rung: z.string(),
    coverage: z.enum(['covered', 'partial', 'uncovered']).openapi({
      description: 'how the sources cover the month (covered: a source that records routine contact)',
    }),
    projected: z
      .boolean()
      .openapi({ description: 'true outside all coverage: the model carried forward, not evidence' }),
  })
  .openapi('LevelPoint');

export const CoverageSpanOut = z
  .object({
    source: z.string(),
    kind: z.enum(['dossier', 'extracted', 'lake', 'reference']),
    from: z.string(),
    to: z.string(),
    routine: z.boolean(),
    label: z.string().optional(),
  })
  .openapi('CoverageSpan');

export const LevelOut = z
  .object({
    dyad: z.tuple([Iso3, Iso3]),
    method: z.object({ name: z.literal('rls'), version: z.string() }),
    measurable: z.boolean().openapi({ description: 'false when no source holds a fact about the pair' }),
    reason: z.string().optional().openapi({ description: 'why the pair is not measurable' }),
    coverage: z.object({
      spans: z.array(CoverageSpanOut),
      first: z.string().optional(),
      last: z.string().optional(),
      lastEvidence: z.string().optional(),
    }),
    series: z.array(LevelPointOut).openapi({ description: 'empty when not measurable' }),
    explain: ExplanationOut.optional(),
  })
  .openapi('Level');

export const CountryOut = z
  .object({
    iso3: Iso3,
    iso2: z.string(),
    name: z.string().openapi({ example: 'Azerbaijan' }),
    names: z.object({ en: z.string(), ru: z.string(), az: z.string(), uz: z.string(), uzCyrl: z.string() }),
    matchedBy: z.string().optional(),
    /** ISO 3166-1 numeric code (the world map's feature ids). */
    numeric: z.string().optional(),
  })
  .openapi('Country');

export const CountriesOut = z
  .object({
    query: z.string(),
    countries: z.array(CountryOut),
    /** When nothing matches: the closest names, as the CLI suggests them. */
    suggestions: z.array(z.object({ iso3: Iso3, name: z.string() })).optional(),
  })
  .openapi('Countries');

export const PartnersOut = z
  .object({
    country: Iso3,
    month: z.string(),
    method: z.object({ name: z.literal('rls'), version: z.string() }).nullable(),
    partners: z.array(
      z.object({
        iso3: z.string(),
        name: z.string(),
        month: z.string(),
        score: z.number(),
        display: z.number(),
        level: z.string(),
        sublevel: z.string(),
        rung: z.string(),
        trend12: z.number().nullable(),
        events: z.number().int(),
        coverage: z.enum(['covered', 'partial', 'uncovered']),
        projected: z.boolean(),
        lastEvidence: z.string().nullable(),
      }),
    ),
  })
  .openapi('Partners');

export const TimelineOut = z
  .object({ dyad: z.tuple([Iso3, Iso3]), events: z.array(EventOut), conflicts: z.array(ConflictOut) })
  .openapi('Timeline');

const Nullable = z.number().nullable();

export const IndicatorsOut = z
  .object({
    dyad: z.tuple([Iso3, Iso3]),
    un: z.array(
      z.object({
        year: z.number().int(),
        joint: z.number().int(),
        identical: z.number(),
        agreement: z.number(),
      }),
    ),
    trade: z.array(
      z.object({
        period: z.string(),
        importsA: Nullable,
        importsB: Nullable,
        turnover: Nullable,
        source: z.enum(['cow_trade', 'dossier']),
        ref: z.string().optional(),
        note: z.string().optional(),
      }),
    ),
    igos: z.array(z.object({ year: z.number().int(), shared: z.number().int() })),
    icews: z.array(
      z.object({
        year: z.number().int(),
        verbCoop: z.number().int(),
        matlCoop: z.number().int(),
        verbConf: z.number().int(),
        matlConf: z.number().int(),
      }),
    ),
    contiguity: z.array(
      z.object({ type: z.number().int(), label: z.string(), from: z.string(), to: z.string() }),
    ),
    sources: z.array(
      z.object({
        dataset: z.string(),
        title: z.string(),
        version: z.string(),
        years: z.string(),
        citation: z.string(),
      }),
    ),
  })
  .openapi('Indicators');

export const AgreementsOut = z
  .object({ dyad: z.tuple([Iso3, Iso3]), agreements: z.array(AgreementOut), conflicts: z.array(ConflictOut) })
  .openapi('Agreements');

export const MechanismsOut = z
  .object({ dyad: z.tuple([Iso3, Iso3]), mechanisms: z.array(MechanismOut), conflicts: z.array(ConflictOut) })
  .openapi('Mechanisms');

export const ConflictsOut = z
  .object({ dyad: z.tuple([Iso3, Iso3]), conflicts: z.array(ConflictOut) })
  .openapi('Conflicts');

/** An extracted event: its date is null (precision `unknown`) when the text states none. */
const ExtractedEventOut = EventOut.extend({
  date: z.string().nullable().openapi({ example: '2022-06-21' }),
  precision: z.enum(['year', 'month', 'day', 'unknown']),
  dated_by: z.literal('publication').optional(),
  actors: z.array(
    z.object({
      name: z.string(),
      country: z.string().optional(),
      role: z.string().optional(),
      sector: z.string().optional(),
      nonState: z.boolean().optional(),
    }),
  ),
}).openapi('ExtractedEvent');

const IndicatorRecordOut = z.object({
  id: z.string(),
  dyad: z.tuple([Iso3, Iso3]),
  kind: z.string().openapi({ example: 'trade_turnover' }),
  period: z.string(),
  label: z.string().optional(),
  value: z.number().optional(),
  unit: z.string(),
  breakdown: z.record(z.string(), z.number()),
  note: z.string().optional(),
  sources: z.array(SourceOut),
});

const StatementOut = z.object({
  id: z.string(),
  event: z.string().optional(),
  date: z.string().nullable(),
  precision: z.enum(['year', 'month', 'day', 'unknown']),
  dyad: z.tuple([Iso3, Iso3]),
  speaker: z
    .object({ name: z.string(), country: z.string().optional(), role: z.string().optional() })
    .optional(),
  quote: z.string().openapi({ description: "the speaker's words, verbatim" }),
  sources: z.array(SourceOut),
});

const MilestoneOut = z.object({
  id: z.string(),
  rung: z.string().optional().openapi({ description: 'a rung of the ladder; absent for a supreme council' }),
  label: z.string(),
  words: z.string().openapi({ description: 'the words of the text that justify it' }),
  date: z.string().nullable(),
  precision: z.enum(['year', 'month', 'day', 'unknown']),
  dyad: z.tuple([Iso3, Iso3]),
  event: z.string().optional(),
  agreement: z.string().optional(),
  mechanism: z.string().optional(),
  sources: z.array(SourceOut),
});

/** What a text states beside its events, in the knowledge base's shapes. */
const ExtractedRecordsOut = z
  .object({
    agreements: z.array(AgreementOut),
    mechanisms: z.array(MechanismOut),
    indicators: z.array(IndicatorRecordOut),
    statements: z.array(StatementOut),
    milestones: z.array(MilestoneOut),
  })
  .openapi('ExtractedRecords');

export const ExtractOut = z
  .object({
    document: z.object({
      id: z.string(),
      title: z.string().optional(),
      language: z.string(),
      sentences: z.number().int(),
      publisher: z.string().optional(),
      published: z.string().optional().openapi({ description: 'YYYY-MM-DD: given, or read from a dateline' }),
      url: z.string().optional(),
    }),
    events: z.array(ExtractedEventOut),
    records: ExtractedRecordsOut,
  })
  .openapi('Extraction');

const Counts = z.object({ added: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });

export const SavedOut = z
  .object({
    ok: z.literal(true),
    dossier: z.string().optional(),
    document: z.string().optional(),
    counts: z.record(z.string(), Counts),
    events: z.array(EventOut).optional(),
    records: ExtractedRecordsOut.optional(),
  })
  .openapi('Saved');

export const ErrorOut = z
  .object({
    error: z.string(),
    field: z.string().optional().openapi({ description: 'the first field at fault, e.g. events[0].summary' }),
    errors: z
      .array(
        z.object({
          field: z.string(),
          message: z.string(),
          line: z.number().int().optional(),
          column: z.number().int().optional(),
        }),
      )
      .optional(),
  })
  .openapi('Error');

export const NotFoundOut = z
  .object({
    error: z.string(),
    suggestions: z.array(z.object({ iso3: z.string(), name: z.string() })),
  })
  .openapi('CountryNotFound');

// ---- requests

const CountryParam = (name: string, example: string) =>
  z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name, in: 'path' }, example, description: 'any name, alias or code' });

export const DyadParams = z.object({ a: CountryParam('a', 'Azerbaijan'), b: CountryParam('b', 'UZB') });
export const CountryParams = z.object({ a: CountryParam('a', 'AZE') });

const CommaList = z
  .string()
  .max(2000)
  .optional()
  .openapi({ description: 'comma-separated list', example: 'state_visit,agreement' });

export const EventsQuery = z
  .object({
    from: Month.optional(),
    to: Month.optional(),
    class: CommaList,
    sector: CommaList,
    provenance: CommaList.openapi({ example: 'curated,extracted' }),
    source: z.enum(['kb', 'lake', 'all']).optional(),
  })
  .superRefine(inOrder);

const LevelQueryFields = z.object({
  from: Month.optional(),
  to: Month.optional(),
  events: z.enum(['kb', 'lake', 'all']).optional(),
  mode: z.enum(['hybrid', 'persistent']).optional(),
});

export const LevelQuery = LevelQueryFields.superRefine(inOrder);

export const ExplainQuery = LevelQueryFields.extend({
  limit: z
    .string()
    .regex(/^(all|[1-9]\d{0,3})$/, 'must be a number from 1 to 9999, or all')
    .optional()
    .openapi({
      description: 'how many contributions to list before folding the rest (default 10; all: every one)',
    }),
}).superRefine(inOrder);

export const ExplainParams = DyadParams.extend({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM')
    .superRefine((v, ctx) => {
      const problem = monthProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .openapi({ param: { name: 'month', in: 'path' }, example: '2022-06' }),
});

export const ReportQuery = z.object({
  format: z
    .enum(['md', 'html', 'pdf', 'json'])
    .default('html')
    .openapi({ description: 'json: the brief, the disagreements and their references as data' }),
  asOf: Month.optional(),
  download: z.enum(['0', '1']).optional().openapi({ description: '1: send as an attachment' }),
});

export const CountriesQuery = z.object({
  q: z.string().max(100).optional().openapi({ example: 'Özbəkistan' }),
});
export const PartnersQuery = z.object({ month: Month.optional() });

const DyadInput = z
  .tuple([z.string().min(1).max(100), z.string().min(1).max(100)])
  .openapi({ example: ['Azerbaijan', 'Uzbekistan'], description: 'two countries, any name or code' });

export const ExtractIn = z
  .object({
    text: z
      .string()
      .trim()
      .min(1, 'the text is empty')
      .max(200_000, 'the text is longer than 200,000 characters'),
    title: z.string().max(300).optional(),
    url: HttpUrl.optional(),
    publisher: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .openapi({ description: 'who published the text' }),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/, 'must be a language code such as en or ru')
      .optional(),
    dyad: DyadInput.optional(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day written YYYY-MM-DD')
      .refine((d) => {
        const t = new Date(`${d}T00:00:00Z`);
        return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
      }, 'is not a calendar day')
      .optional()
      .openapi({ example: '2024-08-22', description: 'the publication date' }),
  })
  .openapi('ExtractRequest');

/** POST /api/events: dossier events for one pair, with the documents they cite. */
export const EventsIn = z
  .object({
    dyad: DyadInput,
    documents: z.array(DocumentSchema).optional(),
    events: z.array(DossierEventSchema).min(1, 'at least one event is required'),
  })
  .openapi('EventsRequest');

// Created with plain zod (its `.openapi()` exists only on schemas built after the extension loads),
// so it is documented inline rather than as a named component.
export const DossierIn = DossierSchema;

/** The error answers every pair route can give, for its OpenAPI description. */
export const PAIR_ERRORS = {
  400: {
    description: 'invalid parameter (the body names the field)',
    content: { 'application/json': { schema: ErrorOut } },
  },
  404: {
    description: 'unknown country, with suggestions',
    content: { 'application/json': { schema: NotFoundOut } },
  },
} as const;
