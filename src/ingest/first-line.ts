import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';

/**
 * The first non-blank line of a plain or .gz text file (read from its first 1 MB), or undefined;
 * used to pick the fast reader for a file's layout.
 */
export async function firstLine(path: string): Promise<string | undefined> {
  const raw = createReadStream(path, { start: 0, end: (1 << 20) - 1 });
  const stream = path.toLowerCase().endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  let text = '';
  try {
    for await (const chunk of stream) {
      text += (chunk as Buffer).toString('utf8');
      const lines = text.split('\n');
      const found = lines.slice(0, -1).find((l) => l.trim() !== '');
      if (found !== undefined) return found.replace(/\r$/, '');
      if (text.length > 1 << 20) break;
    }
  } catch {
    // A truncated gzip member at the 1 MB cut: what was decoded so far is all we need.
  } finally {
    raw.destroy();
  }
  const last = text.split('\n').find((l) => l.trim() !== '');
  return last?.replace(/\r$/, '');
}
