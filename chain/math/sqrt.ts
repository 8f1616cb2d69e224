import { Dec, SCALE } from './decimal';
import { MathError } from './errors';
import { isqrt } from './fixed-point';
import { Rounding } from './rounding';

/** Square root of x >= 0, exactly rounded by `rounding` (default half-even). */
export function sqrt(x: Dec, rounding: Rounding = 'half-even'): Dec {
  if (x.raw < 0n) throw new MathError('domain', `sqrt of a negative number: ${x}`);
  const n = x.raw * SCALE;
  const s = isqrt(n);
  const rem = n - s * s;
  if (rem === 0n || rounding === 'down') return Dec.fromRaw(s);
  if (rounding === 'up') return Dec.fromRaw(s + 1n);
  return Dec.fromRaw(rem > s ? s + 1n : s); // (s + 1/2)^2 = s^2 + s + 1/4 is never an integer: no ties
}
