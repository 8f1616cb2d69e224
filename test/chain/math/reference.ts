// High-precision reference implementations in decimal.js, independent of chain/math's algorithms:
// Φ by its Taylor series (|x| <= 5) or Laplace's continued fraction (|x| > 5), everything else by decimal.js.
import Decimal from 'decimal.js';
import { Dec } from '../../../chain/math';

/** 80 significant digits: ample for 1e-18 absolute on values up to 1e58 and for relative tails. */
export const R = Decimal.clone({ precision: 100, rounding: Decimal.ROUND_HALF_EVEN });
export type Big = InstanceType<typeof R>;

const SQRT_2PI = R.acos(-1).times(2).sqrt();
const HALF = new R('0.5');

export const big = (d: Dec | string | number | bigint): Big => (d instanceof Dec ? new R(d.raw.toString()).div('1e18') : new R(d.toString()));

const view = new DataView(new ArrayBuffer(8));
/** The exact value of a double (not its shortest decimal form). */
export function exactDouble(x: number): Big {
  if (x === 0 || !Number.isFinite(x)) return new R(x);
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let m = BigInt(hi & 0xfffff) * 4294967296n + BigInt(lo);
  let e = -1074;
  if (biased !== 0) {
    m += 1n << 52n;
    e = biased - 1075;
  }
  const v = new R(m.toString()).times(new R(2).pow(e));
  return hi >>> 31 ? v.neg() : v;
}

export function refPdf(x: Big): Big {
  return x.times(x).div(-2).exp().div(SQRT_2PI);
}

/** Φ(-y) for y >= 0. */
function upperTail(y: Big): Big {
  if (y.lte(5)) {
    const y2 = y.times(y);
    let term = y;
    let sum = y;
    for (let d = 3; ; d += 2) {
      term = term.times(y2).div(d);
      sum = sum.plus(term);
      if (term.lt('1e-95')) break;
    }
    return HALF.minus(refPdf(y).times(sum));
  }
  const terms = y.gt(8) ? 160 : 400;
  let t = y;
  for (let n = terms; n >= 1; n--) t = y.plus(new R(n).div(t));
  return refPdf(y).div(t);
}

/** Standard normal cdf, relative accuracy ~1e-50 in both tails. */
export function refCdf(x: Big): Big {
  return x.isNegative() ? upperTail(x.neg()) : new R(1).minus(upperTail(x));
}

/** The Dec nearest to v under a rounding mode. */
export function toDecRaw(v: Big, mode: 'down' | 'up' | 'half-even'): bigint {
  const scaled = v.times('1e18');
  const r = mode === 'down' ? scaled.floor() : mode === 'up' ? scaled.ceil() : scaled.toDecimalPlaces(0, Decimal.ROUND_HALF_EVEN);
  return BigInt(r.toFixed(0));
}

export interface RefGreeks {
  price: Big;
  delta: Big;
  gamma: Big;
  vega: Big;
  theta: Big;
  rho: Big;
  /** The forward, for the price tolerance. */
  forward: Big;
}

/** Black's formula with Greeks, in decimal.js. model 'b76': x = F, q = r; 'bs': x = S. */
export function refBlack(model: 'b76' | 'bs', kind: 'call' | 'put', x0: Dec, k0: Dec, t0: Dec, v0: Dec, r0: Dec, q0: Dec): RefGreeks {
  const [x, k, t, sigma, r] = [big(x0), big(k0), big(t0), big(v0), big(r0)];
  const q = model === 'b76' ? r : big(q0);
  const dr = r.neg().times(t).exp();
  const dq = q.neg().times(t).exp();
  const a = model === 'b76' ? x.times(dr) : x.times(dq);
  const b = k.times(dr);
  const forward = a.div(dr);
  const sqrtT = t.sqrt();
  const s = sigma.times(sqrtT);
  const d1 = a.div(b).ln().div(s).plus(s.div(2));
  const d2 = d1.minus(s);
  const call = kind === 'call';
  const n1 = refPdf(d1);
  const N1 = refCdf(call ? d1 : d1.neg());
  const N2 = refCdf(call ? d2 : d2.neg());
  const price = call ? a.times(N1).minus(b.times(N2)) : b.times(N2).minus(a.times(N1));
  const ax = a.div(x);
  const delta = call ? ax.times(N1) : ax.times(N1).neg();
  const gamma = ax.times(n1).div(x.times(s));
  const vega = a.times(n1).times(sqrtT);
  const decay = a.times(n1).times(sigma).div(sqrtT.times(2)).neg();
  const carryQ = q.times(a).times(N1);
  const carryR = r.times(b).times(N2);
  const theta = decay.plus(call ? carryQ.minus(carryR) : carryR.minus(carryQ));
  const rho = model === 'b76' ? t.times(price).neg() : call ? t.times(b).times(N2) : t.times(b).times(N2).neg();
  return { price, delta, gamma, vega, theta, rho, forward };
}
