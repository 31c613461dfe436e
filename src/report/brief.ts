/**
 * The brief: what a diplomat would write on page one, built from the record. Who the two are to
 * each other, how relations moved, the fields of cooperation (or conflict), the latest
 * developments, and an assessment with the level, its band and what the record covers. Every
 * sentence of fact carries the references of the facts it states.
 */
import { countryName } from '../core/countries.ts';
import { lastEvidenceIndex } from '../core/level/index.ts';
import type { Agreement, Event, Indicator, Mechanism } from '../core/types.ts';
import { dateLabel, money, plural, score, signed } from './format.ts';
import { attributePhrases } from './institutions.ts';
import { sourceWords } from './method-note.ts';
import { readable } from './sections.ts';
import type { ReferenceList } from './references.ts';
import { listInWords, periodItems, type StoryContext, storySentences } from './story.ts';
import type { BriefPart, Cited, Driver, LevelSection, Milestone, SectorTable, Trend } from './types.ts';

export type BriefFacts = {
  dyad: [string, string];
  names: [string, string];
  asOfLabel: string;
  level: LevelSection;
  events: Event[];
  agreements: Agreement[];
  mechanisms: Mechanism[];
  indicators: Indicator[];
  sectors: SectorTable;
  conflicts: number;
  story: StoryContext;
};

/** The tie a rung stands for, and how it came about. */
const TIES: Record<string, [string, string]> = {
  DIPLOMATIC_RELATIONS: ['diplomatic relations', 'established'],
  EMBASSY_ONE_SIDE: ['an embassy on one side', 'opened'],
  EMBASSIES_RECIPROCAL: ["embassies in each other's capitals", 'completed'],
  PACT_MULTILATERAL: ['a pact they share with other states', 'in force since'],
  FRIENDSHIP_TREATY: ['a treaty of friendship', 'signed'],
  PACT: ['a bilateral pact', 'in force since'],
  STRATEGIC_PARTNERSHIP: ['a strategic partnership', 'declared'],
  COMPREHENSIVE_STRATEGIC_PARTNERSHIP: ['a comprehensive strategic partnership', 'declared'],
  ALLIED_DECLARATION: ['a declared alliance', 'declared'],
  DEFENCE_PACT_MULTILATERAL: ['a multilateral defence pact', 'in force since'],
  ALLIED_TREATY_SIGNED: ['their alliance', 'signed'],
  DEFENCE_PACT: ['a defence pact', 'in force since'],
  ALLIED_TREATY_IN_FORCE: ['their alliance', 'in force since'],
  UNION: ['a union', 'formed'],
};

/** `on 2 October 1995`, `in August 1996`, `in 1996`. */
function onDate(date: string): string {
  return `${date.length === 10 ? 'on' : 'in'} ${dateLabel(date)}`;
}

const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const sorted = (xs: Iterable<number>) => [...new Set(xs)].sort((a, b) => a - b);

/** The agreement a milestone is, when it is one (its title names the tie). */
function milestoneAgreement(m: Milestone, agreements: readonly Agreement[]): Agreement | undefined {
  return agreements.find((a) => a.rung === m.rung && a.signed?.date === m.date);
}

function standing(f: BriefFacts): Cited[] {
  const [a, b] = f.names;
  const cur = f.level.current;
  if (!cur) return [];
  if (cur.rung === 'WAR')
    return [
      {
        text: `${upper(a)} and ${b} are at war according to the record of ${dateLabel(cur.month)}.`,
        cites: [],
      },
    ];
  if (cur.rung === 'SEVERED')
    return [
      {
        text: `${upper(a)} and ${b} had no diplomatic relations in ${dateLabel(cur.month)}: relations are recorded as severed.`,
        cites: [],
      },
    ];
  const tie = TIES[cur.rung];
  const m = [...f.level.milestones].reverse().find((x) => x.rung === cur.rung);
  if (!tie || !m)
    return [
      {
        text: `No tie between ${a} and ${b} is recorded, not even diplomatic relations; what moves their level is the events between them.`,
        cites: [],
      },
    ];
  const agreement = milestoneAgreement(m, f.agreements);
  const title = agreement ? `: the ${agreement.title.replace(/\s+between the Republic of .*$/i, '')}` : '';
  return [
    {
      text: `The highest tie in force between ${a} and ${b} is ${tie[0]}${title}, ${tie[1]} ${tie[1].endsWith('since') ? dateLabel(m.date) : onDate(m.date)}.`,
      cites: m.cites,
    },
  ];
}

/** The story up to the last year of the record; the last year is told as the latest developments. */
function story(f: BriefFacts, refs: ReferenceList, before: string): { sentences: Cited[]; ids: Set<string> } {
  return storySentences(
    f.events.filter((e) => e.date.slice(0, 7) < before),
    f.story,
    refs,
  );
}

