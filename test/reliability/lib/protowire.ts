/**
 * Protobuf wire-format tokenizer and a structure-aware mutator for fuzzing: a message is split into
 * fields (number, wire type, raw value); a mutation descends into length-delimited fields that parse as
 * messages and changes one field (drop, duplicate, reorder, renumber, change wire type, new varint,
 * new bytes from a dictionary of values that matter to settle: type URLs, amounts, denoms, addresses,
 * keys, signatures), then re-encodes.
 */
import { decodeUvarint, encodeUvarint } from '../../../chain/encoding';
import type { Rng } from '../../helpers/rng';

export interface Field {
  num: number;
  wt: number;
  /** varint: the value; LEN: the content; I64/I32: 8/4 raw bytes. */
  value: bigint | Uint8Array;
}

/** A varint field or tag (Go's rules: over 64 bits does not parse), or undefined. */
function readVarint(buf: Uint8Array, pos: number): [bigint, number] | undefined {
  const r = decodeUvarint(buf, pos);
  return r.kind === 'ok' ? [r.value, pos + r.bytes] : undefined;
}

/** A protobuf varint value as int64 fields carry it: negative values as their 64-bit two's complement. */
export function encodeInt64(v: bigint): Uint8Array {
  return encodeUvarint(BigInt.asUintN(64, v));
}

/** The fields of a message, or undefined when the bytes are not a well-formed sequence of fields. */
export function parseFields(buf: Uint8Array): Field[] | undefined {
  const out: Field[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const t = readVarint(buf, pos);
    if (!t) return undefined;
    const [tag, p1] = t;
    const num = Number(tag >> 3n);
    const wt = Number(tag & 7n);
    if (num === 0) return undefined;
    pos = p1;
    if (wt === 0) {
      const v = readVarint(buf, pos);
      if (!v) return undefined;
      out.push({ num, wt, value: v[0] });
      pos = v[1];
    } else if (wt === 2) {
      const l = readVarint(buf, pos);
      if (!l || l[1] + Number(l[0]) > buf.length) return undefined;
      out.push({ num, wt, value: buf.subarray(l[1], l[1] + Number(l[0])) });
      pos = l[1] + Number(l[0]);
    } else if (wt === 1 || wt === 5) {
      const n = wt === 1 ? 8 : 4;
      if (pos + n > buf.length) return undefined;
      out.push({ num, wt, value: buf.subarray(pos, pos + n) });
      pos += n;
    } else {
      return undefined;
    }
  }
  return out;
}

export function encodeFields(fields: Field[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const f of fields) {
    parts.push(encodeInt64(BigInt((f.num << 3) | f.wt)));
    if (typeof f.value === 'bigint') parts.push(encodeInt64(f.value));
    else {
      if (f.wt === 2) parts.push(encodeUvarint(f.value.length));
      parts.push(f.value);
    }
  }
  return Buffer.concat(parts);
}

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

