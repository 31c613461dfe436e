import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from './dates.ts';

/** Each expression as stated: the parts the text gives, nothing more, with offsets in the text. */
const CASES: [string, ReturnType<typeof findDates>][] = [
  [
    'On 14-15 October 2019 they met.',
    [{ year: 2019, month: 10, day: 14, endYear: 2019, endMonth: 10, endDay: 15, start: 3, end: 21 }],
  ],
  [
    'from 3 to 5 May 2021',
    [{ year: 2021, month: 5, day: 3, endYear: 2021, endMonth: 5, endDay: 5, start: 5, end: 20 }],
  ],
  ['in 1998', [{ year: 1998, validity: false, start: 3, end: 7 }]],
  ['in mid-1996', [{ year: 1996, validity: false, start: 3, end: 11 }]],
  ['the early 2000s', [{ year: 2000, endYear: 2003, start: 4, end: 15 }]],
  ['in the summer of 2021', [{ year: 2021, month: 6, endYear: 2021, endMonth: 8, start: 3, end: 21 }]],
  ['on 22 August', [{ month: 8, day: 22, start: 3, end: 12 }]],
  ['a few days ago', [{ relative: 'ago', unit: 'day', amount: 3, vague: true, start: 0, end: 14 }]],
  ['the same year', [{ relative: 'same', unit: 'year', start: 0, end: 13 }]],
  ['the Action Plan for 2023-2024', [{ year: 2023, endYear: 2024, validity: true, start: 20, end: 29 }]],
  ['October 2nd, 1995', [{ year: 1995, month: 10, day: 2, start: 0, end: 17 }]],
  ['2019-10-14', [{ year: 2019, month: 10, day: 14, start: 0, end: 10 }]],
  [
    '30 September - 2 October 2019',
    [{ year: 2019, month: 9, day: 30, endYear: 2019, endMonth: 10, endDay: 2, start: 0, end: 29 }],
  ],
  ['in May 2020 they may meet', [{ year: 2020, month: 5, start: 3, end: 11 }]],
  ['5,000 troops and 2000 tons', []],
  ['last year', [{ relative: 'reference', unit: 'year', amount: -1, start: 0, end: 9 }]],
  ['on the Independence day of Uzbekistan', [{ month: 9, start: 7, end: 37 }]],
];

for (const [text, expected] of CASES) {
  test(`dates in "${text}"`, () => {
    // Parts a text does not state are absent or undefined alike: compare what is stated.
    assert.deepEqual(JSON.parse(JSON.stringify(findDates(text))), expected);
  });
}

test('weekday names resolve only against a reference date', () => {
  assert.deepEqual(findDates('On Tuesday the ministers met.'), []);
  const [m] = findDates('On Tuesday the ministers met.', '2024-01-18');
  assert.deepEqual([m?.year, m?.month, m?.day], [2024, 1, 16]);
});
