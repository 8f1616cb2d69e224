import { StoreError } from '../errors';
import { EMPTY_HASH } from '../hash';
import type { KVPair } from '../types';
import { hashNode } from './node';
import { HASHED, NONE, NodeArena, ORPHANED, RESIDENT } from './node-arena';
import type { Batch, NodeDB } from './node-db';
import { EncodedNodes } from './encoded-nodes';
import { NumberStack } from './number-stack';
import { treeGet, treeIterate } from './tree-read';

const LEFT = true;
const RIGHT = false;

/**
 * The working tree of one store: the last saved version plus unsaved changes, mutated by
 * copy-on-write exactly as cosmos/iavl v1 does (same rotations, same node versions), so the same
 * operations give the same root hash.
 *
 * Saved nodes are immutable: changing one clones it and records the original as an orphan. An
 * unsaved node belongs to this tree alone and has no identity in the result, so where iavl clones
 * an unsaved node this tree changes it in place (same structure, same hashes, no garbage).
 */
export class MutableTree {
  private root: number;
  /** Node keys (version, nonce pairs) of saved nodes replaced by the working changes. */
  private readonly orphanKeys = new NumberStack();
  /** Those of them held in memory by this tree: freed once the next version is saved. */
  private readonly orphanSlots = new NumberStack();
  /** The new nodes, hashed and encoded by workingHash for `preparedVersion` after `preparedWrites` writes. */
  private readonly encoded = new EncodedNodes();
  private preparedVersion = -1;
  private preparedWrites = -1;
  /** Counts writes, so iterators over the working tree notice them. */
  private writes = 0;
  /** Side results of recursiveSet/recursiveRemove (saves allocating a tuple per level). */
  private updated = false;
  private replacement = NONE;
  private newKey = NONE;
  private readonly a: NodeArena;

  constructor(
    readonly ndb: NodeDB,
    root: number,
    /** The last saved version (0 if none). */
    public version: number,
  ) {
    this.a = ndb.arena;
    this.root = ndb.adopt(root);
    ndb.setLatestRoot(this.root);
  }

  get size(): number {
    return this.root === NONE ? 0 : this.a.size(this.root);
  }

  get height(): number {
    return this.root === NONE ? 0 : this.a.height(this.root);
  }

  get(key: Uint8Array): Uint8Array | undefined {
    this.ndb.releaseDeferred();
    return treeGet(this.ndb, this.root, key);
  }

  iterate(start: Uint8Array | undefined, end: Uint8Array | undefined, ascending: boolean): IterableIterator<KVPair> {
    return treeIterate(this.ndb, () => this.root, () => this.a.generation + this.writes, start, end, ascending);
  }

  /** Sets key to value; returns true if the key existed (an overwrite). */
  set(key: Uint8Array, value: Uint8Array): boolean {
    this.ndb.releaseDeferred();
    this.writes++;
    if (this.root === NONE) {
      this.root = this.newLeaf(value);
      this.a.setKeyBytes(this.root, key);
      return false;
    }
    this.root = this.recursiveSet(this.root, key, value);
    return this.updated;
  }

  /** Removes key; returns true if it existed. */
  remove(key: Uint8Array): boolean {
    this.ndb.releaseDeferred();
    this.writes++;
    if (this.root === NONE) return false;
    this.newKey = NONE;
    if (!this.recursiveRemove(this.root, key)) return false;
    if (this.newKey !== NONE) this.a.free(this.newKey);
    this.newKey = NONE;
    this.root = this.ndb.adopt(this.replacement);
    return true;
  }

  /**
   * Root hash of the working tree as it would be saved at `version`. Hashes stay in the arena; the
   * new nodes are numbered and encoded in the same pass, ready for saveVersion.
   */
  workingHash(version: number): Buffer {
    if (this.root === NONE) return EMPTY_HASH;
    if (!this.a.isSaved(this.root) && (this.preparedVersion !== version || this.preparedWrites !== this.writes)) {
      this.encoded.reset();
      this.prepare(this.root, 1, version);
      this.preparedVersion = version;
      this.preparedWrites = this.writes;
    }
    return this.a.hashBytes(this.root);
  }

