import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { PACKAGE_ROOT } from '../store/paths.ts';
import { memoryIO } from './memory-io.ts';
import { run } from './run.ts';

const HOME = mkdtempSync(join(tmpdir(), 'bilateral-cli-'));
after(() => rmSync(HOME, { recursive: true, force: true }));
const FIXTURES = join(PACKAGE_ROOT, 'test', 'fixtures', 'dossiers');

async function cli(...argv: string[]) {
  const m = memoryIO({ cwd: PACKAGE_ROOT });
  const code = await run(['--home', HOME, ...argv], m.io);
  return { code, stdout: m.stdout(), stderr: m.stderr() };
}

test('countries resolves every name form of the two first countries', async () => {
  const forms: [string, string][] = [
    ['Azərbaycan', 'AZE'],
    ['Азербайджан', 'AZE'],
    ['azerbaijani', 'AZE'],
    ['Baku', 'AZE'],
    ['Oʻzbekiston', 'UZB'],
    ['Ўзбекистон', 'UZB'],
    ['Uzbek', 'UZB'],
    ['Tashkent', 'UZB'],
  ];
  for (const [query, iso3] of forms) {
    const r = await cli('--json', 'countries', query);
    assert.equal(r.code, 0, query);
    assert.equal(r.stderr, '');
    const out = JSON.parse(r.stdout);
    assert.equal(out.query, query);
    assert.equal(out.country.iso3, iso3, query);
  }
});

test('countries: unknown input exits 1 with the closest suggestions', async () => {
  const r = await cli('countries', 'Uzbekstan');
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^error: no country matches "Uzbekstan"\n {2}UZB {2}Uzbekistan\n/);
});

test('countries: ambiguous input exits 1 naming the candidates; --json puts the error on stdout', async () => {
  const r = await cli('--json', 'countries', 'Congo');
  assert.equal(r.code, 1);
  assert.deepEqual(JSON.parse(r.stdout), {
    error: {
      message: '"Congo" could mean several countries',
      details: ['COD  DR Congo', 'COG  Republic of the Congo'],
    },
  });
});

test('import: a broken file exits 1, names the line and field, and leaves the timeline unchanged', async () => {
  const ok = await cli('import', join(FIXTURES, 'kaz-uzb-mini.yaml'));
  assert.equal(ok.code, 0, ok.stderr);
  const before = await cli('--json', 'timeline', 'KAZ', 'UZB');
  const bad = await cli('import', join(FIXTURES, 'broken', 'bad-date.yaml'));
  assert.equal(bad.code, 1);
  assert.equal(bad.stdout, '');
  assert.match(bad.stderr, /import failed; nothing was stored/);
  assert.match(bad.stderr, /bad-date\.yaml:22:11: events\[1\]\.date: month 13 is not between 01 and 12/);
  const afterImport = await cli('--json', 'timeline', 'KAZ', 'UZB');
  assert.equal(afterImport.stdout, before.stdout);
  const curated = JSON.parse(afterImport.stdout).events.filter(
    (e: { provenance: string }) => e.provenance !== 'reference',
  );
  assert.equal(curated.length, 2);
});

test("timeline: bad options are the user's error (exit 1)", async () => {
  assert.equal((await cli('timeline', 'KAZ', 'UZB', '--from', '2023-13')).code, 1);
  assert.equal((await cli('timeline', 'KAZ', 'KAZ')).code, 1);
  assert.equal((await cli('timeline', 'KAZ', 'UZB', '--class', 'party')).code, 1);
  assert.equal((await cli('no-such-command')).code, 1);
});

test('agreements: lists the treaty and the council with their meetings', async () => {
  await cli('import', join(FIXTURES, 'kaz-uzb-mini.yaml'));
  const r = await cli('--json', 'agreements', 'Kazakhstan', 'Uzbekistan');
  assert.equal(r.code, 0);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.dyad, ['KAZ', 'UZB']);
  assert.deepEqual(
    out.agreements.map((a: { id: string; rung: string; status: { status: string }[] }) => [
      a.id,
      a.rung,
      a.status.map((s) => s.status),
    ]),
    [['kaz-uzb-allied-treaty', 'ALLIED_TREATY_SIGNED', ['signed']]],
  );
  assert.deepEqual(
    out.mechanisms[0].meetings.map((m: { date: string; number: number }) => [m.date, m.number]),
    [['2022-12-22', 1]],
  );
});

test('months are checked once for every command: in 1800-01 … 2100-12, --from not after --to', async () => {
  const cases: [string[], string][] = [
    [['level', 'AZE', 'UZB', '--from', '1000-01'], 'error: --from: 1000-01 is outside 1800-01 … 2100-12\n'],
    [
      ['level', 'AZE', 'UZB', '--from', '2024-06', '--to', '2020-01'],
      'error: --from: 2024-06 is after --to 2020-01\n',
    ],
    [
      ['timeline', 'AZE', 'UZB', '--from', '2024', '--to', '2020'],
      'error: --from: 2024 is after --to 2020\n',
    ],
    [['timeline', 'AZE', 'UZB', '--to', '9999-12'], 'error: --to: 9999-12 is outside 1800-01 … 2100-12\n'],
    [['partners', 'AZE', '--month', '0000-01'], 'error: --month: 0000-01 is outside 1800-01 … 2100-12\n'],
    [
      ['report', 'AZE', 'UZB', '--as-of', '0999-12'],
      'error: --as-of: 0999-12 is outside 1800-01 … 2100-12\n',
    ],
    [
      ['level', 'AZE', 'UZB', '--explain', '2024-13'],
      'error: --explain: "2024-13" is not a month: use YYYY-MM (or YYYY)\n',
    ],
  ];
  for (const [argv, stderr] of cases) {
    const r = await cli(...argv);
    assert.equal(r.code, 1, argv.join(' '));
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, stderr, argv.join(' '));
  }
});

test('hostile dossiers exit 1 naming the file and the problem, never a stack; nothing is stored', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bilateral-cli-hostile-'));
  try {
    let bomb = 'a0: &a0 [x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i <= 9; i++)
      bomb += `a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    const file = join(dir, 'bomb.yaml');
    writeFileSync(file, bomb);
    const before = JSON.parse((await cli('--json', 'timeline', 'AZE', 'UZB')).stdout).events.length;
    const r = await cli('import', file);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^error: import failed; nothing was stored \(1 problem\)\n/);
    assert.ok(r.stderr.includes(`${file}:1:1: invalid YAML:`), r.stderr);
    assert.ok(!/\n\s+at /.test(r.stderr), 'no stack trace');
    const folder = await cli('import', dir);
    assert.equal(folder.code, 1);
    assert.ok(folder.stderr.includes(`${dir}:0:0: is a folder, not a file`), folder.stderr);
    assert.equal(JSON.parse((await cli('--json', 'timeline', 'AZE', 'UZB')).stdout).events.length, before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
