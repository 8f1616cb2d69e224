/**
 * Byte helpers: ordering and equality, concatenation, fixed-width big-endian integers, byte strings
 * as latin1 JS strings, base64, key ranges. Part of the bottom layer: imports nothing of settle.
 */

/** Lexicographic byte comparison (Go's bytes.Compare): −1, 0 or 1. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  // A JS loop beats Buffer.compare's native call for the short keys stores use.
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    const d = a[i] - b[i];
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

export function concatBytes(...parts: Uint8Array[]): Buffer {
  return Buffer.concat(parts);
}

/** Big-endian 8-byte encoding of a non-negative safe integer (sortable). */
export function u64be(value: number): Buffer {
  const buf = Buffer.allocUnsafe(8);
  buf.writeBigUInt64BE(BigInt(value));
  return buf;
}

/** Reads a big-endian 8-byte unsigned integer at `offset`; RangeError above 2^53 − 1. */
export function readU64be(buf: Uint8Array, offset: number): number {
  const v = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).readBigUInt64BE(offset);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('u64 exceeds 2^53');
  return Number(v);
}

/** A byte string as a JS string whose code units are the bytes: compares exactly like the bytes. */
export function latin1(key: Uint8Array): string {
  return Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('latin1');
}

/** The inverse of `latin1`, as a plain Uint8Array (what stores hand out as keys). */
export function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Base64 of the bytes, read in place (Buffer.from(bytes) would copy them first). */
export function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/** The smallest key greater than every key starting with `prefix`, or undefined if there is none. */
export function prefixEnd(prefix: Uint8Array): Uint8Array | undefined {
  const end = Uint8Array.from(prefix);
  for (let i = end.length - 1; i >= 0; i--) {
    if (end[i] < 0xff) {
      end[i]++;
      return end.subarray(0, i + 1);
    }
  }
  return undefined;
}
