/**
 * A de-duplicated lake event as the project's `Event`: one per (dyad, CAMEO code, day), its rows
 * as sources. Machine-coded data enters with confidence 0.5 at most (METHOD.md): 0.5 when at least
 * two reports carry it, 0.25 for a single report.
 */

import { cameoCode } from '../../core/cameo.ts';
import { countryName } from '../../core/countries.ts';
import type { Event, Source } from '../../core/types.ts';
import { eventClass } from '../../core/event-classes.ts';
import { cameoToClass } from '../../ingest/cameo-to-class.ts';

/** One reporting row as the dyad-events query returns it. */
export type LakeReportRow = {
  dataset: string;
  event_id: string;
  actor1_name: string | null;
  actor1_country: string;
  actor2_name: string | null;
  actor2_country: string;
  geo_fullname: string | null;
  geo_country: string | null;
  event_text: string | null;
  source_url: string | null;
  story_id: string | null;
};

/** One de-duplicated event as the dyad-events query returns it. */
export type LakeEventRow = {
  dyad_a: string;
  dyad_b: string;
  date: string;
  event_code: string;
  n: number;
  initiators: string[];
  goldstein: number | null;
  reports: number;
  /** The most GDELT NumSources and NumArticles of any row (or its distinct addresses); distinct ICEWS stories. */
  c_sources: number;
  c_articles: number;
  c_stories: number;
  rows: LakeReportRow[];
};

const provenanceOf = (dataset: string): 'gdelt' | 'icews' => (dataset === 'icews' ? 'icews' : 'gdelt');

const actorLabel = (name: string | null, country: string): string =>
  name ? `${name} (${country})` : `${countryName(country)} (${country})`;

/** A one-line description of a row: who did what to whom, and when. The coder's record, not the
 * article's words: a note, never a quote. */
function describe(row: LakeReportRow, code: string, date: string): string {
  const what = row.event_text ?? cameoCode(code)?.name ?? `CAMEO ${code}`;
  const who = actorLabel(row.actor1_name, row.actor1_country);
  const whom = actorLabel(row.actor2_name, row.actor2_country);
  return `${provenanceOf(row.dataset).toUpperCase()} ${date}: ${who} → ${whom}: ${what} [CAMEO ${code}]`;
}

function source(row: LakeReportRow, code: string, date: string): Source {
  const document = `${provenanceOf(row.dataset)}:${row.dataset === 'icews' ? (row.story_id ?? row.event_id) : row.event_id}`;
  const src: Source = { document, note: describe(row, code, date) };
  if (row.source_url) src.url = row.source_url;
  return src;
}

/** The `Event` for a de-duplicated lake event row. */
export function lakeEvent(row: LakeEventRow): Event {
  const first = row.rows[0];
  if (!first)
    throw new Error(`lake event ${row.dyad_a}-${row.dyad_b} ${row.date} ${row.event_code} has no rows`);
  const code = row.event_code;
  const cameo = cameoCode(code);
  const event: Event = {
    id: `lake:${row.dyad_a}-${row.dyad_b}:${row.date}:${code}`,
    date: row.date,
    precision: 'day',
    dyad: [row.dyad_a, row.dyad_b],
    initiator: row.initiators.length === 1 ? (row.initiators[0] ?? null) : 'both',
    class: cameoToClass(code) ?? 'message',
    cameo: code,
    goldstein: row.goldstein ?? cameo?.goldstein ?? 0,
    actors: [
      {
        name: first.actor1_name ?? countryName(first.actor1_country),
        country: first.actor1_country,
        role: 'source',
      },
      {
        name: first.actor2_name ?? countryName(first.actor2_country),
        country: first.actor2_country,
        role: 'target',
      },
    ],
    summary: `${actorLabel(first.actor1_name, first.actor1_country)} → ${actorLabel(first.actor2_name, first.actor2_country)}: ${cameo?.name ?? `CAMEO ${code}`}`,
    sectors: [],
    // Rows are reports of one event, not several events: they go in `reports`, never in `count`.
    reports: row.n,
    corroboration: { sources: row.c_sources, articles: row.c_articles, stories: row.c_stories },
    sources: row.rows.map((r) => source(r, code, row.date)),
    provenance: provenanceOf(first.dataset),
    confidence: row.reports >= 2 ? 0.5 : 0.25,
  };
  // A coded report says a sanction was imposed or an envoy recalled that day, not how long it lasted:
  // the state is held for its month only, then fades like any event.
  if (eventClass(event.class)?.lasting) event.until = row.date.slice(0, 7);
  if (first.geo_fullname) {
    event.place = first.geo_country
      ? { name: first.geo_fullname, country: first.geo_country }
      : { name: first.geo_fullname };
  }
  return event;
}

/** A country's lake events grouped by partner (the other country of each row's pair). */
export function eventsByPartner(iso3: string, rows: Iterable<LakeEventRow>): Map<string, Event[]> {
  const out = new Map<string, Event[]>();
  for (const row of rows) {
    const partner = row.dyad_a === iso3 ? row.dyad_b : row.dyad_a;
    const list = out.get(partner) ?? [];
    list.push(lakeEvent(row));
    out.set(partner, list);
  }
  return out;
}

/**
 * Lake event rows arriving ordered by pair, handed to `fn` one pair at a time (both engines'
 * `forEachDyad`): `add` each row (it returns a promise only when it hands a pair over, so the rows
 * of one pair cost no await), then `end`, which resolves to the number of pairs.
 */
export class DyadGroups {
  private current: [string, string] | undefined;
  private events: Event[] = [];
  private count = 0;

  constructor(private readonly fn: (dyad: [string, string], events: Event[]) => void | Promise<void>) {}

  add(row: LakeEventRow): void | Promise<void> {
    const c = this.current;
    if (c !== undefined && row.dyad_a === c[0] && row.dyad_b === c[1]) {
      this.events.push(lakeEvent(row));
      return;
    }
    const done = c ? this.fn(c, this.events) : undefined;
    this.count++;
    this.current = [row.dyad_a, row.dyad_b];
    this.events = [lakeEvent(row)];
    return done;
  }

  async end(): Promise<number> {
    if (this.current) await this.fn(this.current, this.events);
    return this.count;
  }
}
