/**
 * Actors of every country: capitals and seats of government standing for states, people and
 * institutions of the Phoenix dictionaries, Archigos leaders by surname, titles without names,
 * generic agents (police, courts, rebels) with their sector; non-state actors keep their country,
 * are marked, and their events count at actor level `sub`. Sentences are news leads of the event
 * coding literature (PLOVER / CAMEO codebook) or written as news writes them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractEvents } from './index.ts';

const run = (text: string, referenceDate?: string) =>
  extractEvents(text, { documentId: 'doc', ...(referenceDate ? { referenceDate } : {}) }).events;

test('a seat of government stands for its state: "the Kremlin" is Russia', () => {
  const [e, ...rest] = run('The Kremlin condemned the decision of Estonia on 3 May 2021.');
  assert.deepEqual(rest, []);
  assert.deepEqual(
    [e?.dyad, e?.date, e?.class, e?.cameo, e?.initiator, e?.actors],
    [
      ['EST', 'RUS'],
      '2021-05-03',
      'criticism',
      '111',
      'RUS',
      [{ name: 'Kremlin', country: 'RUS', role: 'government' }],
    ],
  );
});

test('a capital as metonym: "Washington said … expel" is the United States acting', () => {
  const [e] = run('Washington said on Monday it would expel two Russian diplomats.', '2018-03-28');
  assert.deepEqual([e?.dyad, e?.initiator, e?.class], [['RUS', 'USA'], 'USA', 'expel_diplomats']);
});

test('a person of the Phoenix dictionaries is resolved at the date with the office held then', () => {
  const [e] = run(
    'Iraqi President Saddam Hussein arrived in Amman on a previously unannounced visit on Wednesday.',
    '1990-01-05',
  );
  assert.deepEqual(e?.actors, [{ name: 'Saddam Hussein', country: 'IRQ', role: 'government' }]);
});

test('a leader known by surname after a title (Archigos, with the term)', () => {
  const [e] = run('President Karimov paid an official visit to Kazakhstan on 24 December 1997.');
  assert.deepEqual(
    [e?.dyad, e?.date, e?.class, e?.initiator],
    [['KAZ', 'UZB'], '1997-12-24', 'official_visit', 'UZB'],
  );
  assert.equal(e?.actors[0]?.country, 'UZB');
});

test('a title without a name ("the Uzbek president") is the holder at the date', () => {
  const [e] = run('The Uzbek president received the Azerbaijani foreign minister on 3 May 2024.');
  assert.deepEqual(
    [e?.dyad, e?.class, e?.cameo, e?.initiator, e?.actors.map((a) => [a.name, a.country])],
    [
      ['AZE', 'UZB'],
      'visit',
      '043',
      'AZE',
      [
        ['Shavkat Mirziyoyev', 'UZB'],
        ['Jeyhun Bayramov', 'AZE'],
      ],
    ],
  );
});

test('an agent with its country: "a court in Guyana" acts for Guyana; the arrested men are non-state', () => {
  const [e] = run('A court in Guyana has issued arrest warrants for two Brazilian men.');
  assert.deepEqual(
    [e?.dyad, e?.date, e?.precision, e?.class, e?.cameo, e?.initiator, e?.actorLevel],
    [['BRA', 'GUY'], null, 'unknown', 'border_incident', '173', 'GUY', undefined],
  );
  assert.deepEqual(e?.actors, [
    { name: 'court in Guyana', country: 'GUY', sector: 'JUD', role: 'judiciary' },
    { name: 'Brazilian men', country: 'BRA', sector: 'PPL', nonState: true },
  ]);
});

test('rebels keep their country but are marked non-state: the event counts at actor level sub', () => {
  const [e] = run(
    'Afghan rebels have kidnapped up to 16 Russian civilian advisers from a town bazaar, western diplomatic sources in neighboring Pakistan said today.',
  );
  assert.deepEqual(
    [e?.dyad, e?.class, e?.cameo, e?.initiator, e?.actorLevel],
    [['AFG', 'RUS'], 'armed_clash', '181', 'AFG', 'sub'],
  );
  assert.deepEqual(e?.actors[0], {
    name: 'Afghan rebels',
    country: 'AFG',
    sector: 'REB',
    role: 'rebel',
    nonState: true,
  });
});

test('the country of a trailing attribution (", a Jordanian official confirmed") is not a party', () => {
  const [e, ...rest] = run(
    'Jordan and Britain have agreed to undertake joint military exercises this month, a Jordanian official confirmed.',
  );
  assert.deepEqual(rest, []);
  assert.deepEqual([e?.dyad, e?.class, e?.initiator], [['GBR', 'JOR'], 'intent', 'both']);
});

test('demonyms of any country: "Senior Hungarian and Romanian officials agreed"', () => {
  const [e] = run(
    'Senior Hungarian and Romanian officials agreed on Wednesday that their countries should cooperate to encourage Romanian refugees in Hungary to return home.',
    '1990-02-09',
  );
  assert.deepEqual(
    [e?.dyad, e?.date, e?.class, e?.cameo, e?.initiator],
    [['HUN', 'ROU'], '1990-02-07', 'intent', '030', 'both'],
  );
});

test('"have agreed to share information": an intent of both sides named before the verb', () => {
  const [e] = run(
    'The Turkish and Greek sides of the divided Mediterranean island of Cyprus have agreed to share information Friday on missing people from both communities, a UN official said on Monday.',
  );
  assert.deepEqual([e?.dyad, e?.class, e?.cameo, e?.initiator], [['GRC', 'TUR'], 'intent', '030', 'both']);
});
