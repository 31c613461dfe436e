/**
 * Issue 10 end to end: machine-coded events move a level only when corroborated. With only the real
 * 15-minute GDELT export ingested, no pair moves by more than 0.3 (RUS–UKR's one "occupy territory"
 * event, coded twice from a letter to the editor about Syria, moves nothing); a corroborated burst of
 * coded clashes does move a pair, and its explanation names the dyad-month with its sources.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { memoryIO } from '../src/cli/memory-io.ts';
import { run } from '../src/cli/run.ts';
import { LEVEL_PARAMS, lakeCoverageSpans } from '../src/core/level/index.ts';
import { computeLevel } from '../src/core/level/engine.ts';
import type { Level } from '../src/core/level/index.ts';
import { Lake } from '../src/store/lake/lake.ts';
import { PACKAGE_ROOT } from '../src/store/paths.ts';

const DIR = mkdtempSync(join(tmpdir(), 'bilateral-honest-lake-'));
const HOME = join(DIR, 'home');
const BURST_HOME = join(DIR, 'burst-home');
const FIXTURE = join(PACKAGE_ROOT, 'test', 'fixtures', 'gdelt', '20191024143000.export.CSV');
after(() => rmSync(DIR, { recursive: true, force: true }));

async function cli(home: string, ...argv: string[]) {
  const m = memoryIO({ cwd: PACKAGE_ROOT, now: new Date('2026-11-27T12:00:00Z') });
  const code = await run(['--home', home, ...argv], m.io);
  return { code, stdout: m.stdout(), stderr: m.stderr() };
}

async function level(home: string, ...argv: string[]): Promise<Level> {
  const r = await cli(home, '--json', 'level', ...argv);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout);
}

/**
 * GDELT 2.0 rows made from a real row of the fixture (RUS→UKR, line 1565) with the actors, date,
 * CAMEO code, Goldstein weight, sources, articles and address changed: the shape of real exports.
 */
function clashRows(): string {
  const template = readFileSync(FIXTURE, 'utf8').split('\n')[1564]!.split('\t');
  assert.equal(template.length, 61);
  // [day, CAMEO code, Goldstein, NumSources, NumArticles]
  const acts: [string, string, number, number, number][] = [
    ['27', '190', -10, 4, 12],
    ['27', '193', -10, 3, 9],
    ['28', '190', -10, 5, 20],
    ['28', '195', -10, 2, 6],
    ['29', '190', -10, 6, 18],
    ['29', '173', -5, 2, 4],
    ['30', '190', -10, 3, 10],
    ['30', '111', -2, 2, 3],
  ];
  return acts
    .map(([day, code, goldstein, sources, articles], i) => {
      const f = [...template];
      f[0] = String(990000001 + i);
      f[1] = `202009${day}`;
      f[2] = '202009';
      f[3] = '2020';
      f[4] = '2020.7397';
      [f[5], f[6], f[7]] = ['AZE', 'AZERBAIJAN', 'AZE'];
      [f[15], f[16], f[17]] = ['ARM', 'ARMENIA', 'ARM'];
      f[25] = '1';
      f[26] = code;
      f[27] = code;
      f[28] = code.slice(0, 2);
      f[29] = '4';
      f[30] = String(goldstein);
      f[31] = String(sources * 2);
      f[32] = String(sources);
      f[33] = String(articles);
      f[59] = `202009${day}120000`;
      f[60] = `https://news.example.org/2020/09/${day}/clash-${i}`;
      return f.join('\t');
    })
    .join('\n');
}

before(async () => {
  const r = await cli(HOME, 'ingest', 'gdelt', FIXTURE);
  assert.equal(r.code, 0, r.stderr);
  const burst = join(DIR, '20200930120000.export.CSV');
  writeFileSync(burst, `${clashRows()}\n`);
  const b = await cli(BURST_HOME, 'ingest', 'gdelt', burst);
  assert.equal(b.code, 0, b.stderr);
});

