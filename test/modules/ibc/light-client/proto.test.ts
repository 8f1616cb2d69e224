/**
 * The light client's own protobuf writer agrees with cosmjs-types' BinaryWriter (with settle's
 * int64 fix loaded, as the node runs it) on every varint, sfixed64 and length-delimited form the
 * hashes use, including the values where the unfixed writer goes wrong ([2^31, 2^32)) and negatives.
 */
import '../../../../chain/proto-fixes';
import { BinaryWriter } from 'cosmjs-types/binary';
import { bytesField, lengthDelimited, sfixed64Field, varintField } from '../../../../modules/ibc/light-client/proto';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const INT64 = [0n, 1n, 127n, 128n, 300n, 2n ** 31n - 1n, 2n ** 31n, 3_000_000_000n, 2n ** 32n - 1n, 2n ** 32n, 1_767_225_600n, 2n ** 53n + 1n, 2n ** 63n - 1n, -1n, -62_135_596_800n, -(2n ** 63n)];

test.each(INT64)('int64 %s as a varint field', (v) => {
  expect(hex(varintField(2, v))).toBe(hex(BinaryWriter.create().uint32(0x10).int64(v).finish()));
});

test.each([0n, 1n, 2n ** 32n, 2n ** 64n - 1n])('uint64 %s as a varint field', (v) => {
  expect(hex(varintField(1, v))).toBe(hex(BinaryWriter.create().uint32(0x08).uint64(v).finish()));
});

test.each(INT64)('sfixed64 %s', (v) => {
  expect(hex(sfixed64Field(3, v))).toBe(hex(BinaryWriter.create().uint32(0x19).sfixed64(v).finish()));
});

test.each([0, 1, 127, 128, 300, 20_000])('bytes and strings of length %i, and a length-delimited message', (n) => {
  const b = Uint8Array.from({ length: n }, (_, i) => i & 0xff);
  expect(hex(bytesField(4, b))).toBe(hex(BinaryWriter.create().uint32(0x22).bytes(b).finish()));
  const s = 'é'.repeat(n);
  expect(hex(bytesField(6, s))).toBe(hex(BinaryWriter.create().uint32(0x32).string(s).finish()));
  expect(hex(lengthDelimited(b))).toBe(hex(BinaryWriter.create().bytes(b).finish()));
});
