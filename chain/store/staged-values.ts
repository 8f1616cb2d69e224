/**
 * A branch's staged values in one append-only buffer, named by index: a block's thousands of writes
 * are then a few large objects instead of a copy (and a record) each, which the young-generation
 * garbage collector would otherwise copy every time it runs while the block is being built.
 */
export class StagedValues {
  private data: Uint8Array = EMPTY;
  private used = 0;
  // Small at first: every tx opens several branches that stage a handful of writes; a block's grows.
  private start: Int32Array = new Int32Array(8);
  /** Byte length of each value; -1 marks a deletion. */
  private length: Int32Array = new Int32Array(8);
  private count = 0;

  /** Stages a copy of `value` (undefined for a deletion); returns its index. */
  add(value: Uint8Array | undefined): number {
    if (this.count === this.start.length) {
      this.start = grow(this.start);
      this.length = grow(this.length);
    }
    const i = this.count++;
    if (value === undefined) {
      this.length[i] = -1;
      return i;
    }
    const len = value.length;
    if (this.used + len > this.data.length) {
      // Views handed out earlier keep the old buffer alive and still read the same bytes.
      const next = new Uint8Array(Math.max(this.used + len, this.data.length * 2, 256));
      next.set(this.data.subarray(0, this.used));
      this.data = next;
    }
    const o = this.used;
    if (len <= 64) {
      const d = this.data;
      for (let j = 0; j < len; j++) d[o + j] = value[j];
    } else {
      this.data.set(value, o);
    }
    this.start[i] = o;
    this.length[i] = len;
    this.used = o + len;
    return i;
  }

  /** The staged value at `i` (a view; staged bytes are never overwritten), undefined for a deletion. */
  get(i: number): Uint8Array | undefined {
    const len = this.length[i];
    if (len < 0) return undefined;
    const o = this.start[i];
    return this.data.subarray(o, o + len);
  }

  /** Drops the staged values; views handed out stay valid (the buffer is not reused). */
  clear(): void {
    this.data = EMPTY;
    this.used = 0;
    this.count = 0;
  }
}

const EMPTY = new Uint8Array(0);

function grow(arr: Int32Array): Int32Array {
  const next = new Int32Array(arr.length * 2);
  next.set(arr);
  return next;
}
