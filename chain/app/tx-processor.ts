import type { Any } from 'cosmjs-types/google/protobuf/any';
import type { Event, ExecTxResult, ResponseCheckTx } from 'cosmjs-types/tendermint/abci/types';
import type { CacheMultiStore } from '../store';
import type { BlockInfo } from './context';

/** The result of running a tx, as Simulate reports it. */
export interface TxOutcome {
  code: number;
  codespace: string;
  log: string;
  data: Uint8Array;
  gasWanted: bigint;
  gasUsed: bigint;
  events: Event[];
  msgResponses: Any[];
}

/**
 * Decodes, authenticates and executes transactions (the tx pipeline lives in chain/tx). Each call
 * branches `state` itself, so it decides what survives a failure (fees are charged even when
 * messages fail). It never throws for a bad tx: failures come back as codes.
 */
export interface TxProcessor {
  checkTx(state: CacheMultiStore, tx: Uint8Array, block: BlockInfo, recheck: boolean): ResponseCheckTx;
  deliverTx(state: CacheMultiStore, tx: Uint8Array, block: BlockInfo): ExecTxResult;
  /** Optional: starts expensive stateless checks (signatures) ahead of checkTx/deliverTx, off the main thread. */
  prefetch?(state: CacheMultiStore, tx: Uint8Array, block: BlockInfo): Promise<void>;
  /** Releases worker threads and the like. */
  close?(): Promise<void>;
  /** The tx's messages if it decodes (cached for its execution), without running anything; for the preBlock hook. */
  peek?(tx: Uint8Array): { typeUrl: string; msg: unknown }[] | undefined;
  /** The tx's gas limit if it decodes (cached for its execution), for the block gas limit in proposals. */
  gasLimit?(tx: Uint8Array): bigint | undefined;
  /** Runs the tx without signature checks and with unlimited gas on a state the caller discards. */
  simulate(state: CacheMultiStore, tx: Uint8Array, block: BlockInfo): TxOutcome;
}
