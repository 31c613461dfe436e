/** Words and numbers as a brief writes them: dates in words, signed changes, labels of codes. */
import { RUNG_NAMES } from '../core/rungs.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2 October 1995`, `August 1996`, `1996`: as precise as the date and no more. */
export function dateLabel(date: string): string {
  const [y, m, d] = date.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!month) return y ?? date;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A date with its range end: `14–15 October 2019`, `August–September 2023`, `1996 – 1998`. */
export function spanLabel(date: string, end?: string): string {
  if (!end || end === date) return dateLabel(date);
  const [y1, m1, d1] = date.split('-');
  const [y2, m2, d2] = end.split('-');
  if (y1 === y2 && m1 === m2 && d1 && d2) return `${Number(d1)}–${dateLabel(end)}`;
  if (y1 === y2 && m1 && m2 && !d1 && !d2) return `${MONTHS[Number(m1) - 1]}–${dateLabel(end)}`;
  return `${dateLabel(date)} – ${dateLabel(end)}`;
}

/** `+0.12`, `−0.30`, `0.00` (a true minus sign). */
export function signed(value: number, digits = 2): string {
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return text;
  return value > 0 ? `+${text}` : `−${text}`;
}

/** A score with one decimal and a true minus sign. */
export function score(value: number): string {
  const text = Math.abs(value).toFixed(1);
  return value < 0 && Number(text) !== 0 ? `−${text}` : text;
}

/** `state_visit` → `state visit`. */
export function codeLabel(code: string): string {
  return code.replace(/_/g, ' ');
}

/** `COMPREHENSIVE_STRATEGIC_PARTNERSHIP` → `comprehensive strategic partnership`. */
export function rungLabel(rung: string): string {
  return (RUNG_NAMES as readonly string[]).includes(rung) ? rung.toLowerCase().replace(/_/g, ' ') : rung;
}

/** `1 event`, `2 events`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Consecutive reference numbers as runs: [1,2,3,7] → [[1,3],[7,7]]. */
export function citeRuns(cites: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const n of cites) {
    const last = out.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}
