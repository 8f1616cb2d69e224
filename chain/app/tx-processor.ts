import type { ExecTxResult, ResponseCheckTx } from 'cosmjs-types/tendermint/abci/types';
import type { CacheMultiStore } from '../store';
import type { BlockInfo } from './context';

/**
 * Decodes, authenticates and executes transactions (the tx pipeline lives in chain/tx). Each call
 * branches `state` itself, so it decides what survives a failure (fees are charged even when
 * messages fail). It never throws for a bad tx: failures come back as codes.
 */
export interface TxProcessor {
  checkTx(state: CacheMultiStore, tx: Uint8Array, block: BlockInfo, recheck: boolean): ResponseCheckTx;
  deliverTx(state: CacheMultiStore, tx: Uint8Array, block: BlockInfo): ExecTxResult;
}
