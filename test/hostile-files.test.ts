/**
 * Hostile event files (issue 15), each built by the test: every one is refused with exit 1 and a
 * message naming the file and the problem (no stack trace), leaves the lake and its manifest as
 * they were, and costs the process less than 500 MB of memory.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import {
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGzip, gzipSync } from 'node:zlib';
import { PACKAGE_ROOT } from '../src/store/paths.ts';
import { zip } from './support/zip.ts';

const DIR = mkdtempSync(join(tmpdir(), 'bilateral-hostile-'));
const HOME = join(DIR, 'home');
const REAL = join(PACKAGE_ROOT, 'test', 'fixtures', 'gdelt', '20191024143000.export.CSV');
after(() => rmSync(DIR, { recursive: true, force: true }));

/** Runs `bilateral --home HOME ingest gdelt FILE` in a process of its own: exit code, stderr, peak RSS. */
function ingest(file: string): Promise<{ code: number; stderr: string; maxrss: number }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [
        '--import',
        'tsx',
        join(PACKAGE_ROOT, 'test', 'support', 'cli-rss.ts'),
        '--home',
        HOME,
        'ingest',
        'gdelt',
        file,
      ],
      { cwd: PACKAGE_ROOT, timeout: 180_000, maxBuffer: 16 * 1024 * 1024 },
      (err, _stdout, stderr) => {
        const rss = /maxrss (\d+)\n$/.exec(stderr);
        resolve({
          code: err ? ((err as { code?: number }).code ?? 2) : 0,
          stderr: stderr.replace(/maxrss \d+\n$/, ''),
          maxrss: rss ? Number(rss[1]) : Number.NaN,
        });
      },
    );
  });
}

/** Every file of the lake with its size and bytes' digest: what must not change. */
function lakeState(): string {
  const root = join(HOME, 'lake');
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? walk(join(d, e.name))
        : [`${join(d, e.name).slice(root.length)} ${statSync(join(d, e.name)).size}`],
    );
  return `${walk(root).sort().join('\n')}\n${readFileSync(join(root, 'manifest.json'), 'utf8')}`;
}

/** A gzip stream of `bytes` zeros, written without holding them. */
async function gzipOfZeros(path: string, bytes: number): Promise<void> {
  const chunk = Buffer.alloc(16 * 1024 * 1024);
  let left = bytes;
  const source = Readable.from(
    (function* () {
      while (left > 0) {
        const n = Math.min(left, chunk.length);
        left -= n;
        yield chunk.subarray(0, n);
      }
    })(),
  );
  await pipeline(source, createGzip({ level: 1 }), createWriteStream(path));
}

const real = readFileSync(REAL);
const files: Record<string, string> = {};

before(async () => {
  const ok = await ingest(REAL);
  assert.equal(ok.code, 0, ok.stderr);
  /** The path of hostile file `key`, recorded for its test. */
  const path = (key: string, name: string) => {
    files[key] = join(DIR, name);
    return files[key];
  };
  // A zip holding only its end-of-central-directory record: 22 bytes.
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  writeFileSync(path('eocd', '20191024150000.export.CSV.zip'), eocd);
  // 5 MB of random bytes named like an export.
  const random = Buffer.alloc(5 * 1024 * 1024);
  for (let i = 0; i < random.length; i += 4)
    random.writeUInt32LE((Math.imul(i + 1, 2654435761) ^ (i >>> 7)) >>> 0, i);
  writeFileSync(path('random', '20191024151500.export.CSV'), random);
  // Text that is not gzip, named .gz.
  writeFileSync(path('notGzip', '20191024153000.export.CSV.gz'), real.subarray(0, 4096));
  // The first half of a real export's gzip: the rows up to the cut decode, the end-of-stream is missing.
  const gz = gzipSync(real);
  writeFileSync(path('halfGz', '20191024154500.export.CSV.gz'), gz.subarray(0, gz.length >> 1));
  // A gzip bomb: 600 MB of zeros in under a megabyte (over 200:1).
  await gzipOfZeros(path('gzBomb', '20191024160000.export.CSV.gz'), 600 * 1024 * 1024);
  // One valid row repeated until a zip holds 400 MB (its header says so: over 200:1).
  const row = real.subarray(0, real.indexOf(10) + 1);
  writeFileSync(
    path('rowBomb', '20191024161500.export.CSV.zip'),
    zip([
      {
        name: '20191024161500.export.CSV',
        data: Buffer.concat(Array(Math.ceil((40 * 1024 * 1024) / row.length)).fill(row)),
        declaredSize: 400 * 1024 * 1024,
      },
    ]),
  );
  mkdirSync(path('folder', 'a-folder.export.CSV'));
});

const cases: [string, RegExp][] = [
  ['eocd', /^error: .*20191024150000\.export\.CSV\.zip: expected one file in the archive, found 0\n$/],
  ['random', /^error: .*20191024151500\.export\.CSV: not a GDELT events file that can be read \(.+\)\n$/],
  ['notGzip', /^error: .*20191024153000\.export\.CSV\.gz: not a gzip file, or a damaged one \(.+\)\n$/],
  [
    'halfGz',
    /^error: .*20191024154500\.export\.CSV\.gz: truncated gzip file \(it ends before its end-of-stream and checksum\)\n$/,
  ],
  [
    'gzBomb',
    /^error: .*20191024160000\.export\.CSV\.gz: refused to unpack: it inflates beyond [\d.]+ MB \(limits 2000\.0 MB and 200:1 for [\d.]+ MB packed\)\n$/,
  ],
  ['rowBomb', /^error: .*20191024161500\.export\.CSV\.zip: refused to unpack: .+\n$/],
  ['folder', /^error: .*a-folder\.export\.CSV: is a folder, not a file\n$/],
];

for (const [name, message] of cases) {
  test(`hostile file "${name}": exit 1 naming the file and the problem, the lake unchanged, under 500 MB`, async () => {
    const before = lakeState();
    const r = await ingest(files[name]!);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, message);
    assert.ok(!/\n\s+at /.test(r.stderr), 'no stack trace');
    assert.equal(lakeState(), before);
    assert.ok(r.maxrss < 500 * 1024 * 1024, `peak RSS ${(r.maxrss / 1048576).toFixed(0)} MB`);
  });
}
