/**
 * Protobuf unsigned varints (base-128, little-endian groups, MSB = "more bytes follow"), exactly as
 * Go's `encoding/binary.PutUvarint` / `ReadUvarint` — the length prefix CometBFT puts before every
 * ABCI message (`libs/protoio.NewDelimitedWriter`). NOT zigzag.
 */

/** A uvarint never needs more than 10 bytes for a 64-bit value. */
export const MAX_UVARINT_BYTES = 10;

const TWO_64 = 1n << 64n;

/** Encodes a non-negative integer below 2^64 as a protobuf uvarint. */
export function encodeUvarint(value: number | bigint): Uint8Array {
  let v = typeof value === 'bigint' ? value : BigInt(value);
  if (typeof value === 'number' && !Number.isSafeInteger(value)) {
    throw new RangeError(`uvarint value must be a safe integer, got ${value}`);
  }
  if (v < 0n || v >= TWO_64) throw new RangeError(`uvarint value out of range: ${v}`);
  const out: number[] = [];
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return Uint8Array.from(out);
}

export type UvarintResult =
  /** A complete varint: its value and how many bytes it took. */
  | { kind: 'ok'; value: bigint; bytes: number }
  /** The input ends before the varint does; feed more bytes. */
  | { kind: 'incomplete' }
  /** More than 10 bytes, or a 10th byte above 1: the value does not fit in 64 bits. */
  | { kind: 'overflow' };

/**
 * Reads a uvarint from `buf` at `offset`, with Go's `binary.ReadUvarint` rules: non-minimal
 * encodings are accepted (Go accepts them), values that overflow 64 bits are rejected.
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