  /**
   * Saves the working tree as `version`: adds the new nodes, the root record and the orphans to
   * `batch`. The caller writes the batch (with every other store's) atomically.
   */
  saveVersion(batch: Batch, version: number): Buffer {
    if (!(version > this.version)) {
      throw new StoreError('INVALID_ARGUMENT', `cannot save version ${version}: version ${this.version} is already saved`);
    }
    this.ndb.releaseDeferred();
    const hash = this.workingHash(version);
    const a = this.a;
    if (this.root !== NONE && !a.isSaved(this.root)) {
      this.encoded.writeTo(this.ndb.pageWriter(batch, version));
      const nodes = this.encoded.slots;
      for (let i = 0; i < nodes.length; i++) a.setVersion(nodes.at(i), version);
      if (this.ndb.pinHeight > 1) this.ndb.unpinBelow(nodes);
      this.encoded.reset();
    }
    this.preparedVersion = -1;
    this.ndb.putRoot(batch, version, this.root);
    this.ndb.setLatestRoot(this.root);
    this.ndb.putOrphans(batch, version - 1, this.orphanKeys);
    for (let i = 0; i < this.orphanSlots.length; i++) a.free(this.orphanSlots.at(i));
    this.orphanKeys.clear();
    this.orphanSlots.clear();
    this.version = version;
    return hash;
  }

  /**
   * Hashes, numbers and encodes the unsaved subtree at `s`, whose nonce is `nonce`; returns its node
   * count. Walking the left subtree first gives iavl's pre-order nonces (the right child's nonce
   * follows the left subtree) while children are still hashed before their parent. Unsaved nodes
   * keep version 0 until saveVersion marks them; their nonce field holds the prospective nonce.
   */
  private prepare(s: number, nonce: number, version: number): number {
    const a = this.a;
    a.setNonce(s, nonce);
    let count = 1;
    if (a.height(s) === 0) {
      if (!(a.flags(s) & HASHED)) hashNode(a, s, version, NONE, NONE);
    } else {
      const l = this.ndb.left(s);
      if (!a.isSaved(l)) {
        a.setChild(s, LEFT, l, version, nonce + 1);
        count += this.prepare(l, nonce + 1, version);
      }
      const r = this.ndb.right(s);
      if (!a.isSaved(r)) {
        a.setChild(s, RIGHT, r, version, nonce + count);
        count += this.prepare(r, nonce + count, version);
      }
      if (!(a.flags(s) & HASHED)) hashNode(a, s, version, l, r);
    }
    this.encoded.add(a, s, nonce);
    return count;
  }

  /** A new leaf holding `value`; the caller gives it its key. */
  private newLeaf(value: Uint8Array): number {
    const a = this.a;
    const s = a.alloc();
    a.setSize(s, 1);
    a.setValue(s, a.bytes.alloc(value));
    a.setFlags(s, RESIDENT);
    return s;
  }

  /** Makes `c` the child of unsaved `p`: a pointer if this tree owns `c`, else just its node key. */
  private setChild(p: number, isLeft: boolean, c: number): void {
    const a = this.a;
    a.setChild(p, isLeft, a.flags(c) & RESIDENT ? c : NONE, a.version(c), a.nonce(c));
  }

  /** p.left = q.right (or the mirror image): moves a child reference between unsaved nodes. */
  private moveChild(p: number, toLeft: boolean, q: number, fromLeft: boolean): void {
    const a = this.a;
    a.setChild(p, toLeft, a.child(q, fromLeft), a.childVersion(q, fromLeft), a.childNonce(q, fromLeft));
  }

  /** Records a saved node as replaced; drops an unsaved one. */
  private discard(s: number): void {
    if (this.a.isSaved(s)) this.orphan(s);
    else this.a.free(s);
  }

  private orphan(s: number): void {
    const a = this.a;
    this.orphanKeys.push(a.version(s));
    this.orphanKeys.push(a.nonce(s));
    if (a.flags(s) & RESIDENT) {
      a.setFlags(s, a.flags(s) | ORPHANED);
      this.orphanSlots.push(s);
    }
  }

  /** An unsaved inner node to change in place of `s`: a copy of a saved node (which becomes an orphan), or `s` itself. */
  private clone(s: number): number {
    const a = this.a;
    if (a.height(s) === 0) throw new Error('attempt to clone a leaf node');
    if (!a.isSaved(s)) {
      a.setFlags(s, a.flags(s) & ~HASHED);
      return s;
    }
    const c = a.alloc();
    a.setHeight(c, a.height(s));
    a.setSize(c, a.size(s));
    a.setKeyOf(c, s);
    a.setChild(c, LEFT, a.child(s, LEFT), a.childVersion(s, LEFT), a.childNonce(s, LEFT));
    a.setChild(c, RIGHT, a.child(s, RIGHT), a.childVersion(s, RIGHT), a.childNonce(s, RIGHT));
    a.setFlags(c, RESIDENT);
    this.orphan(s);
    return c;
  }

