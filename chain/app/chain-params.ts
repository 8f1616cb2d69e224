import type { ConsensusParams } from 'cosmjs-types/tendermint/types/params';
import type { Context, ReadContext } from './context';

/** A validator as InitChain lists it: ed25519 public key (32 bytes), power, and its CometBFT address. */
export interface GenesisValidator {
  /** First 20 bytes of sha256(pubKey), as CometBFT computes it. */
  address: Uint8Array;
  pubKey: Uint8Array;
  power: bigint;
}

/** Chain-wide facts fixed at InitChain that the app needs in every block. */
export interface ChainParams {
  chainId: string;
  initialHeight: number;
  consensusParams: ConsensusParams;
  /**
   * The validator set from InitChain (settle has no staking module yet, so it never changes). Kept in
   * state so that vote-extension signatures and powers are checked deterministically.
   */
  validators?: GenesisValidator[];
}

/** Where the app keeps its chain params: implemented by the consensus module (its store, its key layout). */
export interface ChainParamsStore {
  init(ctx: Context, params: ChainParams): void;
  read(state: ReadContext): ChainParams | undefined;
  /** The last finalized block's time in ns (0 before the first block): CheckTx validates against it after a restart. */
  lastBlockTime(state: ReadContext): bigint;
}
