import type { ClassicLevel } from 'classic-level';
import { concatBytes, readU64be, readUvarint, u64be } from '../../encoding';
import { StoreError } from '../errors';
import { GenerationalCache } from '../node-cache';
import { decodeNode, nodeRef } from './node';
import { NONE, NodeArena, ORPHANED, RESIDENT } from './node-arena';
import type { NumberStack } from './number-stack';
import { PAGE_NODES, PageWriter } from './page-writer';

export type LevelDB = ClassicLevel<Uint8Array, Uint8Array>;
export type Batch = ReturnType<LevelDB['batch']>;

export { PAGE_NODES };

const PAGE = 0x70; // 'p'
const LIVE = 0x6c; // 'l'
const ROOT = 0x72; // 'r'
const ORPHANS = 0x6f; // 'o'

/**
 * The database side of one tree, and which of its nodes are in memory.
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
 *
 * In memory, a node is an arena slot owned either by the newest tree (RESIDENT: the working tree and
 * the latest saved version, whose nodes at or above `pinHeight` point to their loaded children) or by
 * the bounded cache (older versions, and the latest tree below `pinHeight`). Cache evictions are only
 * freed at the next `releaseDeferred()`, which callers run before an operation, never inside one.
 */
export class NodeDB {
  constructor(
    readonly db: LevelDB,
    readonly prefix: Buffer,
    readonly arena: NodeArena,
    private readonly cache: GenerationalCache<string, number>,
    /** Distinguishes this store's nodes in the shared cache. */
    private readonly tag: string,
    /**
     * Resident nodes at or above this height keep direct pointers to their children once loaded, so
     * the latest tree stays in memory from this height up; below it nodes live in the bounded cache.
     * 1 keeps whole trees resident (fastest); a higher value bounds memory for very large states.
     */
    readonly pinHeight: number,
  ) {}

  /** The root of the newest saved version: resident, so reads and proofs at the latest height use it. */
  private latestRoot = NONE;

  setLatestRoot(root: number): void {
    this.latestRoot = root;
  }

  /** Frees cache evictions; only between operations, as a running one may still hold their slots. */
  releaseDeferred(): void {
    this.arena.releaseDeferred();
  }

