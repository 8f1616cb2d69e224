import { Dec, SCALE } from './decimal';
import { expCore, invSqrt2PiAt } from './fixed-point';
import { divRound, Rounding, shiftRound } from './rounding';

const BITS = 192;
const B = BigInt(BITS);
// Beyond |x| = 9.5 the tail mass is below 1.1e-21, a small fraction of an ulp.
const TAIL = (95n * SCALE) / 10n;

/** φ(x) · 2^-k scaled to BITS, with k from the range reduction of exp(-x²/2). */
function pdfCore(raw: bigint): { y: bigint; k: number } {
  const t = -divRound((raw * raw) << B, 2n * SCALE * SCALE, 'down');
  const { y, k } = expCore(t, BITS);
  return { y: (y * invSqrt2PiAt(BITS)) >> B, k };
}

/** Standard normal density e^(-x²/2)/√(2π), any x; correctly rounded unless within 2^-60 ulp of a boundary. */
export function normPdf(x: Dec, rounding: Rounding = 'half-even'): Dec {
  if (x.raw > TAIL || x.raw < -TAIL) {
    // φ(9.5) < 2e-20: 0, or one ulp when rounding up
    return rounding === 'up' ? Dec.fromRaw(1n) : Dec.ZERO;
  }
  const { y, k } = pdfCore(x.raw);
  return Dec.fromRaw(shiftRound(y * SCALE, BigInt(BITS - k), rounding));
}

/**
 * Standard normal distribution function Φ(x), any x, to the Dec's absolute resolution (tails included:
 * beyond |x| = 9.5 it is 0 or 1 to within 1.1e-21). Φ(x) = 1/2 + φ(x) Σ x^(2n+1)/(2n+1)!!, summed at 192 bits.
 */
export function normCdf(x: Dec, rounding: Rounding = 'half-even'): Dec {
  const raw = x.raw;
  if (raw >= TAIL) return Dec.fromRaw(rounding === 'down' ? SCALE - 1n : SCALE);
  if (raw <= -TAIL) return rounding === 'up' ? Dec.fromRaw(1n) : Dec.ZERO;
  const xf = divRound(raw << B, SCALE, 'down');
  const x2 = (xf * xf) >> B;
  let term = xf;
  let sum = xf;
  for (let d = 3n; ; d += 2n) {
    term = ((term * x2) >> B) / d;
    if (term === 0n) break;
    sum += term;
  }
  const { y, k } = pdfCore(raw);
  const prod = (y * sum) >> B; // φ(x)·S(x) · 2^(BITS - k)
  const shift = BITS - k;
  const total = (1n << BigInt(shift - 1)) + prod;
  return Dec.fromRaw(shiftRound(total * SCALE, BigInt(shift), rounding));
}
