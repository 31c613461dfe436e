import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { extractEvents } from '../extract.ts';
import { documentClassRu, documentCount, lexiconEntry, rungRu, visitKindRu } from './triggers.ts';

const gold = (name: string) =>
  readFileSync(new URL(`../../../test/extract-gold/${name}.txt`, import.meta.url), 'utf8');

test('every form of an event word finds its entry; other words with a like stem do not', () => {
  for (const w of [
    'посетил',
    'посетила',
    'посетили',
    'визит',
    'визита',
    'визитом',
    'Переговоры',
    'переговорах',
  ])
    assert.notEqual(lexiconEntry(w), undefined, w);
  assert.equal(lexiconEntry('визит')?.cls, 'visit');
  assert.equal(lexiconEntry('подписали')?.code, '057');
  assert.equal(lexiconEntry('обстрела')?.cls, 'armed_clash');
  // "визы" (visas) shares Snowball's stem "виз" with "визит"; "Договор" shares "договор" with "договорились".
  assert.equal(lexiconEntry('визы'), undefined);
  assert.equal(lexiconEntry('Договор'), undefined);
  assert.equal(lexiconEntry('протестующие'), undefined);
});

test('what was signed, how many, and the level a declaration names', () => {
  // 1lurer.am, 20 April 2022; Lenta.ru, 12 November 2025; EADaily, 23 August 2023.
  const s =
    '20 апреля президенты Кыргызстана и Азербайджана Садыр Жапаров и Ильхам Алиев на встрече в Баку подписали декларацию о стратегическом партнерстве между странами.';
  const at = s.indexOf('подписали');
  assert.equal(documentClassRu(s, at, at + 9), 'declaration');
  assert.equal(rungRu(s.slice(at)), 'STRATEGIC_PARTNERSHIP');
  assert.equal(
    rungRu(
      'Декларацию о переходе отношений России и Казахстана на уровень всеобъемлющего стратегического партнерства и союзничества.',
    ),
    'COMPREHENSIVE_STRATEGIC_PARTNERSHIP',
  );
  const signed = 'Договор о создании данной структуры подписали в Баку 22 августа';
  assert.equal(
    documentClassRu(signed, signed.indexOf('подписали'), signed.indexOf('подписали') + 9),
    'agreement',
  );
  assert.equal(documentCount('было подписано еще 15 документов на уровне государств'), 15);
  assert.equal(documentCount('всего Алиев и Жапаров подписали десять двусторонних документов'), 10);
  assert.equal(documentCount('По итогам встречи был подписан ряд межгосударственных документов.'), undefined);
  assert.equal(visitKindRu('Глава КНР прибыл в Москву с официальным визитом'), 'official_visit');
  assert.equal(visitKindRu('организовать до конца текущего года государственный визит'), 'state_visit');
  assert.equal(visitKindRu('в рамках предстоящего государственного визита'), 'visit');
});

test('one signing told in two sentences is one event; a count joins the package it counts', () => {
  const lenta = extractEvents(gold('ru-kaz-rus-declaration-2025'), {
    documentId: 'lenta',
    referenceDate: '2025-11-12',
  });
  assert.deepEqual(
    lenta.events.map((e) => [e.date, e.class, e.rung, e.sources.length, e.summary]),
    [
      [
        '2025-11-12',
        'declaration',
        'COMPREHENSIVE_STRATEGIC_PARTNERSHIP',
        2,
        'The presidents of Kazakhstan and Russia signed a declaration on comprehensive strategic partnership.',
      ],
    ],
  );
  const kgz = extractEvents(gold('ru-aze-kgz-declaration-2022'), {
    documentId: 'kgz',
    referenceDate: '2022-04-20',
  });
  assert.deepEqual(
    kgz.events.map((e) => [e.date, e.class, e.count, e.initiator, e.sources.length]),
    [
      ['2022-04-20', 'declaration', undefined, 'both', 1],
      ['2022-04-20', 'mou', 10, 'both', 3],
      ['2022-04-19', 'official_visit', undefined, 'KGZ', 1],
    ],
  );
});

test('one day’s fighting told in several sentences is one event; another day is another', () => {
  // Zvezda TV, 16 September 2022.
  const r = extractEvents(gold('ru-kgz-tjk-border-2022'), {
    documentId: 'zvezda',
    dyad: ['KGZ', 'TJK'],
    referenceDate: '2022-09-16',
  });
  assert.deepEqual(
    r.events.map((e) => [e.date, e.class, e.initiator, e.summary, e.sources.length]),
    [
      ['2022-09-16', 'armed_clash', 'TJK', 'Forces of Tajikistan attacked Kyrgyzstan.', 3],
      ['2022-09-14', 'armed_clash', 'both', 'Armed clashes between Kyrgyzstan and Tajikistan.', 1],
    ],
  );
});

test('recognition is an event only of a state the text names as recognised', () => {
  // Russian Wikipedia, «Гватемальско-российские отношения».
  const gtm =
    'После распада Советского Союза, правительство Гватемалы признало 8 января 1992 года Российскую Федерацию в качестве государства-продолжателя СССР.';
  assert.deepEqual(
    extractEvents(gtm, { documentId: 'gtm' }).events.map((e) => [
      e.date,
      e.dyad.join('-'),
      e.class,
      e.initiator,
      e.summary,
    ]),
    [['1992-01-08', 'GTM-RUS', 'diplomatic_relations', 'GTM', 'Guatemala recognised Russia.']],
  );
  // politikforum.ru, 2009: Abkhazia and South Ossetia are no states of the registry.
  const abkhazia =
    'Россия признала независимость Южной Осетии и Абхазии 26 августа 2008г., а 9 сентября между государствами были установлены дипломатические отношения.';
  assert.deepEqual(extractEvents(abkhazia, { documentId: 'ab' }).events, []);
});
