import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { computeLevel } from '../../core/level/index.ts';
import { importDossiers } from '../import-dossiers.ts';
import { loadLevelInput } from '../level-input.ts';
import { PACKAGE_ROOT } from '../paths.ts';
import { KnowledgeBase } from './knowledge-base.ts';

const MINI = join(PACKAGE_ROOT, 'test', 'fixtures', 'dossiers', 'kaz-uzb-mini.yaml');
const NOW = new Date('2026-11-27T12:00:00Z');

test('a dossier covers its dated span; a stated coverage replaces it, complete periods are routine', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bilateral-coverage-'));
  const kb = KnowledgeBase.open(join(dir, 'kb.sqlite'));
  try {
    assert.equal(importDossiers(kb, [{ file: MINI }], NOW).ok, true);
    // First to last dated fact: relations in November 1992, the treaty and council in December 2022.
    assert.deepEqual(kb.coverage(['UZB', 'KAZ']), [
      {
        source: 'dossier:kaz-uzb-mini',
        kind: 'dossier',
        from: '1992-11',
        to: '2022-12',
        routine: false,
        label: 'dossier kaz-uzb-mini, first to last dated fact',
      },
    ]);
    assert.deepEqual(kb.coverage(['AZE', 'KAZ']), []);
    const stated = join(dir, 'kaz-uzb-mini.yaml');
    writeFileSync(
      stated,
      `${readFileSync(MINI, 'utf8')}coverage:\n  - from: 1992\n    to: 2019-12\n  - from: 2020\n    to: 2022-12\n    complete: true\n    note: every presidential contact listed by akorda.kz\n`,
    );
    assert.equal(importDossiers(kb, [{ file: stated }], NOW).ok, true);
    assert.deepEqual(kb.coverage(['KAZ', 'UZB']), [
      {
        source: 'dossier:kaz-uzb-mini',
        kind: 'dossier',
        from: '1992-01',
        to: '2019-12',
        routine: false,
        label: 'dossier kaz-uzb-mini, stated coverage',
      },
      {
        source: 'dossier:kaz-uzb-mini',
        kind: 'dossier',
        from: '2020-01',
        to: '2022-12',
        routine: true,
        label:
          'dossier kaz-uzb-mini, stated coverage (complete): every presidential contact listed by akorda.kz',
      },
    ]);
    // The level reads it: 2020–2022 covered, earlier partial, later projected.
    {
      const input = await loadLevelInput(kb, ['KAZ', 'UZB'], { now: '2023-06', events: 'kb' });
      const level = computeLevel(input);
      const at = (m: string) => level.series.find((p) => p.month === m)!;
      assert.equal(at('2019-12').coverage, 'partial');
      assert.equal(at('2020-01').coverage, 'covered');
      assert.equal(at('2022-12').coverage, 'covered');
      assert.equal(at('2023-01').coverage, 'uncovered');
      assert.equal(at('2023-01').projected, true);
      assert.equal(level.coverage.lastEvidence, '2022-12');
    }
  } finally {
    kb.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
