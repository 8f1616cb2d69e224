import type { ConsensusParams } from 'cosmjs-types/tendermint/types/params';
import type { Context } from './context';
import type { KVReader } from '../store';

/** Chain-wide facts fixed at InitChain that the app needs in every block. */
export interface ChainParams {
  chainId: string;
  initialHeight: number;
  consensusParams: ConsensusParams;
}

/** Where the app keeps its chain params: implemented by the consensus module (its store, its key layout). */
export interface ChainParamsStore {
  /** The name of the store this keeper uses (read at startup from committed state). */
  readonly storeName: string;
  init(ctx: Context, params: ChainParams): void;
  read(store: KVReader): ChainParams | undefined;
}
