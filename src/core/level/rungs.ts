/**
 * Which rung of the ladder is in force each month, from milestone events and agreements with their
 * status history (METHOD.md, Baseline). Kept apart so the rules can be read and tested in one place.
 */
import type { Agreement, Event } from '../types.ts';
import { LevelInputError, monthOf } from './input-error.ts';
import { RUNGS, type Rung } from './params.ts';

// Local copy: an imported binding is read through a getter under some loaders, too slow per month.
const ORDER: readonly Rung[] = [...RUNGS];
const RANK = new Map<string, number>(ORDER.map((r, i) => [r, i]));
const POSITIVE_FROM = RANK.get('DIPLOMATIC_RELATIONS')!;

/** A rung held over months `start..end` (inclusive; `end` may be Infinity). */
export type RungSpan = { rung: Rung; start: number; end: number; ref: string };

function isRung(text: string | undefined): text is Rung {
  return text !== undefined && RANK.has(text);
}

/** Machine-coded data never moves the ladder on its own: a 054 in GDELT is not a treaty. */
function isRecorded(e: Event): boolean {
  return e.provenance === 'curated' || e.provenance === 'extracted';
}

function byDate(a: { date: string }, b: { date: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

const EVENT_RUNG_CLASSES = new Set(['diplomatic_relations', 'embassy_opening', 'relations_severed']);
const CONFLICT_CLASSES = new Set(['diplomatic_relations', 'relations_severed', 'armed_clash']);

/** The few events that can touch the ladder, by date: a lake's millions of rows are skipped cheaply. */
function relevant(events: readonly Event[], classes: ReadonlySet<string>): Event[] {
  return events
    .filter((e) => {
      if (e.rung === undefined) return isRecorded(e) && classes.has(e.class);
      if (!isRung(e.rung)) throw new LevelInputError(`event ${e.id}: rung "${e.rung}" ${NOT_A_RUNG}`);
      return true;
    })
    .sort(byDate);
}

const NOT_A_RUNG = `is not a rung (${ORDER.join(', ')})`;

/** Spans from events: relations, embassies (one side, then both), and any event naming its rung. */
function eventSpans(events: readonly Event[]): RungSpan[] {
  const spans: RungSpan[] = [];
  const embassySides = new Set<string>();
  let reciprocal = false;
  for (const e of relevant(events, EVENT_RUNG_CLASSES)) {
    const m = monthOf(e.date, `event ${e.id}`, 'date');
    const explicit = isRung(e.rung) ? e.rung : undefined;
    if (!isRecorded(e) && explicit === undefined) continue;
    if (explicit === 'SEVERED' || (explicit === undefined && e.class === 'relations_severed')) {
      // Embassies close with the relations: reopening after restoration starts from one side again.
      embassySides.clear();
      reciprocal = false;
      continue;
    }
    if (e.class === 'embassy_opening' && (explicit === undefined || explicit.startsWith('EMBASS'))) {
      if (reciprocal) continue;
      // Both sides: two openings by different initiators, one joint opening, or the rung says so.
      if (e.initiator === 'both' || explicit === 'EMBASSIES_RECIPROCAL') reciprocal = true;
      else {
        if (e.initiator !== null) embassySides.add(e.initiator);
        reciprocal = embassySides.size >= 2;
      }
      spans.push({
        rung: reciprocal ? 'EMBASSIES_RECIPROCAL' : 'EMBASSY_ONE_SIDE',
        start: m,
        end: Infinity,
        ref: e.id,
      });
    } else if (explicit !== undefined && explicit !== 'WAR') {
      // A reference fact's rung holds for its period (an alliance's years); a milestone holds on.
      const end = e.until !== undefined ? Math.max(m, monthOf(e.until, `event ${e.id}`, 'until')) : Infinity;
      spans.push({ rung: explicit, start: m, end, ref: e.id });
    } else if (explicit === undefined && e.class === 'diplomatic_relations') {
      spans.push({ rung: 'DIPLOMATIC_RELATIONS', start: m, end: Infinity, ref: e.id });
    }
  }
  return spans;
}

const ALLIED = new Set<string>(['ALLIED_TREATY_SIGNED', 'ALLIED_TREATY_IN_FORCE']);

/**
 * Spans from one agreement's status history. An allied treaty counts as signed from signature and
 * in force once it is in force or ratified by every party; any other rung counts from its first
 * step (signature, approval, ratification, entry into force). Termination or suspension stops it; a
 * later entry into force starts it again.
 */
function agreementSpans(a: Agreement): RungSpan[] {
  if (a.rung === undefined) return [];
  if (!isRung(a.rung)) throw new LevelInputError(`agreement ${a.id}: rung "${a.rung}" ${NOT_A_RUNG}`);
  const steps = a.status.map((s, i) => ({ ...s, field: `status[${i}].date` }));
  if (a.signed && !steps.some((s) => s.status === 'signed')) {
    steps.push({
      status: 'signed',
      date: a.signed.date,
      precision: a.signed.precision,
      sources: [],
      field: 'signed.date',
    });
  }
  steps.sort(byDate);
  const parties = a.parties.length > 0 ? a.parties : a.dyad;
  const ratified = new Set<string>();
  const spans: RungSpan[] = [];
  let current: RungSpan | undefined;
  const enter = (rung: Rung, m: number): void => {
    if (current?.rung === rung) return;
    if (current) current.end = m - 1;
    current = { rung, start: m, end: Infinity, ref: a.id };
    spans.push(current);
  };
  for (const s of steps) {
    const m = monthOf(s.date, `agreement ${a.id}`, s.field);
    if (s.status === 'terminated' || s.status === 'suspended') {
      if (current) current.end = m - 1;
      current = undefined;
      continue;
    }
    if (!ALLIED.has(a.rung)) {
      enter(a.rung, m);
      continue;
    }
    if (s.status === 'ratified' && s.party !== undefined) ratified.add(s.party);
    const inForce = s.status === 'in_force' || parties.every((p) => ratified.has(p));
    if (inForce) enter('ALLIED_TREATY_IN_FORCE', m);
    else if (current?.rung !== 'ALLIED_TREATY_IN_FORCE') enter('ALLIED_TREATY_SIGNED', m);
  }
  return spans.filter((s) => s.end >= s.start);
}

/**
 * Spans of `SEVERED` (from a severance until a later restoration of relations, or its `until`) and
 * `WAR` (an armed clash recorded as lasting, with `until` or open, or any event whose rung is WAR).
 * A severance ends every positive rung that began before it: embassies close, old documents no
 * longer describe the relationship; what is signed after restoration counts again.
 */
function conflictSpans(events: readonly Event[], positive: RungSpan[]): RungSpan[] {
  const sorted = relevant(events, CONFLICT_CLASSES);
  const spans: RungSpan[] = [];
  sorted.forEach((e, i) => {
    const m = monthOf(e.date, `event ${e.id}`, 'date');
    const until = e.until !== undefined ? Math.max(m, monthOf(e.until, `event ${e.id}`, 'until')) : Infinity;
    const recorded = isRecorded(e);
    if (
      e.rung === 'WAR' ||
      (recorded && e.rung === undefined && e.class === 'armed_clash' && e.until !== undefined)
    ) {
      spans.push({ rung: 'WAR', start: m, end: until, ref: e.id });
    }
    if (e.rung === 'SEVERED' || (recorded && e.rung === undefined && e.class === 'relations_severed')) {
      const restored = sorted
        .slice(i + 1)
        .find(
          (r) =>
            isRecorded(r) &&
            (r.class === 'diplomatic_relations' || r.rung === 'DIPLOMATIC_RELATIONS') &&
            r.date > e.date,
        );
      const end = restored
        ? Math.min(until, monthOf(restored.date, `event ${restored.id}`, 'date') - 1)
        : until;
      spans.push({ rung: 'SEVERED', start: m, end, ref: e.id });
      for (const p of positive)
        if (p.start < m || (p.start === m && p.ref !== restored?.id)) p.end = Math.min(p.end, m - 1);
    }
  });
  return spans;
}

/** Every rung span the inputs establish, positive and conflict. */
export function rungSpans(events: readonly Event[], agreements: readonly Agreement[]): RungSpan[] {
  const positive = [...eventSpans(events), ...agreements.flatMap(agreementSpans)];
  const conflict = conflictSpans(events, positive);
  return [...positive, ...conflict].filter((s) => s.end >= s.start);
}

/**
 * The rung in force for each month `start..end` (index 0 is `start`), as its index in {@link RUNGS}:
 * WAR over SEVERED over the highest positive rung, else NONE. Linear in months and spans.
 */
export function rungTimeline(spans: readonly RungSpan[], start: number, end: number): Uint8Array {
  const n = end - start + 1;
  const none = RANK.get('NONE')!;
  const out = new Uint8Array(n).fill(none);
  if (spans.length === 0) return out;
  const k = ORDER.length;
  // diff[t*k + r]: change in the number of spans of rung r active from month t.
  const diff = new Int32Array((n + 1) * k);
  for (const s of spans) {
    const a = Math.max(s.start, start) - start;
    const b = Math.min(s.end, end) - start;
    if (b < a) continue;
    const r = RANK.get(s.rung)!;
    diff[a * k + r]! += 1;
    diff[(b + 1) * k + r]! -= 1;
  }
  const active = new Int32Array(k);
  for (let t = 0; t < n; t++) {
    let rung = none;
    for (let r = 0; r < k; r++) active[r]! += diff[t * k + r]!;
    if (active[0]! > 0) rung = 0;
    else if (active[1]! > 0) rung = 1;
    else {
      for (let r = k - 1; r >= POSITIVE_FROM; r--) {
        if (active[r]! > 0) {
          rung = r;
          break;
        }
      }
    }
    out[t] = rung;
  }
  return out;
}

/** The rung named by an index of {@link rungTimeline}. */
export function rungName(index: number): Rung {
  return ORDER[index] ?? 'NONE';
}
