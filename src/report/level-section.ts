/** The level part of a report: the series, its trends, what drove it, and the milestones of the ladder. */
import { originalWords } from './original-words.ts';
import {
  lastEvidenceIndex,
  computeLevel,
  explainMonth,
  type LevelInput,
  LevelInputError,
  type LevelPoint,
} from '../core/level/index.ts';
import { monthOfDate } from '../core/partial-date.ts';
import { firstMonthOf, seriesStart } from '../store/level-input.ts';
import type { ReportData } from './types.ts';
import { codeLabel, rungLabel } from './format.ts';
import type { ReferenceList } from './references.ts';
import type { Driver, LevelSection, Milestone, Trend } from './types.ts';

const EMPTY: LevelSection = { measurable: false, points: [], drivers: [], milestones: [], yearly: [] };

/** The engine input for the facts up to the report month; the engine decides whether it is measurable. */
export function levelInputOf(data: ReportData): LevelInput {
  const all = [...data.events, ...(data.machineEvents ?? [])];
  const signed = data.agreements.flatMap((a) => (a.signed ? [a.signed.date] : []));
  const from = seriesStart(firstMonthOf(all, signed), data.asOf);
  const { dyad, agreements, mechanisms } = data;
  return {
    dyad,
    from,
    to: data.asOf,
    events: all,
    agreements,
    mechanisms,
    ...(data.coverage ? { coverage: data.coverage } : {}),
  };
}

/**
 * The change over the last `months` months of evidence (up to the last month that is not
 * projected), or since the series began when it is shorter. Projected months never enter a trend.
 */
export function trendOf(all: readonly LevelPoint[], months: number): Trend | undefined {
  const end = lastEvidenceIndex(all);
  const points = all.slice(0, end + 1);
  const last = points.at(-1);
  if (!last || points.length < 2) return undefined;
  const span = Math.min(months, points.length - 1);
  const first = points[points.length - 1 - span]!;
  if (first.projected) return undefined;
  return {
    months: span,
    fromMonth: first.month,
    from: first.display,
    to: last.display,
    delta: Math.round((last.display - first.display) * 10) / 10,
  };
}

/** Sums each event's share of the monthly changes over the last 12 months of evidence; largest first. */
function driversOf(
  input: LevelInput,
  all: readonly LevelPoint[],
  refs: ReferenceList,
  top: number,
): Driver[] {
  const points = all.slice(0, lastEvidenceIndex(all) + 1);
  const sums = new Map<string, Driver & { sources: Parameters<ReferenceList['cite']>[0] }>();
  for (const p of points.slice(-12)) {
    for (const c of explainMonth(input, p.month).contributions) {
      const d = sums.get(c.ref) ?? {
        ref: c.ref,
        title: c.ref === 'baseline' ? 'the baseline of the ladder' : c.title,
        ...(c.class
          ? { kindLabel: c.class === 'machine_month' ? 'machine-coded events' : codeLabel(c.class) }
          : {}),
        dS: 0,
        fading: false,
        cites: [],
        sources: c.sources ?? [],
        ...(c.date ? { date: c.date } : {}),
      };
      d.dS += c.dS;
      if (c.kind === 'fade') d.fading = true;
      sums.set(c.ref, d);
    }
  }
  return (
    [...sums.values()]
      .filter((d) => Math.abs(d.dS) >= 0.005)
      .sort((a, b) => Math.abs(b.dS) - Math.abs(a.dS) || (a.ref < b.ref ? -1 : 1))
      .slice(0, top)
      // An event that both arrived and faded within the window is a driver for its net effect;
      // it reads as "wearing off" only when the fading is all that is left of it.
      .map(({ sources, ...d }) => {
        const original = originalWords(sources, d.title);
        return {
          ...d,
          fading:
            d.fading && (d.date === undefined || !points.slice(-12).some((p) => d.date!.startsWith(p.month))),
          cites: refs.cite(sources),
          ...(original ? { original } : {}),
        };
      })
  );
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
        cites: refs.citeEvent(e),
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
    projected: p.projected,
  }));
}

/** Computes the level section; a pair with nothing recorded gets an unmeasurable, empty section. */
export function buildLevelSection(data: ReportData, refs: ReferenceList, top = 5): LevelSection {
  const input = levelInputOf(data);
  let level: ReturnType<typeof computeLevel>;
  try {
    level = computeLevel(input);
  } catch (err) {
    // Malformed stored data is reported as "not measurable", never as a crash of the whole report.
    if (err instanceof LevelInputError)
      return { ...EMPTY, reason: `the stored record is malformed (${err.message})` };
    throw err;
  }
  if (!level.measurable)
    return { ...EMPTY, method: level.method, ...(level.reason ? { reason: level.reason } : {}) };
  const points = level.series;
  // The headline is the last month with evidence, never a projection.
  const current = points[lastEvidenceIndex(points)];
  const section: LevelSection = {
    measurable: true,
    method: level.method,
    points,
    coverage: level.coverage.spans,
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
