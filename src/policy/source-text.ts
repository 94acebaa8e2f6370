/** The policy file's bytes as text: size limit, UTF-8 check, byte-order mark, and its sha256. */
import { createHash } from 'node:crypto';
import type { Position } from './types.js';

/** Policy files over 1 MiB are refused. */
export const MAX_POLICY_BYTES = 1024 * 1024;

/** A problem found in the source, before its file name is attached. */
export interface SourceIssue extends Position {
  message: string;
}

interface DecodedSource {
  text: string;
  sha256: string;
}

export const START: Position = { line: 1, col: 1 };

/** Bytes (or text) → text and sha256, or the reason the file is refused. */
export function decodeSource(input: string | Uint8Array): DecodedSource | SourceIssue {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  if (bytes.length > MAX_POLICY_BYTES) {
    return {
      ...START,
      message: `the policy file is ${bytes.length} bytes; files over ${MAX_POLICY_BYTES} bytes (1 MiB) are refused`,
    };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // A BOM is allowed (editors on Windows write one) and is not part of the text: dropped here, from
  // bytes and from text alike, so that they read the same and columns on the first line are right.
  if (typeof input === 'string') return { text: input.replace(/^\ufeff/, ''), sha256 };
  const bad = invalidUtf8Offset(bytes);
  if (bad !== -1) {
    return {
      ...bytePosition(bytes, bad),
      message: `the policy file is not valid UTF-8 (byte offset ${bad})`,
    };
  }
  return { text: new TextDecoder('utf-8').decode(bytes), sha256 };
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
function invalidUtf8Offset(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0; // overlong
      if (c === 0xed) hi = 0x9f; // surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90; // overlong
      if (c === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= n; k++) {
      const x = b[i + k];
      if (x === undefined || x < (k === 1 ? lo : 0x80) || x > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return -1;
}

/** Line and column (in characters) of a byte offset of valid-so-far UTF-8. */
function bytePosition(b: Uint8Array, offset: number): Position {
  let line = 1;
  let col = 1;
  for (let i = 0; i < offset; i++) {
    const c = b[i]!;
    if (c === 0x0a) {
      line++;
      col = 1;
    } else if ((c & 0xc0) !== 0x80) col++; // count characters, not continuation bytes
  }
  return { line, col };
}
