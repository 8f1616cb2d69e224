import { compareBytes } from '../encoding';
import { StoreError } from '../errors';
import { EMPTY_HASH } from '../hash';
import type { KVPair } from '../types';
import { Node } from './node';
import type { Batch, NodeDB } from './node-db';
import { treeGet, treeIterate } from './tree-read';

/**
 * The working tree of one store: the last saved version plus unsaved changes, mutated by
 * copy-on-write exactly as cosmos/iavl v1 does (same rotations, same node versions), so the same
 * operations give the same root hash.
 */
export class MutableTree {
  /** Saved nodes replaced by the working changes: unreachable from the next version on. */
  private orphans: Node[] = [];

  constructor(
    readonly ndb: NodeDB,
    private root: Node | undefined,
    /** The last saved version (0 if none). */
    public version: number,
  ) {
    ndb.setLatestRoot(root);
  }

  get size(): number {
    return this.root ? this.root.size : 0;
  }

  get height(): number {
    return this.root ? this.root.height : 0;
  }

  get(key: Uint8Array): Uint8Array | undefined {
    return treeGet(this.ndb, this.root, key);
  }

  iterate(start: Uint8Array | undefined, end: Uint8Array | undefined, ascending: boolean): IterableIterator<KVPair> {
    return treeIterate(this.ndb, this.root, start, end, ascending);
  }

  /** Sets key to value; returns true if the key existed (an overwrite). */
  set(key: Uint8Array, value: Uint8Array): boolean {
    if (!this.root) {
      this.root = Node.leaf(key, value);
      return false;
    }
    const [root, updated] = this.recursiveSet(this.root, key, value);
    this.root = root;
    return updated;
  }

  /** Removes key; returns true if it existed. */
  remove(key: Uint8Array): boolean {
    if (!this.root) return false;
    const r = this.recursiveRemove(this.root, key);
    if (!r.removed) return false;
    this.root = r.node;
    return true;
  }

  /** Root hash of the working tree as it would be saved at `version` (hashes are cached on the nodes). */
  workingHash(version: number): Buffer {
    if (!this.root) return EMPTY_HASH;
    return Buffer.from(this.hashUnsaved(this.root, version), 'latin1');
  }

  /**
   * Saves the working tree as `version`: adds the new nodes, the root record and the orphans to
   * `batch`. The caller writes the batch (with every other store's) atomically.
   */
  saveVersion(batch: Batch, version: number): Buffer {
    if (!(version > this.version)) {
      throw new StoreError('INVALID_ARGUMENT', `cannot save version ${version}: version ${this.version} is already saved`);
    }
    const hash = this.workingHash(version);
    let newNodes: Node[] = [];
    if (this.root && !this.root.isSaved()) {
      let nonce = 0;
      // Pre-order nonces, as iavl assigns them; newNodes ends up in nonce order.
      const assign = (node: Node): void => {
        node.version = version;
        node.nonce = ++nonce;
        newNodes.push(node);
        if (node.height > 0) {
          const l = node.left!;
          const r = node.right!;
          if (!l.isSaved()) assign(l);
          if (!r.isSaved()) assign(r);
          node.leftVersion = l.version;
          node.leftNonce = l.nonce;
          node.rightVersion = r.version;
          node.rightNonce = r.nonce;
        }
      };
      assign(this.root);
      this.ndb.putNodes(batch, version, newNodes);
      newNodes = [];
    }
    this.ndb.putRoot(batch, version, this.root);
    this.ndb.setLatestRoot(this.root);
    this.ndb.putOrphans(batch, version - 1, this.orphans);
    this.orphans = [];
    this.version = version;
    return hash;
  }

  private hashUnsaved(node: Node, version: number): string {
    if (node.hash) return node.hash;
    if (node.height === 0) {
      node.hash = node.computeHash(version);
    } else {
      node.hash = node.computeHash(version, this.hashUnsaved(node.left!, version), this.hashUnsaved(node.right!, version));
    }
    return node.hash;
  }

  private orphan(node: Node): void {
    if (node.isSaved()) this.orphans.push(node);
  }

  private leftOf(node: Node): Node {
    return this.ndb.left(node);
  }

  private rightOf(node: Node): Node {
    return this.ndb.right(node);
  }

