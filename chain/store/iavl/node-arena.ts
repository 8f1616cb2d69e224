import { BytePool } from './byte-pool';

/** No node: an absent child pointer (the child is then named by its node key). */
export const NONE = -1;

/** Flag bits. */
export const HASHED = 1;
/** Part of the newest tree (or the working tree), owned by exactly one parent pointer or a root; not cache-owned. */
export const RESIDENT = 2;
/** A resident saved node the working tree has replaced; freed when the next version is saved. */
export const ORPHANED = 4;
const FREE = 8;

/**
 * One node is one 128-byte record (two cache lines, so visiting a node costs two memory loads):
 *
 *   f64 [0..3]   size, version, left version, right version
 *   i32 [8..11]  left slot, right slot, key ref, value ref (BytePool refs; NONE if absent)
 *   u32 [12..14] nonce, left nonce, right nonce
 *   u8  [60..62] height, flags, inline key length (0: the key is in the BytePool)
 *   [64..96)     hash
 *   [96..128)    the key, if it has at most INLINE_KEY bytes
 *
 * Keys are kept inline when short so that comparing a key on the way down the tree (and hashing or
 * encoding the node) needs no second memory load from the BytePool.
 */
const RECORD = 128;
const F = RECORD / 8;
const I = RECORD / 4;
const KEY_LEN_AT = 62;
const HASH_AT = 64;
const KEY_AT = 96;
export const INLINE_KEY = RECORD - KEY_AT;

/**
 * Tree nodes as records in one large buffer: a node is a slot number; its key and value live in a
 * BytePool. Millions of resident nodes are then a few large buffers for the garbage collector instead
 * of millions of objects. Slots are reused through a free bitmap; `generation` changes whenever a slot
 * is freed, so a reader holding slots across calls (an iterator) can tell that it must find its place again.
 *
 * A saved node has a node key (version ≥ 1, nonce); an unsaved one has version 0. A child is either a
 * slot in memory or NONE plus the child's node key (its version and nonce).
 */
export class NodeArena {
  readonly bytes = new BytePool();
  generation = 0;
  /** The records, as bytes (hashes are read and written through this view). */
  u8!: Uint8Array;
  private f64!: Float64Array;
  private i32!: Int32Array;
  private u32!: Uint32Array;
  private capacity = 0;
  private top = 0;
  /**
   * Free slots as a bitmap (bit s of word s / 32), so alloc can hand out the lowest free slot: a
   * block's new nodes, allocated in about the order they are later hashed and saved, are then near
   * each other in memory. No free slot lies below word `firstFreeWord`.
   */
  private freeBits = new Int32Array(0);
  private freeCount = 0;
  private firstFreeWord = 0;
  /** Slots to free at the next `releaseDeferred` (cache evictions that a running operation may still hold). */
  private deferred: number[] = [];
  /** Slots in use. */
  live = 0;

  constructor(initialSlots = 1024) {
    this.resize(initialSlots);
  }

  /** A fresh slot: unsaved, unhashed, no children, no key or value. */
  alloc(): number {
    let s: number;
    if (this.freeCount > 0) {
      const bits = this.freeBits;
      let w = this.firstFreeWord;
      while (bits[w] === 0) w++;
      const word = bits[w];
      const b = 31 - Math.clz32(word & -word);
      bits[w] = word ^ (1 << b);
      this.firstFreeWord = w;
      this.freeCount--;
      s = w * 32 + b;
    } else {
      if (this.top === this.capacity) this.resize(Math.ceil(this.capacity * 1.5));
      s = this.top++;
    }
    this.live++;
    const f = s * F;
    this.f64[f] = 0;
    this.f64[f + 1] = 0;
    this.f64[f + 2] = 0;
    this.f64[f + 3] = 0;
    const i = s * I;
    this.i32[i + 8] = NONE;
    this.i32[i + 9] = NONE;
    this.i32[i + 10] = NONE;
    this.i32[i + 11] = NONE;
    this.u32[i + 12] = 0;
    this.u32[i + 13] = 0;
    this.u32[i + 14] = 0;
    this.i32[i + 15] = 0; // height, flags and inline key length
    return s;
  }

  /** Returns a slot (and its references to key and value bytes) for reuse. */
  free(s: number): void {
    if (this.flags(s) & FREE) throw new Error(`tree node slot ${s} freed twice`);
    const i = s * I;
    if (this.i32[i + 10] !== NONE) this.bytes.release(this.i32[i + 10]);
    if (this.i32[i + 11] !== NONE) this.bytes.release(this.i32[i + 11]);
    this.i32[i + 10] = NONE;
    this.i32[i + 11] = NONE;
    this.u8[s * RECORD + 61] = FREE;
    const w = s >>> 5;
    this.freeBits[w] |= 1 << (s & 31);
    if (w < this.firstFreeWord) this.firstFreeWord = w;
    this.freeCount++;
    this.live--;
    this.generation++;
  }

  deferFree(s: number): void {
    this.deferred.push(s);
  }

  releaseDeferred(): void {
    if (this.deferred.length === 0) return;
    const slots = this.deferred;
    this.deferred = [];
    for (const s of slots) this.free(s);
  }

