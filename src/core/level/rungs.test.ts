import assert from 'node:assert/strict';
import { test } from 'node:test';
import { monthIndex } from '../partial-date.ts';
import { makeAgreement, makeEvent } from './fixtures.ts';
import { LevelInputError } from './input-error.ts';
import { rungName, rungSpans, rungTimeline } from './rungs.ts';

const m = monthIndex;

/** The rung of each month from `from` for `n` months. */
function rungs(
  events: Parameters<typeof rungSpans>[0],
  agreements: Parameters<typeof rungSpans>[1],
  from: string,
  n: number,
) {
  return [...rungTimeline(rungSpans(events, agreements), m(from), m(from) + n - 1)].map(rungName);
}

test('relations, then an embassy on one side, then both sides (different initiators)', () => {
  const events = [
    makeEvent({ id: 'dr', date: '1995-10-02', class: 'diplomatic_relations', initiator: 'both' }),
    makeEvent({ id: 'e1', date: '1995-12-10', class: 'embassy_opening', initiator: 'UZB' }),
    makeEvent({ id: 'e1b', date: '1996-01-10', class: 'embassy_opening', initiator: 'UZB' }),
    makeEvent({ id: 'e2', date: '1996-02-01', class: 'embassy_opening', initiator: 'AZE' }),
  ];
  assert.deepEqual(rungs(events, [], '1995-09', 6), [
    'NONE',
    'DIPLOMATIC_RELATIONS',
    'DIPLOMATIC_RELATIONS',
    'EMBASSY_ONE_SIDE',
    'EMBASSY_ONE_SIDE',
    'EMBASSIES_RECIPROCAL',
  ]);
});

test('machine-coded 054 rows do not move the ladder', () => {
  const events = [
    makeEvent({ id: 'g', date: '2001-03-04', class: 'diplomatic_relations', provenance: 'gdelt' }),
  ];
  assert.deepEqual(rungs(events, [], '2001-03', 1), ['NONE']);
});

test('an allied treaty: signed, ratified by one party, by both, then terminated', () => {
  const treaty = makeAgreement('t', 'ALLIED_TREATY_IN_FORCE', [
    ['signed', '2024-08-23'],
    ['ratified', '2025-04-30', 'UZB'],
    ['ratified', '2025-06-10', 'AZE'],
    ['terminated', '2025-09-01'],
  ]);
  const dr = makeEvent({ id: 'dr', date: '1995-10-02', class: 'diplomatic_relations' });
  const got = rungs([dr], [treaty], '2024-07', 15);
  assert.deepEqual(got, [
    'DIPLOMATIC_RELATIONS',
    'ALLIED_TREATY_SIGNED', // 2024-08
    'ALLIED_TREATY_SIGNED',
    'ALLIED_TREATY_SIGNED',
    'ALLIED_TREATY_SIGNED',
    'ALLIED_TREATY_SIGNED',
    'ALLIED_TREATY_SIGNED', // 2025-01
    'ALLIED_TREATY_SIGNED',
    'ALLIED_TREATY_SIGNED',
    'ALLIED_TREATY_SIGNED', // 2025-04: one party only
    'ALLIED_TREATY_SIGNED',
    'ALLIED_TREATY_IN_FORCE', // 2025-06: both
    'ALLIED_TREATY_IN_FORCE',
    'ALLIED_TREATY_IN_FORCE',
    'DIPLOMATIC_RELATIONS', // 2025-09: terminated
  ]);
});

test('an in_force step puts an allied treaty in force; highest rung wins; suspension stops a rung', () => {
  const treaty = makeAgreement('t', 'ALLIED_TREATY_IN_FORCE', [
    ['signed', '2024-01-10'],
    ['in_force', '2024-03-01'],
  ]);
  const friendship = makeAgreement('f', 'FRIENDSHIP_TREATY', [
    ['signed', '2023-12-05'],
    ['suspended', '2024-02-01'],
  ]);
  assert.deepEqual(rungs([], [treaty, friendship], '2023-11', 5), [
    'NONE',
    'FRIENDSHIP_TREATY',
    'ALLIED_TREATY_SIGNED',
    'ALLIED_TREATY_SIGNED',
    'ALLIED_TREATY_IN_FORCE',
  ]);
});

test('severance overrides and resets the ladder until relations are restored', () => {
  const events = [
    makeEvent({ id: 'e1', date: '2000-01-05', class: 'embassy_opening', initiator: 'AZE' }),
    makeEvent({ id: 'e2', date: '2000-01-20', class: 'embassy_opening', initiator: 'UZB' }),
    makeEvent({ id: 'sv', date: '2000-03-15', class: 'relations_severed' }),
    makeEvent({ id: 're', date: '2000-05-02', class: 'diplomatic_relations' }),
    makeEvent({ id: 'e3', date: '2000-06-11', class: 'embassy_opening', initiator: 'AZE' }),
  ];
  const partnership = makeAgreement('sp', 'STRATEGIC_PARTNERSHIP', [['signed', '1999-12-01']]);
  assert.deepEqual(rungs(events, [partnership], '1999-12', 7), [
    'STRATEGIC_PARTNERSHIP',
    'STRATEGIC_PARTNERSHIP',
    'STRATEGIC_PARTNERSHIP',
    'SEVERED',
    'SEVERED',
    'DIPLOMATIC_RELATIONS',
    'EMBASSY_ONE_SIDE',
  ]);
});

test('a lasting armed clash is WAR through its until month; a one-off clash is not', () => {
  const events = [
    makeEvent({ id: 'dr', date: '2010-01-01', class: 'diplomatic_relations' }),
    makeEvent({ id: 'c1', date: '2010-02-03', class: 'armed_clash' }),
    makeEvent({ id: 'w', date: '2010-04-03', class: 'armed_clash', until: '2010-05' }),
  ];
  assert.deepEqual(rungs(events, [], '2010-01', 6), [
    'DIPLOMATIC_RELATIONS',
    'DIPLOMATIC_RELATIONS',
    'DIPLOMATIC_RELATIONS',
    'WAR',
    'WAR',
    'DIPLOMATIC_RELATIONS',
  ]);
});

test('an unknown rung is named with the record it is on', () => {
  assert.throws(
    () =>
      rungSpans([makeEvent({ id: 'x', date: '2001-01-01', class: 'declaration', rung: 'BROTHERHOOD' })], []),
    (e: unknown) =>
      e instanceof LevelInputError && e.message.startsWith('event x: rung "BROTHERHOOD" is not a rung (WAR,'),
  );
  assert.throws(
    () => rungSpans([], [makeAgreement('t', 'ALLIANCE', [['signed', '2024-08-23']])]),
    /agreement t: rung "ALLIANCE" is not a rung/,
  );
});

test('a declaration naming its rung raises the ladder; a failed date is named with its field', () => {
  const events = [
    makeEvent({ id: 'd', date: '2004-03', class: 'declaration', rung: 'STRATEGIC_PARTNERSHIP' }),
  ];
  assert.deepEqual(rungs(events, [], '2004-02', 2), ['NONE', 'STRATEGIC_PARTNERSHIP']);
  assert.throws(
    () => rungSpans([], [makeAgreement('t', 'FRIENDSHIP_TREATY', [['signed', '1996-02-30']])]),
    /agreement t: status\[0\]\.date: day 30 does not exist in 1996-02/,
  );
});
