import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { extractEvents } from './index.ts';

const SEED = readFileSync(new URL('../../test/extract-gold/seed-aze-uzb.txt', import.meta.url), 'utf8');

test('the seed page end to end: every dated event it states, with date, class, initiator and count', () => {
  const result = extractEvents(SEED, { documentId: 'seed', dyad: ['AZE', 'UZB'] });
  assert.deepEqual(
    result.events.map((e) => [e.date, e.class, e.initiator, e.count]),
    [
      ['1995-10-02', 'diplomatic_relations', 'both', undefined],
      ['1997-06', 'embassy_opening', 'AZE', undefined],
      ['1997-06', 'official_visit', 'AZE', undefined],
      ['1998-07', 'embassy_opening', 'UZB', undefined],
      ['2019-10-14', 'intent', 'both', undefined],
      ['2022-06-21', 'visit', 'AZE', undefined],
      ['2022-06-21', 'economic_cooperation', 'both', undefined],
      ['2022-06-21', 'economic_cooperation', 'both', undefined],
      ['2023-03-01', 'visit', 'UZB', undefined],
      ['2023-03-01', 'intent', 'UZB', undefined],
      ['2023-08', 'state_visit', 'UZB', undefined],
      ['2023-08', 'agreement', 'both', undefined],
      ['2023-08', 'mou', 'both', 15],
      ['2023-08', 'mou', 'both', undefined],
      ['2023-09', 'message', 'AZE', undefined],
      ['2023-09', 'praise', 'UZB', undefined],
    ],
  );
  for (const e of result.events) {
    assert.deepEqual(e.dyad, ['AZE', 'UZB']);
    assert.equal(e.provenance, 'extracted');
    const [source] = e.sources;
    assert.ok(source && source.start !== undefined && source.end !== undefined);
    // The evidence is the text itself, at the offsets it names.
    assert.equal(SEED.slice(source.start, source.end), source.quote);
  }
});

test('the seed: the 14-15 October 2019 agreement is a range at the OTS summit', () => {
  const e = extractEvents(SEED, { documentId: 'seed', dyad: ['AZE', 'UZB'] }).events[4];
  assert.equal(e?.end, '2019-10-15');
  assert.equal(e?.setting, '7th summit of the Organization of Turkic States');
});

test('the seed: the action plan is dated by the visit, not by its period 2023-2024', () => {
  const plan = extractEvents(SEED, { documentId: 'seed', dyad: ['AZE', 'UZB'] }).events[13];
  assert.equal(plan?.date, '2023-08');
  assert.match(plan?.summary ?? '', /^Action Plan/);
});
