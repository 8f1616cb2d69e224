// What Black-76 and Black-Scholes share at the Dec boundary: input checks, and assembling a price from the
// exact intrinsic value (Dec) plus the time value (computed in doubles), so that intrinsic <= price <= bound
// and put-call parity hold exactly in Dec.
import { Dec } from './decimal';
import { MathError } from './errors';
import { f64ToDec } from './f64/convert';

export type OptionKind = 'call' | 'put';

/** Price and Greeks. delta, gamma: against the underlying; vega: per 1.00 of vol; theta: −∂V/∂T per year; rho: per 1.00 of rate. */
export interface Greeks {
  price: Dec;
  delta: Dec;
  gamma: Dec;
  vega: Dec;
  theta: Dec;
  rho: Dec;
}

/** Domain of the pricing functions; outside it they throw a `domain` MathError. */
export const PRICING_LIMITS = {
  /** Underlying and strike: 0 < value <= 1e30. */
  maxPrice: Dec.parse('1000000000000000000000000000000'),
  /** Time to expiry in years: 0 <= T <= 100. */
  maxTime: Dec.fromInt(100),
  /** Volatility: 0 <= σ <= 100 (10,000%). */
  maxVol: Dec.fromInt(100),
  /** Rates and yields: |r| <= 1 (100%). */
  maxRate: Dec.ONE,
} as const;

export function checkPositivePrice(name: string, v: Dec): void {
  if (!v.isPositive() || v.gt(PRICING_LIMITS.maxPrice)) throw new MathError('domain', `${name} must be in (0, 1e30]: ${v}`);
}

export function checkTimeVol(time: Dec, vol: Dec | undefined): void {
  if (time.isNegative() || time.gt(PRICING_LIMITS.maxTime)) throw new MathError('domain', `time must be in [0, 100] years: ${time}`);
  if (vol && (vol.isNegative() || vol.gt(PRICING_LIMITS.maxVol))) throw new MathError('domain', `vol must be in [0, 100]: ${vol}`);
}

export function checkRate(name: string, r: Dec): void {
  if (r.abs().gt(PRICING_LIMITS.maxRate)) throw new MathError('domain', `${name} must be in [-1, 1]: ${r}`);
}

export function checkKind(kind: OptionKind): void {
  if (kind !== 'call' && kind !== 'put') throw new MathError('domain', `kind must be 'call' or 'put': ${String(kind)}`);
}

/** The discounted asset and strike as Decs, and which side is out of the money. */
export interface DiscountedPair {
  aDec: Dec;
  bDec: Dec;
  /** True when the put is the out-of-the-money (or at-the-money) option: a >= b. */
  otmIsPut: boolean;
}

export function intrinsic(kind: OptionKind, p: DiscountedPair): Dec {
  const diff = kind === 'call' ? p.aDec.sub(p.bDec) : p.bDec.sub(p.aDec);
  return diff.isNegative() ? Dec.ZERO : diff;
}

/** The out-of-the-money option's price bounds the time value: a put is worth at most b, a call at most a. */
export function timeValueBound(p: DiscountedPair): Dec {
  return p.otmIsPut ? p.bDec : p.aDec;
}

/** intrinsic + time value, the time value clamped to [0, bound]. */
export function assemblePrice(kind: OptionKind, p: DiscountedPair, timeValue: number): Dec {
  const tv = Dec.min(f64ToDec(timeValue), timeValueBound(p));
  return intrinsic(kind, p).add(tv.isNegative() ? Dec.ZERO : tv);
}
