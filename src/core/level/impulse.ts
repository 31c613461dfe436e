/**
 * Event impulses `a_e = I(class)·L(level)·C(confidence)·D(rank)` (METHOD.md) and the window over
 * which each is held at full strength before it fades.
 */
import { eventClass } from '../event-classes.ts';
import { monthString } from '../partial-date.ts';
import type { ActorLevel, Dyad, Event, Source } from '../types.ts';
import { LevelInputError, monthOf } from './input-error.ts';
import type { LevelParams } from './params.ts';

/** One event as the engine sees it. */
export type Impulse = {
  event: Event;
  /** Month index of the event. */
  month: number;
  /** Last month held at full strength (`u_e`): the event's month, a lasting state's end, or Infinity. */
  until: number;
  /** Half-life of its class, months. */
  halfLife: number;
  /** The impulse `a_e`, with diminishing returns applied. */
  a: number;
  /** Who acted, as used for `L` (stated or defaulted). */
  actorLevel: ActorLevel;
  /** Counts as contact for dormancy: a leader-level visit, meeting or call, or a dyad-month of corroborated coded contact. */
  contact: boolean;
};

const MACHINE = new Set(['gdelt', 'icews']);
const CONTACT_FAMILIES = new Set(['visit', 'meeting', 'contact', 'statement']);
/** Families that are contact between the two sides, for dormancy (statements are not). */
const DORMANCY_CONTACT = new Set(['visit', 'meeting', 'contact']);

/** The class of the one impulse a dyad-month of machine-coded events makes. */
export const MACHINE_MONTH_CLASS = 'machine_month';

/** True for GDELT and ICEWS events. */
export function isMachineCoded(e: Event): boolean {
  return MACHINE.has(e.provenance);
}

/** `L`'s level: stated, else the documented default for the event's provenance and family. */
export function actorLevelOf(e: Event, params: LevelParams): ActorLevel {
  if (e.actorLevel !== undefined) return e.actorLevel;
  if (!isMachineCoded(e)) return params.defaultActorLevel.recorded;
  const family = eventClass(e.class)?.family;
  return family !== undefined && CONTACT_FAMILIES.has(family)
    ? params.defaultActorLevel.machineContact
    : params.defaultActorLevel.machineOther;
}

/** `C`: the event's confidence in 0..1, capped for machine-coded data. */
export function confidenceOf(e: Event, params: LevelParams): number {
  const c = Math.min(1, Math.max(0, e.confidence));
  return isMachineCoded(e) ? Math.min(c, params.machineConfidenceCap) : c;
}

function sameDyad(a: Dyad, b: Dyad): boolean {
  return (a[0] === b[0] && a[1] === b[1]) || (a[0] === b[1] && a[1] === b[0]);
}

function check(e: Event, dyad: Dyad, params: LevelParams): void {
  const where = `event ${e.id}`;
  if (!Array.isArray(e.dyad) || !sameDyad(e.dyad, dyad)) {
    throw new LevelInputError(
      `${where}: dyad ${String(e.dyad)} is not the pair computed (${dyad.join('-')})`,
    );
  }
  if (typeof e.class !== 'string' || !Object.hasOwn(params.classes, e.class)) {
    throw new LevelInputError(`${where}: class "${e.class}" has no impulse in ${params.method.version}`);
  }
  if (e.actorLevel !== undefined && !Object.hasOwn(params.actorLevels, e.actorLevel)) {
    throw new LevelInputError(
      `${where}: actorLevel "${String(e.actorLevel)}" is not one of ${Object.keys(params.actorLevels).join(', ')}`,
    );
  }
  if (typeof e.confidence !== 'number' || Number.isNaN(e.confidence)) {
    throw new LevelInputError(`${where}: confidence ${String(e.confidence)} is not a number`);
  }
  if (e.count !== undefined && (!Number.isInteger(e.count) || e.count < 1)) {
    throw new LevelInputError(`${where}: count ${e.count} is not a positive whole number`);
  }
}

/**
 * Machine-coded rows must arrive de-duplicated; this keeps one per (CAMEO code, day) anyway, the
 * most confident (then the smallest id) so the choice does not depend on input order.
 */
export function dedupeMachine(events: readonly Event[]): Event[] {
  const best = new Map<string, Event>();
  const out: Event[] = [];
  for (const e of events) {
    if (!isMachineCoded(e)) {
      out.push(e);
      continue;
    }
    const key = `${e.cameo}|${e.date}`;
    const seen = best.get(key);
    if (!seen || e.confidence > seen.confidence || (e.confidence === seen.confidence && e.id < seen.id)) {
      best.set(key, e);
    }
  }
  return out.concat([...best.values()]);
}

/** Sum of 1/k for ranks `from..from+count−1`. */
function harmonic(from: number, count: number): number {
  let s = 0;
  for (let k = from; k < from + count; k++) s += 1 / k;
  return s;
}

/**
 * True when a machine-coded event is corroborated on its own: enough sources, articles or ICEWS
 * stories (docs/METHOD.md, Corroboration). The two-day and volume rules need the whole month.
 */
export function corroborated(e: Event, params: LevelParams): boolean {
  const c = e.corroboration;
  if (!c) return false;
  const m = params.machine;
  return c.sources >= m.minSources || c.articles >= m.minArticles || c.stories >= m.minStories;
}

const fixed = (x: number): string => (x >= 0 ? '+' : '−') + Math.abs(x).toFixed(2);

/**
 * One impulse per dyad-month of machine-coded events: the counted events (corroborated alone, or
 * their CAMEO code coded on `minDays` days of the month, or every event of a month with
 * `minMonthEvents` or more) give `a = perGoldstein · C · Ḡ · n/(n + shrinkage)`, where Ḡ is their
 * mean Goldstein weight and n their number. A month with no counted event makes no impulse.
 */
