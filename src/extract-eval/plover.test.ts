import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluatePlover, formatPlover, parsePlover, parsePloverTable, ploverType } from './plover.ts';

const TABLE = parsePloverTable(
  JSON.stringify({
    detail: {
      '04': { gsr_0_5: 'CONSULT' },
      '042': { gsr_0_5: 'CONSULT' },
      '11': { gsr_0_5: 'DISAPPROVE' },
      '19': { gsr_0_5: 'FIGHT' },
      '191': { gsr_0_5: 'COERCE' },
      '02': { plover: null },
    },
  }),
);

const LINES = [
  '{"id": "A", "text": "Iraqi President Saddam Hussein arrived in Amman.", "expected": "CONSULT", "source_countries": ["IRQ"], "target_countries": ["JOR"]}',
  '{"id": "B", "text": "Albania denounced Serbia.", "expected": "DISAPPROVE", "source_countries": ["ALB"], "target_countries": ["SRB"]}',
  '{"id": "C", "text": "Nothing here.", "expected": "FIGHT", "source_countries": [], "target_countries": []}',
].join('\n');

test('the table reads the gold vocabulary; a code falls back to three digits, then its root', () => {
  assert.equal(ploverType(TABLE, '191'), 'COERCE');
  assert.equal(ploverType(TABLE, '1912'), 'COERCE');
  assert.equal(ploverType(TABLE, '195'), 'FIGHT');
  assert.equal(ploverType(TABLE, '0211'), undefined);
});

test('a sentence is found when an event has its type and every gold country; precision counts events', () => {
  const sentences = parsePlover(LINES);
  assert.deepEqual(sentences[0], {
    id: 'A',
    text: 'Iraqi President Saddam Hussein arrived in Amman.',
    expected: 'CONSULT',
    countries: ['IRQ', 'JOR'],
  });
  const fake = (text: string) => {
    if (text.startsWith('Iraqi')) return [{ cameo: '042', dyad: ['IRQ', 'JOR'], actors: [] }];
    // Right type, a country missing: not found, and a wrong event besides.
    if (text.startsWith('Albania'))
      return [
        { cameo: '111', dyad: ['ALB', 'ALB'], actors: [] },
        { cameo: '0211', dyad: ['ALB', 'SRB'], actors: [] },
      ];
    return [];
  };
  const r = evaluatePlover(sentences, TABLE, fake);
  assert.deepEqual(
    [r.sentences, r.found, r.typeFound, r.noEvent, r.events, r.correctEvents, r.untyped],
    [3, 1, 2, 1, 3, 1, 1],
  );
  assert.equal(r.share, 1 / 3);
  assert.equal(r.precision, 1 / 3);
  assert.deepEqual(r.perType, [
    { type: 'CONSULT', sentences: 1, found: 1 },
    { type: 'DISAPPROVE', sentences: 1, found: 0 },
    { type: 'FIGHT', sentences: 1, found: 0 },
  ]);
  assert.match(formatPlover(r), /type and countries found 1\/3 = 0\.333; type found 2\/3 = 0\.667/);
  assert.match(
    formatPlover(r),
    /no event found in 1 sentences; 3 events, precision 1\/3 = 0\.333 \(1 with no PLOVER type\)/,
  );
});

test('an actor of a country counts for it; an extractor that throws finds nothing there', () => {
  const [a] = parsePlover(LINES);
  const viaActor = evaluatePlover([a!], TABLE, () => [
    { cameo: '042', dyad: ['IRQ', 'IRQ'], actors: [{ country: 'JOR' }] },
  ]);
  assert.equal(viaActor.found, 1);
  const throwing = evaluatePlover([a!], TABLE, () => {
    throw new Error('boom');
  });
  assert.deepEqual([throwing.found, throwing.noEvent], [0, 1]);
});

test('a bad line names its number and field', () => {
  assert.throws(
    () => parsePlover('{"id": "x", "text": 3, "expected": "AGREE"}'),
    /line 1: "text" is not a string/,
  );
  assert.throws(() => parsePlover('\n{not json'), /line 2: not JSON/);
});
