/**
 * Report benchmark for Azerbaijan–Uzbekistan (the built-in dossier): gathering the data (baseline),
 * building the model, Markdown, HTML (target < 0.5 s) and PDF (target < 5 s, Chromium start included).
 *
 *   npx tsx bench/report.ts [--reps=5] [--no-pdf]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildReportModel,
  gatherReportData,
  renderHtml,
  renderMarkdown,
  renderPdf,
} from '../src/report/index.ts';
import { ChromiumMissingError } from '../src/report/pdf.ts';
import { openHome } from '../src/store/home.ts';

function flag(name: string, fallback: number): number {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.slice(name.length + 3)) : fallback;
}

/** Median wall time of `fn` over `reps` runs, in ms. */
async function time(reps: number, fn: () => unknown): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    await fn();
    runs.push(performance.now() - t);
  }
  return runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
}

const reps = flag('reps', 5);
const dir = mkdtempSync(join(tmpdir(), 'bilateral-bench-report-'));
const home = openHome(dir, new Date('2026-11-27T12:00:00Z'));
try {
  const opts = { asOf: '2026-11', now: '2026-11' };
  const gather = () => gatherReportData(home.kb, ['AZE', 'UZB'], opts);
  const data = gather();
  const model = buildReportModel(data);
  renderHtml(model); // warm up ECharts
  const tGather = await time(reps, gather);
  const tModel = await time(reps, () => buildReportModel(gather()));
  const tMd = await time(reps, () => renderMarkdown(buildReportModel(gather())));
  const tHtml = await time(reps, () => renderHtml(buildReportModel(gather())));
  const html = renderHtml(model);
  console.log(
    `AZE–UZB: ${data.events.length} events, ${model.references.length} references, HTML ${html.length} chars`,
  );
  console.log(`gather data (baseline)   ${tGather.toFixed(1)} ms`);
  console.log(
    `gather + model           ${tModel.toFixed(1)} ms   ${(tModel / tGather).toFixed(1)}× baseline`,
  );
  console.log(`gather + model + md      ${tMd.toFixed(1)} ms   ${(tMd / tGather).toFixed(1)}× baseline`);
  console.log(
    `gather + model + html    ${tHtml.toFixed(1)} ms   ${(tHtml / tGather).toFixed(1)}× baseline  (target < 500 ms: ${tHtml < 500 ? 'met' : 'MISSED'})`,
  );
  if (!process.argv.includes('--no-pdf')) {
    try {
      const tPdf = await time(Math.min(reps, 3), () => renderPdf(html));
      console.log(
        `html → pdf (Chromium)    ${tPdf.toFixed(1)} ms   ${(tPdf / tHtml).toFixed(1)}× html  (target < 5000 ms: ${tPdf < 5000 ? 'met' : 'MISSED'})`,
      );
    } catch (err) {
      if (!(err instanceof ChromiumMissingError)) throw err;
      console.log(`pdf skipped: ${err.message}`);
    }
  }
} finally {
  home.close();
  rmSync(dir, { recursive: true, force: true });
}
