/**
 * The application side of ABCI 2.0 (CometBFT v0.38): one async method per request type. The socket
 * server (`./server`) calls these in request order per connection; Echo and Flush are answered by the
 * server itself.
 *
 * Throwing (or rejecting) from any method makes the server answer `ResponseException` and close that
 * connection; CometBFT then stops its ABCI client and shuts the node down (see docs/abci.md). Report
 * ordinary failures (a bad tx, a failed query) through the response's `code`, never by throwing.
 */
import {
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
  ExecTxResult,
} from 'cosmjs-types/tendermint/abci/types';

export interface AbciApplication {
  /** Query connection. Handshake: `lastBlockHeight` / `lastBlockAppHash` of the last *committed* block. */
  info(req: RequestInfo): Promise<ResponseInfo>;
  /** Consensus connection, only when Info reported height 0. */
  initChain(req: RequestInitChain): Promise<ResponseInitChain>;
  /** Query connection. */
  query(req: RequestQuery): Promise<ResponseQuery>;
  /** Mempool connection (type NEW for new txs, RECHECK after each Commit). */
  checkTx(req: RequestCheckTx): Promise<ResponseCheckTx>;
  /**
   * Optional, called as soon as a CheckTx request is read off the socket, before it waits its turn:
   * lets the app start stateless work (signature checks on other threads) early. Must not throw.
   */
  prefetchCheckTx?(req: RequestCheckTx): void;
  /** Consensus connection, proposer only. Returned txs must total at most `maxTxBytes`. */
  prepareProposal(req: RequestPrepareProposal): Promise<ResponsePrepareProposal>;
  /** Consensus connection; also called by the proposer on its own proposal. */
  processProposal(req: RequestProcessProposal): Promise<ResponseProcessProposal>;
  /** Consensus connection; only from `vote_extensions_enable_height` on. */
  extendVote(req: RequestExtendVote): Promise<ResponseExtendVote>;
  /** Consensus connection; only from `vote_extensions_enable_height` on. */
  verifyVoteExtension(req: RequestVerifyVoteExtension): Promise<ResponseVerifyVoteExtension>;
  /** Consensus connection. Executes the decided block; returns the new app hash. Must not persist yet. */
  finalizeBlock(req: RequestFinalizeBlock): Promise<ResponseFinalizeBlock>;
  /** Consensus connection. Persists the state produced by the last FinalizeBlock. */
  commit(req: RequestCommit): Promise<ResponseCommit>;
  /** Snapshot connection (serving state sync to peers). */
  listSnapshots(req: RequestListSnapshots): Promise<ResponseListSnapshots>;
  /** Snapshot connection (restoring by state sync). */
  offerSnapshot(req: RequestOfferSnapshot): Promise<ResponseOfferSnapshot>;
  /** Snapshot connection (serving state sync to peers). */
  loadSnapshotChunk(req: RequestLoadSnapshotChunk): Promise<ResponseLoadSnapshotChunk>;
  /** Snapshot connection (restoring by state sync). */
  applySnapshotChunk(req: RequestApplySnapshotChunk): Promise<ResponseApplySnapshotChunk>;
}

/** The method names of `AbciApplication` (same as the `Request` oneof names, minus echo/flush). */
export type AbciApplicationMethod = Exclude<keyof AbciApplication, 'prefetchCheckTx'>;

/**
 * Defaults for every method, mirroring CometBFT's Go `BaseApplication` (v0.38) except for state
 * sync, where it gives the correct answers of an app that has no snapshots (the same as the Cosmos
 * SDK without a snapshot manager): ListSnapshots → none, OfferSnapshot → ABORT (stop state sync: no
 * snapshot will ever be accepted, so "REJECT, try others" would only loop), LoadSnapshotChunk →
 * empty, ApplySnapshotChunk → ABORT. (Go's BaseApplication answers UNKNOWN, which CometBFT treats as
 * an error.) Extend it and override what the app needs.
 */
export class BaseAbciApplication implements AbciApplication {
  async info(_req: RequestInfo): Promise<ResponseInfo> {
    return ResponseInfo.fromPartial({});
  }

  async initChain(_req: RequestInitChain): Promise<ResponseInitChain> {
    return ResponseInitChain.fromPartial({});
  }

