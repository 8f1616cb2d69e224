import '../proto-fixes'; // before any protobuf is written (the app encodes query and tx-index records)
import {
  ExecTxResult,
  RequestApplySnapshotChunk,
  RequestCheckTx,
  RequestCommit,
  RequestExtendVote,
  RequestFinalizeBlock,
  RequestInfo,
  RequestInitChain,
  RequestListSnapshots,
  RequestLoadSnapshotChunk,
  RequestOfferSnapshot,
  RequestPrepareProposal,
  RequestProcessProposal,
  RequestQuery,
  RequestVerifyVoteExtension,
  ResponseApplySnapshotChunk,
  ResponseApplySnapshotChunk_Result,
  ResponseCheckTx,
  ResponseCommit,
  ResponseExtendVote,
  ResponseFinalizeBlock,
  ResponseInfo,
  ResponseInitChain,
  ResponseListSnapshots,
  ResponseLoadSnapshotChunk,
  ResponseOfferSnapshot,
  ResponseOfferSnapshot_Result,
  ResponsePrepareProposal,
  ResponseProcessProposal,
  ResponseProcessProposal_ProposalStatus,
  ResponseQuery,
  ResponseVerifyVoteExtension,
  ResponseVerifyVoteExtension_VerifyStatus,
  CheckTxType,
} from 'cosmjs-types/tendermint/abci/types';
import type { Logger } from 'pino';
import type { AbciApplication } from '../abci';
import { attachEncodedTxResults } from '../abci/encoded-tx-results';
import { encodeTxResult } from '../abci/tx-result-encoding';
import { Errors, toAbciError } from '../errors';
import { CacheMultiStore, KVReader, MultiStore } from '../store';
import { createHash } from 'node:crypto';
import type { ChainParams, ChainParamsStore, GenesisValidator } from './chain-params';
import { BlockInfo, EventCollector, makeContext, QueryContext } from './context';
import type { Module } from './module';
import { QueryRouter } from './query-router';
import type { TxProcessor } from './tx-processor';
import type { VoteExtensionEnv, VoteExtensionHandler } from './vote-extensions';
import { APP_NAME, APP_VERSION, PROTOCOL_VERSION } from './version';
import { simulateHandler, SIMULATE_PATH } from './simulate';
import { encodeTxRecord, getTxHandler, GET_TX_PATH, txHash, txIndexKey } from './tx-index';
import { MempoolMirror, type MempoolLimits } from './mempool-mirror';
import { markIndexedAttributes } from './index-events';

export interface AppOptions {
  /** Folder of the application database. */
  dbPath: string;
  /** The modules, in the order their hooks run. */
  modules: Module[];
  /** Keeps chain id and consensus params (the consensus module). */
  chainParams: ChainParamsStore;
  logger: Logger;
  txProcessor?: TxProcessor;
  /** Versions kept; older ones are pruned. 0 keeps all. */
  keepRecent?: number;
  cacheNodes?: number;
  /** fsync each commit (default true). */
  sync?: boolean;
  /** Vote extensions and the injected tx (the oracle); without it the app extends with empty bytes. */
  voteExtensions?: VoteExtensionHandler;
  /**
   * CometBFT's mempool limits (config.toml), when it rechecks: CheckTx then refuses a tx that would
   * not fit, instead of accepting one that CometBFT drops (see MempoolMirror).
   */
  mempool?: MempoolLimits;
  /** Tx event attributes (`type.key`) CometBFT should index; empty or absent indexes all (see index-events.ts). */
  indexEvents?: readonly string[];
}

/**
 * The settle application behind CometBFT: block lifecycle on the multistore. FinalizeBlock runs the
 * block on a branch, writes it into the working trees and returns the app hash; Commit persists it
 * atomically; Info reports the last commit so CometBFT's handshake replays whatever the app lacks.
 */
export class SettleApp implements AbciApplication {
  private checkState: CacheMultiStore;
  private chain: ChainParams | undefined;
  /** App hash returned by the last FinalizeBlock, checked at Commit. */
  private pendingHash: Buffer | undefined;
  /** The time of the last committed block (CheckTx's view of "now"), and of the one being finalized. */
  private lastBlockTimeNanos = 0n;
  private pendingBlockTimeNanos = 0n;
  /** Signature checks started by prefetchCheckTx, by tx. */
  private readonly prefetched = new Map<string, Promise<void>>();
  /** The finalized block's tx index entries, written with its commit. */
  private pendingTxIndex: [Uint8Array, Uint8Array][] = [];
  private readonly mempool: MempoolMirror | undefined;
  private readonly indexed: ReadonlySet<string>;
  readonly queries: QueryRouter;

