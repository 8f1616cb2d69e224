import type { ClassicLevel } from 'classic-level';
import { concatBytes, readU64be, readUvarint, u64be } from '../encoding';
import { StoreError } from '../errors';
import { GenerationalCache } from '../node-cache';
import { Node, nodeRef, varintLength, writeUvarint } from './node';

export type LevelDB = ClassicLevel<Uint8Array, Uint8Array>;
export type Batch = ReturnType<LevelDB['batch']>;

/** Nodes per page: a version's new nodes, in nonce (pre-order) order, are stored PAGE_NODES to a record. */
export const PAGE_NODES = 32;

const PAGE = 0x70; // 'p'
const LIVE = 0x6c; // 'l'
const ROOT = 0x72; // 'r'
const ORPHANS = 0x6f; // 'o'

/**
 * The database side of one tree.
 *
 *   prefix ‖ 'p' ‖ u64 version ‖ u32 page   → page: uvarint count ‖ count × uvarint length ‖ encoded nodes
 *   prefix ‖ 'l' ‖ u64 version ‖ u32 page   → u32 number of the page's nodes not yet pruned
 *   prefix ‖ 'r' ‖ u64 version              → root node key (u64 version ‖ u32 nonce), empty for an empty tree
 *   prefix ‖ 'o' ‖ u64 lastLiveVersion      → node keys (12 bytes each) last reachable at that version
 *
 * Node (version, nonce) lives in page (version, (nonce - 1) / PAGE_NODES). Pages cut the number of
 * database entries a commit writes by PAGE_NODES×, and since nonces follow pre-order, a page holds a
 * connected piece of the version's new subtree, so walking down a path tends to stay in one page.
 * A page is deleted when pruning has removed all of its nodes.
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

  /** The root of the newest saved version: resident, so reads and proofs at the latest height never load it. */
  private latestRoot: Node | undefined;

  setLatestRoot(root: Node | undefined): void {
    this.latestRoot = root;
  }

  private pageKey(kind: number, version: number, page: number): Buffer {
    const p = this.prefix.length;
    const k = Buffer.allocUnsafe(p + 13);
    this.prefix.copy(k, 0);
    k[p] = kind;
    k.writeUInt32BE(Math.floor(version / 0x1_0000_0000), p + 1);
    k.writeUInt32BE(version >>> 0, p + 5);
    k.writeUInt32BE(page, p + 9);
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
    const cached = this.cache.get(ref);
    if (cached) return cached;
    const latest = this.latestRoot;
    if (latest && latest.version === version && latest.nonce === nonce) return latest;
    const page = Math.floor((nonce - 1) / PAGE_NODES);
    const raw = this.db.getSync(this.pageKey(PAGE, version, page));
    if (raw === undefined || nonce < 1) {
      throw new StoreError('VERSION_PRUNED', `tree node ${version}/${nonce} is not in the database (pruned or missing)`);
    }
    const node = Node.decode(version, nonce, pageEntry(raw, version, page, nonce - 1 - page * PAGE_NODES));
    this.cache.put(ref, node);
    return node;
  }

  left(node: Node): Node {
    if (node.left) return node.left;
    const child = this.getNode(node.leftVersion, node.leftNonce);
    if (node.height >= this.pinHeight) node.left = child;
    return child;
  }

  right(node: Node): Node {
    if (node.right) return node.right;
    const child = this.getNode(node.rightVersion, node.rightNonce);
    if (node.height >= this.pinHeight) node.right = child;
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

  /** Writes a version's new nodes, in nonce order (node keys, hashes and child keys set). */
  putNodes(batch: Batch, version: number, nodes: Node[]): void {
    for (let start = 0, page = 0; start < nodes.length; start += PAGE_NODES, page++) {
      const end = Math.min(nodes.length, start + PAGE_NODES);
      const sizes: number[] = [];
      let total = varintLength(end - start);
      for (let i = start; i < end; i++) {
        const n = nodes[i].encodedSize();
        sizes.push(n);
        total += varintLength(n) + n;
      }
      const value = Buffer.allocUnsafe(total);
      let o = writeUvarint(value, 0, end - start);
      for (const n of sizes) o = writeUvarint(value, o, n);
      for (let i = start; i < end; i++) o = nodes[i].encodeInto(value, o);
      batch.put(this.pageKey(PAGE, version, page), value);
      const live = Buffer.allocUnsafe(4);
      live.writeUInt32BE(end - start);
      batch.put(this.pageKey(LIVE, version, page), live);
    }
    for (const node of nodes) {
      if (node.height < this.pinHeight) {
        node.left = undefined;
        node.right = undefined;
      }
      // A node whose parent pins it needs no cache entry.
      if (node.height + 1 < this.pinHeight) this.cache.put(this.ref(node.version, node.nonce), node);
    }
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
      value.writeUInt32BE(Math.floor(n.version / 0x1_0000_0000), o);
      value.writeUInt32BE(n.version >>> 0, o + 4);
      value.writeUInt32BE(n.nonce, o + 8);
      o += 12;
    }
    batch.put(this.orphansKey(lastLiveVersion), value);
  }

  /**
   * Adds to `batch` the deletion of every version ≤ `toVersion`: their root records, and the nodes
   * no later version can reach (pages whose nodes are all gone are deleted; the others have their
   * live count lowered). Returns the number of nodes pruned.
   */
  async prune(batch: Batch, toVersion: number): Promise<number> {
    let pruned = 0;
    const deaths = new Map<string, { version: number; page: number; count: number }>();
    const start = concatBytes(this.prefix, Uint8Array.of(ORPHANS));
    for await (const [key, value] of this.db.iterator({ gte: start, lt: this.orphansKey(toVersion + 1) })) {
      if (value.length % 12 !== 0) throw new StoreError('CORRUPT_DATABASE', 'orphan record is malformed');
      const b = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
      for (let o = 0; o < b.length; o += 12) {
        const version = readU64be(b, o);
        const nonce = b.readUInt32BE(o + 8);
        const page = Math.floor((nonce - 1) / PAGE_NODES);
        const id = version + ':' + page;
        const d = deaths.get(id);
        if (d) d.count++;
        else deaths.set(id, { version, page, count: 1 });
        this.cache.delete(this.ref(version, nonce));
        pruned++;
      }
      batch.del(key);
    }
    for (const { version, page, count } of deaths.values()) {
      const liveKey = this.pageKey(LIVE, version, page);
      const raw = this.db.getSync(liveKey);
      if (raw === undefined || raw.length !== 4) throw new StoreError('CORRUPT_DATABASE', `live count of page ${version}/${page} is missing`);
      const live = Buffer.from(raw.buffer, raw.byteOffset, 4).readUInt32BE(0) - count;
      if (live < 0) throw new StoreError('CORRUPT_DATABASE', `page ${version}/${page} pruned more nodes than it holds`);
      if (live === 0) {
        batch.del(liveKey);
        batch.del(this.pageKey(PAGE, version, page));
      } else {
        const v = Buffer.allocUnsafe(4);
        v.writeUInt32BE(live);
        batch.put(liveKey, v);
      }
    }
    const rootStart = concatBytes(this.prefix, Uint8Array.of(ROOT));
    for await (const key of this.db.keys({ gte: rootStart, lt: this.rootKey(toVersion + 1) })) batch.del(key);
    return pruned;
  }
}

/** The encoded node at `index` of a page, found through the page's length header. */
function pageEntry(raw: Uint8Array, version: number, page: number, index: number): Uint8Array {
  try {
    let o = 0;
    let count: number;
    [count, o] = readUvarint(raw, o);
    if (count < 1 || count > PAGE_NODES) throw new Error(`bad node count ${count}`);
    if (index >= count) throw new Error(`node ${index} is not in a page of ${count}`);
    let start = 0;
    let len = 0;
    for (let i = 0; i < count; i++) {
      let n: number;
      [n, o] = readUvarint(raw, o);
      if (i < index) start += n;
      else if (i === index) len = n;
    }
    start += o;
    if (start + len > raw.length) throw new Error('truncated');
    return raw.subarray(start, start + len);
  } catch (err) {
    throw new StoreError('CORRUPT_DATABASE', `tree page ${version}/${page} cannot be decoded: ${(err as Error).message}`);
  }
}