  private pageKey(kind: number, version: number, page: number): Buffer {
    const p = this.prefix.length;
    const k = Buffer.allocUnsafe(p + 13);
    for (let i = 0; i < p; i++) k[i] = this.prefix[i];
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

  /** A saved node for reading (cache-owned unless it is the latest root). */
  getNode(version: number, nonce: number): number {
    const ref = this.ref(version, nonce);
    const cached = this.cache.get(ref);
    if (cached !== undefined) return cached;
    const latest = this.latestRoot;
    if (latest !== NONE && this.arena.version(latest) === version && this.arena.nonce(latest) === nonce) return latest;
    const s = this.load(version, nonce);
    this.cache.put(ref, s);
    return s;
  }

  /** A saved node owned by the newest tree from now on: taken from the cache, or loaded. */
  takeResident(version: number, nonce: number): number {
    let s = this.cache.delete(this.ref(version, nonce));
    if (s === undefined) s = this.load(version, nonce);
    this.arena.setFlags(s, this.arena.flags(s) | RESIDENT);
    return s;
  }

  /** `s` if the newest tree owns it, else a resident copy of the same saved node. */
  adopt(s: number): number {
    if (s === NONE || this.arena.flags(s) & RESIDENT) return s;
    return this.takeResident(this.arena.version(s), this.arena.nonce(s));
  }

  private load(version: number, nonce: number): number {
    const page = Math.floor((nonce - 1) / PAGE_NODES);
    const raw = this.db.getSync(this.pageKey(PAGE, version, page));
    if (raw === undefined || nonce < 1) {
      throw new StoreError('VERSION_PRUNED', `tree node ${version}/${nonce} is not in the database (pruned or missing)`);
    }
    return decodeNode(this.arena, version, nonce, pageEntry(raw, version, page, nonce - 1 - page * PAGE_NODES));
  }

  left(s: number): number {
    const c = this.arena.child(s, true);
    return c !== NONE ? c : this.loadChild(s, true);
  }

  right(s: number): number {
    const c = this.arena.child(s, false);
    return c !== NONE ? c : this.loadChild(s, false);
  }

  /**
   * A child that is not in memory: a live resident node at or above pinHeight keeps a pointer to it
   * from now on; any other node reads it through the cache.
   */
  private loadChild(s: number, isLeft: boolean): number {
    const a = this.arena;
    const version = a.childVersion(s, isLeft);
    const nonce = a.childNonce(s, isLeft);
    if ((a.flags(s) & (RESIDENT | ORPHANED)) !== RESIDENT || a.height(s) < this.pinHeight) return this.getNode(version, nonce);
    const child = this.takeResident(version, nonce);
    a.setChildSlot(s, isLeft, child);
    return child;
  }

  /** The root of a saved version: a slot, null for an empty tree, undefined if the version is not kept. */
  getRoot(version: number): number | null | undefined {
    const key = this.getRootKey(version);
    if (key === undefined || key === null) return key;
    return this.getNode(key[0], key[1]);
  }

  /** The root node key of a saved version: [version, nonce], null for an empty tree, undefined if not kept. */
  getRootKey(version: number): [number, number] | null | undefined {
    const raw = this.db.getSync(this.rootKey(version));
    if (raw === undefined) return undefined;
    if (raw.length === 0) return null;
    if (raw.length !== 12) throw new StoreError('CORRUPT_DATABASE', `root record of version ${version} is malformed`);
    const b = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    return [readU64be(b, 0), b.readUInt32BE(8)];
  }

  /** A writer for a version's new nodes, handed over in nonce order (node keys, hashes and child keys set). */
  pageWriter(batch: Batch, version: number): PageWriter {
    return new PageWriter((page, bytes, count) => {
      batch.put(this.pageKey(PAGE, version, page), bytes);
      const live = Buffer.allocUnsafe(4);
      live.writeUInt32BE(count);
      batch.put(this.pageKey(LIVE, version, page), live);
    });
  }

  /**
   * After saving: new nodes below pinHeight let go of their children, which are freed. `nodes` holds
   * the version's new nodes, children before parents.
   */
  unpinBelow(nodes: NumberStack): void {
    const a = this.arena;
    for (let i = 0; i < nodes.length; i++) {
      const s = nodes.at(i);
      if (a.height(s) === 0 || a.height(s) >= this.pinHeight) continue;
      for (const isLeft of [true, false]) {
        const c = a.child(s, isLeft);
        if (c !== NONE) a.free(c);
        a.setChildSlot(s, isLeft, NONE);
      }
    }
  }

  putRoot(batch: Batch, version: number, root: number): void {
    let value: Buffer;
    if (root !== NONE) {
      value = Buffer.allocUnsafe(12);
      value.writeBigUInt64BE(BigInt(this.arena.version(root)), 0);
      value.writeUInt32BE(this.arena.nonce(root), 8);
    } else {
      value = Buffer.alloc(0);
    }
    batch.put(this.rootKey(version), value);
  }

  /** Records the saved nodes (version, nonce pairs) that are reachable up to `lastLiveVersion` and not after. */
  putOrphans(batch: Batch, lastLiveVersion: number, keys: NumberStack): void {
    if (keys.length === 0) return;
    const value = Buffer.allocUnsafe(keys.length * 6);
    let o = 0;
    for (let i = 0; i < keys.length; i += 2) {
      const version = keys.at(i);
      value.writeUInt32BE(Math.floor(version / 0x1_0000_0000), o);
      value.writeUInt32BE(version >>> 0, o + 4);
      value.writeUInt32BE(keys.at(i + 1), o + 8);
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
        const cached = this.cache.delete(this.ref(version, nonce));
        if (cached !== undefined) this.arena.deferFree(cached);
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
