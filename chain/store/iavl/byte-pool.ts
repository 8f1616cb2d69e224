/**
 * Byte strings (tree keys and values) kept in one large growable buffer instead of as millions of
 * small typed arrays, so the garbage collector never traces them.
 *
 * A string lives in a chunk: `u32 refcount ‖ u32 length ‖ bytes`, 8-byte aligned and named by its
 * offset / 8 (a "ref"). Inner nodes share their key with a leaf, hence the refcount. Freed chunks are
 * kept in free lists by chunk size and reused for strings of the same size class.
 */
export class BytePool {
  /** The bytes; replaced when the pool grows, so never keep a view of it across an `alloc`. */
  buf: Buffer;
  private words: Uint32Array;
  private used = 0;
  private readonly freeBySize = new Map<number, number[]>();

  constructor(initialBytes = 1 << 20) {
    const ab = new ArrayBuffer(initialBytes);
    this.buf = Buffer.from(ab);
    this.words = new Uint32Array(ab);
  }

  /** A new chunk holding a copy of `bytes`, refcount 1. */
  alloc(bytes: Uint8Array): number {
    const len = bytes.length;
    const size = chunkSize(len);
    const free = this.freeBySize.get(size);
    let ref: number;
    if (free !== undefined && free.length > 0) {
      ref = free.pop()!;
    } else {
      if (this.used + size > this.buf.length) this.grow(this.used + size);
      ref = this.used / 8;
      this.used += size;
    }
    this.words[ref * 2] = 1;
    this.words[ref * 2 + 1] = len;
    const o = ref * 8 + 8;
    if (len <= 32) {
      const b = this.buf;
      for (let i = 0; i < len; i++) b[o + i] = bytes[i];
    } else {
      this.buf.set(bytes, o);
    }
    return ref;
  }

  /** Another owner of chunk `ref`. */
  share(ref: number): number {
    this.words[ref * 2]++;
    return ref;
  }

  /** Drops one owner; the chunk is reused once none is left. */
  release(ref: number): void {
    const rc = this.words[ref * 2] - 1;
    this.words[ref * 2] = rc;
    if (rc > 0) return;
    const size = chunkSize(this.words[ref * 2 + 1]);
    let free = this.freeBySize.get(size);
    if (free === undefined) {
      free = [];
      this.freeBySize.set(size, free);
    }
    free.push(ref);
  }

  length(ref: number): number {
    return this.words[ref * 2 + 1];
  }

  /** Byte offset of the string's first byte in `buf`. */
  offset(ref: number): number {
    return ref * 8 + 8;
  }

  /** A private copy of the string (callers may keep it; the pool's memory is reused). */
  copy(ref: number): Uint8Array {
    const len = this.words[ref * 2 + 1];
    const o = ref * 8 + 8;
    const out = new Uint8Array(len);
    if (len <= 32) {
      const b = this.buf;
      for (let i = 0; i < len; i++) out[i] = b[o + i];
    } else {
      out.set(this.buf.subarray(o, o + len));
    }
    return out;
  }

  /** A view of the string, valid until the next `alloc` (for hashing and encoding). */
  view(ref: number): Buffer {
    const o = ref * 8 + 8;
    return this.buf.subarray(o, o + this.words[ref * 2 + 1]);
  }

  /** Go's bytes.Compare(key, string at ref). */
  compare(key: Uint8Array, ref: number): number {
    const len = this.words[ref * 2 + 1];
    const o = ref * 8 + 8;
    const b = this.buf;
    const n = key.length < len ? key.length : len;
    for (let i = 0; i < n; i++) {
      const d = key[i] - b[o + i];
      if (d !== 0) return d < 0 ? -1 : 1;
    }
    return key.length === len ? 0 : key.length < len ? -1 : 1;
  }

  /** Bytes held by the pool (live and free chunks). */
  get capacity(): number {
    return this.buf.length;
  }

  private grow(need: number): void {
    let cap = this.buf.length;
    while (cap < need) cap = Math.ceil((cap * 1.5) / 8) * 8;
    const ab = new ArrayBuffer(cap);
    const next = Buffer.from(ab);
    next.set(this.buf.subarray(0, this.used));
    this.buf = next;
    this.words = new Uint32Array(ab);
  }
}

/**
 * Chunk bytes for a string of `len` bytes: header included, rounded up to 8 bytes; above 1 KiB to a
 * quarter of the power of two below, which bounds both the waste and the number of size classes.
 */
function chunkSize(len: number): number {
  const t = len + 8;
  if (t <= 1024) return (t + 7) & ~7;
  const quarter = (1 << (31 - Math.clz32(t))) >>> 2;
  return Math.ceil(t / quarter) * quarter;
}
