import type { Context, QueryContext } from './context';
import type { StoreKey } from './store-key';
import type { VoteExtensionContributor } from './vote-extensions';

/** A query handler: protobuf request bytes in, protobuf response bytes out (gRPC method semantics). */
export type QueryHandler = (ctx: QueryContext, request: Uint8Array) => Uint8Array;

/**
 * A message type a module handles. The tx pipeline decodes the Any, asks for the signers (bech32
 * addresses taken from the message's signer field), runs the stateless checks, then the handler on
 * a branch that is discarded if any message of the tx fails.
 */
export interface MsgRegistration<T = any> {
  /** e.g. "/cosmos.bank.v1beta1.MsgSend". */
  typeUrl: string;
  decode(bytes: Uint8Array): T;
  /** Re-encodes a decoded message; a tx's message bytes must equal it (canonical encoding, see chain/tx/canonical.ts). */
  encode(msg: T): Uint8Array;
  /** Addresses that must sign (the cosmos.msg.v1.signer field), in order. */
  signers(msg: T): string[];
  /** Stateless checks; throws a registered AppError. */
  validateBasic(msg: T): void;
  /** Executes the message; returns the encoded response (its type is `responseTypeUrl`). */
  handle(ctx: Context, msg: T): Uint8Array;
  responseTypeUrl: string;
  /** Legacy amino JSON (Ledger, Keplr): the amino type name and the JSON value, as the SDK renders it. */
  amino: { type: string; toJSON(msg: T): unknown };
  /**
   * A fixed gas schedule: when set, the message is charged exactly this gas (before it runs) and its store
   * access is not metered, so its cost does not depend on state it happens to read (see docs/architecture.md,
   * "Fixed gas"). Unset: every store access is charged (KV_GAS), as in the SDK.
   */
  fixedGas?(msg: T): bigint;
}

/** An invariant returns undefined when it holds, or a description of the violation. */
export type Invariant = (ctx: QueryContext) => string | undefined;

/** A tx of the block being finalized, as the preBlock hook sees it (before any tx runs). */
export interface BlockTx {
  /** Position in the block. */
  index: number;
  bytes: Uint8Array;
  /** Its messages when the tx decodes (undefined otherwise: it will fail in the pipeline). Not yet authenticated. */
  msgs: readonly { typeUrl: string; msg: unknown }[] | undefined;
}

/**
 * A state-machine module as the app sees it. Its store is the one its `storeKey` opens (named after
 * the module). Every hook is optional; the app calls them in the order the modules are listed (the
 * composition root decides that order).
 *
 * A block runs: preBlock → beginBlock → vote extensions (voteExtension.applyVotes) → txs → endBlock;
 * then precommit, Commit, prepareCheckState.
 */
export interface Module {
  readonly name: string;
  /** The capability to the module's own store, from the composition root; its name equals `name`. */
  readonly storeKey: StoreKey;
  /** The module's genesis state when app_state omits it. */
  defaultGenesis?(): unknown;
  /** Validates and writes the module's genesis state (JSON from app_state[name]). Throws on bad genesis. */
  initGenesis?(ctx: Context, state: unknown): void;
  /** The module's state as genesis JSON; initGenesis(exportGenesis()) must reproduce the store. */
  exportGenesis?(ctx: QueryContext): unknown;
  /**
   * First in FinalizeBlock: sees every tx of the block (decoded where possible) before any runs, e.g.
   * to order cancels before takes. The injected vote-extension tx is not among them.
   */
  preBlock?(ctx: Context, txs: readonly BlockTx[]): void;
  beginBlock?(ctx: Context): void;
  endBlock?(ctx: Context): void;
  /**
   * After FinalizeBlock, before the block is persisted: the finalized state, read-only (its app hash
   * is already fixed). For staging in-memory changes that take effect once the block commits.
   */
  precommit?(state: QueryContext): void;
  /**
   * After every Commit, after InitChain, and once when the app opens (so after a restart): the
   * committed state, read-only. Rebuilds in-memory state (an order book) that CheckTx and the next
   * block rely on; state stays the source of truth.
   */
  prepareCheckState?(state: QueryContext): void;
  /** The module's section of vote extensions and proposer injections (see vote-extensions.ts). */
  voteExtension?: VoteExtensionContributor;
  /** gRPC query handlers keyed by full method path, e.g. "/cosmos.bank.v1beta1.Query/Balance". */
  queries?: Record<string, QueryHandler>;
  msgs?: MsgRegistration[];
  invariants?: Record<string, Invariant>;
}
