/**
 * Turns a validated dossier into the domain records the knowledge base stores, filling what the
 * format lets authors leave out (dyad, precision, CAMEO code and Goldstein weight, provenance) and
 * checking what zod cannot: countries, CAMEO codes, cross references and unique ids.
 */
import { cameoCode } from './cameo.ts';
import { getCountry, sortedDyad } from './countries.ts';
import type { Dossier } from './dossier-schema.ts';
import { eventClass } from './event-classes.ts';
import { compareDates, precisionOf } from './partial-date.ts';
import type {
  Agreement,
  Conflict,
  DocumentRecord,
  Dyad,
  Event,
  Indicator,
  Mechanism,
  PartialDate,
  Place,
  Source,
} from './types.ts';

/** Everything a dossier stores, as domain records. */
export type DossierRecords = {
  id: string;
  dyad: Dyad;
  documents: DocumentRecord[];
  events: Event[];
  agreements: Agreement[];
  mechanisms: Mechanism[];
  indicators: Indicator[];
  conflicts: Conflict[];
  /** Periods the curator states the dossier covers, as months; empty: its own span of dated facts. */
  coverage: StatedCoverage[];
};

/** A period a dossier states it covers, `YYYY-MM` to `YYYY-MM`; `complete` when it records all routine contact. */
export type StatedCoverage = { from: string; to: string; complete: boolean; note?: string };

/** A problem found after schema validation, with the path of the field at fault. */
export type RecordProblem = { path: (string | number)[]; message: string };

type SourceIn = {
  document?: string | undefined;
  url?: string | undefined;
  quote?: string | undefined;
  note?: string | undefined;
  start?: number | undefined;
  end?: number | undefined;
};

function source(s: SourceIn): Source {
  const out: Source = { document: s.document ?? s.url ?? '' };
  if (s.quote !== undefined) out.quote = s.quote;
  if (s.note !== undefined) out.note = s.note;
  if (s.start !== undefined) out.start = s.start;
  if (s.end !== undefined) out.end = s.end;
  if (s.url !== undefined) out.url = s.url;
  return out;
}

function span(date: string, end: string | undefined): PartialDate {
  const out: PartialDate = { date, precision: precisionOf(date) };
  if (end !== undefined && end !== date) out.end = end;
  return out;
}

function place(p: { name: string; country?: string | undefined } | undefined): Place | undefined {
  if (!p) return undefined;
  return p.country === undefined ? { name: p.name } : { name: p.name, country: p.country };
}

/** Drops keys whose value is undefined, so records satisfy exact optional properties. */
function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/**
 * Converts a dossier to records and lists every problem (unknown country or CAMEO code, dangling
 * reference, duplicate id, end before start). `knownDocuments` are ids already stored, which
 * sources may cite without redefining them.
 */
