import { sortedDyad } from '../core/countries.ts';
import { candidateFor } from './classify/find-triggers.ts';
import { tablePlace, tableVisit, visitTables } from './classify/table-visits.ts';
import { ENGLISH, RECORD_BUILDERS } from './configuration.ts';
import { documentIdOf } from './document-id.ts';
import { readDocumentHead } from './recognize/document-head.ts';
import { tokenize } from './recognize/tokens.ts';
import { RUSSIAN } from './ru/configuration.ts';
import { documentDyad, passageCountries } from './refine/document-dyad.ts';
import { findSectors } from './refine/sectors.ts';
import { segmentText } from './segment/segment-text.ts';
import { toEvent } from './to-event.ts';
import type {
  Candidate,
  Configuration,
  DocumentContext,
  ExtractedEvent,
  ExtractedRecords,
  Finished,
  SentenceFacts,
} from './types.ts';

export type ExtractOptions = {
  /** The pair the caller asks about: events of other pairs are left out. */
  dyad?: [string, string];
  documentId?: string;
  title?: string;
  /**
   * YYYY-MM-DD: the publication date, for "yesterday"-style phrases, to tell plans from events, and
   * for the events the text states without a date. Without it, a dateline at the head of the text
   * ("Tashkent, 22 August 2024 —", "Published: …") is read instead.
   */
  referenceDate?: string;
  /** `en` or `ru` are read; by default Russian when the text's head is written in Cyrillic, else English. */
  language?: string;
  /** Who published the text (default: a publisher named at its head, "Trend reports"). */
  publisher?: string;
  /** Where the text was published: also names its publisher when the text does not. */
  url?: string;
};

/** The document as a reference cites it: title, publisher, publication date, language, address. */
export type ExtractedDocument = {
  id: string;
  title?: string;
  language: string;
  sentences: number;
  publisher?: string;
  /** YYYY-MM-DD: given, or read from the dateline or a "Published:" line. */
  published?: string;
  url?: string;
};

export type ExtractResult = {
  document: ExtractedDocument;
  events: ExtractedEvent[];
  /** Agreements, mechanisms, indicators, statements and milestones, from the same pass. */
  records: ExtractedRecords;
};

/** A real calendar day written YYYY-MM-DD. */
export function isDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const t = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(s);
}

const CYRILLIC_RUN = /[\u0400-\u04ff]{4}/;

/** The language a text is read in: the one asked for, else Russian for Cyrillic text, else English. */
export function languageOf(text: string, asked?: string): string {
  return asked ?? (CYRILLIC_RUN.test(text.slice(0, 2000)) ? 'ru' : 'en');
}

/** Runs every recogniser of the language on every sentence. */
function recognize(ctx: DocumentContext, conf: Configuration): SentenceFacts[] {
  return ctx.sentences.map((sentence) => {
    const facts: SentenceFacts = {
      sentence,
      tokens: tokenize(sentence.text),
      dates: [],
      countries: [],
      actors: [],
      settings: [],
      documents: [],
      institutions: [],
    };
    for (const r of conf.recognizers) r.recognize(facts, ctx);
    return facts;
  });
}

/**
 * The events a text states, each dated as precisely as the text (never more), with its pair,
 * initiator, class and CAMEO code, actors, place, setting, sectors, count and evidence. Never
 * throws on any string; a non-string is read as empty text.
 */
export function extractEvents(text: string, opts: ExtractOptions = {}): ExtractResult {
  const input = typeof text === 'string' ? text : '';
  const language = languageOf(input, opts.language);
  const conf = language === 'ru' ? RUSSIAN : ENGLISH;
  const documentId = opts.documentId ?? documentIdOf(input);
  const ctx: DocumentContext = {
    text: input,
    documentId,
    sentences: segmentText(input),
    facts: [],
    passageCountries: new Map(),
  };
  const published =
    opts.referenceDate && isDay(opts.referenceDate) ? opts.referenceDate : conf.dateline(input);
  if (published) {
    ctx.referenceDate = published;
    ctx.publicationDate = published;
  }
  if (opts.dyad) ctx.requestedDyad = sortedDyad(opts.dyad[0].toUpperCase(), opts.dyad[1].toUpperCase());
  ctx.facts = recognize(ctx, conf);
  const dd = documentDyad(ctx.facts, opts.title ?? ctx.sentences[0]?.text, conf.titleCountries);
  if (dd) ctx.documentDyad = dd;
  ctx.passageCountries = passageCountries(ctx.facts);
  let candidates: Candidate[] = [];
  const tables = conf.tables ? visitTables(ctx.sentences) : new Map();
  for (const f of ctx.facts) {
    const cols = f.sentence.tableRow ? tables.get(f.sentence.index) : undefined;
    const visit = cols ? tableVisit(f, cols) : undefined;
    if (cols && visit) {
      const c = candidateFor(f, visit, findSectors(f.sentence.text));
      tablePlace(c, cols);
      candidates.push(c);
    } else for (const c of conf.triggers(f, input)) candidates.push(c);
  }
  for (const r of conf.refiners) candidates = r.refine(ctx, candidates);
  const head = readDocumentHead(input, opts.url);
  const document: ExtractedDocument = { id: documentId, language, sentences: ctx.sentences.length };
  const title = opts.title ?? head.title;
  if (title) document.title = title;
  const publisher = opts.publisher ?? head.publisher;
  if (publisher) document.publisher = publisher;
  if (published) document.published = published;
  if (opts.url) document.url = opts.url;
  const finished: Finished[] = candidates.map((c, i) => ({ candidate: c, event: toEvent(c, i, documentId) }));
  const records: ExtractedRecords = {
    agreements: [],
    mechanisms: [],
    indicators: [],
    statements: [],
    milestones: [],
  };
  for (const b of RECORD_BUILDERS) b.build(ctx, finished, records);
  return { document, events: finished.map((f) => f.event), records };
}
