import { BytePool } from './byte-pool';

/** No node: an absent child pointer (the child is then named by its node key). */
export const NONE = -1;

/** `flags` bits. */
export const HASHED = 1;
/** Part of the newest tree (or the working tree), owned by exactly one parent pointer or a root; not cache-owned. */
export const RESIDENT = 2;
/** A resident saved node the working tree has replaced; freed when the next version is saved. */
export const ORPHANED = 4;
const FREE = 8;

/**
 * Tree nodes as a struct of arrays: a node is a slot number, its fields are entries of typed arrays,
 * its key and value live in a BytePool and its hash in one 32-byte-per-slot buffer. Millions of
 * resident nodes are then a few dozen large buffers for the garbage collector instead of millions of
 * objects. Slots are reused through a free list; `generation` changes whenever a slot is freed, so
 * a reader holding slots across calls (an iterator) can tell that it must find its place again.
 *
 * A saved node has a node key (version ≥ 1, nonce); an unsaved one has version 0. A child is either a
 * slot in memory or NONE plus the child's node key (leftVersion/leftNonce, rightVersion/rightNonce).
 */
export class NodeArena {
  readonly bytes = new BytePool();
  generation = 0;
  height!: Uint8Array;
  flags!: Uint8Array;
  size!: Float64Array;
  version!: Float64Array;
  nonce!: Uint32Array;
  left!: Int32Array;
  right!: Int32Array;
  leftVersion!: Float64Array;
  leftNonce!: Uint32Array;
  rightVersion!: Float64Array;
  rightNonce!: Uint32Array;
  /** BytePool refs; value is NONE for inner nodes. */
  key!: Int32Array;
  value!: Int32Array;
  hashes!: Buffer;
  private capacity = 0;
  private top = 0;
  private freeSlots: number[] = [];
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
    if (this.freeSlots.length > 0) s = this.freeSlots.pop()!;
    else {
      if (this.top === this.capacity) this.resize(Math.ceil(this.capacity * 1.5));
      s = this.top++;
    }
    this.live++;
    this.flags[s] = 0;
    this.height[s] = 0;
    this.size[s] = 0;
    this.version[s] = 0;
    this.nonce[s] = 0;
    this.left[s] = NONE;
    this.right[s] = NONE;
    this.leftVersion[s] = 0;
    this.leftNonce[s] = 0;
    this.rightVersion[s] = 0;
    this.rightNonce[s] = 0;
    this.key[s] = NONE;
    this.value[s] = NONE;
    return s;
  }

  /** Returns a slot (and its references to key and value bytes) for reuse. */
  free(s: number): void {
    if (this.flags[s] & FREE) throw new Error(`tree node slot ${s} freed twice`);
    if (this.key[s] !== NONE) this.bytes.release(this.key[s]);
    if (this.value[s] !== NONE) this.bytes.release(this.value[s]);
    this.key[s] = NONE;
    this.value[s] = NONE;
    this.flags[s] = FREE;
    this.freeSlots.push(s);
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

  isSaved(s: number): boolean {
    return this.version[s] !== 0;
  }

  /** The hash of a hashed node, copied out. */
  hashBytes(s: number): Buffer {
    if (!(this.flags[s] & HASHED)) throw new Error('node is not hashed');
    return Buffer.from(this.hashes.subarray(s * 32, s * 32 + 32));
  }

  /** Bytes held by the arena's arrays and pool (for figures). */
  get bytesHeld(): number {
    return this.capacity * (1 + 1 + 8 + 8 + 4 + 4 + 4 + 8 + 4 + 8 + 4 + 4 + 4 + 32) + this.bytes.capacity;
  }

  private resize(capacity: number): void {
    const grow = <T extends Uint8Array | Int32Array | Uint32Array | Float64Array>(old: T | undefined, make: (n: number) => T): T => {
      const next = make(capacity);
      if (old) next.set(old as never);
      return next;
    };
    this.height = grow(this.height, (n) => new Uint8Array(n));
    this.flags = grow(this.flags, (n) => new Uint8Array(n));
    this.size = grow(this.size, (n) => new Float64Array(n));
    this.version = grow(this.version, (n) => new Float64Array(n));
    this.nonce = grow(this.nonce, (n) => new Uint32Array(n));
    this.left = grow(this.left, (n) => new Int32Array(n));
    this.right = grow(this.right, (n) => new Int32Array(n));
    this.leftVersion = grow(this.leftVersion, (n) => new Float64Array(n));
    this.leftNonce = grow(this.leftNonce, (n) => new Uint32Array(n));
    this.rightVersion = grow(this.rightVersion, (n) => new Float64Array(n));
    this.rightNonce = grow(this.rightNonce, (n) => new Uint32Array(n));
    this.key = grow(this.key, (n) => new Int32Array(n));
    this.value = grow(this.value, (n) => new Int32Array(n));
    const hashes = Buffer.from(new ArrayBuffer(capacity * 32));
    if (this.hashes) hashes.set(this.hashes);
    this.hashes = hashes;
    this.capacity = capacity;
  }
}
