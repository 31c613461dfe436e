import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractEvents } from '../extract.ts';

// Russian Wikipedia, «Азербайджано-армянские отношения» (the first two sentences).
const WIKI =
  'В 1922 году, в связи с присоединением Азербайджана и Армении к СССР, дипломатические отношения двух республик были прекращены, поскольку дипломатические отношения между союзными республиками не были предусмотрены. В XX веке Армения и Азербайджан дважды находились в состоянии конфронтации: Армяно-азербайджанская война продолжалась с 1918 по 1920 год, а Карабахская война между вооружёнными силами Азербайджана и армянскими силами непризнанной Нагорно-Карабахской Республики продолжалась с 1992 по 1994 год.';

test('the issue’s three Russian sentences: relations ended in 1922, two wars with their ranges, a call', () => {
  const wiki = extractEvents(WIKI, { documentId: 'wiki' });
  assert.deepEqual(wiki.document, { id: 'wiki', language: 'ru', sentences: 2 });
  const sentence2 = WIKI.slice(214);
  const war = (n: number, date: string, end: string) => ({
    id: `wiki#${n}`,
    date,
    end,
    precision: 'year',
    dyad: ['ARM', 'AZE'],
    initiator: 'both',
    class: 'armed_clash',
    cameo: '190',
    goldstein: -10,
    actors: [],
    summary: 'War between Armenia and Azerbaijan.',
    // A war is a milestone of the ladder (the record builders mark it).
    rung: 'WAR',
    sectors: [],
    sources: [{ document: 'wiki', quote: sentence2, start: 214, end: WIKI.length }],
    provenance: 'extracted',
    confidence: 0.8,
  });
  assert.deepEqual(wiki.events, [
    {
      id: 'wiki#1',
      date: '1922',
      precision: 'year',
      dyad: ['ARM', 'AZE'],
      initiator: null,
      class: 'relations_severed',
      cameo: '161',
      goldstein: -4,
      actors: [],
      summary: 'Diplomatic relations between Armenia and Azerbaijan ended.',
      sectors: [],
      sources: [{ document: 'wiki', quote: WIKI.slice(0, 213), start: 0, end: 213 }],
      provenance: 'extracted',
      confidence: 0.8,
    },
    war(2, '1918', '1920'),
    war(3, '1992', '1994'),
  ]);
  // aspect.uz: the text gives no date, and none is invented.
  const call = 'Президенты Узбекистана и Казахстана провели телефонный разговор.';
  assert.deepEqual(extractEvents(call, { documentId: 'aspect' }).events, [
    {
      id: 'aspect#1',
      date: null,
      precision: 'unknown',
      dyad: ['KAZ', 'UZB'],
      initiator: 'both',
      class: 'phone_call',
      cameo: '041',
      goldstein: 1,
      actors: [],
      summary: 'The presidents of Kazakhstan and Uzbekistan spoke by phone.',
      sectors: [],
      sources: [{ document: 'aspect', quote: call, start: 0, end: call.length }],
      provenance: 'extracted',
      confidence: 0.65,
    },
  ]);
});

test('a read-out: the day from the text, the year from the publication day, the people at that date', () => {
  // kknews.uz, 5 April 2022 (press service of the President of Uzbekistan).
  const text =
    '5 апреля Президент Республики Узбекистан Шавкат Мирзиёев провел телефонный разговор с Президентом Республики Казахстан Касым-Жомартом Токаевым.\n\nГлавы государств обменялись искренними поздравлениями в связи с началом священного месяца Рамадан, пожелав братским народам Узбекистана и Казахстана благополучия и процветания.';
  const r = extractEvents(text, { documentId: 'kknews', referenceDate: '2022-04-05' });
  const first = text.indexOf('\n');
  assert.deepEqual(r.events, [
    {
      id: 'kknews#1',
      date: '2022-04-05',
      precision: 'day',
      dyad: ['KAZ', 'UZB'],
      initiator: 'UZB',
      class: 'phone_call',
      cameo: '041',
      goldstein: 1,
      actors: [
        { name: 'Shavkat Mirziyoyev', country: 'UZB', role: 'President' },
        { name: 'Kassym-Jomart Tokayev', country: 'KAZ', role: 'President' },
      ],
      summary: 'The president of Uzbekistan spoke by phone with the president of Kazakhstan.',
      sectors: [],
      // The congratulations exchanged in the call are its content: one event, two sentences.
      sources: [
        { document: 'kknews', quote: text.slice(0, first), start: 0, end: first },
        { document: 'kknews', quote: text.slice(first + 2), start: first + 2, end: text.length },
      ],
      provenance: 'extracted',
      confidence: 0.8,
    },
  ]);
});

test('negated, planned and cancelled acts are no events', () => {
  // Russian Wikipedia; absatz.media, 18 August 2024; onlinebrest.by (Sputnik Belarus), 19 December 2022.
  for (const [text, referenceDate] of [
    [
      'В настоящее время между странами не установлено дипломатических отношений, одной из причин этого является продолжающийся Карабахский конфликт.',
      undefined,
    ],
    [
      'По итогам переговоров планируется принять совместное заявление глав государств и подписать межправительственные документы.',
      '2024-08-18',
    ],
    [
      'Минувшим летом Путин планировал прибыть на Форум регионов, однако визит российского лидера в итоге был отменен.',
      '2022-12-19',
    ],
  ] as const) {
    const r = extractEvents(text, { documentId: 'x', ...(referenceDate ? { referenceDate } : {}) });
    assert.deepEqual(r.events, [], text);
  }
  // aspect.uz: the agreement to organise a visit is the event; the visit is a plan.
  const plan =
    'По итогам разговора в целях придания практического импульса многогранным узбекско-казахским отношениям, главы государств договорились организовать до конца текущего года государственный визит Шавката Мирзиёева в Казахстан.';
  const r = extractEvents(plan, { documentId: 'plan' });
  assert.deepEqual(
    r.events.map((e) => [e.class, e.cameo, e.dyad.join('-'), e.initiator, e.summary]),
    [
      [
        'intent',
        '036',
        'KAZ-UZB',
        'both',
        'The presidents of Kazakhstan and Uzbekistan agreed on a further step.',
      ],
    ],
  );
});

test('the language: detected from Cyrillic, or as asked', () => {
  const text = 'Президенты Узбекистана и Казахстана провели телефонный разговор.';
  assert.equal(extractEvents(text).document.language, 'ru');
  // Read as English, the Russian words state nothing.
  const asEnglish = extractEvents(text, { language: 'en' });
  assert.deepEqual([asEnglish.document.language, asEnglish.events.length], ['en', 0]);
  assert.equal(extractEvents('The presidents spoke by phone.').document.language, 'en');
});
