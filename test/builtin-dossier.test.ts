import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { parse } from 'yaml';
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

/** Every source of a parsed dossier, wherever it sits (events, agreements and their status, meetings, claims). */
function allSources(value: unknown, out: { document?: string; quote?: string; note?: string }[] = []) {
  if (Array.isArray(value)) for (const v of value) allSources(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === 'sources' && Array.isArray(v)) out.push(...(v as { document?: string }[]));
      allSources(v, out);
    }
  return out;
}

test("the built-in dossier quotes only words its documents hold: every quote of the seed page occurs verbatim in the page's text; the compiled record's descriptions are notes", () => {
  const dossier = parse(readFileSync(join(PACKAGE_ROOT, 'data', 'dossiers', 'aze-uzb.yaml'), 'utf8'));
  // The texts the repository holds, by document: the seed page (The Gulf Observer), as fetched.
  const texts: Record<string, string> = {
    seed: readFileSync(join(PACKAGE_ROOT, 'test', 'extract-gold', 'seed-aze-uzb.txt'), 'utf8'),
  };
  const sources = allSources(dossier);
  const quoted = sources.filter((s) => s.quote !== undefined);
  assert.ok(quoted.length >= 40, `${quoted.length} quotes`);
  for (const s of quoted) {
    const text = texts[s.document ?? ''];
    assert.ok(
      text !== undefined,
      `a quote of "${s.document}", whose text the repository does not hold: "${s.quote}"`,
    );
    assert.ok(text.includes(s.quote!), `not verbatim in ${s.document}: "${s.quote}"`);
  }
  const record = sources.filter((s) => s.document === 'public-record');
  assert.ok(record.length > 900, `${record.length} public-record sources`);
  assert.ok(record.every((s) => s.quote === undefined && (s.note ?? '').length > 0));
  // The compiler's one-line description, cited at five addresses, is a note at each, never a quote.
  const relations = (
    dossier.events as { id: string; sources: { document: string; quote?: string; note?: string }[] }[]
  ).find((e) => e.id === 'au001-diplomatic-relations')!;
  assert.deepEqual(
    relations.sources.map((s) => [s.document, s.quote === undefined ? 'note' : 'quote', s.note ?? s.quote]),
    [
      [
        'seed',
        'quote',
        'Development of bilateral relations established when Heydar Aliyev and Islam Karimov took steps for the establishment of diplomatic relations between Uzbekistan and Azerbaijan on October 2nd, 1995.',
      ],
      ...Array.from({ length: 5 }, () => ['public-record', 'note', 'Diplomatic relations established.']),
    ],
  );
});