export function dossierRecords(
  d: Dossier,
  knownDocuments: ReadonlySet<string> = new Set(),
): { records: DossierRecords; problems: RecordProblem[] } {
  const problems: RecordProblem[] = [];
  const problem = (path: (string | number)[], message: string): void => {
    problems.push({ path, message });
  };
  const country = (code: string | undefined, path: (string | number)[]) => {
    if (code !== undefined && !getCountry(code)) problem(path, `unknown country code "${code}"`);
  };
  const range = (date: string, end: string | undefined, path: (string | number)[]) => {
    if (end !== undefined && compareDates(end, date) < 0) problem(path, `end ${end} is before ${date}`);
  };

  country(d.dyad[0], ['dyad', 0]);
  country(d.dyad[1], ['dyad', 1]);
  if (d.dyad[0] === d.dyad[1]) problem(['dyad'], 'a dyad needs two different countries');
  const dyad = sortedDyad(d.dyad[0], d.dyad[1]);

  const documents = new Set(knownDocuments);
  const seenIds = new Map<string, string>();
  const unique = (kind: string, id: string, path: (string | number)[]) => {
    const key = `${kind}:${id}`;
    if (seenIds.has(key)) problem(path, `duplicate ${kind} id "${id}" (first at ${seenIds.get(key)})`);
    else seenIds.set(key, path.join('.'));
  };
  d.documents.forEach((doc, i) => {
    unique('document', doc.id, ['documents', i, 'id']);
    documents.add(doc.id);
  });
  const checkSources = (list: SourceIn[], path: (string | number)[]) =>
    list.forEach((s, i) => {
      if (s.document !== undefined && !documents.has(s.document))
        problem([...path, i, 'document'], `source cites document "${s.document}", which is not defined`);
      if (s.start !== undefined && s.end !== undefined && s.end < s.start)
        problem([...path, i, 'end'], 'source end offset is before its start');
    });

  const events: Event[] = d.events.map((e, i) => {
    const at = ['events', i];
    unique('event', e.id, [...at, 'id']);
    const pair = e.dyad ?? d.dyad;
    if (e.dyad) {
      country(e.dyad[0], [...at, 'dyad', 0]);
      country(e.dyad[1], [...at, 'dyad', 1]);
    }
    if (e.initiator !== null && e.initiator !== 'both') {
      country(e.initiator, [...at, 'initiator']);
      if (!pair.includes(e.initiator))
        problem([...at, 'initiator'], `initiator ${e.initiator} is not in the dyad`);
    }
    e.actors.forEach((a, j) => {
      country(a.country, [...at, 'actors', j, 'country']);
    });
    country(e.place?.country, [...at, 'place', 'country']);
    range(e.date, e.end, [...at, 'end']);
    const klass = eventClass(e.class);
    const cameo = e.cameo ?? klass?.cameo ?? '';
    const code = cameoCode(cameo);
    if (!code) problem([...at, 'cameo'], `unknown CAMEO code "${cameo}"`);
    checkSources(e.sources, [...at, 'sources']);
    return compact<Event>({
      id: e.id,
      ...span(e.date, e.end),
      dyad: sortedDyad(pair[0], pair[1]),
      initiator: e.initiator,
      class: e.class,
      cameo,
      goldstein: code?.goldstein ?? 0,
      actors: e.actors.map((a) => compact({ ...a })),
      place: place(e.place),
      summary: e.summary,
      sectors: e.sectors,
      count: e.count,
      sources: e.sources.map(source),
      provenance: 'curated',
      confidence: e.confidence,
      rung: e.rung,
      until: e.until,
      actorLevel: e.actorLevel,
      setting: e.setting,
    } as Event);
  });
  const eventIds = new Set(events.map((e) => e.id));
  const ref = (id: string | undefined, kinds: Set<string>, path: (string | number)[], what: string) => {
    if (id !== undefined && !kinds.has(id)) problem(path, `${what} "${id}" is not defined in this dossier`);
  };

  const agreements: Agreement[] = d.agreements.map((a, i) => {
    const at = ['agreements', i];
    unique('agreement', a.id, [...at, 'id']);
    a.parties?.forEach((p, j) => {
      country(p, [...at, 'parties', j]);
    });
    ref(a.event, eventIds, [...at, 'event'], 'event');
    checkSources(a.sources, [...at, 'sources']);
    a.status.forEach((s, j) => {
      country(s.party, [...at, 'status', j, 'party']);
      checkSources(s.sources, [...at, 'status', j, 'sources']);
    });
    if (a.signed) range(a.signed.date, a.signed.end, [...at, 'signed', 'end']);
    return compact<Agreement>({
      id: a.id,
      dyad,
      kind: a.kind,
      title: a.title,
      signed: a.signed
        ? compact({ ...span(a.signed.date, a.signed.end), place: place(a.signed.place) })
        : undefined,
      parties: a.parties ?? [...dyad],
      level: a.level,
      status: a.status.map((s) =>
        compact({
          status: s.status,
          date: s.date,
          precision: precisionOf(s.date),
          party: s.party,
          body: s.body,
          sources: s.sources.map(source),
        }),
      ),
      rung: a.rung,
      sectors: a.sectors,
      event: a.event,
      sources: a.sources.map(source),
    } as Agreement);
  });
  const agreementIds = new Set(agreements.map((a) => a.id));

  const mechanisms: Mechanism[] = d.mechanisms.map((m, i) => {
    const at = ['mechanisms', i];
    unique('mechanism', m.id, [...at, 'id']);
    if (
      m.established?.by !== undefined &&
      !agreementIds.has(m.established.by) &&
      !eventIds.has(m.established.by)
    )
      problem(
        [...at, 'established', 'by'],
        `"${m.established.by}" is neither an agreement nor an event of this dossier`,
      );
    checkSources(m.sources, [...at, 'sources']);
    m.meetings.forEach((mt, j) => {
      ref(mt.event, eventIds, [...at, 'meetings', j, 'event'], 'event');
      country(mt.place?.country, [...at, 'meetings', j, 'place', 'country']);
      range(mt.date, mt.end, [...at, 'meetings', j, 'end']);
      checkSources(mt.sources, [...at, 'meetings', j, 'sources']);
    });
    return compact<Mechanism>({
      id: m.id,
      dyad,
      kind: m.kind,
      title: m.title,
      established: m.established
        ? compact({ ...span(m.established.date, undefined), by: m.established.by })
        : undefined,
      attributes: m.attributes,
      meetings: m.meetings.map((mt) =>
        compact({
          ...span(mt.date, mt.end),
          number: mt.number,
          place: place(mt.place),
          summary: mt.summary,
          event: mt.event,
          sources: mt.sources.map(source),
        }),
      ),
      sources: m.sources.map(source),
    } as Mechanism);
  });

  const indicators: Indicator[] = d.indicators.map((x, i) => {
    unique('indicator', x.id, ['indicators', i, 'id']);
    checkSources(x.sources, ['indicators', i, 'sources']);
    return compact<Indicator>({ ...x, dyad, sources: x.sources.map(source) } as Indicator);
  });

  const subjects = new Set([
    ...events.map((e) => `event:${e.id}`),
    ...agreements.map((a) => `agreement:${a.id}`),
    ...mechanisms.map((m) => `mechanism:${m.id}`),
    ...indicators.map((x) => `indicator:${x.id}`),
  ]);
  const conflicts: Conflict[] = d.conflicts.map((c, i) => {
    unique('conflict', c.id, ['conflicts', i, 'id']);
    if (!subjects.has(c.subject))
      problem(['conflicts', i, 'subject'], `"${c.subject}" is not defined in this dossier`);
    c.claims.forEach((cl, j) => {
      checkSources(cl.sources, ['conflicts', i, 'claims', j, 'sources']);
    });
    return compact<Conflict>({
      id: c.id,
      dyad,
      subject: c.subject,
      field: c.field,
      claims: c.claims.map((cl) =>
        compact({ value: cl.value, sources: cl.sources.map(source), note: cl.note }),
      ),
      note: c.note,
    } as Conflict);
  });

  const documentsOut: DocumentRecord[] = d.documents.map((doc) => compact({ ...doc }) as DocumentRecord);
  return {
    records: {
      id: d.id,
      dyad,
      documents: documentsOut,
      events,
      agreements,
      mechanisms,
      indicators,
      conflicts,
      coverage: d.coverage.map(
        (c) =>
          compact({
            from: c.from.length === 4 ? `${c.from}-01` : c.from,
            to: c.to.length === 4 ? `${c.to}-12` : c.to,
            complete: c.complete,
            note: c.note,
          }) as StatedCoverage,
      ),
    },
    problems,
  };
}
