import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openHome } from '../store/home.ts';
import { DEFAULT_CHROMIUM, reportFor } from './index.ts';

const NO_CHROMIUM = existsSync(DEFAULT_CHROMIUM) ? false : `${DEFAULT_CHROMIUM} is absent`;
const DIR = mkdtempSync(join(tmpdir(), 'bilateral-brief-pdf-'));
after(() => rmSync(DIR, { recursive: true, force: true }));

/** The text of pages `from`…`to` of a PDF file, by pdftotext, whitespace folded. */
function pages(file: string, from: number, to: number): string {
  return execFileSync('pdftotext', ['-f', String(from), '-l', String(to), file, '-'], { encoding: 'utf8' })
    .replace(/([-–])\n/g, '$1')
    .replace(/\s+/g, ' ');
}

test('the AZE–UZB PDF opens with a brief of at most two A4 pages that states every seed-page milestone', {
  skip: NO_CHROMIUM,
}, async () => {
  const home = openHome(join(DIR, 'home'), new Date('2026-11-27T12:00:00Z'));
  try {
    const pdf = await reportFor(home.kb, ['AZE', 'UZB'], { format: 'pdf', asOf: '2026-11', now: '2026-11' });
    const file = join(DIR, 'aze-uzb.pdf');
    writeFileSync(file, pdf);
    // The brief ends where the evidence begins: the level section starts on a page of its own.
    const first = [1, 2, 3].find((p) => pages(file, p, p).includes('Level of relations The level rests on'));
    assert.ok(first !== undefined && first <= 3, `the level section starts on page ${first}`);
    const brief = pages(file, 1, first - 1);
    assert.ok(brief.includes('Brief Where they stand.'), brief);
    for (const words of [
      'establishment of diplomatic relations (2 October)',
      'embassy in Uzbekistan (August; June 1997 in another source)',
      "Uzbekistan's embassy in Azerbaijan (July",
      "Shavkat Mirziyoyev's visit to Azerbaijan (14–15 October)",
      "Ilham Aliyev's state visit to Uzbekistan (21–22 June)",
      'working visits to Azerbaijan (1–2 March',
      'the Agreement on the establishment of the Supreme Interstate Council (22 August)',
      '15 agreements, memoranda and programmes (22 August)',
      'a message from Ilham Aliyev (August–September)',
      'praise from Shavkat Mirziyoyev (September)',
      'Assessment.',
    ])
      assert.ok(brief.includes(words), words);
  } finally {
    home.close();
  }
});
