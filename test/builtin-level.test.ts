import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { after, test } from 'node:test';
import { PACKAGE_ROOT } from '../src/store/paths.ts';
import { homeCli } from './_home-cli.ts';

const HOME = mkdtempSync(join(tmpdir(), 'bilateral-level-'));
after(() => rmSync(HOME, { recursive: true, force: true }));

const { cli, level } = homeCli(HOME);

test('Azerbaijan–Uzbekistan on the built-in dossier: good by 2004, friendly after the 2024 allied treaty', async () => {
  const { series, method, dyad } = await level('AZE', 'UZB', '--events', 'kb');
  assert.deepEqual(dyad, ['AZE', 'UZB']);
  assert.equal(method.name, 'rls');
  assert.equal(series[0]!.month, '1995-10');
  assert.equal(series.at(-1)!.month, '2026-11');
  const at = (m: string) => series.find((p) => p.month === m)!;
  assert.equal(at('1995-10').rung, 'DIPLOMATIC_RELATIONS');
  assert.equal(at('1995-10').level, 'ordinary');
  assert.equal(at('2004-12').level, 'good');
  assert.equal(at('2004-12').rung, 'STRATEGIC_PARTNERSHIP');
  assert.equal(at('2024-09').rung, 'ALLIED_TREATY_SIGNED');
  for (const p of series.filter((x) => x.month >= '2024-09')) assert.equal(p.level, 'friendly', p.month);
  for (const p of series) {
    assert.ok(p.band[0] <= p.score && p.score <= p.band[1], p.month);
    assert.ok(p.score > -9 && p.score < 9);
  }
});

test('--explain: the contributions of a month sum to its change and name the allied treaty', async () => {
  const { series, explain } = await level('AZE', 'UZB', '--explain', '2024-08', '--events', 'kb', '--all');
  assert.ok(explain);
  assert.equal(explain.folded, undefined);
  const i = series.findIndex((p) => p.month === '2024-08');
  assert.ok(i > 0);
  const delta = series[i]!.score - series[i - 1]!.score;
  assert.ok(Math.abs(explain.delta - delta) < 1e-9);
  const sum = explain.contributions.reduce((s, c) => s + c.dS, 0);
  assert.ok(Math.abs(sum - delta) < 1e-9);
  // Without --all: the 10 largest, the rest folded; together they still sum to the change.
  const folded = (await level('AZE', 'UZB', '--explain', '2024-08', '--events', 'kb')).explain!;
  assert.deepEqual(folded.contributions, explain.contributions.slice(0, 10));
  assert.equal(folded.folded!.count, explain.contributions.length - 10);
  const listed = folded.contributions.reduce((s, c) => s + c.dS, 0);
  assert.ok(Math.abs(listed + folded.folded!.dS - delta) < 1e-9);
  const baseline = explain.contributions.find((c) => c.kind === 'baseline')!;
  assert.match(baseline.title, /ALLIED_TREATY_SIGNED/);
  assert.ok(
    explain.contributions.some((c) => c.kind === 'new_event' && c.ref === 'au051-aliyev-state-visit'),
  );
});

test('the human output shows the label changes and the chart', async () => {
  const r = await cli('level', 'AZE', 'UZB', '--from', '2022-01', '--to', '2024-12', '--events', 'kb');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^Azerbaijan – Uzbekistan: \d\.\d friendly-\w+ in 2024-12/);
  assert.match(r.stdout, /2024-08 +friendly-\w+ +\d\.\d +ALLIED_TREATY_SIGNED/);
  assert.match(r.stdout, /┤/);
});

test('partners ranks every country with data, with its trend', async () => {
  const r = await cli('--json', 'partners', 'Azerbaijan', '--month', '2025-12', '--events', 'kb');
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.country, 'AZE');
  assert.equal(out.month, '2025-12');
  assert.equal(out.partners[0].iso3, 'UZB');
  assert.equal(out.partners[0].level, 'friendly');
  assert.equal(typeof out.partners[0].trend12, 'number');
});

