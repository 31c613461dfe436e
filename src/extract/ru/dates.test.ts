import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DateMention } from '../types.ts';
import { findDatesRu, ruDateline } from './dates.ts';

/** The date mentions of a phrase, each with the words it spans. */
function dates(text: string, referenceDate?: string): (DateMention & { words: string })[] {
  return findDatesRu(text, referenceDate).map((d) => ({ ...d, words: text.slice(d.start, d.end) }));
}

test('years, ranges and decades', () => {
  assert.deepEqual(dates('В 1922 году, в связи с присоединением'), [
    { year: 1922, start: 2, end: 11, words: '1922 году' },
  ]);
  assert.deepEqual(dates('война продолжалась с 1918 по 1920 год'), [
    { year: 1918, endYear: 1920, start: 19, end: 37, words: 'с 1918 по 1920 год' },
  ]);
  assert.deepEqual(dates('в 1990-е годы'), [
    { year: 1990, endYear: 1999, start: 2, end: 13, words: '1990-е годы' },
  ]);
  // «Дорожная карта … на 2023−2024 годы»: the period a document covers, not when anything happened.
  assert.deepEqual(dates('на 2023−2024 годы'), [
    { year: 2023, endYear: 2024, validity: true, start: 0, end: 17, words: 'на 2023−2024 годы' },
  ]);
});

test('day-month forms in every case, day ranges, a month of this year', () => {
  assert.deepEqual(dates('21 июня 2022 года'), [
    { year: 2022, month: 6, day: 21, start: 0, end: 17, words: '21 июня 2022 года' },
  ]);
  assert.deepEqual(dates('в июне'), [{ month: 6, start: 0, end: 6, words: 'в июне' }]);
  assert.deepEqual(dates('16—17 мая 2024 года'), [
    {
      year: 2024,
      month: 5,
      day: 16,
      endMonth: 5,
      endDay: 17,
      start: 0,
      end: 19,
      words: '16—17 мая 2024 года',
    },
  ]);
  assert.deepEqual(dates('21-22 августа'), [
    {
      year: undefined,
      month: 8,
      day: 21,
      endMonth: 8,
      endDay: 22,
      start: 0,
      end: 13,
      words: '21-22 августа',
    },
  ]);
  assert.deepEqual(dates('До этого утром 14 сентября был ранен', '2022-09-16'), [
    { year: undefined, month: 9, day: 14, start: 15, end: 26, words: '14 сентября' },
  ]);
  assert.deepEqual(dates('в сентябре этого года', '2022-04-05'), [
    { year: 2022, month: 9, start: 2, end: 21, words: 'сентябре этого года' },
  ]);
  assert.deepEqual(dates('5 февраля этого года Путин', '2023-02-17'), [
    { year: 2023, month: 2, day: 5, start: 0, end: 20, words: '5 февраля этого года' },
  ]);
});

test('days counted from the publication date, and from the date the text last gave', () => {
  assert.deepEqual(dates('вчера', '2022-04-05'), [
    { start: 0, end: 5, relative: 'reference', unit: 'day', amount: -1, words: 'вчера' },
  ]);
  // 30 March 2018 was a Friday: "в пятницу" in that day's report is that day.
  assert.deepEqual(dates('заявило в пятницу, что', '2018-03-30'), [
    { start: 8, end: 17, year: 2018, month: 3, day: 30, words: 'в пятницу' },
  ]);
  assert.deepEqual(dates('в прошлом месяце', '2022-04-05'), [
    { start: 0, end: 16, relative: 'reference', unit: 'month', amount: -1, words: 'в прошлом месяце' },
  ]);
  assert.deepEqual(dates('Накануне состоялась неформальная встреча лидеров'), [
    { start: 0, end: 8, relative: 'reference', unit: 'day', amount: -1, words: 'Накануне' },
  ]);
  // "the eve of the holiday": no date.
  assert.deepEqual(dates('Накануне праздника лидеры России и Китая провели переговоры'), []);
  assert.deepEqual(dates('и в тот же день провёл переговоры'), [
    { relative: 'same', unit: 'day', start: 2, end: 15, words: 'в тот же день' },
  ]);
});

test('datelines give the publication day only with a year', () => {
  assert.equal(
    ruDateline('ДУШАНБЕ, 28.01.2022 /НИАТ «Ховар»/. 27 января 2022 года примерно в 18:40'),
    '2022-01-28',
  );
  assert.equal(ruDateline('8 мая 2025, 17:30\n\nГлава КНР прибыл в Москву'), '2025-05-08');
  assert.equal(ruDateline('ТАШКЕНТ, 22 авг — Sputnik. В Конгресс-центре'), undefined);
  assert.equal(ruDateline('Президенты провели телефонный разговор.'), undefined);
});