  private constructor(
    private readonly ms: MultiStore,
    private readonly options: AppOptions,
  ) {
    this.checkState = ms.branch();
    this.mempool = options.mempool ? new MempoolMirror(options.mempool) : undefined;
    this.indexed = new Set(options.indexEvents ?? []);
    this.queries = new QueryRouter(ms, options.modules, APP_VERSION);
    if (options.txProcessor) this.queries.register(SIMULATE_PATH, simulateHandler(options.txProcessor, () => this.simulationState()));
    this.queries.register(GET_TX_PATH, getTxHandler((key) => ms.getSide(key)));
    if (ms.version > 0) {
      const store = ms.storeAt(options.chainParams.storeName, ms.version);
      this.chain = options.chainParams.read(store);
      this.lastBlockTimeNanos = options.chainParams.lastBlockTime(store);
    }
  }

  static async open(options: AppOptions): Promise<SettleApp> {
    const names = options.modules.map((m) => m.name);
    if (new Set(names).size !== names.length) throw new Error(`duplicate module names: ${names.join(', ')}`);
    if (!names.includes(options.chainParams.storeName)) {
      throw new Error(`the chain params store "${options.chainParams.storeName}" is not a module store`);
    }
    const ms = await MultiStore.open({
      path: options.dbPath,
      stores: names,
      keepRecent: options.keepRecent,
      cacheNodes: options.cacheNodes,
      sync: options.sync,
    });
    const app = new SettleApp(ms, options);
    options.logger.info({ height: ms.version, appHash: ms.lastCommitInfo.hash.toString('hex'), stores: names }, 'application state loaded');
    return app;
  }

  get lastHeight(): number {
    return this.ms.version;
  }

  get chainParams(): ChainParams | undefined {
    return this.chain;
  }

  async close(): Promise<void> {
    await this.options.txProcessor?.close?.();
    await this.ms.close();
  }

  async info(_req: RequestInfo): Promise<ResponseInfo> {
    const height = this.ms.version;
    return ResponseInfo.fromPartial({
      data: APP_NAME,
      version: APP_VERSION,
      appVersion: PROTOCOL_VERSION,
      lastBlockHeight: BigInt(height),
      lastBlockAppHash: height > 0 ? this.ms.lastCommitInfo.hash : new Uint8Array(0),
    });
  }

  async initChain(req: RequestInitChain): Promise<ResponseInitChain> {
    if (this.ms.version > 0) throw new Error(`InitChain on a chain already at height ${this.ms.version}`);
    if (!req.chainId) throw new Error('InitChain: empty chain id');
    const initialHeight = Number(req.initialHeight) || 1;
    await this.ms.setInitialVersion(initialHeight);
    const appState = parseAppState(req.appStateBytes);
    const known = new Set(this.options.modules.map((m) => m.name));
    const unknown = Object.keys(appState).filter((k) => !known.has(k));
    if (unknown.length > 0) throw new Error(`genesis app_state has sections for unknown modules: ${unknown.join(', ')}`);

    const chain: ChainParams = {
      chainId: req.chainId,
      initialHeight,
      consensusParams: req.consensusParams ?? {},
      validators: genesisValidators(req.validators),
    };
    const branch = this.ms.branch();
    const events = new EventCollector();
    const ctx = makeContext(
      { height: initialHeight, timeNanos: toNanos(req.time), chainId: req.chainId, proposerAddress: new Uint8Array(0) },
      (name) => branch.store(name),
      events,
    );
    this.options.chainParams.init(ctx, chain);
    for (const m of this.options.modules) {
      const state = m.name in appState ? appState[m.name] : m.defaultGenesis?.();
      if (state !== undefined && m.initGenesis) m.initGenesis(ctx, state);
    }
    branch.write();
    this.chain = chain;
    this.checkState = this.ms.branch();
    const appHash = this.ms.workingHash();
    this.options.logger.info({ chainId: req.chainId, initialHeight, appHash: appHash.toString('hex') }, 'genesis applied');
    return ResponseInitChain.fromPartial({ appHash, validators: req.validators });
  }

  async query(req: RequestQuery): Promise<ResponseQuery> {
    return this.queries.query(req.path, req.data, req.height, req.prove);
  }

  /** Starts the signature checks of an arriving tx on worker threads (see AbciApplication.prefetchCheckTx). */
  prefetchCheckTx(req: RequestCheckTx): void {
    const txs = this.options.txProcessor;
    if (!txs?.prefetch || req.tx.length === 0) return;
    if (this.prefetched.size >= 20_000) this.prefetched.clear(); // txs whose CheckTx never came (closed connection)
    this.prefetched.set(txKey(req.tx), txs.prefetch(this.checkState.branch(), req.tx, this.nextBlockInfo()));
  }

