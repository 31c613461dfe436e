import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { eventClass } from '../core/event-classes.ts';
import { partialDateProblem } from '../core/partial-date.ts';
import { parseGoldFile, UNKNOWN } from './gold.ts';

// The gold corpus itself: every file parses, every class is known, every date is a valid partial date,
// every dyad is sorted ISO3, and every quote is words of its text (so the gold cites what the text says).
const DIR = fileURLToPath(new URL('../../test/extract-gold/', import.meta.url));
const files = readdirSync(DIR);
const names = files.filter((f) => f.endsWith('.gold.yaml')).map((f) => f.slice(0, -'.gold.yaml'.length));

test('the corpus holds the seed page and at least ten more texts, each with its gold', () => {
  assert.equal(names.includes('seed-aze-uzb'), true);
  assert.equal(names.length >= 11, true, `only ${names.length} gold files`);
  const texts = files.filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -'.txt'.length));
  assert.deepEqual([...texts].sort(), [...names].sort());
});

for (const name of names) {
  test(`gold ${name}`, () => {
    const parsed = parseGoldFile(readFileSync(`${DIR}${name}.gold.yaml`, 'utf8'), name);
    assert.deepEqual(parsed.problems, []);
    const gold = parsed.gold!;
    const text = readFileSync(`${DIR}${name}.txt`, 'utf8');
    assert.equal(gold.events.length > 0, true);
    for (const e of gold.events) {
      const at = `${name}.gold.yaml:${e.line}`;
      assert.notEqual(eventClass(e.class), undefined, at);
      // `unknown`: the text states no date, and a file with a publication date has none of these.
      if (e.date === UNKNOWN) assert.equal(gold.referenceDate, undefined, at);
      else assert.equal(partialDateProblem(e.date), null, at);
      if (e.end !== undefined) assert.equal(partialDateProblem(e.end), null, at);
      assert.match(e.dyad.join('-'), /^[A-Z]{3}-[A-Z]{3}$/, at);
      assert.equal(e.dyad[0] < e.dyad[1], true, at);
      assert.equal(typeof e.quote, 'string', `${at}: every gold event quotes its text`);
      assert.equal(text.includes(e.quote!), true, `${at}: quote not in ${name}.txt: ${e.quote}`);
    }
    // Records: the title as the text names it, the words that justify a milestone, the words quoted.
    const flat = (t: string) => t.replace(/\s+/g, ' ');
    const body = flat(text);
    for (const a of gold.records?.agreements ?? [])
      assert.equal(
        body.includes(flat(a.title)),
        true,
        `${name}.gold.yaml:${a.line}: title not in the text: ${a.title}`,
      );
    for (const m of gold.records?.milestones ?? [])
      if (m.words !== undefined)
        assert.equal(
          body.includes(flat(m.words)),
          true,
          `${name}.gold.yaml:${m.line}: words not in the text: ${m.words}`,
        );
    for (const st of gold.records?.statements ?? [])
      assert.equal(
        body.includes(flat(st.quote)),
        true,
        `${name}.gold.yaml:${st.line}: quote not in the text: ${st.quote}`,
      );
  });
}

test('the seed gold holds the events the issue names', () => {
  const gold = parseGoldFile(readFileSync(`${DIR}seed-aze-uzb.gold.yaml`, 'utf8'), 'seed-aze-uzb').gold!;
  const brief = gold.events.map((e) => `${e.date} ${e.class}${e.count ? ` x${e.count}` : ''}`);
  assert.deepEqual(brief, [
    '1995-10-02 diplomatic_relations',
    '1997-06 embassy_opening',
    '1997-06 official_visit',
    '1998-07 embassy_opening',
    '2019-10-14 intent',
    '2022-06-21 visit',
    '2022-06-21 economic_cooperation',
    '2022-06-21 economic_cooperation',
    '2023-03-01 visit',
    '2023-03 intent',
    '2023-08 state_visit',
    '2023-08 agreement',
    '2023-08 mou x15',
    '2023-08 mou',
    '2023-09 message',
    '2023-09 praise',
  ]);
});
