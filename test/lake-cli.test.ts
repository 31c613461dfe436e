import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { memoryIO } from '../src/cli/memory-io.ts';
import { run } from '../src/cli/run.ts';
import type { Event } from '../src/core/types.ts';
import { PACKAGE_ROOT } from '../src/store/paths.ts';

const HOME = mkdtempSync(join(tmpdir(), 'bilateral-lake-cli-'));
after(() => rmSync(HOME, { recursive: true, force: true }));
const SAMPLE = 'test/fixtures/gdelt/20191024143000.export.CSV';

async function cli(...argv: string[]) {
  const m = memoryIO({ cwd: PACKAGE_ROOT, now: new Date('2026-11-27T12:00:00Z') });
  const code = await run(['--home', HOME, ...argv], m.io);
  return { code, stdout: m.stdout(), stderr: m.stderr() };
}

test('ingest: the real GDELT 2.0 sample, then again (idempotent), with the summary on stdout under --json', async () => {
  const first = await cli('--json', 'ingest', 'gdelt', SAMPLE);
  assert.equal(first.code, 0, first.stderr);
  const summary = JSON.parse(first.stdout);
  assert.equal(summary.files.length, 1);
  const f = summary.files[0];
  assert.deepEqual(
    {
      file: f.file,
      read: f.read,
      stored: f.stored,
      quarantined: f.quarantined,
      duplicates: f.duplicates,
      filtered: f.filtered,
      alreadyIngested: f.alreadyIngested,
    },
    {
      file: join(PACKAGE_ROOT, SAMPLE),
      read: 2111,
      stored: 2111,
      quarantined: {},
      duplicates: 0,
      filtered: {},
      alreadyIngested: false,
    },
  );
  assert.match(f.sha256, /^[0-9a-f]{64}$/);
  assert.equal(typeof summary.seconds, 'number');
  assert.match(
    first.stderr,
    /20191024143000\.export\.CSV: read 2111, stored 2111, quarantined 0, duplicates 0/,
  );

  const again = await cli('ingest', 'gdelt', SAMPLE);
  assert.equal(again.code, 0);
  assert.equal(again.stdout, '');
  assert.match(again.stderr, /already ingested .* nothing added/);
});

test('timeline --source lake lists de-duplicated lake events with their sources', async () => {
  await cli('ingest', 'gdelt', SAMPLE);
  const r = await cli('--json', 'timeline', 'USA', 'China', '--source', 'lake');
  assert.equal(r.code, 0, r.stderr);
  const { dyad, events } = JSON.parse(r.stdout) as { dyad: string[]; events: Event[] };
  assert.deepEqual(dyad, ['CHN', 'USA']);
  assert.ok(events.length > 0);
  for (const e of events) {
    assert.equal(e.provenance, 'gdelt');
    assert.ok(e.confidence <= 0.5);
    assert.equal(e.count, undefined, 'reports are not events: no count');
    assert.ok((e.reports ?? 0) >= 1);
    assert.match(e.sources[0]!.document, /^gdelt:\d+$/);
  }
  const keys = events.map((e) => `${e.date}|${e.cameo}`);
  assert.equal(new Set(keys).size, keys.length, 'one event per pair, CAMEO code and day');
});

test('ingest: bad input exits 1 and names it', async () => {
  const dataset = await cli('ingest', 'acled', SAMPLE);
  assert.equal(dataset.code, 1);
  assert.match(dataset.stderr, /dataset must be gdelt or icews, got "acled"/);
  const missing = await cli('ingest', 'gdelt', 'no/such/file.CSV');
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no\/such\/file\.CSV/);
});

test('ingest --countries: rows between the countries given are stored, the rest counted as filtered', async () => {
  const home = mkdtempSync(join(tmpdir(), 'bilateral-lake-cli-countries-'));
  const lines = readFileSync(join(PACKAGE_ROOT, SAMPLE), 'utf8').trimEnd().split('\n');
  const kept = lines
    .map((l) => l.split('\t'))
    .filter((c) => ['USA', 'CHN'].includes(c[7] ?? '') && ['USA', 'CHN'].includes(c[17] ?? '')).length;
  const m = memoryIO({ cwd: PACKAGE_ROOT });
  const code = await run(
    ['--home', home, '--json', 'ingest', 'gdelt', SAMPLE, '--countries', 'China,USA'],
    m.io,
  );
  assert.equal(code, 0, m.stderr());
  const [f] = JSON.parse(m.stdout()).files;
  assert.deepEqual(
    [f.read, f.stored, f.quarantined, f.duplicates, f.filtered],
    [2111, kept, {}, 0, { countries: 2111 - kept }],
  );
  assert.match(
    m.stderr(),
    new RegExp(
      `read 2111, stored ${kept}, quarantined 0, duplicates 0, filtered ${2111 - kept} \\(countries\\)`,
    ),
  );
  rmSync(home, { recursive: true, force: true });
});