  async checkTx(req: RequestCheckTx): Promise<ResponseCheckTx> {
    if (this.prefetched.size > 0) {
      const key = txKey(req.tx);
      const pending = this.prefetched.get(key);
      if (pending) {
        this.prefetched.delete(key);
        await pending;
      }
    }
    try {
      if (!this.options.txProcessor) throw Errors.txDecode.wrap('this node has no transaction pipeline');
      if (this.options.voteExtensions?.isInjectedTx(req.tx)) {
        throw Errors.txDecode.wrap('a vote-extension injection is added by the block proposer, never sent as a transaction');
      }
      const recheck = req.type === CheckTxType.RECHECK;
      if (!recheck && this.mempool?.wouldOverflow(req.tx.length)) {
        const { txs, bytes } = this.mempool.size;
        const { maxTxs, maxTxsBytes } = this.mempool.limits;
        throw Errors.mempoolIsFull.wrap(`${txs} txs (max ${maxTxs}), ${bytes} bytes (max ${maxTxsBytes}); try again after the next block`);
      }
      const res = this.options.txProcessor.checkTx(this.checkState, req.tx, this.nextBlockInfo(), recheck);
      if (recheck || res.code === 0) this.mempool?.add(req.tx.length);
      return res;
    } catch (err) {
      const e = toAbciError(err);
      return ResponseCheckTx.fromPartial({ code: e.code, codespace: e.codespace, log: e.log });
    }
  }

  async prepareProposal(req: RequestPrepareProposal): Promise<ResponsePrepareProposal> {
    const txs: Uint8Array[] = [];
    let bytes = 0n;
    const ve = this.options.voteExtensions;
    const env = this.voteExtensionEnv();
    if (ve && env) {
      // The previous height's extended commit info, first (its size counts against the block).
      const injected = ve.prepareInjectedTx(env, req);
      if (injected) {
        txs.push(injected);
        bytes += BigInt(injected.length);
      }
    }
    for (const tx of req.txs) {
      if (ve?.isInjectedTx(tx)) continue; // never from the mempool (CheckTx refuses them)
      if (bytes + BigInt(tx.length) > req.maxTxBytes) break;
      bytes += BigInt(tx.length);
      txs.push(tx);
    }
    return ResponsePrepareProposal.fromPartial({ txs });
  }

  async processProposal(req: RequestProcessProposal): Promise<ResponseProcessProposal> {
    const ve = this.options.voteExtensions;
    const env = this.voteExtensionEnv();
    if (ve && env) {
      try {
        const injected = req.txs.length > 0 && ve.isInjectedTx(req.txs[0]) ? req.txs[0] : undefined;
        if (req.txs.slice(injected ? 1 : 0).some((tx) => ve.isInjectedTx(tx))) throw new Error('an injected vote-extension tx that is not the first tx');
        ve.processInjectedTx(env, req, injected);
      } catch (err) {
        this.options.logger.warn({ height: Number(req.height), reason: (err as Error).message }, 'rejecting proposal');
        return ResponseProcessProposal.fromPartial({ status: ResponseProcessProposal_ProposalStatus.REJECT });
      }
    }
    return ResponseProcessProposal.fromPartial({ status: ResponseProcessProposal_ProposalStatus.ACCEPT });
  }

  /** This validator's vote extension (the oracle's prices); empty without a handler or on any trouble. */
  async extendVote(req: RequestExtendVote): Promise<ResponseExtendVote> {
    const ve = this.options.voteExtensions;
    const env = this.voteExtensionEnv();
    let voteExtension: Uint8Array = new Uint8Array(0);
    if (ve && env) {
      try {
        voteExtension = ve.extendVote(env, req);
      } catch (err) {
        this.options.logger.warn({ height: Number(req.height), err: (err as Error).message }, 'extending the vote failed; extending with empty bytes');
      }
    }
    return ResponseExtendVote.fromPartial({ voteExtension });
  }

  /** Empty extensions are always valid; others are checked by the handler (malformed or oversized ones are rejected). */
  async verifyVoteExtension(req: RequestVerifyVoteExtension): Promise<ResponseVerifyVoteExtension> {
    let ok = req.voteExtension.length === 0;
    const ve = this.options.voteExtensions;
    const env = this.voteExtensionEnv();
    if (!ok && ve && env) {
      try {
        ok = ve.verifyVoteExtension(env, req);
      } catch {
        ok = false;
      }
    }
    const status = ok ? ResponseVerifyVoteExtension_VerifyStatus.ACCEPT : ResponseVerifyVoteExtension_VerifyStatus.REJECT;
    return ResponseVerifyVoteExtension.fromPartial({ status });
  }

