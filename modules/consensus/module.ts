import type { Module } from '../../chain/app';
import { defaultGenesis, exportGenesis, initGenesis } from './genesis';
import { ConsensusKeeper, STORE_NAME } from './keeper';
import { consensusQueries } from './queries';

/** Chain id, initial height, consensus params and the last block record. */
export function consensusModule(keeper = new ConsensusKeeper()): Module & { keeper: ConsensusKeeper } {
  return {
    name: STORE_NAME,
    keeper,
    defaultGenesis,
    initGenesis: (ctx, state) => initGenesis(keeper, ctx, state),
    exportGenesis: (ctx) => exportGenesis(keeper, ctx),
    beginBlock: (ctx) => keeper.setLastBlock(ctx.store(STORE_NAME), ctx.block),
    queries: consensusQueries(keeper),
  };
}
