/** The report "Level of bilateral relations between A and B" in Markdown, HTML and PDF. */
export { buildReportModel } from './build-model.ts';
export { levelChartSvg } from './charts/level-chart.ts';
export { sectorChartSvg } from './charts/sector-chart.ts';
export { type GatherOptions, gatherReportData } from './gather.ts';
export { renderHtml } from './html.ts';
export { renderMarkdown } from './markdown.ts';
export {
  CHROMIUM_INSTALL_HINT,
  ChromiumMissingError,
  DEFAULT_CHROMIUM,
  type PdfOptions,
  renderPdf,
} from './pdf.ts';
export { type ReportFormat, type ReportForOptions, reportFor } from './report-for.ts';
export type { Cited, ReportData, ReportModel, ReportOptions } from './types.ts';
