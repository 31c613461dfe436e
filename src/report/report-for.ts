/** One call from a knowledge base to a finished report, for the CLI and the HTTP API. */
import { lastDay } from '../core/partial-date.ts';
import type { Dyad } from '../core/types.ts';
import { referenceDataset } from '../core/reference/datasets.ts';
import { type IndicatorSource, indicatorsOf } from '../service/indicators.ts';
import type { LakePort } from '../service/lake-port.ts';
import type { ReferencePort } from '../service/reference-port.ts';
import type { KnowledgeBase } from '../store/kb/knowledge-base.ts';
import { countedReference, pairCoverage } from '../store/level-input.ts';
import { briefView } from './brief-json.ts';
import { buildReportModel } from './build-model.ts';
import { gatherReportData } from './gather.ts';
import { renderHtml } from './html.ts';
import { renderMarkdown } from './markdown.ts';
import { type PdfOptions, renderPdf } from './pdf.ts';

/** `json`: the brief, the disagreements and their references as data (the dashboard's view). */
export type ReportFormat = 'md' | 'html' | 'pdf' | 'json';

export type ReportForOptions = {
  format: ReportFormat;
  /** Last month covered, `YYYY-MM` (default `now`). */
  asOf?: string;
  /** The month the report is written, `YYYY-MM`. */
  now: string;
  pdf?: PdfOptions;
  /** The event lake, whose events count in the level as they do in `bilateral level`. */
  lake?: LakePort;
  /** The reference data sets, whose facts count in the level and the chronology as in `bilateral level`. */
  reference?: ReferencePort;
  /** The reference data's indicator tables: with `reference`, the report has a "Structural record". */
  indicators?: IndicatorSource;
};

/**
 * The report of a dyad: Markdown or HTML as a string, PDF as a Buffer.
 *
 * @throws ChromiumMissingError for `pdf` when Chromium is not available.
 */
export async function reportFor(
  kb: KnowledgeBase,
  dyad: Dyad,
  opts: ReportForOptions,
): Promise<string | Buffer> {
  const data = gatherReportData(kb, dyad, { now: opts.now, ...(opts.asOf ? { asOf: opts.asOf } : {}) });
  const facts = opts.reference ? await opts.reference.pairFacts(dyad) : [];
  const reference = countedReference(kb, dyad, facts);
  if (opts.reference && opts.indicators)
    data.structural = { facts, indicators: await indicatorsOf(kb, opts.indicators, dyad) };
  if (reference.length > 0) {
    data.events = [...data.events, ...reference].sort((x, y) =>
      x.date < y.date ? -1 : x.date > y.date ? 1 : 0,
    );
    // Each data set is a reference of its own, cited with its version and terms.
    for (const e of reference) {
      const id = e.sources[0]?.document;
      if (!id || !e.reference || data.documents[id]) continue;
      const d = referenceDataset(e.reference.dataset as Parameters<typeof referenceDataset>[0]);
      data.documents[id] = {
        id,
        title: `${d.title} ${d.version} (${d.citation}; ${d.terms})`,
        language: 'en',
        publisher: 'Bilateral reference data (data/reference)',
      };
    }
  }
  if (opts.lake)
    data.machineEvents = await opts.lake.dyadEvents(dyad[0], dyad[1], { to: lastDay(data.asOf) });
  const shares = opts.lake ? await opts.lake.coverageShares(dyad) : undefined;
  if (opts.lake || reference.length > 0) data.coverage = pairCoverage(kb, dyad, 'all', shares, reference);
  const model = buildReportModel(data);
  if (opts.format === 'md') return renderMarkdown(model);
  if (opts.format === 'json') return JSON.stringify(briefView(model));
  const html = renderHtml(model);
  if (opts.format === 'html') return html;
  return renderPdf(html, { footerText: `${model.title} · as of ${model.asOfLabel}`, ...opts.pdf });
}
