import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fetchReporter, fetchSummaryText, progressText } from './fetch-progress.ts';

test('the progress line: files done of total, MB and MB/s, rows/s, ETA from the files left', () => {
  const p = { filesDone: 3, filesTotal: 10, bytes: 1_200_000, bytesTotal: 4_000_000, rows: 21_000 };
  assert.equal(
    progressText(p, 3),
    '3/10 files, 1.2 of 4.0 MB at 0.4 MB/s, 21,000 rows at 7,000 rows/s, ETA 7 s',
  );
  assert.equal(progressText({ ...p, filesDone: 0 }, 3).endsWith('ETA ?'), true);
});

test('the closing summary adds up the files; without a terminal each file gets a line with the counts', () => {
  const file = {
    file: 'a.zip',
    url: 'http://data.gdeltproject.org/gdeltv2/a.zip',
    sha256: 'f'.repeat(64),
    read: 10,
    stored: 5,
    quarantined: { bad_date: 1 },
    duplicates: 2,
    filtered: { countries: 2 },
    alreadyIngested: false,
  };
  assert.equal(
    fetchSummaryText({
      files: [file],
      seconds: 2,
      downloaded: 1,
      bytes: 2_000_000,
      verified: 1,
      skipped: 3,
      failed: [{ file: 'b.zip', url: 'u', reason: 'not found (404)' }],
    }),
    '1 file ingested (1 downloaded, 2.0 MB at 1.0 MB/s; 1 verified), 3 skipped, 1 failed\n' +
      '10 rows read, 5 stored, 1 quarantined, 2 duplicates, 2 filtered in 2.00 s (5 rows/s)',
  );
  const lines: string[] = [];
  const r = fetchReporter((l) => lines.push(l), false, '/');
  r.onEvent({ kind: 'retry', message: 'u: HTTP 500; retry 1' });
  r.onProgress({ filesDone: 1, filesTotal: 2, bytes: 0, bytesTotal: 10, rows: 10 });
  r.onEvent({ kind: 'ingested', file });
  r.onEvent({ kind: 'failed', file: { file: 'b.zip', url: 'u', reason: 'not found (404)' } });
  r.stop();
  assert.equal(lines[0], 'u: HTTP 500; retry 1');
  assert.match(
    lines[1] ?? '',
    /^a\.zip: read 10, stored 5, quarantined 1 \(bad_date 1\), duplicates 2, filtered 2 \(countries\) \| 1\/2 files, /,
  );
  assert.match(lines[2] ?? '', /^b\.zip: failed: not found \(404\) \| 1\/2 files, /);
});