function latest(
  f: BriefFacts,
  refs: ReferenceList,
  from: string,
  to: string,
): { sentences: Cited[]; ids: string[] } {
  const recent = f.events.filter((e) => e.date.slice(0, 7) >= from && e.date.slice(0, 7) <= to);
  const items = periodItems(recent, '', f.story, refs, true).slice(0, 8);
  if (!items.length) return { sentences: [], ids: [] };
  return {
    sentences: [
      {
        text: `The twelve months to ${dateLabel(to)} brought ${listInWords(items.map((i) => i.text))}.`,
        cites: sorted(items.flatMap((i) => i.cites)),
      },
    ],
    ids: items.flatMap((i) => i.ids),
  };
}

const KIND_ORDER = [
  'supreme_council',
  'intergovernmental_commission',
  'investment_fund',
  'business_council',
  'free_economic_zone',
  'other',
];

function fields(f: BriefFacts, refs: ReferenceList): Cited[] {
  const out: Cited[] = [];
  const top = f.sectors.rows.slice(0, 4);
  if (top.length > 1)
    out.push({
      text: `The events on record concern ${listInWords(top.map((r, i) => `${r.sector} (${i === 0 ? plural(r.total, 'event') : r.total})`))} most often.`,
      cites: [],
    });
  const mechanisms = [...f.mechanisms].sort(
    (x, y) => KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind),
  );
  if (mechanisms.length) {
    const shown = mechanisms.slice(0, 4).map((m) => {
      const bits = [
        ...(m.established ? [`since ${dateLabel(m.established.date.slice(0, 4))}`] : []),
        ...attributePhrases(m).filter((p) => /capital|sessions|chaired by/.test(p)),
      ];
      return `the ${m.title}${bits.length ? ` (${bits.join('; ')})` : ''}`;
    });
    const rest = mechanisms.length - shown.length;
    out.push({
      text: `${upper(plural(mechanisms.length, 'institution'))} of their own carry the work: ${listInWords([...shown, ...(rest ? [`${rest} more listed below`] : [])])}.`,
      cites: sorted(mechanisms.slice(0, 4).flatMap((m) => refs.cite(m.sources))),
    });
  }
  const trade = f.indicators.filter(
    (x) => x.kind === 'trade_turnover' && x.value !== undefined && /^\d{4}$/.test(x.period),
  );
  const last = trade.at(-1);
  if (last) {
    const earlier = trade.find((x) => Number(x.period) <= Number(last.period) - 4);
    out.push({
      text: `Trade between them reached ${money(last.value!, last.unit)} in ${last.period}${earlier ? `, up from ${money(earlier.value!, earlier.unit)} in ${earlier.period}` : ''}.`,
      cites: sorted([...refs.cite(last.sources), ...(earlier ? refs.cite(earlier.sources) : [])]),
    });
  }
  const ref = f.events.filter((e) => e.provenance === 'reference');
  const disputes = ref.filter((e) => /^mid_(force|display|threat)$/.test(e.class));
  const wars = ref.filter((e) => e.class === 'war');
  if (disputes.length || wars.length) {
    const years = (xs: Event[]) => [...new Set(xs.map((e) => e.date.slice(0, 4)))];
    const parts = [
      ...(wars.length ? [`${plural(wars.length, 'war')} (${listInWords(years(wars))})`] : []),
      ...(disputes.length
        ? [
            `${plural(disputes.length, 'militarized dispute')} short of war between ${disputes[0]!.date.slice(0, 4)} and ${disputes.at(-1)!.date.slice(0, 4)}`,
          ]
        : []),
    ];
    out.push({
      text: `The reference data record ${listInWords(parts)}.`,
      cites: sorted([...wars, ...disputes].flatMap((e) => refs.citeEvent(e))),
    });
  }
  return out;
}

/** `the past year`, `five years`, `18 months`. */
function spanWords(t: Trend): string {
  if (t.months === 12) return 'over the past year';
  if (t.months % 12 === 0) return `over ${t.months / 12 === 5 ? 'five' : t.months / 12} years`;
  return `over ${t.months} months`;
}

function trendWords(t: Trend): string {
  if (t.delta === 0) return `held steady ${spanWords(t)}`;
  return `${t.delta > 0 ? 'rose' : 'fell'} by ${score(Math.abs(t.delta))} ${spanWords(t)} (from ${score(t.from)} in ${dateLabel(t.fromMonth)})`;
}

function driverWords(d: Driver): string {
  if (d.ref === 'baseline') return `the pull of the highest tie in force (${signed(d.dS)})`;
  const what = `the ${d.kindLabel ?? 'event'}${d.date ? ` of ${dateLabel(d.date)}` : ''}`;
  return d.fading ? `the effect of ${what} wearing off (${signed(d.dS)})` : `${what} (${signed(d.dS)})`;
}

/** The sources behind the series, in words. */
function coverageWords(l: LevelSection): string {
  return listInWords([...new Set((l.coverage ?? []).map(sourceWords))]);
}

