// Raw SVI total-variance smiles (Gatheral 2004): w(k) = a + b(ρ(k − m) + √((k − m)² + σ²)), k = ln(K/F),
// w = σ_implied² · T. Parameters and variances are Decs; the smile is evaluated in exact Dec arithmetic.
import { Dec, SCALE } from './decimal';
import { MathError } from './errors';
import { decToF64, f64ToDec } from './f64/convert';
import { log1pF64 } from './f64/exp-ln';
import { sqrt } from './sqrt';

export interface SviParams {
  a: Dec;
  b: Dec;
  rho: Dec;
  m: Dec;
  sigma: Dec;
}

/** One expiry's smile: `expiry` in years. */
export interface SviSlice {
  expiry: Dec;
  params: SviParams;
}

function invalid(reason: string): never {
  throw new MathError('invalid-svi', reason);
}

/**
 * The cheap no-arbitrage conditions, checked exactly in integer arithmetic: b >= 0, |ρ| < 1, σ > 0,
 * minimum variance a + bσ√(1−ρ²) >= 0, and Roger Lee's moment bound on the wings b(1+|ρ|) <= 4/T.
 */
export function validateSvi(p: SviParams, expiry: Dec): void {
  if (!expiry.isPositive()) invalid(`expiry must be positive: ${expiry}`);
  if (p.b.isNegative()) invalid(`b must be >= 0: ${p.b}`);
  if (p.rho.abs().gte(Dec.ONE)) invalid(`|rho| must be < 1: ${p.rho}`);
  if (!p.sigma.isPositive()) invalid(`sigma must be > 0: ${p.sigma}`);
  const S2 = SCALE * SCALE;
  if (p.a.isNegative()) {
    // a + bσ√(1−ρ²) >= 0  ⇔  (bσ)²(1−ρ²) >= a², with raws: (b·σ)²(S² − ρ²) >= a²·S⁴
    const bs = p.b.raw * p.sigma.raw;
    if (bs * bs * (S2 - p.rho.raw * p.rho.raw) < p.a.raw * p.a.raw * S2 * S2) {
      invalid('minimum total variance a + b·sigma·sqrt(1-rho^2) is negative');
    }
  }
  const absRho = p.rho.raw < 0n ? -p.rho.raw : p.rho.raw;
  // b(1+|ρ|) <= 4/T  ⇔  b(S + |ρ|)·T <= 4·S³
  if (p.b.raw * (SCALE + absRho) * expiry.raw > 4n * S2 * SCALE) invalid(`b(1+|rho|) exceeds Lee's bound 4/T for T = ${expiry}`);
}

/** Total variance w(k) at log-moneyness k, rounded half-even (never below 0). */
export function sviTotalVariance(p: SviParams, k: Dec): Dec {
  const x = k.sub(p.m);
  const root = sqrt(x.mul(x, 'half-even').add(p.sigma.mul(p.sigma, 'half-even')));
  const w = p.a.add(p.b.mul(p.rho.mul(x, 'half-even').add(root), 'half-even'));
  return w.isNegative() ? Dec.ZERO : w;
}

/** ln(K/F) as a Dec (computed as log1p((K−F)/F) with K−F exact). */
export function logMoneyness(forward: Dec, strike: Dec): Dec {
  if (!forward.isPositive() || !strike.isPositive()) throw new MathError('domain', 'forward and strike must be positive');
  return f64ToDec(log1pF64(decToF64(strike.sub(forward)) / decToF64(forward)));
}

/** Implied vol √(w/T) from a total variance. */
export function volFromTotalVariance(w: Dec, expiry: Dec): Dec {
  if (!expiry.isPositive()) throw new MathError('domain', `expiry must be positive: ${expiry}`);
  return sqrt(w.div(expiry, 'half-even'));
}

/** The implied vol of one smile at a strike. */
export function sviVol(p: SviParams, expiry: Dec, forward: Dec, strike: Dec): Dec {
  return volFromTotalVariance(sviTotalVariance(p, logMoneyness(forward, strike)), expiry);
}
