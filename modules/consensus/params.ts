import type { ConsensusParams } from 'cosmjs-types/tendermint/types/params';
import { ConsensusErrors } from './errors';

/**
 * Checks the consensus params CometBFT hands over at InitChain (its genesis consensus_params).
 * CometBFT validates them too; the app refuses a chain whose limits it cannot honour.
 */
export function validateConsensusParams(p: ConsensusParams): void {
  const block = p.block;
  if (block) {
    if (!(block.maxBytes > 0n || block.maxBytes === -1n)) {
      throw ConsensusErrors.invalidParams.wrap(`block.max_bytes must be positive or -1, got ${block.maxBytes}`);
    }
    if (block.maxGas < -1n) throw ConsensusErrors.invalidParams.wrap(`block.max_gas must be ≥ -1, got ${block.maxGas}`);
  }
  const abci = p.abci;
  if (abci && abci.voteExtensionsEnableHeight < 0n) {
    throw ConsensusErrors.invalidParams.wrap(`abci.vote_extensions_enable_height must be ≥ 0, got ${abci.voteExtensionsEnableHeight}`);
  }
}
