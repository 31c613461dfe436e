/**
 * Histories of relations: lists and ranges of years, states in force since a year, recognition,
 * commitments, elevation of relations, a leader's quoted words, rows of a visits table. The
 * sentences are those histories use (the Armenia–Azerbaijan, Kazakhstan–Uzbekistan and
 * Azerbaijan–Uzbekistan records); every field that says what, when, between whom and who acted
 * is asserted.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractEvents } from './index.ts';

type Brief = {
  dyad: [string, string];
  date: string | null;
  end?: string;
  precision: string;
  class: string;
  cameo: string;
  initiator: string | null;
  rung?: string;
  place?: { name: string; country?: string };
};

function brief(text: string, dyad?: [string, string]): Brief[] {
  return extractEvents(text, { documentId: 'doc', ...(dyad ? { dyad } : {}) }).events.map((e) => {
    const b: Brief = {
      dyad: e.dyad,
      date: e.date,
      precision: e.precision,
      class: e.class,
      cameo: e.cameo,
      initiator: e.initiator,
    };
    if (e.end) b.end = e.end;
    if (e.rung) b.rung = e.rung;
    if (e.place) b.place = e.place;
    return b;
  });
}

test('a range of years is one event; a list of years is one event for each', () => {
  const text =
    'Armenia and Azerbaijan fought a war from 1988 to 1994, and clashes followed, the most recent in 2016, 2020 and 2023.';
  const clash = {
    dyad: ['ARM', 'AZE'] as [string, string],
    precision: 'year',
    class: 'armed_clash',
    cameo: '190',
    initiator: 'both',
  };
  assert.deepEqual(brief(text), [
    { ...clash, date: '1988', end: '1994' },
    { ...clash, date: '2016' },
    { ...clash, date: '2020' },
    { ...clash, date: '2023' },
  ]);
});

test('"2020 and 2023" is a list; "between 2020 and 2023" a range', () => {
  const between = brief('Armenia and Azerbaijan clashed between 2020 and 2023.');
  assert.deepEqual(
    between.map((e) => [e.date, e.end]),
    [['2020', '2023']],
  );
});

test('a blockade in force since a year: one event per side that imposes it, dated when it began', () => {
  const text = 'Azerbaijan and Turkey have continued to enforce a blockade of Armenia since 1989.';
  const blockade = { date: '1989', precision: 'year', class: 'sanction', cameo: '191' };
  assert.deepEqual(brief(text), [
    { ...blockade, dyad: ['ARM', 'AZE'], initiator: 'AZE' },
    { ...blockade, dyad: ['ARM', 'TUR'], initiator: 'TUR' },
  ]);
});

test('"the first country to recognize" a state is recognition (054)', () => {
  assert.deepEqual(brief('Turkey was the first country to recognize Uzbekistan on 16 December 1991.'), [
    {
      dyad: ['TUR', 'UZB'],
      date: '1991-12-16',
      precision: 'day',
      class: 'diplomatic_relations',
      cameo: '054',
      initiator: 'TUR',
    },
  ]);
});

test('committing to a peace agreement is an intent of both, dated the day they committed', () => {
  assert.deepEqual(
    brief('Armenia and Azerbaijan committed to a peace agreement on 8 August 2025 at the White House.'),
    [
      {
        dyad: ['ARM', 'AZE'],
        date: '2025-08-08',
        precision: 'day',
        class: 'intent',
        cameo: '030',
        initiator: 'both',
      },
    ],
  );
});

test('relations elevated to an alliance: a declaration that carries the rung', () => {
  assert.deepEqual(
    brief('Bilateral relations were elevated from a strategic partnership to an alliance in 2021.', [
      'KAZ',
      'UZB',
    ]),
    [
      {
        dyad: ['KAZ', 'UZB'],
        date: '2021',
        precision: 'year',
        class: 'declaration',
        cameo: '057',
        initiator: 'both',
        rung: 'ALLIED_DECLARATION',
      },
    ],
  );
});

test("a leader's quoted words: what he says happened is an event, dated when he spoke; his judgement is praise", () => {
  assert.deepEqual(
    brief(
      'On 22 December 2022 President Tokayev said: "Today we signed the Treaty on Allied Relations with Uzbekistan."',
    ),
    [
      {
        dyad: ['KAZ', 'UZB'],
        date: '2022-12-22',
        precision: 'day',
        class: 'agreement',
        cameo: '057',
        initiator: 'KAZ',
        // The treaty it names is the allied treaty: its signing carries the rung.
        rung: 'ALLIED_TREATY_SIGNED',
      },
    ],
  );
  // His judgement of the relationship is praise; the habit he describes ("several times a year") is no event.
  assert.deepEqual(
    brief(
      'On 27 November 2018, the President Nursultan Nazarbayev said: "Today our relationship is at a good level. We meet with Shavkat Mirziyoyev several times a year."',
      ['KAZ', 'UZB'],
    ),
    [
      {
        dyad: ['KAZ', 'UZB'],
        date: '2018-11-27',
        precision: 'day',
        class: 'praise',
        cameo: '051',
        initiator: 'KAZ',
      },
    ],
  );
});

test('rows of a visits table (guest | host | place | dates) are visits: the guest acts, the place is kept', () => {
  const text = [
    'Visits of the presidents',
    '',
    'Guest | Host | Place | Dates',
    'Ilham Aliyev | Uzbekistan | Tashkent | 13-14 October 2017',
    'Shavkat Mirziyoyev | Azerbaijan | Baku | 21-22 June 2022',
    '',
  ].join('\n');
  assert.deepEqual(brief(text), [
    {
      dyad: ['AZE', 'UZB'],
      date: '2017-10-13',
      end: '2017-10-14',
      precision: 'day',
      class: 'visit',
      cameo: '042',
      initiator: 'AZE',
      place: { name: 'Tashkent', country: 'UZB' },
    },
    {
      dyad: ['AZE', 'UZB'],
      date: '2022-06-21',
      end: '2022-06-22',
      precision: 'day',
      class: 'visit',
      cameo: '042',
      initiator: 'UZB',
      place: { name: 'Baku', country: 'AZE' },
    },
  ]);
});

test('a table without a guest and host header states no visits', () => {
  const text = 'Year | Turnover | Growth\n2022 | 1.2 | 20%\n';
  assert.deepEqual(brief(text), []);
});

test('"the Year of Kazakhstan in Uzbekistan" opened during a visit: the programme, and the visit of the guest', () => {
  assert.deepEqual(
    brief(
      "On 15 April 2019, the Kazakh President Kassym-Jomart Tokayev and Mirziyoyev opened the Year of Kazakhstan in Uzbekistan during the former's visit to Tashkent.",
    ),
    [
      {
        dyad: ['KAZ', 'UZB'],
        date: '2019-04-15',
        precision: 'day',
        class: 'economic_cooperation',
        cameo: '061',
        initiator: 'both',
        place: { name: 'Uzbekistan', country: 'UZB' },
      },
      {
        dyad: ['KAZ', 'UZB'],
        date: '2019-04-15',
        precision: 'day',
        class: 'visit',
        cameo: '042',
        initiator: 'KAZ',
        place: { name: 'Tashkent', country: 'UZB' },
      },
    ],
  );
});

test('"…, after which Georgia severed relations": an act later by an unstated time (its year only)', () => {
  assert.deepEqual(
    brief(
      'Russia recognized the independence of Abkhazia and South Ossetia on 26 August 2008, after which Georgia severed diplomatic relations with Russia.',
    ).map((e) => [e.dyad, e.date, e.precision, e.class, e.cameo, e.initiator]),
    // Recognising Abkhazia and South Ossetia is no event between states; the severance is.
    [[['GEO', 'RUS'], '2008', 'year', 'relations_severed', '161', 'GEO']],
  );
});

test('"In May 2015" is a month, not a modal: the ban is an event', () => {
  assert.deepEqual(
    brief('In May 2015, Ukraine banned Russian flights.').map((e) => [
      e.dyad,
      e.date,
      e.class,
      e.cameo,
      e.initiator,
    ]),
    [[['RUS', 'UKR'], '2015-05', 'border_incident', '172', 'UKR']],
  );
});

test('recognition is of a state the text names: two recognisers are two events; a region is none', () => {
  assert.deepEqual(
    brief('In 1991, Estonia and Latvia were among the first to recognize the independence of Ukraine.').map(
      (e) => [e.dyad, e.date, e.class, e.cameo, e.initiator],
    ),
    [
      [['EST', 'UKR'], '1991', 'diplomatic_relations', '054', 'EST'],
      [['LVA', 'UKR'], '1991', 'diplomatic_relations', '054', 'LVA'],
    ],
  );
  assert.deepEqual(brief('Russia recognized the independence of Abkhazia on 26 August 2008.'), []);
});
