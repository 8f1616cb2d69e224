/**
 * Varints, once for all of settle: protobuf / Go `encoding/binary` base-128 integers (7 bits a byte,
 * least significant group first, high bit = "more bytes follow").
 *
 * - uvarint: unsigned, as Go's `binary.PutUvarint` / `ReadUvarint` and protobuf's uint32/uint64 (an
 *   int64 field is the uvarint of its 64-bit two's complement: `encodeUvarint(BigInt.asUintN(64, v))`).
 * - varint: zig-zag signed (0 → 0, −1 → 1, 1 → 2, …), as Go's `binary.PutVarint` / `ReadVarint` and
 *   protobuf's sint32/sint64; IAVL hashes node height, size and version this way.
 *
 * Decoding follows Go's `binary.ReadUvarint`: non-minimal encodings (`80 00` for 0) are accepted, at
 * most 10 bytes are read and a 10th byte above 1 (a value over 64 bits) is rejected. The `number`
 * readers also reject values above 2^53 − 1, which a JS number cannot hold exactly.
 *
 * Three kinds of encoder:
 * - `encodeUvarint` / `encodeVarint`: a new array, inputs checked (RangeError), `number` or `bigint`.
 * - `writeUvarint` / `writeVarint` / `writeUvarint32` + `uvarintLength` / `uvarint32Length`: into a
 *   caller's buffer at an offset, returning the end offset; nothing checked (hot paths: IAVL node
 *   hashing and encoding, FinalizeBlock results). The caller guarantees the range.
 * - `decodeUvarint`: the streaming reader of ABCI framing (ok / incomplete / overflow, `bigint`).
 *
 * This module is the bottom layer: it imports nothing of settle.
 */

/** A 64-bit value never needs more than 10 bytes (Go's `binary.MaxVarintLen64`). */
export const MAX_UVARINT_BYTES = 10;

const TWO_64 = 1n << 64n;
const TWO_63 = 1n << 63n;
const TWO_32 = 0x1_0000_0000;

// ---------------------------------------------------------------------------------------------
// Lengths

/** Bytes of the uvarint of a non-negative integer `v` (not checked). */
export function uvarintLength(v: number): number {
  return v < 0x80 ? 1
    : v < 0x4000 ? 2
      : v < 0x20_0000 ? 3
        : v < 0x1000_0000 ? 4
          : v < 0x8_0000_0000 ? 5
            : v < 0x400_0000_0000 ? 6
              : v < 0x2_0000_0000_0000 ? 7
                : v < 0x100_0000_0000_0000 ? 8
                  : v < 0x8000_0000_0000_0000 ? 9 : 10;
}

/** Bytes of the uvarint of `v`, 0 <= v < 2^32 (not checked): protobuf lengths, tags, uint32 fields. */
export function uvarint32Length(v: number): number {
  return v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x20_0000 ? 3 : v < 0x1000_0000 ? 4 : 5;
}

// ---------------------------------------------------------------------------------------------
// In-place writers (hot paths: nothing is checked)

/**
 * Writes the uvarint of `v` (a non-negative safe integer, not checked) into `buf` at `offset`;
 * returns the offset after it. `buf` must have room (`uvarintLength(v)` bytes).
 */
