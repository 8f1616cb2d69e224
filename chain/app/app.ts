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
import { Errors, toAbciError } from '../errors';
import { CacheMultiStore, KVReader, MultiStore } from '../store';
import type { ChainParams, ChainParamsStore } from './chain-params';
import { BlockInfo, EventCollector, makeContext, QueryContext } from './context';
import type { Module } from './module';
import { QueryRouter } from './query-router';
import type { TxProcessor } from './tx-processor';
import { APP_NAME, APP_VERSION, PROTOCOL_VERSION } from './version';
import { simulateHandler, SIMULATE_PATH } from './simulate';
import { encodeTxRecord, getTxHandler, GET_TX_PATH, txHash, txIndexKey } from './tx-index';

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
  /** The finalized block's tx index entries, written with its commit. */
  private pendingTxIndex: [Uint8Array, Uint8Array][] = [];
  readonly queries: QueryRouter;

  private constructor(
    private readonly ms: MultiStore,
    private readonly options: AppOptions,
  ) {
    this.checkState = ms.branch();
    this.queries = new QueryRouter(ms, options.modules, APP_VERSION);
    if (options.txProcessor) this.queries.register(SIMULATE_PATH, simulateHandler(options.txProcessor, () => this.simulationState()));
    this.queries.register(GET_TX_PATH, getTxHandler((key) => ms.getSide(key)));
    if (ms.version > 0) this.chain = options.chainParams.read(ms.storeAt(options.chainParams.storeName, ms.version));
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

    const chain: ChainParams = { chainId: req.chainId, initialHeight, consensusParams: req.consensusParams ?? {} };
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

  async checkTx(req: RequestCheckTx): Promise<ResponseCheckTx> {
    try {
      if (!this.options.txProcessor) throw Errors.txDecode.wrap('this node has no transaction pipeline');
      return this.options.txProcessor.checkTx(this.checkState, req.tx, this.nextBlockInfo(), req.type === CheckTxType.RECHECK);
    } catch (err) {
      const e = toAbciError(err);
      return ResponseCheckTx.fromPartial({ code: e.code, codespace: e.codespace, log: e.log });
    }
  }

  async prepareProposal(req: RequestPrepareProposal): Promise<ResponsePrepareProposal> {
    const txs: Uint8Array[] = [];
    let bytes = 0n;
    for (const tx of req.txs) {
      if (bytes + BigInt(tx.length) > req.maxTxBytes) break;
      bytes += BigInt(tx.length);
      txs.push(tx);
    }
    return ResponsePrepareProposal.fromPartial({ txs });
  }

  async processProposal(_req: RequestProcessProposal): Promise<ResponseProcessProposal> {
    return ResponseProcessProposal.fromPartial({ status: ResponseProcessProposal_ProposalStatus.ACCEPT });
  }

  /** This version puts nothing in vote extensions (the oracle will). */
  async extendVote(_req: RequestExtendVote): Promise<ResponseExtendVote> {
    return ResponseExtendVote.fromPartial({ voteExtension: new Uint8Array(0) });
  }

  /** Only empty extensions are valid in this version; anything else comes from a faulty or foreign node. */
  async verifyVoteExtension(req: RequestVerifyVoteExtension): Promise<ResponseVerifyVoteExtension> {
    const status = req.voteExtension.length === 0 ? ResponseVerifyVoteExtension_VerifyStatus.ACCEPT : ResponseVerifyVoteExtension_VerifyStatus.REJECT;
    return ResponseVerifyVoteExtension.fromPartial({ status });
  }

  async finalizeBlock(req: RequestFinalizeBlock): Promise<ResponseFinalizeBlock> {
    const height = Number(req.height);
    if (height !== this.ms.nextVersion) {
      throw new Error(`FinalizeBlock for height ${height}, but the next height to commit is ${this.ms.nextVersion}`);
    }
    if (!this.chain) throw new Error('FinalizeBlock before InitChain: no chain params in state');
    const block: BlockInfo = { height, timeNanos: toNanos(req.time), chainId: this.chain.chainId, proposerAddress: req.proposerAddress };
    const state = this.ms.branch();
    const events = new EventCollector();
    const ctx = makeContext(block, (name) => state.store(name), events);
    for (const m of this.options.modules) m.beginBlock?.(ctx);
    const txResults: ExecTxResult[] = req.txs.map((tx) => this.deliverTx(state, tx, block));
    this.pendingTxIndex = req.txs.map((tx, i) => [txIndexKey(txHash(tx)), encodeTxRecord(height, i, block.timeNanos, tx, txResults[i])]);
    for (const m of this.options.modules) m.endBlock?.(ctx);
    state.write();
    this.pendingHash = this.ms.workingHash();
    return ResponseFinalizeBlock.fromPartial({ events: events.events, txResults, validatorUpdates: [], appHash: this.pendingHash });
  }

  private deliverTx(state: CacheMultiStore, tx: Uint8Array, block: BlockInfo): ExecTxResult {
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
    this.checkState = this.ms.branch();
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
      timeNanos: 0n,
      chainId: this.chain?.chainId ?? '',
      proposerAddress: new Uint8Array(0),
    };
  }
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
