import { concatBytes, prefixEnd } from '../encoding';
import { StoreError } from './errors';
import type { KVPair, KVReader, KVStore } from './types';

/** A view of the keys under `prefix`, with the prefix stripped. */
export class PrefixStore implements KVStore {
  private readonly prefix: Buffer;

  constructor(private readonly parent: KVStore, prefix: Uint8Array) {
    if (prefix.length === 0) throw new StoreError('INVALID_ARGUMENT', 'prefix must not be empty');
    this.prefix = Buffer.from(prefix);
  }

  private full(key: Uint8Array): Buffer {
    if (key.length === 0) throw new StoreError('INVALID_KEY', 'key must not be empty');
    return concatBytes(this.prefix, key);
  }

  get(key: Uint8Array): Uint8Array | undefined {
    return this.parent.get(this.full(key));
  }

  has(key: Uint8Array): boolean {
    return this.parent.has(this.full(key));
  }

  set(key: Uint8Array, value: Uint8Array): void {
    this.parent.set(this.full(key), value);
  }

  delete(key: Uint8Array): void {
    this.parent.delete(this.full(key));
  }

  iterator(start?: Uint8Array, end?: Uint8Array): IterableIterator<KVPair> {
    return prefixedRange(this.parent, this.prefix, start, end, false);
  }

  reverseIterator(start?: Uint8Array, end?: Uint8Array): IterableIterator<KVPair> {
    return prefixedRange(this.parent, this.prefix, start, end, true);
  }
}

function* prefixedRange(
  parent: KVReader,
  prefix: Buffer,
  start: Uint8Array | undefined,
  end: Uint8Array | undefined,
  reverse: boolean,
): IterableIterator<KVPair> {
  const from = start === undefined ? prefix : concatBytes(prefix, start);
  const to = end === undefined ? prefixEnd(prefix) : concatBytes(prefix, end);
  const it = reverse ? parent.reverseIterator(from, to) : parent.iterator(from, to);
  for (const { key, value } of it) yield { key: key.subarray(prefix.length), value };
}

/** Iterates every key starting with `prefix` (prefix kept). */
export function prefixIterator(store: KVReader, prefix: Uint8Array, reverse = false): IterableIterator<KVPair> {
  const end = prefixEnd(prefix);
  return reverse ? store.reverseIterator(prefix, end) : store.iterator(prefix, end);
}
