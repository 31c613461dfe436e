import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildReportModel } from './build-model.ts';
import { oneEventData } from './fixtures.ts';
import { renderHtml } from './html.ts';
import { ChromiumMissingError, DEFAULT_CHROMIUM, renderPdf } from './pdf.ts';

const NO_CHROMIUM = existsSync(DEFAULT_CHROMIUM) ? false : `${DEFAULT_CHROMIUM} is absent`;

test('without the browser, renderPdf throws ChromiumMissingError with the install hint', async () => {
  await assert.rejects(renderPdf('<p>x</p>', { executablePath: '/nonexistent/chromium' }), (err: unknown) => {
    assert.ok(err instanceof ChromiumMissingError);
    assert.equal(err.hint, 'install Chromium with: apt-get install -y chromium');
    return true;
  });
});

test('the PDF: A4, first page rendered by pdftoppm, title and level found by pdftotext', {
  skip: NO_CHROMIUM,
}, async () => {
  const model = buildReportModel(oneEventData());
  const pdf = await renderPdf(renderHtml(model), { footerText: 'footer' });
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  const dir = mkdtempSync(join(tmpdir(), 'bilateral-pdf-'));
  try {
    const file = join(dir, 'r.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '1', file, join(dir, 'p')]);
    const png = readFileSync(join(dir, 'p-1.png'));
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    // A4 at 40 dpi: 8.27 × 11.69 in → 331 × 468 px, rounded up by pdftoppm.
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [332, 469]);
    const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', file, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    assert.ok(text.includes('Level of bilateral relations between Kazakhstan and Uzbekistan'), text);
    const cur = model.level.current!;
    // The fixture's record ends in March 2024, before the report month: the headline is March's.
    assert.ok(text.includes('In March 2024, the last month with evidence'), text);
    assert.ok(text.includes(`relations stand at ${cur.display.toFixed(1)}`), text);
    assert.ok(text.includes(`${cur.level} · ${cur.sublevel}`), text);
    assert.match(text, /Page 1 of \d+/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
