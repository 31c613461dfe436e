/**
 * Each record kind from realistic passages (issue 14). Sentences are published wording, cited beside
 * each test; where a test needs a variant (a negation, a plan), it says how it was changed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractEvents } from '../extract.ts';

const run = (text: string, referenceDate?: string, dyad?: [string, string]) =>
  extractEvents(text, {
    documentId: 'doc',
    ...(referenceDate ? { referenceDate } : {}),
    ...(dyad ? { dyad } : {}),
  });

// The seed page (The Gulf Observer, "Level of bilateral relations between Azerbaijan and Uzbekistan").
const SEED_AUGUST_2023 =
  'In August 2023, on the visit of President Mirziyoyev, both Presidents signed an agreement to establish the Supreme Interstate Council between Uzbekistan and Azerbaijan. 15 MOU’s were adopted at the level of states, governments, and agencies of the two countries. Among them is the Action Plan for deepening comprehensive strategic partnership for 2023-2024, the agreement on further deepening cooperation in the energy sector, cooperation in the youth policy and sports, and the Action Plan for developing cooperation in the media sphere.';

test('agreements: a signing names its documents; "15 MOU’s were adopted" stays one counted event and invents no titles; the listed ones are agreements of the package', () => {
  const r = run(SEED_AUGUST_2023);
  assert.deepEqual(
    r.events.map((e) => [e.id, e.date, e.class, e.count]),
    [
      ['doc#1', '2023-08', 'visit', undefined],
      ['doc#2', '2023-08', 'agreement', undefined],
      ['doc#3', '2023-08', 'mou', 15],
      ['doc#4', '2023-08', 'mou', undefined],
    ],
  );
  const first = { document: 'doc', quote: SEED_AUGUST_2023.slice(0, 168), start: 0, end: 168 };
  const among = { document: 'doc', quote: SEED_AUGUST_2023.slice(263), start: 263, end: 538 };
  const signed = { date: '2023-08', precision: 'month' as const };
  const listed = (n: number, kind: string, title: string) => ({
    id: `doc#agreement-${n}`,
    dyad: ['AZE', 'UZB'],
    kind,
    title,
    parties: ['AZE', 'UZB'],
    // The package was adopted "at the level of states, governments, and agencies": the signers' words decide.
    level: 'government',
    status: [{ status: 'signed', ...signed, sources: [among] }],
    sectors: n === 3 ? ['energy'] : n === 4 ? ['media'] : [],
    sources: [among],
    signed,
    event: 'doc#3',
  });
  assert.deepEqual(r.records.agreements, [
    {
      id: 'doc#agreement-1',
      dyad: ['AZE', 'UZB'],
      kind: 'agreement',
      title: 'agreement to establish the Supreme Interstate Council between Uzbekistan and Azerbaijan',
      parties: ['AZE', 'UZB'],
      level: 'state',
      status: [{ status: 'signed', ...signed, sources: [first] }],
      sectors: [],
      sources: [first],
      signed,
      event: 'doc#2',
    },
    listed(2, 'action_plan', 'Action Plan for deepening comprehensive strategic partnership for 2023-2024'),
    listed(3, 'agreement', 'agreement on further deepening cooperation in the energy sector'),
    listed(4, 'action_plan', 'Action Plan for developing cooperation in the media sphere'),
  ]);
});

test('agreements: a ratification that recalls the signature dates each step by its own date, by the party and body that ratified', () => {
  // Trend, 28 February 2024 (en.trend.az/casia/kazakhstan/3867856.html); its dateline has no year, so the
  // publication date is given.
  const text =
    "BAKU, Azerbaijan, February 28. Kazakhstan's Parliament has ratified the Treaty on Allied Relations with Uzbekistan, signed in Tashkent on December 22, 2022, Trend reports.";
  const r = run(text, '2024-02-28');
  const sentence = text.slice(31);
  const source = { document: 'doc', quote: sentence, start: 31, end: text.length };
  assert.deepEqual(r.records.agreements, [
    {
      id: 'doc#agreement-1',
      dyad: ['KAZ', 'UZB'],
      kind: 'treaty',
      title: 'Treaty on Allied Relations with Uzbekistan',
      parties: ['KAZ', 'UZB'],
      level: 'state',
      status: [
        { status: 'signed', date: '2022-12-22', precision: 'day', sources: [source] },
        {
          status: 'ratified',
          date: '2024-02-28',
          precision: 'day',
          party: 'KAZ',
          body: 'Parliament',
          sources: [source],
        },
      ],
      sectors: [],
      sources: [source],
      rung: 'ALLIED_TREATY_SIGNED',
      signed: { date: '2022-12-22', precision: 'day', place: { name: 'Tashkent', country: 'UZB' } },
      event: 'doc#1',
    },
  ]);
  assert.equal(r.document.publisher, 'Trend News Agency');
});

test('agreements: a signing the text says did not happen, or is only planned or expected, is no event and no agreement', () => {
  // Kazinform, 8 August 2024 (en.inform.kz): "Today the countries are expected to sign a strategic
  // partnership development program for the next 10 years."
  for (const text of [
    'Today the countries are expected to sign a strategic partnership development program for the next 10 years.',
    // The Akorda read-out of 22 December 2022 ("… signed the Treaty on Allied Relations"), made a plan and a negation.
    'Kazakhstan and Uzbekistan plan to sign the Treaty on Allied Relations in December.',
    'On 22 December 2022 Kazakhstan and Uzbekistan did not sign the Treaty on Allied Relations.',
  ]) {
    const r = run(text, '2024-08-08');
    assert.deepEqual(r.events, [], text);
    assert.deepEqual(r.records.agreements, [], text);
    assert.deepEqual(r.records.milestones, [], text);
  }
});

test('milestones: relations, embassies on one side then both, friendship and allied treaties, a council set up, severance and war, each with its words', () => {
  const brief = (text: string, date?: string) =>
    run(text, date).records.milestones.map((m) => [m.date, m.rung, m.label, m.words]);
  // Kazinform, 20 November 2012; zakonpravo.kz (the Treaty on Allied Relations' preamble).
  assert.deepEqual(
    brief(
      'Diplomatic relations between Kazakhstan and Uzbekistan were established on November 23, 1992. One of the key documents is the Treaty of Eternal Friendship, signed on October 31, 1998.',
    ),
    [
      [
        '1992-11-23',
        'DIPLOMATIC_RELATIONS',
        'diplomatic relations established',
        'Diplomatic relations between Kazakhstan and Uzbekistan were established',
      ],
      ['1998-10-31', 'FRIENDSHIP_TREATY', 'friendship treaty', 'Eternal Friendship'],
    ],
  );
  // The seed page.
  assert.deepEqual(
    brief(
      'The Embassy of Azerbaijan in Uzbekistan was opened in June 1997 during the official visit of Heydar Aliyev, and in July 1998 the Embassy of Uzbekistan was opened in Azerbaijan.',
    ),
    [
      ['1997-06', 'EMBASSY_ONE_SIDE', 'embassy opened', 'Embassy of Azerbaijan in Uzbekistan was opened'],
      ['1998-07', 'EMBASSIES_RECIPROCAL', 'embassies on both sides', 'Embassy of Uzbekistan was opened'],
    ],
  );
  assert.deepEqual(brief(SEED_AUGUST_2023), [
    [
      '2023-08',
      undefined,
      'supreme council established',
      'Supreme Interstate Council between Uzbekistan and Azerbaijan',
    ],
  ]);
  // Georgia's severance of 29 August 2008 and the war of 27 September 2020, as news agencies reported them.
  assert.deepEqual(brief('On 29 August 2008 Georgia severed diplomatic relations with Russia.'), [
    ['2008-08-29', 'SEVERED', 'relations severed', 'severed diplomatic relations'],
  ]);
  const war = run('On 27 September 2020 war broke out between Armenia and Azerbaijan over Nagorno-Karabakh.');
  assert.deepEqual(
    war.records.milestones.map((m) => [m.date, m.rung, m.words, m.event]),
    [['2020-09-27', 'WAR', 'war broke out', 'doc#1']],
  );
  assert.equal(war.events[0]?.rung, 'WAR');
});

test('mechanisms: a body set up on a date, and its numbered meetings with place and event', () => {
  // The Joint Intergovernmental Commission of 1996 (the seed's record) and its 11th meeting
  // (president.uz read-outs); the sentences are the record's wording.
  const text =
    'In March 1996 the Joint Intergovernmental Commission of Azerbaijan and Uzbekistan was established. The 11th meeting of the Intergovernmental Commission was held in Tashkent on 2 February 2023.';
  const r = run(text);
  const one = { document: 'doc', quote: text.slice(0, 98), start: 0, end: 98 };
  const two = { document: 'doc', quote: text.slice(99), start: 99, end: text.length };
  assert.deepEqual(r.records.mechanisms, [
    {
      id: 'doc#mechanism-1',
      dyad: ['AZE', 'UZB'],
      kind: 'intergovernmental_commission',
      title: 'Joint Intergovernmental Commission of Azerbaijan and Uzbekistan',
      attributes: {},
      meetings: [
        {
          date: '2023-02-02',
          precision: 'day',
          summary:
            'The 11th meeting of the Intergovernmental Commission was held in Tashkent on 2 February 2023.',
          event: 'doc#1',
          sources: [two],
          number: 11,
          place: { name: 'Tashkent', country: 'UZB' },
        },
      ],
      sources: [one, two],
      established: { date: '1996-03', precision: 'month' },
    },
  ]);
});

test('statements: who said what, the words verbatim at their offsets, the speaker named or "he" of the name before', () => {
  // Caspian News, 23 December 2022 ("Kazakh, Uzbek leaders sign border agreement"), two sentences as published.
  const first =
    '"I will especially note the agreement on allied relations, which meets the fundamental interests of both fraternal peoples and marks a new stage in the history of Uzbek-Kazakh relations," Uzbekistan’s President Shavkat Mirziyoyev said.';
  const second =
    '"Allied relations are the highest and most trust-based level of interstate partnership. Thus, we have confirmed that we have the intention of building a common future," he added.';
  const text = `${first}\n${second}`;
  // The story is about Kazakhstan and Uzbekistan; these sentences name only one of them.
  const r = run(text, '2022-12-23', ['KAZ', 'UZB']);
  const words = (start: number, end: number) => ({
    quote: text.slice(start, end),
    sources: [{ document: 'doc', quote: text.slice(start, end), start, end }],
  });
  const mirziyoyev = { name: 'Shavkat Mirziyoyev', country: 'UZB', role: 'President' };
  const b = first.length + 1;
  assert.deepEqual(r.records.statements, [
    {
      id: 'doc#statement-1',
      date: '2022-12-23',
      precision: 'day',
      dyad: ['KAZ', 'UZB'],
      ...words(1, 185),
      speaker: mirziyoyev,
      event: 'doc#1',
    },
    {
      id: 'doc#statement-2',
      date: '2022-12-23',
      precision: 'day',
      dyad: ['KAZ', 'UZB'],
      ...words(b + 1, b + 166),
      speaker: mirziyoyev,
      event: 'doc#2',
    },
  ]);
  assert.equal(text.slice(b + 1, b + 166).endsWith('a common future'), true);
  // Each judges the relationship well: a praise event of the speaker's side, dated by the publication.
  assert.deepEqual(
    r.events.map((e) => [e.class, e.initiator, e.dated_by, e.actors.map((a) => a.name)]),
    [
      ['praise', 'UZB', 'publication', ['Shavkat Mirziyoyev']],
      ['praise', 'UZB', 'publication', ['Shavkat Mirziyoyev']],
    ],
  );
});

test("agreements: the kind is the title's head noun, the level the title's or the signers'", async () => {
  const { agreementKind, agreementLevel } = await import('./agreements.ts');
  assert.deepEqual(
    [
      'Protocol to the Treaty on Friendship and Cooperation',
      'Treaty on Allied Relations',
      'Memorandum of understanding on cooperation in the field of tourism',
      'Action Plan for deepening comprehensive strategic partnership for 2023-2024',
      'Roadmap for 2022',
      'Declaration on Deepening Strategic Partnership',
      'Agreement on the establishment of a joint Investment Fund',
    ].map(agreementKind),
    ['protocol', 'treaty', 'memorandum', 'action_plan', 'action_plan', 'declaration', 'agreement'],
  );
  assert.equal(
    agreementLevel(
      'Intergovernmental agreement on the establishment of the Investment Company',
      'The presidents signed …',
      'agreement',
    ),
    'government',
  );
  assert.equal(
    agreementLevel(
      'Agreement on cooperation',
      'The ministers of foreign affairs signed the agreement.',
      'agreement',
    ),
    'agency',
  );
  assert.equal(agreementLevel('Treaty on Allied Relations', 'The documents were signed.', 'treaty'), 'state');
});
