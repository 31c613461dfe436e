/** A compact terminal chart of a monthly series on the −9…+9 scale. */

/** A month to draw; a projected month (outside all coverage) is drawn in light shade. */
export type ChartPoint = { month: string; display: number; projected?: boolean };

/**
 * Draws the series as columns of `width` (each column the mean of its months), `height` rows, with the
 * level boundaries of the range shown and the years marked under the axis. A column whose months
 * are all projected is drawn `░`, not `█▒`.
 */
export function terminalChart(points: readonly ChartPoint[], width = 72): string {
  if (points.length === 0) return '';
  const cols = Math.min(width, points.length);
  const per = points.length / cols;
  const values: number[] = [];
  const projected: boolean[] = [];
  for (let c = 0; c < cols; c++) {
    const slice = points.slice(
      Math.floor(c * per),
      Math.max(Math.floor((c + 1) * per), Math.floor(c * per) + 1),
    );
    values.push(slice.reduce((a, p) => a + p.display, 0) / slice.length);
    projected.push(slice.every((p) => p.projected === true));
  }
  // The vertical range runs between level boundaries (multiples of 3), each row a fixed step.
  const lo = Math.floor(Math.min(0, ...values) / 3) * 3;
  const hi = Math.max(lo + 3, Math.ceil(Math.max(0, ...values) / 3) * 3);
  const span = hi - lo;
  const rowsPerUnit = Math.max(1, Math.floor(12 / span));
  const height = span * rowsPerUnit + 1;
  const rowOf = (v: number) => Math.round(((hi - v) / span) * (height - 1));
  const grid = Array.from({ length: height }, () => Array.from({ length: cols }, () => ' '));
  // Level boundaries (multiples of 3) as dotted rules, zero as a solid one.
  for (let b = Math.ceil(lo / 3) * 3; b <= hi; b += 3) {
    const r = rowOf(b);
    for (let c = 0; c < cols; c++) grid[r]![c] = b === 0 ? '─' : '┈';
  }
  values.forEach((v, c) => {
    const top = rowOf(v);
    const zero = rowOf(0);
    for (let r = Math.min(top, zero); r <= Math.max(top, zero); r++)
      grid[r]![c] = projected[c] ? '░' : r === top ? '█' : '▒';
  });
  const label = (r: number) => {
    const v = hi - r / rowsPerUnit;
    return Number.isInteger(v) && v % 3 === 0 ? `${v > 0 ? '+' : ''}${v}`.padStart(4) : '    ';
  };
  const lines = grid.map((row, r) => `${label(r)} ${label(r).trim() ? '┤' : '│'}${row.join('')}`);
  // Year ticks: the first column of each new year, labelled where there is room.
  const axis = Array.from({ length: cols }, () => ' ');
  let lastLabelEnd = -1;
  for (let c = 0; c < cols; c++) {
    const year = points[Math.floor(c * per)]!.month.slice(0, 4);
    const prevYear = c === 0 ? '' : points[Math.floor((c - 1) * per)]!.month.slice(0, 4);
    if (year !== prevYear && c > lastLabelEnd) {
      for (let i = 0; i < 4 && c + i < cols; i++) axis[c + i] = year[i]!;
      lastLabelEnd = c + 5;
    }
  }
  lines.push(`     └${'─'.repeat(cols)}`, `      ${axis.join('')}`);
  return lines.join('\n');
}
