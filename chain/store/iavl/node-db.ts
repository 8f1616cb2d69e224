import type { ClassicLevel } from 'classic-level';
import { concatBytes, readU64be, u64be } from '../encoding';
import { StoreError } from '../errors';
import { GenerationalCache } from '../node-cache';
import { Node, nodeId } from './node';

export type Bytes = Uint8Array;
export type LevelDB = ClassicLevel<Uint8Array, Uint8Array>;
export type Batch = ReturnType<LevelDB['batch']>;

/** Saved nodes at or above this height keep direct pointers to their children: the top of each tree
 * is walked by every operation, and it is small (a few percent of the nodes). */
const PIN_HEIGHT = 6;

const NODE = 0x6e; // 'n'
const ROOT = 0x72; // 'r'
const ORPHAN = 0x6f; // 'o'

/**
 * The database side of one tree: saved nodes keyed by (version, nonce), the root of every version,
 * and an orphan index (node last live at version v) that makes pruning a range scan.
 *
 *   prefix ‖ 'n' ‖ u64 version ‖ u32 nonce        → encoded node
 *   prefix ‖ 'r' ‖ u64 version                    → root node key (12 bytes), empty for an empty tree
 *   prefix ‖ 'o' ‖ u64 lastLiveVersion ‖ node key → empty (the node is unreachable from later versions)
 */
export class NodeDB {
  constructor(
    readonly db: LevelDB,
    readonly prefix: Buffer,
    private readonly cache: GenerationalCache<string, Node>,
    private readonly cacheTag: string,
  ) {}

  private nodeDbKey(version: number, nonce: number): Buffer {
    const k = Buffer.allocUnsafe(this.prefix.length + 13);
    this.prefix.copy(k, 0);
    k[this.prefix.length] = NODE;
    k.writeBigUInt64BE(BigInt(version), this.prefix.length + 1);
    k.writeUInt32BE(nonce, this.prefix.length + 9);
    return k;
  }

  rootKey(version: number): Buffer {
    return concatBytes(this.prefix, Uint8Array.of(ROOT), u64be(version));
  }

  getNode(version: number, nonce: number): Node {
    const id = this.cacheTag + nodeId(version, nonce);
    let node = this.cache.get(id);
    if (node) return node;
    const raw = this.db.getSync(this.nodeDbKey(version, nonce));
    if (raw === undefined) {
      throw new StoreError('VERSION_PRUNED', `tree node ${version}/${nonce} is not in the database (pruned or missing)`);
    }
    node = Node.decode(version, nonce, raw);
    this.cache.put(id, node);
    return node;
  }

  left(node: Node): Node {
    if (node.left) return node.left;
    const child = this.getNode(node.leftVersion, node.leftNonce);
    if (node.height >= PIN_HEIGHT) node.left = child;
    return child;
  }

  right(node: Node): Node {
    if (node.right) return node.right;
    const child = this.getNode(node.rightVersion, node.rightNonce);
    if (node.height >= PIN_HEIGHT) node.right = child;
    return child;
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

  /** Writes a newly saved node (its node key, hash and child keys already set). */
  putNode(batch: Batch, node: Node): void {
    batch.put(this.nodeDbKey(node.version, node.nonce), node.encode());
    if (node.height < PIN_HEIGHT) {
      node.left = undefined;
      node.right = undefined;
    }
    this.cache.put(this.cacheTag + nodeId(node.version, node.nonce), node);
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

  putOrphan(batch: Batch, lastLiveVersion: number, node: Node): void {
    const k = Buffer.allocUnsafe(this.prefix.length + 21);
    this.prefix.copy(k, 0);
    k[this.prefix.length] = ORPHAN;
    k.writeBigUInt64BE(BigInt(lastLiveVersion), this.prefix.length + 1);
    k.writeBigUInt64BE(BigInt(node.version), this.prefix.length + 9);
    k.writeUInt32BE(node.nonce, this.prefix.length + 17);
    batch.put(k, new Uint8Array(0));
  }

  /**
   * Adds to `batch` the deletion of every version ≤ `toVersion`: their root records and every node
   * that no later version can reach (orphaned at or before `toVersion`). Returns the number of nodes deleted.
   */
  async prune(batch: Batch, toVersion: number): Promise<number> {
    const p = this.prefix.length;
    const orphanStart = concatBytes(this.prefix, Uint8Array.of(ORPHAN));
    const orphanEnd = concatBytes(this.prefix, Uint8Array.of(ORPHAN), u64be(toVersion + 1));
    let deleted = 0;
    for await (const key of this.db.keys({ gte: orphanStart, lt: orphanEnd })) {
      const k = Buffer.from(key.buffer, key.byteOffset, key.byteLength);
      const version = readU64be(k, p + 9);
      const nonce = k.readUInt32BE(p + 17);
      batch.del(this.nodeDbKey(version, nonce));
      batch.del(k);
      this.cache.delete(this.cacheTag + nodeId(version, nonce));
      deleted++;
    }
    const rootStart = concatBytes(this.prefix, Uint8Array.of(ROOT));
    for await (const key of this.db.keys({ gte: rootStart, lt: this.rootKey(toVersion + 1) })) batch.del(key);
    return deleted;
  }
}