function machineImpulses(events: readonly Event[], dyad: Dyad, params: LevelParams): Impulse[] {
  const m = params.machine;
  const byMonth = new Map<number, Event[]>();
  for (const e of events) {
    const month = monthOf(e.date, `event ${e.id}`, 'date');
    const list = byMonth.get(month);
    if (list) list.push(e);
    else byMonth.set(month, [e]);
  }
  const out: Impulse[] = [];
  for (const [month, list] of byMonth) {
    // A busy month counts whole; a quiet one only its corroborated events (the two-day rule looks
    // for the same code on another day: a quiet month has fewer than `minMonthEvents`, so few pairs).
    const counted =
      list.length >= m.minMonthEvents
        ? list
        : list.filter(
            (e) =>
              corroborated(e, params) ||
              new Set(list.filter((o) => o.cameo === e.cameo).map((o) => o.date)).size >= m.minDays,
          );
    if (counted.length === 0) continue;
    const n = counted.length;
    let sum = 0;
    let reports = 0;
    let contact = false;
    const datasets = new Set<string>();
    // The strongest events, by |Goldstein| then id, cite the month: one source each, three at most.
    const strongest: Event[] = [];
    const stronger = (x: Event, y: Event) =>
      Math.abs(x.goldstein) > Math.abs(y.goldstein) ||
      (Math.abs(x.goldstein) === Math.abs(y.goldstein) && x.id < y.id);
    for (const e of counted) {
      sum += Number.isFinite(e.goldstein) ? e.goldstein : 0;
      reports += e.reports ?? 1;
      datasets.add(e.provenance);
      if (!contact && DORMANCY_CONTACT.has(eventClass(e.class)?.family ?? '')) contact = true;
      let at = strongest.length;
      while (at > 0 && stronger(e, strongest[at - 1]!)) at--;
      if (at < 3) {
        strongest.splice(at, 0, e);
        if (strongest.length > 3) strongest.pop();
      }
    }
    const mean = sum / n;
    const a = m.perGoldstein * params.machineConfidenceCap * mean * (n / (n + m.shrinkage));
    const sources: Source[] = strongest.flatMap((e) => e.sources.slice(0, 1));
    const label = [...datasets].sort().join(', ').toUpperCase();
    const ym = monthString(month);
    const event: Event = {
      id: `machine:${dyad[0]}-${dyad[1]}:${ym}`,
      date: ym,
      precision: 'month',
      dyad,
      initiator: 'both',
      class: MACHINE_MONTH_CLASS,
      cameo: '',
      goldstein: mean,
      actors: [],
      summary: `${label} events of ${ym}: ${n} counted of ${list.length} coded, mean Goldstein ${fixed(mean)}`,
      sectors: [],
      count: n,
      reports,
      sources,
      provenance: datasets.has('gdelt') ? 'gdelt' : 'icews',
      confidence: params.machineConfidenceCap,
    };
    out.push({ event, month, until: month, halfLife: m.halfLife, a, actorLevel: 'official', contact });
  }
  return out;
}

/**
 * Impulses of a dyad's events, sorted by month. Curated and extracted events: within a month,
 * events of one class are ranked by |I·L·C| (ties by id) and the k-th document counts 1/k; an
 * event with `count` n takes n ranks. Machine-coded events: one impulse per dyad-month
 * ({@link machineImpulses}).
 */
export function impulses(events: readonly Event[], dyad: Dyad, params: LevelParams): Impulse[] {
  for (const e of events) check(e, dyad, params);
  const recorded: Event[] = [];
  const machine: Event[] = [];
  for (const e of dedupeMachine(events)) (isMachineCoded(e) ? machine : recorded).push(e);
  const rows = recorded.map((e): Impulse => {
    const weight = params.classes[e.class]!;
    const actorLevel = actorLevelOf(e, params);
    const severity = e.fatality !== undefined ? (params.reference.fatalityFactor[e.fatality] ?? 1) : 1;
    const base = weight.impulse * params.actorLevels[actorLevel] * confidenceOf(e, params) * severity;
    const month = monthOf(e.date, `event ${e.id}`, 'date');
    let until = month;
    if (eventClass(e.class)?.lasting) {
      // A lasting state with no recorded end is still in force at the end of the range.
      until = e.until !== undefined ? Math.max(month, monthOf(e.until, `event ${e.id}`, 'until')) : Infinity;
    }
    const contact = actorLevel === 'head' && DORMANCY_CONTACT.has(eventClass(e.class)?.family ?? '');
    return { event: e, month, until, halfLife: weight.halfLife, a: base, actorLevel, contact };
  });
  rows.sort(
    (x, y) =>
      x.month - y.month ||
      (x.event.class < y.event.class ? -1 : x.event.class > y.event.class ? 1 : 0) ||
      Math.abs(y.a) - Math.abs(x.a) ||
      (x.event.id < y.event.id ? -1 : x.event.id > y.event.id ? 1 : 0),
  );
  let rank = 1;
  rows.forEach((r, i) => {
    const prev = rows[i - 1];
    if (!prev || prev.month !== r.month || prev.event.class !== r.event.class) rank = 1;
    const n = r.event.count ?? 1;
    r.a *= harmonic(rank, n);
    rank += n;
  });
  if (machine.length === 0) return rows;
  // Stable: recorded events first within a month, then the month's machine impulse.
  return rows.concat(machineImpulses(machine, dyad, params)).sort((x, y) => x.month - y.month);
}
