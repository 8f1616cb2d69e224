import type { Context, QueryContext } from '../../chain/sdk';
import { ConsensusErrors } from './errors';
import type { ConsensusKeeper } from './keeper';

/**
 * The consensus section of app_state. Chain id and consensus params come from CometBFT's genesis
 * (InitChain), not from here; only the last block record is carried so that export → import
 * reproduces the store.
 */
export interface ConsensusGenesis {
  last_block?: { height: string; time_nanos: string; proposer_address: string };
}

export function defaultGenesis(): ConsensusGenesis {
  return {};
}

export function validateGenesis(state: unknown): ConsensusGenesis {
  if (state === null || typeof state !== 'object' || Array.isArray(state)) {
    throw ConsensusErrors.invalidGenesis.wrap('app_state.consensus must be an object');
  }
  const extra = Object.keys(state).filter((k) => k !== 'last_block');
  if (extra.length > 0) throw ConsensusErrors.invalidGenesis.wrap(`unknown fields: ${extra.join(', ')}`);
  const lb = (state as ConsensusGenesis).last_block;
  if (lb !== undefined) {
    if (!/^[0-9]+$/.test(lb.height ?? '') || !/^[0-9]+$/.test(lb.time_nanos ?? '') || !/^([0-9a-f]{2})*$/.test(lb.proposer_address ?? '')) {
      throw ConsensusErrors.invalidGenesis.wrap('last_block needs decimal height and time_nanos and a hex proposer_address');
    }
  }
  return state as ConsensusGenesis;
}

export function initGenesis(keeper: ConsensusKeeper, ctx: Context, raw: unknown): void {
  const state = validateGenesis(raw);
  if (state.last_block) {
    keeper.setLastBlock(ctx, {
      height: Number(state.last_block.height),
      timeNanos: BigInt(state.last_block.time_nanos),
      proposerAddress: Buffer.from(state.last_block.proposer_address, 'hex'),
    });
  }
}

export function exportGenesis(keeper: ConsensusKeeper, ctx: QueryContext): ConsensusGenesis {
  const lb = keeper.lastBlock(ctx);
  if (!lb) return {};
  return {
    last_block: { height: String(lb.height), time_nanos: lb.timeNanos.toString(), proposer_address: Buffer.from(lb.proposerAddress).toString('hex') },
  };
}
