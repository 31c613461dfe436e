import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ingestFiles } from '../../ingest/ingest-files.ts';
import { openLiveLake } from './live-lake.ts';

const SAMPLE = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'test',
  'fixtures',
  'gdelt',
  '20191024143000.export.CSV',
);

test('a live lake answers from the files committed before its last reload, and is no promise', async () => {
  const home = mkdtempSync(join(tmpdir(), 'bilateral-live-lake-'));
  const live = await openLiveLake(home);
  let reloads = 0;
  live.onReload(() => reloads++);
  assert.deepEqual(await live.reader.dyadEvents('USA', 'CHN'), []);
  await ingestFiles(home, 'gdelt', [SAMPLE]);
  assert.deepEqual(await live.reader.dyadEvents('USA', 'CHN'), []);
  // A query under way when the reader is replaced still completes on the old one.
  const during = live.reader.dyadEvents('USA', 'CHN');
  await live.reload();
  assert.deepEqual(await during, []);
  const events = await live.reader.dyadEvents('USA', 'CHN');
  assert.deepEqual(
    events.map((e) => [e.date, e.cameo, e.initiator]),
    [['2019-10-23', '040', 'USA']],
  );
  assert.equal(reloads, 1);
  assert.equal((live.reader as Record<string, unknown>).then, undefined);
  assert.equal((live.reader as Record<string, unknown>).close, undefined);
  live.close();
});
