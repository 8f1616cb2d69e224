import type { Context, QueryContext } from './context';

/** A query handler: protobuf request bytes in, protobuf response bytes out (gRPC method semantics). */
export type QueryHandler = (ctx: QueryContext, request: Uint8Array) => Uint8Array;

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
  invariants?: Record<string, Invariant>;
}
