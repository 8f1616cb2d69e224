/**
 * Rounding modes, always explicit.
 * - `down`: toward negative infinity (floor): the result never exceeds the exact value.
 * - `up`: toward positive infinity (ceiling): the result is never below the exact value.
 * - `half-even`: to nearest, ties to the even neighbour (banker's rounding).
 * "Requirements round up, payouts round down" maps directly onto `up` and `down`, whatever the sign.
 */
export type Rounding = 'down' | 'up' | 'half-even';

/** n / d rounded to an integer by `mode`; d must be non-zero. */
export function divRound(n: bigint, d: bigint, mode: Rounding): bigint {
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  let q = n / d; // truncates toward zero
  let r = n % d; // has the sign of n
  if (r === 0n) return q;
  if (r < 0n) {
    q -= 1n; // now q = floor(n / d) and r in (0, d)
    r += d;
  }
  if (mode === 'down') return q;
  if (mode === 'up') return q + 1n;
  const twice = 2n * r;
  if (twice > d || (twice === d && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** n / 2^s rounded by `mode` (s >= 0); shifts instead of dividing. */
export function shiftRound(n: bigint, s: bigint, mode: Rounding): bigint {
  if (s === 0n) return n;
  const q = n >> s; // arithmetic shift: floor
  const rem = n - (q << s);
  if (rem === 0n || mode === 'down') return q;
  if (mode === 'up') return q + 1n;
  const half = 1n << (s - 1n);
  if (rem > half || (rem === half && (q & 1n) === 1n)) return q + 1n;
  return q;
}
