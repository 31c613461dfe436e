import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** Hex MD5 of a file's bytes (the checksum GDELT and Dataverse publish), streamed. */
export async function fileMd5(path: string): Promise<string> {
  const hash = createHash('md5');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