  /**
   * The last committed state and chain params, for the vote-extension handler (undefined before
   * InitChain). Before the first commit that is the genesis state, still in the working trees: the
   * first height's proposals are checked like every other (nothing is skipped for lack of state).
   */
  private voteExtensionEnv(): VoteExtensionEnv | undefined {
    if (!this.chain) return undefined;
    if (this.ms.version === 0) {
      const genesis = this.ms.branch();
      return { state: { height: 0, store: (name) => genesis.store(name) }, chain: this.chain };
    }
    return { state: this.queries.contextAt(this.ms.version), chain: this.chain };
  }

  async finalizeBlock(req: RequestFinalizeBlock): Promise<ResponseFinalizeBlock> {
    const height = Number(req.height);
    if (height !== this.ms.nextVersion) {
      throw new Error(`FinalizeBlock for height ${height}, but the next height to commit is ${this.ms.nextVersion}`);
    }
    if (!this.chain) throw new Error('FinalizeBlock before InitChain: no chain params in state');
    const block: BlockInfo = { height, timeNanos: toNanos(req.time), chainId: this.chain.chainId, proposerAddress: req.proposerAddress };
    this.pendingBlockTimeNanos = block.timeNanos;
    const state = this.ms.branch();
    // txs this node did not see in CheckTx (other validators' mempools): check their signatures in parallel first
    const txs = this.options.txProcessor;
    if (txs?.prefetch && req.txs.length > 0) await Promise.all(req.txs.map((tx) => txs.prefetch!(state.branch(), tx, block)));
    const events = new EventCollector();
    const ctx = makeContext(block, (name) => state.store(name), events);
    for (const m of this.options.modules) m.beginBlock?.(ctx);
    const ve = this.options.voteExtensions;
    const injected = ve && req.txs.length > 0 && ve.isInjectedTx(req.txs[0]) ? req.txs[0] : undefined;
    if (ve) this.applyInjected(ve, state, block, events, injected);
    const txResults: ExecTxResult[] = req.txs.map((tx, i) =>
      i === 0 && injected ? ExecTxResult.fromPartial({ code: 0 }) : this.deliverTx(state, tx, block),
    );
    markIndexedAttributes(txResults, this.indexed);
    // Each result encoded once: for the local tx index and, through attachEncodedTxResults, for the response.
    const encodedResults = txResults.map(encodeTxResult);
    this.pendingTxIndex = req.txs.map((tx, i) => [txIndexKey(txHash(tx)), encodeTxRecord(height, i, block.timeNanos, tx, encodedResults[i])]);
    for (const m of this.options.modules) m.endBlock?.(ctx);
    state.write();
    this.pendingHash = this.ms.workingHash();
    const res = ResponseFinalizeBlock.fromPartial({ events: events.events, txResults, validatorUpdates: [], appHash: this.pendingHash });
    attachEncodedTxResults(res, encodedResults);
    return res;
  }

  /** The injected vote-extension tx on a branch: a failure is logged and changes nothing (it never halts the chain). */
  private applyInjected(ve: VoteExtensionHandler, state: CacheMultiStore, block: BlockInfo, events: EventCollector, injected: Uint8Array | undefined): void {
    const branch = state.branch();
    const collected = new EventCollector();
    try {
      ve.applyInjectedTx(makeContext(block, (name) => branch.store(name), collected), this.chain!, injected);
      branch.write();
      events.events.push(...collected.events);
    } catch (err) {
      this.options.logger.error({ height: block.height, err: (err as Error).message }, 'applying the vote extensions failed; state unchanged');
    }
  }

  private deliverTx(state: CacheMultiStore, tx: Uint8Array, block: BlockInfo): ExecTxResult {
    if (this.options.voteExtensions?.isInjectedTx(tx)) {
      const e = toAbciError(Errors.txDecode.wrap('an injected vote-extension tx is only valid as the first tx of a block'));
      return ExecTxResult.fromPartial({ code: e.code, codespace: e.codespace, log: e.log });
    }
    if (!this.options.txProcessor) {
      const e = toAbciError(Errors.txDecode.wrap('this node has no transaction pipeline'));
      return ExecTxResult.fromPartial({ code: e.code, codespace: e.codespace, log: e.log });
    }
    return this.options.txProcessor.deliverTx(state, tx, block);
  }

