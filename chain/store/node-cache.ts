/**
 * A bounded cache with approximately-LRU eviction in O(1) per operation: entries live in a young
 * and an old generation; a hit in the old generation promotes the entry; when the young generation
 * fills up, the old one is dropped and the young one becomes old. At most `capacity` entries are held.
 * `onEvict` is told of every entry the cache drops by itself (not of those removed with `delete`).
 */
export class GenerationalCache<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  private readonly generationSize: number;
  hits = 0;
  misses = 0;

  constructor(capacity: number, private readonly onEvict?: (value: V) => void) {
    if (!Number.isInteger(capacity) || capacity < 2) throw new RangeError('cache capacity must be an integer ≥ 2');
    this.generationSize = Math.floor(capacity / 2);
  }

  get(key: K): V | undefined {
    let v = this.young.get(key);
    if (v !== undefined) {
      this.hits++;
      return v;
    }
    v = this.old.get(key);
    if (v !== undefined) {
      this.hits++;
      this.old.delete(key);
      this.put(key, v);
      return v;
    }
    this.misses++;
    return undefined;
  }

  put(key: K, value: V): void {
    if (this.young.size >= this.generationSize && !this.young.has(key)) {
      const dropped = this.old;
      this.old = this.young;
      this.young = new Map();
      if (this.onEvict) for (const v of dropped.values()) this.onEvict(v);
    }
    const replaced = this.young.get(key) ?? this.old.get(key);
    this.old.delete(key);
    this.young.set(key, value);
    if (replaced !== undefined && replaced !== value && this.onEvict) this.onEvict(replaced);
  }

  /** Removes an entry and returns its value; the caller now owns it. */
  delete(key: K): V | undefined {
    const v = this.young.get(key) ?? this.old.get(key);
    this.young.delete(key);
    this.old.delete(key);
    return v;
  }

  get size(): number {
    return this.young.size + this.old.size;
  }
}
