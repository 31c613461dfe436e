/**
 * Extracts the one member of a .zip archive (as GDELT distributes its exports) with Node's zlib, so
 * no unzip dependency is needed. Reads the central directory for sizes, since writers that stream
 * leave them out of the local header.
 */

import { closeSync, createReadStream, createWriteStream, fstatSync, openSync, readSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw } from 'node:zlib';
import { IngestInputError } from './ingest-input-error.ts';

const EOCD_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;

/** A zip archive that cannot be read, with the file named. */
export class ZipError extends IngestInputError {
  override name = 'ZipError';
}

type Member = { name: string; method: number; compressedSize: number; localOffset: number };

function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  const n = readSync(fd, buf, 0, length, position);
  return buf.subarray(0, n);
}

function members(fd: number, size: number, path: string): Member[] {
  const tailLen = Math.min(size, 65_557);
  const tail = readAt(fd, size - tailLen, tailLen);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError(`${path}: not a zip archive (no end of central directory)`);
  const count = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  const cd = readAt(fd, cdOffset, cdSize);
  const out: Member[] = [];
  let p = 0;
  for (let k = 0; k < count; k++) {
    if (cd.readUInt32LE(p) !== CENTRAL_SIG) throw new ZipError(`${path}: damaged zip central directory`);
    const nameLen = cd.readUInt16LE(p + 28);
    const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
    out.push({
      name,
      method: cd.readUInt16LE(p + 10),
      compressedSize: cd.readUInt32LE(p + 20),
      localOffset: cd.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
  }
  return out.filter((m) => !m.name.endsWith('/'));
}

/**
 * Writes the single file member of the archive at `path` to `dest` and returns the member's name.
 * Throws a `ZipError` naming the archive when it is not a zip, holds other than one file, or uses a
 * compression other than deflate or store.
 */
export async function unzipSingle(path: string, dest: string): Promise<string> {
  const fd = openSync(path, 'r');
  let member: Member;
  let dataStart: number;
  try {
    const list = members(fd, fstatSync(fd).size, path);
    if (list.length !== 1 || !list[0])
      throw new ZipError(`${path}: expected one file in the archive, found ${list.length}`);
    member = list[0];
    const local = readAt(fd, member.localOffset, 30);
    if (local.length < 30 || local.readUInt32LE(0) !== LOCAL_SIG)
      throw new ZipError(`${path}: damaged zip local header`);
    dataStart = member.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  } finally {
    closeSync(fd);
  }
  if (member.method !== 0 && member.method !== 8)
    throw new ZipError(`${path}: compression method ${member.method} not supported (deflate or store only)`);
  const input = createReadStream(path, { start: dataStart, end: dataStart + member.compressedSize - 1 });
  const out = createWriteStream(dest);
  if (member.method === 8) await pipeline(input, createInflateRaw(), out);
  else await pipeline(input, out);
  return member.name;
}
