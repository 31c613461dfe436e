import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluateCorpus, evaluateFile, extractOptions } from './evaluate.ts';
import type { GoldFile } from './gold.ts';

const GOLD: GoldFile = {
  name: 'call',
  source: 's',
  title: 'A call',
  dyad: ['AZE', 'UZB'],
  referenceDate: '2022-07-24',
  events: [
    {
      dyad: ['AZE', 'UZB'],
      class: 'phone_call',
      date: '2022-07-24',
      initiator: 'AZE',
      quote: 'made a phone call',
      line: 7,
    },
    {
      dyad: ['AZE', 'UZB'],
      class: 'state_visit',
      date: '2022-06',
      initiator: 'AZE',
      quote: 'the state visit',
      line: 12,
    },
  ],
};

test('the extractor is called with the gold file options', () => {
  assert.deepEqual(extractOptions(GOLD), {
    documentId: 'call',
    dyad: ['AZE', 'UZB'],
    title: 'A call',
    referenceDate: '2022-07-24',
  });
  assert.deepEqual(extractOptions({ name: 'x', source: 's', events: [] }), { documentId: 'x' });
});

test('a file result lists misses, false positives with their quotes, and finer dates', () => {
  const result = evaluateFile(GOLD, 'text', () => ({
    events: [
      { dyad: ['AZE', 'UZB'], class: 'phone_call', date: '2022-07-24' },
      { dyad: ['AZE', 'UZB'], class: 'intent', date: '2022-07-24', sources: [{ quote: 'invited' }] },
    ],
  }));
  assert.deepEqual(result, {
    name: 'call',
    language: 'en',
    score: {
      gold: 2,
      extracted: 2,
      matched: 1,
      sameClass: 1,
      morePrecise: 0,
      coarser: 0,
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
    },
    misses: [{ dyad: 'AZE-UZB', class: 'state_visit', date: '2022-06', quote: 'the state visit' }],
    falsePositives: [{ dyad: 'AZE-UZB', class: 'intent', date: '2022-07-24', quote: 'invited' }],
    morePrecise: [],
  });
});

test('an extractor that throws fails its file, not the run', () => {
  const corpus = evaluateCorpus([{ gold: GOLD, text: 't' }], () => {
    throw new Error('boom');
  });
  assert.deepEqual(corpus.files[0], {
    name: 'call',
    language: 'en',
    score: {
      gold: 2,
      extracted: 0,
      matched: 0,
      sameClass: 0,
      morePrecise: 0,
      coarser: 0,
      precision: 0,
      recall: 0,
      f1: 0,
    },
    error: 'boom',
    misses: [
      { dyad: 'AZE-UZB', class: 'phone_call', date: '2022-07-24', quote: 'made a phone call' },
      { dyad: 'AZE-UZB', class: 'state_visit', date: '2022-06', quote: 'the state visit' },
    ],
    falsePositives: [],
    morePrecise: [],
  });
  assert.deepEqual(corpus.total, corpus.files[0]!.score);
  assert.deepEqual(corpus.byLanguage, { en: corpus.files[0]!.score });
});

test('a Russian gold file is read as Russian and scored apart', () => {
  const ru = { ...GOLD, name: 'ru-call', language: 'ru' };
  assert.deepEqual(extractOptions(ru), {
    documentId: 'ru-call',
    dyad: ['AZE', 'UZB'],
    title: 'A call',
    referenceDate: '2022-07-24',
    language: 'ru',
  });
  const corpus = evaluateCorpus(
    [
      { gold: GOLD, text: 't' },
      { gold: ru, text: 't' },
    ],
    (_text, opts) => ({
      events:
        opts.language === 'ru' ? [] : [{ dyad: ['AZE', 'UZB'], class: 'phone_call', date: '2022-07-24' }],
    }),
  );
  assert.deepEqual(
    corpus.files.map((f) => [f.name, f.language, f.score.matched]),
    [
      ['call', 'en', 1],
      ['ru-call', 'ru', 0],
    ],
  );
  assert.equal(corpus.byLanguage['en']?.recall, 0.5);
  assert.equal(corpus.byLanguage['ru']?.recall, 0);
  assert.equal(corpus.total.recall, 0.25);
});

test('finer dates are listed with the gold date they exceed', () => {
  const result = evaluateFile(GOLD, 't', () => ({
    events: [
      { dyad: ['UZB', 'AZE'], class: 'phone_call', date: '2022-07-24' },
      { dyad: ['AZE', 'UZB'], class: 'visit', date: '2022-06-21' },
    ],
  }));
  assert.deepEqual(result.morePrecise, [{ class: 'state_visit', extracted: '2022-06-21', gold: '2022-06' }]);
  assert.equal(result.score.f1, 1);
});
