import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ZipError, unzipSingle } from './unzip-single.ts';

const GDELT = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'gdelt');

test('extracts the single deflated member of a GDELT-style zip', async () => {
  const dest = join(mkdtempSync(join(tmpdir(), 'bilateral-unzip-')), 'out.csv');
  assert.equal(await unzipSingle(join(GDELT, '200601.zip'), dest), '200601.csv');
  const text = readFileSync(dest, 'utf8');
  assert.equal(text.split('\n').length, 6);
  assert.match(text, /^200601001\t20060115\t200601\t2006\t/);
  assert.ok(text.endsWith('\t20060131\n'));
});

test('a file that is not a zip is refused with its name', async () => {
  const dest = join(mkdtempSync(join(tmpdir(), 'bilateral-unzip-')), 'out.csv');
  const path = join(GDELT, '20150218.export.CSV');
  await assert.rejects(
    unzipSingle(path, dest),
    (e: unknown) =>
      e instanceof ZipError && e.message === `${path}: not a zip archive (no end of central directory)`,
  );
});
