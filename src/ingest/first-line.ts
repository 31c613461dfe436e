import { createReadStream } from 'node:fs';

/**
 * The first non-blank line of a plain text file (read from its first 1 MB), or undefined; used to
 * pick the fast reader for a file's layout. Archives are unpacked before (ingest-files.ts).
 */
export async function firstLine(path: string): Promise<string | undefined> {
  const raw = createReadStream(path, { start: 0, end: (1 << 20) - 1 });
  let text = '';
  try {
    for await (const chunk of raw) {
      text += (chunk as Buffer).toString('utf8');
      const lines = text.split('\n');
      const found = lines.slice(0, -1).find((l) => l.trim() !== '');
      if (found !== undefined) return found.replace(/\r$/, '');
    }
  } finally {
    raw.destroy();
  }
  const last = text.split('\n').find((l) => l.trim() !== '');
  return last?.replace(/\r$/, '');
}
