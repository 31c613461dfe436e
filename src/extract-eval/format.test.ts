import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatCorpus, formatRootAccuracy } from './format.ts';
import { rates } from './score.ts';

test('the table has one row per file, a total row, and details when asked', () => {
  const score = rates({ gold: 2, extracted: 1, matched: 1, sameClass: 1, morePrecise: 1, coarser: 0 });
  const corpus = {
    files: [
      {
        name: 'seed',
        language: 'en',
        score,
        misses: [
          { dyad: 'AZE-UZB', class: 'message', date: '2023-09', quote: 'sent congratulatory message' },
        ],
        falsePositives: [],
        morePrecise: [{ class: 'intent', extracted: '2023-03-01', gold: '2023-03' }],
      },
    ],
    total: score,
    byLanguage: { en: score },
  };
  assert.equal(
    formatCorpus(corpus, true),
    [
      'file           gold  extr  match      P      R     F1  class=  finer  coarser',
      '-------------  ----  ----  -----  -----  -----  -----  ------  -----  -------',
      'seed              2     1      1  1.000  0.500  0.667       1      1        0',
      '-------------  ----  ----  -----  -----  -----  -----  ------  -----  -------',
      'TOTAL (micro)     2     1      1  1.000  0.500  0.667       1      1        0',
      '',
      'seed:',
      '  missed  2023-09    AZE-UZB message  sent congratulatory message',
      '  finer   2023-03-01 for gold 2023-03 (intent)',
    ].join('\n'),
  );
});

test('texts in two languages get a total each before the overall one', () => {
  const en = rates({ gold: 2, extracted: 2, matched: 2, sameClass: 2, morePrecise: 0, coarser: 0 });
  const ru = rates({ gold: 2, extracted: 1, matched: 1, sameClass: 1, morePrecise: 0, coarser: 0 });
  const all = rates({ gold: 4, extracted: 3, matched: 3, sameClass: 3, morePrecise: 0, coarser: 0 });
  const file = (name: string, language: string, score: typeof en) => ({
    name,
    language,
    score,
    misses: [],
    falsePositives: [],
    morePrecise: [],
  });
  const corpus = {
    files: [file('seed', 'en', en), file('ru-seed', 'ru', ru)],
    total: all,
    byLanguage: { en, ru },
  };
  assert.equal(
    formatCorpus(corpus),
    [
      'file              gold  extr  match      P      R     F1  class=  finer  coarser',
      '----------------  ----  ----  -----  -----  -----  -----  ------  -----  -------',
      'seed                 2     2      2  1.000  1.000  1.000       2      0        0',
      'ru-seed              2     1      1  1.000  0.500  0.667       1      0        0',
      '----------------  ----  ----  -----  -----  -----  -----  ------  -----  -------',
      'TOTAL en (micro)     2     2      2  1.000  1.000  1.000       2      0        0',
      'TOTAL ru (micro)     2     1      1  1.000  0.500  0.667       1      0        0',
      'TOTAL (micro)        4     3      3  1.000  0.750  0.857       3      0        0',
    ].join('\n'),
  );
});

test('root accuracy prints the overall rate, per-root counts and confusions', () => {
  const text = formatRootAccuracy({
    total: 3,
    correct: 2,
    accuracy: 2 / 3,
    perRoot: [
      { root: '01', total: 2, correct: 2, accuracy: 1 },
      { root: '19', total: 1, correct: 0, accuracy: 0 },
    ],
    confusion: [{ expected: '19', got: 'none', count: 1 }],
  });
  assert.equal(
    text,
    [
      'CAMEO root-code accuracy: 2/3 = 0.667',
      '01: 2/2  19: 0/1',
      'most frequent confusions (expected>got×n): 19>none×1',
    ].join('\n'),
  );
});
