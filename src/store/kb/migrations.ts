/**
 * Knowledge-base schema, as an ordered list of migrations. `PRAGMA user_version` records how many
 * have run; a migration never changes once released, a change is a new entry.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE documents (
    id TEXT PRIMARY KEY, title TEXT, url TEXT, language TEXT NOT NULL, published TEXT, publisher TEXT,
    text TEXT, origin TEXT NOT NULL
  );
  CREATE TABLE events (
    id TEXT PRIMARY KEY, dyad TEXT NOT NULL, date TEXT NOT NULL, end_date TEXT, precision TEXT NOT NULL,
    sort_key TEXT NOT NULL, class TEXT NOT NULL, cameo TEXT NOT NULL, provenance TEXT NOT NULL,
    body TEXT NOT NULL, origin TEXT NOT NULL
  );
  CREATE INDEX events_dyad_sort ON events (dyad, sort_key);
  CREATE TABLE agreements (
    id TEXT PRIMARY KEY, dyad TEXT NOT NULL, sort_key TEXT, kind TEXT NOT NULL, body TEXT NOT NULL, origin TEXT NOT NULL
  );
  CREATE INDEX agreements_dyad ON agreements (dyad, sort_key);
  CREATE TABLE mechanisms (
    id TEXT PRIMARY KEY, dyad TEXT NOT NULL, kind TEXT NOT NULL, body TEXT NOT NULL, origin TEXT NOT NULL
  );
  CREATE INDEX mechanisms_dyad ON mechanisms (dyad);
  CREATE TABLE indicators (
    id TEXT PRIMARY KEY, dyad TEXT NOT NULL, kind TEXT NOT NULL, period TEXT NOT NULL, body TEXT NOT NULL,
    origin TEXT NOT NULL
  );
  CREATE INDEX indicators_dyad ON indicators (dyad, kind, period);
  CREATE TABLE conflicts (
    id TEXT PRIMARY KEY, dyad TEXT NOT NULL, subject TEXT NOT NULL, field TEXT NOT NULL, body TEXT NOT NULL,
    origin TEXT NOT NULL
  );
  CREATE INDEX conflicts_dyad ON conflicts (dyad);
  CREATE INDEX conflicts_subject ON conflicts (subject);
  -- Every source of every fact. 'fact' names the fact and, for nested facts, the part:
  -- event:ID, agreement:ID, agreement:ID/status/N, mechanism:ID/meeting/N, conflict:ID/claim/N ...
  CREATE TABLE sources (
    fact TEXT NOT NULL, ordinal INTEGER NOT NULL, document TEXT, quote TEXT NOT NULL,
    start INTEGER, "end" INTEGER, url TEXT,
    PRIMARY KEY (fact, ordinal)
  );
  CREATE INDEX sources_document ON sources (document);
  CREATE TABLE imports (
    sha256 TEXT PRIMARY KEY, origin TEXT NOT NULL, file TEXT NOT NULL, imported_at TEXT NOT NULL
  );
  `,
  `
  -- Periods a dossier states it covers (docs/METHOD.md, Coverage); without a row, a source covers
  -- its own span of dated facts.
  CREATE TABLE coverage (
    origin TEXT NOT NULL, dyad TEXT NOT NULL, from_month TEXT NOT NULL, to_month TEXT NOT NULL,
    complete INTEGER NOT NULL, note TEXT,
    PRIMARY KEY (origin, dyad, from_month, to_month)
  );
  `,
  `
  -- A source may carry the source's own words (quote, verbatim) or a curator's or extractor's
  -- paraphrase (note), or both; a paraphrase is never a quote. Rebuilt because SQLite cannot drop
  -- NOT NULL from a column.
  CREATE TABLE sources_next (
    fact TEXT NOT NULL, ordinal INTEGER NOT NULL, document TEXT, quote TEXT, note TEXT,
    start INTEGER, "end" INTEGER, url TEXT,
    PRIMARY KEY (fact, ordinal)
  );
  INSERT INTO sources_next (fact, ordinal, document, quote, start, "end", url)
    SELECT fact, ordinal, document, quote, start, "end", url FROM sources;
  DROP TABLE sources;
  ALTER TABLE sources_next RENAME TO sources;
  CREATE INDEX sources_document ON sources (document);
  `,
];
