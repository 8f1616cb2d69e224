import type { ClassicLevel } from 'classic-level';
import { concatBytes, readU64be, u64be } from '../encoding';
import { StoreError } from '../errors';
import { GenerationalCache } from '../node-cache';
import { Node, nodeRef } from './node';

export type LevelDB = ClassicLevel<Uint8Array, Uint8Array>;
export type Batch = ReturnType<LevelDB['batch']>;

/** Saved nodes at or above this height keep direct pointers to their children: the top of each tree
 * is walked by every operation, and it is small (nodes of height ≥ 6 are about 5% of a tree). */

const NODE = 0x6e; // 'n'
const ROOT = 0x72; // 'r'
const ORPHANS = 0x6f; // 'o'

/**
 * The database side of one tree: saved nodes keyed by (version, nonce), the root of every version,
 * and per version the list of nodes it orphaned, which makes pruning a range scan.
 *
 *   prefix ‖ 'n' ‖ u64 version ‖ u32 nonce → encoded node
 *   prefix ‖ 'r' ‖ u64 version             → root node key (12 bytes), empty for an empty tree
 *   prefix ‖ 'o' ‖ u64 lastLiveVersion     → node keys (12 bytes each) last reachable at that version
 */
export class NodeDB {
  constructor(
    readonly db: LevelDB,
    readonly prefix: Buffer,
    private readonly cache: GenerationalCache<string, Node>,
    /** Distinguishes this store's nodes in the shared cache. */
    private readonly tag: string,
    /**
     * Saved nodes at or above this height keep direct pointers to their children once loaded, so the
     * latest tree stays resident from this height up; below it nodes live in the bounded cache.
     * 1 keeps whole trees resident (fastest); a higher value bounds memory for very large states.
     */
    private readonly pinHeight: number,
  ) {}

  private nodeDbKey(version: number, nonce: number): Buffer {
    const p = this.prefix.length;
    const k = Buffer.allocUnsafe(p + 13);
    this.prefix.copy(k, 0);
    k[p] = NODE;
    k.writeUInt32BE(Math.floor(version / 0x1_0000_0000), p + 1);
    k.writeUInt32BE(version >>> 0, p + 5);
    k.writeUInt32BE(nonce, p + 9);
    return k;
  }

  private rootKey(version: number): Buffer {
    return concatBytes(this.prefix, Uint8Array.of(ROOT), u64be(version));
  }

  private orphansKey(version: number): Buffer {
    return concatBytes(this.prefix, Uint8Array.of(ORPHANS), u64be(version));
  }

  ref(version: number, nonce: number): string {
    return nodeRef(this.tag, version, nonce);
  }

  getNode(version: number, nonce: number, ref = this.ref(version, nonce)): Node {
    let node = this.cache.get(ref);
    if (node) return node;
    const raw = this.db.getSync(this.nodeDbKey(version, nonce));
    if (raw === undefined) {
      throw new StoreError('VERSION_PRUNED', `tree node ${version}/${nonce} is not in the database (pruned or missing)`);
    }
    node = Node.decode(version, nonce, raw);
    this.cache.put(ref, node);
    return node;
  }

  left(node: Node): Node {
    if (node.left) return node.left;
    if (node.height >= this.pinHeight) return (node.left = this.getNode(node.leftVersion, node.leftNonce));
    if (!node.leftRef) node.leftRef = this.ref(node.leftVersion, node.leftNonce);
    return this.getNode(node.leftVersion, node.leftNonce, node.leftRef);
  }

  right(node: Node): Node {
    if (node.right) return node.right;
    if (node.height >= this.pinHeight) return (node.right = this.getNode(node.rightVersion, node.rightNonce));
    if (!node.rightRef) node.rightRef = this.ref(node.rightVersion, node.rightNonce);
    return this.getNode(node.rightVersion, node.rightNonce, node.rightRef);
  }

  /** The root of a saved version: a node, null for an empty tree, undefined if the version is not kept. */
  getRoot(version: number): Node | null | undefined {
    const raw = this.db.getSync(this.rootKey(version));
    if (raw === undefined) return undefined;
    if (raw.length === 0) return null;
    if (raw.length !== 12) throw new StoreError('CORRUPT_DATABASE', `root record of version ${version} is malformed`);
    const b = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    return this.getNode(readU64be(b, 0), b.readUInt32BE(8));
  }

  /** Writes a newly saved node: its node key, hash and child keys are set. */
  putNode(batch: Batch, node: Node): void {
    batch.put(this.nodeDbKey(node.version, node.nonce), node.encode());
    if (node.height < this.pinHeight) {
      node.left = undefined;
      node.right = undefined;
    }
    // A node whose parent pins it needs no cache entry.
    if (node.height + 1 < this.pinHeight) this.cache.put(this.ref(node.version, node.nonce), node);
  }

  putRoot(batch: Batch, version: number, root: Node | undefined): void {
    let value: Buffer;
    if (root) {
      value = Buffer.allocUnsafe(12);
      value.writeBigUInt64BE(BigInt(root.version), 0);
      value.writeUInt32BE(root.nonce, 8);
    } else {
      value = Buffer.alloc(0);
    }
    batch.put(this.rootKey(version), value);
  }

  /** Records the saved nodes that are reachable up to `lastLiveVersion` and not after. */
  putOrphans(batch: Batch, lastLiveVersion: number, nodes: Node[]): void {
    if (nodes.length === 0) return;
    const value = Buffer.allocUnsafe(nodes.length * 12);
    let o = 0;
    for (const n of nodes) {
      value.writeBigUInt64BE(BigInt(n.version), o);
      value.writeUInt32BE(n.nonce, o + 8);
      o += 12;
    }
    batch.put(this.orphansKey(lastLiveVersion), value);
  }

  /**
   * Adds to `batch` the deletion of every version ≤ `toVersion`: their root records and every node
   * that no later version can reach. Returns the number of nodes deleted.
   */
  async prune(batch: Batch, toVersion: number): Promise<number> {
    let deleted = 0;
    const start = concatBytes(this.prefix, Uint8Array.of(ORPHANS));
    for await (const [key, value] of this.db.iterator({ gte: start, lt: this.orphansKey(toVersion + 1) })) {
      if (value.length % 12 !== 0) throw new StoreError('CORRUPT_DATABASE', 'orphan record is malformed');
      const b = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
      for (let o = 0; o < b.length; o += 12) {
        const version = readU64be(b, o);
        const nonce = b.readUInt32BE(o + 8);
        batch.del(this.nodeDbKey(version, nonce));
        this.cache.delete(this.ref(version, nonce));
        deleted++;
      }
      batch.del(key);
    }
    const rootStart = concatBytes(this.prefix, Uint8Array.of(ROOT));
    for await (const key of this.db.keys({ gte: rootStart, lt: this.rootKey(toVersion + 1) })) batch.del(key);
    return deleted;
  }
}
