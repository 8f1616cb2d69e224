/** A key/value pair yielded by store iterators. */
export interface KVPair {
  key: Uint8Array;
  value: Uint8Array;
}

/** Read access to an ordered byte-keyed store. Ranges are [start, end); undefined means unbounded. */
export interface KVReader {
  get(key: Uint8Array): Uint8Array | undefined;
  has(key: Uint8Array): boolean;
  iterator(start?: Uint8Array, end?: Uint8Array): IterableIterator<KVPair>;
  reverseIterator(start?: Uint8Array, end?: Uint8Array): IterableIterator<KVPair>;
}

/** Read-write access. Writes are visible to later reads and iterators of the same store. */
export interface KVStore extends KVReader {
  set(key: Uint8Array, value: Uint8Array): void;
  delete(key: Uint8Array): void;
}
