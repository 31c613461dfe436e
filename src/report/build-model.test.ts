import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildReportModel } from './build-model.ts';
import { emptyData, fixtureEvent, HOSTILE, hostileData, oneEventData } from './fixtures.ts';
import { renderHtml } from './html.ts';
import { renderMarkdown } from './markdown.ts';

test('a pair with nothing recorded gets a short, honest report: not measurable, empty sections', () => {
  const m = buildReportModel(emptyData());
  assert.equal(m.title, 'Level of bilateral relations between Bhutan and Iceland');
  assert.deepEqual(m.summary, [
    {
      text: 'No events, agreements or institutions are recorded for Bhutan and Iceland as of November 2026, so the level of their relations cannot be measured.',
      cites: [],
    },
  ]);
  assert.equal(m.level.measurable, false);
  assert.deepEqual(
    [m.keyEvents, m.chronology, m.framework, m.agreements, m.references],
    [[], [], [], [], []],
  );
  assert.deepEqual(m.counts, { events: 0, machineEvents: 0, agreements: 0, mechanisms: 0, conflicts: 0 });
  const html = renderHtml(m);
  assert.ok(html.includes('Not measurable'));
  assert.ok(!html.includes('<svg'), 'no chart without a series');
  assert.ok(renderMarkdown(m).includes('No recorded events.'));
});

test('one event: the level is measured on a baseline of 0 and the summary says so, citing the event', () => {
  const m = buildReportModel(oneEventData());
  assert.equal(m.level.measurable, true);
  assert.equal(m.level.points.length, 4, '2024-03 … 2024-06');
  assert.equal(m.level.current?.rung, 'NONE');
  assert.equal(m.level.milestones.length, 0);
  assert.equal(m.summary[1]?.text.startsWith('No milestone of the ladder is recorded'), true);
  const latest = m.summary.find((s) => s.text.startsWith('The most recent recorded event'));
  assert.deepEqual(latest, {
    text: 'The most recent recorded event (12 March 2024): The presidents spoke by telephone about water sharing.',
    cites: [1],
  });
  assert.deepEqual(m.references, [
    { n: 1, label: 'Press release', url: 'https://president.example.org/en/news/1' },
  ]);
  assert.deepEqual(
    m.chronology.map((e) => [e.id, e.classLabel, e.cites]),
    [['e1', 'phone call', [1]]],
  );
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
  assert.deepEqual(
    m.chronology.map((e) => e.id),
    ['e1'],
  );
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
  assert.deepEqual(
    m.chronology.map((e) => e.id),
    ['e1'],
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
