// Black's formula and its Greeks on doubles, in the common form of Black-76 and Black-Scholes:
// a = discounted asset (F·e^-rT, or S·e^-qT), b = discounted strike (K·e^-rT), s = σ√T,
// d1 = ln(a/b)/s + s/2, d2 = d1 - s, call = a N(d1) - b N(d2), put = b N(-d2) - a N(-d1).
import { normCdfF64, normPdfF64 } from './normal';

export interface BlackKernelInput {
  /** The underlying the Greeks are taken against (F for Black-76, S for Black-Scholes). */
  x: number;
  a: number;
  b: number;
  /** ln(a/b), computed accurately by the caller (from the exact difference of the Dec inputs). */
  lnAB: number;
  t: number;
  sigma: number;
  r: number;
  /** Carry of the asset: q for Black-Scholes, r for Black-76 (a forward earns nothing). */
  q: number;
}

export interface BlackKernelOutput {
  /** Price of the out-of-the-money option (the put when otmIsPut), >= 0: the time value of both. */
  timeValue: number;
  delta: number;
  gamma: number;
  vega: number;
  theta: number;
  /** ∂V/∂r with the asset's discounted value held fixed (Black-Scholes rho: ±T·b·N(±d2)). */
  rhoStrike: number;
}

function d1d2(lnAB: number, s: number): [number, number] {
  if (s === 0) {
    const d = lnAB > 0 ? Infinity : lnAB < 0 ? -Infinity : 0; // the limit σ√T → 0
    return [d, d];
  }
  const d1 = lnAB / s + 0.5 * s;
  return [d1, d1 - s];
}

/** Time value of the out-of-the-money option only (for pricing and implied-vol solves). */
export function blackTimeValue(a: number, b: number, lnAB: number, s: number, otmIsPut: boolean): number {
  const [d1, d2] = d1d2(lnAB, s);
  const tv = otmIsPut ? b * normCdfF64(-d2) - a * normCdfF64(-d1) : a * normCdfF64(d1) - b * normCdfF64(d2);
  return tv > 0 ? tv : 0;
}

/** Time value and Greeks of a call or put. At T = 0 every Greek but delta is 0; at σ√T = 0 gamma is 0. */
export function blackKernel(p: BlackKernelInput, isCall: boolean, otmIsPut: boolean): BlackKernelOutput {
  const sqrtT = Math.sqrt(p.t);
  const s = p.sigma * sqrtT;
  const [d1, d2] = d1d2(p.lnAB, s);
  const ax = p.a / p.x; // the asset's discount factor
  const nd1 = normPdfF64(d1);
  const Nd1 = normCdfF64(isCall ? d1 : -d1);
  const Nd2 = normCdfF64(isCall ? d2 : -d2);
  const tv = otmIsPut ? p.b * normCdfF64(-d2) - p.a * normCdfF64(-d1) : p.a * normCdfF64(d1) - p.b * normCdfF64(d2);
  const delta = isCall ? ax * Nd1 : -ax * Nd1;
  if (p.t === 0) return { timeValue: tv > 0 ? tv : 0, delta, gamma: 0, vega: 0, theta: 0, rhoStrike: 0 };
  const gamma = s === 0 ? 0 : (ax * nd1) / (p.x * s);
  const vega = p.a * nd1 * sqrtT;
  const decay = -(p.a * nd1 * p.sigma) / (2 * sqrtT);
  const carry = isCall ? p.q * p.a * Nd1 - p.r * p.b * Nd2 : p.r * p.b * Nd2 - p.q * p.a * Nd1;
  const rhoStrike = isCall ? p.t * p.b * Nd2 : -p.t * p.b * Nd2;
  return { timeValue: tv > 0 ? tv : 0, delta, gamma, vega, theta: decay + carry, rhoStrike };
}
