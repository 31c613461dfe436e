/**
 * Extracts the one member of a .zip archive (as GDELT distributes its exports) with Node's zlib, so
 * no unzip dependency is needed. Reads the central directory for sizes, since writers that stream
 * leave them out of the local header. Archives come from the network: unpacking is bounded by the
 * member's declared size and by {@link UnpackLimits}, checked before inflating and enforced while
 * streaming, since a header can lie.
 */

import {
  closeSync,
  createReadStream,
  createWriteStream,
  fstatSync,
  openSync,
  readSync,
  rmSync,
} from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw } from 'node:zlib';
import { byteCap, mb } from './byte-cap.ts';
import { IngestInputError } from './ingest-input-error.ts';

const EOCD_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
/** A 32-bit size field at its maximum: the real size is in a Zip64 record. */
const ZIP64_MARK = 0xffffffff;

/** A zip archive that cannot be read, with the file named. */
export class ZipError extends IngestInputError {
  override name = 'ZipError';
}

/** How far one member may inflate: total bytes, and bytes out per byte in. */
export type UnpackLimits = { maxBytes: number; maxRatio: number };

/** 2 GB and 200:1: a GDELT 1.0 yearly backfile inflates about 8:1 and stays well under 2 GB. */
export const DEFAULT_UNPACK_LIMITS: UnpackLimits = { maxBytes: 2e9, maxRatio: 200 };

type Member = { name: string; method: number; compressedSize: number; size: number; localOffset: number };

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
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL_SIG)
      throw new ZipError(`${path}: damaged zip central directory`);
    const nameLen = cd.readUInt16LE(p + 28);
    const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
    out.push({
      name,
      method: cd.readUInt16LE(p + 10),
      compressedSize: cd.readUInt32LE(p + 20),
      size: cd.readUInt32LE(p + 24),
      localOffset: cd.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
  }
  return out.filter((m) => !m.name.endsWith('/'));
}

/** Why a member may not be unpacked at all, judged from its declared sizes, or undefined. */
function refusal(m: Member, limits: UnpackLimits): string | undefined {
  if (m.size > limits.maxBytes)
    return `${m.name} would unpack to ${mb(m.size)}, over the limit of ${mb(limits.maxBytes)}`;
  if (m.size > Math.max(1, m.compressedSize) * limits.maxRatio)
    return `${m.name} would unpack ${Math.round(m.size / Math.max(1, m.compressedSize))}:1, over the limit of ${limits.maxRatio}:1`;
  return undefined;
}

/**
 * Writes the single file member of the archive at `path` to `dest` and returns the member's name.
 * Throws a `ZipError` naming the archive when it is not a zip, holds other than one file, uses a
 * compression other than deflate or store, is truncated, or would unpack beyond `limits` or its
 * own declared size (then `dest` is removed: nothing oversized is left behind).
 */
export async function unzipSingle(
  path: string,
  dest: string,
  limits: UnpackLimits = DEFAULT_UNPACK_LIMITS,
): Promise<string> {
  const fd = openSync(path, 'r');
  let member: Member;
  let dataStart: number;
  try {
    const list = members(fd, fstatSync(fd).size, path);
    if (list.length !== 1 || !list[0])
      throw new ZipError(`${path}: expected one file in the archive, found ${list.length}`);
    member = list[0];
    if (
      member.size === ZIP64_MARK ||
      member.compressedSize === ZIP64_MARK ||
      member.localOffset === ZIP64_MARK
    )
      throw new ZipError(`${path}: Zip64 archives are not supported`);
    const local = readAt(fd, member.localOffset, 30);
    if (local.length < 30 || local.readUInt32LE(0) !== LOCAL_SIG)
      throw new ZipError(`${path}: damaged zip local header`);
    dataStart = member.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  } finally {
    closeSync(fd);
  }
  if (member.method !== 0 && member.method !== 8)
    throw new ZipError(`${path}: compression method ${member.method} not supported (deflate or store only)`);
  const refused = refusal(member, limits);
  if (refused) throw new ZipError(`${path}: refused to unpack: ${refused}`);
  const { name, compressedSize, size } = member;
  // The member may not grow past what its header declares, nor past the limits whatever it declares.
  const cap = Math.min(size, limits.maxBytes, Math.max(1, compressedSize) * limits.maxRatio);
  const capped = byteCap(
    cap,
    size,
    (seen) =>
      new ZipError(
        seen > cap
          ? `${path}: refused to unpack: ${name} inflates beyond ${mb(cap)} (its header declares ${mb(size)})`
          : `${path}: damaged zip data: ${name} unpacked to ${seen} bytes, its header declares ${size}`,
      ),
  );
  const input = createReadStream(path, { start: dataStart, end: dataStart + compressedSize - 1 });
  const out = createWriteStream(dest);
  try {
    if (member.method === 8) await pipeline(input, createInflateRaw(), capped, out);
    else await pipeline(input, capped, out);
  } catch (err) {
    rmSync(dest, { force: true });
    if (err instanceof ZipError) throw err;
    throw new ZipError(`${path}: damaged zip data (${(err as Error).message})`);
  }
  return name;
}
