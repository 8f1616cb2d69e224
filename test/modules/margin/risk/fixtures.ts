// Shared inputs of the risk-engine tests: one underlying at spot 100 with a few expiries.
import { Dec, type SviParams } from '../../../../chain/math';
import { DEFAULT_RISK_PARAMS, marketData, YEAR_SECONDS, type Instrument, type MarketData, type Position } from '../../../../modules/margin/risk';

export const d = (s: string): Dec => Dec.parse(s);
export const NOW = 1_700_000_000n;
export const DAY = 86_400n;
export const EXPIRY_30D = NOW + 30n * DAY;
export const EXPIRY_7D = NOW + 7n * DAY;
export const EXPIRY_90D = NOW + 90n * DAY;
export const PARAMS = DEFAULT_RISK_PARAMS;

/** Flat SVI (b = 0): total variance a = vol²·T for T years. */
export function flatSlice(vol: Dec, expiry: bigint): SviParams {
  const t = Dec.fromInt(expiry - NOW).divInt(YEAR_SECONDS, 'half-even');
  return { a: vol.mul(vol, 'half-even').mul(t, 'half-even'), b: Dec.ZERO, rho: Dec.ZERO, m: Dec.ZERO, sigma: d('0.1') };
}

/** A mild put skew: total variance a + b(ρ(k − m) + √((k − m)² + σ²)) scaled to T. */
export function skewSlice(expiry: bigint): SviParams {
  const t = Dec.fromInt(expiry - NOW).divInt(YEAR_SECONDS, 'half-even');
  // ≈ 55% ATM vol, steeper on the downside
  return { a: d('0.25').mul(t, 'half-even'), b: d('0.3').mul(t, 'half-even'), rho: d('-0.3'), m: Dec.ZERO, sigma: d('0.2') };
}

export function market(opts: { spot?: string; stale?: boolean; surfaceStale?: boolean; skew?: boolean; underlying?: string; forwards?: Map<bigint, Dec> } = {}): MarketData {
  const expiries = [EXPIRY_7D, EXPIRY_30D, EXPIRY_90D];
  return marketData({
    underlying: opts.underlying ?? 'BTC/USD',
    price: { price: d(opts.spot ?? '100'), stale: opts.stale ?? false },
    nowSeconds: NOW,
    slices: expiries.map((e) => ({ expirySeconds: e, params: opts.skew ? skewSlice(e) : flatSlice(d('0.6'), e) })),
    surfaceStale: opts.surfaceStale,
    forwards: opts.forwards,
  });
}

export function option(kind: 'call' | 'put', strike: string, expiry: bigint = EXPIRY_30D, contractSize = '1', underlying = 'BTC/USD'): Instrument {
  const tag = underlying.split('/')[0];
  const lot = contractSize === '1' ? '' : `-x${contractSize}`;
  return { id: `${tag}-${expiry}-${strike.padStart(6, '0')}-${kind === 'call' ? 'C' : 'P'}${lot}`, underlying, expirySeconds: expiry, strike: d(strike), kind, contractSize: d(contractSize) };
}

export const pos = (ins: Instrument, size: bigint): Position => ({ instrumentId: ins.id, size });

export function byId(instruments: Instrument[]): Map<string, Instrument> {
  return new Map(instruments.map((i) => [i.id, i]));
}