function assessment(f: BriefFacts): Cited[] {
  const l = f.level;
  const [a, b] = f.names;
  const cur = l.current;
  if (!l.measurable || !cur)
    return [
      {
        text: `The level of relations between ${a} and ${b} cannot be measured as of ${f.asOfLabel}: ${readable(l.reason ?? 'nothing is recorded to measure from', f.dyad).replace(`${countryName(f.dyad[0])}–${countryName(f.dyad[1])}`, `${a} and ${b}`)}. No number is given without evidence.`,
        cites: [],
      },
    ];
  const last = l.points.at(-1)!;
  const month = dateLabel(cur.month);
  const out: Cited[] = [
    {
      text: `${last === cur ? `As of ${month}` : `In ${month}, the last month with evidence`}, relations stand at ${score(cur.display)} on the scale from −9 (hostile) to +9 (friendly): ${cur.level}, ${cur.sublevel} sub-level, with a 90% band from ${score(cur.band[0])} to ${score(cur.band[1])}.`,
      cites: [],
    },
  ];
  const trends = [l.trend12, l.trend60].filter((t): t is Trend => t !== undefined);
  if (trends.length && trends.every((t) => t.delta === 0))
    out.push({
      text: `The level has held steady ${spanWords(trends.at(-1)!).replace(/^over/, 'for')}.`,
      cites: [],
    });
  else if (trends.length) out.push({ text: `The level ${listInWords(trends.map(trendWords))}.`, cites: [] });
  const up = l.drivers.filter((d) => d.dS > 0).slice(0, 2);
  const down = l.drivers.filter((d) => d.dS < 0).slice(0, 2);
  const parts = [
    ...(up.length ? [`raised most by ${listInWords(up.map(driverWords))}`] : []),
    ...(down.length ? [`lowered most by ${listInWords(down.map(driverWords))}`] : []),
  ];
  if (parts.length)
    out.push({
      text: `Over the last ${lastEvidenceIndex(l.points) + 1 >= 12 ? 'twelve months' : 'months'} of evidence it was ${parts.join(', and ')}.`,
      cites: sorted([...up, ...down].flatMap((d) => d.cites)),
    });
  const first = l.coverage?.map((s) => s.from).sort()[0] ?? l.points[0]!.month;
  // Months no source covers: gaps inside the record, and the months after its last evidence.
  const lastIndex = lastEvidenceIndex(l.points);
  const gaps = l.points.slice(0, lastIndex).filter((p) => p.projected).length;
  const since = l.points.slice(lastIndex + 1).filter((p) => p.projected).length;
  const unseen = [
    ...(gaps
      ? [`${plural(gaps, 'month')} within it ${gaps === 1 ? 'lies' : 'lie'} outside every source's coverage`]
      : []),
    ...(since
      ? [`the ${plural(since, 'month')} since ${since === 1 ? 'is' : 'are'} a projection, not evidence`]
      : []),
  ];
  out.push({
    text: `The record behind it ${first === cur.month ? `covers ${month} only` : `runs from ${dateLabel(first)} to ${month}`} and rests on ${coverageWords(l)}${unseen.map((u) => `; ${u}`).join('')}.`,
    cites: [],
  });
  const counts = [
    plural(f.events.filter((e) => e.provenance !== 'reference').length, 'event'),
    plural(f.agreements.length, 'agreement'),
    plural(f.mechanisms.length, 'institution'),
  ].filter((s) => !s.startsWith('0 '));
  if (counts.length || f.conflicts)
    out.push({
      text: `${counts.length ? `It holds ${listInWords(counts)}` : 'It holds reference data only'}${f.conflicts ? `; sources disagree on ${plural(f.conflicts, 'point')}, each set out below` : ''}.`,
      cites: [],
    });
  return out;
}

/** The month twelve months before `month` (inclusive window start). */
function yearBefore(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const t = y * 12 + (m - 1) - 11;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
}

/** The brief's parts, in order; a part with nothing to say is left out. */
export function briefParts(f: BriefFacts, refs: ReferenceList): { parts: BriefPart[]; told: Set<string> } {
  const lastDated = f.events
    .filter((e) => e.provenance !== 'reference')
    .at(-1)
    ?.date.slice(0, 7);
  const end = f.level.current?.month ?? lastDated ?? f.asOfLabel;
  const from = yearBefore(end);
  const s = story(f, refs, from);
  const recent = latest(f, refs, from, end);
  const hasConflict = f.events.some((e) => e.provenance === 'reference' && /^(mid_|war)/.test(e.class));
  const parts: BriefPart[] = [
    { id: 'standing', heading: 'Where they stand', sentences: standing(f) },
    { id: 'story', heading: 'How relations moved', sentences: s.sentences },
    {
      id: 'fields',
      heading: hasConflict ? 'Fields of cooperation and conflict' : 'Fields of cooperation',
      sentences: fields(f, refs),
    },
    { id: 'latest', heading: 'Latest developments', sentences: recent.sentences },
    { id: 'assessment', heading: 'Assessment', sentences: assessment(f) },
  ];
  const told = new Set([...s.ids, ...recent.ids]);
  return { parts: parts.filter((p) => p.sentences.length > 0), told };
}
