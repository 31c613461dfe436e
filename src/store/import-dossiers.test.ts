import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readDossierFile } from './dossier-file.ts';
import { importDossiers } from './import-dossiers.ts';
import { KnowledgeBase } from './kb/knowledge-base.ts';
import { PACKAGE_ROOT } from './paths.ts';

const DIR = join(PACKAGE_ROOT, 'test', 'fixtures', 'dossiers');
const MINI = join(DIR, 'kaz-uzb-mini.yaml');
const NOW = new Date('2026-11-27T12:00:00Z');

function withKb(fn: (kb: KnowledgeBase) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'bilateral-kb-'));
  const kb = KnowledgeBase.open(join(dir, 'kb.sqlite'));
  try {
    fn(kb);
  } finally {
    kb.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const EMPTY = {
  documents: 0,
  events: 0,
  agreements: 0,
  mechanisms: 0,
  indicators: 0,
  conflicts: 0,
  sources: 0,
};

test('a batch with one bad file stores nothing and reports the bad file', () => {
  withKb((kb) => {
    const result = importDossiers(kb, [{ file: MINI }, { file: join(DIR, 'broken', 'bad-date.yaml') }], NOW);
    assert.equal(result.ok, false);
    if (!result.ok)
      assert.deepEqual(
        result.errors.map((e) => [e.file.slice(DIR.length + 1), e.line, e.field]),
        [['broken/bad-date.yaml', 22, 'events[1].date']],
      );
    assert.deepEqual(kb.counts(), EMPTY);
  });
});

test('importing twice adds nothing, and the stored records read back whole', () => {
  withKb((kb) => {
    const first = importDossiers(kb, [{ file: MINI }], NOW);
    assert.ok(first.ok);
    assert.deepEqual(first.files[0]?.counts, {
      documents: { added: 1, updated: 0, unchanged: 0 },
      events: { added: 2, updated: 0, unchanged: 0 },
      agreements: { added: 1, updated: 0, unchanged: 0 },
      mechanisms: { added: 1, updated: 0, unchanged: 0 },
      indicators: { added: 0, updated: 0, unchanged: 0 },
      conflicts: { added: 0, updated: 0, unchanged: 0 },
    });
    const after = kb.counts();
    assert.deepEqual(after, { ...EMPTY, documents: 1, events: 2, agreements: 1, mechanisms: 1, sources: 6 });
    const second = importDossiers(kb, [{ file: MINI }], NOW);
    assert.ok(second.ok);
    assert.deepEqual(second.files[0]?.counts['events'], { added: 0, updated: 0, unchanged: 2 });
    assert.deepEqual(kb.counts(), after);

    const parsed = readDossierFile(MINI);
    assert.ok(parsed.ok);
    assert.deepEqual(kb.events(['UZB', 'KAZ']), parsed.records.events);
    assert.deepEqual(kb.agreements(['KAZ', 'UZB']), parsed.records.agreements);
    assert.deepEqual(kb.mechanisms(['KAZ', 'UZB']), parsed.records.mechanisms);
    assert.deepEqual(kb.document('akorda-2022-12-22'), parsed.records.documents[0]);
  });
});

test('a changed fact is updated in place with its new sources', () => {
  withKb((kb) => {
    assert.ok(importDossiers(kb, [{ file: MINI }], NOW).ok);
    const parsed = readDossierFile(MINI);
    assert.ok(parsed.ok);
    const text = parsed.text.replace(
      'quote: The Head of State arrived in Tashkent on a state visit.',
      'quote: The Head of State arrived in Tashkent on a state visit.\n      - url: https://president.uz/en/lists/view/5800\n        quote: Tokayev arrived in Tashkent.',
    );
    const result = importDossiers(kb, [{ file: 'edited.yaml', text }], NOW);
    assert.ok(result.ok);
    assert.deepEqual(result.files[0]?.counts['events'], { added: 0, updated: 1, unchanged: 1 });
    assert.deepEqual(kb.event('kaz-uzb-2022-12-22-state-visit')?.sources, [
      { document: 'akorda-2022-12-22', quote: 'The Head of State arrived in Tashkent on a state visit.' },
      {
        document: 'https://president.uz/en/lists/view/5800',
        quote: 'Tokayev arrived in Tashkent.',
        url: 'https://president.uz/en/lists/view/5800',
      },
    ]);
  });
});

test('timeline filters: date range by overlap, classes', () => {
  withKb((kb) => {
    assert.ok(importDossiers(kb, [{ file: MINI }], NOW).ok);
    assert.deepEqual(
      kb.events(['KAZ', 'UZB'], { from: '2000-01' }).map((e) => e.id),
      ['kaz-uzb-2022-12-22-state-visit'],
    );
    assert.deepEqual(
      kb.events(['KAZ', 'UZB'], { to: '1992-11' }).map((e) => e.id),
      ['kaz-uzb-1992-11-23-relations'],
    );
    assert.deepEqual(kb.events(['KAZ', 'UZB'], { to: '1992-10' }), []);
    assert.deepEqual(
      kb.events(['KAZ', 'UZB'], { classes: ['state_visit'] }).map((e) => e.id),
      ['kaz-uzb-2022-12-22-state-visit'],
    );
    assert.deepEqual(kb.events(['AZE', 'UZB']), []);
  });
});

test('duplicate ids across files in one batch are refused', () => {
  withKb((kb) => {
    const result = importDossiers(kb, [{ file: MINI }, { file: join(DIR, 'kaz-uzb-mini.json') }], NOW);
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.equal(result.errors.length, 4);
      assert.match(result.errors[0]!.message, /also defined in .*kaz-uzb-mini\.yaml/);
    }
    assert.deepEqual(kb.counts(), EMPTY);
  });
});