export function writeUvarint(buf: Uint8Array, offset: number, v: number): number {
  // Above 2^32 `>>>` would lose the high bits: divide until the rest fits in 32 bits.
  while (v >= TWO_32) {
    buf[offset++] = (v % 0x80) | 0x80;
    v = Math.floor(v / 0x80);
  }
  while (v > 0x7f) {
    buf[offset++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  buf[offset++] = v;
  return offset;
}

/** `writeUvarint` for 0 <= v < 2^32 (not checked): protobuf lengths, tags and uint32 fields. */
export function writeUvarint32(buf: Uint8Array, offset: number, v: number): number {
  while (v > 0x7f) {
    buf[offset++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  buf[offset++] = v;
  return offset;
}

/** Writes the zig-zag varint of `v` (−2^52 <= v < 2^52, not checked); returns the end offset. */
export function writeVarint(buf: Uint8Array, offset: number, v: number): number {
  return writeUvarint(buf, offset, v >= 0 ? v * 2 : -v * 2 - 1);
}

// ---------------------------------------------------------------------------------------------
// Allocating encoders (checked)

/**
 * The uvarint of `value`: a non-negative safe integer, or a bigint below 2^64. RangeError otherwise.
 */
export function encodeUvarint(value: number | bigint): Uint8Array {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`uvarint value out of range: ${value}`);
    const out = new Uint8Array(uvarintLength(value));
    writeUvarint(out, 0, value);
    return out;
  }
  if (value < 0n || value >= TWO_64) throw new RangeError(`uvarint value out of range: ${value}`);
  if (value <= BigInt(Number.MAX_SAFE_INTEGER)) return encodeUvarint(Number(value));
  const out: number[] = [];
  let v = value;
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return Uint8Array.from(out);
}

/**
 * The zig-zag varint of `value`: a number in [−2^52, 2^52) (its zig-zag value is a safe integer), or
 * a bigint in the int64 range [−2^63, 2^63). RangeError otherwise.
 */
export function encodeVarint(value: number | bigint): Uint8Array {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new RangeError(`varint value out of range: ${value}`);
    const u = zigzagEncode(value);
    if (!Number.isSafeInteger(u)) throw new RangeError(`varint value out of range: ${value}`);
    return encodeUvarint(u);
  }
  if (value < -TWO_63 || value >= TWO_63) throw new RangeError(`varint value out of range: ${value}`);
  return encodeUvarint(zigzagEncode(value));
}

// ---------------------------------------------------------------------------------------------
// Zig-zag

/** Zig-zag: v >= 0 → 2v, v < 0 → −2v − 1 (Go's `uint64(x<<1) ^ uint64(x>>63)`), without 32-bit operators. */
export function zigzagEncode(v: number): number;
export function zigzagEncode(v: bigint): bigint;
export function zigzagEncode(v: number | bigint): number | bigint {
  if (typeof v === 'bigint') return v >= 0n ? v << 1n : ((-v) << 1n) - 1n;
  return v >= 0 ? v * 2 : -v * 2 - 1;
}

/** The inverse of `zigzagEncode`: even u → u/2, odd u → −(u+1)/2. */
export function zigzagDecode(u: number): number;
export function zigzagDecode(u: bigint): bigint;
export function zigzagDecode(u: number | bigint): number | bigint {
  if (typeof u === 'bigint') return (u & 1n) === 0n ? u >> 1n : -((u + 1n) >> 1n);
  return u % 2 === 0 ? u / 2 : -(u + 1) / 2;
}

// ---------------------------------------------------------------------------------------------
// Readers

/**
 * Reads a uvarint at `offset` with Go's `binary.ReadUvarint` rules; returns [value, nextOffset].
 * RangeError when the input ends inside it, when it overflows 64 bits, or when it exceeds 2^53 − 1.
 */
export function readUvarint(buf: Uint8Array, offset: number): [number, number] {
  let result = 0;
  let scale = 1;
  const end = buf.length;
  for (let i = offset; i < end; i++) {
    const b = buf[i];
    if (b < 0x80) {
      if (i - offset === MAX_UVARINT_BYTES - 1 && b > 1) throw new RangeError('uvarint overflows 64 bits');
      // Exact while below 2^53; beyond, the float sum stays >= 2^53 and is rejected here.
      result += b * scale;
      if (result > Number.MAX_SAFE_INTEGER) throw new RangeError('uvarint exceeds 2^53 - 1');
      return [result, i + 1];
    }
    if (i - offset === MAX_UVARINT_BYTES - 1) throw new RangeError('uvarint overflows 64 bits');
    result += (b & 0x7f) * scale;
    scale *= 0x80;
  }
  throw new RangeError('truncated uvarint');
}

/** Reads a zig-zag varint at `offset` (Go's `binary.ReadVarint`); returns [value, nextOffset]. */
export function readVarint(buf: Uint8Array, offset: number): [number, number] {
  const r = readUvarint(buf, offset);
  const u = r[0];
  r[0] = u % 2 === 0 ? u / 2 : -(u + 1) / 2;
  return r;
}

export type UvarintResult =
  /** A complete varint: its value and how many bytes it took. */
  | { kind: 'ok'; value: bigint; bytes: number }
  /** The input ends before the varint does; feed more bytes. */
  | { kind: 'incomplete' }
  /** More than 10 bytes, or a 10th byte above 1: the value does not fit in 64 bits. */
  | { kind: 'overflow' };

/**
 * Reads a uvarint from `buf` at `offset` for a stream reader (ABCI framing), with Go's
 * `binary.ReadUvarint` rules; never throws: the input may simply not be complete yet.
 */
export function decodeUvarint(buf: ArrayLike<number>, offset = 0): UvarintResult {
  let value = 0n;
  for (let i = 0; i < MAX_UVARINT_BYTES; i++) {
    const pos = offset + i;
    if (pos >= buf.length) return { kind: 'incomplete' };
    const b = buf[pos];
    if (i === MAX_UVARINT_BYTES - 1 && b > 1) return { kind: 'overflow' };
    value |= BigInt(b & 0x7f) << BigInt(7 * i);
    if (b < 0x80) return { kind: 'ok', value, bytes: i + 1 };
  }
  return { kind: 'overflow' };
}