test('honest levels on the built-in record: no gap reads as decline, the months after the record are projected', async () => {
  const { series, coverage, measurable } = await level('AZE', 'UZB', '--events', 'kb');
  assert.equal(measurable, true);
  assert.equal(coverage.lastEvidence, '2026-02');
  const at = (m: string) => series.find((p) => p.month === m)!;
  // The dossier states no complete coverage: its quiet years are not evidence of decline.
  for (const p of series.filter((x) => x.month >= '1999-01' && x.month <= '2003-12'))
    assert.ok(p.score >= 2.9, `${p.month} ${p.score}`);
  for (const p of series.filter((x) => x.month >= '2021-01' && x.month <= '2022-12')) {
    const { explain } = await level('AZE', 'UZB', '--events', 'kb', '--explain', p.month, '--all');
    const base = explain!.contributions.find((c) => c.kind === 'baseline')!;
    assert.doesNotMatch(base.title, /dormancy/, p.month);
  }
  assert.ok(at('2022-02').score > at('2021-09').score - 0.05, 'no fall in 2021–2022 from dormancy');
  // Within ±0.3 of rls-1.0.0 where the record is dense, with the same label.
  for (const [m, was, label] of [
    ['2004-06', 4.029, 'good-mid'],
    ['2022-12', 5.979, 'friendly-low'],
    ['2025-12', 7.634, 'friendly-mid'],
  ] as const) {
    assert.ok(Math.abs(at(m).score - was) <= 0.3, `${m}: ${at(m).score} vs ${was}`);
    assert.equal(`${at(m).level}-${at(m).sublevel}`, label, m);
  }
  for (const p of series) {
    assert.equal(p.projected, p.month > '2026-02', p.month);
    assert.equal(p.coverage, p.month > '2026-02' ? 'uncovered' : 'partial', p.month);
  }
});

test('the human headline names the last month with evidence and lists the coverage', async () => {
  const r = await cli('level', 'AZE', 'UZB', '--events', 'kb', '--from', '2025-06');
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.split('\n');
  assert.equal(
    lines[0],
    'Azerbaijan – Uzbekistan: 7.6 friendly-mid in 2026-02, the last month with evidence (90% band 7.3 … 7.8; method rls-1.2.0)',
  );
  assert.equal(
    lines[1],
    '  evidence   1995-10 … 2026-02  partial  dossier aze-uzb, first to last dated fact',
  );
  assert.equal(
    lines[2],
    '  projected  9 months after 2026-02 (to 2026-11: 7.3 friendly-mid if nothing further happened); no source covers them, drawn ░',
  );
  assert.match(r.stdout, /░/);
  assert.match(r.stdout, /2026-11 +friendly-mid +7\.3 +ALLIED_TREATY_SIGNED +projected/);
});

test('a pair with no fact is not measurable: words, exit 0, JSON without a series, partners leave it out', async () => {
  // Kiribati and Liechtenstein: the reference data holds only COW's "no representation" for them.
  const r = await cli('level', 'KIR', 'LIE');
  assert.equal(r.code, 0, r.stderr);
  assert.equal(
    r.stdout,
    'Kiribati – Liechtenstein: not measurable: no source holds an event, agreement or institution of KIR–LIE.\n' +
      'No number is given without evidence. Import a dossier (bilateral import), save the events of a text (bilateral extract --save) or ingest event data (bilateral ingest) for this pair.\n',
  );
  assert.deepEqual(await level('KIR', 'LIE'), {
    dyad: ['KIR', 'LIE'],
    method: { name: 'rls', version: 'rls-1.2.0' },
    measurable: false,
    reason: 'no source holds an event, agreement or institution of KIR–LIE',
    coverage: { spans: [] },
    series: [],
  });
  const early = await level('AZE', 'UZB', '--to', '1994-12');
  assert.equal(early.measurable, false);
  assert.equal(early.reason, 'nothing is recorded for AZE–UZB up to 1994-12; the record starts in 1995-10');
  // Before Kiribati and Uzbekistan were states, no source holds a fact of any of their pairs.
  const p = await cli('--json', 'partners', 'KIR', '--month', '1975-06');
  assert.deepEqual(JSON.parse(p.stdout).partners, []);
  const u = await cli('--json', 'partners', 'UZB', '--month', '1985-06');
  assert.deepEqual(JSON.parse(u.stdout).partners, []);
});

test('golden: the explanation of August 2024 lists the ten largest and folds the rest into one line', async () => {
  const r = await cli(
    'level',
    'AZE',
    'UZB',
    '--events',
    'kb',
    '--from',
    '2024-06',
    '--to',
    '2024-09',
    '--explain',
    '2024-08',
  );
  assert.equal(r.code, 0, r.stderr);
  const golden = readFileSync(join(PACKAGE_ROOT, 'test', 'golden', 'aze-uzb-explain-2024-08.txt'), 'utf8');
  assert.equal(r.stdout, golden);
  assert.match(r.stdout, /\n-0\.029 +82 smaller contributions, total -0\.029 \(--all lists them\)\n/);
  assert.match(r.stdout, /effect wearing off: Mirziyoyev attended the informal OTS summit in Shusha/);
});

test('bad level options exit 1', async () => {
  assert.equal((await cli('level', 'AZE', 'UZB', '--explain', '2024')).code, 1);
  assert.equal((await cli('level', 'AZE', 'UZB', '--events', 'web')).code, 1);
  assert.equal((await cli('level', 'AZE', 'UZB', '--mode', 'fast')).code, 1);
  assert.equal((await cli('partners', 'Atlantis')).code, 1);
});
