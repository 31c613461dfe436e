import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvRecords, parseCsv } from './csv.ts';

test('quoted fields keep commas, doubled quotes and line breaks', () => {
  const text = 'a,b,c\r\n"x, y","say ""hi""","two\nlines"\n1,,NA\n';
  assert.deepEqual(parseCsv(text), [
    ['a', 'b', 'c'],
    ['x, y', 'say "hi"', 'two\nlines'],
    ['1', '', 'NA'],
  ]);
});

test('a byte-order mark is dropped, a missing last newline is fine, an open quote takes the rest', () => {
  assert.deepEqual(parseCsv('\ufeffcode,name\n"01",MAKE'), [
    ['code', 'name'],
    ['01', 'MAKE'],
  ]);
  assert.deepEqual(parseCsv('a\n"open,\nend'), [['a'], ['open,\nend']]);
  assert.deepEqual(parseCsv(''), []);
});

test('records are keyed by the header; NA and empty become undefined', () => {
  const text =
    '"","code","example","root_code"\n' +
    '"1","01",NA,"01"\n' +
    '"2","010","U.S. military chief General Colin Powell said on Wednesday NATO would need to remain strong. ","01"\n' +
    '"3","011","NA",""\n';
  assert.deepEqual(csvRecords(text), [
    { '': '1', code: '01', example: undefined, root_code: '01' },
    {
      '': '2',
      code: '010',
      example:
        'U.S. military chief General Colin Powell said on Wednesday NATO would need to remain strong. ',
      root_code: '01',
    },
    { '': '3', code: '011', example: undefined, root_code: undefined },
  ]);
});
