import { BinaryReader, BinaryWriter } from 'cosmjs-types/binary';
import {
  MAX_UVARINT_BYTES,
  decodeUvarint,
  encodeUvarint,
  encodeVarint,
  readUvarint,
  readVarint,
  uvarint32Length,
  uvarintLength,
  writeUvarint,
  writeUvarint32,
  writeVarint,
  zigzagDecode,
  zigzagEncode,
} from '../../../chain/encoding';
// settle writes protobuf through cosmjs-types with its int64 fix installed; that writer is the reference.
import '../../../chain/proto-int64';
import { Rng } from '../../helpers/rng';

// A second, independent reference: protobuf-es (@bufbuild/protobuf), loaded through its exports map.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const bufbuild = require('@bufbuild/protobuf/wire') as {
  BinaryWriter: new () => {
    uint32(v: number): unknown;
    uint64(v: bigint): unknown;
    sint64(v: bigint): unknown;
    finish(): Uint8Array;
  };
};

const hex = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');
const unhex = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'hex'));
const TWO_64 = 1n << 64n;
const TWO_63 = 1n << 63n;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

const refUint64 = (v: bigint): string => hex(BinaryWriter.create().uint64(v).finish());
const refUint32 = (v: number): string => hex(BinaryWriter.create().uint32(v).finish());
const refSint64 = (v: bigint): string => hex(BinaryWriter.create().sint64(v).finish());
const esUint64 = (v: bigint): string => {
  const w = new bufbuild.BinaryWriter();
  w.uint64(v);
  return hex(w.finish());
};
const esSint64 = (v: bigint): string => {
  const w = new bufbuild.BinaryWriter();
  w.sint64(v);
  return hex(w.finish());
};

/**
 * Differences collected in a loop and asserted once: jest's expect costs microseconds a call, and the
 * loops below compare a few hundred thousand values.
 */
