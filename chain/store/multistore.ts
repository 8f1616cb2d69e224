import { ProofOp } from 'cosmjs-types/tendermint/crypto/proof';
import { CommitmentProof } from 'cosmjs-types/cosmos/ics23/v1/proofs';
import { CacheKVStore } from './cache-kv';
import { CommitInfo, commitInfoHash, decodeCommitInfo, encodeCommitInfo, storeRootProof, StoreInfo } from './commit-info';
import { openDatabase } from './database';
import { concatBytes, encodeUvarint, prefixEnd, readU64be, u64be } from '../encoding';
import { StoreError } from './errors';
import { EMPTY_HASH } from './hash';
import { MutableTree } from './iavl/mutable-tree';
import { NodeArena, NONE } from './iavl/node-arena';
import { LevelDB, NodeDB } from './iavl/node-db';
import { iavlProof } from './iavl/proof';
import { GenerationalCache } from './node-cache';
import { IavlStore, VersionedStore } from './iavl-store';
import type { KVReader, KVStore } from './types';

export interface MultiStoreOptions {
  /** Folder of the LevelDB database. */
  path: string;
  /** Names of the module stores the application uses. Stores missing from the database are added (upgrade). */
  stores: string[];
  /** Stores an upgrade removes: left out of the commit info from the next commit, their data deleted then. */
  deletedStores?: string[];
  /** Versions to keep; older ones are pruned at commit. 0 keeps every version. Default 0. */
  keepRecent?: number;
  /** Tree nodes held in memory across all stores. Default 1,000,000. */
  cacheNodes?: number;
  /** fsync each commit (survives power loss, not just a process crash). Default true. */
  sync?: boolean;
  /**
   * Tree nodes at or above this height stay resident once loaded (see NodeDB). Default 1: whole
   * trees resident, the fastest; raise it (e.g. 8) to bound memory on very large states.
   */
  pinHeight?: number;
}

export interface CommitResult extends CommitInfo {
  /** The app hash: the commit info root. */
  hash: Buffer;
  /** Nodes deleted by pruning in this commit. */
  prunedNodes: number;
}

const LATEST_KEY = Buffer.from('m/latest');
const COMMIT_INFO_PREFIX = Buffer.from('m/ci/');
const INITIAL_VERSION_KEY = Buffer.from('m/initial');
const STORE_NAME = /^[a-z][a-z0-9_]{0,63}$/;

function commitInfoKey(version: number): Buffer {
  return concatBytes(COMMIT_INFO_PREFIX, u64be(version));
}

const SIDE_PREFIX = Buffer.from('x/');

function sideKey(key: Uint8Array): Buffer {
  return concatBytes(SIDE_PREFIX, key);
}

function storePrefix(name: string): Buffer {
  const n = Buffer.from(name, 'utf8');
  return concatBytes(Buffer.from('t'), encodeUvarint(n.length), n);
}

/**
 * Named IAVL stores in one LevelDB; the app hash is the Cosmos commit info root over them.
 * Each commit writes all stores' new nodes, roots, orphans, the commit info and the latest version
 * in one atomic batch, so after a crash the database holds exactly the last committed version.
 */
export class MultiStore {
  private readonly stores = new Map<string, IavlStore>();
  private readonly nodeDbs = new Map<string, NodeDB>();
  private lastCommit: CommitInfo & { hash: Buffer };
  private initialVersion = 1;
  /** Stores removed by an upgrade whose data the next commit deletes. */
  private pendingDeletes: string[] = [];
  private closed = false;

  private constructor(
    private readonly db: LevelDB,
    private readonly arena: NodeArena,
    private readonly cache: GenerationalCache<string, number>,
    private readonly keepRecent: number,
    private readonly sync: boolean,
    private readonly pinHeight: number,
  ) {
    this.lastCommit = { version: 0, stores: [], hash: EMPTY_HASH };
  }

  static async open(options: MultiStoreOptions): Promise<MultiStore> {
    const keepRecent = options.keepRecent ?? 0;
    if (!Number.isInteger(keepRecent) || keepRecent < 0) {
      throw new StoreError('INVALID_ARGUMENT', `keepRecent must be a non-negative integer, got ${keepRecent}`);
    }
    const names = [...new Set(options.stores)].sort();
    for (const name of names) {
      if (!STORE_NAME.test(name)) throw new StoreError('INVALID_ARGUMENT', `invalid store name "${name}"`);
    }
    const deleted = [...new Set(options.deletedStores ?? [])].sort();
    const both = deleted.filter((n) => names.includes(n));
    if (both.length > 0) throw new StoreError('INVALID_ARGUMENT', `stores both kept and deleted: ${both.join(', ')}`);
    const db = await openDatabase(options.path);
    const pinHeight = options.pinHeight ?? 1;
    if (!Number.isInteger(pinHeight) || pinHeight < 1) throw new StoreError('INVALID_ARGUMENT', `pinHeight must be an integer ≥ 1, got ${pinHeight}`);
    const arena = new NodeArena();
    const cache = new GenerationalCache<string, number>(options.cacheNodes ?? 1_000_000, (slot) => arena.deferFree(slot));
    const ms = new MultiStore(db, arena, cache, keepRecent, options.sync ?? true, pinHeight);
    try {
      await ms.load(names, deleted);
    } catch (err) {
      await db.close();
      throw err;
    }
    return ms;
  }

