/**
 * A fix for cosmjs-types 0.11 (the latest release): its BinaryWriter encodes int64/uint64/sint64
 * values whose low 32 bits have the top bit set and whose high word is zero — [2^31, 2^32), e.g. a
 * gas limit of 4,294,967,295 — as one byte followed by zeros (`newBits` keeps the low word signed,
 * `writeVarint64` then stops early, while `int64Length` reserved five bytes). CometBFT cannot decode
 * such a response ("illegal tag 0") and stops the node, so every protobuf this process writes goes
 * through the corrected methods below. Importing this module installs them (idempotent).
 */
import { BinaryWriter } from 'cosmjs-types/binary';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const varint = require('cosmjs-types/varint') as {
  int64FromString(dec: string): { lo: number; hi: number };
  zzEncode(lo: number, hi: number): [number, number];
  int64Length(lo: number, hi: number): number;
  writeVarint64(val: { lo: number; hi: number }, buf: Uint8Array, pos: number): void;
};

type Int64 = string | number | bigint;
type Push = (fn: typeof varint.writeVarint64, len: number, val: { lo: number; hi: number }) => BinaryWriter;

function pushVarint64(writer: BinaryWriter, lo: number, hi: number): BinaryWriter {
  // Unsigned words: writeVarint64's second loop (`lo > 127`) needs a non-negative low word.
  const bits = { lo: lo >>> 0, hi: hi >>> 0 };
  const push = (writer as unknown as { _push: Push })._push;
  return push.call(writer, varint.writeVarint64, varint.int64Length(bits.lo, bits.hi), bits);
}

const proto = BinaryWriter.prototype as unknown as Record<string, unknown> & { __settleInt64Fix?: true };
if (!proto.__settleInt64Fix) {
  const int64 = function (this: BinaryWriter, value: Int64): BinaryWriter {
    const { lo, hi } = varint.int64FromString(value.toString());
    return pushVarint64(this, lo, hi);
  };
  proto.int64 = int64;
  proto.uint64 = int64;
  proto.sint64 = function (this: BinaryWriter, value: Int64): BinaryWriter {
    const { lo, hi } = varint.int64FromString(value.toString());
    const [zlo, zhi] = varint.zzEncode(lo, hi);
    return pushVarint64(this, zlo, zhi);
  };
  Object.defineProperty(proto, '__settleInt64Fix', { value: true });
}

export const INT64_WRITER_FIXED = true;
