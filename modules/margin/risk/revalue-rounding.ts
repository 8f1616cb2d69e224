// The batch path's rounding: portfolio.ts's error bound (portfolio.ts keeps its own private copy, since
// exporting it would turn its uses into `exports.EPS` loads on the object path; the bit-for-bit tests fail if
// the two differ), and a cheaper exact f64ToDec(y, 'up').
import { f64ToDec } from '../../../chain/math';

/** 2^-50: eight times the unit roundoff, the bound added per operation. */
export const EPS = 1 / 1125899906842624;

/** x plus 2^-50 of |x|: an upper bound of x·(1 + δ) for one rounding δ (and then some). */
export function up(x: number): number {
  return x + Math.abs(x) * EPS;
}

// ceilRaw: 5^18, split for Dekker's exact product (Veltkamp, 2^27 + 1)
const FIVE_18 = 3814697265625;
const SPLIT = 134217729;
const FIVE_18_HI = SPLIT * FIVE_18 - (SPLIT * FIVE_18 - FIVE_18);
const FIVE_18_LO = FIVE_18 - FIVE_18_HI;

/**
 * f64ToDec(y, 'up').raw = ceil(y·10^18) for a finite y >= 0, with one to three bigint steps instead of about
 * eight. z = y·2^18 is exact, and Dekker's product splits z·5^18 exactly into p + e (p the rounded product, e
 * its error, both doubles; round to nearest, no overflow or underflow here). When p >= 2^53 it is an integer,
 * so ceil(p + e) = p + ceil(e). Other y (below about 0.009, or 2^53 and above) take f64ToDec itself.
 */
export function ceilRaw(y: number): bigint {
  const z = y * 262144;
  const p = z * FIVE_18;
  if (!(p >= 9007199254740992 && y < 9007199254740992)) return f64ToDec(y, 'up').raw;
  const zs = SPLIT * z;
  const zh = zs - (zs - z);
  const zl = z - zh;
  const e = zh * FIVE_18_HI - p + zh * FIVE_18_LO + zl * FIVE_18_HI + zl * FIVE_18_LO;
  const c = Math.ceil(e);
  return c === 0 ? BigInt(p) : BigInt(p) + BigInt(c);
}
