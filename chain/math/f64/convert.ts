// Exact conversions between Dec and IEEE-754 doubles. Doubles never leave the math kernel: every public
// function takes and returns Dec.
import { Dec, SCALE } from '../decimal';
import { MathError } from '../errors';
import { Rounding, shiftRound } from '../rounding';

const view = new DataView(new ArrayBuffer(8));
const TWO32 = 4294967296;

/** x = sign · mantissa · 2^exponent exactly, for finite x (mantissa < 2^53). */
export function decompose(x: number): { mantissa: bigint; exponent: number } {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  if (biased === 0x7ff) throw new MathError('overflow', `not a finite number: ${x}`);
  let m = (hi & 0xfffff) * TWO32 + lo; // exact: < 2^52
  let e = -1074;
  if (biased !== 0) {
    m += 0x10000000000000; // implicit leading bit, 2^52
    e = biased - 1075;
  }
  const mantissa = BigInt(m);
  return { mantissa: hi >>> 31 ? -mantissa : mantissa, exponent: e };
}

/**
 * Dec → double: Number(raw) rounds to nearest (ties to even) per ECMA-262, then one IEEE division by 1e18
 * (also round to nearest). Both steps are exactly specified, so every engine gives the same bits; the
 * result is within 1 ulp (2.2e-16 relative) of the exact value.
 */
export function decToF64(d: Dec): number {
  return Number(d.raw) / 1e18;
}

/** double → Dec: the exact value m·2^e times 10^18, rounded once by `rounding`. Non-finite: an error. */
export function f64ToDec(x: number, rounding: Rounding = 'half-even'): Dec {
  if (x === 0) return Dec.ZERO;
  const { mantissa, exponent } = decompose(x);
  const n = mantissa * SCALE;
  return Dec.fromRaw(exponent >= 0 ? n << BigInt(exponent) : shiftRound(n, BigInt(-exponent), rounding));
}

/** d · x exactly (x a double), rounded once to a Dec. */
export function mulDecF64(d: Dec, x: number, rounding: Rounding = 'half-even'): Dec {
  if (x === 0 || d.raw === 0n) return Dec.ZERO;
  const { mantissa, exponent } = decompose(x);
  const n = d.raw * mantissa;
  return Dec.fromRaw(exponent >= 0 ? n << BigInt(exponent) : shiftRound(n, BigInt(-exponent), rounding));
}