/** Values that mean something to settle's decoders and handlers. */
export function dictionary(extra: { addresses: string[]; pubkeys: Uint8Array[] }): Uint8Array[] {
  const s = (x: string): Uint8Array => Buffer.from(x, 'utf8');
  const strings = [
    '', '0', '1', '-1', '00001', ' 1', '1 ', '1.5', '1e6', '0x10', '+5', '١٢٣',
    '115792089237316195423570985008687907853269984665640564039457584007913129639935', // 2^256 - 1
    '115792089237316195423570985008687907853269984665640564039457584007913129639936', // 2^256
    '9'.repeat(100), '18446744073709551616',
    'usettle', 'uusdc', 'uatom', 'USETTLE', 'a', 'ab', 'u'.repeat(128), 'u'.repeat(129), 'ibc/' + 'AB'.repeat(32), 'factory/x/y', 'Ü', 'u\u0000x', 'u usdc',
    '/cosmos.bank.v1beta1.MsgSend', '/cosmos.bank.v1beta1.MsgMultiSend', '/cosmos.bank.v1beta1.MsgUpdateParams', '/cosmos.bank.v1beta1.MsgSetSendEnabled',
    '/cosmos.auth.v1beta1.MsgUpdateParams', '/cosmos.gov.v1.MsgVote', '/cosmos.crypto.secp256k1.PubKey', '/cosmos.crypto.ed25519.PubKey',
    '/cosmos.crypto.multisig.LegacyAminoPubKey', '/cosmos.tx.v1beta1.TxBody', '/', 'x'.repeat(300),
    'settle1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqnrql8a', 'cosmos1w94h99z4dezj6chkk5x406ur6v67ra5a6u5q2l', 'SETTLE1W94H99Z4DEZJ6CHKK5X406UR6V67RA5ATJN5PH',
    'settle1w94h99z4dezj6chkk5x406ur6v67ra5atjn5pa', 'settle1', 'settle1' + 'q'.repeat(100),
    '\ud800', '🙂'.repeat(100), 'm'.repeat(257), 'm'.repeat(256),
    ...extra.addresses,
  ].map(s);
  const highS = (): Uint8Array => {
    const b = Buffer.alloc(64, 0x11);
    Buffer.from((N - 1n).toString(16).padStart(64, '0'), 'hex').copy(b, 32);
    return b;
  };
  const bytes = [
    new Uint8Array(0), new Uint8Array(1), new Uint8Array(32), new Uint8Array(33), Buffer.alloc(33, 0xff), Uint8Array.of(4, ...new Uint8Array(64)),
    new Uint8Array(64), Buffer.alloc(64, 0xff), highS(), new Uint8Array(65), Buffer.alloc(20, 1), Buffer.alloc(1 << 16, 0x61),
    ...extra.pubkeys,
  ];
  return [...strings, ...bytes];
}

const VARINTS = [0n, 1n, 2n, 3n, 127n, 128n, 255n, 256n, 0x7fffffffn, 0xffffffffn, 1n << 53n, (1n << 63n) - 1n, 1n << 63n, (1n << 64n) - 1n];

/** One structure-aware mutation of a protobuf message (returns a copy; the input is not changed). */
export function mutateMessage(rng: Rng, buf: Uint8Array, dict: Uint8Array[], depth = 0): Uint8Array {
  const fields = parseFields(buf);
  if (!fields || fields.length === 0) {
    // not a message (or empty): replace the bytes
    return rng.next() < 0.5 ? rng.pick(dict) : rng.bytes(rng.int(40));
  }
  const i = rng.int(fields.length);
  const f = fields[i];
  if (f.wt === 2 && depth < 6 && rng.next() < 0.65) {
    const inner = f.value as Uint8Array;
    const sub = parseFields(inner);
    if (sub && sub.length > 0) {
      const copy = fields.slice();
      copy[i] = { ...f, value: mutateMessage(rng, inner, dict, depth + 1) };
      return encodeFields(copy);
    }
  }
  const copy = fields.slice();
  switch (rng.int(9)) {
    case 0:
      copy.splice(i, 1);
      break;
    case 1:
      copy.splice(i, 0, f);
      break;
    case 2: {
      const j = rng.int(copy.length);
      [copy[i], copy[j]] = [copy[j], copy[i]];
      break;
    }
    case 3:
      copy[i] = { ...f, num: 1 + rng.int(rng.next() < 0.8 ? 16 : 1 << 20) };
      break;
    case 4: {
      const wt = rng.pick([0, 1, 2, 5]);
      copy[i] = { num: f.num, wt, value: wt === 0 ? rng.pick(VARINTS) : wt === 2 ? rng.pick(dict) : rng.bytes(wt === 1 ? 8 : 4) };
      break;
    }
    case 5:
      copy.push({ num: 1 + rng.int(30), wt: 0, value: rng.pick(VARINTS) });
      break;
    default:
      if (f.wt === 0) copy[i] = { ...f, value: rng.next() < 0.7 ? rng.pick(VARINTS) : BigInt(rng.int(1 << 30)) };
      else if (f.wt === 2) {
        const v = f.value as Uint8Array;
        const r = rng.next();
        copy[i] = { ...f, value: r < 0.6 ? rng.pick(dict) : r < 0.8 ? v.subarray(0, rng.int(v.length + 1)) : Buffer.concat([v, rng.bytes(1 + rng.int(8))]) };
      } else copy[i] = { ...f, value: rng.bytes((f.value as Uint8Array).length) };
  }
  return encodeFields(copy);
}
