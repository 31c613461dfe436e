import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildReportModel } from './build-model.ts';
import { emptyData, fixtureEvent, HOSTILE, hostileData, oneEventData } from './fixtures.ts';
import { renderHtml } from './html.ts';
import { renderMarkdown } from './markdown.ts';

test('a pair with nothing recorded gets a short, honest report: not measurable, empty sections', () => {
  const m = buildReportModel(emptyData());
  assert.equal(m.title, 'Level of bilateral relations between Bhutan and Iceland');
  assert.deepEqual(m.brief, [
    {
      id: 'assessment',
      heading: 'Assessment',
      sentences: [
        {
          text: 'The level of relations between Bhutan and Iceland cannot be measured as of November 2026: no source holds an event, agreement or institution of Bhutan and Iceland. No number is given without evidence.',
          cites: [],
        },
      ],
    },
  ]);
  assert.equal(m.level.measurable, false);
  assert.deepEqual([m.chronology, m.framework, m.agreements, m.references], [[], [], [], []]);
  assert.deepEqual(m.counts, {
    events: 0,
    referenceFacts: 0,
    machineEvents: 0,
    agreements: 0,
    mechanisms: 0,
    conflicts: 0,
  });
  const html = renderHtml(m);
  assert.ok(html.includes('Not measurable'));
  assert.ok(!html.includes('<svg'), 'no chart without a series');
  // Sections with nothing in them are left out, not filled with "No … recorded".
  assert.doesNotMatch(renderMarkdown(m), /## (Institutions|Agreements|Appendix|References)/);
});

test('one event: the level is measured on a baseline of 0 and the summary says so, citing the event', () => {
  const m = buildReportModel(oneEventData());
  assert.equal(m.level.measurable, true);
  assert.equal(m.level.points.length, 4, '2024-03 … 2024-06');
  assert.equal(m.level.current?.rung, 'NONE');
  assert.equal(m.level.milestones.length, 0);
  assert.deepEqual(
    m.brief.map((p) => p.id),
    ['standing', 'latest', 'assessment'],
  );
  assert.equal(
    m.brief[0]?.sentences[0]?.text,
    'No tie between Kazakhstan and Uzbekistan is recorded, not even diplomatic relations; what moves their level is the events between them.',
  );
  assert.deepEqual(m.brief[1]?.sentences, [
    { text: 'The twelve months to March 2024 brought a telephone call (12 March 2024).', cites: [1] },
  ]);
  assert.deepEqual(m.references, [
    { n: 1, title: 'Press release', url: 'https://president.example.org/en/news/1', language: 'en' },
  ]);
  // The brief tells the call: the chronology does not repeat it.
  assert.deepEqual(m.chronology, []);
  assert.deepEqual(m.sectors, {
    periods: ['2024'],
    rows: [{ sector: 'environment and disasters', counts: [1], total: 1 }],
    unassigned: 0,
  });
});

test('facts after the report month are left out', () => {
  const data = oneEventData();
  data.events.push(
    fixtureEvent({ id: 'e2', date: '2025-01', class: 'state_visit', summary: 'A later visit.' }),
  );
  const m = buildReportModel(data);
  // e1 is told in the brief (so not repeated in the chronology); e2 is nowhere.
  assert.deepEqual(m.chronology, []);
  assert.deepEqual(
    m.brief[1]?.sentences[0]?.text,
    'The twelve months to March 2024 brought a telephone call (12 March 2024).',
  );
  assert.doesNotMatch(renderMarkdown(m), /later visit|state visit/i);
  assert.equal(m.level.points.at(-1)?.month, '2024-06');
});

test('hostile source text appears escaped in HTML: no live tag, no script, no javascript: link', () => {
  const html = renderHtml(buildReportModel(hostileData()));
  for (const bad of ['<img', '<script>alert', '</script><script>', 'javascript:', 'onerror=alert(1)>'])
    assert.ok(!html.includes(bad), `HTML contains ${bad}`);
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
  assert.ok(html.includes('&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;'));
  assert.ok(html.includes('href="https://news.example.org/a?x=%22%3E%3Cscript%3Ealert(4)%3C/script%3E"'));
  assert.ok(!/<script/i.test(html), 'the page has no script at all');
});

test('hostile source text appears escaped in Markdown', () => {
  const md = renderMarkdown(buildReportModel(hostileData()));
  assert.ok(!/(^|[^\\])<img/.test(md), 'no raw <img');
  assert.ok(!/(^|[^\\])<\/script>/.test(md), 'no raw </script>');
  assert.ok(md.includes(`\\<img src=x onerror=alert(1)\\>`));
  assert.ok(md.includes('\\</script\\>\\<script\\>alert(2)\\</script\\>'));
  assert.ok(md.includes('\\| a pipe'));
  assert.ok(!md.includes('javascript:'));
  assert.equal(HOSTILE.length, 2);
});

test('corroborated machine-coded events count in the level but the chronology lists the curated record only', () => {
  const plain = buildReportModel(oneEventData());
  const coded = (id: string, corroboration: { sources: number; articles: number; stories: number }) =>
    fixtureEvent({
      id,
      date: '2024-05-02',
      class: 'visit',
      summary: 'KAZAKHSTAN (KAZ) → UZBEKISTAN (UZB): Make a visit',
      provenance: 'gdelt',
      confidence: 0.5,
      cameo: '042',
      goldstein: 1.9,
      corroboration,
    });
  const data = oneEventData();
  data.machineEvents = [coded('lake:KAZ-UZB:2024-05-02:042', { sources: 3, articles: 5, stories: 0 })];
  const m = buildReportModel(data);
  // The brief tells the curated call only; the chronology holds no machine-coded event either.
  assert.deepEqual(m.chronology, []);
  assert.deepEqual(
    m.brief[1]?.sentences[0]?.text,
    'The twelve months to May 2024 brought a telephone call (12 March 2024).',
  );
  assert.equal(m.counts.events, 1);
  assert.equal(m.counts.machineEvents, 1);
  const at = (model: typeof m, month: string) => model.level.points.find((p) => p.month === month)!.score;
  assert.equal(at(m, '2024-04'), at(plain, '2024-04'));
  assert.ok(
    at(m, '2024-05') > at(plain, '2024-05'),
    'the corroborated coded visit raises the level in its month',
  );
  assert.match(renderMarkdown(m), /1 event \(and 1 machine-coded event in the level\)/);
  // A single report is not corroborated: it is listed in the count but moves nothing.
  const lone = oneEventData();
  lone.machineEvents = [coded('lake:KAZ-UZB:2024-05-02:042', { sources: 1, articles: 1, stories: 0 })];
  const l = buildReportModel(lone);
  assert.equal(at(l, '2024-05'), at(plain, '2024-05'));
});
