import type { Context, QueryContext } from './context';

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
}

/** An invariant returns undefined when it holds, or a description of the violation. */
export type Invariant = (ctx: QueryContext) => string | undefined;

/**
 * A state-machine module as the app sees it. Its store is named after it. Every hook is optional;
 * the app calls them in the order the modules are listed (the composition root decides that order).
 */
export interface Module {
  readonly name: string;
  /** The module's genesis state when app_state omits it. */
  defaultGenesis?(): unknown;
  /** Validates and writes the module's genesis state (JSON from app_state[name]). Throws on bad genesis. */
  initGenesis?(ctx: Context, state: unknown): void;
  /** The module's state as genesis JSON; initGenesis(exportGenesis()) must reproduce the store. */
  exportGenesis?(ctx: QueryContext): unknown;
  beginBlock?(ctx: Context): void;
  endBlock?(ctx: Context): void;
  /** gRPC query handlers keyed by full method path, e.g. "/cosmos.bank.v1beta1.Query/Balance". */
  queries?: Record<string, QueryHandler>;
  msgs?: MsgRegistration[];
  invariants?: Record<string, Invariant>;
}
