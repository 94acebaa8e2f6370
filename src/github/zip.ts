/**
 * Reads one file out of a zip archive held in memory (a downloaded workflow artifact). Only what
 * artifact zips use: stored or deflated entries, no ZIP64, no encryption. Anything else, or a
 * damaged archive, is an Error with a short reason; the caller turns it into a warning.
 */
import { crc32, inflateRawSync } from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function fail(why: string): never {
  throw new Error(`not a readable zip archive (${why})`);
}

function endOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes, followed by a comment of up to 65,535 bytes.
  const lowest = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= lowest; at--) {
    if (zip.readUInt32LE(at) === EOCD) return at;
  }
  return fail('no end of central directory');
}

/** The bytes of the entry named `name` (at the top of the archive), or null when it has none. */
export function readZipEntry(zip: Buffer, name: string, maxBytes: number): Buffer | null {
  if (zip.length < 22) fail('too short');
  const eocd = endOfCentralDirectory(zip);
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) fail('damaged central directory');
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const entryName = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + skip;
    if (entryName !== name) continue;
    if (size > maxBytes) fail(`${name} is larger than ${maxBytes} bytes`);
    const data = entryData(zip, local, method, compressed, size);
    if (crc32(data) !== crc) fail(`${name} fails its checksum`);
    return data;
  }
  return null;
}

function entryData(zip: Buffer, local: number, method: number, compressed: number, size: number): Buffer {
  if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL) fail('damaged local header');
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  if (start + compressed > zip.length) fail('truncated');
  const raw = zip.subarray(start, start + compressed);
  let data: Buffer;
  if (method === 0) data = raw;
  else if (method === 8) {
    try {
      data = inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) });
    } catch (e) {
      return fail((e as Error).message);
    }
  } else return fail(`compression method ${method}`);
  if (data.length !== size) fail('size mismatch');
  return data;
}
