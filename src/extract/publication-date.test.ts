/**
 * News sentences dated by their story: the publication date (given, or read from a dateline)
 * resolves "Wednesday" and "today"; an event the text does not date takes it, marked so; without
 * one the event is emitted undated. Sentences are PLOVER gold-standard news leads (CC BY-SA 4.0).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datedEvents, extractEvents } from './index.ts';
import { findDates } from './recognize/dates.ts';

const VISIT =
  'Iraqi President Saddam Hussein arrived in Amman on a previously unannounced visit on Wednesday.';
const EXPULSION =
  'Switzerland said today it had expelled two Russian diplomats based in Geneva for spying, adding to a long series of espionage scares.';

const CEASEFIRE =
  'Bosnia and Slovenia agreed to a ceasefire after two days of fierce fighting but media reports said sporadic clashes were still continuing.';

/** The fields that say when, between whom, what and who acted. */
const brief = (text: string, referenceDate?: string) =>
  extractEvents(text, { documentId: 'doc', ...(referenceDate ? { referenceDate } : {}) }).events.map((e) => ({
    date: e.date,
    precision: e.precision,
    dated_by: e.dated_by,
    dyad: e.dyad,
    initiator: e.initiator,
    class: e.class,
    cameo: e.cameo,
    confidence: e.confidence,
  }));

test('"on Wednesday" resolves against the publication date (the Wednesday before a Friday)', () => {
  assert.deepEqual(brief(VISIT, '1990-01-05'), [
    {
      date: '1990-01-03',
      precision: 'day',
      dated_by: undefined,
      dyad: ['IRQ', 'JOR'],
      initiator: 'IRQ',
      class: 'visit',
      cameo: '042',
      confidence: 0.8,
    },
  ]);
});

test('without a publication date the visit is stated but undated: date null, precision unknown', () => {
  assert.deepEqual(brief(VISIT), [
    {
      date: null,
      precision: 'unknown',
      dated_by: undefined,
      dyad: ['IRQ', 'JOR'],
      initiator: 'IRQ',
      class: 'visit',
      cameo: '042',
      confidence: 0.65,
    },
  ]);
});

test('"today" is the publication date', () => {
  assert.deepEqual(brief(EXPULSION, '1994-05-20'), [
    {
      date: '1994-05-20',
      precision: 'day',
      dated_by: undefined,
      dyad: ['CHE', 'RUS'],
      initiator: 'CHE',
      class: 'expel_diplomats',
      cameo: '166',
      confidence: 0.65,
    },
  ]);
});

test('an event with no date in the text takes the publication date, marked dated_by publication', () => {
  const [e] = brief(CEASEFIRE, '1991-07-05');
  assert.deepEqual(e, {
    date: '1991-07-05',
    precision: 'day',
    dated_by: 'publication',
    dyad: ['BIH', 'SVN'],
    initiator: 'both',
    class: 'agreement',
    cameo: '0871',
    confidence: 0.65,
  });
});

test('a dateline at the head of the text is the publication date when none is given', () => {
  const text = `GENEVA, 20 May 1994 — ${EXPULSION}`;
  assert.deepEqual(
    extractEvents(text, { documentId: 'doc' }).events.map((e) => [e.date, e.precision, e.dyad, e.class]),
    [['1994-05-20', 'day', ['CHE', 'RUS'], 'expel_diplomats']],
  );
  // A date given by the caller wins over the dateline.
  assert.deepEqual(
    extractEvents(text, { documentId: 'doc', referenceDate: '1994-05-21' }).events.map((e) => e.date),
    ['1994-05-21'],
  );
});

test('only dated events are handed to the knowledge base and the level', () => {
  const undated = extractEvents(VISIT, { documentId: 'doc' }).events;
  assert.equal(undated.length, 1);
  assert.deepEqual(datedEvents(undated), []);
  const dated = datedEvents(
    extractEvents(CEASEFIRE, { documentId: 'doc', referenceDate: '1991-07-05' }).events,
  );
  assert.deepEqual(
    dated.map((e) => [e.date, e.precision, 'dated_by' in e]),
    [['1991-07-05', 'day', false]],
  );
});

test('"are demanding", "is refusing": acts reported as they happen are events; "are developing" is not', () => {
  assert.deepEqual(
    brief(
      'Despite warnings of starvation by humanitarian agencies, the Israeli government is refusing to lift the curfew on Palestinians living in the West Bank and Gaza.',
      '2002-07-10',
    ).map((e) => [e.date, e.dyad, e.class, e.cameo, e.initiator]),
    [['2002-07-10', ['ISR', 'PSE'], 'criticism', '1241', 'ISR']],
  );
  assert.deepEqual(
    brief('Azerbaijan and Uzbekistan are developing cooperation in energy.', '2024-01-15'),
    [],
  );
});

test('a bare weekday is the last one on or before the publication day; one the text looks ahead to is the next', () => {
  // 1991-03-22 was a Friday: "on Wednesday" is the 20th, not the 27th.
  assert.deepEqual(
    brief(
      'Serbia eased emergency measures on Wednesday in Montenegro province, the scene of ethnic violence last March, as authorities in Croatia cracked down on Serbian nationalists.',
      '1991-03-22',
    ).map((e) => [e.date, e.precision, e.dyad, e.class, e.cameo, e.initiator]),
    [['1991-03-20', 'day', ['MNE', 'SRB'], 'intent', '0814', 'SRB']],
  );
  assert.deepEqual(
    findDates('The two ministers will meet again on Monday.', '1991-03-22').map((d) => [
      d.year,
      d.month,
      d.day,
    ]),
    [[1991, 3, 25]],
  );
});

test('what a state denies is not an event ("denied … charges … that Monrovia is committing genocide")', () => {
  assert.deepEqual(
    brief(
      'The government of Liberia denied on Thursday charges by Ivory Coast that Monrovia is committing genocide.',
      '1992-11-06',
    ),
    [],
  );
});

test('an intent dated by its attribution (", … said here Wednesday"), stated by both subjects', () => {
  // 2008-03-14 was a Friday.
  assert.deepEqual(
    brief(
      'Brazil and the United States are seeking to deepen a partnership in energy, US Deputy Secretary of Energy Jeffrey Kupfer said here Wednesday.',
      '2008-03-14',
    ),
    [
      {
        date: '2008-03-12',
        precision: 'day',
        dated_by: undefined,
        dyad: ['BRA', 'USA'],
        initiator: 'both',
        class: 'intent',
        cameo: '031',
        confidence: 0.8,
      },
    ],
  );
});
