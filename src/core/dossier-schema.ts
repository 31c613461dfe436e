/**
 * The dossier file format (YAML or JSON): a curated, cited record of one dyad. Validated with zod;
 * errors carry the path of the field so the loader can name the file and line.
 */
import { z } from 'zod';
import { EVENT_CLASS_NAMES } from './event-classes.ts';
import { partialDateProblem } from './partial-date.ts';
import { RUNG_NAMES } from './rungs.ts';

const ISO3 = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code such as AZE');

const DateText = z
  .union([z.string(), z.number().int()])
  .transform((v) => String(v))
  .superRefine((v, ctx) => {
    const problem = partialDateProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/**
 * An address a reader can follow: http or https only, never `javascript:`, `data:` or `vbscript:`
 * (what is stored is shown as a link), and of a bounded length.
 */
export const HttpUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http or https address' })
  .max(2048, 'an address is at most 2,048 characters');

/** Bounded free text: a field longer than this is a mistake or an attack, never a fact's wording. */
export const TEXT_LIMITS = {
  quote: 10_000,
  summary: 2_000,
  title: 1_000,
  note: 4_000,
  document: 2_000_000,
} as const;

const limited = (what: keyof typeof TEXT_LIMITS) =>
  z
    .string()
    .max(
      TEXT_LIMITS[what],
      `a ${what === 'document' ? 'document text' : what} is at most ${TEXT_LIMITS[what].toLocaleString('en')} characters`,
    );

const Id = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/, 'ids use letters, digits and . _ : / - only');

export const SourceSchema = z
  .object({
    document: Id.optional(),
    url: HttpUrl.optional(),
    /** The source's own words, verbatim: the only text ever shown in quotation marks. */
    quote: limited('quote')
      .trim()
      .min(1, 'a quote cannot be empty: leave it out, and write a paraphrase as a note')
      .optional(),
    /** A curator's paraphrase of what the source says: shown as a note, never as a quote. */
    note: limited('note').trim().min(1, 'a note cannot be empty').optional(),
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().nonnegative().optional(),
  })
  .strict()
  .refine((s) => s.document !== undefined || s.url !== undefined, {
    message: 'a source needs a document id or a url',
  })
  .refine((s) => s.quote !== undefined || s.note !== undefined, {
    message: 'a source needs the quote it supports the fact with (its own words) or a note (a paraphrase)',
  });

const Sources = z.array(SourceSchema).min(1, 'at least one source is required');

const PlaceSchema = z.object({ name: z.string().min(1), country: ISO3.optional() }).strict();

const ActorSchema = z
  .object({ name: z.string().min(1), country: ISO3.optional(), role: z.string().min(1).optional() })
  .strict();

export const DocumentSchema = z
  .object({
    id: Id,
    title: limited('title').min(1).optional(),
    url: HttpUrl.optional(),
    language: z.string().min(2).max(10).default('en'),
    published: DateText.optional(),
    publisher: z.string().min(1).optional(),
    text: limited('document').optional(),
  })
  .strict();

export const DossierEventSchema = z
  .object({
    id: Id,
    date: DateText,
    end: DateText.optional(),
    dyad: z.tuple([ISO3, ISO3]).optional(),
    initiator: z.union([ISO3, z.literal('both'), z.null()]).default(null),
    class: z.enum(EVENT_CLASS_NAMES as [string, ...string[]], {
      message: `must be one of the event classes: ${EVENT_CLASS_NAMES.join(', ')}`,
    }),
    cameo: z
      .string()
      .regex(/^\d{2,4}$/, 'a CAMEO code is 2 to 4 digits, as text')
      .optional(),
    actors: z.array(ActorSchema).default([]),
    actorLevel: z.enum(['head', 'deputy', 'minister', 'official', 'sub']).optional(),
    place: PlaceSchema.optional(),
    summary: limited('summary').trim().min(1),
    sectors: z.array(z.string().min(1)).default([]),
    count: z.number().int().positive().optional(),
    confidence: z.number().min(0).max(1).default(1),
    rung: z.enum(RUNG_NAMES).optional(),
    until: DateText.optional(),
    setting: z.string().min(1).optional(),
    sources: Sources,
  })
  .strict();

const StatusSchema = z
  .object({
    status: z.enum(['signed', 'ratified', 'in_force', 'terminated', 'suspended', 'approved']),
    date: DateText,
    party: ISO3.optional(),
    body: z.string().min(1).optional(),
    sources: Sources,
  })
  .strict();

export const DossierAgreementSchema = z
  .object({
    id: Id,
    kind: z.enum(['treaty', 'agreement', 'protocol', 'memorandum', 'action_plan', 'declaration']),
    title: limited('title').trim().min(1),
    signed: z
      .object({ date: DateText, end: DateText.optional(), place: PlaceSchema.optional() })
      .strict()
      .optional(),
    parties: z.array(ISO3).min(2).optional(),
    level: z.enum(['state', 'government', 'agency']),
    status: z.array(StatusSchema).default([]),
    rung: z.enum(RUNG_NAMES).optional(),
    sectors: z.array(z.string().min(1)).default([]),
    event: Id.optional(),
    sources: Sources,
  })
  .strict();

const MeetingSchema = z
  .object({
    date: DateText,
    end: DateText.optional(),
    number: z.number().int().positive().optional(),
    place: PlaceSchema.optional(),
    summary: limited('summary').min(1).optional(),
    event: Id.optional(),
    sources: Sources,
  })
  .strict();

export const DossierMechanismSchema = z
  .object({
    id: Id,
    kind: z.enum([
      'supreme_council',
      'intergovernmental_commission',
      'investment_fund',
      'free_economic_zone',
      'business_council',
      'other',
    ]),
    title: limited('title').trim().min(1),
    established: z.object({ date: DateText, by: Id.optional() }).strict().optional(),
    attributes: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
    meetings: z.array(MeetingSchema).default([]),
    sources: Sources,
  })
  .strict();

export const DossierIndicatorSchema = z
  .object({
    id: Id,
    kind: z.string().min(1),
    period: z.string().regex(/^\d{4}(-\d{2})?(\/\d{4}(-\d{2})?)?$/, 'a period is YYYY, YYYY-MM or FROM/TO'),
    label: z.string().min(1).optional(),
    value: z.number().optional(),
    unit: z.string().min(1),
    breakdown: z.record(z.string(), z.number()).default({}),
    note: limited('note').min(1).optional(),
    sources: Sources,
  })
  .strict();

export const ConflictSchema = z
  .object({
    id: Id,
    subject: z
      .string()
      .regex(/^(event|agreement|mechanism|indicator):.+$/, 'subject is kind:id, e.g. event:x'),
    field: z.string().min(1),
    claims: z
      .array(
        z
          .object({ value: limited('summary').min(1), sources: Sources, note: limited('note').optional() })
          .strict(),
      )
      .min(2, 'a conflict needs at least two claims'),
    note: limited('note').min(1).optional(),
  })
  .strict();

const MonthText = z
  .union([z.string(), z.number().int()])
  .transform((v) => String(v))
  .refine((v) => /^\d{4}(-\d{2})?$/.test(v), { message: 'a coverage bound is YYYY or YYYY-MM' })
  .superRefine((v, ctx) => {
    const problem = partialDateProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/**
 * A period the curator states the dossier covers (docs/METHOD.md, Coverage). `complete: true` says
 * the dossier records every routine contact (visits, meetings, calls) of the pair in that period, so
 * a silence there is evidence; otherwise it covers the period without that promise.
 */
export const CoverageSchema = z
  .object({
    from: MonthText,
    to: MonthText,
    complete: z.boolean().default(false),
    note: limited('note').min(1).optional(),
  })
  .strict()
  .refine(
    (c) => (c.from.length === 4 ? `${c.from}-01` : c.from) <= (c.to.length === 4 ? `${c.to}-12` : c.to),
    {
      message: 'coverage: from is after to',
      path: ['to'],
    },
  );

export const DossierSchema = z
  .object({
    id: Id,
    title: limited('title').min(1).optional(),
    dyad: z.tuple([ISO3, ISO3]),
    documents: z.array(DocumentSchema).default([]),
    events: z.array(DossierEventSchema).default([]),
    agreements: z.array(DossierAgreementSchema).default([]),
    mechanisms: z.array(DossierMechanismSchema).default([]),
    indicators: z.array(DossierIndicatorSchema).default([]),
    conflicts: z.array(ConflictSchema).default([]),
    coverage: z.array(CoverageSchema).default([]),
  })
  .strict();

export type DossierInput = z.input<typeof DossierSchema>;
export type Dossier = z.output<typeof DossierSchema>;
export type DossierEvent = z.output<typeof DossierEventSchema>;
