import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { zip } from '../../test/support/zip.ts';
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

test('unpacking is bounded: by the declared size and ratio before inflating, by the bytes while inflating', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bilateral-unzip-'));
  const dest = join(dir, 'out.csv');
  const text = Buffer.from('a\tb\n'.repeat(1000));
  const write = (name: string, data: Buffer): string => {
    const path = join(dir, name);
    writeFileSync(path, data);
    return path;
  };
  const honest = write('honest.zip', zip([{ name: 'm.csv', data: text }]));
  assert.equal(await unzipSingle(honest, dest, { maxBytes: 4000, maxRatio: 1000 }), 'm.csv');
  assert.equal(readFileSync(dest, 'utf8'), text.toString());
  await assert.rejects(unzipSingle(honest, dest, { maxBytes: 3999, maxRatio: 1000 }), {
    message: `${honest}: refused to unpack: m.csv would unpack to 0.0 MB, over the limit of 0.0 MB`,
  });
  const ratio = Math.round(4000 / (readFileSync(honest).length - 30 - 5 - 46 - 5 - 22));
  await assert.rejects(unzipSingle(honest, dest, { maxBytes: 1e9, maxRatio: 2 }), {
    message: `${honest}: refused to unpack: m.csv would unpack ${ratio}:1, over the limit of 2:1`,
  });
  // A header that understates the size is caught while inflating, and nothing is left behind.
  const liar = write('liar.zip', zip([{ name: 'm.csv', data: text, declaredSize: 100 }]));
  await assert.rejects(unzipSingle(liar, dest), {
    name: 'ZipError',
    message: `${liar}: refused to unpack: m.csv inflates beyond 0.0 MB (its header declares 0.0 MB)`,
  });
  assert.equal(existsSync(dest), false);
  // One that overstates it is damaged, not trusted.
  const over = write('over.zip', zip([{ name: 'm.csv', data: text, declaredSize: 5000 }]));
  await assert.rejects(unzipSingle(over, dest), {
    message: `${over}: damaged zip data: m.csv unpacked to 4000 bytes, its header declares 5000`,
  });
  // Deflate data zeroed after its first 100 bytes, the archive around it intact.
  const whole = zip([{ name: 'm.csv', data: Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251)) }]);
  const body = whole.subarray(30 + 5);
  const cut = Buffer.concat([whole.subarray(0, 35 + 100), Buffer.alloc(body.length - 100)]);
  const damaged = write(
    'cut.zip',
    Buffer.concat([cut.subarray(0, 35 + body.length - 46 - 5 - 22), whole.subarray(-(46 + 5 + 22))]),
  );
  await assert.rejects(
    unzipSingle(damaged, dest),
    (e: unknown) => e instanceof ZipError && e.message.startsWith(`${damaged}: damaged zip data`),
  );
});