  private async load(names: string[], deleted: string[]): Promise<void> {
    const initial = await this.db.get(INITIAL_VERSION_KEY);
    if (initial !== undefined) this.initialVersion = readU64be(initial, 0);
    const latestRaw = await this.db.get(LATEST_KEY);
    const latest = latestRaw === undefined ? 0 : readU64be(latestRaw, 0);
    if (latest > 0) {
      const ciRaw = await this.db.get(commitInfoKey(latest));
      if (ciRaw === undefined) throw new StoreError('CORRUPT_DATABASE', `commit info of the latest version ${latest} is missing`);
      const ci = decodeCommitInfo(ciRaw);
      this.lastCommit = { ...ci, hash: commitInfoHash(ci.stores) };
      const unknown = ci.stores.map((s) => s.name).filter((n) => !names.includes(n) && !deleted.includes(n));
      if (unknown.length > 0) {
        throw new StoreError('INVALID_ARGUMENT', `the database has stores the application does not declare: ${unknown.join(', ')}`);
      }
      this.pendingDeletes = ci.stores.map((s) => s.name).filter((n) => deleted.includes(n));
    }
    for (const name of names) {
      const ndb = new NodeDB(this.db, storePrefix(name), this.arena, this.cache, name + '/', this.pinHeight);
      const info = this.lastCommit.stores.find((s) => s.name === name);
      let root = NONE;
      let version = latest;
      if (info) {
        const r = ndb.getRoot(latest);
        if (r === undefined) throw new StoreError('CORRUPT_DATABASE', `store "${name}" has no root for version ${latest}`);
        const hash = r !== null ? this.arena.hashBytes(r) : EMPTY_HASH;
        if (!hash.equals(Buffer.from(info.hash))) {
          throw new StoreError('CORRUPT_DATABASE', `store "${name}" root hash at version ${latest} does not match the commit info`);
        }
        root = r ?? NONE;
      } else {
        version = latest; // added now: its first version is the next commit
      }
      this.nodeDbs.set(name, ndb);
      this.stores.set(name, new IavlStore(name, new MutableTree(ndb, root, version)));
    }
  }

  /** The last committed version (0 before the first commit). */
  get version(): number {
    return this.lastCommit.version;
  }

  /** The commit info and app hash of the last committed version. */
  get lastCommitInfo(): CommitInfo & { hash: Buffer } {
    return this.lastCommit;
  }

  get storeNames(): string[] {
    return [...this.stores.keys()];
  }

  /** The version the next commit will write. */
  get nextVersion(): number {
    return this.lastCommit.version === 0 ? this.initialVersion : this.lastCommit.version + 1;
  }

  /** The first version to commit (a chain's initial height); only before the first commit. */
  async setInitialVersion(version: number): Promise<void> {
    if (this.lastCommit.version !== 0) throw new StoreError('INVALID_ARGUMENT', 'initial version can only be set before the first commit');
    if (!Number.isSafeInteger(version) || version < 1) throw new StoreError('INVALID_ARGUMENT', `invalid initial version ${version}`);
    this.initialVersion = version;
    await this.db.put(INITIAL_VERSION_KEY, u64be(version), { sync: this.sync });
  }

  /** The latest (working) state of a store: the last commit plus writes not yet committed. */
  store(name: string): KVStore {
    const s = this.stores.get(name);
    if (!s) throw new StoreError('UNKNOWN_STORE', `no store named "${name}"`);
    return s;
  }

  /** A writable branch over the working state of every store. */
  branch(): CacheMultiStore {
    return new CacheMultiStore((name) => this.store(name));
  }

  private currentInfos(version: number): StoreInfo[] {
    return [...this.stores.values()].map((s) => ({ name: s.name, hash: s.tree.workingHash(version) }));
  }

  /** The app hash the next commit will have, given the writes so far (hashes are cached for commit). */
  workingHash(): Buffer {
    return commitInfoHash(this.currentInfos(this.nextVersion));
  }