  /** A fresh unsaved copy of an inner node; a saved original becomes an orphan. */
  private clone(node: Node): Node {
    if (node.height === 0) throw new Error('attempt to clone a leaf node');
    const copy = node.cloneInner(this.leftOf(node), this.rightOf(node));
    this.orphan(node);
    return copy;
  }

  private recursiveSet(node: Node, key: Uint8Array, value: Uint8Array): [Node, boolean] {
    if (node.height === 0) {
      const c = compareBytes(key, node.key);
      if (c === 0) {
        this.orphan(node);
        return [Node.leaf(key, value), true];
      }
      const inner = new Node(c < 0 ? node.key : key, undefined, 1, 2);
      const leaf = Node.leaf(key, value);
      inner.left = c < 0 ? leaf : node;
      inner.right = c < 0 ? node : leaf;
      return [inner, false];
    }
    const copy = this.clone(node);
    let updated: boolean;
    if (compareBytes(key, node.key) < 0) {
      [copy.left, updated] = this.recursiveSet(copy.left!, key, value);
    } else {
      [copy.right, updated] = this.recursiveSet(copy.right!, key, value);
    }
    if (updated) return [copy, true];
    this.calcHeightAndSize(copy);
    return [this.balance(copy), false];
  }

  private recursiveRemove(node: Node, key: Uint8Array): { node: Node | undefined; newKey?: Uint8Array; removed: boolean } {
    if (node.height === 0) {
      if (compareBytes(key, node.key) === 0) {
        this.orphan(node);
        return { node: undefined, removed: true };
      }
      return { node, removed: false };
    }
    if (compareBytes(key, node.key) < 0) {
      const r = this.recursiveRemove(this.leftOf(node), key);
      if (!r.removed) return { node, removed: false };
      if (!r.node) {
        // The left child was the removed leaf: this node collapses into its right child, whose
        // smallest key is this node's key.
        const right = this.rightOf(node);
        this.orphan(node);
        return { node: right, newKey: node.key, removed: true };
      }
      const copy = this.clone(node);
      copy.left = r.node;
      this.calcHeightAndSize(copy);
      return { node: this.balance(copy), newKey: r.newKey, removed: true };
    }
    const r = this.recursiveRemove(this.rightOf(node), key);
    if (!r.removed) return { node, removed: false };
    if (!r.node) {
      const left = this.leftOf(node);
      this.orphan(node);
      return { node: left, removed: true };
    }
    const copy = this.clone(node);
    copy.right = r.node;
    if (r.newKey) copy.key = r.newKey;
    this.calcHeightAndSize(copy);
    return { node: this.balance(copy), removed: true };
  }

  private calcHeightAndSize(node: Node): void {
    const l = node.left!;
    const r = node.right!;
    node.height = (l.height > r.height ? l.height : r.height) + 1;
    node.size = l.size + r.size;
  }

  private balanceOf(node: Node): number {
    return this.leftOf(node).height - this.rightOf(node).height;
  }

  /** Rebalances an unsaved node (AVL rotations, iavl's exact case analysis). */
  private balance(node: Node): Node {
    const b = node.left!.height - node.right!.height;
    if (b > 1) {
      if (this.balanceOf(node.left!) >= 0) return this.rotateRight(node);
      node.left = this.rotateLeft(node.left!);
      return this.rotateRight(node);
    }
    if (b < -1) {
      if (this.balanceOf(node.right!) <= 0) return this.rotateLeft(node);
      node.right = this.rotateRight(node.right!);
      return this.rotateLeft(node);
    }
    return node;
  }

  private rotateRight(node: Node): Node {
    const n = node.hash ? this.clone(node) : node; // hashed nodes are never mutated
    const newTop = this.clone(n.left!);
    n.left = newTop.right;
    newTop.right = n;
    this.calcHeightAndSize(n);
    this.calcHeightAndSize(newTop);
    return newTop;
  }

  private rotateLeft(node: Node): Node {
    const n = node.hash ? this.clone(node) : node; // hashed nodes are never mutated
    const newTop = this.clone(n.right!);
    n.right = newTop.left;
    newTop.left = n;
    this.calcHeightAndSize(n);
    this.calcHeightAndSize(newTop);
    return newTop;
  }
}
