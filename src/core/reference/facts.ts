/**
 * Reference facts (docs/METHOD.md, Reference facts): one pair's rows of the reference data sets
 * turned into cited events of provenance `reference`, each a period with the precision its data set
 * has (a year; a month where a MID states its start month). Pure: rows in, events out.
 */
import { goldstein } from '../cameo.ts';
import { compareDates } from '../partial-date.ts';
import { eventClass } from '../event-classes.ts';
import type { LevelParams } from '../level/params.ts';
import type { Dyad, Event, ReferenceCitation } from '../types.ts';
import { type ReferenceDatasetId, referenceDataset } from './datasets.ts';
import type { AtopRow, DiplomaticRow, MidRow, PairRows, RivalryRow, UcdpRow, WarRow } from './rows.ts';

/** Lines listed in a citation; the rest are counted. */
const MAX_LINES = 5;

function cite(id: ReferenceDatasetId, lines: readonly number[]): ReferenceCitation {
  const d = referenceDataset(id);
  const sorted = [...lines].sort((x, y) => x - y);
  return {
    dataset: id,
    title: d.title,
    version: d.version,
    file: d.file,
    lines: sorted.slice(0, MAX_LINES),
    rows: lines.length,
  };
}

function citedLines(c: ReferenceCitation): string {
  const more = c.rows > c.lines.length ? ` and ${c.rows - c.lines.length} more` : '';
  return `${c.file} line${c.rows === 1 ? '' : 's'} ${c.lines.join(', ')}${more}`;
}

type FactFields = {
  id: string;
  dyad: Dyad;
  date: string;
  end?: string;
  until?: string;
  cls: string;
  summary: string;
  rung?: string;
  citation: ReferenceCitation;
  quote: string;
  fatality?: number;
  initiator?: string | 'both';
};

function fact(f: FactFields): Event {
  const info = eventClass(f.cls);
  const cameo = info?.cameo ?? '';
  const e: Event = {
    id: f.id,
    date: f.date,
    precision: f.date.length === 4 ? 'year' : 'month',
    dyad: f.dyad,
    initiator: f.initiator ?? 'both',
    class: f.cls,
    cameo,
    goldstein: goldstein(cameo) ?? 0,
    actors: [],
    summary: f.summary,
    sectors: f.cls === 'diplomatic_representation' ? [] : ['security'],
    sources: [
      {
        document: `${f.citation.title} ${f.citation.version}`,
        note: `${citedLines(f.citation)}: ${f.quote}`,
      },
    ],
    provenance: 'reference',
    confidence: 1,
    reference: f.citation,
  };
  if (f.end !== undefined && f.end !== f.date) e.end = f.end;
  if (f.until !== undefined) e.until = f.until;
  if (f.rung !== undefined) e.rung = f.rung;
  if (f.fatality !== undefined) e.fatality = f.fatality;
  return e;
}

const pad = (m: number): string => String(m).padStart(2, '0');
/** "1993" or "1993–2004". */
const yearSpan = (first: number, last: number): string =>
  first === last ? String(first) : `${first}–${last}`;
const key = (dyad: Dyad): string => `${dyad[0]}-${dyad[1]}`;

/** Runs of consecutive items (by `year`) sharing `same(prev, next)`. */
function runs<T extends { year: number }>(rows: readonly T[], same: (x: T, y: T) => boolean): T[][] {
  const out: T[][] = [];
  for (const r of rows) {
    const run = out.at(-1);
    const prev = run?.at(-1);
    if (run && prev && r.year === prev.year + 1 && same(prev, r)) run.push(r);
    else out.push([r]);
  }
  return out;
}

/** Whether the pair exchanges diplomats in `year`: the latest COW observation at or before it (none: no). */
function exchangeIn(obs: readonly DiplomaticRow[], year: number): boolean {
  let de = false;
  for (const o of obs) {
    if (o.year > year) break;
    de = o.de === 1;
  }
  return de;
}

type AtopYear = AtopRow & { rung: string | undefined; profile: string };

/**
 * ATOP obligations, one fact per run of years with the same obligations and rung. A defence (or
 * offence) obligation is a defence pact; neutrality, non-aggression and consultation a pact. It is
 * multilateral when the pair shares it with `multilateralPartners` or more common partners that
 * year; a multilateral obligation is a rung only between states that exchange diplomats (the
 * latest COW Diplomatic Exchange observation at or before the year): a pact of many members binds
 * states that do not even recognise each other. A run reaching ATOP's last year holds on.
 */
