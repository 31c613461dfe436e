/**
 * Scoring on the PLOVER gold-standard sentences (openeventdata/PLOVER, CC BY-SA 4.0): news
 * sentences, each with the PLOVER type of the event it states and the countries of its actors.
 * A sentence is *found* when one extracted event has its type and the countries of its pair and
 * actors include every gold country; the events' precision is the share that are found so.
 */

/** One gold sentence: its text, PLOVER type and the countries of its source and target actors. */
export type PloverSentence = { id: string; text: string; expected: string; countries: string[] };

/** CAMEO code → PLOVER type in the gold's vocabulary (0.5b1: DEMAND, DISAPPROVE, INVESTIGATE, FIGHT). */
export type PloverTable = Map<string, string>;

/** What the scoring needs of an extracted event. */
export type PloverEvent = { cameo: string; dyad: readonly string[]; actors: readonly { country?: string }[] };

export type PloverExtractor = (text: string) => readonly PloverEvent[];

export type PloverTypeScore = { type: string; sentences: number; found: number };

export type PloverResult = {
  sentences: number;
  /** Type and countries found. */
  found: number;
  /** Type found, whatever the countries. */
  typeFound: number;
  /** Sentences the extractor found no event in. */
  noEvent: number;
  events: number;
  /** Events whose type is the sentence's and whose countries include the gold's. */
  correctEvents: number;
  /** Events with no PLOVER type (CAMEO 01 statements, 02 appeals). */
  untyped: number;
  share: number;
  precision: number;
  perType: PloverTypeScore[];
};

/** Reads the gold JSON lines; a bad line throws with its number and the field. */
export function parsePlover(text: string): PloverSentence[] {
  const out: PloverSentence[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new Error(`line ${i + 1}: not JSON`);
    }
    const { id, text: sentence, expected } = row;
    if (typeof sentence !== 'string') throw new Error(`line ${i + 1}: "text" is not a string`);
    if (typeof expected !== 'string') throw new Error(`line ${i + 1}: "expected" is not a string`);
    const list = (v: unknown) =>
      Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
    const countries = [...new Set([...list(row['source_countries']), ...list(row['target_countries'])])];
    out.push({ id: typeof id === 'string' ? id : `line-${i + 1}`, text: sentence, expected, countries });
  });
  return out;
}

/** The CAMEO → PLOVER table of `cameo2plover.json`, in the gold's (0.5b1) vocabulary. */
export function parsePloverTable(json: string): PloverTable {
  const parsed = JSON.parse(json) as { detail?: Record<string, { gsr_0_5?: unknown }> };
  const table: PloverTable = new Map();
  for (const [code, d] of Object.entries(parsed.detail ?? {}))
    if (typeof d.gsr_0_5 === 'string') table.set(code, d.gsr_0_5);
  return table;
}

/** The PLOVER type of a CAMEO code: the code's, else its first three digits', else its root's. */
export function ploverType(table: PloverTable, cameo: string): string | undefined {
  return table.get(cameo) ?? table.get(cameo.slice(0, 3)) ?? table.get(cameo.slice(0, 2));
}

function countriesOf(e: PloverEvent): Set<string> {
  const out = new Set<string>(e.dyad);
  for (const a of e.actors) if (a.country) out.add(a.country);
  return out;
}

/** Every sentence through the extractor, scored; an extractor that throws finds nothing there. */
export function evaluatePlover(
  sentences: readonly PloverSentence[],
  table: PloverTable,
  extract: PloverExtractor,
): PloverResult {
  let found = 0;
  let typeFound = 0;
  let noEvent = 0;
  let events = 0;
  let correctEvents = 0;
  let untyped = 0;
  const perType = new Map<string, PloverTypeScore>();
  for (const s of sentences) {
    let extracted: readonly PloverEvent[] = [];
    try {
      extracted = extract(s.text);
    } catch {
      extracted = [];
    }
    if (extracted.length === 0) noEvent++;
    events += extracted.length;
    let sentenceFound = false;
    let sentenceType = false;
    for (const e of extracted) {
      const type = ploverType(table, e.cameo);
      if (type === undefined) untyped++;
      if (type !== s.expected) continue;
      sentenceType = true;
      const have = countriesOf(e);
      if (s.countries.every((c) => have.has(c))) {
        correctEvents++;
        sentenceFound = true;
      }
    }
    if (sentenceFound) found++;
    if (sentenceType) typeFound++;
    const t = perType.get(s.expected) ?? { type: s.expected, sentences: 0, found: 0 };
    t.sentences++;
    if (sentenceFound) t.found++;
    perType.set(s.expected, t);
  }
  const n = sentences.length;
  return {
    sentences: n,
    found,
    typeFound,
    noEvent,
    events,
    correctEvents,
    untyped,
    share: n === 0 ? 0 : found / n,
    precision: events === 0 ? 0 : correctEvents / events,
    perType: [...perType.values()].sort((a, b) => b.sentences - a.sentences || a.type.localeCompare(b.type)),
  };
}

/** The PLOVER summary lines of `eval:extract`. */
export function formatPlover(r: PloverResult): string {
  const pct = (a: number, b: number) => `${a}/${b} = ${(b === 0 ? 0 : a / b).toFixed(3)}`;
  return [
    `PLOVER sentences: type and countries found ${pct(r.found, r.sentences)}; type found ${pct(r.typeFound, r.sentences)}`,
    `  no event found in ${r.noEvent} sentences; ${r.events} events, precision ${pct(r.correctEvents, r.events)} (${r.untyped} with no PLOVER type)`,
    `  by type: ${r.perType.map((t) => `${t.type} ${t.found}/${t.sentences}`).join('  ')}`,
  ].join('\n');
}
