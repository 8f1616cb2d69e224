import * as crypto from 'node:crypto';
import { readUvarint, readVarint, writeUvarint, writeVarint } from '../../encoding';
import { StoreError } from '../errors';
import { sha256Latin1 } from '../hash';
import { HASHED, NodeArena, NONE } from './node-arena';

/**
 * A node of the IAVL+ tree, laid out as in cosmos/iavl v1, stored in a NodeArena slot. Leaves hold a
 * key and value; inner nodes hold the smallest key of their right subtree and two children. This file
 * has the node's hash (which must match iavl) and its database encoding (ours).
 */

const scratch = Buffer.alloc(4096);
/** scratch.subarray(0, n) for the common lengths, so hashing allocates no view. */
const scratchViews: Buffer[] = Array.from({ length: 256 }, (_, n) => scratch.subarray(0, n));

// A one-shot OpenSSL digest returning a latin1 string is the cheapest sha256 Node offers for small
// inputs (no Buffer allocation); the string is copied into the arena and dies young.
type OneShotLatin1 = (alg: string, data: Uint8Array, enc: 'latin1') => string;
const oneShot = (crypto as unknown as { hash?: OneShotLatin1 }).hash;
const digestLatin1: (data: Uint8Array) => string = oneShot ? (data) => oneShot('sha256', data, 'latin1') : sha256Latin1;

/**
 * Computes and stores the hash of node `s`, saved (or to be saved) at `version`, given its children's
 * slots (hashed) for an inner node: sha256(varint height ‖ varint size ‖ varint version ‖ leaf: bytes
 * key ‖ bytes sha256(value) | inner: bytes leftHash ‖ bytes rightHash), varints zig-zag, bytes
 * uvarint-length-prefixed.
 */
export function hashNode(a: NodeArena, s: number, version: number, left: number, right: number): void {
  const height = a.height(s);
  const keyLen = height === 0 ? a.keyLength(s) : 0;
  const need = 40 + (height === 0 ? keyLen + 33 : 66);
  const buf = need <= scratch.length ? scratch : Buffer.allocUnsafe(need);
  let o = writeVarint(buf, 0, height);
  o = writeVarint(buf, o, a.size(s));
  o = writeVarint(buf, o, version);
  const records = a.u8;
  if (height === 0) {
    o = writeUvarint(buf, o, keyLen);
    o = a.copyKeyTo(s, buf, o);
    buf[o++] = 32;
    const vh = digestLatin1(a.bytes.view(a.value(s)));
    for (let i = 0; i < 32; i++) buf[o + i] = vh.charCodeAt(i);
    o += 32;
  } else {
    if (!(a.flags(left) & HASHED) || !(a.flags(right) & HASHED)) throw new Error('inner node hash needs both child hashes');
    buf[o++] = 32;
    o = copyBytes(buf, o, records, a.hashAt(left), 32);
    buf[o++] = 32;
    o = copyBytes(buf, o, records, a.hashAt(right), 32);
  }
  const h = digestLatin1(buf === scratch && o < scratchViews.length ? scratchViews[o] : buf.subarray(0, o));
  const at = a.hashAt(s);
  for (let i = 0; i < 32; i++) records[at + i] = h.charCodeAt(i);
  a.setFlags(s, a.flags(s) | HASHED);
}

/** Most bytes `encodeNode` can write for node `s`. */
export function maxEncodedSize(a: NodeArena, s: number): number {
  const head = 10 + 10 + 5 + a.keyLength(s) + 32;
  return a.height(s) === 0 ? head + 5 + a.bytes.length(a.value(s)) : head + 4 * 10;
}

/**
 * Serializes saved node `s` into `buf` at `o` (our own layout; only hashes must match iavl); returns
 * the end offset: zz(height) ‖ uvarint size ‖ uvarint len key ‖ key, then for a leaf uvarint len value ‖
 * value ‖ hash, for an inner node hash ‖ uvarint left version ‖ left nonce ‖ right version ‖ right nonce.
 */