export function allianceFacts(
  dyad: Dyad,
  rows: readonly AtopRow[],
  obs: readonly DiplomaticRow[],
  params: LevelParams,
): Event[] {
  const k = params.reference.multilateralPartners;
  const last = referenceDataset('atop').lastYear;
  const years: AtopYear[] = rows.map((r) => {
    const def = r.defense === 1 || r.offense === 1;
    const pact = r.neutral === 1 || r.nonagg === 1 || r.consul === 1;
    const defMulti = def && r.def_common >= k;
    const pactMulti = pact && r.pact_common >= k;
    const exchange = exchangeIn(obs, r.year);
    let rung: string | undefined;
    if (def && !defMulti) rung = 'DEFENCE_PACT';
    else if (def && exchange) rung = 'DEFENCE_PACT_MULTILATERAL';
    else if (pact && !pactMulti) rung = 'PACT';
    else if (pact && exchange) rung = 'PACT_MULTILATERAL';
    const kinds = [
      r.defense === 1 ? 'defence' : '',
      r.offense === 1 ? 'offence' : '',
      r.neutral === 1 ? 'neutrality' : '',
      r.nonagg === 1 ? 'non-aggression' : '',
      r.consul === 1 ? 'consultation' : '',
    ].filter((x) => x !== '');
    const scope = (def ? defMulti : pactMulti) ? 'multilateral' : 'bilateral';
    return { ...r, rung, profile: `${kinds.join(', ')} (${scope})` };
  });
  return runs(years, (x, y) => x.rung === y.rung && x.profile === y.profile).map((run) => {
    const first = run[0]!;
    const end = run.at(-1)!;
    const common = Math.max(...run.map((r) => (r.defense || r.offense ? r.def_common : r.pact_common)));
    const note =
      first.rung === undefined
        ? '; a multilateral pact between states that did not exchange diplomats: no rung'
        : '';
    const multi = first.profile.endsWith('(multilateral)')
      ? `, shared with up to ${common} common partners`
      : '';
    return fact({
      id: `ref:atop:${key(dyad)}:${first.year}`,
      dyad,
      date: String(first.year),
      end: String(end.year),
      ...(end.year < last ? { until: `${end.year}-12` } : {}),
      cls: 'alliance',
      summary: `Alliance obligations in force ${end.year === last ? `${first.year}–${last} and after` : yearSpan(first.year, end.year)}: ${first.profile}${multi}${note}`,
      ...(first.rung !== undefined ? { rung: first.rung } : {}),
      citation: cite(
        'atop',
        run.map((r) => r.line),
      ),
      quote: `defense ${first.defense}, offense ${first.offense}, neutral ${first.neutral}, nonagg ${first.nonagg}, consul ${first.consul}; common partners ${first.def_common} (defence), ${first.pact_common} (other)`,
    });
  });
}

const REPRESENTATION = ['none', "chargé d'affaires", 'minister', 'ambassador'];
const rep = (x: number): string => REPRESENTATION[x] ?? 'other';

/**
 * COW Diplomatic Exchange observations, one fact per run of observations in the same state: both
 * represented (`EMBASSIES_RECIPROCAL`), one (`EMBASSY_ONE_SIDE`), none after representation both
 * ways (`SEVERED`: relations broken), none otherwise (no rung: small states often accredit from a
 * neighbour). A state holds until the next observation that differs, and the last one holds on.
 */
export function representationFacts(dyad: Dyad, obs: readonly DiplomaticRow[]): Event[] {
  const states = obs.map((o) => {
    const both = o.rep_in_a > 0 && o.rep_in_b > 0;
    const one = o.rep_in_a > 0 || o.rep_in_b > 0;
    return { o, state: both ? 'EMBASSIES_RECIPROCAL' : one ? 'EMBASSY_ONE_SIDE' : 'NONE' };
  });
  const out: Event[] = [];
  let prevReciprocal = false;
  for (let i = 0; i < states.length; ) {
    let j = i;
    while (j + 1 < states.length && states[j + 1]!.state === states[i]!.state) j++;
    const run = states.slice(i, j + 1);
    const first = run[0]!.o;
    const lastObs = run.at(-1)!.o;
    const next = states[j + 1]?.o;
    const state = run[0]!.state;
    const rung = state === 'NONE' ? (prevReciprocal ? 'SEVERED' : undefined) : state;
    const what =
      state === 'NONE'
        ? rung === 'SEVERED'
          ? 'no diplomatic representation either way, after representation both ways: relations broken'
          : 'no resident diplomatic representation either way'
        : `${dyad[1]} represented in ${dyad[0]} by ${rep(first.rep_in_a)}, ${dyad[0]} in ${dyad[1]} by ${rep(first.rep_in_b)}`;
    out.push(
      fact({
        id: `ref:de:${key(dyad)}:${first.year}`,
        dyad,
        date: String(first.year),
        end: String(lastObs.year),
        ...(next ? { until: `${next.year - 1}-12` } : {}),
        cls: 'diplomatic_representation',
        summary: `Diplomatic representation observed ${yearSpan(first.year, lastObs.year)}: ${what}`,
        ...(rung !== undefined ? { rung } : {}),
        citation: cite(
          'diplomatic_exchange',
          run.map((r) => r.o.line),
        ),
        quote: `year ${first.year}: DR_at_1 ${first.rep_in_a}, DR_at_2 ${first.rep_in_b}, DE ${first.de}`,
      }),
    );
    prevReciprocal = state === 'EMBASSIES_RECIPROCAL';
    i = j + 1;
  }
  return out;
}

