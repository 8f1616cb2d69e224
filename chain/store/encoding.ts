// Byte helpers shared by the store: Go-compatible varints, byte ordering, fixed-width integers.

/** Appends the unsigned LEB128 varint of a non-negative safe integer (Go's binary.PutUvarint). */
export function pushUvarint(out: number[], value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`uvarint out of range: ${value}`);
  while (value >= 0x80) {
    out.push((value % 0x80) | 0x80);
    value = Math.floor(value / 0x80);
  }
  out.push(value);
}

/** Appends the zig-zag varint of a safe integer (Go's binary.PutVarint). */
export function pushVarint(out: number[], value: number): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`varint out of range: ${value}`);
  // zig-zag without 32-bit bit operations: v >= 0 → 2v, v < 0 → -2v - 1
  pushUvarint(out, value >= 0 ? value * 2 : -value * 2 - 1);
}

export function uvarintBytes(value: number): Uint8Array {
  const out: number[] = [];
  pushUvarint(out, value);
  return Uint8Array.from(out);
}

export function varintBytes(value: number): Uint8Array {
  const out: number[] = [];
  pushVarint(out, value);
  return Uint8Array.from(out);
}

/** Reads an unsigned varint at `offset`; returns [value, nextOffset]. Throws on truncation or overflow. */
export function readUvarint(buf: Uint8Array, offset: number): [number, number] {
  let result = 0;
  let scale = 1;
  for (let i = offset; i < buf.length; i++) {
    const b = buf[i];
    result += (b & 0x7f) * scale;
    if (b < 0x80) {
      if (!Number.isSafeInteger(result)) throw new RangeError('uvarint exceeds 2^53');
      return [result, i + 1];
    }
    scale *= 0x80;
    if (i - offset >= 8) throw new RangeError('uvarint too long');
  }
  throw new RangeError('truncated uvarint');
}

export function readVarint(buf: Uint8Array, offset: number): [number, number] {
  const [u, next] = readUvarint(buf, offset);
  return [u % 2 === 0 ? u / 2 : -(u + 1) / 2, next];
}

/** Lexicographic byte comparison (Go's bytes.Compare). */
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

/** Big-endian 8-byte encoding of a non-negative safe integer (sortable). */
export function u64be(value: number): Buffer {
  const buf = Buffer.allocUnsafe(8);
  buf.writeBigUInt64BE(BigInt(value));
  return buf;
}

export function readU64be(buf: Uint8Array, offset: number): number {
  const v = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).readBigUInt64BE(offset);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('u64 exceeds 2^53');
  return Number(v);
}

export function concatBytes(...parts: Uint8Array[]): Buffer {
  return Buffer.concat(parts);
}

/** A byte string as a JS string whose code units are the bytes: compares exactly like the bytes. */
export function latin1(key: Uint8Array): string {
  return Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('latin1');
}

/** Base64 of the bytes, read in place (Buffer.from(bytes) would copy them first). */
export function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

export function fromLatin1(s: string): Buffer {
  return Buffer.from(s, 'latin1');
}

/** The bytes of a latin1 string as a plain Uint8Array (what stores hand out as keys). */
export function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
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
