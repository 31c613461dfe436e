/**
 * Builders for level-engine inputs, shared by tests and the benchmark: realistic defaults so a test
 * states only what it is about, and a seeded generator of random dossiers (no Math.random).
 */
import { EVENT_CLASSES } from '../event-classes.ts';
import { monthString } from '../partial-date.ts';
import type { Agreement, AgreementStatus, Dyad, Event, Mechanism, Provenance } from '../types.ts';

/** The pair every fixture uses unless told otherwise. */
export const AZE_UZB: Dyad = ['AZE', 'UZB'];

/** A curated, fully confident event; override any field. */
export function makeEvent(fields: Partial<Event> & Pick<Event, 'id' | 'date' | 'class'>): Event {
  const info = EVENT_CLASSES.find((c) => c.name === fields.class);
  return {
    precision: fields.date.length === 10 ? 'day' : fields.date.length === 7 ? 'month' : 'year',
    dyad: AZE_UZB,
    initiator: 'AZE',
    cameo: info?.cameo ?? '010',
    goldstein: 0,
    actors: [],
    summary: `${fields.class} ${fields.date}`,
    sectors: [],
    sources: [{ document: `doc-${fields.id}`, quote: `${fields.class} on ${fields.date}` }],
    provenance: 'curated',
    confidence: 1,
    ...fields,
  };
}

/** An agreement with a ladder rung and a status history of `[status, date, party?]` steps. */
export function makeAgreement(
  id: string,
  rung: string,
  steps: [AgreementStatus['status'], string, string?][],
  dyad: Dyad = AZE_UZB,
): Agreement {
  return {
    id,
    dyad,
    kind: 'treaty',
    title: `${rung} treaty`,
    parties: [...dyad],
    level: 'state',
    rung,
    sectors: [],
    sources: [],
    status: steps.map(([status, date, party]) => ({
      status,
      date,
      precision: date.length === 10 ? 'day' : 'month',
      ...(party !== undefined ? { party } : {}),
      sources: [],
    })),
  };
}

/** A supreme council that met on the given dates. */
export function makeCouncil(id: string, meetings: string[], dyad: Dyad = AZE_UZB): Mechanism {
  return {
    id,
    dyad,
    kind: 'supreme_council',
    title: 'Supreme Interstate Council',
    attributes: {},
    meetings: meetings.map((date) => ({ date, precision: 'day', sources: [] })),
    sources: [],
  };
}

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEVELS = ['head', 'deputy', 'minister', 'official', 'sub'] as const;
const PROVENANCES: Provenance[] = ['curated', 'extracted', 'gdelt', 'icews'];

/** Options of {@link randomEvents}. */
export type RandomOptions = {
  dyad?: Dyad;
  firstMonth: number;
  lastMonth: number;
  count: number;
  idPrefix?: string;
  /** Provenances drawn from; all four by default. */
  provenances?: Provenance[];
};

/** `count` events of random classes, levels, provenances, counts and lasting ends, sorted by date. */
export function randomEvents(rand: () => number, o: RandomOptions): Event[] {
  const dyad = o.dyad ?? AZE_UZB;
  const span = o.lastMonth - o.firstMonth + 1;
  const provenances = o.provenances ?? PROVENANCES;
  const out: Event[] = [];
  for (let i = 0; i < o.count; i++) {
    const info = EVENT_CLASSES[Math.floor(rand() * EVENT_CLASSES.length)]!;
    const m = o.firstMonth + Math.floor(rand() * span);
    const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
    const date = `${monthString(m)}-${day}`;
    const provenance = provenances[Math.floor(rand() * provenances.length)]!;
    const e = makeEvent({
      id: `${o.idPrefix ?? 'r'}${i}`,
      date,
      class: info.name,
      dyad,
      initiator: rand() < 0.5 ? dyad[0] : dyad[1],
      cameo: info.cameo,
      provenance,
      confidence: Math.round(rand() * 100) / 100,
    });
    if (rand() < 0.6) e.actorLevel = LEVELS[Math.floor(rand() * LEVELS.length)]!;
    if (info.family === 'agreement' && rand() < 0.3) e.count = 1 + Math.floor(rand() * 15);
    if (info.lasting && rand() < 0.7) e.until = monthString(m + Math.floor(rand() * 30));
    out.push(e);
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
