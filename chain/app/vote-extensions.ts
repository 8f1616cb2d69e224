import type {
  RequestExtendVote,
  RequestPrepareProposal,
  RequestProcessProposal,
  RequestVerifyVoteExtension,
} from 'cosmjs-types/tendermint/abci/types';
import type { ChainParams } from './chain-params';
import type { Context, QueryContext } from './context';

/** What a vote-extension handler sees: the last committed state and the chain's fixed params. */
export interface VoteExtensionEnv {
  /** The last committed state (read-only). */
  state: QueryContext;
  chain: ChainParams;
}

/**
 * ABCI 2.0 vote extensions, owned by one module (the oracle) and wired in by the composition root.
 *
 * From the block after `vote_extensions_enable_height` on, the proposer injects the previous height's
 * extended commit info as the first tx of its block (an "injected tx", recognised by a magic prefix);
 * every validator checks it in ProcessProposal and FinalizeBlock consumes it before the user txs.
 */
export interface VoteExtensionHandler {
  /** This validator's extension for the block being precommitted. Never throws: empty bytes on any trouble. */
  extendVote(env: VoteExtensionEnv, req: RequestExtendVote): Uint8Array;
  /** Another validator's extension: true accepts. Empty extensions are always accepted. */
  verifyVoteExtension(env: VoteExtensionEnv, req: RequestVerifyVoteExtension): boolean;
  /** True if the bytes are (or pretend to be) an injected tx: CheckTx refuses them, FinalizeBlock never delivers them. */
  isInjectedTx(tx: Uint8Array): boolean;
  /** The proposer's injected tx for height `req.height` (undefined when none is due). */
  prepareInjectedTx(env: VoteExtensionEnv, req: RequestPrepareProposal): Uint8Array | undefined;
  /** Checks a proposal's injected tx (undefined when the block has none); throws with the reason to reject. */
  processInjectedTx(env: VoteExtensionEnv, req: RequestProcessProposal, injected: Uint8Array | undefined): void;
  /**
   * FinalizeBlock: applies the injected tx (undefined when none), before any user tx. Returns events
   * for its tx result. Must not throw for a block that passed ProcessProposal.
   */
  applyInjectedTx(ctx: Context, chain: ChainParams, injected: Uint8Array | undefined): void;
}
