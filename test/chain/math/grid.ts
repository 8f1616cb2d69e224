// The accuracy grid of the issue: underlying 0.01..1e6, strike 0.2..5 × forward, time 1 minute..3 years,
// vol 1%..500%, rates -5%..20%; log-uniform where the range spans decades. Seeded, so every run is the same.
import { Dec } from '../../../chain/math';
import { Rng } from '../../helpers/rng';
import { R } from './reference';

export const MINUTE_IN_YEARS = 1 / (365 * 24 * 60);

/** A Dec from a double with 12 significant digits (test input generation only). */
export function decOf(x: number): Dec {
  return Dec.parse(new R(x).toSignificantDigits(12).toFixed(), 'half-even');
}

const logUniform = (rng: Rng, lo: number, hi: number) => lo * (hi / lo) ** rng.next();

export interface GridPoint {
  kind: 'call' | 'put';
  underlying: Dec;
  strike: Dec;
  time: Dec;
  vol: Dec;
  rate: Dec;
  dividendYield: Dec;
}

export function grid(seed: number, n: number, withYield: boolean, moneyness: [number, number] = [0.2, 5]): GridPoint[] {
  const rng = new Rng(seed);
  const out: GridPoint[] = [];
  for (let i = 0; i < n; i++) {
    const underlying = logUniform(rng, 0.01, 1e6);
    const time = logUniform(rng, MINUTE_IN_YEARS, 3);
    const rate = -0.05 + 0.25 * rng.next();
    const q = withYield ? 0.1 * rng.next() : 0;
    const forward = withYield ? underlying * Math.exp((rate - q) * time) : underlying;
    out.push({
      kind: i % 2 === 0 ? 'call' : 'put',
      underlying: decOf(underlying),
      strike: decOf(forward * logUniform(rng, moneyness[0], moneyness[1])),
      time: decOf(time),
      vol: decOf(logUniform(rng, 0.01, 5)),
      rate: decOf(rate),
      dividendYield: decOf(q),
    });
  }
  return out;
}