  async query(_req: RequestQuery): Promise<ResponseQuery> {
    return ResponseQuery.fromPartial({ code: 1, log: 'query is not supported by this application' });
  }

  async checkTx(_req: RequestCheckTx): Promise<ResponseCheckTx> {
    return ResponseCheckTx.fromPartial({ code: 0 });
  }

  /** Keeps the proposed txs, in order, while they fit in `maxTxBytes` (as Go's BaseApplication). */
  async prepareProposal(req: RequestPrepareProposal): Promise<ResponsePrepareProposal> {
    const txs: Uint8Array[] = [];
    let total = 0n;
    for (const tx of req.txs) {
      total += BigInt(tx.length);
      if (total > req.maxTxBytes) break;
      txs.push(tx);
    }
    return ResponsePrepareProposal.fromPartial({ txs });
  }

  async processProposal(_req: RequestProcessProposal): Promise<ResponseProcessProposal> {
    return ResponseProcessProposal.fromPartial({ status: ResponseProcessProposal_ProposalStatus.ACCEPT });
  }

  async extendVote(_req: RequestExtendVote): Promise<ResponseExtendVote> {
    return ResponseExtendVote.fromPartial({});
  }

  async verifyVoteExtension(_req: RequestVerifyVoteExtension): Promise<ResponseVerifyVoteExtension> {
    return ResponseVerifyVoteExtension.fromPartial({ status: ResponseVerifyVoteExtension_VerifyStatus.ACCEPT });
  }

  /** Every tx succeeds, no state change (as Go's BaseApplication). */
  async finalizeBlock(req: RequestFinalizeBlock): Promise<ResponseFinalizeBlock> {
    return ResponseFinalizeBlock.fromPartial({
      txResults: req.txs.map(() => ExecTxResult.fromPartial({ code: 0 })),
    });
  }

  async commit(_req: RequestCommit): Promise<ResponseCommit> {
    return ResponseCommit.fromPartial({});
  }

  async listSnapshots(_req: RequestListSnapshots): Promise<ResponseListSnapshots> {
    return ResponseListSnapshots.fromPartial({ snapshots: [] });
  }

  async offerSnapshot(_req: RequestOfferSnapshot): Promise<ResponseOfferSnapshot> {
    return ResponseOfferSnapshot.fromPartial({ result: ResponseOfferSnapshot_Result.ABORT });
  }

  async loadSnapshotChunk(_req: RequestLoadSnapshotChunk): Promise<ResponseLoadSnapshotChunk> {
    return ResponseLoadSnapshotChunk.fromPartial({});
  }

  async applySnapshotChunk(_req: RequestApplySnapshotChunk): Promise<ResponseApplySnapshotChunk> {
    return ResponseApplySnapshotChunk.fromPartial({ result: ResponseApplySnapshotChunk_Result.ABORT });
  }
}

/**
 * Builds a full `AbciApplication` from the methods given; the rest come from `BaseAbciApplication`.
 * Methods are called with `this` bound to `handlers`.
 */
export function withAbciDefaults(handlers: Partial<AbciApplication>): AbciApplication {
  const base = new BaseAbciApplication();
  const app = {} as Record<AbciApplicationMethod, unknown>;
  for (const name of ABCI_APPLICATION_METHODS) {
    const own = handlers[name];
    app[name] = own ? own.bind(handlers) : base[name].bind(base);
  }
  return app as unknown as AbciApplication;
}

/**
 * The app's methods bound to it, as a plain object to wrap (metrics, tracing): every ABCI method
 * plus the optional prefetchCheckTx hook, so a wrapper never drops it.
 */
export function bindAbciApplication(app: AbciApplication): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of ABCI_APPLICATION_METHODS) out[name] = (app[name] as (r: unknown) => unknown).bind(app);
  if (app.prefetchCheckTx) out.prefetchCheckTx = app.prefetchCheckTx.bind(app);
  return out;
}

export const ABCI_APPLICATION_METHODS: readonly AbciApplicationMethod[] = [
  'info',
  'initChain',
  'query',
  'checkTx',
  'prepareProposal',
  'processProposal',
  'extendVote',
  'verifyVoteExtension',
  'finalizeBlock',
  'commit',
  'listSnapshots',
  'offerSnapshot',
  'loadSnapshotChunk',
  'applySnapshotChunk',
];
