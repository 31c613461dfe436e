import { type GoldFile, UNKNOWN } from './gold.ts';
import { type Comparable, matchEvents } from './match.ts';
import { microAverage, rates, type Score } from './score.ts';
import { type ExtractedRecordsLike, RECORD_KINDS, type RecordKind, scoreRecords } from './score-records.ts';

/** Options the extractor is called with, taken from the gold file. */
export type ExtractOptions = {
  dyad?: [string, string];
  documentId?: string;
  title?: string;
  referenceDate?: string;
  language?: string;
};

/** An extracted event: its date is null when the text states none (it then matches no gold event). */
export type Extracted = Omit<Comparable, 'date'> & { date: string | null };

/** The part of `extractEvents` the evaluation calls. */
export type Extractor = (
  text: string,
  opts: ExtractOptions,
) => { events: readonly Extracted[]; records?: ExtractedRecordsLike };

/** An event as the report shows it: enough to find it in the text. */
export type EventBrief = { dyad: string; class: string; date: string; quote?: string };

export type FileResult = {
  name: string;
  /** The text's language (`en` unless its gold file says otherwise). */
  language: string;
  score: Score;
  /** Set when the extractor threw on this text; the file then counts every gold event as missed. */
  error?: string;
  misses: EventBrief[];
  falsePositives: EventBrief[];
  /** Matched events whose date is more precise than the gold's: [extracted date, gold date]. */
  morePrecise: { class: string; extracted: string; gold: string }[];
  /** Per record kind, when the gold annotates records. */
  records?: Record<RecordKind, Score>;
};

/** Every file's score, the micro-averaged total, the total of each language, and per record kind (micro-averaged over the files that annotate records). */
export type CorpusResult = {
  files: FileResult[];
  total: Score;
  byLanguage: Record<string, Score>;
  records?: Record<RecordKind, Score>;
};

function brief(e: Comparable & { quote?: string }): EventBrief {
  const out: EventBrief = { dyad: [...e.dyad].sort().join('-'), class: e.class, date: e.date };
  if (e.quote !== undefined) out.quote = e.quote;
  return out;
}

/** The quote of an extracted event, when it carries sources as `Event` does. */
function extractedQuote(e: Comparable): string | undefined {
  const sources = (e as { sources?: { quote?: unknown }[] }).sources;
  const quote = sources?.[0]?.quote;
  return typeof quote === 'string' ? quote : undefined;
}

/** The options a gold file asks the extractor to be called with. */
export function extractOptions(gold: GoldFile): ExtractOptions {
  const opts: ExtractOptions = { documentId: gold.name };
  if (gold.dyad) opts.dyad = gold.dyad;
  if (gold.title !== undefined) opts.title = gold.title;
  if (gold.referenceDate !== undefined) opts.referenceDate = gold.referenceDate;
  if (gold.language !== undefined) opts.language = gold.language;
  return opts;
}

/** Runs the extractor on one text and scores it against its gold; never throws. */
export function evaluateFile(gold: GoldFile, text: string, extract: Extractor): FileResult {
  let extracted: readonly Comparable[];
  let records: ExtractedRecordsLike | undefined;
  try {
    const out = extract(text, extractOptions(gold));
    records = out.records;
    // An undated event matches only a gold event dated `unknown`.
    extracted = out.events.map((e) => ({ ...e, date: e.date ?? UNKNOWN }));
  } catch (err) {
    const score = rates({
      gold: gold.events.length,
      extracted: 0,
      matched: 0,
      sameClass: 0,
      morePrecise: 0,
      coarser: 0,
    });
    return {
      name: gold.name,
      language: gold.language ?? 'en',
      score,
      error: err instanceof Error ? err.message : String(err),
      misses: gold.events.map(brief),
      falsePositives: [],
      morePrecise: [],
    };
  }
  const m = matchEvents(gold.events, extracted);
  const score = rates({
    gold: gold.events.length,
    extracted: extracted.length,
    matched: m.pairs.length,
    sameClass: m.pairs.filter((p) => p.sameClass).length,
    morePrecise: m.pairs.filter((p) => p.morePrecise).length,
    coarser: m.coarser.length,
  });
  const none: ExtractedRecordsLike = { agreements: [], milestones: [], statements: [] };
  return {
    name: gold.name,
    language: gold.language ?? 'en',
    score,
    ...(gold.records ? { records: scoreRecords(gold.records, records ?? none) } : {}),
    misses: m.unmatchedGold.map((i) => brief(gold.events[i]!)),
    falsePositives: m.unmatchedExtracted.map((i) => {
      const e = extracted[i]!;
      const quote = extractedQuote(e);
      return brief(quote === undefined ? e : { ...e, quote });
    }),
    morePrecise: m.pairs
      .filter((p) => p.morePrecise)
      .map((p) => ({
        class: gold.events[p.gold]!.class,
        extracted: extracted[p.extracted]!.date,
        gold: gold.events[p.gold]!.date,
      })),
  };
}

/** Scores every text of a corpus and micro-averages the counts. */
export function evaluateCorpus(
  files: readonly { gold: GoldFile; text: string }[],
  extract: Extractor,
): CorpusResult {
  const results = files.map((f) => evaluateFile(f.gold, f.text, extract));
  const byLanguage: Record<string, Score> = {};
  for (const language of [...new Set(results.map((r) => r.language))].sort())
    byLanguage[language] = microAverage(results.filter((r) => r.language === language).map((r) => r.score));
  const out: CorpusResult = { files: results, total: microAverage(results.map((r) => r.score)), byLanguage };
  const annotated = results.filter((r) => r.records !== undefined);
  if (annotated.length > 0)
    out.records = Object.fromEntries(
      RECORD_KINDS.map((k) => [k, microAverage(annotated.map((r) => r.records![k]))]),
    ) as Record<RecordKind, Score>;
  return out;
}
