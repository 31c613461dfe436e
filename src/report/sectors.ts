/** Cooperation by sector over time: how many events name each sector in each period. */
import type { Event } from '../core/types.ts';
import type { SectorTable } from './types.ts';

/**
 * Periods of five years (1995–1999, 2000–2004 …) when the record spans more than eight years, single
 * years otherwise, so that a short record still shows a change.
 */
export function periodsFor(
  firstYear: number,
  lastYear: number,
): { label: string; from: number; to: number }[] {
  const out: { label: string; from: number; to: number }[] = [];
  if (lastYear - firstYear < 8) {
    for (let y = firstYear; y <= lastYear; y++) out.push({ label: String(y), from: y, to: y });
    return out;
  }
  for (let y = firstYear - (firstYear % 5); y <= lastYear; y += 5) {
    const to = Math.min(y + 4, lastYear);
    out.push({ label: to === y ? String(y) : `${y}–${to}`, from: y, to });
  }
  return out;
}

/** The sector table of a list of events, rows by total (largest first), then name. */
export function sectorTable(events: readonly Event[]): SectorTable {
  const years = events.map((e) => Number(e.date.slice(0, 4)));
  if (years.length === 0) return { periods: [], rows: [], unassigned: 0 };
  const periods = periodsFor(Math.min(...years), Math.max(...years));
  const counts = new Map<string, number[]>();
  let unassigned = 0;
  for (const e of events) {
    if (e.sectors.length === 0) {
      unassigned++;
      continue;
    }
    const y = Number(e.date.slice(0, 4));
    const i = periods.findIndex((p) => y >= p.from && y <= p.to);
    for (const s of new Set(e.sectors)) {
      const row = counts.get(s) ?? periods.map(() => 0);
      row[i] = (row[i] ?? 0) + 1;
      counts.set(s, row);
    }
  }
  const rows = [...counts.entries()]
    .map(([sector, c]) => ({ sector, counts: c, total: c.reduce((a, b) => a + b, 0) }))
    .sort((a, b) => b.total - a.total || (a.sector < b.sector ? -1 : 1));
  return { periods: periods.map((p) => p.label), rows, unassigned };
}
