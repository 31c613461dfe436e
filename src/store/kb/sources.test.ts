import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { KnowledgeBase } from './knowledge-base.ts';
import { MIGRATIONS } from './migrations.ts';

// The seed page's own words, and the compiler's one-line description of the same fact.
const SEED_QUOTE =
  'Diplomatic relations between Azerbaijan and Uzbekistan were established on 2 October 1995.';
const EVENT_BODY = {
  id: 'aze-uzb-1995-10-02-relations',
  date: '1995-10-02',
  precision: 'day',
  dyad: ['AZE', 'UZB'],
  initiator: 'both',
  class: 'diplomatic_relations',
  cameo: '064',
  goldstein: 0,
  actors: [],
  summary: 'Diplomatic relations established.',
  sectors: [],
  provenance: 'narrative',
  confidence: 1,
};

test('a knowledge base from before notes keeps every quote, and new sources keep quote and note apart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bilateral-sources-'));
  const file = join(dir, 'kb.sqlite');
  try {
    // A knowledge base written by the release before sources had notes (schema version 2).
    const old = new Database(file);
    old.exec(MIGRATIONS[0]!);
    old.exec(MIGRATIONS[1]!);
    old.pragma('user_version = 2');
    old
      .prepare(
        `INSERT INTO events (id, dyad, date, end_date, precision, sort_key, class, cameo, provenance, body, origin)
         VALUES (?, 'AZE-UZB', '1995-10-02', NULL, 'day', '1995-10-02', 'diplomatic_relations', '064', 'narrative', ?, 'dossier:aze-uzb')`,
      )
      .run(EVENT_BODY.id, JSON.stringify(EVENT_BODY));
    old
      .prepare(
        'INSERT INTO sources (fact, ordinal, document, quote, start, "end", url) VALUES (?, 0, ?, ?, 12, 101, NULL)',
      )
      .run(`event:${EVENT_BODY.id}`, 'seed', SEED_QUOTE);
    old.close();

    const kb = KnowledgeBase.open(file);
    try {
      assert.deepEqual(kb.event(EVENT_BODY.id)?.sources, [
        { document: 'seed', quote: SEED_QUOTE, start: 12, end: 101 },
      ]);
      const noted = {
        ...EVENT_BODY,
        sources: [
          { document: 'seed', quote: SEED_QUOTE, start: 12, end: 101 },
          {
            document: 'mfa.gov.az',
            url: 'https://mfa.gov.az/en/category/asia/uzbekistan',
            note: 'Diplomatic relations established.',
          },
        ],
      };
      assert.equal(kb.saveEvents([noted as never], 'dossier:aze-uzb').updated, 1);
      assert.deepEqual(kb.event(EVENT_BODY.id)?.sources, [
        { document: 'seed', quote: SEED_QUOTE, start: 12, end: 101 },
        {
          document: 'mfa.gov.az',
          url: 'https://mfa.gov.az/en/category/asia/uzbekistan',
          note: 'Diplomatic relations established.',
        },
      ]);
    } finally {
      kb.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
