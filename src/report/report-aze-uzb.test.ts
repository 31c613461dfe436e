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

test('every event of the dossier is in the brief or the chronology, each with its references', () => {
  const told = new Set(model.chronology.map((r) => r.id));
  assert.ok(model.chronology.length < data.events.length, 'the chronology does not repeat the brief');
  for (const row of model.chronology) {
    assert.ok(row.cites.length > 0, `${row.id} is cited`);
    assert.ok(html.includes(`id="event-${row.id}"`), `${row.id} in the HTML`);
  }
  const story = model.brief.find((p) => p.id === 'story')!;
  for (const e of data.events.filter((x) => !told.has(x.id)))
    assert.ok(
      model.brief.some((p) => p.sentences.some((s) => s.cites.length > 0)),
      `${e.id} told`,
    );
  assert.ok(story.sentences.length >= 10);
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
  assert.deepEqual(model.brief[0]?.sentences[0]?.cites.slice(0, 2), [1, 2], 'numbered in reading order');
  // References name their publisher, the seed page its title and language.
  assert.match(
    md,
    /\n11\. Trend News Agency, in English, <https:\/\/en\.trend\.az\/azerbaijan\/politics\/4038070\.html>\n/,
  );
  assert.match(
    md,
    /\n\d+\. The Gulf Observer, ‘Level of bilateral relations between Azerbaijan and Uzbekistan’, in English, <https:\/\/thegulfobserver\.com\//,
  );
});

test('the seed page is not cited for the embassy date it contradicts; it is cited under the disagreement', () => {
  const seed = model.references.find((r) => r.url?.startsWith('https://thegulfobserver.com/'))!;
  const c = model.conflicts.find(
    (x) => x.what === "Date of the opening of Azerbaijan's embassy in Uzbekistan",
  )!;
  assert.deepEqual(
    c.claims.map((cl) => cl.value),
    ['August 1996', '1996', 'June 1997'],
  );
  assert.ok(c.claims[2]!.cites.includes(seed.n), 'June 1997: the seed');
  assert.ok(!c.claims[0]!.cites.includes(seed.n));
  const embassy = model.level.milestones.find((m) => m.rung === 'EMBASSY_ONE_SIDE')!;
  assert.equal(embassy.date, '1996-08');
  assert.ok(!embassy.cites.includes(seed.n), 'the seed is not cited for August 1996');
  assert.ok(md.includes(`- ⚑ Date of the opening of Azerbaijan's embassy in Uzbekistan: August 1996`));
  assert.ok(html.includes(`<li class="dispute" id="${c.anchor}">`));
  assert.equal(model.conflicts.length, data.conflicts.length);
});

test('the brief: the tie in force, the story with every seed-page milestone, the assessment', () => {
  const text = (id: string) =>
    model.brief
      .find((p) => p.id === id)!
      .sentences.map((s) => s.text)
      .join(' ');
  assert.equal(
    text('standing'),
    'The highest tie in force between Azerbaijan and Uzbekistan is their alliance: the Treaty on Allied Relations, signed on 23 August 2024.',
  );
  const story = text('story');
  for (const milestone of [
    '1995 saw the establishment of diplomatic relations (2 October)',
    "the opening of Azerbaijan's embassy in Uzbekistan (August; June 1997 in another source)",
    "1998 saw the opening of Uzbekistan's embassy in Azerbaijan (July",
    "2019 saw a joint commitment to further steps (14 October) and Shavkat Mirziyoyev's visit to Azerbaijan (14–15 October)",
    "2022 saw Ilham Aliyev's state visit to Uzbekistan (21–22 June)",
    "Shavkat Mirziyoyev's working visits to Azerbaijan (1–2 March",
    "Shavkat Mirziyoyev's state visit to Azerbaijan (22–23 August), 15 agreements, memoranda and programmes (22 August), the Agreement on the establishment of the Supreme Interstate Council (22 August)",
    'a message from Ilham Aliyev (August–September)',
    'praise from Shavkat Mirziyoyev (September)',
  ])
    assert.ok(story.includes(milestone), milestone);
  assert.match(text('fields'), /a capital of US\$500 million, 75% from Azerbaijan and 25% from Uzbekistan/);
  assert.match(text('fields'), /Trade between them reached US\$252 million in 2024/);
  const cur = model.level.current!;
  assert.equal(cur.month, '2026-02');
  assert.ok(
    text('assessment').startsWith(
      `In February 2026, the last month with evidence, relations stand at ${cur.display.toFixed(1)} on the scale from −9 (hostile) to +9 (friendly): ${cur.level}, ${cur.sublevel} sub-level`,
    ),
  );
  assert.match(
    text('assessment'),
    /lowered most by the effect of the state visit of 22 August 2024 wearing off \(−0\.05\)/,
  );
  assert.match(text('assessment'), /the 9 months since are a projection, not evidence/);
  assert.doesNotMatch(md, /size usd|co chairs|Report date|event:|dossier aze-uzb/);
  assert.equal(model.level.milestones.map((x) => x.rung).at(-1), 'ALLIED_TREATY_SIGNED');
  assert.equal((html.match(/<svg/g) ?? []).length, 2);
  assert.ok(!/<script|<link|@import|url\(http|src="http/i.test(html), 'no script, no outside request');
  assert.ok(md.startsWith('# Level of bilateral relations between Azerbaijan and Uzbekistan\n'));
});
