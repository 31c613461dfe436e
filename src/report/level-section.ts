/** The level part of a report: the series, its trends, what drove it, and the milestones of the ladder. */
import {
  computeLevel,
  explainMonth,
  type LevelInput,
  LevelInputError,
  type LevelPoint,
} from '../core/level/index.ts';
import { earliestMonth, monthOfDate } from '../core/partial-date.ts';
import type { ReportData } from './types.ts';
import { rungLabel } from './format.ts';
import type { ReferenceList } from './references.ts';
import type { Driver, LevelSection, Milestone, Trend } from './types.ts';

const EMPTY: LevelSection = { measurable: false, points: [], drivers: [], milestones: [], yearly: [] };

/** The engine input for the facts up to the report month, or undefined when there are none. */
export function levelInputOf(data: ReportData): LevelInput | undefined {
  const all = [...data.events, ...(data.machineEvents ?? [])];
  const from = earliestMonth([
    ...all.map((e) => e.date),
    ...data.agreements.flatMap((a) => (a.signed ? [a.signed.date] : [])),
  ]);
  if (!from) return undefined;
  if (from > data.asOf) return undefined;
  const { dyad, agreements, mechanisms } = data;
  return { dyad, from, to: data.asOf, events: all, agreements, mechanisms };
}

/** The change over the last `months` months, or since the series began when it is shorter. */
export function trendOf(points: readonly LevelPoint[], months: number): Trend | undefined {
  const last = points.at(-1);
  if (!last || points.length < 2) return undefined;
  const span = Math.min(months, points.length - 1);
  const first = points[points.length - 1 - span]!;
  return {
    months: span,
    fromMonth: first.month,
    from: first.display,
    to: last.display,
    delta: Math.round((last.display - first.display) * 10) / 10,
  };
}

/** Sums each event's share of the monthly changes over the last `months` months; largest first. */
function driversOf(
  input: LevelInput,
  points: readonly LevelPoint[],
  refs: ReferenceList,
  top: number,
): Driver[] {
  const sums = new Map<string, Driver & { sources: Parameters<ReferenceList['cite']>[0] }>();
  for (const p of points.slice(-12)) {
    for (const c of explainMonth(input, p.month).contributions) {
      const d = sums.get(c.ref) ?? {
        ref: c.ref,
        title: c.ref === 'baseline' ? 'the baseline of the ladder' : c.title,
        dS: 0,
        fading: false,
        cites: [],
        sources: c.sources ?? [],
        ...(c.date ? { date: c.date } : {}),
      };
      d.dS += c.dS;
      if (c.impulse !== undefined) d.fading = c.impulse > 0;
      sums.set(c.ref, d);
    }
  }
  return [...sums.values()]
    .filter((d) => Math.abs(d.dS) >= 0.005)
    .sort((a, b) => Math.abs(b.dS) - Math.abs(a.dS) || (a.ref < b.ref ? -1 : 1))
    .slice(0, top)
    .map(({ sources, ...d }) => ({ ...d, fading: d.fading && d.dS < 0, cites: refs.cite(sources) }));
}

/** Rungs reached: events that carry one, and agreements with a rung whose event is not recorded. */
function milestonesOf(data: ReportData, refs: ReferenceList): Milestone[] {
  const out: Milestone[] = [];
  const eventIds = new Set(data.events.map((e) => e.id));
  for (const e of data.events)
    if (e.rung)
      out.push({
        month: monthOfDate(e.date),
        date: e.date,
        rung: e.rung,
        label: rungLabel(e.rung),
        title: e.summary,
        cites: refs.cite(e.sources),
      });
  for (const a of data.agreements)
    if (a.rung && a.signed && !(a.event && eventIds.has(a.event)))
      out.push({
        month: monthOfDate(a.signed.date),
        date: a.signed.date,
        rung: a.rung,
        label: rungLabel(a.rung),
        title: a.title,
        cites: refs.cite(a.sources),
      });
  return out.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/** The level at each year's last month in the series. */
function yearlyOf(points: readonly LevelPoint[]): LevelSection['yearly'] {
  const byYear = new Map<string, LevelPoint>();
  for (const p of points) byYear.set(p.month.slice(0, 4), p);
  return [...byYear.entries()].map(([year, p]) => ({
    year,
    display: p.display,
    level: p.level,
    sublevel: p.sublevel,
    low: Math.round(p.band[0] * 10) / 10,
    high: Math.round(p.band[1] * 10) / 10,
  }));
}

/** Computes the level section; a pair with nothing recorded gets an unmeasurable, empty section. */
export function buildLevelSection(data: ReportData, refs: ReferenceList, top = 5): LevelSection {
  const input = levelInputOf(data);
  if (!input) return EMPTY;
  let level: ReturnType<typeof computeLevel>;
  try {
    level = computeLevel(input);
  } catch (err) {
    // Malformed stored data is reported as "not measurable", never as a crash of the whole report.
    if (err instanceof LevelInputError) return EMPTY;
    throw err;
  }
  const points = level.series;
  const current = points.at(-1);
  const section: LevelSection = {
    measurable: current !== undefined,
    method: level.method,
    points,
    drivers: driversOf(input, points, refs, top),
    milestones: milestonesOf(data, refs),
    yearly: yearlyOf(points),
  };
  if (current) section.current = current;
  const t12 = trendOf(points, 12);
  const t60 = trendOf(points, 60);
  if (t12) section.trend12 = t12;
  if (t60 && t60.months > 12) section.trend60 = t60;
  return section;
}