const MID_CLASS = ['mid_threat', 'mid_threat', 'mid_threat', 'mid_display', 'mid_force', 'mid_war'];
const HOSTILITY = [
  '',
  'no militarized action',
  'threat to use force',
  'display of force',
  'use of force',
  'war',
];
const FATALITY = ['none', '1–25', '26–100', '101–250', '251–500', '501–999', 'over 999'];

/** The month (1–12) `days` after the first of `year`-`month`, and its year. */
function after(year: number, month: number, days: number): { year: number; month: number } {
  const d = new Date(Date.UTC(year, month - 1, 1) + days * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

/**
 * COW militarized disputes, one fact per dispute and pair: a held state from its start (the month
 * MID gives when the pair is in it from the dispute's first year, else the pair's first year) to
 * its end (the start plus the dispute's longest duration, within the pair's last year), of the
 * class its higher hostility level gives, scaled by its fatality level.
 */
export function disputeFacts(dyad: Dyad, rows: readonly MidRow[]): Event[] {
  const byDispute = new Map<number, MidRow[]>();
  for (const r of rows) byDispute.set(r.dispnum, [...(byDispute.get(r.dispnum) ?? []), r]);
  return [...byDispute.values()].map((list) => {
    const first = list[0]!;
    const lastYear = Math.max(...list.map((r) => r.year));
    const firstYear = Math.min(...list.map((r) => r.year));
    const hostlev = Math.max(...list.map((r) => r.hostlev));
    const monthly = firstYear === first.styear && first.stmon >= 1 && first.stmon <= 12;
    let date: string;
    let end: string;
    let until: string;
    if (monthly) {
      const stop = after(first.styear, first.stmon, Math.max(0, first.maxdur));
      const endMonth = stop.year === lastYear ? stop.month : 12;
      date = `${firstYear}-${pad(first.stmon)}`;
      end = `${lastYear}-${pad(lastYear === firstYear ? Math.max(endMonth, first.stmon) : endMonth)}`;
      until = end;
    } else {
      date = String(firstYear);
      end = String(lastYear);
      until = `${lastYear}-12`;
    }
    const fatality = first.fatality >= 0 && first.fatality <= 6 ? first.fatality : undefined;
    return fact({
      id: `ref:mid:${key(dyad)}:${first.dispnum}`,
      dyad,
      date,
      end,
      until,
      cls: MID_CLASS[hostlev] ?? 'mid_threat',
      summary: `Militarized interstate dispute ${first.dispnum}, ${date === end ? date : `${date} to ${end}`}: ${HOSTILITY[hostlev] ?? 'hostility unknown'}; fatalities ${fatality !== undefined ? FATALITY[fatality] : 'unknown'}`,
      citation: cite(
        'cow_mid',
        list.map((r) => r.line),
      ),
      quote: `dispnum ${first.dispnum}, years ${firstYear}–${lastYear}, hostlev ${hostlev}, fatality ${first.fatality}, stmon ${first.stmon}, maxdur ${first.maxdur} days`,
      ...(fatality !== undefined ? { fatality } : {}),
    });
  });
}

/** COW inter-state wars, one fact per war and pair: the `WAR` state over its years. */
export function warFacts(dyad: Dyad, rows: readonly WarRow[]): Event[] {
  const byWar = new Map<number, WarRow[]>();
  for (const r of rows) byWar.set(r.warnum, [...(byWar.get(r.warnum) ?? []), r]);
  return [...byWar.values()].map((list) => {
    const first = Math.min(...list.map((r) => r.year));
    const last = Math.max(...list.map((r) => r.year));
    const deaths = list[0]!.batdeaths;
    return fact({
      id: `ref:war:${key(dyad)}:${list[0]!.warnum}`,
      dyad,
      date: String(first),
      end: String(last),
      until: `${last}-12`,
      cls: 'war',
      summary: `Inter-state war ${list[0]!.warnum} between the two, ${yearSpan(first, last)}; battle deaths of the two ${deaths.toLocaleString('en-US')}`,
      rung: 'WAR',
      citation: cite(
        'cow_war',
        list.map((r) => r.line),
      ),
      quote: `warnum ${list[0]!.warnum}, years ${first}–${last}, batdeath1 + batdeath2 ${deaths}`,
    });
  });
}

/**
 * UCDP interstate and internationalized conflicts with the two on opposite sides (a secondary party
 * counts), one fact per conflict and run of consecutive years: the `WAR` state. The start month is
 * the episode's when it began in the run's first year; the end month the episode's end; a run
 * reaching UCDP's last year without an end holds on.
 */
export function conflictFacts(dyad: Dyad, rows: readonly UcdpRow[]): Event[] {
  const last = referenceDataset('ucdp_acd').lastYear;
  const byConflict = new Map<number, UcdpRow[]>();
  for (const r of rows) byConflict.set(r.conflict_id, [...(byConflict.get(r.conflict_id) ?? []), r]);
  const out: Event[] = [];
  for (const list of byConflict.values()) {
    for (const run of runs(list, () => true)) {
      const first = run[0]!;
      const stop = run.at(-1)!;
      const startMonth =
        first.episode_start?.slice(0, 4) === String(first.year) ? first.episode_start.slice(0, 7) : undefined;
      const endMonth =
        stop.episode_end?.slice(0, 4) === String(stop.year) ? stop.episode_end.slice(0, 7) : undefined;
      const date = startMonth ?? String(first.year);
      const open = stop.year === last && endMonth === undefined;
      const end = endMonth ?? (startMonth ? `${stop.year}-12` : String(stop.year));
      const intensity = Math.max(...run.map((r) => r.intensity));
      const type = first.type === 'II' ? 'internationalized intrastate' : first.type;
      out.push(
        fact({
          id: `ref:ucdp:${key(dyad)}:${first.conflict_id}:${first.year}`,
          dyad,
          date,
          end: compareDates(end, date) < 0 ? date : end,
          ...(open ? {} : { until: endMonth ?? `${stop.year}-12` }),
          cls: 'armed_conflict',
          summary: `Armed conflict ${first.conflict_id} (${type}) with the two on opposite sides, ${yearSpan(first.year, stop.year)}${open ? ' and after' : ''}; ${intensity === 2 ? 'war (1,000 battle deaths or more in a year)' : 'minor (25–999 battle deaths a year)'}`,
          rung: 'WAR',
          citation: cite(
            'ucdp_acd',
            run.map((r) => r.line),
          ),
          quote: `conflict_id ${first.conflict_id}, type_of_conflict ${first.type}, years ${first.year}–${stop.year}, intensity_level up to ${intensity}, start_date2 ${first.episode_start ?? 'NA'}, ep_end_date ${stop.episode_end ?? 'NA'}`,
        }),
      );
    }
  }
  return out;
}

/** Strategic rivalries: a standing negative term over their years; one running to the data's end (2010) holds on. */
export function rivalryFacts(dyad: Dyad, rows: readonly RivalryRow[]): Event[] {
  const last = referenceDataset('rivalries').lastYear;
  return rows.map((r) =>
    fact({
      id: `ref:rivalry:${key(dyad)}:${r.rivalry}`,
      dyad,
      date: String(r.styear),
      end: String(r.endyear),
      ...(r.endyear < last ? { until: `${r.endyear}-12` } : {}),
      cls: 'rivalry',
      summary: `Strategic rivalry ${r.name} (${r.types || 'type not stated'}), ${r.styear}–${r.endyear === last ? `${last} and after` : r.endyear}`,
      citation: cite('rivalries', [r.line]),
      quote: `rivalryno ${r.rivalry}, ${r.name}, styear ${r.styear}, endyear ${r.endyear}`,
    }),
  );
}

/** The first year whose facts Bilateral reads: a fact that ended before it is left out. */
export const REFERENCE_FIRST_YEAR = 1946;

/** Every reference fact of one pair in force from {@link REFERENCE_FIRST_YEAR} on, by date then id. */
export function referenceFacts(dyad: Dyad, rows: PairRows, params: LevelParams): Event[] {
  const from = String(REFERENCE_FIRST_YEAR);
  const out = [
    ...allianceFacts(dyad, rows.atop, rows.diplomatic, params),
    ...representationFacts(dyad, rows.diplomatic),
    ...disputeFacts(dyad, rows.mids),
    ...warFacts(dyad, rows.wars),
    ...conflictFacts(dyad, rows.ucdp),
    ...rivalryFacts(dyad, rows.rivalries),
  ].filter((e) => (e.end ?? e.date).slice(0, 4) >= from);
  return out.sort((x, y) =>
    x.date < y.date ? -1 : x.date > y.date ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0,
  );
}
