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
import { BlockInfo, Context, EventCollector, makeContext, QueryContext } from './context';
import type { BlockTx, Module } from './module';
import { MountedStores } from './store-key';
import { QueryRouter } from './query-router';
import type { TxProcessor } from './tx-processor';
import { VoteExtensionRouter, type VoteExtensionEnv } from './vote-extensions';
import { APP_NAME, APP_VERSION, PROTOCOL_VERSION } from './version';
import { simulateHandler, SIMULATE_PATH } from './simulate';
import { encodeTxRecord, getTxHandler, GET_TX_PATH, txHash, txIndexKey } from './tx-index';
import { MempoolMirror, type MempoolLimits } from './mempool-mirror';
import { markIndexedAttributes, markIndexedEvents } from './index-events';

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
  private readonly mounts: MountedStores;
  /** The modules' vote-extension sections; with none, the app extends with empty bytes and injects nothing. */
  private readonly voteExtensions: VoteExtensionRouter;
  /** The modules with each optional hook, in module order (the list is fixed at open). */
  private readonly preBlockModules: Module[];
  private readonly precommitModules: Module[];
  private readonly prepareCheckStateModules: Module[];
  readonly queries: QueryRouter;

  private constructor(
    private readonly ms: MultiStore,
    private readonly options: AppOptions,
  ) {
    this.checkState = ms.branch();
    this.mempool = options.mempool ? new MempoolMirror(options.mempool) : undefined;
    this.indexed = new Set(options.indexEvents ?? []);
    this.mounts = new MountedStores(options.modules.map((m) => m.storeKey));
    this.preBlockModules = options.modules.filter((m) => m.preBlock);
    this.precommitModules = options.modules.filter((m) => m.precommit);
    this.prepareCheckStateModules = options.modules.filter((m) => m.prepareCheckState);
    this.voteExtensions = new VoteExtensionRouter(
      options.modules.flatMap((m) => (m.voteExtension ? [m.voteExtension] : [])),
      options.logger.child({ part: 'vote-extensions' }),
    );
    this.queries = new QueryRouter(ms, this.mounts, options.modules, APP_VERSION);
    if (options.txProcessor) this.queries.register(SIMULATE_PATH, simulateHandler(options.txProcessor, () => this.simulationState()));
    this.queries.register(GET_TX_PATH, getTxHandler((key) => ms.getSide(key)));
    if (ms.version > 0) {
      const state = this.queries.contextAt(ms.version);
      this.chain = options.chainParams.read(state);
      this.lastBlockTimeNanos = options.chainParams.lastBlockTime(state);
      this.prepareCheckState();
    }
  }

  static async open(options: AppOptions): Promise<SettleApp> {
    const names = options.modules.map((m) => m.name);
    if (new Set(names).size !== names.length) throw new Error(`duplicate module names: ${names.join(', ')}`);
    for (const m of options.modules) {
      if (m.storeKey.name !== m.name) throw new Error(`module ${m.name} was given the store key of "${m.storeKey.name}"`);
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
    const ctx = this.contextOn(branch, { height: initialHeight, timeNanos: toNanos(req.time), chainId: req.chainId, proposerAddress: new Uint8Array(0) }, events);
    this.options.chainParams.init(ctx, chain);
    for (const m of this.options.modules) {
      const state = m.name in appState ? appState[m.name] : m.defaultGenesis?.();
      if (state !== undefined && m.initGenesis) m.initGenesis(ctx, state);
    }
    branch.write();
    this.chain = chain;
    this.checkState = this.ms.branch();
    this.prepareCheckState();
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
      if (this.voteExtensions.isInjectedTx(req.tx)) {
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
    const ve = this.voteExtensions;
    const env = this.voteExtensionEnv();
    if (env) {
      // The previous height's extended commit info, first (its size counts against the block).
      const injected = ve.prepareInjectedTx(env, req);
      if (injected) {
        txs.push(injected);
        bytes += BigInt(injected.length);
      }
    }
    // CometBFT reaps within both limits already; the app keeps them itself, in mempool order, stopping at the
    // first tx that does not fit (skipping it could put a signer's next sequence ahead of it)
    const maxGas = this.maxBlockGas();
    let gas = 0n;
    for (const tx of req.txs) {
      if (ve.isInjectedTx(tx)) continue; // never from the mempool (CheckTx refuses them)
      if (bytes + BigInt(tx.length) > req.maxTxBytes) break;
      if (maxGas > 0n) {
        const g = this.txGas(tx);
        if (gas + g > maxGas) break;
        gas += g;
      }
      bytes += BigInt(tx.length);
      txs.push(tx);
    }
    return ResponsePrepareProposal.fromPartial({ txs });
  }

  async processProposal(req: RequestProcessProposal): Promise<ResponseProcessProposal> {
    const reject = (reason: string) => {
      this.options.logger.warn({ height: Number(req.height), reason }, 'rejecting proposal');
      return ResponseProcessProposal.fromPartial({ status: ResponseProcessProposal_ProposalStatus.REJECT });
    };
    const env = this.voteExtensionEnv();
    if (env) {
      try {
        this.voteExtensions.processProposal(env, req);
      } catch (err) {
        return reject((err as Error).message);
      }
    }
    // the block gas limit bounds a block's FinalizeBlock work; an honest proposer never exceeds it
    const maxGas = this.maxBlockGas();
    if (maxGas > 0n) {
      const gas = req.txs.reduce((sum, tx) => sum + this.txGas(tx), 0n);
      if (gas > maxGas) return reject(`the txs' gas limits add up to ${gas}, over the block gas limit ${maxGas}`);
    }
    return ResponseProcessProposal.fromPartial({ status: ResponseProcessProposal_ProposalStatus.ACCEPT });
  }

  /** This validator's vote extension (every contributor's section); empty before InitChain or on any trouble. */
  async extendVote(req: RequestExtendVote): Promise<ResponseExtendVote> {
    const env = this.voteExtensionEnv();
    let voteExtension: Uint8Array = new Uint8Array(0);
    if (env) {
      try {
        voteExtension = this.voteExtensions.extendVote(env, req);
      } catch (err) {
        this.options.logger.warn({ height: Number(req.height), err: (err as Error).message }, 'extending the vote failed; extending with empty bytes');
      }
    }
    return ResponseExtendVote.fromPartial({ voteExtension });
  }

  /**
   * Empty extensions are always valid; others must decode canonically, name only known sections, keep
   * each within its size limit and pass each contributor's check: one bad section rejects the whole.
   */
  async verifyVoteExtension(req: RequestVerifyVoteExtension): Promise<ResponseVerifyVoteExtension> {
    let ok = req.voteExtension.length === 0;
    const env = this.voteExtensionEnv();
    if (!ok && env) {
      try {
        this.voteExtensions.verifyVoteExtension(env.state, req.voteExtension);
        ok = true;
      } catch (err) {
        this.options.logger.info({ height: Number(req.height), validator: Buffer.from(req.validatorAddress).toString('hex'), reason: (err as Error).message }, 'rejecting a vote extension');
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
      return { state: { kvStore: (key) => genesis.store(this.mounts.nameOf(key)) }, chain: this.chain };
    }
    return { state: this.queries.contextAt(this.ms.version), chain: this.chain };
  }

  async finalizeBlock(req: RequestFinalizeBlock): Promise<ResponseFinalizeBlock> {
    const height = Number(req.height);
    if (height !== this.ms.nextVersion) {
      throw new Error(`FinalizeBlock for height ${height}, but the next height to commit is ${this.ms.nextVersion}`);
    }
    if (!this.chain) throw new Error('FinalizeBlock before InitChain: no chain params in state');
    const block: BlockInfo = { height, timeNanos: toNanos(req.time), chainId: this.chain.chainId, proposerAddress: req.proposerAddress, maxGas: this.maxBlockGas() };
    if (height > this.chain.initialHeight) block.lastAppHash = Buffer.from(this.ms.lastCommitInfo.hash);
    this.pendingBlockTimeNanos = block.timeNanos;
    const state = this.ms.branch();
    // txs this node did not see in CheckTx (other validators' mempools): check their signatures in parallel first
    const txs = this.options.txProcessor;
    if (txs?.prefetch && req.txs.length > 0) await Promise.all(req.txs.map((tx) => txs.prefetch!(state.branch(), tx, block)));
    const events = new EventCollector();
    const ctx = this.contextOn(state, block, events);
    const ve = this.voteExtensions;
    const injected = ve.active && req.txs.length > 0 && ve.isInjectedTx(req.txs[0]) ? req.txs[0] : undefined;
    if (this.preBlockModules.length > 0) {
      const blockTxs = this.blockTxs(req.txs, injected ? 1 : 0);
      for (const m of this.preBlockModules) m.preBlock!(ctx, blockTxs);
    }
    for (const m of this.options.modules) m.beginBlock?.(ctx);
    ve.applyInjected(ctx, this.chain, injected, () => {
      const branch = state.branch();
      const collected = new EventCollector();
      return {
        ctx: this.contextOn(branch, block, collected),
        write: () => {
          branch.write();
          events.events.push(...collected.events);
        },
      };
    });
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
    markIndexedEvents(events.events, this.indexed);
    const res = ResponseFinalizeBlock.fromPartial({ events: events.events, txResults, validatorUpdates: [], appHash: this.pendingHash });
    attachEncodedTxResults(res, encodedResults);
    return res;
  }

  /** The block's user txs for the preBlock hooks, decoded where they decode. */
  private blockTxs(txs: Uint8Array[], from: number): BlockTx[] {
    const out: BlockTx[] = [];
    for (let i = from; i < txs.length; i++) out.push({ index: i, bytes: txs[i], msgs: this.options.txProcessor?.peek?.(txs[i]) });
    return out;
  }

  /** A context over `state` whose stores open only for the mounted keys. */
  private contextOn(state: CacheMultiStore, block: BlockInfo, events: EventCollector): Context {
    return makeContext(block, (key) => state.store(this.mounts.nameOf(key)), events);
  }

  private deliverTx(state: CacheMultiStore, tx: Uint8Array, block: BlockInfo): ExecTxResult {
    if (this.voteExtensions.isInjectedTx(tx)) {
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
    if (this.precommitModules.length > 0) {
      const finalized: QueryContext = { ...this.workingContext(), height: this.ms.nextVersion };
      for (const m of this.precommitModules) m.precommit!(finalized);
    }
    const result = await this.ms.commit(this.pendingTxIndex);
    this.pendingTxIndex = [];
    if (this.pendingHash && !result.hash.equals(this.pendingHash)) {
      throw new Error(`committed app hash ${result.hash.toString('hex')} differs from FinalizeBlock's ${this.pendingHash.toString('hex')}`);
    }
    this.pendingHash = undefined;
    this.lastBlockTimeNanos = this.pendingBlockTimeNanos;
    this.checkState = this.ms.branch();
    this.mempool?.reset();
    this.prepareCheckState();
    return ResponseCommit.fromPartial({ retainHeight: 0n });
  }

  /**
   * The working trees through store keys, read-only: the last FinalizeBlock's state before Commit, the
   * committed one after (hooks; tests and the simulation read the latest state with it).
   */
  workingContext(): QueryContext {
    return { height: this.ms.version, kvStore: (key) => this.ms.store(this.mounts.nameOf(key)) };
  }

  /** Runs every prepareCheckState hook on the committed state (after Commit, InitChain and at open). */
  private prepareCheckState(): void {
    if (this.prepareCheckStateModules.length === 0) return;
    const committed = this.workingContext();
    for (const m of this.prepareCheckStateModules) m.prepareCheckState!(committed);
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

  /** Read access through store keys at a committed height (default the latest), as queries get it. */
  contextAt(height = this.ms.version): QueryContext {
    return this.queries.contextAt(height);
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
      maxGas: this.maxBlockGas(),
    };
  }

  /** `block.max_gas` of the consensus params; -1 (none) before InitChain. */
  private maxBlockGas(): bigint {
    return this.chain?.consensusParams.block?.maxGas ?? -1n;
  }

  /**
   * What a proposal's tx counts against the block gas limit: its gas limit. The injected vote-extension tx
   * has none, and a tx that does not decode counts 0: it fails before running anything.
   */
  private txGas(tx: Uint8Array): bigint {
    if (this.voteExtensions.isInjectedTx(tx)) return 0n;
    return this.options.txProcessor?.gasLimit?.(tx) ?? 0n;
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
