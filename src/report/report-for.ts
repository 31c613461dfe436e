/** One call from a knowledge base to a finished report, for the CLI and the HTTP API. */
import { lastDay } from '../core/partial-date.ts';
import type { Dyad } from '../core/types.ts';
import type { LakePort } from '../service/lake-port.ts';
import type { KnowledgeBase } from '../store/kb/knowledge-base.ts';
import { pairCoverage } from '../store/level-input.ts';
import { buildReportModel } from './build-model.ts';
import { gatherReportData } from './gather.ts';
import { renderHtml } from './html.ts';
import { renderMarkdown } from './markdown.ts';
import { type PdfOptions, renderPdf } from './pdf.ts';

export type ReportFormat = 'md' | 'html' | 'pdf';

export type ReportForOptions = {
  format: ReportFormat;
  /** Last month covered, `YYYY-MM` (default `now`). */
  asOf?: string;
  /** The month the report is written, `YYYY-MM`. */
  now: string;
  pdf?: PdfOptions;
  /** The event lake, whose events count in the level as they do in `bilateral level`. */
  lake?: LakePort;
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
  if (opts.lake)
    data.machineEvents = await opts.lake.dyadEvents(dyad[0], dyad[1], { to: lastDay(data.asOf) });
  if (opts.lake) data.coverage = pairCoverage(kb, dyad, 'all', await opts.lake.coverageShares(dyad));
  const model = buildReportModel(data);
  if (opts.format === 'md') return renderMarkdown(model);
  const html = renderHtml(model);
  if (opts.format === 'html') return html;
  return renderPdf(html, { footerText: `${model.title} · as of ${model.asOfLabel}`, ...opts.pdf });
}
