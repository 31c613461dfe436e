/**
 * Event impulses `a_e = I(class)·L(level)·C(confidence)·D(rank)` (METHOD.md) and the window over
 * which each is held at full strength before it fades.
 */
import { eventClass } from '../event-classes.ts';
import type { ActorLevel, Dyad, Event } from '../types.ts';
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
};

const MACHINE = new Set(['gdelt', 'icews']);
const CONTACT_FAMILIES = new Set(['visit', 'meeting', 'contact', 'statement']);

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
 * Impulses of a dyad's events, sorted by month. Within a month, events of one class are ranked by
 * |I·L·C| (ties by id) and the k-th document counts 1/k; an event with `count` n takes n ranks.
 */
export function impulses(events: readonly Event[], dyad: Dyad, params: LevelParams): Impulse[] {
  for (const e of events) check(e, dyad, params);
  const rows = dedupeMachine(events).map((e) => {
    const weight = params.classes[e.class]!;
    const actorLevel = actorLevelOf(e, params);
    const base = weight.impulse * params.actorLevels[actorLevel] * confidenceOf(e, params);
    const month = monthOf(e.date, `event ${e.id}`, 'date');
    let until = month;
    if (eventClass(e.class)?.lasting) {
      // A lasting state with no recorded end is still in force at the end of the range.
      until = e.until !== undefined ? Math.max(month, monthOf(e.until, `event ${e.id}`, 'until')) : Infinity;
    }
    return { event: e, month, until, halfLife: weight.halfLife, a: base, actorLevel };
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
  return rows;
}
