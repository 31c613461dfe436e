import assert from 'node:assert/strict';
import { test } from 'node:test';
import { terminalChart } from './chart.ts';
import { formatSpan } from './dates.ts';
import { sanitizeTerminal, table } from './table.ts';

test('formatSpan keeps whole fields and shortens shared prefixes', () => {
  assert.equal(formatSpan('2019-10-14', '2019-10-15'), '2019-10-14…15');
  assert.equal(formatSpan('2023-08', '2023-09'), '2023-08…09');
  assert.equal(formatSpan('2025-07-02', '2025-08-01'), '2025-07-02…08-01');
  assert.equal(formatSpan('2020', '2023'), '2020…2023');
  assert.equal(formatSpan('2023-08', '2024'), '2023-08…2024');
  assert.equal(formatSpan('1996'), '1996');
});

test('terminal chart: rows between level boundaries, bars from zero, year ticks', () => {
  const points = [
    { month: '2023-11', display: 1.0 },
    { month: '2023-12', display: 2.0 },
    { month: '2024-01', display: 3.0 },
    { month: '2024-02', display: -1.0 },
  ];
  assert.equal(
    terminalChart(points),
    [
      '  +3 ┤┈┈█┈',
      '     │  ▒ ',
      '     │ █▒ ',
      '     │ ▒▒ ',
      '     │█▒▒ ',
      '     │▒▒▒ ',
      '   0 ┤▒▒▒▒',
      '     │   ▒',
      '     │   █',
      '     │    ',
      '     │    ',
      '     │    ',
      '  -3 ┤┈┈┈┈',
      '     └────',
      '      2023',
    ].join('\n'),
  );
});

test('table: source text cannot inject terminal control sequences', () => {
  assert.equal(sanitizeTerminal('ok\u001b[31mred\u0007\nnext'), 'ok[31mred next');
  assert.equal(table(['a', 'b'], [['1', 'x\u001b[2J']]), 'a  b\n─  ────\n1  x[2J');
});
