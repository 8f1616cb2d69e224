import type { Event, ExecTxResult, ResponseCheckTx } from 'cosmjs-types/tendermint/abci/types';
import { encodeUvarint, uvarint32Length, writeUvarint32 } from '../encoding';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const utf8 = require('cosmjs-types/utf8') as {
  utf8Length(s: string): number;
  utf8Write(s: string, buf: Uint8Array, pos: number): number;
};

/**
 * ExecTxResult and ResponseCheckTx, encoded in one pass over an exactly sized buffer. Both have the
 * same fields (code 1, data 2, log 3, info 4, gas_wanted 5, gas_used 6, events 7, codespace 8), and
 * a bank send's result carries 12 events with 28 attributes: cosmjs-types' writer builds a linked
 * list of ~100 operations for it (11 µs and much garbage per tx); this takes a fraction of that.
 * The bytes are exactly cosmjs-types' (proto3 defaults omitted, fields in number order; non-ASCII
 * strings go through cosmjs-types' own UTF-8 code), which test/chain/abci/tx-result-encoding.test.ts
 * checks on generated results.
 */
export function encodeTxResult(r: ExecTxResult | ResponseCheckTx): Uint8Array {
  const sizes: number[] = [];
  const eventsLen = sizeEvents(r.events, sizes);
  const code = r.code >>> 0;
  let len = eventsLen;
  if (code !== 0) len += 1 + uvarint32Length(code);
  if (r.data.length !== 0) len += 1 + uvarint32Length(r.data.length) + r.data.length;
  const log = r.log !== '' ? stringSize(r.log) : 0;
  if (r.log !== '') len += 1 + uvarint32Length(log) + log;
  const info = r.info !== '' ? stringSize(r.info) : 0;
  if (r.info !== '') len += 1 + uvarint32Length(info) + info;
  // int64 as protobuf writes it: a negative value as its 64-bit two's complement (10 bytes).
  const gasWanted = r.gasWanted !== 0n ? encodeUvarint(BigInt.asUintN(64, r.gasWanted)) : undefined;
  const gasUsed = r.gasUsed !== 0n ? encodeUvarint(BigInt.asUintN(64, r.gasUsed)) : undefined;
  if (gasWanted) len += 1 + gasWanted.length;
  if (gasUsed) len += 1 + gasUsed.length;
  const codespace = r.codespace !== '' ? stringSize(r.codespace) : 0;
  if (r.codespace !== '') len += 1 + uvarint32Length(codespace) + codespace;

  const out = new Uint8Array(len);
  let pos = 0;
  if (code !== 0) {
    out[pos++] = 8;
    pos = writeUvarint32(out, pos, code);
  }
  if (r.data.length !== 0) {
    out[pos++] = 18;
    pos = writeUvarint32(out, pos, r.data.length);
    out.set(r.data, pos);
    pos += r.data.length;
  }
  if (r.log !== '') pos = writeString(out, pos, 26, r.log, log);
  if (r.info !== '') pos = writeString(out, pos, 34, r.info, info);
  if (gasWanted) pos = writeBytes(out, pos, 40, gasWanted);
  if (gasUsed) pos = writeBytes(out, pos, 48, gasUsed);
  pos = writeEvents(out, pos, r.events, sizes);
  if (r.codespace !== '') pos = writeString(out, pos, 66, r.codespace, codespace);
  if (pos !== len) throw new Error(`tx result encoding: wrote ${pos} bytes, sized ${len}`);
  return out;
}

/**
 * Bytes of the events (field 7) and, in `sizes`, in traversal order: each event's body length, then
 * for each of its attributes the body length and the UTF-8 lengths of type/key/value as met.
 */
function sizeEvents(events: Event[], sizes: number[]): number {
  let total = 0;
  for (const e of events) {
    const at = sizes.length;
    sizes.push(0);
    let body = 0;
    if (e.type !== '') {
      const t = stringSize(e.type);
      sizes.push(t);
      body += 1 + uvarint32Length(t) + t;
    }
    for (const a of e.attributes) {
      const attrAt = sizes.length;
      sizes.push(0);
      let attr = 0;
      if (a.key !== '') {
        const k = stringSize(a.key);
        sizes.push(k);
        attr += 1 + uvarint32Length(k) + k;
      }
      if (a.value !== '') {
        const v = stringSize(a.value);
        sizes.push(v);
        attr += 1 + uvarint32Length(v) + v;
      }
      if (a.index === true) attr += 2;
      sizes[attrAt] = attr;
      body += 1 + uvarint32Length(attr) + attr;
    }
    sizes[at] = body;
    total += 1 + uvarint32Length(body) + body;
  }
  return total;
}

function writeEvents(out: Uint8Array, pos: number, events: Event[], sizes: number[]): number {
  let i = 0;
  for (const e of events) {
    out[pos++] = 58;
    pos = writeUvarint32(out, pos, sizes[i++]);
    if (e.type !== '') pos = writeString(out, pos, 10, e.type, sizes[i++]);
    for (const a of e.attributes) {
      out[pos++] = 18;
      pos = writeUvarint32(out, pos, sizes[i++]);
      if (a.key !== '') pos = writeString(out, pos, 10, a.key, sizes[i++]);
      if (a.value !== '') pos = writeString(out, pos, 18, a.value, sizes[i++]);
      if (a.index === true) {
        out[pos++] = 24;
        out[pos++] = 1;
      }
    }
  }
  return pos;
}

/** UTF-8 length: the string's length when it is ASCII (every string a bank send emits), else cosmjs-types'. */
function stringSize(s: string): number {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return utf8.utf8Length(s);
  return s.length;
}

function writeString(out: Uint8Array, pos: number, tag: number, s: string, size: number): number {
  out[pos++] = tag;
  pos = writeUvarint32(out, pos, size);
  if (size === s.length) {
    for (let i = 0; i < s.length; i++) out[pos + i] = s.charCodeAt(i);
  } else {
    utf8.utf8Write(s, out, pos);
  }
  return pos + size;
}

function writeBytes(out: Uint8Array, pos: number, tag: number, bytes: Uint8Array): number {
  out[pos++] = tag;
  out.set(bytes, pos);
  return pos + bytes.length;
}
