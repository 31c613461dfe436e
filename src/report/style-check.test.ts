import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { memoryIO } from '../cli/memory-io.ts';
import { run } from '../cli/run.ts';
import { PACKAGE_ROOT } from '../store/paths.ts';
import { styleProblems } from './style-check.ts';

const HOME = mkdtempSync(join(tmpdir(), 'bilateral-style-'));
after(() => rmSync(HOME, { recursive: true, force: true }));

/** Runs the CLI on the test home; fails on a non-zero exit. */
async function cli(...argv: string[]): Promise<string> {
  const m = memoryIO({ cwd: PACKAGE_ROOT, now: new Date('2026-11-27T12:00:00Z') });
  const code = await run(['--home', HOME, ...argv], m.io);
  assert.equal(code, 0, m.stderr());
  return m.stdout();
}

test('the style check finds what the old report printed', () => {
  const found = (md: string) => styleProblems(md).map((p) => p.rule);
  assert.deepEqual(found('size usd m: 500; share AZE pct: 75; share UZB pct: 25'), ['key: value dump']);
  assert.deepEqual(found('co_chairs_2023_2025: Mikayil Jabbarov'), ['snake_case field name']);
  assert.deepEqual(found('event:au002-aze-embassy — date'), ['internal id']);
  assert.deepEqual(found('The highest rung is ALLIED_TREATY_SIGNED.'), ['code of the ladder or a class']);
  assert.deepEqual(found('Militarized interstate dispute 1238, 1947-09 to 1948-12.'), ['ISO date in prose']);
  assert.deepEqual(found('the the level rose'), ['doubled word']);
  assert.deepEqual(found('## Institutional framework\n\nNo mechanisms recorded.\n'), ['empty statement']);
  assert.deepEqual(found('## Statements\n\n## Agreements\n\nA line.'), ['empty section']);
  // Addresses and file names are not prose.
  assert.deepEqual(
    found('1. Trend, <https://24.kg/english/350914_Ilham_Aliyev/>, table cow_mid_ddydisps.csv.gz'),
    [],
  );
});

test('the reports of five pairs pass the style check: built-in, two reference-only, a dossier, an extracted text', async () => {
  // Three real news leads from the PLOVER gold standard, saved as a document of their own.
  await cli('extract', 'test/fixtures/news/plover-serbia.txt', '--date', '1992-01-10', '--save');
  await cli('import', 'test/fixtures/dossiers/kaz-uzb-mini.json');
  const pairs = [
    ['AZE', 'UZB'],
    ['IND', 'PAK'],
    ['GBR', 'USA'],
    ['KAZ', 'UZB'],
    ['ALB', 'SRB'],
  ];
  for (const [a, b] of pairs) {
    const md = await cli('report', a!, b!);
    assert.deepEqual(styleProblems(md), [], `${a}–${b}`);
    // The brief comes first and has its assessment; no section is empty.
    assert.match(
      md,
      /^# Level of bilateral relations between .*\n\n\*As of .*\n\n## Brief\n\n\*\*(Where they stand|Assessment)\.\*\* /,
      `${a}–${b}`,
    );
    assert.match(md, /\*\*Assessment\.\*\* /, `${a}–${b}`);
    assert.doesNotMatch(md, /No [a-z ]+ recorded\./, `${a}–${b}`);
  }
});
