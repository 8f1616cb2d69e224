import { BinaryReader, BinaryWriter } from 'cosmjs-types/binary';
import { ResponseCheckTx } from 'cosmjs-types/tendermint/abci/types';
import '../../chain/proto-int64';

/** Protobuf varint of a value taken modulo 2^64 (two's complement for negatives), as Go writes it. */
function referenceVarint(value: bigint): Buffer {
  let v = BigInt.asUintN(64, value);
  const out: number[] = [];
  while (v > 0x7fn) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return Buffer.from(out);
}

const zigzag = (v: bigint): bigint => (v >= 0n ? v << 1n : (-v << 1n) - 1n);

const BOUNDARIES: bigint[] = [];
for (let bit = 0n; bit < 64n; bit++) {
  for (const d of [-1n, 0n, 1n]) BOUNDARIES.push((1n << bit) + d);
}

describe('cosmjs-types int64 writer fix', () => {
  it('encodes uint64 like Go at every power-of-two boundary, including [2^31, 2^32)', () => {
    for (const v of BOUNDARIES.filter((x) => x >= 0n && x < 1n << 64n)) {
      const bytes = Buffer.from(new BinaryWriter().uint64(v).finish());
      expect(bytes.toString('hex')).toBe(referenceVarint(v).toString('hex'));
      expect(new BinaryReader(bytes).uint64()).toBe(v);
    }
  });

  it('encodes int64, negatives as ten bytes, and sint64 zig-zag like Go', () => {
    for (const b of BOUNDARIES.filter((x) => x < 1n << 63n)) {
      for (const v of [b, -b]) {
        expect(Buffer.from(new BinaryWriter().int64(v).finish()).toString('hex')).toBe(referenceVarint(v).toString('hex'));
        const zz = Buffer.from(new BinaryWriter().sint64(v).finish());
        expect(zz.toString('hex')).toBe(referenceVarint(zigzag(v)).toString('hex'));
        expect(new BinaryReader(zz).sint64()).toBe(v);
      }
    }
  });

  it('keeps an ABCI response with a gas limit of 2^32 − 1 decodable', () => {
    const res = ResponseCheckTx.fromPartial({ code: 0, gasWanted: 4_294_967_295n, gasUsed: 2_147_483_648n, log: 'x' });
    const back = ResponseCheckTx.decode(ResponseCheckTx.encode(res).finish());
    expect(back.gasWanted).toBe(4_294_967_295n);
    expect(back.gasUsed).toBe(2_147_483_648n);
    expect(back.log).toBe('x');
  });
});
