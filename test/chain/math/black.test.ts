import { black76, black76Price, blackScholes, blackScholesPrice, Dec, MathError } from '../../../chain/math';
import { big, R, refPdf } from './reference';

const d = (s: string) => Dec.parse(s);
const near = (got: Dec, want: string, tol: string) => {
  const err = big(got).minus(want).abs();
  if (err.gt(tol)) throw new Error(`${got} is not ${want} ± ${tol}`);
};

describe('textbook values', () => {
  test('Hull: S=42, K=40, r=10%, σ=20%, T=0.5 → c = 4.76, p = 0.81', () => {
    const base = { spot: d('42'), strike: d('40'), time: d('0.5'), vol: d('0.2'), rate: d('0.1') };
    near(blackScholesPrice({ kind: 'call', ...base }), '4.76', '0.005');
    near(blackScholesPrice({ kind: 'put', ...base }), '0.81', '0.005');
  });

  test("Hull's Greeks example: S=49, K=50, r=5%, σ=20%, T=20 weeks", () => {
    const g = blackScholes({ kind: 'call', spot: d('49'), strike: d('50'), time: d('0.3846'), vol: d('0.2'), rate: d('0.05') });
    near(g.price, '2.40', '0.005');
    near(g.delta, '0.522', '0.0005');
    near(g.gamma, '0.066', '0.0005');
    near(g.vega, '12.1', '0.05');
    near(g.theta, '-4.31', '0.005');
    near(g.rho, '8.91', '0.005');
  });

  test("Hull's futures option: F=20, K=20, r=9%, σ=25%, T=4 months → put 1.12", () => {
    near(black76Price({ kind: 'put', forward: d('20'), strike: d('20'), time: d('0.333333333333333333'), vol: d('0.25'), rate: d('0.09') }), '1.12', '0.005');
  });

  test("Haug: Black-76 F=19, K=19, T=0.75, r=10%, σ=28% → c = p = 1.7011; Black-Scholes S=60, K=65, T=0.25, r=8%, σ=30% → c = 2.1334", () => {
    const b76 = { forward: d('19'), strike: d('19'), time: d('0.75'), vol: d('0.28'), rate: d('0.1') };
    near(black76Price({ kind: 'call', ...b76 }), '1.7011', '0.00005');
    near(black76Price({ kind: 'put', ...b76 }), '1.7011', '0.00005');
    near(blackScholesPrice({ kind: 'call', spot: d('60'), strike: d('65'), time: d('0.25'), vol: d('0.3'), rate: d('0.08') }), '2.1334', '0.00005');
  });
});

describe('properties', () => {
  const strikes = ['0.2', '50', '90', '99.99', '100', '100.01', '110', '200', '500'];

  test('call price is non-decreasing in the forward, the vol and the time', () => {
    for (const K of strikes) {
      const base = { kind: 'call' as const, forward: d('100'), strike: d(K), time: d('0.5'), vol: d('0.4'), rate: d('0') };
      const check = (values: string[], field: 'forward' | 'vol' | 'time') => {
        let prev = Dec.fromInt(-1);
        for (const v of values) {
          const p = black76Price({ ...base, [field]: d(v) });
          expect([field, K, v, p.gte(prev)]).toEqual([field, K, v, true]);
          prev = p;
        }
      };
      check(['1', '20', '50', '80', '95', '99', '99.999', '100', '100.001', '101', '120', '200', '1000', '100000'], 'forward');
      check(['0', '0.0001', '0.01', '0.05', '0.1', '0.2', '0.3', '0.5', '1', '2', '5', '10', '50', '100'], 'vol');
      check(['0', '0.000001902587519025', '0.0001', '0.01', '0.1', '0.25', '0.5', '1', '2', '3', '10', '100'], 'time');
    }
  });

  test('bounds and put-call parity hold exactly at r = 0: (F-K)+ <= C <= F, (K-F)+ <= P <= K, C - P = F - K', () => {
    for (const F of ['0.01', '1', '100', '1000000'])
      for (const m of ['0.2', '0.9', '1', '1.1', '5'])
        for (const T of ['0.000001902587519025', '0.1', '3'])
          for (const vol of ['0', '0.01', '0.5', '5']) {
            const forward = d(F);
            const strike = forward.mul(d(m), 'half-even');
            const base = { forward, strike, time: d(T), vol: d(vol), rate: Dec.ZERO };
            const c = black76({ kind: 'call', ...base });
            const p = black76({ kind: 'put', ...base });
            expect(c.price.gte(Dec.max(forward.sub(strike), Dec.ZERO)) && c.price.lte(forward)).toBe(true);
            expect(p.price.gte(Dec.max(strike.sub(forward), Dec.ZERO)) && p.price.lte(strike)).toBe(true);
            expect(c.price.sub(p.price)).toEqual(forward.sub(strike));
            // delta parity Δc − Δp = 1, to the doubles' precision (2^-53 relative)
            expect(c.delta.sub(p.delta).sub(Dec.ONE).abs().raw <= 1000n).toBe(true);
            expect(c.gamma).toEqual(p.gamma);
            expect(c.vega).toEqual(p.vega);
          }
  });

  test('put-call parity with rates: C − P = e^(−rT)(F − K) and = S e^(−qT) − K e^(−rT)', () => {
    for (const r of ['-0.05', '0.03', '0.2'])
      for (const K of ['50', '100', '150']) {
        const b = { forward: d('100'), strike: d(K), time: d('2'), vol: d('0.3'), rate: d(r) };
        const diff = big(black76Price({ kind: 'call', ...b })).minus(big(black76Price({ kind: 'put', ...b })));
        expect(diff.minus(big(d(r)).times(-2).exp().times(100 - Number(K))).abs().lt('1e-13')).toBe(true);
        const s = { spot: d('100'), strike: d(K), time: d('2'), vol: d('0.3'), rate: d(r), dividendYield: d('0.02') };
        const diffS = big(blackScholesPrice({ kind: 'call', ...s })).minus(big(blackScholesPrice({ kind: 'put', ...s })));
        const want = new R(100).times(new R('-0.04').exp()).minus(new R(K).times(big(d(r)).times(-2).exp()));
        expect(diffS.minus(want).abs().lt('1e-13')).toBe(true);
      }
  });
});

