// Reading MarketData: freshness, time to expiry, the forward and the SVI vol of an expiry. Missing or
// stale inputs are MarginErrors.staleMarketData; inputs the pricer refuses are invalidMarkInput.
import { Dec, MathError, sviVol, type SviParams } from '../../../chain/math';
import { MarginErrors } from '../errors';
import type { Instrument, MarketData } from './types';

/** A Julian year in seconds, as the oracle uses to validate SVI slices. */
export const YEAR_SECONDS = 31_557_600n;

/** Builds MarketData from what the oracle returns; slices must be at strictly increasing expiries. */
export function marketData(input: {
  underlying: string;
  price: { price: Dec; stale: boolean };
  nowSeconds: bigint;
  slices: readonly { expirySeconds: bigint; params: SviParams }[];
  surfaceStale?: boolean;
  forwards?: ReadonlyMap<bigint, Dec>;
}): MarketData {
  const surface = new Map<bigint, SviParams>();
  let prev: bigint | undefined;
  for (const s of input.slices) {
    if (prev !== undefined && s.expirySeconds <= prev) throw MarginErrors.invalidMarkInput.wrap(`${input.underlying}: surface slices must be at strictly increasing expiries`);
    prev = s.expirySeconds;
    surface.set(s.expirySeconds, s.params);
  }
  return {
    underlying: input.underlying,
    spot: input.price.price,
    stale: input.price.stale,
    nowSeconds: input.nowSeconds,
    surface,
    surfaceStale: input.surfaceStale ?? false,
    forwards: input.forwards,
  };
}

/** Throws staleMarketData when the price is stale, and invalidMarkInput when it is not positive or not this instrument's underlying. */
export function requireFreshPrice(market: MarketData, instrument?: Instrument): void {
  if (instrument && instrument.underlying !== market.underlying) {
    throw MarginErrors.invalidMarkInput.wrap(`instrument ${instrument.id} is on ${instrument.underlying}, market data is for ${market.underlying}`);
  }
  if (market.stale) throw MarginErrors.staleMarketData.wrap(`the oracle price of ${market.underlying} is stale`);
  if (!market.spot.isPositive()) throw MarginErrors.invalidMarkInput.wrap(`the oracle price of ${market.underlying} is not positive: ${market.spot}`);
}

/** Seconds to expiry (negative or zero once expired). */
export function secondsToExpiry(market: MarketData, expirySeconds: bigint): bigint {
  return expirySeconds - market.nowSeconds;
}

/**
 * In its last hour an option whose expiry has no usable slice (the surface is stale or no longer reports
 * it) is marked at intrinsic value against the index rather than not at all: its time value is then small,
 * and an unmarkable option would pause the health checks and the liquidation scan of its whole underlying.
 */
export const INTRINSIC_MARK_SECONDS = 3_600n;

/** Marked at intrinsic value: expired, or in its last INTRINSIC_MARK_SECONDS without a usable vol slice. */
export function marksAtIntrinsic(market: MarketData, expirySeconds: bigint): boolean {
  const s = secondsToExpiry(market, expirySeconds);
  if (s <= 0n) return true;
  return s <= INTRINSIC_MARK_SECONDS && (market.surfaceStale === true || !market.surface.has(expirySeconds));
}

/** Years to expiry, (expiry − now) / 31,557,600 rounded half-even; 0 once expired. */
export function yearsToExpiry(market: MarketData, expirySeconds: bigint): Dec {
  const s = secondsToExpiry(market, expirySeconds);
  return s <= 0n ? Dec.ZERO : Dec.fromInt(s).divInt(YEAR_SECONDS, 'half-even');
}

/** The forward of an expiry: the given forward, else the spot (rate 0). An expired option's forward is the spot. */
export function forwardAt(market: MarketData, expirySeconds: bigint): Dec {
  if (expirySeconds <= market.nowSeconds) return market.spot;
  const f = market.forwards?.get(expirySeconds);
  if (f === undefined) return market.spot;
  if (!f.isPositive()) throw MarginErrors.invalidMarkInput.wrap(`${market.underlying}: forward for expiry ${expirySeconds} is not positive: ${f}`);
  return f;
}

/** The SVI implied vol at a strike for a live expiry; staleMarketData when the surface is stale or has no slice there. */
export function volAt(market: MarketData, expirySeconds: bigint, strike: Dec): Dec {
  if (market.surfaceStale) throw MarginErrors.staleMarketData.wrap(`the vol surface of ${market.underlying} is stale`);
  const params = market.surface.get(expirySeconds);
  if (!params) throw MarginErrors.staleMarketData.wrap(`the vol surface of ${market.underlying} has no slice for expiry ${expirySeconds}`);
  const t = yearsToExpiry(market, expirySeconds);
  if (!t.isPositive()) throw MarginErrors.invalidMarkInput.wrap(`${market.underlying}: expiry ${expirySeconds} has passed`);
  try {
    return sviVol(params, t, forwardAt(market, expirySeconds), strike);
  } catch (e) {
    throw asMarkError(e, `${market.underlying} vol at expiry ${expirySeconds}, strike ${strike}`);
  }
}

/** A MathError from pricing, as invalidMarkInput naming what was being computed; anything else unchanged. */
export function asMarkError(e: unknown, what: string): unknown {
  if (e instanceof MathError) return MarginErrors.invalidMarkInput.wrap(`${what}: ${e.message}`);
  return e;
}
