import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { memoryIO } from '../src/cli/memory-io.ts';
import { run } from '../src/cli/run.ts';
import type { Conflict, Event } from '../src/core/types.ts';
import { PACKAGE_ROOT } from '../src/store/paths.ts';

const HOME = mkdtempSync(join(tmpdir(), 'bilateral-builtin-'));
after(() => rmSync(HOME, { recursive: true, force: true }));
const GOLDEN = join(PACKAGE_ROOT, 'test', 'golden', 'aze-uzb-timeline.json');

async function json(...argv: string[]) {
  const m = memoryIO({ cwd: PACKAGE_ROOT });
  const code = await run(['--home', HOME, '--json', ...argv], m.io);
  assert.equal(code, 0, m.stderr());
  return JSON.parse(m.stdout());
}

test('the AZE–UZB timeline of the built-in dossier matches the committed golden file', async () => {
  const out = await json('timeline', 'Uzbekistan', 'Azerbaijan');
  // UPDATE_GOLDEN=1 npm run test:unit -- test/builtin-dossier.test.ts rewrites it after a deliberate change.
  if (process.env['UPDATE_GOLDEN']) writeFileSync(GOLDEN, `${JSON.stringify(out, null, 2)}\n`);
  assert.deepEqual(out, JSON.parse(readFileSync(GOLDEN, 'utf8')));
});

test('the built-in timeline: at least 60 events, each cited, relations established 1995-10-02', async () => {
  const { dyad, events } = (await json('timeline', 'AZE', 'UZB')) as { dyad: string[]; events: Event[] };
  assert.deepEqual(dyad, ['AZE', 'UZB']);
  assert.ok(events.length >= 60, `${events.length} events`);
  for (const e of events) {
    assert.ok(e.sources.length > 0, `${e.id} has no source`);
    for (const s of e.sources)
      assert.ok((s.quote ?? s.note ?? '').length > 0 && s.document.length > 0, `${e.id} has an empty source`);
  }
  const relations = events.filter((e) => e.class === 'diplomatic_relations');
  assert.deepEqual(
    relations.map((e) => [e.date, e.precision, e.rung]),
    [['1995-10-02', 'day', 'DIPLOMATIC_RELATIONS']],
  );
});

test("the seed's June 1997 embassy date stands as a conflict beside August 1996, not resolved silently", async () => {
  const { events, conflicts } = (await json('timeline', 'AZE', 'UZB')) as {
    events: Event[];
    conflicts: Conflict[];
  };
  const embassy = events.find((e) => e.class === 'embassy_opening' && e.initiator === 'AZE');
  assert.ok(embassy);
  assert.equal(embassy.date, '1996-08');
  const conflict = conflicts.find((c) => c.subject === `event:${embassy.id}` && c.field === 'date');
  assert.ok(conflict, 'the embassy date conflict is reported');
  const values = conflict.claims.map((c) => c.value);
  assert.ok(values.includes('1996-08'));
  assert.ok(values.includes('1997-06'));
  const seed = conflict.claims.find((c) => c.value === '1997-06')!;
  assert.ok(seed.sources.some((s) => s.document === 'seed' && s.quote?.includes('June 1997')));
});

test('the milestones of the ladder are in the built-in agreements', async () => {
  const { agreements } = await json('agreements', 'AZE', 'UZB');
  const rungs = (agreements as { rung?: string; signed?: { date: string } }[])
    .filter((a) => a.rung)
    .map((a) => [a.rung, a.signed?.date.slice(0, 7)]);
  assert.deepEqual(rungs, [
    ['FRIENDSHIP_TREATY', '1996-05'],
    ['STRATEGIC_PARTNERSHIP', '2004-03'],
    ['COMPREHENSIVE_STRATEGIC_PARTNERSHIP', '2022-06'],
    ['ALLIED_TREATY_SIGNED', '2024-08'],
  ]);
  const treaty = (
    agreements as { rung?: string; status: { status: string; party?: string; date: string }[] }[]
  ).find((a) => a.rung === 'ALLIED_TREATY_SIGNED')!;
  assert.deepEqual(
    treaty.status.map((s) => [s.status, s.party ?? null, s.date]),
    [
      ['signed', null, '2024-08-23'],
      ['approved', 'UZB', '2025-02-25'],
      ['ratified', 'UZB', '2025-04-30'],
    ],
  );
});
