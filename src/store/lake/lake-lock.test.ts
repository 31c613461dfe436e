import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { lockLake } from './lake-lock.ts';

test('one writer at a time; a dead holder is taken over', () => {
  const root = mkdtempSync(join(tmpdir(), 'bilateral-lock-'));
  const release = lockLake(root);
  assert.throws(() => lockLake(root), {
    message: `${join(root, '.lock')}: another ingest (process ${process.pid}) is writing to this lake`,
  });
  release();
  assert.equal(existsSync(join(root, '.lock')), false);
  // No process has id 2^22 + 1 on Linux (pid_max is at most 2^22).
  writeFileSync(join(root, '.lock'), String(4_194_305));
  const again = lockLake(root);
  again();
});
