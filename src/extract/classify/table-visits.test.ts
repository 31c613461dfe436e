import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Sentence } from '../types.ts';
import { cells, visitColumns, visitTables } from './table-visits.ts';

test('cells of a row, trimmed, with their offsets; edge pipes of a markdown row are no cells', () => {
  const row = '| Ilham Aliyev | Uzbekistan |Tashkent|';
  assert.deepEqual(
    cells(row).map((c) => row.slice(c.start, c.end)),
    ['Ilham Aliyev', 'Uzbekistan', 'Tashkent'],
  );
  assert.deepEqual(
    cells('Guest\tHost\tDates').map((c) => [c.start, c.end]),
    [
      [0, 5],
      [6, 10],
      [11, 16],
    ],
  );
});

test('a header names the guest, host, place and dates columns in any order', () => {
  assert.deepEqual(visitColumns('Dates | Visitor | Host country | City'), {
    guest: 1,
    host: 2,
    place: 3,
    dates: 0,
  });
  assert.deepEqual(visitColumns('Guest | Host'), { guest: 0, host: 1 });
  assert.equal(visitColumns('Year | Turnover | Growth'), undefined);
});

test('rows under a header carry its columns until a line that is no row; a separator row is skipped', () => {
  const s = (index: number, text: string, tableRow: boolean): Sentence => ({
    index,
    text,
    start: 0,
    end: text.length,
    paragraph: 0,
    passage: 0,
    listItem: false,
    quoted: false,
    ...(tableRow ? { tableRow: true } : {}),
  });
  const tables = visitTables([
    s(0, 'Guest | Host | Dates', true),
    s(1, '---|---|---', true),
    s(2, 'Ilham Aliyev | Uzbekistan | 13-14 October 2017', true),
    s(3, 'Some prose.', false),
    s(4, 'Shavkat Mirziyoyev | Azerbaijan | 2022', true),
  ]);
  assert.deepEqual([...tables.keys()], [2]);
  assert.deepEqual(tables.get(2), { guest: 0, host: 1, dates: 2 });
});
