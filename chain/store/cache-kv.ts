import { compareBytes, latin1Bytes, latin1 } from '../encoding';
import { assertValidKey, assertValidValue } from './errors';
import { StagedValues } from './staged-values';
import type { KVPair, KVStore } from './types';

/** A staged write as iterators see it. */
interface Write {
  key: Uint8Array;
  /** undefined marks a deletion. */
  value: Uint8Array | undefined;
}

/**
 * A writable branch over a parent store: reads see the branch's own writes first, iterators merge
 * them with the parent's keys in order. `write()` applies the writes to the parent in key order
 * (so the parent, e.g. an IAVL tree, receives them deterministically); dropping the branch discards them.
 */
export class CacheKVStore implements KVStore {
  /** latin1 form of each written key (JS string order equals byte order) → index of its staged value. */
  private writes = new Map<string, number>();
  private readonly values = new StagedValues();
  /** The written keys known to be in order; `fresh` holds keys written since, not yet merged in. */
  private sorted: string[] = [];
  private fresh: string[] = [];

  constructor(private readonly parent: KVStore) {}

  get(key: Uint8Array): Uint8Array | undefined {
    const i = this.writes.get(latin1(key));
    if (i !== undefined) return this.values.get(i);
    return this.parent.get(key);
  }

  has(key: Uint8Array): boolean {
    const i = this.writes.get(latin1(key));
    if (i !== undefined) return this.values.get(i) !== undefined;
    return this.parent.has(key);
  }

  set(key: Uint8Array, value: Uint8Array): void {
    assertValidKey(key);
    assertValidValue(value);
    this.record(key, value);
  }

  delete(key: Uint8Array): void {
    assertValidKey(key);
    this.record(key, undefined);
  }

  private record(key: Uint8Array, value: Uint8Array | undefined): void {
    this.recordLatin1(latin1(key), value);
  }

  /** Stages a write of a key already in latin1 form (and already validated). */
  private recordLatin1(k: string, value: Uint8Array | undefined): void {
    const known = this.writes.has(k);
    this.writes.set(k, this.values.add(value));
    if (!known) this.fresh.push(k);
  }

  /** Number of keys written (set or deleted) in this branch. */
  get pendingWrites(): number {
    return this.writes.size;
  }

  /**
   * Applies the writes to the parent in ascending key order and empties the branch. A parent that is itself a
   * branch takes them as they are (a tx's branches nest two deep over the block's): it keeps one staged value
   * per key whatever the order, and sorts them itself before they reach a tree.
   */
  write(): void {
    const parent = this.parent;
    if (parent instanceof CacheKVStore) {
      for (const [k, i] of this.writes) parent.recordLatin1(k, this.values.get(i));
    } else {
      for (const k of this.sortedKeys()) {
        const value = this.values.get(this.writes.get(k)!);
        if (value === undefined) parent.delete(latin1Bytes(k));
        else parent.set(latin1Bytes(k), value);
      }
    }
    this.writes.clear();
    this.values.clear();
    this.sorted = [];
    this.fresh = [];
  }

  iterator(start?: Uint8Array, end?: Uint8Array): IterableIterator<KVPair> {
    return mergeIterators(this.parent.iterator(start, end), this.writesInRange(start, end), true);
  }

  reverseIterator(start?: Uint8Array, end?: Uint8Array): IterableIterator<KVPair> {
    return mergeIterators(this.parent.reverseIterator(start, end), this.writesInRange(start, end).reverse(), false);
  }

  /**
   * Every written key in ascending order. Only the keys written since the last call are sorted, then merged
   * into the sorted list: matching interleaves iterators with new writes, and re-sorting every key each
   * time cost O(n log n) per iterator. The result is the same list either way (the keys are distinct).
   */
  private sortedKeys(): string[] {
    if (this.fresh.length === 0) return this.sorted;
    // The default sort compares UTF-16 code units: byte order for latin1 strings, without a callback.
    const add = this.fresh.sort();
    this.fresh = [];
    const old = this.sorted;
    if (old.length === 0) {
      this.sorted = add;
      return add;
    }
    const out: string[] = new Array(old.length + add.length);
    let i = 0;
    let j = 0;
    let n = 0;
    while (i < old.length && j < add.length) out[n++] = old[i] < add[j] ? old[i++] : add[j++];
    while (i < old.length) out[n++] = old[i++];
    while (j < add.length) out[n++] = add[j++];
    this.sorted = out;
    return out;
  }

  /** A snapshot of the writes in [start, end), ascending; later writes do not disturb running iterators. */
  private writesInRange(start?: Uint8Array, end?: Uint8Array): Write[] {
    const all = this.sortedKeys();
    const lo = start === undefined ? 0 : lowerBound(all, latin1(start));
    const hi = end === undefined ? all.length : lowerBound(all, latin1(end));
    return all.slice(lo, hi).map((k) => ({ key: latin1Bytes(k), value: this.values.get(this.writes.get(k)!) }));
  }
}

function lowerBound(arr: string[], k: string): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid] < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function* mergeIterators(parent: Iterator<KVPair>, writes: Write[], ascending: boolean): IterableIterator<KVPair> {
  const dir = ascending ? 1 : -1;
  let p = parent.next();
  let i = 0;
  while (!p.done || i < writes.length) {
    let c: number;
    if (p.done) c = 1;
    else if (i >= writes.length) c = -1;
    else c = compareBytes(p.value.key, writes[i].key) * dir;
    if (c < 0) {
      yield p.value as KVPair;
      p = parent.next();
      continue;
    }
    const w = writes[i++];
    if (c === 0) p = parent.next();
    if (w.value !== undefined) yield { key: w.key, value: w.value };
  }
}