  size(s: number): number {
    return this.f64[s * F];
  }
  setSize(s: number, v: number): void {
    this.f64[s * F] = v;
  }
  version(s: number): number {
    return this.f64[s * F + 1];
  }
  setVersion(s: number, v: number): void {
    this.f64[s * F + 1] = v;
  }
  isSaved(s: number): boolean {
    return this.f64[s * F + 1] !== 0;
  }
  nonce(s: number): number {
    return this.u32[s * I + 12];
  }
  setNonce(s: number, v: number): void {
    this.u32[s * I + 12] = v;
  }
  height(s: number): number {
    return this.u8[s * RECORD + 60];
  }
  setHeight(s: number, v: number): void {
    this.u8[s * RECORD + 60] = v;
  }
  flags(s: number): number {
    return this.u8[s * RECORD + 61];
  }
  setFlags(s: number, v: number): void {
    this.u8[s * RECORD + 61] = v;
  }
  /** Gives slot `s` (which has no key yet) a copy of `key`. */
  setKeyBytes(s: number, key: Uint8Array): void {
    const len = key.length;
    if (len > INLINE_KEY) {
      this.i32[s * I + 10] = this.bytes.alloc(key);
      return;
    }
    const u8 = this.u8;
    const o = s * RECORD + KEY_AT;
    for (let i = 0; i < len; i++) u8[o + i] = key[i];
    u8[s * RECORD + KEY_LEN_AT] = len;
  }

  /** Gives slot `s` the key of slot `from`, replacing any key `s` has (a long key is shared, not copied). */
  setKeyOf(s: number, from: number): void {
    const ref = this.i32[s * I + 10];
    if (ref !== NONE) {
      this.bytes.release(ref);
      this.i32[s * I + 10] = NONE;
    }
    const u8 = this.u8;
    const len = u8[from * RECORD + KEY_LEN_AT];
    u8[s * RECORD + KEY_LEN_AT] = len;
    if (len === 0) {
      this.i32[s * I + 10] = this.bytes.share(this.i32[from * I + 10]);
      return;
    }
    const o = s * RECORD + KEY_AT;
    const f = from * RECORD + KEY_AT;
    for (let i = 0; i < len; i++) u8[o + i] = u8[f + i];
  }

  keyLength(s: number): number {
    const len = this.u8[s * RECORD + KEY_LEN_AT];
    return len !== 0 ? len : this.bytes.length(this.i32[s * I + 10]);
  }

  /** Go's bytes.Compare(key, key of s). */
  compareKey(key: Uint8Array, s: number): number {
    const len = this.u8[s * RECORD + KEY_LEN_AT];
    if (len === 0) return this.bytes.compare(key, this.i32[s * I + 10]);
    const u8 = this.u8;
    const o = s * RECORD + KEY_AT;
    const n = key.length < len ? key.length : len;
    for (let i = 0; i < n; i++) {
      const d = key[i] - u8[o + i];
      if (d !== 0) return d < 0 ? -1 : 1;
    }
    return key.length === len ? 0 : key.length < len ? -1 : 1;
  }

  /** Copies the key of s into dst at o; returns the end offset. */
  copyKeyTo(s: number, dst: Uint8Array, o: number): number {
    const len = this.u8[s * RECORD + KEY_LEN_AT];
    let src = this.u8;
    let start = s * RECORD + KEY_AT;
    let n = len;
    if (len === 0) {
      const ref = this.i32[s * I + 10];
      src = this.bytes.buf;
      start = this.bytes.offset(ref);
      n = this.bytes.length(ref);
      if (n > 256) {
        dst.set(src.subarray(start, start + n), o);
        return o + n;
      }
    }
    for (let i = 0; i < n; i++) dst[o + i] = src[start + i];
    return o + n;
  }

  /** A private copy of the key of s. */
  keyCopy(s: number): Uint8Array {
    const out = new Uint8Array(this.keyLength(s));
    this.copyKeyTo(s, out, 0);
    return out;
  }

  value(s: number): number {
    return this.i32[s * I + 11];
  }
  setValue(s: number, ref: number): void {
    this.i32[s * I + 11] = ref;
  }

  /** The child's slot, or NONE if it is not in memory (then see childVersion/childNonce). */
  child(s: number, isLeft: boolean): number {
    return this.i32[s * I + (isLeft ? 8 : 9)];
  }
  setChildSlot(s: number, isLeft: boolean, c: number): void {
    this.i32[s * I + (isLeft ? 8 : 9)] = c;
  }
  childVersion(s: number, isLeft: boolean): number {
    return this.f64[s * F + (isLeft ? 2 : 3)];
  }
  childNonce(s: number, isLeft: boolean): number {
    return this.u32[s * I + (isLeft ? 13 : 14)];
  }
  /** Sets a child reference: slot (or NONE) and node key. */
  setChild(s: number, isLeft: boolean, slot: number, version: number, nonce: number): void {
    this.i32[s * I + (isLeft ? 8 : 9)] = slot;
    this.f64[s * F + (isLeft ? 2 : 3)] = version;
    this.u32[s * I + (isLeft ? 13 : 14)] = nonce;
  }

  /** Byte offset of the node's hash in `u8`. */
  hashAt(s: number): number {
    return s * RECORD + HASH_AT;
  }

  /** The hash of a hashed node, copied out. */
  hashBytes(s: number): Buffer {
    if (!(this.flags(s) & HASHED)) throw new Error('node is not hashed');
    const o = s * RECORD + HASH_AT;
    return Buffer.from(this.u8.subarray(o, o + 32));
  }

  /** Bytes held by the records and the byte pool (for figures). */
  get bytesHeld(): number {
    return this.capacity * RECORD + this.bytes.capacity;
  }

  private resize(capacity: number): void {
    const ab = new ArrayBuffer(capacity * RECORD);
    const u8 = new Uint8Array(ab);
    if (this.u8) u8.set(this.u8);
    this.u8 = u8;
    this.f64 = new Float64Array(ab);
    this.i32 = new Int32Array(ab);
    this.u32 = new Uint32Array(ab);
    const bits = new Int32Array(Math.ceil(capacity / 32));
    bits.set(this.freeBits);
    this.freeBits = bits;
    this.capacity = capacity;
  }
}
