/**
 * The knowledge base: the curated, cited record, in SQLite (WAL). Facts are stored as JSON bodies with
 * their sources in one `sources` table, so every fact keeps every source and a document's citations
 * can be found from the document.
 */
import { chmodSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { DossierRecords } from '../../core/dossier-records.ts';
import type { CoverageSpan } from '../../core/level/coverage.ts';
import { firstDay, lastDay, monthOfDate } from '../../core/partial-date.ts';
import type {
  Agreement,
  Conflict,
  DocumentRecord,
  Dyad,
  Event,
  Indicator,
  Mechanism,
  Source,
} from '../../core/types.ts';
import { MIGRATIONS } from './migrations.ts';

/** What a save did: new facts, changed facts, and facts already stored as they are. */
export type SaveCounts = { added: number; updated: number; unchanged: number };

export type EventQuery = {
  from?: string;
  to?: string;
  classes?: readonly string[];
  provenance?: readonly string[];
};

type Row = { body: string; id: string };
type SourceRow = {
  fact: string;
  document: string | null;
  quote: string | null;
  note: string | null;
  start: number | null;
  end: number | null;
  url: string | null;
};

const FACT_TABLES = ['events', 'agreements', 'mechanisms', 'indicators', 'conflicts'] as const;
type FactTable = (typeof FACT_TABLES)[number];
const FACT_KIND: Record<FactTable, string> = {
  events: 'event',
  agreements: 'agreement',
  mechanisms: 'mechanism',
  indicators: 'indicator',
  conflicts: 'conflict',
};

/** Splits a fact into its body (without sources) and its sources keyed by the part they support. */
function splitSources(kind: string, fact: { id: string } & Record<string, unknown>) {
  const sources: { fact: string; list: Source[] }[] = [];
  const key = `${kind}:${fact.id}`;
  const strip = (value: unknown, path: string): unknown => {
    if (Array.isArray(value)) return value.map((v, i) => strip(v, `${path}/${i}`));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        if (k === 'sources' && Array.isArray(v)) sources.push({ fact: path, list: v as Source[] });
        else out[k] = strip(v, `${path}/${k}`);
      }
      return out;
    }
    return value;
  };
  const body = strip(fact, key) as Record<string, unknown>;
  return { body, sources };
}

/** Puts the stored sources back where they were. */
function joinSources(kind: string, body: Record<string, unknown>, byFact: Map<string, Source[]>): unknown {
  const key = `${kind}:${body['id']}`;
  const put = (value: unknown, path: string): unknown => {
    if (Array.isArray(value)) return value.map((v, i) => put(v, `${path}/${i}`));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = put(v, `${path}/${k}`);
      const sources = byFact.get(path);
      if (sources) out['sources'] = sources;
      return out;
    }
    return value;
  };
  return put(body, key);
}

function sourceFromRow(r: SourceRow): Source {
  const s: Source = { document: r.document ?? '' };
  if (r.quote !== null) s.quote = r.quote;
  if (r.note !== null) s.note = r.note;
  if (r.start !== null) s.start = r.start;
  if (r.end !== null) s.end = r.end;
  if (r.url !== null) s.url = r.url;
  return s;
}

const dyadKey = (dyad: readonly string[]) => [...dyad].sort().join('-');

/** The CLI's wait for another writer: SQLite retries with its own back-off meanwhile. */
const DEFAULT_BUSY_TIMEOUT_MS = 60_000;

/** SQLITE_BUSY and SQLITE_LOCKED (and their extended codes): another connection holds the lock. */
export function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
}

/** The database file and its WAL companions: owner only (0600). */
function restrictMode(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      chmodSync(f, 0o600);
    } catch {
      // A companion that does not exist yet is created with the main file's mode by SQLite.
    }
  }
}

export class KnowledgeBase {
  readonly db: Database.Database;

  private constructor(db: Database.Database) {
    this.db = db;
  }

