// Binary fixed point for the exact transcendental functions: a real v is held as the bigint round(v · 2^P)
// at a precision P chosen per call. Internal to chain/math.
import { divRound } from './rounding';

/** Highest precision any function asks for (pow of a large exponent needs ~530 bits). */
export const MAX_BITS = 640;
const CONST_BITS = MAX_BITS + 32;

/** atanh(1/n) · 2^bits, by its series Σ 1/((2k+1) n^(2k+1)); truncation error < 2^-bits + a few units. */
function atanhInv(n: bigint, bits: number): bigint {
  const one = 1n << BigInt(bits);
  const n2 = n * n;
  let power = one / n;
  let sum = 0n;
  for (let k = 1n; power !== 0n; k += 2n) {
    sum += power / k;
    power /= n2;
  }
  return sum;
}

/** atan(1/n) · 2^bits, by Σ (-1)^k / ((2k+1) n^(2k+1)). */
function atanInv(n: bigint, bits: number): bigint {
  const one = 1n << BigInt(bits);
  const n2 = n * n;
  let power = one / n;
  let sum = 0n;
  let sign = 1n;
  for (let k = 1n; power !== 0n; k += 2n) {
    sum += (sign * power) / k;
    power /= n2;
    sign = -sign;
  }
  return sum;
}

/** floor(sqrt(n)) for n >= 0, by Newton's method from above. */
export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt((bitLength(n) + 1) >> 1); // >= sqrt(n)
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** Number of bits of |n| (0 for 0). */
export function bitLength(n: bigint): number {
  if (n < 0n) n = -n;
  if (n === 0n) return 0;
  const hex = n.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

// Constants at CONST_BITS, computed once from their series (32 guard bits absorb the truncation errors).
const LN2_C = 2n * atanhInv(3n, CONST_BITS); // ln 2 = 2 atanh(1/3)
const LN10_C = 3n * LN2_C + 2n * atanhInv(9n, CONST_BITS); // ln 10 = 3 ln 2 + ln 1.25, ln 1.25 = 2 atanh(1/9)
const PI_C = 16n * atanInv(5n, CONST_BITS) - 4n * atanInv(239n, CONST_BITS); // Machin
const SQRT_2PI_C = isqrt((2n * PI_C) << BigInt(CONST_BITS));
const INV_SQRT_2PI_C = (1n << BigInt(2 * CONST_BITS)) / SQRT_2PI_C;
const SQRT2_C = isqrt(2n << BigInt(2 * CONST_BITS));

function at(c: bigint, bits: number): bigint {
  return c >> BigInt(CONST_BITS - bits);
}

export const ln2At = (bits: number): bigint => at(LN2_C, bits);
export const ln10At = (bits: number): bigint => at(LN10_C, bits);
export const piAt = (bits: number): bigint => at(PI_C, bits);
export const invSqrt2PiAt = (bits: number): bigint => at(INV_SQRT_2PI_C, bits);

/**
 * exp(t / 2^bits) = (y / 2^bits) · 2^k with y/2^bits in [0.70, 1.42]; relative error below 2^-(bits-4).
 * Range reduction t = k ln2 + r, then exp(r/256) by Taylor series and eight squarings, 16 guard bits.
 */
export function expCore(t: bigint, bits: number): { y: bigint; k: number } {
  const ln2 = ln2At(bits);
  const k = divRound(t, ln2, 'half-even');
  const r = t - k * ln2;
  const w = bits + 16;
  const wb = BigInt(w);
  const one = 1n << wb;
  const x = r << 8n; // r/256 at w bits: exact, since w - bits = 16 = 8 + 8
  let sum = one + x;
  let term = x;
  for (let n = 2n; ; n++) {
    term = ((term * x) >> wb) / n;
    if (term === 0n) break;
    sum += term;
  }
  for (let i = 0; i < 8; i++) sum = (sum * sum) >> wb;
  return { y: sum >> 16n, k: Number(k) };
}

/** ln(raw / 10^18) · 2^bits for raw > 0; absolute error below 2^-(bits-2). */
export function lnCore(raw: bigint, bits: number): bigint {
  const w = bits + 16;
  const wb = BigInt(w);
  const one = 1n << wb;
  let e = bitLength(raw) - 1; // raw = m · 2^e, m in [1, 2)
  let m = e <= w ? raw << BigInt(w - e) : raw >> BigInt(e - w);
  if (m > at(SQRT2_C, w)) {
    m >>= 1n;
    e += 1;
  }
  // ln m = 2 atanh(z), z = (m-1)/(m+1), |z| <= 0.1716
  const z = ((m - one) << wb) / (m + one);
  const z2 = (z * z) >> wb;
  let sum = z;
  let power = z;
  for (let k = 3n; ; k += 2n) {
    power = (power * z2) >> wb;
    const term = power / k;
    if (term === 0n) break;
    sum += term;
  }
  const lnRaw = BigInt(e) * ln2At(w) + 2n * sum; // ln of the integer raw
  return (lnRaw - 18n * ln10At(w)) >> 16n;
}
