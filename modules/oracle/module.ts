import type { Module, StoreKey } from '../../chain/sdk';
import type { PriceFeed } from './feed';
import { defaultGenesis, exportGenesis, initGenesis } from './genesis';
import { OracleKeeper } from './keeper';
import { oracleMsgs } from './msgs';
import { oracleQueries } from './queries';
import { OracleVoteExtensions } from './vote-extension';

/**
 * Markets, stake-weighted median prices from validators' vote extensions (the module's section of
 * them), staleness, TWAP and SVI vol surfaces. `feed` is this node's price feeder (node-side, never
 * part of consensus).
 */
export function oracleModule(key: StoreKey, options: { feed?: PriceFeed } = {}): Module & { keeper: OracleKeeper } {
  const keeper = new OracleKeeper(key);
  return {
    name: key.name,
    storeKey: key,
    keeper,
    defaultGenesis,
    initGenesis: (ctx, state) => initGenesis(keeper, ctx, state),
    exportGenesis: (ctx) => exportGenesis(keeper, ctx),
    // The block time, so that queries can age prices (before the vote extensions are applied).
    beginBlock: (ctx) => keeper.setBlockTime(ctx, ctx.block.timeNanos),
    voteExtension: new OracleVoteExtensions(keeper, { feed: options.feed }),
    queries: oracleQueries(keeper),
    msgs: oracleMsgs(keeper),
  };
}
