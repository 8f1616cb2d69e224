import type { Module, StoreKey } from '../../chain/sdk';
import { defaultGenesis, exportGenesis, initGenesis } from './genesis';
import { ConsensusKeeper } from './keeper';
import { consensusQueries } from './queries';

/** Chain id, initial height, consensus params and the last block record. */
export function consensusModule(key: StoreKey): Module & { keeper: ConsensusKeeper } {
  const keeper = new ConsensusKeeper(key);
  return {
    name: key.name,
    storeKey: key,
    keeper,
    defaultGenesis,
    initGenesis: (ctx, state) => initGenesis(keeper, ctx, state),
    exportGenesis: (ctx) => exportGenesis(keeper, ctx),
    beginBlock: (ctx) => keeper.setLastBlock(ctx, ctx.block),
    queries: consensusQueries(keeper),
  };
}