describe('limits', () => {
  test('at expiry: intrinsic value, step delta, no other Greeks', () => {
    for (const [F, call, put, dc, dp] of [
      ['120', '20', '0', '1', '0'],
      ['80', '0', '20', '0', '-1'],
      ['100', '0', '0', '0.5', '-0.5'],
    ]) {
      const base = { forward: d(F), strike: d('100'), time: Dec.ZERO, vol: d('0.3'), rate: d('0.05') };
      const c = black76({ kind: 'call', ...base });
      const p = black76({ kind: 'put', ...base });
      expect([c.price.toString(), p.price.toString(), c.delta.toString(), p.delta.toString()]).toEqual([call, put, dc, dp]);
      for (const g of [c, p]) expect([g.gamma, g.vega, g.theta, g.rho].every((x) => x.isZero())).toBe(true);
    }
  });

  test('zero vol: discounted intrinsic; vega at the money is the σ → 0 limit', () => {
    const base = { forward: d('100'), strike: d('100'), time: d('1'), vol: Dec.ZERO, rate: d('0.05') };
    const atm = black76({ kind: 'call', ...base });
    expect(atm.price.isZero() && atm.gamma.isZero()).toBe(true);
    const df = new R('-0.05').exp();
    expect(big(atm.vega).minus(df.times(100).times(refPdf(new R(0)))).abs().lt('1e-13')).toBe(true);
    expect(big(atm.delta).minus(df.div(2)).abs().lt('1e-15')).toBe(true);
    const itm = black76({ kind: 'call', ...base, strike: d('90') });
    expect(big(itm.price).minus(df.times(10)).abs().lt('1e-15')).toBe(true);
    expect(big(itm.delta).minus(df).abs().lt('1e-15')).toBe(true);
    expect(itm.vega.isZero() && itm.gamma.isZero()).toBe(true);
    expect(big(itm.theta).minus(big(itm.price).times('0.05')).abs().lt('1e-15')).toBe(true);
    expect(black76({ kind: 'put', ...base, strike: d('90') }).price.isZero()).toBe(true);
  });

  test('deep in and out of the money, extreme vol and time: finite, bounded, no overflow', () => {
    const deep = black76({ kind: 'call', forward: d('1000000'), strike: d('200000'), time: d('0.000001902587519025'), vol: d('0.01'), rate: Dec.ZERO });
    expect(deep.price.toString()).toBe('800000');
    expect(deep.delta).toEqual(Dec.ONE);
    expect(deep.gamma.isZero() && deep.vega.isZero()).toBe(true);
    const otm = black76({ kind: 'call', forward: d('0.01'), strike: d('0.05'), time: d('0.000001902587519025'), vol: d('0.01'), rate: Dec.ZERO });
    expect(otm.price.isZero() && otm.delta.isZero()).toBe(true);
    const wild = black76({ kind: 'call', forward: d('100'), strike: d('100'), time: d('100'), vol: d('100'), rate: d('0.01') });
    expect(big(wild.price).minus(new R('-1').exp().times(100)).abs().lt('1e-13')).toBe(true);
    const extreme = black76({ kind: 'put', forward: d('1000000000000000000000000000000'), strike: d('0.000000000000000001'), time: d('0.000000000000000001'), vol: d('0.000000000000000001'), rate: d('-1') });
    expect(extreme.price.isZero()).toBe(true);
    const tiny = blackScholes({ kind: 'call', spot: d('0.000000000000000001'), strike: d('0.000000000000000001'), time: d('0.000000000000000001'), vol: d('0.000000000000000001'), rate: d('1'), dividendYield: d('-1') });
    expect(tiny.price.raw >= 0n && !tiny.gamma.isNegative() && !tiny.vega.isNegative()).toBe(true);
  });

  test('inputs outside the domain are clear errors', () => {
    const ok = { kind: 'call' as const, forward: d('100'), strike: d('100'), time: d('1'), vol: d('0.2'), rate: d('0.01') };
    const bad: Partial<typeof ok>[] = [
      { forward: Dec.ZERO },
      { strike: d('-1') },
      { time: d('-0.1') },
      { time: d('101') },
      { vol: d('-0.01') },
      { vol: d('101') },
      { rate: d('1.5') },
      { forward: d('1000000000000000000000000000001') },
    ];
    for (const b of bad) expect(() => black76({ ...ok, ...b })).toThrow(MathError);
    expect(() => black76({ ...ok, kind: 'straddle' as 'call' })).toThrow(/kind/);
    expect(() => blackScholes({ kind: 'put', spot: d('1'), strike: d('1'), time: d('1'), vol: d('1'), rate: d('0'), dividendYield: d('2') })).toThrow(/dividendYield/);
  });
});
