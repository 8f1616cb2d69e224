import { assertValidKey, assertValidValue, StoreError } from './errors';
import { NONE } from './iavl/node-arena';
import type { NodeDB } from './iavl/node-db';
import { MutableTree } from './iavl/mutable-tree';
import { treeGet, treeIterate } from './iavl/tree-read';
import type { KVPair, KVReader, KVStore } from './types';

/** The latest state of one module store: its working IAVL tree as a KVStore. */
export class IavlStore implements KVStore {
  constructor(readonly name: string, readonly tree: MutableTree) {}

  get(key: Uint8Array): Uint8Array | undefined {
    return this.tree.get(key);
  }

  has(key: Uint8Array): boolean {
    return this.tree.get(key) !== undefined;
  }

  set(key: Uint8Array, value: Uint8Array): void {
    assertValidKey(key);
    assertValidValue(value);
    this.tree.set(key, value);
  }

  delete(key: Uint8Array): void {
    assertValidKey(key);
    this.tree.remove(key);
  }

  iterator(start?: Uint8Array, end?: Uint8Array): IterableIterator<KVPair> {
    return this.tree.iterate(start, end, true);
  }

  reverseIterator(start?: Uint8Array, end?: Uint8Array): IterableIterator<KVPair> {
    return this.tree.iterate(start, end, false);
  }
}

/**
 * One store as it was saved at a version: read-only. It names its root by node key and finds the
 * root's slot again whenever the arena has freed slots since it last looked.
 */
export class VersionedStore implements KVReader {
  private slot = NONE;
  private seen = -1;

  constructor(
    readonly name: string,
    readonly version: number,
    readonly ndb: NodeDB,
    /** [version, nonce] of the root node, null for an empty tree. */
    private readonly rootKey: [number, number] | null,
  ) {}

  /** The root's slot, null for an empty tree (valid until the next store operation). */
  get root(): number | null {
    if (this.rootKey === null) return null;
    if (this.seen !== this.ndb.arena.generation) {
      this.slot = this.ndb.getNode(this.rootKey[0], this.rootKey[1]);
      this.seen = this.ndb.arena.generation;
    }
    return this.slot;
  }

  get(key: Uint8Array): Uint8Array | undefined {
    this.ndb.releaseDeferred();
    return treeGet(this.ndb, this.root ?? NONE, key);
  }

  has(key: Uint8Array): boolean {
    return this.get(key) !== undefined;
  }

  iterator(start?: Uint8Array, end?: Uint8Array): IterableIterator<KVPair> {
    return treeIterate(this.ndb, () => this.root ?? NONE, () => this.ndb.arena.generation, start, end, true);
  }

  reverseIterator(start?: Uint8Array, end?: Uint8Array): IterableIterator<KVPair> {
    return treeIterate(this.ndb, () => this.root ?? NONE, () => this.ndb.arena.generation, start, end, false);
  }

  /** Read-only stores refuse writes with a clear error (for code handed a reader by mistake). */
  set(): never {
    throw new StoreError('INVALID_ARGUMENT', `store "${this.name}" at version ${this.version} is read-only`);
  }
}
