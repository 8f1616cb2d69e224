// The risk engine's plain inputs: instruments, positions and the market data of one underlying.
// Everything here is data the keeper builds from its own store and the oracle; the engine reads it and
// never touches a store (see ./index.ts).
import type { Dec, SviParams } from '../../../chain/math';

export type OptionKind = 'call' | 'put';

/** A listed European, cash-settled option. */
export interface Instrument {
  id: string;
  /** The oracle market of the underlying, e.g. "BTC/USD". */
  underlying: string;
  /** Expiry as Unix seconds (the oracle's surface slices are keyed the same way). */
  expirySeconds: bigint;
  strike: Dec;
  kind: OptionKind;
  /** Units of the underlying per contract (e.g. 1 or 0.1). */
  contractSize: Dec;
  /** Once expired and its settlement price is fixed: that price (it is marked at its payoff, in every scenario). */
  settlementPrice?: Dec;
}

/** An account's holding of one instrument: signed contracts (positive long, negative short). */
export interface Position {
  instrumentId: string;
  size: bigint;
}

/**
 * Market data of one underlying at one block, as the keeper reads it from the oracle:
 * - `spot` and `stale`: the oracle price and its stale flag (OraclePrice.price / .stale);
 * - `surface`: the SVI slice of every listed expiry (VolSurface.slices, keyed by expiry in Unix seconds);
 *   `surfaceStale`: the surface query's stale flag;
 * - `forwards`: the forward per expiry. Settle has no rates yet, so the keeper leaves it out and the
 *   forward is the spot (rate 0); it is a separate input so that a forward curve needs no API change;
 * - `nowSeconds`: the block time.
 * A stale price or surface, or an expiry without a slice, is `MarginErrors.staleMarketData` when an option
 * of this underlying is marked (see ./market.ts).
 */
export interface MarketData {
  underlying: string;
  spot: Dec;
  stale: boolean;
  nowSeconds: bigint;
  surface: ReadonlyMap<bigint, SviParams>;
  surfaceStale?: boolean;
  forwards?: ReadonlyMap<bigint, Dec>;
}

/** One collateral balance of an account, with its oracle price and haircut. */
export interface CollateralBalance {
  denom: string;
  /** Base units (e.g. uusdc). */
  amount: bigint;
  /** Price of one whole token (10^decimals base units) in the quote currency. */
  price: Dec;
  /** Fraction of the value not counted, in [0, 1). */
  haircut: Dec;
  decimals: number;
}
