/**
 * The few protobuf wire forms the hashes and sign bytes need, written directly (no cosmjs-types
 * BinaryWriter: its int64 encoding is wrong for [2^31, 2^32) unless chain/proto-fixes is loaded, and
 * each finish() allocates an 8 KiB slab). Callers leave out zero values themselves (proto3).
 */

/** Protobuf base-128 varint of 0 ≤ v < 2^64. */
function uvarint(v: bigint): number[] {
  const out: number[] = [];
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return out;
}

function tag(field: number, wireType: number): number[] {
  return uvarint(BigInt((field << 3) | wireType));
}

/** A varint field: int32 / int64 / uint32 / uint64 / enum (negative values as 64-bit two's complement, as protobuf does). */
export function varintField(field: number, v: bigint): Buffer {
  return Buffer.from([...tag(field, 0), ...uvarint(BigInt.asUintN(64, v))]);
}

/** An sfixed64 field: 8 bytes little-endian two's complement. */
export function sfixed64Field(field: number, v: bigint): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigInt64LE(v);
  return Buffer.concat([Buffer.from(tag(field, 1)), b]);
}

/** A length-delimited field: bytes, string (UTF-8) or an embedded message. */
export function bytesField(field: number, b: Uint8Array | string): Buffer {
  const bytes = typeof b === 'string' ? Buffer.from(b, 'utf8') : b;
  return Buffer.concat([Buffer.from([...tag(field, 2), ...uvarint(BigInt(bytes.length))]), bytes]);
}

/** protoio.MarshalDelimited: the message prefixed with its uvarint length. */
export function lengthDelimited(msg: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(uvarint(BigInt(msg.length))), msg]);
}

export const EMPTY = Buffer.alloc(0);
