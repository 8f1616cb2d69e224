import type { Dec, SviParams } from '../../chain/math';

/** One expiry of a surface the feeder produced: `expiry` in Unix seconds. */
export interface FeedSlice {
  expiry: number;
  params: SviParams;
}

/** The feeder's latest view: prices and surfaces by market id ("BTC/USD"). */
export interface FeedSnapshot {
  prices: Map<string, Dec>;
  surfaces: Map<string, FeedSlice[]>;
}

/**
 * What the oracle needs from the node-side price feeder (chain/node/daemons/feeder implements it). Called
 * synchronously from ExtendVote: it must return at once, never wait for the network, and return
 * undefined when it has nothing recent enough to report (the validator then extends with empty bytes).
 */
export interface PriceFeed {
  latest(): FeedSnapshot | undefined;
}
