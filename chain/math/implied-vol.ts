import { black76Setup } from './black76';
import { blackScholesSetup } from './black-scholes';
import { DiscountedPair, intrinsic, OptionKind, timeValueBound } from './black-common';
import { Dec } from './decimal';
import { MathError } from './errors';
import { decToF64, f64ToDec } from './f64/convert';
import { BlackKernelInput, blackTimeValue } from './f64/black';
import { lnF64 } from './f64/exp-ln';
import { normCdfF64, normPdfF64 } from './f64/normal';

/** Implied volatilities are sought in [0, MAX_IMPLIED_VOL] (1000%). */
export const MAX_IMPLIED_VOL = 10;
/** The solver stops after this many price evaluations at most. */
export const MAX_IV_ITERATIONS = 100;

/**
 * s = σ√T such that A·N(θ/s + s/2) − B·N(θ/s − s/2) = target, for the out-of-the-money option written as a
 * call (θ = ln(A/B) <= 0 up to rounding). The price is convex in s below s_c = √(2|θ|) and concave above, so
 * Newton's method started at s_c moves monotonically toward the root; below s_c it runs on ln(price), which is
 * nearly linear in 1/s², from the root of that asymptote. Every step is kept inside a bracket [lo, hi]
 * (bisection otherwise) and there are at most MAX_IV_ITERATIONS, so it always ends.
 */
export function solveTimeValue(A: number, B: number, theta: number, target: number, sMax: number): number {
  const price = (s: number) => blackTimeValue(A, B, theta, s, false);
  // rounding noise of A·N(d1) − B·N(d2): no step can improve on a price this close to the target
  const noise = (s: number) => (s === 0 ? 0 : 4.5e-16 * (A * normCdfF64(theta / s + 0.5 * s) + B * normCdfF64(theta / s - 0.5 * s)));
  const vega = (s: number) => (s !== 0 ? A * normPdfF64(theta / s + 0.5 * s) : theta === 0 ? A * normPdfF64(0) : 0);
  let lo = 0;
  let hi = sMax;
  let s = Math.min(Math.sqrt(2 * Math.abs(theta)), sMax);
  const lowRegion = target < price(s);
  const lnTarget = lnF64(target);
  if (lowRegion) {
    // deep out of the money, ln price ≈ −θ²/(2s²) + ln √(AB): start near that root instead of at s_c
    hi = s;
    const guess = Math.abs(theta) / Math.sqrt(-2 * (lnTarget - 0.5 * (lnF64(A) + lnF64(B))));
    if (guess > 0 && guess < s) s = guess;
  }
  for (let i = 0; i < MAX_IV_ITERATIONS; i++) {
    const c = price(s);
    const miss = Math.abs(c - target);
    if (miss <= 1e-9 * target && miss <= noise(s)) return s;
    if (c < target) lo = s;
    else hi = s;
    if (hi - lo <= 2.3e-16 * hi) break;
    const v = vega(s);
    let next = lowRegion ? s - ((lnF64(c) - lnTarget) * c) / v : s - (c - target) / v;
    if (Math.abs(next - s) <= 4.5e-16 * s) return next; // converged: the correction is below 2 ulp
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi); // also catches NaN and ±Infinity
    s = next;
  }
  return 0.5 * (lo + hi);
}

function solve(kind: OptionKind, price: Dec, time: Dec, pair: DiscountedPair, kernel: BlackKernelInput): Dec {
  if (price.isNegative()) throw new MathError('no-solution', `negative option price ${price}`);
  const timeValue = price.sub(intrinsic(kind, pair));
  if (timeValue.isNegative()) throw new MathError('no-solution', `price ${price} is below the intrinsic value`);
  if (timeValue.isZero()) return Dec.ZERO;
  if (timeValue.gte(timeValueBound(pair))) throw new MathError('no-solution', `price ${price} is at or above the no-arbitrage upper bound`);
  if (time.isZero()) throw new MathError('no-solution', 'an expired option is worth its intrinsic value only');
  // The out-of-the-money option written as a call on (A, B) with ln(A/B) <= 0: a put on (a, b) is a call on (b, a).
  const A = pair.otmIsPut ? kernel.b : kernel.a;
  const B = pair.otmIsPut ? kernel.a : kernel.b;
  const theta = pair.otmIsPut ? -kernel.lnAB : kernel.lnAB;
  const target = decToF64(timeValue);
  const sqrtT = Math.sqrt(kernel.t);
  const sMax = MAX_IMPLIED_VOL * sqrtT;
  if (blackTimeValue(A, B, theta, sMax, false) < target) {
    throw new MathError('no-solution', `price ${price} needs a volatility above ${MAX_IMPLIED_VOL * 100}%`);
  }
  return f64ToDec(solveTimeValue(A, B, theta, target, sMax) / sqrtT);
}

export interface ImpliedVolBlack76Input {
  kind: OptionKind;
  price: Dec;
  forward: Dec;
  strike: Dec;
  time: Dec;
  rate: Dec;
}

/**
 * The Black-76 volatility that reproduces `price`, in [0, 10]. A price equal to the intrinsic value gives 0.
 * Errors (`no-solution`): price below intrinsic, at or above the upper bound, on an expired option with time
 * value, or needing more than 1000% vol.
 */
export function impliedVolBlack76(input: ImpliedVolBlack76Input): Dec {
  const s = black76Setup(input);
  return solve(input.kind, input.price, input.time, s, s.kernel);
}

export interface ImpliedVolBlackScholesInput {
  kind: OptionKind;
  price: Dec;
  spot: Dec;
  strike: Dec;
  time: Dec;
  rate: Dec;
  dividendYield?: Dec;
}

/** The Black-Scholes volatility that reproduces `price`; as impliedVolBlack76. */
export function impliedVolBlackScholes(input: ImpliedVolBlackScholesInput): Dec {
  const s = blackScholesSetup(input);
  return solve(input.kind, input.price, input.time, s, s.kernel);
}
