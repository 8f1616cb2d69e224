import { Dec, MAX_RAW, SCALE } from './decimal';
import { MathError } from './errors';
import { bitLength, expCore, lnCore, MAX_BITS } from './fixed-point';
import { divRound, Rounding, shiftRound } from './rounding';

// exp(x) overflows the Dec bound for x > ln(MAX_RAW / 10^18) ≈ 135.305; below -44 it is < 0.5e-18.
const EXP_MAX_INPUT = 136n * SCALE;
const EXP_TINY_INPUT = -44n * SCALE;
/** Guard bits beyond the result's magnitude: the computed value is within 2^-60 ulp of the exact one. */
const GUARD = 140;

/** The smallest Dec of the sign of `sign` that `rounding` gives for a value 0 < |v| < 0.5e-18. */
function tinyResult(sign: 1n | -1n, rounding: Rounding): Dec {
  if (sign > 0n) return rounding === 'up' ? Dec.fromRaw(1n) : Dec.ZERO;
  return rounding === 'down' ? Dec.fromRaw(-1n) : Dec.ZERO;
}

/** sign · y·2^(k - bits) as a Dec. */
function fixedToDec(sign: 1n | -1n, y: bigint, k: number, bits: number, rounding: Rounding): Dec {
  const num = sign * y * SCALE;
  const raw = bits - k >= 0 ? shiftRound(num, BigInt(bits - k), rounding) : num << BigInt(k - bits);
  return Dec.fromRaw(raw);
}

/** Floor of raw · 2^bits / 10^18. */
function decToFixed(raw: bigint, bits: number): bigint {
  return divRound(raw << BigInt(bits), SCALE, 'down');
}

/**
 * e^x, rounded by `rounding` (default half-even). Domain: x <= 135.305 (the Dec bound); for x < -44 the
 * result is 0 (or 1e-18 rounding up). Error: correctly rounded unless the exact value lies within 2^-60 ulp
 * of a rounding boundary.
 */
export function exp(x: Dec, rounding: Rounding = 'half-even'): Dec {
  const raw = x.raw;
  if (raw > EXP_MAX_INPUT) throw new MathError('overflow', `exp(${x}) exceeds the decimal bound`);
  if (raw < EXP_TINY_INPUT) return tinyResult(1n, rounding);
  const kMax = raw > 0n ? Number((raw * 3n) / (2n * SCALE)) + 1 : 0; // 1/ln2 < 1.5
  const bits = kMax + GUARD;
  const { y, k } = expCore(decToFixed(raw, bits), bits);
  return fixedToDec(1n, y, k, bits, rounding);
}

/** Natural logarithm for x > 0 (any positive Dec, so |result| < 136); correctly rounded as exp. */
export function ln(x: Dec, rounding: Rounding = 'half-even'): Dec {
  if (x.raw <= 0n) throw new MathError('domain', `ln of a non-positive number: ${x}`);
  const bits = 128;
  return Dec.fromRaw(shiftRound(lnCore(x.raw, bits) * SCALE, BigInt(bits), rounding));
}

/** base^n · 10^18 exactly, then rounded: n a non-zero integer with |n| <= 64. */
function powInteger(base: bigint, n: number, rounding: Rounding): Dec {
  const e = Math.abs(n);
  // |result| > 2^(e(b-1) - 60(e-1)) when n > 0; stop before building huge numbers
  if (n > 0 && e * (bitLength(base) - 1) - 60 * (e - 1) > 256) throw new MathError('overflow', 'pow exceeds the decimal bound');
  const p = bigPow(base, e);
  if (n > 0) return Dec.fromRaw(divRound(p, bigPow(SCALE, e - 1), rounding));
  return Dec.fromRaw(divRound(bigPow(SCALE, e + 1), p, rounding));
}

function bigPow(base: bigint, e: number): bigint {
  let result = 1n;
  let b = base;
  for (let k = e; k > 0; k >>= 1) {
    if (k & 1) result *= b;
    b *= b;
  }
  return result;
}

/**
 * x^y. x > 0: e^(y ln x) with enough working bits that the result is correctly rounded (as exp).
 * Integer y with |y| <= 64: exact product, rounded once (any sign of x). x < 0 with other integer y:
 * the sign of (-1)^y times |x|^y. 0^y: 0 for y > 0, 1 for y = 0, division by zero for y < 0.
 * Errors: overflow beyond the Dec bound, domain for x < 0 with a non-integer y.
 */
export function pow(x: Dec, y: Dec, rounding: Rounding = 'half-even'): Dec {
  if (y.raw === 0n) return Dec.ONE;
  if (x.raw === 0n) {
    if (y.raw > 0n) return Dec.ZERO;
    throw new MathError('division-by-zero', `0 to a negative power ${y}`);
  }
  const yInteger = y.isInteger();
  if (yInteger && y.raw <= 64n * SCALE && y.raw >= -64n * SCALE) return powInteger(x.raw, Number(y.raw / SCALE), rounding);
  let sign: 1n | -1n = 1n;
  if (x.raw < 0n) {
    if (!yInteger) throw new MathError('domain', `negative base ${x} with a non-integer exponent ${y}`);
    if ((y.raw / SCALE) % 2n !== 0n) sign = -1n;
  }
  const base = x.raw < 0n ? -x.raw : x.raw;
  const yBits = bitLength(y.raw / SCALE) + 4;
  // A first pass at low precision locates t = y ln x; then the working precision is set from it.
  const lowBits = 64 + yBits;
  const t0 = divRound(y.raw * lnCore(base, lowBits), SCALE, 'down');
  if (t0 > 137n << BigInt(lowBits)) throw new MathError('overflow', `pow(${x}, ${y}) exceeds the decimal bound`);
  if (t0 < -45n << BigInt(lowBits)) return tinyResult(sign, rounding);
  const kMax = t0 > 0n ? Number((t0 * 3n) >> BigInt(lowBits + 1)) + 2 : 0;
  const bits = kMax + GUARD + yBits;
  if (bits > MAX_BITS) throw new MathError('domain', `pow(${x}, ${y}) needs more precision than supported`);
  const t = divRound(y.raw * lnCore(base, bits), SCALE, 'down');
  const { y: m, k } = expCore(t, bits);
  const result = fixedToDec(sign, m, k, bits, rounding);
  if (result.raw > MAX_RAW || result.raw < -MAX_RAW) throw new MathError('overflow', 'pow exceeds the decimal bound');
  return result;
}
