/**
 * Adapters from one module's keeper to the narrow interface another module declares for it: the
 * composition root's glue, so that modules never import each other.
 */
import { Dec } from '../math';
import type { ReadContext } from '../app';
import type { MarginOracle } from '../../modules/margin/keeper';
import type { OracleKeeper } from '../../modules/oracle/keeper';

const NS = 1_000_000_000n;

/** The oracle as the margin module reads it: prices, SVI slices with their staleness, the block time. */
export function marginOracle(oracle: OracleKeeper): MarginOracle {
  const nowNanos = (ctx: ReadContext): bigint => ('block' in ctx ? (ctx as { block: { timeNanos: bigint } }).block.timeNanos : oracle.blockTime(ctx));
  return {
    price: (ctx, market, opts) => oracle.price(ctx, market, opts),
    surface: (ctx, market, opts) => {
      if (!oracle.market(ctx, market)) return undefined;
      const s = oracle.storedSurface(ctx, market);
      if (!s) return undefined;
      const maxAge = BigInt(opts?.maxAgeSeconds ?? Number(oracle.params(ctx).heartbeatSeconds));
      const age = nowNanos(ctx) - s.timeNanos;
      return {
        slices: s.slices.map((sl) => ({
          expirySeconds: sl.expiry,
          params: { a: Dec.parse(sl.a), b: Dec.parse(sl.b), rho: Dec.parse(sl.rho), m: Dec.parse(sl.m), sigma: Dec.parse(sl.sigma) },
        })),
        stale: age > maxAge * NS,
      };
    },
    nowSeconds: (ctx) => nowNanos(ctx) / NS,
  };
}
