import type { Module } from '../../chain/app';
import type { PriceFeed } from './feed';
import { defaultGenesis, exportGenesis, initGenesis } from './genesis';
import { OracleKeeper, STORE_NAME } from './keeper';
import { oracleMsgs } from './msgs';
import { oracleQueries } from './queries';
import { OracleVoteExtensionHandler } from './vote-extension';

/**
 * Markets, stake-weighted median prices from validators' vote extensions, staleness, TWAP and SVI
 * vol surfaces. `voteExtensions` is the handler the composition root gives the app; `feed` is this
 * node's price feeder (node-side, never part of consensus).
 */
export function oracleModule(options: { feed?: PriceFeed } = {}): Module & { keeper: OracleKeeper; voteExtensions: OracleVoteExtensionHandler } {
  const keeper = new OracleKeeper();
  return {
    name: STORE_NAME,
    keeper,
    voteExtensions: new OracleVoteExtensionHandler(keeper, { feed: options.feed }),
    defaultGenesis,
    initGenesis: (ctx, state) => initGenesis(keeper, ctx, state),
    exportGenesis: (ctx) => exportGenesis(keeper, ctx),
    queries: oracleQueries(keeper),
    msgs: oracleMsgs(keeper),
  };
}