class Diff {
  readonly list: string[] = [];
  eq(what: string, got: unknown, want: unknown): void {
    if (got === want) return;
    const g = JSON.stringify(got, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
    const w = JSON.stringify(want, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
    if (g !== w && this.list.length < 20) this.list.push(`${what}: got ${g}, want ${w}`);
  }
  throws(what: string, fn: () => unknown, re: RegExp): void {
    try {
      fn();
    } catch (err) {
      if (err instanceof RangeError && re.test(err.message)) return;
      if (this.list.length < 20) this.list.push(`${what}: threw ${String(err)}, want ${re}`);
      return;
    }
    if (this.list.length < 20) this.list.push(`${what}: did not throw, want ${re}`);
  }
}

type GoResult = { ok: true; value: bigint; bytes: number } | { ok: false; err: 'EOF' | 'overflow' };

/** Go's encoding/binary.ReadUvarint, line for line (io.EOF and io.ErrUnexpectedEOF both → 'EOF'). */
function goReadUvarint(buf: Uint8Array, offset: number): GoResult {
  let x = 0n;
  let s = 0n;
  for (let i = 0; i < 10; i++) {
    if (offset + i >= buf.length) return { ok: false, err: 'EOF' };
    const b = buf[offset + i];
    if (b < 0x80) {
      if (i === 9 && b > 1) return { ok: false, err: 'overflow' };
      return { ok: true, value: x | (BigInt(b) << s), bytes: i + 1 };
    }
    x |= BigInt(b & 0x7f) << s;
    s += 7n;
  }
  return { ok: false, err: 'overflow' };
}

/** Edge values: every length boundary, 2^31/2^32 (cosmjs-types' old int64 bug), 2^53, 2^63, 2^64 − 1. */
const EDGES: bigint[] = (() => {
  const out = new Set<bigint>([0n, 1n, 2n, 127n, 128n, 255n, 256n, 300n, 16383n, 16384n]);
  for (let bits = 7n; bits <= 63n; bits += 7n) for (const d of [-1n, 0n, 1n]) out.add((1n << bits) + d);
  for (const bits of [31n, 32n, 52n, 53n, 63n, 64n]) for (const d of [-2n, -1n, 0n, 1n]) out.add((1n << bits) + d);
  out.add(MAX_SAFE);
  return [...out].filter((v) => v >= 0n && v < TWO_64).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
})();

/** Random values of every bit length, plus the edges. */
function values(rng: Rng, n: number): bigint[] {
  const out = [...EDGES];
  for (let i = 0; i < n; i++) {
    const bits = 1 + rng.int(64);
    let v = 0n;
    for (const b of rng.bytes(8)) v = (v << 8n) | BigInt(b);
    out.push(v & ((1n << BigInt(bits)) - 1n));
  }
  return out;
}

describe('uvarint: vectors (protobuf / Go binary.PutUvarint, not zig-zag)', () => {
  const vectors: Array<[bigint, string]> = [
    [0n, '00'],
    [1n, '01'], // zig-zag would give 02
    [2n, '02'],
    [127n, '7f'],
    [128n, '8001'],
    [300n, 'ac02'],
    [16383n, 'ff7f'],
    [16384n, '808001'],
    [(1n << 32n) - 1n, 'ffffffff0f'],
    [1n << 32n, '8080808010'],
    [MAX_SAFE, 'ffffffffffffff0f'],
    [1n << 63n, '80808080808080808001'],
    [TWO_64 - 1n, 'ffffffffffffffffff01'],
  ];
  it.each(vectors)('encodes and decodes %s', (value, expected) => {
    expect(hex(encodeUvarint(value))).toBe(expected);
    expect(decodeUvarint(unhex(expected))).toEqual({ kind: 'ok', value, bytes: expected.length / 2 });
    if (value <= MAX_SAFE) {
      expect(hex(encodeUvarint(Number(value)))).toBe(expected);
      expect(readUvarint(unhex(expected), 0)).toEqual([Number(value), expected.length / 2]);
    } else {
      expect(() => readUvarint(unhex(expected), 0)).toThrow(RangeError);
    }
  });

  it('accepts non-minimal encodings like Go does', () => {
    expect(decodeUvarint(unhex('8000'))).toEqual({ kind: 'ok', value: 0n, bytes: 2 });
    expect(decodeUvarint(unhex('ff80808000'))).toEqual({ kind: 'ok', value: 127n, bytes: 5 });
    expect(readUvarint(unhex('8000'), 0)).toEqual([0, 2]);
    expect(readUvarint(unhex('ff80808000'), 0)).toEqual([127, 5]);
    // the longest Go accepts: 10 bytes, the last one 0 or 1
    expect(readUvarint(unhex('80808080808080808000'), 0)).toEqual([0, 10]);
    expect(decodeUvarint(unhex('80808080808080808000'))).toEqual({ kind: 'ok', value: 0n, bytes: 10 });
  });

  it('reports incomplete input', () => {
    for (const s of ['', '80', 'ffffffffffffffffff']) {
      expect(decodeUvarint(unhex(s))).toEqual({ kind: 'incomplete' });
      expect(() => readUvarint(unhex(s), 0)).toThrow(/truncated/);
    }
    expect(decodeUvarint(unhex('0080'), 1)).toEqual({ kind: 'incomplete' });
  });

  it('rejects values over 64 bits and out-of-range inputs', () => {
    for (const s of ['ffffffffffffffffff02', 'ffffffffffffffffffff01', '8080808080808080808000']) {
      expect(decodeUvarint(unhex(s))).toEqual({ kind: 'overflow' });
      expect(() => readUvarint(unhex(s), 0)).toThrow(/overflows 64 bits/);
    }
    expect(() => encodeUvarint(TWO_64)).toThrow(RangeError);
    expect(() => encodeUvarint(-1n)).toThrow(RangeError);
    expect(() => encodeUvarint(-1)).toThrow(RangeError);
    expect(() => encodeUvarint(2 ** 53)).toThrow(RangeError);
    expect(() => encodeUvarint(1.5)).toThrow(RangeError);
    expect(() => encodeUvarint(NaN)).toThrow(RangeError);
  });

  it('rejects in readUvarint what a number cannot hold (2^53 and above)', () => {
    expect(readUvarint(encodeUvarint(MAX_SAFE), 0)).toEqual([Number.MAX_SAFE_INTEGER, 8]);
    expect(() => readUvarint(encodeUvarint(MAX_SAFE + 1n), 0)).toThrow(/exceeds 2\^53/);
    expect(() => readUvarint(encodeUvarint(TWO_64 - 1n), 0)).toThrow(/exceeds 2\^53/);
  });

  it('round-trips across every length', () => {
    expect(MAX_UVARINT_BYTES).toBe(10);
    for (let bits = 0n; bits < 64n; bits++) {
      for (const v of [1n << bits, (1n << bits) - 1n, (1n << bits) + 1n]) {
        if (v >= TWO_64) continue;
        const enc = encodeUvarint(v);
        expect(decodeUvarint(enc)).toEqual({ kind: 'ok', value: v, bytes: enc.length });
      }
    }
  });
});

describe('uvarint: every encoder against cosmjs-types and protobuf-es', () => {
  const rng = new Rng(0x5eed);
  const vals = values(rng, 20_000);
  const buf = new Uint8Array(64);

  it('encodeUvarint (bigint and number), uvarintLength, writeUvarint', () => {
    const d = new Diff();
    for (const v of vals) {
      const ref = refUint64(v);
      d.eq(`protobuf-es uint64(${v})`, esUint64(v), ref); // the two references agree
      d.eq(`encodeUvarint(${v}n)`, hex(encodeUvarint(v)), ref);
      if (v > MAX_SAFE) continue;
      const n = Number(v);
      d.eq(`encodeUvarint(${n})`, hex(encodeUvarint(n)), ref);
      d.eq(`uvarintLength(${n})`, uvarintLength(n), ref.length / 2);
      // in place, at an offset, touching nothing around it
      buf.fill(0xaa);
      const at = 1 + rng.int(20);
      d.eq(`writeUvarint(${n}) end`, writeUvarint(buf, at, n), at + ref.length / 2);
      d.eq(`writeUvarint(${n})`, hex(buf.subarray(at - 1, at + ref.length / 2 + 1)), `aa${ref}aa`);
    }
    expect(d.list).toEqual([]);
  });

  it('uvarint32Length and writeUvarint32 for values below 2^32 (protobuf uint32)', () => {
    const d = new Diff();
    let n32 = 0;
    for (const v of vals) {
      if (v >= 1n << 32n) continue;
      n32++;
      const n = Number(v);
      const ref = refUint32(n);
      d.eq(`cosmjs-types uint32 vs uint64 (${n})`, ref, refUint64(v));
      const w = new bufbuild.BinaryWriter();
      w.uint32(n);
      d.eq(`protobuf-es uint32(${n})`, hex(w.finish()), ref);
      d.eq(`uvarint32Length(${n})`, uvarint32Length(n), ref.length / 2);
      buf.fill(0xaa);
      d.eq(`writeUvarint32(${n}) end`, writeUvarint32(buf, 3, n), 3 + ref.length / 2);
      d.eq(`writeUvarint32(${n})`, hex(buf.subarray(2, 3 + ref.length / 2 + 1)), `aa${ref}aa`);
    }
    expect(d.list).toEqual([]);
    expect(n32).toBeGreaterThan(5000);
  });

  it('readUvarint and decodeUvarint read back what the references write', () => {
    const d = new Diff();
    for (const v of vals) {
      const bytes = unhex(refUint64(v));
      d.eq(`decodeUvarint(${v})`, decodeUvarint(bytes), { kind: 'ok', value: v, bytes: bytes.length });
      d.eq(`cosmjs-types reader (${v})`, new BinaryReader(bytes).uint64(), v);
      if (v <= MAX_SAFE) d.eq(`readUvarint(${v})`, readUvarint(bytes, 0), [Number(v), bytes.length]);
      else d.throws(`readUvarint(${v})`, () => readUvarint(bytes, 0), /exceeds 2\^53/);
    }
    expect(d.list).toEqual([]);
  });

  it('writes a sequence in place that reads back in order', () => {
    const safe = vals.filter((v) => v <= MAX_SAFE).map(Number);
    const out = new Uint8Array(safe.reduce((n, v) => n + uvarintLength(v), 0));
    let o = 0;
    for (const v of safe) o = writeUvarint(out, o, v);
    expect(o).toBe(out.length);
    const got: number[] = [];
    o = 0;
    while (o < out.length) {
      let v: number;
      [v, o] = readUvarint(out, o);
      got.push(v);
    }
    expect(got).toEqual(safe);
  });
});

describe('zig-zag varint against cosmjs-types and protobuf-es sint64', () => {
  const rng = new Rng(0x2122a6);
  const signed: bigint[] = [-TWO_63, TWO_63 - 1n, -(1n << 52n), 1n << 52n, (1n << 52n) - 1n, -(1n << 52n) - 1n, (1n << 52n) + 1n, -1n, 0n, 1n];
  for (const v of values(rng, 10_000)) {
    const s = BigInt.asIntN(64, v);
    signed.push(s, -s, BigInt.asIntN(64, v >> 1n), -BigInt.asIntN(64, v >> 1n));
  }
  const inRange = signed.filter((s) => s >= -TWO_63 && s < TWO_63);
  const buf = new Uint8Array(32);

  it('encodeVarint, writeVarint, zigzagEncode/Decode, readVarint', () => {
    const LIMIT = 1n << 52n;
    const d = new Diff();
    for (const s of inRange) {
      const ref = refSint64(s);
      d.eq(`protobuf-es sint64(${s})`, esSint64(s), ref);
      d.eq(`encodeVarint(${s}n)`, hex(encodeVarint(s)), ref);
      const z = zigzagEncode(s);
      d.eq(`zigzagEncode(${s}n)`, hex(encodeUvarint(z)), ref);
      d.eq(`zigzagDecode(${z}n)`, zigzagDecode(z), s);
      d.eq(`decodeUvarint(sint64 ${s})`, decodeUvarint(unhex(ref)), { kind: 'ok', value: z, bytes: ref.length / 2 });
      if (s >= -LIMIT && s < LIMIT) {
        const n = Number(s);
        d.eq(`encodeVarint(${n})`, hex(encodeVarint(n)), ref);
        d.eq(`zigzagEncode(${n})`, zigzagEncode(n), Number(z));
        d.eq(`zigzagDecode(${z})`, zigzagDecode(Number(z)), n);
        d.eq(`writeVarint(${n}) end`, writeVarint(buf, 2, n), 2 + ref.length / 2);
        d.eq(`writeVarint(${n})`, hex(buf.subarray(2, 2 + ref.length / 2)), ref);
        d.eq(`readVarint(${n})`, readVarint(unhex(ref), 0), [n, ref.length / 2]);
      } else {
        d.throws(`encodeVarint(${s} as number)`, () => encodeVarint(Number(s)), /out of range/);
        d.throws(`readVarint(${s})`, () => readVarint(unhex(ref), 0), /exceeds 2\^53/);
      }
    }
    expect(d.list).toEqual([]);
  });
  it('rejects what is out of range', () => {
    expect(() => encodeVarint(TWO_63)).toThrow(RangeError);
    expect(() => encodeVarint(-TWO_63 - 1n)).toThrow(RangeError);
    expect(() => encodeVarint(2 ** 53)).toThrow(RangeError);
    expect(() => encodeVarint(2 ** 52)).toThrow(RangeError);
    expect(hex(encodeVarint(2 ** 52 - 1))).toBe(refSint64((1n << 52n) - 1n));
    expect(() => encodeVarint(0.5)).toThrow(RangeError);
    expect(hex(encodeVarint(-1))).toBe('01');
    expect(hex(encodeVarint(1))).toBe('02');
    expect(hex(encodeVarint(-(2 ** 52)))).toBe(refSint64(-(1n << 52n)));
  });
});

describe("decoding with Go's binary.ReadUvarint rules", () => {
  const rng = new Rng(0xdec0de);

  /** Byte strings that are mostly varint-shaped: runs of continuation bytes, a terminator or not. */
  function candidate(): Uint8Array {
    const len = rng.int(13);
    const out = new Uint8Array(len);
    for (let i = 0; i < len; i++) {
      const r = rng.next();
      out[i] = r < 0.6 ? 0x80 | rng.int(128) : r < 0.75 ? 0x80 : r < 0.85 ? rng.int(2) : rng.int(256);
    }
    return out;
  }

  /** Non-minimal forms of v: the minimal encoding padded with 0x80 bytes up to 10 bytes. */
  function padded(v: bigint): Uint8Array[] {
    const min = encodeUvarint(v);
    const out: Uint8Array[] = [];
    for (let len = min.length + 1; len <= MAX_UVARINT_BYTES; len++) {
      const b = new Uint8Array(len).fill(0x80);
      b.set(min);
      b[min.length - 1] |= 0x80;
      b[len - 1] = 0;
      out.push(b);
    }
    return out;
  }

  function check(d: Diff, bytes: Uint8Array, offset = 0): void {
    const go = goReadUvarint(bytes, offset);
    const at = `${hex(bytes)} @${offset}`;
    if (go.ok) {
      d.eq(`decodeUvarint ${at}`, decodeUvarint(bytes, offset), { kind: 'ok', value: go.value, bytes: go.bytes });
      if (go.value <= MAX_SAFE) {
        d.eq(`readUvarint ${at}`, readUvarint(bytes, offset), [Number(go.value), offset + go.bytes]);
        d.eq(`readVarint ${at}`, readVarint(bytes, offset), [Number(zigzagDecode(go.value)), offset + go.bytes]);
      } else {
        d.throws(`readUvarint ${at}`, () => readUvarint(bytes, offset), /exceeds 2\^53/);
      }
    } else {
      d.eq(`decodeUvarint ${at}`, decodeUvarint(bytes, offset), { kind: go.err === 'EOF' ? 'incomplete' : 'overflow' });
      d.throws(`readUvarint ${at}`, () => readUvarint(bytes, offset), go.err === 'EOF' ? /truncated/ : /overflows 64 bits/);
    }
  }

  it('agrees with Go on random byte strings', () => {
    const d = new Diff();
    for (let i = 0; i < 50_000; i++) {
      const b = candidate();
      check(d, b);
      if (b.length > 0) check(d, b, rng.int(b.length));
    }
    expect(d.list).toEqual([]);
  });

  it('accepts every non-minimal form of the edge values that fits in 10 bytes', () => {
    let n = 0;
    const d = new Diff();
    for (const v of EDGES) {
      for (const b of padded(v)) {
        d.eq(`Go reads ${hex(b)}`, goReadUvarint(b, 0), { ok: true, value: v, bytes: b.length });
        check(d, b);
        n++;
      }
    }
    expect(d.list).toEqual([]);
    expect(n).toBeGreaterThan(100);
  });

  it('rejects 2^64 and every longer form', () => {
    // 2^64 itself: ten bytes whose last is 2
    const twoTo64 = unhex('80808080808080808002');
    expect(goReadUvarint(twoTo64, 0)).toEqual({ ok: false, err: 'overflow' });
    const d = new Diff();
    check(d, twoTo64);
    // 11 bytes never decode, whatever they hold
    for (let i = 0; i < 1000; i++) {
      const b = new Uint8Array(11);
      for (let j = 0; j < 10; j++) b[j] = 0x80 | rng.int(128);
      b[10] = rng.int(128);
      check(d, b);
      d.eq(`decodeUvarint ${hex(b)}`, decodeUvarint(b), { kind: 'overflow' });
    }
    expect(d.list).toEqual([]);
  });
});