  /**
   * Opens (creating if needed) the knowledge base at `file`, running pending migrations. Several
   * processes may open one file: writes take the write lock up front (immediate transactions) and
   * wait for it up to `busyTimeoutMs` (SQLite's own back-off; the CLI's default), or, in a server,
   * through {@link retryBusy} without blocking the event loop. The file is readable by its owner only.
   */
  static open(file: string, opts: { busyTimeoutMs?: number } = {}): KnowledgeBase {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const db = new Database(file);
    // The wait comes first: switching to WAL takes a lock another process may hold.
    db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    if (file !== ':memory:') restrictMode(file);
    for (;;) {
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version >= MIGRATIONS.length) break;
      db.transaction(() => {
        // Another process may have migrated while this one waited for the lock.
        if ((db.pragma('user_version', { simple: true }) as number) !== version) return;
        db.exec(MIGRATIONS[version]!);
        db.pragma(`user_version = ${version + 1}`);
      }).immediate();
    }
    return new KnowledgeBase(db);
  }

  close(): void {
    this.db.close();
  }

  /** How long a write waits for another process's write lock before SQLite gives up (ms). */
  setBusyTimeout(ms: number): void {
    this.db.pragma(`busy_timeout = ${Math.max(0, Math.floor(ms))}`);
  }

  /**
   * Runs `fn` in one immediate transaction: the write lock is taken first, so two writers queue
   * instead of failing on upgrade; everything `fn` writes is stored, or nothing.
   */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  /**
   * Runs a synchronous write (one transaction, or several that are each whole) and, while another
   * process holds the write lock, tries again after an exponential back-off (10 ms doubling to
   * 250 ms, with jitter) for up to `deadlineMs`: the waiting is asynchronous, so a server keeps
   * answering meanwhile. Any other error, or the deadline, is thrown.
   */
  async retryBusy<T>(fn: () => T, deadlineMs = 60_000): Promise<T> {
    const until = Date.now() + deadlineMs;
    let delay = 10;
    for (;;) {
      try {
        return fn();
      } catch (err) {
        if (!isBusy(err) || Date.now() + delay > until) throw err;
      }
      await new Promise((r) => setTimeout(r, delay + Math.random() * delay));
      delay = Math.min(250, delay * 2);
    }
  }

  /**
   * True when another connection (another process) committed since the last call: SQLite's
   * `data_version`. A server drops its cached answers then, whoever wrote.
   */
  changedElsewhere(): boolean {
    const v = this.db.pragma('data_version', { simple: true }) as number;
    const changed = this.lastDataVersion !== undefined && v !== this.lastDataVersion;
    this.lastDataVersion = v;
    return changed;
  }

  private lastDataVersion: number | undefined;

  meta(key: string): string | undefined {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as
      | { value: string }
      | undefined;
    return row?.value;
  }

  setMeta(key: string, value: string): void {
    this.db
      .prepare(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      )
      .run(key, value);
  }

  /** Stores a document; returns whether it was added, changed or already there. */
  saveDocument(doc: DocumentRecord, origin: string): keyof SaveCounts {
    const old = this.db.prepare('SELECT * FROM documents WHERE id = ?').get(doc.id) as
      | Record<string, unknown>
      | undefined;
    const row = {
      id: doc.id,
      title: doc.title ?? null,
      url: doc.url ?? null,
      language: doc.language,
      published: doc.published ?? null,
      publisher: doc.publisher ?? null,
      text: doc.text ?? null,
      origin,
    };
    if (old && Object.entries(row).every(([k, v]) => k === 'origin' || old[k] === v)) return 'unchanged';
    this.db
      .prepare(
        `INSERT INTO documents (id, title, url, language, published, publisher, text, origin)
         VALUES (@id, @title, @url, @language, @published, @publisher, @text, @origin)
         ON CONFLICT(id) DO UPDATE SET title=excluded.title, url=excluded.url, language=excluded.language,
           published=excluded.published, publisher=excluded.publisher, text=excluded.text, origin=excluded.origin`,
      )
      .run(row);
    return old ? 'updated' : 'added';
  }

  document(id: string): DocumentRecord | undefined {
    const r = this.db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as
      | Record<string, string | null>
      | undefined;
    if (!r) return undefined;
    const doc: DocumentRecord = { id: r['id']!, language: r['language']! };
    for (const k of ['title', 'url', 'published', 'publisher', 'text'] as const)
      if (r[k] !== null) doc[k] = r[k]!;
    return doc;
  }

  /** Ids of every stored document. */
  documentIds(): Set<string> {
    return new Set((this.db.prepare('SELECT id FROM documents').all() as { id: string }[]).map((r) => r.id));
  }

  private saveFact(
    table: FactTable,
    fact: { id: string; dyad: Dyad } & Record<string, unknown>,
    origin: string,
    columns: Record<string, unknown>,
  ): keyof SaveCounts {
    const kind = FACT_KIND[table];
    const { body, sources } = splitSources(kind, fact);
    const json = JSON.stringify(body);
    const old = this.db.prepare(`SELECT body FROM ${table} WHERE id = ?`).get(fact.id) as
      | { body: string }
      | undefined;
    const oldSources = this.sourcesOf([`${kind}:${fact.id}`]);
    const newSources = new Map(sources.map((s) => [s.fact, s.list]));
    const sameSources =
      JSON.stringify([...oldSources.entries()].sort()) === JSON.stringify([...newSources.entries()].sort());
    if (old && old.body === json && sameSources) return 'unchanged';
    const cols = { id: fact.id, dyad: dyadKey(fact.dyad), body: json, origin, ...columns };
    const names = Object.keys(cols);
    this.db
      .prepare(
        `INSERT INTO ${table} (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})
         ON CONFLICT(id) DO UPDATE SET ${names
           .filter((n) => n !== 'id')
           .map((n) => `"${n}" = excluded."${n}"`)
           .join(', ')}`,
      )
      .run(cols);
    this.db
      .prepare(`DELETE FROM sources WHERE fact = ? OR fact LIKE ? ESCAPE '\\'`)
      .run(`${kind}:${fact.id}`, `${kind}:${fact.id.replace(/[\\%_]/g, '\\$&')}/%`);
    const insert = this.db.prepare(
      'INSERT INTO sources (fact, ordinal, document, quote, note, start, "end", url) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const { fact: part, list } of sources) {
      for (const [i, s] of list.entries())
        insert.run(
          part,
          i,
          s.document || null,
          s.quote ?? null,
          s.note ?? null,
          s.start ?? null,
          s.end ?? null,
          s.url ?? null,
        );
    }
    return old ? 'updated' : 'added';
  }

  /** Sources of facts and of their parts (`kind:id` and `kind:id/...`), by part. */
  private sourcesOf(facts: readonly string[]): Map<string, Source[]> {
    const out = new Map<string, Source[]>();
    const stmt = this.db.prepare(
      `SELECT fact, document, quote, note, start, "end", url FROM sources WHERE fact >= ? AND fact < ? ORDER BY fact, ordinal`,
    );
    // A range scan over the primary key: '0' follows '/' in code order, so [base, base + '0') holds them all.
    for (const base of facts)
      for (const r of stmt.all(base, `${base}0`) as SourceRow[]) {
        if (r.fact !== base && !r.fact.startsWith(`${base}/`)) continue;
        const list = out.get(r.fact) ?? [];
        list.push(sourceFromRow(r));
        out.set(r.fact, list);
      }
    return out;
  }

  private load<T>(table: FactTable, rows: Row[]): T[] {
    const kind = FACT_KIND[table];
    const byFact = this.sourcesOf(rows.map((r) => `${kind}:${r.id}`));
    return rows.map((r) => joinSources(kind, JSON.parse(r.body), byFact) as T);
  }

  /** Stores events (upsert by id). */
  saveEvents(events: readonly Event[], origin: string): SaveCounts {
    const counts: SaveCounts = { added: 0, updated: 0, unchanged: 0 };
    for (const e of events) {
      counts[
        this.saveFact('events', e as Event & Record<string, unknown>, origin, {
          date: e.date,
          end_date: e.end ?? null,
          precision: e.precision,
          sort_key: firstDay(e.date) + (e.precision === 'day' ? '' : `~${e.precision}`),
          class: e.class,
          cameo: e.cameo,
          provenance: e.provenance,
        })
      ]++;
    }
    return counts;
  }

  /** Stores every record of a dossier. Call inside `transaction` to make a batch atomic. */
  saveDossier(records: DossierRecords, origin: string): Record<string, SaveCounts> {
    const tally = () => ({ added: 0, updated: 0, unchanged: 0 });
    const out: Record<string, SaveCounts> = { documents: tally() };
    for (const d of records.documents) out['documents']![this.saveDocument(d, origin)]++;
    out['events'] = this.saveEvents(records.events, origin);
    const facts: [FactTable, { id: string; dyad: Dyad }[], (f: never) => Record<string, unknown>][] = [
      [
        'agreements',
        records.agreements,
        (a: Agreement) => ({ kind: a.kind, sort_key: a.signed?.date ?? null }),
      ],
      ['mechanisms', records.mechanisms, (m: Mechanism) => ({ kind: m.kind })],
      ['indicators', records.indicators, (x: Indicator) => ({ kind: x.kind, period: x.period })],
      ['conflicts', records.conflicts, (c: Conflict) => ({ subject: c.subject, field: c.field })],
    ];
    for (const [table, list, columns] of facts) {
      const counts = tally();
      for (const f of list) counts[this.saveFact(table, f as never, origin, columns(f as never))]++;
      out[table] = counts;
    }
    // The stated coverage is the dossier's as a whole: the new statement replaces the old one.
    const dyad = dyadKey(records.dyad);
    this.db.prepare('DELETE FROM coverage WHERE origin = ? AND dyad = ?').run(origin, dyad);
    const insert = this.db.prepare(
      'INSERT OR REPLACE INTO coverage (origin, dyad, from_month, to_month, complete, note) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const c of records.coverage)
      insert.run(origin, dyad, c.from, c.to, c.complete ? 1 : 0, c.note ?? null);
    return out;
  }

  /**
   * The months each source of the knowledge base covers for a dyad (docs/METHOD.md, Coverage): a
   * dossier's stated periods when it states any (routine where `complete`), else the span of its
   * dated facts, first to last (an event's end and a lasting state's end count); an extracted
   * document's dated span. Dates count in the month they start, as the level engine counts them.
   */
  coverage(dyad: readonly string[]): CoverageSpan[] {
    const key = dyadKey(dyad);
    const stated = this.db
      .prepare(
        'SELECT origin, from_month, to_month, complete, note FROM coverage WHERE dyad = ? ORDER BY origin, from_month',
      )
      .all(key) as {
      origin: string;
      from_month: string;
      to_month: string;
      complete: number;
      note: string | null;
    }[];
    const dates = this.db
      .prepare(
        `SELECT DISTINCT origin, d FROM (
           SELECT origin, date AS d FROM events WHERE dyad = @dyad
           UNION ALL SELECT origin, end_date FROM events WHERE dyad = @dyad
           UNION ALL SELECT origin, json_extract(body, '$.until') FROM events WHERE dyad = @dyad
           UNION ALL SELECT origin, json_extract(body, '$.signed.date') FROM agreements WHERE dyad = @dyad
           UNION ALL SELECT a.origin, json_extract(s.value, '$.date')
             FROM agreements a, json_each(a.body, '$.status') s WHERE a.dyad = @dyad
           UNION ALL SELECT origin, json_extract(body, '$.established.date') FROM mechanisms WHERE dyad = @dyad
           UNION ALL SELECT m.origin, json_extract(x.value, '$.date')
             FROM mechanisms m, json_each(m.body, '$.meetings') x WHERE m.dyad = @dyad
         ) WHERE d IS NOT NULL ORDER BY origin`,
      )
      .all({ dyad: key }) as { origin: string; d: string }[];
    const spans = new Map<string, { from: string; to: string }>();
    for (const { origin, d } of dates) {
      const month = monthOfDate(String(d));
      const span = spans.get(origin);
      if (!span) spans.set(origin, { from: month, to: month });
      else {
        if (month < span.from) span.from = month;
        if (month > span.to) span.to = month;
      }
    }
    const kindOf = (origin: string): 'dossier' | 'extracted' =>
      origin.startsWith('dossier:') ? 'dossier' : 'extracted';
    // A document is named by its title where it has one (its id means nothing to a reader).
    const name = (origin: string) => {
      const id = origin.replace(/^(dossier|document):/, '');
      const title = origin.startsWith('document:') ? this.document(id)?.title : undefined;
      return title ? `‘${title}’` : id;
    };
    const out: CoverageSpan[] = [];
    const withStatement = new Set(stated.map((r) => r.origin));
    for (const r of stated)
      out.push({
        source: r.origin,
        kind: kindOf(r.origin),
        from: r.from_month,
        to: r.to_month,
        routine: r.complete === 1,
        label: `${kindOf(r.origin)} ${name(r.origin)}, stated coverage${r.complete === 1 ? ' (complete)' : ''}${r.note ? `: ${r.note}` : ''}`,
      });
    for (const [origin, span] of spans) {
      if (withStatement.has(origin)) continue;
      out.push({
        source: origin,
        kind: kindOf(origin),
        ...span,
        routine: false,
        label: `${kindOf(origin) === 'dossier' ? 'dossier' : 'document'} ${name(origin)}, first to last dated fact`,
      });
    }
    return out;
  }

  /** A dyad's events in date order, filtered by date range (by any overlap), class and provenance. */
  events(dyad: readonly string[], q: EventQuery = {}): Event[] {
    const where = ['dyad = ?'];
    const args: unknown[] = [dyadKey(dyad)];
    if (q.to) {
      where.push('date <= ?');
      args.push(lastDay(q.to));
    }
    if (q.from) {
      where.push('COALESCE(end_date, date) >= ?');
      args.push(q.from);
    }
    if (q.classes?.length) {
      where.push(`class IN (${q.classes.map(() => '?').join(', ')})`);
      args.push(...q.classes);
    }
    if (q.provenance?.length) {
      where.push(`provenance IN (${q.provenance.map(() => '?').join(', ')})`);
      args.push(...q.provenance);
    }
    const rows = this.db
      .prepare(`SELECT id, body FROM events WHERE ${where.join(' AND ')} ORDER BY sort_key, id`)
      .all(...args) as Row[];
    // `date <= lastDay(to)` keeps "2023" in a --to 2023-05 query; a year that starts after `to` is out.
    return this.load<Event>('events', rows).filter((e) => !q.to || firstDay(e.date) <= lastDay(q.to));
  }

  event(id: string): Event | undefined {
    return this.load<Event>(
      'events',
      this.db.prepare('SELECT id, body FROM events WHERE id = ?').all(id) as Row[],
    )[0];
  }

  agreements(dyad: readonly string[]): Agreement[] {
    const rows = this.db
      .prepare('SELECT id, body FROM agreements WHERE dyad = ? ORDER BY sort_key IS NULL, sort_key, id')
      .all(dyadKey(dyad)) as Row[];
    return this.load<Agreement>('agreements', rows);
  }

  mechanisms(dyad: readonly string[]): Mechanism[] {
    const rows = this.db
      .prepare('SELECT id, body FROM mechanisms WHERE dyad = ? ORDER BY id')
      .all(dyadKey(dyad)) as Row[];
    return this.load<Mechanism>('mechanisms', rows);
  }

  indicators(dyad: readonly string[], kind?: string): Indicator[] {
    const rows = this.db
      .prepare(
        `SELECT id, body FROM indicators WHERE dyad = ? ${kind ? 'AND kind = ?' : ''} ORDER BY kind, period, id`,
      )
      .all(...(kind ? [dyadKey(dyad), kind] : [dyadKey(dyad)])) as Row[];
    return this.load<Indicator>('indicators', rows);
  }

  conflicts(dyad: readonly string[]): Conflict[] {
    const rows = this.db
      .prepare('SELECT id, body FROM conflicts WHERE dyad = ? ORDER BY id')
      .all(dyadKey(dyad)) as Row[];
    return this.load<Conflict>('conflicts', rows);
  }

  /** Every dyad with curated or extracted facts, with its event count. */
  dyads(): { dyad: Dyad; events: number }[] {
    const rows = this.db
      .prepare(
        `SELECT dyad, SUM(n) AS n FROM (
           SELECT dyad, COUNT(*) AS n FROM events GROUP BY dyad
           UNION ALL SELECT dyad, 0 FROM agreements GROUP BY dyad
         ) GROUP BY dyad ORDER BY dyad`,
      )
      .all() as { dyad: string; n: number }[];
    return rows.map((r) => ({ dyad: r.dyad.split('-') as Dyad, events: r.n }));
  }

  /** How many rows each table holds: a cheap fingerprint for "nothing changed" checks. */
  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const t of ['documents', ...FACT_TABLES, 'sources'])
      out[t] = (this.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
    return out;
  }

  /** Whether a file with this content hash was imported already. */
  imported(sha256: string): boolean {
    return this.db.prepare('SELECT 1 FROM imports WHERE sha256 = ?').get(sha256) !== undefined;
  }

  recordImport(sha256: string, origin: string, file: string, at: string): void {
    this.db
      .prepare('INSERT OR REPLACE INTO imports (sha256, origin, file, imported_at) VALUES (?, ?, ?, ?)')
      .run(sha256, origin, file, at);
  }
}