export function encodeNode(a: NodeArena, s: number, buf: Uint8Array, o: number): number {
  const flags = a.flags(s);
  if (!(flags & HASHED)) throw new Error('cannot encode an unhashed node');
  const pool = a.bytes;
  const height = a.height(s);
  o = writeVarint(buf, o, height);
  o = writeUvarint(buf, o, a.size(s));
  o = a.copyKeyTo(s, buf, writeUvarint(buf, o, a.keyLength(s)));
  if (height === 0) {
    const value = a.value(s);
    o = writeBytes(buf, o, pool.buf, pool.offset(value), pool.length(value));
    return copyBytes(buf, o, a.u8, a.hashAt(s), 32);
  }
  o = copyBytes(buf, o, a.u8, a.hashAt(s), 32);
  o = writeUvarint(buf, o, a.childVersion(s, true));
  o = writeUvarint(buf, o, a.childNonce(s, true));
  o = writeUvarint(buf, o, a.childVersion(s, false));
  return writeUvarint(buf, o, a.childNonce(s, false));
}

function writeBytes(buf: Uint8Array, o: number, src: Uint8Array, start: number, len: number): number {
  return copyBytes(buf, writeUvarint(buf, o, len), src, start, len);
}

/** Copies `len` bytes from src[start…] to dst[o…]; returns the end offset. (Buffer#copy is slow for short ranges.) */
function copyBytes(dst: Uint8Array, o: number, src: Uint8Array, start: number, len: number): number {
  if (len <= 256) {
    for (let i = 0; i < len; i++) dst[o + i] = src[start + i];
  } else {
    dst.set(src.subarray(start, start + len), o);
  }
  return o + len;
}

/** Decodes the saved node (version, nonce) from its encoding into a new slot (hashed, not resident). */
export function decodeNode(a: NodeArena, version: number, nonce: number, buf: Uint8Array): number {
  let o = 0;
  let height: number, size: number, keyLen: number;
  try {
    [height, o] = readVarint(buf, o);
    [size, o] = readUvarint(buf, o);
    [keyLen, o] = readUvarint(buf, o);
    if (o + keyLen > buf.length || height < 0 || height > 255 || size < 1) throw new Error('bad header');
  } catch (err) {
    throw corrupt(version, nonce, err);
  }
  const key = buf.subarray(o, o + keyLen);
  o += keyLen;
  let valueStart = 0;
  let valueLen = 0;
  let hashAt: number;
  let lv = 0, ln = 0, rv = 0, rn = 0;
  try {
    if (height === 0) {
      [valueLen, o] = readUvarint(buf, o);
      valueStart = o;
      o += valueLen;
      hashAt = o;
      o += 32;
    } else {
      hashAt = o;
      o += 32;
      [lv, o] = readUvarint(buf, o);
      [ln, o] = readUvarint(buf, o);
      [rv, o] = readUvarint(buf, o);
      [rn, o] = readUvarint(buf, o);
    }
    if (o !== buf.length) throw new Error('length mismatch');
  } catch (err) {
    throw corrupt(version, nonce, err);
  }
  const s = a.alloc();
  a.setHeight(s, height);
  a.setSize(s, size);
  a.setVersion(s, version);
  a.setNonce(s, nonce);
  a.setKeyBytes(s, key);
  if (height === 0) {
    a.setValue(s, a.bytes.alloc(buf.subarray(valueStart, valueStart + valueLen)));
  } else {
    a.setChild(s, true, NONE, lv, ln);
    a.setChild(s, false, NONE, rv, rn);
  }
  copyBytes(a.u8, a.hashAt(s), buf, hashAt, 32);
  a.setFlags(s, HASHED);
  return s;
}

function corrupt(version: number, nonce: number, err: unknown): StoreError {
  return new StoreError('CORRUPT_DATABASE', `tree node ${version}/${nonce} cannot be decoded: ${(err as Error).message}`);
}

export function nodeRef(tag: string, version: number, nonce: number): string {
  return tag + version + ':' + nonce;
}