  /**
   * Persists the working state as the next version, atomically, and prunes old versions.
   * `sideWrites` are written in the same batch under the `x/` namespace: local indexes (e.g. of
   * transactions) that are not part of the app hash.
   */
  async commit(sideWrites: [Uint8Array, Uint8Array][] = []): Promise<CommitResult> {
    this.assertOpen();
    const version = this.nextVersion;
    const batch = this.db.batch();
    for (const [key, value] of sideWrites) batch.put(sideKey(key), value);
    const stores: StoreInfo[] = [];
    for (const s of this.stores.values()) stores.push({ name: s.name, hash: s.tree.saveVersion(batch, version) });
    const ci: CommitInfo = { version, stores };
    batch.put(commitInfoKey(version), encodeCommitInfo(ci));
    batch.put(LATEST_KEY, u64be(version));
    for (const name of this.pendingDeletes) {
      const prefix = storePrefix(name);
      for await (const key of this.db.keys({ gte: prefix, lt: prefixEnd(prefix) })) batch.del(key);
    }
    let prunedNodes = 0;
    if (this.keepRecent > 0 && version - this.keepRecent >= 1) {
      const pruneTo = version - this.keepRecent;
      for (const ndb of this.nodeDbs.values()) prunedNodes += await ndb.prune(batch, pruneTo);
      for await (const key of this.db.keys({ gte: COMMIT_INFO_PREFIX, lt: commitInfoKey(pruneTo + 1) })) batch.del(key);
    }
    await batch.write({ sync: this.sync });
    this.pendingDeletes = [];
    this.lastCommit = { ...ci, hash: commitInfoHash(stores) };
    return { ...this.lastCommit, prunedNodes };
  }

  /** The commit info of a kept version. */
  async commitInfo(version: number): Promise<CommitInfo & { hash: Buffer }> {
    const raw = await this.db.get(commitInfoKey(version));
    if (raw === undefined) throw this.missingVersion(version);
    const ci = decodeCommitInfo(raw);
    return { ...ci, hash: commitInfoHash(ci.stores) };
  }

  private missingVersion(version: number): StoreError {
    if (version > this.lastCommit.version || version < 1) {
      return new StoreError('VERSION_NOT_FOUND', `version ${version} does not exist (latest is ${this.lastCommit.version})`);
    }
    return new StoreError('VERSION_PRUNED', `version ${version} has been pruned (keeping the latest ${this.keepRecent})`);
  }

  /** A store as it was at a committed version (read-only). */
  storeAt(name: string, version: number): VersionedStore {
    this.assertOpen();
    const ndb = this.nodeDbs.get(name);
    if (!ndb) throw new StoreError('UNKNOWN_STORE', `no store named "${name}"`);
    if (version < 1 || version > this.lastCommit.version) throw this.missingVersion(version);
    ndb.releaseDeferred();
    const root = ndb.getRootKey(version);
    if (root === undefined) {
      const v = this.db.getSync(commitInfoKey(version));
      if (v === undefined) throw this.missingVersion(version);
      throw new StoreError('UNKNOWN_STORE', `store "${name}" did not exist at version ${version}`);
    }
    return new VersionedStore(name, version, ndb, root);
  }

  /**
   * The value of `key` in store `name` at `version`, with the two ICS-23 proof ops relayers and
   * light clients verify: `ics23:iavl` (key in the store tree, membership or non-membership),
   * then `ics23:simple` (store root in the app hash of that version).
   */
  prove(name: string, key: Uint8Array, version: number): { value?: Uint8Array; proofOps: ProofOp[] } {
    const store = this.storeAt(name, version);
    const ciRaw = this.db.getSync(commitInfoKey(version));
    if (ciRaw === undefined) throw this.missingVersion(version);
    const ci = decodeCommitInfo(ciRaw);
    const { proof, value } = iavlProof(store.ndb, store.root ?? NONE, key);
    return {
      value,
      proofOps: [
        ProofOp.fromPartial({ type: 'ics23:iavl', key, data: CommitmentProof.encode(proof).finish() }),
        ProofOp.fromPartial({
          type: 'ics23:simple',
          key: Buffer.from(name, 'utf8'),
          data: CommitmentProof.encode(storeRootProof(ci.stores, name)).finish(),
        }),
      ],
    };
  }

  /** A value written with a commit's `sideWrites`. */
  getSide(key: Uint8Array): Uint8Array | undefined {
    this.assertOpen();
    return this.db.getSync(sideKey(key));
  }

  /** Cache statistics, for metrics and benchmarks. */
  cacheStats(): { nodes: number; hits: number; misses: number; arenaNodes: number; arenaBytes: number } {
    this.arena.releaseDeferred();
    return { nodes: this.cache.size, hits: this.cache.hits, misses: this.cache.misses, arenaNodes: this.arena.live, arenaBytes: this.arena.bytesHeld };
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreError('CLOSED', 'the store is closed');
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.db.close();
  }
}

/** Branches of every store, created on first use; `write()` merges all of them into the parent. */
export class CacheMultiStore {
  private readonly branches = new Map<string, CacheKVStore>();

  constructor(private readonly parent: (name: string) => KVStore) {}

  store(name: string): CacheKVStore {
    let b = this.branches.get(name);
    if (!b) {
      b = new CacheKVStore(this.parent(name));
      this.branches.set(name, b);
    }
    return b;
  }

  /** A branch of this branch. */
  branch(): CacheMultiStore {
    return new CacheMultiStore((name) => this.store(name));
  }

  write(): void {
    const names = [...this.branches.keys()].sort();
    for (const name of names) this.branches.get(name)!.write();
  }
}

export type { KVReader };
