import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openHome } from '../store/home.ts';
import { PACKAGE_ROOT } from '../store/paths.ts';
import { buildReportModel, gatherReportData, renderHtml, renderMarkdown, reportFor } from './index.ts';

const DIR = mkdtempSync(join(tmpdir(), 'bilateral-report-'));
const home = openHome(DIR, new Date('2026-11-27T12:00:00Z'));
after(() => {
  home.close();
  rmSync(DIR, { recursive: true, force: true });
});
const GOLDEN = join(PACKAGE_ROOT, 'test', 'golden', 'report', 'aze-uzb.html');
const data = gatherReportData(home.kb, ['AZE', 'UZB'], { asOf: '2026-11', now: '2026-11' });
const model = buildReportModel(data);
const html = renderHtml(model);
const md = renderMarkdown(model);

test('the AZE–UZB HTML report of the built-in dossier matches the committed snapshot', () => {
  // UPDATE_GOLDEN=1 node --import tsx --test src/report/report-aze-uzb.test.ts rewrites it after a deliberate change.
  if (process.env['UPDATE_GOLDEN']) writeFileSync(GOLDEN, html);
  assert.equal(html, readFileSync(GOLDEN, 'utf8'));
});

test('reportFor gives the same HTML and Markdown as the steps it is made of', async () => {
  assert.equal(
    await reportFor(home.kb, ['AZE', 'UZB'], { format: 'html', asOf: '2026-11', now: '2026-11' }),
    html,
  );
  assert.equal(
    await reportFor(home.kb, ['AZE', 'UZB'], { format: 'md', asOf: '2026-11', now: '2026-11' }),
    md,
  );
});

test('the report covers every event of the dossier, each with its references', () => {
  assert.equal(model.chronology.length, data.events.length);
  for (const e of data.events) {
    const row = model.chronology.find((r) => r.id === e.id);
    assert.ok(row && row.cites.length > 0, `${e.id} is cited`);
    assert.ok(html.includes(`id="event-${e.id}"`), `${e.id} in the HTML`);
  }
});

test('every source address is one numbered reference, and every number cited exists', () => {
  const urls = new Set(
    data.events.flatMap((e) => e.sources.flatMap((s) => (s.url ? [new URL(s.url).href] : []))),
  );
  const listed = model.references.flatMap((r) => (r.url ? [r.url] : []));
  assert.equal(new Set(listed).size, listed.length, 'no address twice');
  for (const u of urls) assert.ok(listed.includes(u), `${u} listed`);
  assert.deepEqual(
    model.references.map((r) => r.n),
    model.references.map((_, i) => i + 1),
  );
  const max = model.references.length;
  for (const m of html.matchAll(/href="#ref-(\d+)"/g)) assert.ok(Number(m[1]) <= max);
  assert.deepEqual(model.summary[1]?.cites.slice(0, 2), [1, 2], 'numbered in reading order');
});

test('the embassy-date conflict is flagged with every claim and its sources', () => {
  const c = model.conflicts.find((x) => x.subject.startsWith("Azerbaijan's embassy in Uzbekistan opened"));
  assert.ok(c);
  assert.equal(c.field, 'date');
  assert.deepEqual(
    c.claims.map((cl) => cl.value),
    ['1996-08', '1996', '1996', '1997-06'],
  );
  for (const cl of c.claims) assert.ok(cl.cites.length > 0);
  const row = model.chronology.find((r) => r.id === 'au002-aze-embassy');
  assert.deepEqual(row?.disputed, [c.anchor]);
  assert.ok(html.includes(`<div class="dispute" id="${c.anchor}">`));
  assert.ok(html.includes(`href="#${c.anchor}"`));
  assert.ok(md.includes('⚑ **date** of Azerbaijan'));
  assert.equal(model.conflicts.length, data.conflicts.length);
});

test('the summary states the level, its trends and drivers; the page is self-contained', () => {
  // The dossier runs to February 2026: the headline and the trends are about covered months only.
  const cur = model.level.current!;
  assert.equal(cur.month, '2026-02');
  assert.equal(cur.projected, false);
  assert.ok(
    model.summary[0]?.text.startsWith('The record runs to February 2026; no source covers the months since.'),
  );
  assert.equal(model.summary[0]?.text.includes(`stood at ${cur.display.toFixed(1)}`), true);
  assert.equal(model.summary[0]?.text.includes(`${cur.level}, ${cur.sublevel} sub-level`), true);
  assert.match(
    model.summary[2]?.text ?? '',
    /^Over the 12 months to February 2026 the level .* from \d\.\d in February 2025 to \d\.\d; over the 60 months to February 2026/,
  );
  assert.match(
    model.summary[3]?.text ?? '',
    /^Over the 12 months to February 2026 the level was (raised|lowered) most by/,
  );
  assert.doesNotMatch(model.summary[3]?.text ?? '', /the fading of/);
  // Drivers are named by kind and date, not by a summary in quotation marks.
  assert.match(
    model.summary[3]?.text ?? '',
    /lowered most by the effect of the state visit of 22 August 2024 wearing off \(−0\.05\)/,
  );
  assert.doesNotMatch(model.summary[3]?.text ?? '', /“/);
  assert.equal(model.level.trend12?.fromMonth, '2025-02');
  assert.equal(model.level.milestones.map((x) => x.rung).at(-1), 'ALLIED_TREATY_SIGNED');
  assert.equal((html.match(/<svg/g) ?? []).length, 2);
  assert.ok(!/<script|<link|@import|url\(http|src="http/i.test(html), 'no script, no outside request');
  assert.ok(md.startsWith('# Level of bilateral relations between Azerbaijan and Uzbekistan\n'));
});
