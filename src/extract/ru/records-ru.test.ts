import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { extractEvents } from '../extract.ts';

const gold = (name: string) =>
  readFileSync(new URL(`../../../test/extract-gold/${name}.txt`, import.meta.url), 'utf8');

test('Russian agreements: each document named at a signing, its kind, level, signature and rung', () => {
  // 1lurer.am, 20 April 2022.
  const r = extractEvents(gold('ru-aze-kgz-declaration-2022'), {
    documentId: 'kgz',
    referenceDate: '2022-04-20',
  });
  assert.deepEqual(
    r.records.agreements.map((a) => [
      a.kind,
      a.title,
      a.level,
      a.signed?.date,
      a.rung,
      a.status.map((s) => s.status),
      a.event,
    ]),
    [
      [
        'declaration',
        'декларацию о стратегическом партнерстве',
        'state',
        '2022-04-20',
        'STRATEGIC_PARTNERSHIP',
        ['signed'],
        'kgz#1',
      ],
      [
        'memorandum',
        'меморандумы о создании межгосударственного совета',
        'government',
        '2022-04-20',
        undefined,
        ['signed'],
        'kgz#2',
      ],
      [
        'agreement',
        'соглашение о сотрудничестве в сельскохозяйственной сфере',
        'government',
        '2022-04-20',
        undefined,
        ['signed'],
        'kgz#2',
      ],
      [
        'agreement',
        'соглашение о взаимодействии между государственным телекомпаниями',
        'government',
        '2022-04-20',
        undefined,
        ['signed'],
        'kgz#2',
      ],
      [
        'agreement',
        'соглашения в области экономики, образования',
        'government',
        '2022-04-20',
        undefined,
        ['signed'],
        'kgz#2',
      ],
    ],
  );
  assert.deepEqual(
    r.records.milestones.map((m) => [m.rung, m.label, m.words, m.date]),
    [['STRATEGIC_PARTNERSHIP', 'strategic partnership', 'стратегическом партнерстве', '2022-04-20']],
  );
});

test('Russian milestones: relations, embassies and a war from the events', () => {
  // Russian Wikipedia, «Гватемальско-российские отношения» and «Азербайджано-армянские отношения».
  const gtm = extractEvents(gold('ru-gtm-rus-relations'), { documentId: 'gtm', dyad: ['GTM', 'RUS'] });
  assert.deepEqual(
    gtm.records.milestones.map((m) => [m.rung, m.date]),
    [
      ['DIPLOMATIC_RELATIONS', '1945-04-19'],
      ['EMBASSIES_RECIPROCAL', '1991-01-04'],
      ['DIPLOMATIC_RELATIONS', '1992-01-08'],
      ['EMBASSIES_RECIPROCAL', '1995'],
      ['EMBASSIES_RECIPROCAL', '2007'],
    ],
  );
  const wiki = extractEvents(gold('ru-arm-aze-relations'), { documentId: 'wiki' });
  assert.deepEqual(
    wiki.records.milestones.map((m) => [m.rung, m.words, m.date]),
    [
      ['SEVERED', 'прекращены', '1922'],
      ['WAR', 'война', '1918'],
      ['WAR', 'война', '1992'],
    ],
  );
});

test('a Russian quotation attributed after it («…», — заявил …) is a statement, quoted verbatim', () => {
  // riamo.ru (RIA Novosti, press service of the Kremlin), 24 May 2024.
  const text =
    'Белорусский лидер Александр Лукашенко назвал приезд президента России Владимира Путина в Минск хорошим сигналом, сообщает пресс-служба Кремля.\n«Это хороший сигнал. И не только сигнал», — заявил Лукашенко.';
  const r = extractEvents(text, { documentId: 'riamo', referenceDate: '2024-05-24', dyad: ['BLR', 'RUS'] });
  const quote = 'Это хороший сигнал. И не только сигнал';
  const at = text.indexOf(quote);
  assert.deepEqual(r.records.statements, [
    {
      id: 'riamo#statement-1',
      date: '2024-05-24',
      precision: 'day',
      dyad: ['BLR', 'RUS'],
      quote,
      sources: [{ document: 'riamo', quote, start: at, end: at + quote.length }],
      speaker: { name: 'Alexander Lukashenko' },
    },
  ]);
});