  async commit(_req: RequestCommit): Promise<ResponseCommit> {
    const result = await this.ms.commit(this.pendingTxIndex);
    this.pendingTxIndex = [];
    if (this.pendingHash && !result.hash.equals(this.pendingHash)) {
      throw new Error(`committed app hash ${result.hash.toString('hex')} differs from FinalizeBlock's ${this.pendingHash.toString('hex')}`);
    }
    this.pendingHash = undefined;
    this.lastBlockTimeNanos = this.pendingBlockTimeNanos;
    this.checkState = this.ms.branch();
    this.mempool?.reset();
    return ResponseCommit.fromPartial({ retainHeight: 0n });
  }

  async listSnapshots(_req: RequestListSnapshots): Promise<ResponseListSnapshots> {
    return ResponseListSnapshots.fromPartial({ snapshots: [] });
  }

  async offerSnapshot(_req: RequestOfferSnapshot): Promise<ResponseOfferSnapshot> {
    return ResponseOfferSnapshot.fromPartial({ result: ResponseOfferSnapshot_Result.ABORT });
  }

  async loadSnapshotChunk(_req: RequestLoadSnapshotChunk): Promise<ResponseLoadSnapshotChunk> {
    return ResponseLoadSnapshotChunk.fromPartial({ chunk: new Uint8Array(0) });
  }

  async applySnapshotChunk(_req: RequestApplySnapshotChunk): Promise<ResponseApplySnapshotChunk> {
    return ResponseApplySnapshotChunk.fromPartial({ result: ResponseApplySnapshotChunk_Result.ABORT });
  }

  /** A throw-away branch of the mempool's state and the block it would run in, for simulating a tx. */
  simulationState(): { state: CacheMultiStore; block: BlockInfo } {
    return { state: this.checkState.branch(), block: this.nextBlockInfo() };
  }

  /** A store's latest state including what is not committed yet (read-only use: tests, simulation). */
  workingStore(name: string): KVReader {
    return this.ms.store(name);
  }

  /** A store at a committed height. */
  storeAt(name: string, height: number): KVReader {
    return this.ms.storeAt(name, height);
  }

  /** Every module's state at a committed height as genesis app_state. */
  exportGenesis(height = this.ms.version): Record<string, unknown> {
    const ctx = this.queries.contextAt(height);
    const out: Record<string, unknown> = {};
    for (const m of this.options.modules) if (m.exportGenesis) out[m.name] = m.exportGenesis(ctx);
    return out;
  }

  /** Runs every module invariant on the last committed state; returns the violations. */
  checkInvariants(): string[] {
    const ctx: QueryContext = this.queries.contextAt(this.ms.version);
    const broken: string[] = [];
    for (const m of this.options.modules) {
      for (const [name, inv] of Object.entries(m.invariants ?? {})) {
        const msg = inv(ctx);
        if (msg !== undefined) broken.push(`${m.name}/${name}: ${msg}`);
      }
    }
    return broken;
  }

  /** The block CheckTx validates against: the next one, at the last block's time. */
  private nextBlockInfo(): BlockInfo {
    return {
      height: this.ms.nextVersion,
      timeNanos: this.lastBlockTimeNanos,
      chainId: this.chain?.chainId ?? '',
      proposerAddress: new Uint8Array(0),
    };
  }
}

/** Identity of a tx's bytes for the prefetch map (latin1 keeps it exact and cheap to hash). */
function txKey(tx: Uint8Array): string {
  return Buffer.from(tx.buffer, tx.byteOffset, tx.byteLength).toString('latin1');
}

/** InitChain's validators: ed25519 keys only (CometBFT's default); address = sha256(pubkey)[:20]. */
function genesisValidators(updates: RequestInitChain['validators']): GenesisValidator[] {
  return updates.map((v) => {
    const pubKey = v.pubKey?.ed25519;
    if (!pubKey || pubKey.length !== 32) throw new Error('InitChain: only ed25519 validator keys are supported');
    return { address: createHash('sha256').update(pubKey).digest().subarray(0, 20), pubKey: Uint8Array.from(pubKey), power: v.power };
  });
}

function toNanos(t: { seconds: bigint; nanos: number } | undefined): bigint {
  if (!t) return 0n;
  return t.seconds * 1_000_000_000n + BigInt(t.nanos);
}

function parseAppState(bytes: Uint8Array): Record<string, unknown> {
  if (bytes.length === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (err) {
    throw new Error(`genesis app_state is not valid JSON: ${(err as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('genesis app_state must be a JSON object');
  return parsed as Record<string, unknown>;
}
