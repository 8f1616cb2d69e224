// exp and ln on doubles from + − × ÷ only (each correctly rounded by IEEE-754, so bit-identical on every
// engine), plus Math.round/Math.abs and exact bit access. Error about 1 ulp (measured in the tests).
const view = new DataView(new ArrayBuffer(8));

// fdlibm's split of ln 2: LN2_HI has 21 trailing zero bits, so k·LN2_HI is exact for |k| < 2^21.
export const LN2_HI = 6.93147180369123816490e-1;
export const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.44269504088896338700;
const SQRT2 = 1.41421356237309504880;

/** 1/n! for n = 0..13, each a correctly rounded quotient of exact integers. */
const EXP_COEF: number[] = [];
for (let n = 0, f = 1; n <= 13; n++, f *= n) EXP_COEF.push(1 / f);

/** 2/(2i+1) for i = 1..10: the series of (2 atanh(s) - 2s)/s in z = s². */
const LOG_COEF: number[] = [];
for (let i = 1; i <= 10; i++) LOG_COEF.push(2 / (2 * i + 1));

/** 2^k for k = -1074..1023, by exact doubling and halving. */
const POW2 = new Float64Array(2098);
{
  let p = 1;
  for (let k = 0; k <= 1023; k++, p *= 2) POW2[k + 1074] = p;
  p = 1;
  for (let k = 0; k >= -1074; k--, p *= 0.5) POW2[k + 1074] = p;
}

/** x · 2^k with one rounding at most (only when the result is subnormal). */
function scale2(x: number, k: number): number {
  if (k > 1023) return x * 2 * POW2[k - 1 + 1074];
  if (k < -1074) return x * 0.5 * POW2[k + 1 + 1074]; // k = -1075 at most: x·0.5 is exact
  return x * POW2[k + 1074];
}

/** e^x. Overflows to Infinity above 709.78, underflows to 0 below -745.13. */
export function expF64(x: number): number {
  if (x !== x) return x;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  const k = Math.round(x * INV_LN2);
  const r = x - k * LN2_HI - k * LN2_LO; // |r| <= 0.3466
  let p = EXP_COEF[13];
  for (let n = 12; n >= 0; n--) p = p * r + EXP_COEF[n];
  return scale2(p, k);
}

/** ln(1+f) for f in [√½-1, √2-1], fdlibm's arrangement with a Taylor series in s = f/(2+f). */
function log1pReduced(f: number, e: number): number {
  const s = f / (2 + f);
  const z = s * s;
  let r = LOG_COEF[9];
  for (let i = 8; i >= 0; i--) r = r * z + LOG_COEF[i];
  r *= z;
  const hfsq = 0.5 * f * f;
  return e * LN2_HI - (hfsq - (s * (hfsq + r) + e * LN2_LO) - f);
}

/** Natural logarithm: NaN for x < 0, -Infinity at 0. */
export function lnF64(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return x;
  let e = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2^54: make a subnormal normal
    e = -54;
  }
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  e += ((hi >>> 20) & 0x7ff) - 1023;
  view.setUint32(0, (hi & 0x000fffff) | 0x3ff00000);
  let m = view.getFloat64(0); // x = m · 2^e, m in [1, 2)
  if (m > SQRT2) {
    m *= 0.5;
    e += 1;
  }
  return log1pReduced(m - 1, e); // m - 1 is exact (Sterbenz)
}

/** ln(1+x), accurate to a few ulp relative even for tiny x (Goldberg's correction). */
export function log1pF64(x: number): number {
  const w = 1 + x;
  if (w === 1) return x;
  if (w === Infinity) return w;
  return lnF64(w) * (x / (w - 1));
}
