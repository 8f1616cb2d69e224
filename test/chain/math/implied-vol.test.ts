import { black76, black76Price, blackScholesPrice, Dec, impliedVolBlack76, impliedVolBlackScholes, MathError } from '../../../chain/math';
import { Rng } from '../../helpers/rng';
import { grid } from './grid';
import { big, R } from './reference';

const d = (s: string) => Dec.parse(s);
const noise = (price: Dec, underlying: Dec) => big(price).plus(big(underlying).times(2)).times('4e-16').plus('2e-18');

function code(fn: () => unknown): string {
  try {
    fn();
    return 'none';
  } catch (e) {
    expect(e).toBeInstanceOf(MathError);
    return (e as MathError).code;
  }
}

describe('implied volatility', () => {
  test('Hull: S=21, K=20, r=10%, T=0.25, c=1.875 → σ ≈ 23.5%', () => {
    const iv = impliedVolBlackScholes({ kind: 'call', price: d('1.875'), spot: d('21'), strike: d('20'), time: d('0.25'), rate: d('0.1') });
    expect(big(iv).minus('0.235').abs().lt('0.0005')).toBe(true);
  });

  test('IV(price(σ)) = σ over the grid, to the conditioning of the price', () => {
    let worstRel = new R(0);
    let solved = 0;
    for (const p of [...grid(4242, 1000, false), ...grid(4343, 1000, false, [0.7, 1.4])]) {
      const input = { kind: p.kind, forward: p.underlying, strike: p.strike, time: p.time, rate: p.rate };
      const g = black76({ ...input, vol: p.vol });
      const intrinsicValue = black76Price({ ...input, vol: Dec.ZERO });
      if (g.price.lte(intrinsicValue)) {
        expect(impliedVolBlack76({ ...input, price: g.price })).toEqual(Dec.ZERO); // no time value left to fit
        continue;
      }
      const iv = impliedVolBlack76({ ...input, price: g.price });
      solved++;
      // the price is known to a Dec ulp plus the doubles' 2^-53 of the terms a·N(d1), b·N(d2) it is the
      // difference of; vega turns that into vol
      const priceNoise = noise(g.price, p.underlying);
      const err = big(iv).minus(big(p.vol)).abs();
      const vega = big(g.vega);
      // plus the doubles' own 2^-53 on the vol itself
      if (err.gt(priceNoise.times(4).div(vega).plus(big(p.vol).times('1e-15')).plus('1e-18'))) throw new Error(`IV ${iv} for vol ${p.vol}: ${JSON.stringify(input)}`);
      if (vega.times(big(p.vol)).gt(big(p.underlying).times('1e-4'))) {
        const rel = err.div(big(p.vol));
        if (rel.gt(worstRel)) worstRel = rel;
      }
      // and repricing at the implied vol gives the price back
      const again = black76Price({ ...input, vol: iv });
      expect(big(again).minus(big(g.price)).abs().lte(priceNoise.times(4).plus(vega.times('1e-18')))).toBe(true);
    }
    console.log(`implied vol: ${solved} solves, max relative error ${worstRel.toSD(2)} where vega·σ >= 1e-4·F`);
    expect(worstRel.lt('1e-10')).toBe(true);
  });

  test('Black-Scholes with yields round-trips too', () => {
    for (const p of grid(99, 200, true)) {
      const input = { kind: p.kind, spot: p.underlying, strike: p.strike, time: p.time, rate: p.rate, dividendYield: p.dividendYield };
      const price = blackScholesPrice({ ...input, vol: p.vol });
      if (price.lte(blackScholesPrice({ ...input, vol: Dec.ZERO }))) continue;
      const iv = impliedVolBlackScholes({ ...input, price });
      const again = blackScholesPrice({ ...input, vol: iv });
      expect(big(again).minus(big(price)).abs().lte(noise(price, p.underlying).times(8))).toBe(true);
    }
  });

  test('prices no volatility fits are clear errors', () => {
    const base = { kind: 'call' as const, forward: d('100'), strike: d('90'), time: d('1'), rate: Dec.ZERO };
    expect(code(() => impliedVolBlack76({ ...base, price: d('9.999999999999999999') }))).toBe('no-solution'); // below intrinsic
    expect(code(() => impliedVolBlack76({ ...base, price: d('100') }))).toBe('no-solution'); // at the forward
    expect(code(() => impliedVolBlack76({ ...base, price: d('-1') }))).toBe('no-solution');
    expect(code(() => impliedVolBlack76({ ...base, time: Dec.ZERO, price: d('11') }))).toBe('no-solution'); // expired
    expect(code(() => impliedVolBlack76({ ...base, price: d('99.99999') }))).toBe('no-solution'); // needs > 1000%
    expect(impliedVolBlack76({ ...base, price: d('10') })).toEqual(Dec.ZERO);
    expect(impliedVolBlack76({ ...base, time: Dec.ZERO, price: d('10') })).toEqual(Dec.ZERO);
    expect(code(() => impliedVolBlack76({ ...base, forward: Dec.ZERO, price: d('1') }))).toBe('domain');
  });

  test('always terminates: random and adversarial prices either solve within [0, 10] or fail cleanly', () => {
    const rng = new Rng(7);
    for (let i = 0; i < 2000; i++) {
      const F = 10 ** (rng.next() * 8 - 2);
      const forward = Dec.parse(new R(F).toSignificantDigits(10).toFixed(), 'half-even');
      const strike = Dec.parse(new R(F * 10 ** (rng.next() * 2 - 1)).toSignificantDigits(10).toFixed(), 'half-even');
      const time = Dec.parse(new R(10 ** (rng.next() * 4 - 3.5)).toSignificantDigits(8).toFixed(), 'half-even');
      const kind = rng.next() < 0.5 ? 'call' : 'put';
      const bound = kind === 'call' ? forward : strike;
      const intrinsicValue = Dec.max(kind === 'call' ? forward.sub(strike) : strike.sub(forward), Dec.ZERO);
      const pick = rng.int(4);
      const price =
        pick === 0
          ? intrinsicValue.add(Dec.fromRaw(1n + BigInt(rng.int(1000))))
          : pick === 1
            ? bound.sub(Dec.fromRaw(1n + BigInt(rng.int(1000))))
            : intrinsicValue.add(bound.sub(intrinsicValue).mul(Dec.parse(rng.next().toFixed(12)), 'down'));
      try {
        const iv = impliedVolBlack76({ kind, price, forward, strike, time, rate: Dec.ZERO });
        expect(!iv.isNegative() && iv.lte(Dec.fromInt(10))).toBe(true);
      } catch (e) {
        expect((e as MathError).code).toBe('no-solution');
      }
    }
  });
});
