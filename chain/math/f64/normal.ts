// Standard normal density and distribution function on doubles, from + − × ÷ and expF64 only.
// Φ uses W. J. Cody's rational Chebyshev approximations (Math. Comp. 23, 1969; ACM Algorithm 715, ANORM),
// relative error ~1e-16 in both tails down to underflow.
import { expF64 } from './exp-ln';

export const INV_SQRT_2PI = 0.398942280401432677939946059934;
const SQRT32 = 5.656854249492380195206754896838;

const A = [2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249, 0.065682337918207449113];
const B = [47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956];
const C = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226, 2494.5375852903726711,
  6848.1904505362823326, 11602.651437647350124, 9842.7148383839780218, 1.0765576773720192317e-8,
];
const D = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755, 18615.571640885098091,
  34900.952721145977266, 38912.003286093271411, 19685.429676859990727,
];
const P = [0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466, 2.9112874951168792e-5, 0.02307344176494017303];
const Q = [1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244, 7.29751555083966205e-5];

/**
 * e^(-y²/2) for y >= 0 without the error of rounding y²: y = h + l with h = trunc(16y)/16, so h² is exact and
 * y² = h² + (y-h)(y+h) (Cody's device).
 */
export function gaussF64(y: number): number {
  if (y > 38.6) return 0;
  const h = Math.trunc(y * 16) / 16;
  const del = (y - h) * (y + h);
  return expF64(-0.5 * h * h) * expF64(-0.5 * del);
}

/** Standard normal density. */
export function normPdfF64(x: number): number {
  return INV_SQRT_2PI * gaussF64(Math.abs(x));
}

/** Φ(-y) for y > 0.66291: the upper tail. */
function upperTail(y: number): number {
  if (y >= 38.5) return 0; // below the smallest subnormal
  let ratio: number;
  if (y <= SQRT32) {
    let num = C[8] * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + C[i]) * y;
      den = (den + D[i]) * y;
    }
    ratio = (num + C[7]) / (den + D[7]);
  } else {
    const z = 1 / (y * y);
    let num = P[5] * z;
    let den = z;
    for (let i = 0; i < 4; i++) {
      num = (num + P[i]) * z;
      den = (den + Q[i]) * z;
    }
    ratio = (INV_SQRT_2PI - (z * (num + P[4])) / (den + Q[4])) / y;
  }
  return gaussF64(y) * ratio;
}

/** Standard normal distribution function Φ(x), accurate relative to its value in both tails. */
export function normCdfF64(x: number): number {
  const y = Math.abs(x);
  if (y <= 0.66291) {
    const z = y > 1.1102230246251565e-16 ? x * x : 0;
    let num = A[4] * z;
    let den = z;
    for (let i = 0; i < 3; i++) {
      num = (num + A[i]) * z;
      den = (den + B[i]) * z;
    }
    return 0.5 + (x * (num + A[3])) / (den + B[3]);
  }
  if (x !== x) return x;
  const tail = upperTail(y);
  return x > 0 ? 1 - tail : tail;
}
