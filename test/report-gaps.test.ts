import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { homeCli } from './_home-cli.ts';

const HOME = mkdtempSync(join(tmpdir(), 'bilateral-report-gaps-'));
after(() => rmSync(HOME, { recursive: true, force: true }));
const home = homeCli(HOME);

test('months no source covers inside a record are gaps, not "months since"; a source is named once with its periods', async () => {
  // Two Russian read-outs of Turkmenistan–Uzbekistan (August and November 2025), as the README shows.
  for (const [file, date] of [
    ['test/extract-gold/ru-tkm-uzb-working-visit-2025.txt', '2025-08-22'],
    ['test/extract-gold/ru-tkm-uzb-state-visit-2025.txt', '2025-11-17'],
  ] as const) {
    const saved = await home.cli('extract', file, '--date', date, '--save');
    assert.equal(saved.code, 0, saved.stderr);
  }
  const r = await home.cli('report', 'TKM', 'UZB', '--as-of', '2025-11', '--format', 'md');
  assert.equal(r.code, 0, r.stderr);
  // The header counts what the assessment counts, and the reference facts beside them.
  assert.match(r.stdout, /· 4 events and 2 reference facts · 4 sources\*\n/);
  assert.match(r.stdout, / It holds 4 events\./);
  assert.match(
    r.stdout,
    / The record behind it runs from January 1991 to November 2025 and rests on the saved documents, ATOP alliance obligations 5\.1 and COW Diplomatic Exchange 2006\.1; 81 months within it lie outside every source's coverage\. /,
  );
  assert.doesNotMatch(r.stdout, /months since are a projection/);
  assert.match(
    r.stdout,
    /\nThe level rests on the saved documents \(August 2025 and November 2025\); ATOP alliance obligations 5\.1 \(January 1991 to December 2018\); COW Diplomatic Exchange 2006\.1 \(January 1991 to December 2005\)\. 81 months of the chart lie outside every source's coverage and are a projection \(dashed\), not evidence\.\n/,
  );
});
