import { Readable } from 'node:stream';
import { createInflateRaw, inflateRawSync } from 'node:zlib';

/** One file inside a zip held in memory, located through the central directory. */
export type ZipEntry = { name: string; method: number; compressed: Buffer; size: number };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * The entries of a zip by name, from its central directory: any entry can then be read in any
 * order without inflating the others. Null when the file is not a plain zip this reader knows
 * (no end record, zip64, encrypted): the caller falls back to reading the zip as a stream.
 */
export function zipDirectory(bytes: Buffer): Map<string, ZipEntry> | null {
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) return null; // zip64
  const entries = new Map<string, ZipEntry>();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) return null;
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & 1 || compressedSize === 0xffffffff || local === 0xffffffff) return null; // encrypted or zip64
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL) return null;
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    if (start + compressedSize > bytes.length || (method !== 0 && method !== 8)) return null;
    entries.set(name, { name, method, compressed: bytes.subarray(start, start + compressedSize), size });
  }
  return entries;
}

const CHUNK = 64 * 1024;

/**
 * An entry's content as a stream, inflated on the fly (a worksheet can be tens of megabytes);
 * `consumed` is told how many stored bytes each chunk took, for progress.
 */
export function entryStream(entry: ZipEntry, consumed?: (bytes: number) => void): Readable {
  function* chunks() {
    for (let i = 0; i < entry.compressed.length; i += CHUNK) {
      const chunk = entry.compressed.subarray(i, i + CHUNK);
      consumed?.(chunk.length);
      yield chunk;
    }
  }
  const source = Readable.from(chunks(), { objectMode: false });
  return entry.method === 0 ? source : source.pipe(createInflateRaw());
}

/** A small entry (workbook, relations, shared strings, styles) inflated at once. */
export function entryBuffer(entry: ZipEntry): Buffer {
  return entry.method === 0 ? entry.compressed : inflateRawSync(entry.compressed);
}