test('one 15-minute GDELT file: no pair moves by more than 0.3; a pair with only an uncorroborated row has no number', async () => {
  const lake = await Lake.open(HOME);
  try {
    const coverage = lakeCoverageSpans(await lake.coverageShares(), LEVEL_PARAMS);
    // The file is 15 minutes of 2019-10-24: partial coverage of one month, never routine.
    assert.deepEqual(coverage, [
      {
        source: 'lake',
        kind: 'lake',
        from: '2019-10',
        to: '2019-10',
        routine: false,
        label: 'event lake (GDELT, ICEWS), part of each month ingested',
      },
    ]);
    let pairs = 0;
    let largest = 0;
    await lake.forEachDyad({}, (dyad, events) => {
      const l = computeLevel({
        dyad,
        from: '2019-01',
        to: '2019-12',
        events,
        agreements: [],
        mechanisms: [],
        coverage,
      });
      pairs++;
      const most = Math.max(...l.series.map((p) => Math.abs(p.score)));
      assert.ok(most <= 0.3, `${dyad.join('-')} moved ${most}`);
      largest = Math.max(largest, most);
    });
    assert.equal(pairs, 74);
    // A few corroborated events in one month, shrunk toward zero: far below the 0.3 bar.
    assert.ok(largest > 0 && largest < 0.1, String(largest));
  } finally {
    lake.close();
  }
  // In the lake, RUS–UKR's only record is that one uncorroborated event: no number, and the reason
  // says why (the reference data, which records their wars, is left out with --events lake).
  const rusUkr = await level(HOME, 'RUS', 'UKR', '--events', 'lake');
  assert.equal(rusUkr.measurable, false);
  assert.equal(
    rusUkr.reason,
    'the only record of RUS–UKR up to 2026-11 is 1 machine-coded event that nothing corroborates',
  );
  assert.deepEqual(rusUkr.series, []);
  const partners = JSON.parse((await cli(HOME, '--json', 'partners', 'UKR', '--events', 'lake')).stdout);
  assert.ok(!partners.partners.some((p: { iso3: string }) => p.iso3 === 'RUS'));
});

test('a corroborated burst of coded clashes moves the level, explained as one dyad-month with its sources', async () => {
  const l = await level(
    BURST_HOME,
    'ARM',
    'AZE',
    '--events',
    'lake',
    '--from',
    '2020-08',
    '--to',
    '2020-12',
    '--explain',
    '2020-09',
  );
  const at = (m: string) => l.series.find((p) => p.month === m)!;
  assert.equal(at('2020-08').score, 0);
  // Eight corroborated events, mean Goldstein −8.375: a = 0.1 · 0.5 · −8.375 · 8/18 ≈ −0.186.
  const a = 0.1 * 0.5 * (-67 / 8) * (8 / 18);
  assert.ok(Math.abs(at('2020-09').score - 9 * Math.tanh(a / 9)) < 1e-9, String(at('2020-09').score));
  assert.ok(at('2020-09').score < -0.15);
  assert.equal(at('2020-09').level, 'bad');
  // It fades with a three-month half-life.
  assert.ok(Math.abs(at('2020-12').score - 9 * Math.tanh((a * 2 ** -1) / 9)) < 1e-9);
  const top = l.explain!.contributions[0]!;
  assert.equal(top.kind, 'new_event');
  assert.equal(top.ref, 'machine:ARM-AZE:2020-09');
  assert.equal(top.title, 'GDELT events of 2020-09: 8 counted of 8 coded, mean Goldstein −8.38');
  assert.equal(top.class, 'machine_month');
  assert.equal(top.provenance, 'gdelt');
  assert.deepEqual(
    top.sources!.map((s) => s.url),
    [
      'https://news.example.org/2020/09/27/clash-0',
      'https://news.example.org/2020/09/27/clash-1',
      'https://news.example.org/2020/09/28/clash-2',
    ],
  );
  // The timeline still lists each coded event; the rung never moves on machine-coded data.
  assert.ok(l.series.every((p) => p.rung === 'NONE'));
  const t = await cli(BURST_HOME, '--json', 'timeline', 'ARM', 'AZE', '--source', 'lake');
  assert.equal(JSON.parse(t.stdout).events.length, 8);
});
