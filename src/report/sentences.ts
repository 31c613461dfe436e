/**
 * The summary, written from the data: every sentence is a template filled with the pair's facts, and
 * every sentence of fact carries the references of the facts it states. Nothing here names a pair.
 */
import { lastEvidenceIndex } from '../core/level/index.ts';
import type { Event } from '../core/types.ts';
import { dateLabel, plural, rungLabel, score, signed } from './format.ts';
import type { ReferenceList } from './references.ts';
import type { Cited, Driver, LevelSection, TradeRow, Trend } from './types.ts';

export type SummaryFacts = {
  names: [string, string];
  asOfLabel: string;
  level: LevelSection;
  events: Event[];
  agreements: number;
  mechanisms: number;
  conflicts: number;
  trade: TradeRow[];
};

function monthLabel(month: string): string {
  return dateLabel(month);
}

/** "rose by 0.4 from 6.9 (November 2025) to 7.3", or "held at 7.3". */
function trendPhrase(t: Trend): string {
  if (t.delta === 0) return `held at ${score(t.to)} (${score(t.from)} in ${monthLabel(t.fromMonth)})`;
  const verb = t.delta > 0 ? 'rose' : 'fell';
  return `${verb} by ${score(Math.abs(t.delta))}, from ${score(t.from)} in ${monthLabel(t.fromMonth)} to ${score(t.to)}`;
}

/**
 * `the state visit of 2 July 2025 (+0.07)`: the kind of event and its date, never its summary in
 * quotation marks (a summary is not the source's words). An event whose effect is only fading is
 * "the effect of the … wearing off", never the event itself lowering relations.
 */
function driverPhrase(d: Driver): string {
  if (d.ref === 'baseline') return `${d.title} (${signed(d.dS)})`;
  const what = `the ${d.kindLabel ?? 'event'}${d.date ? ` of ${dateLabel(d.date)}` : ''}`;
  return d.fading ? `the effect of ${what} wearing off (${signed(d.dS)})` : `${what} (${signed(d.dS)})`;
}

function levelSentences(f: SummaryFacts): Cited[] {
  const { level } = f;
  const [a, b] = f.names;
  const cur = level.current;
  if (!level.measurable || !cur) {
    const what =
      f.events.length === 0
        ? 'No events, agreements or institutions are recorded'
        : 'The recorded facts do not allow a monthly series';
    return [
      {
        text: `${what} for ${a} and ${b} as of ${f.asOfLabel}, so the level of their relations cannot be measured.`,
        cites: [],
      },
    ];
  }
  const last = level.points.at(-1)!;
  const curLabel = monthLabel(cur.month);
  const stands = `${score(cur.display)} on the scale from −9 to +9: ${cur.level}, ${cur.sublevel} sub-level (90% band ${score(cur.band[0])} to ${score(cur.band[1])})`;
  const out: Cited[] =
    last === cur
      ? [
          {
            text: `As of ${f.asOfLabel}, the relations level of ${a} and ${b} stands at ${stands}.`,
            cites: [],
          },
        ]
      : [
          {
            // Months after the evidence are a projection: the headline is the last month with evidence.
            text: `The record runs to ${curLabel}; no source covers the months since. In ${curLabel} the relations level of ${a} and ${b} stood at ${stands}.`,
            cites: [],
          },
        ];
  const rung = [...level.milestones].reverse().find((m) => m.rung === cur.rung);
  if (rung)
    out.push({
      text: `The highest rung of the ladder in force is ${rungLabel(cur.rung)}, reached on ${dateLabel(rung.date)}: ${rung.title}`,
      cites: rung.cites,
    });
  else if (cur.rung === 'NONE')
    out.push({
      text: `No milestone of the ladder is recorded (not even diplomatic relations), so the level rests on a baseline of 0 and on the recorded events alone.`,
      cites: [],
    });
  const trends = [level.trend12, level.trend60].filter((t): t is Trend => t !== undefined);
  const upTo = last === cur ? '' : ` to ${curLabel}`;
  if (trends.length)
    out.push({
      text: `${trends.map((t, i) => `${i === 0 ? 'Over' : 'over'} the ${plural(t.months, 'month')}${upTo} the level ${trendPhrase(t)}`).join('; ')}.`,
      cites: [],
    });
  const evidenceMonths = lastEvidenceIndex(level.points) + 1;
  const months = `${plural(Math.min(12, evidenceMonths), 'month')}${upTo}`;
  const up = level.drivers.filter((d) => d.dS > 0).slice(0, 3);
  const down = level.drivers.filter((d) => d.dS < 0).slice(0, 3);
  const parts: string[] = [];
  if (up.length) parts.push(`raised most by ${up.map(driverPhrase).join('; ')}`);
  if (down.length) parts.push(`lowered most by ${down.map(driverPhrase).join('; ')}`);
  if (parts.length)
    out.push({
      text: `Over the ${months} the level was ${parts.join(', and ')}.`,
      cites: [...new Set([...up, ...down].flatMap((d) => d.cites))].sort((x, y) => x - y),
    });
  return out;
}

function recordSentences(f: SummaryFacts, refs: ReferenceList): Cited[] {
  const first = f.events[0];
  const last = f.events.at(-1);
  if (!first || !last) return [];
  const out: Cited[] = [
    {
      text: `The record holds ${plural(f.events.length, 'event')} from ${first.date.slice(0, 4)} to ${last.date.slice(0, 4)}, ${plural(f.agreements, 'agreement')} and ${plural(f.mechanisms, 'institution')}${f.conflicts ? `; sources disagree on ${plural(f.conflicts, 'point')}, each listed below` : ''}.`,
      cites: [],
    },
    {
      text: `The most recent recorded event (${dateLabel(last.date)}): ${last.summary}`,
      cites: refs.cite(last.sources),
    },
  ];
  const trade = [...f.trade].reverse().find((t) => /^\d{4}$/.test(t.period));
  if (trade)
    out.push({
      text: `Trade turnover was ${trade.value} ${trade.unit} in ${trade.period}.`,
      cites: trade.cites,
    });
  return out;
}

/** The summary paragraph's sentences, in order. */
export function summarySentences(f: SummaryFacts, refs: ReferenceList): Cited[] {
  return [...levelSentences(f), ...recordSentences(f, refs)];
}
