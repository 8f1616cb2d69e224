// A volatility surface from SVI slices: total variance interpolated linearly in expiry at fixed log-moneyness,
// which keeps it non-decreasing in T whenever the slices are (the calendar condition checked here).
import { Dec } from './decimal';
import { MathError } from './errors';
import { divRound } from './rounding';
import { logMoneyness, SviParams, SviSlice, sviTotalVariance, validateSvi, volFromTotalVariance } from './svi';

const GRID_INTERVALS = 240;
const REFINE_STEPS = 48;

function invalid(reason: string): never {
  throw new MathError('invalid-svi', reason);
}

function spread(p: SviParams, k: Dec): bigint {
  return sviTotalVariance(p, k).raw;
}

/**
 * Checks w_later(k) >= w_earlier(k) for every k: exactly on the asymptotic wing slopes b(1±ρ) (and their
 * intercepts when the slopes are equal), on a grid of 241 points covering both smiles' centres ± (6σ + 1),
 * and by ternary search around every local minimum of the difference on that grid. Between the
 * grid's ends and the wings the difference of two hyperbolas is within 1e-7 relative of its linear asymptote.
 */
export function checkCalendar(earlier: SviParams, later: SviParams): void {
  for (const side of [1n, -1n]) {
    const slope1 = earlier.b.mul(Dec.ONE.add(earlier.rho.mulInt(side)), 'half-even');
    const slope2 = later.b.mul(Dec.ONE.add(later.rho.mulInt(side)), 'half-even');
    if (slope2.lt(slope1)) invalid(`calendar arbitrage: ${side > 0n ? 'right' : 'left'} wing of the later slice is flatter`);
    if (slope2.eq(slope1)) {
      // equal slopes: compare the asymptotes' intercepts a − slope·m·side
      const c1 = earlier.a.sub(slope1.mul(earlier.m.mulInt(side), 'half-even'));
      const c2 = later.a.sub(slope2.mul(later.m.mulInt(side), 'half-even'));
      if (c2.lt(c1)) invalid('calendar arbitrage: the later slice lies below the earlier one in a wing');
    }
  }
  const maxSigma = Dec.max(earlier.sigma, later.sigma).mulInt(6n).add(Dec.ONE);
  const lo = Dec.min(earlier.m, later.m).sub(maxSigma);
  const hi = Dec.max(earlier.m, later.m).add(maxSigma);
  const step = hi.sub(lo).divInt(BigInt(GRID_INTERVALS), 'down');
  const ks: Dec[] = [];
  const ds: bigint[] = [];
  for (let i = 0; i <= GRID_INTERVALS; i++) {
    const k = lo.add(step.mulInt(BigInt(i)));
    ks.push(k);
    ds.push(spread(later, k) - spread(earlier, k));
  }
  const diff = (k: Dec) => spread(later, k) - spread(earlier, k);
  for (let i = 0; i <= GRID_INTERVALS; i++) {
    if (ds[i] < 0n) invalid(`calendar arbitrage: total variance decreases with expiry at k = ${ks[i]}`);
    if (i === 0 || i === GRID_INTERVALS || ds[i] > ds[i - 1] || ds[i] > ds[i + 1]) continue;
    // ternary search for the minimum in [k_(i-1), k_(i+1)]
    let a = ks[i - 1];
    let b = ks[i + 1];
    for (let j = 0; j < REFINE_STEPS; j++) {
      const third = b.sub(a).divInt(3n, 'down');
      const m1 = a.add(third);
      const m2 = b.sub(third);
      if (diff(m1) < diff(m2)) b = m2;
      else a = m1;
    }
    const kMin = a.add(b.sub(a).divInt(2n, 'down'));
    if (diff(kMin) < 0n) invalid(`calendar arbitrage: total variance decreases with expiry near k = ${kMin}`);
  }
}

/** SVI slices at increasing expiries, each valid, consecutive ones free of calendar arbitrage. */
export class SviSurface {
  readonly slices: readonly SviSlice[];

  constructor(slices: readonly SviSlice[]) {
    if (slices.length === 0) invalid('a surface needs at least one slice');
    for (let i = 0; i < slices.length; i++) {
      validateSvi(slices[i].params, slices[i].expiry);
      if (i > 0) {
        if (!slices[i].expiry.gt(slices[i - 1].expiry)) invalid('slice expiries must be strictly increasing');
        checkCalendar(slices[i - 1].params, slices[i].params);
      }
    }
    this.slices = [...slices];
  }

  /**
   * Total variance at log-moneyness k and expiry T (0 <= T <= last expiry): linear in T between slices,
   * proportional to T before the first one (flat implied vol). Beyond the last expiry: a domain error.
   */
  totalVariance(k: Dec, expiry: Dec): Dec {
    if (expiry.isNegative()) throw new MathError('domain', `negative expiry ${expiry}`);
    const s = this.slices;
    const last = s[s.length - 1];
    if (expiry.gt(last.expiry)) throw new MathError('domain', `expiry ${expiry} is beyond the surface's last slice ${last.expiry}`);
    if (expiry.lte(s[0].expiry)) {
      return Dec.fromRaw(divRound(sviTotalVariance(s[0].params, k).raw * expiry.raw, s[0].expiry.raw, 'half-even'));
    }
    let i = 1;
    while (s[i].expiry.lt(expiry)) i++;
    const w0 = sviTotalVariance(s[i - 1].params, k);
    const w1 = sviTotalVariance(s[i].params, k);
    // one rounding: w0 + (w1 − w0)(T − T0)/(T1 − T0)
    const step = divRound((w1.raw - w0.raw) * (expiry.raw - s[i - 1].expiry.raw), s[i].expiry.raw - s[i - 1].expiry.raw, 'half-even');
    return Dec.fromRaw(w0.raw + step);
  }

  /** Implied vol at a strike for the forward of that expiry (T > 0). */
  vol(forward: Dec, strike: Dec, expiry: Dec): Dec {
    return volFromTotalVariance(this.totalVariance(logMoneyness(forward, strike), expiry), expiry);
  }
}