  /** Returns the node replacing `s`; `this.updated` tells whether the key existed. */
  private recursiveSet(s: number, key: Uint8Array, value: Uint8Array): number {
    const a = this.a;
    if (a.height(s) === 0) {
      const c = a.compareKey(key, s);
      if (c === 0) {
        this.updated = true;
        if (!a.isSaved(s)) {
          a.bytes.release(a.value(s));
          a.setValue(s, a.bytes.alloc(value));
          a.setFlags(s, a.flags(s) & ~HASHED);
          return s;
        }
        this.orphan(s);
        const leaf = this.newLeaf(value);
        a.setKeyOf(leaf, s);
        return leaf;
      }
      this.updated = false;
      const leaf = this.newLeaf(value);
      a.setKeyBytes(leaf, key);
      const inner = a.alloc();
      a.setHeight(inner, 1);
      a.setSize(inner, 2);
      a.setKeyOf(inner, c < 0 ? s : leaf);
      a.setFlags(inner, RESIDENT);
      this.setChild(inner, LEFT, c < 0 ? leaf : s);
      this.setChild(inner, RIGHT, c < 0 ? s : leaf);
      return inner;
    }
    const copy = this.clone(s);
    if (a.compareKey(key, copy) < 0) {
      this.setChild(copy, LEFT, this.recursiveSet(this.ndb.left(copy), key, value));
    } else {
      this.setChild(copy, RIGHT, this.recursiveSet(this.ndb.right(copy), key, value));
    }
    if (this.updated) return copy;
    this.calcHeightAndSize(copy);
    return this.balance(copy);
  }

  /**
   * Removes `key` below `s`; returns whether it was there. Then `this.replacement` is the node
   * replacing `s` (NONE if none) and `this.newKey` a spare slot holding only a key that an ancestor
   * whose right subtree this is must take (the removed leaf was the smallest of that subtree).
   */
  private recursiveRemove(s: number, key: Uint8Array): boolean {
    const a = this.a;
    if (a.height(s) === 0) {
      if (a.compareKey(key, s) !== 0) return false;
      this.discard(s);
      this.replacement = NONE;
      return true;
    }
    if (a.compareKey(key, s) < 0) {
      if (!this.recursiveRemove(this.ndb.left(s), key)) return false;
      if (this.replacement === NONE) {
        // The left child was the removed leaf: this node collapses into its right child, whose
        // smallest key is this node's key.
        const right = this.ndb.right(s);
        this.newKey = a.alloc();
        a.setKeyOf(this.newKey, s);
        this.discard(s);
        this.replacement = right;
        return true;
      }
      const copy = this.clone(s);
      this.setChild(copy, LEFT, this.replacement);
      this.calcHeightAndSize(copy);
      this.replacement = this.balance(copy);
      return true;
    }
    if (!this.recursiveRemove(this.ndb.right(s), key)) return false;
    if (this.replacement === NONE) {
      const left = this.ndb.left(s);
      this.discard(s);
      this.replacement = left;
      return true;
    }
    const copy = this.clone(s);
    this.setChild(copy, RIGHT, this.replacement);
    if (this.newKey !== NONE) {
      a.setKeyOf(copy, this.newKey);
      a.free(this.newKey);
      this.newKey = NONE;
    }
    this.calcHeightAndSize(copy);
    this.replacement = this.balance(copy);
    return true;
  }

  private calcHeightAndSize(s: number): void {
    const a = this.a;
    const l = this.ndb.left(s);
    const r = this.ndb.right(s);
    const lh = a.height(l);
    const rh = a.height(r);
    a.setHeight(s, (lh > rh ? lh : rh) + 1);
    a.setSize(s, a.size(l) + a.size(r));
  }

  private balanceOf(s: number): number {
    return this.a.height(this.ndb.left(s)) - this.a.height(this.ndb.right(s));
  }

  /** Rebalances an unsaved node (AVL rotations, iavl's exact case analysis). */
  private balance(s: number): number {
    const b = this.balanceOf(s);
    if (b > 1) {
      if (this.balanceOf(this.ndb.left(s)) >= 0) return this.rotateRight(s);
      this.setChild(s, LEFT, this.rotateLeft(this.ndb.left(s)));
      return this.rotateRight(s);
    }
    if (b < -1) {
      if (this.balanceOf(this.ndb.right(s)) <= 0) return this.rotateLeft(s);
      this.setChild(s, RIGHT, this.rotateRight(this.ndb.right(s)));
      return this.rotateLeft(s);
    }
    return s;
  }

  private rotateRight(s: number): number {
    const n = this.clone(s);
    const top = this.clone(this.ndb.left(n));
    this.moveChild(n, LEFT, top, RIGHT);
    this.setChild(top, RIGHT, n);
    this.calcHeightAndSize(n);
    this.calcHeightAndSize(top);
    return top;
  }

  private rotateLeft(s: number): number {
    const n = this.clone(s);
    const top = this.clone(this.ndb.right(n));
    this.moveChild(n, RIGHT, top, LEFT);
    this.setChild(top, LEFT, n);
    this.calcHeightAndSize(n);
    this.calcHeightAndSize(top);
    return top;
  }
}
