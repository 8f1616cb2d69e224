import { black76, blackScholes, Dec, Greeks } from '../../../chain/math';
import { grid, GridPoint } from './grid';
import { big, Big, R, refBlack, RefGreeks } from './reference';

const GREEKS = ['delta', 'gamma', 'vega', 'theta', 'rho'] as const;
const REL = new R('1e-10');
const ABS = new R('1e-12');

interface Worst {
  priceOverForward: Big;
  relative: Record<string, Big>;
  absoluteNearZero: Record<string, Big>;
}

function check(points: GridPoint[], model: 'b76' | 'bs', worst: Worst): void {
  for (const p of points) {
    const got: Greeks =
      model === 'b76'
        ? black76({ kind: p.kind, forward: p.underlying, strike: p.strike, time: p.time, vol: p.vol, rate: p.rate })
        : blackScholes({ kind: p.kind, spot: p.underlying, strike: p.strike, time: p.time, vol: p.vol, rate: p.rate, dividendYield: p.dividendYield });
    const ref: RefGreeks = refBlack(model, p.kind, p.underlying, p.strike, p.time, p.vol, p.rate, p.dividendYield);
    const where = () => `${model} ${p.kind} x=${p.underlying} K=${p.strike} T=${p.time} vol=${p.vol} r=${p.rate} q=${p.dividendYield}`;
    const pe = big(got.price).minus(ref.price).abs().div(ref.forward);
    if (pe.gt(worst.priceOverForward)) worst.priceOverForward = pe;
    if (pe.gt('1e-12')) throw new Error(`price error ${pe} × forward at ${where()}`);
    for (const g of GREEKS) {
      const err = big(got[g]).minus(ref[g]).abs();
      const mag = ref[g].abs();
      if (err.gt(REL.times(mag)) && err.gt(ABS)) {
        throw new Error(`${g} ${got[g]} vs ${ref[g].toSD(20)} (error ${err.toSD(3)}) at ${where()}`);
      }
      if (mag.gte('1e-6')) {
        const rel = err.div(mag);
        if (rel.gt(worst.relative[g])) worst.relative[g] = rel;
      } else if (err.gt(worst.absoluteNearZero[g])) worst.absoluteNearZero[g] = err;
    }
  }
}

function fresh(): Worst {
  const zeros = () => Object.fromEntries(GREEKS.map((g) => [g, new R(0)]));
  return { priceOverForward: new R(0), relative: zeros(), absoluteNearZero: zeros() };
}

function report(name: string, w: Worst): void {
  const f = (r: Record<string, Big>) => GREEKS.map((g) => `${g} ${r[g].toSD(2).toString()}`).join(', ');
  console.log(`${name}: max |price error|/forward ${w.priceOverForward.toSD(2)}; max relative Greek error where |Greek| >= 1e-6: ${f(w.relative)}; max absolute error where |Greek| < 1e-6: ${f(w.absoluteNearZero)}`);
}

describe('Black-76 and Black-Scholes against decimal.js (100 digits) on the issue grid', () => {
  test('Black-76: 1,600 points, calls and puts', () => {
    const w = fresh();
    check(grid(76, 1600, false), 'b76', w);
    report('Black-76', w);
    expect(w.priceOverForward.lte('1e-12')).toBe(true);
  });

  test('Black-Scholes with rates and yields: 600 points', () => {
    const w = fresh();
    check(grid(1973, 600, true), 'bs', w);
    report('Black-Scholes', w);
    expect(w.priceOverForward.lte('1e-12')).toBe(true);
  });

  test('the extreme corners of the grid', () => {
    const corners: GridPoint[] = [];
    for (const underlying of ['0.01', '1000000'])
      for (const m of ['0.2', '5'])
        for (const time of ['0.000001902587519025', '3'])
          for (const vol of ['0.01', '5'])
            for (const rate of ['-0.05', '0.2'])
              for (const kind of ['call', 'put'] as const) {
                const u = Dec.parse(underlying);
                corners.push({ kind, underlying: u, strike: u.mul(Dec.parse(m), 'half-even'), time: Dec.parse(time), vol: Dec.parse(vol), rate: Dec.parse(rate), dividendYield: Dec.ZERO });
              }
    const w = fresh();
    check(corners, 'b76', w);
    check(corners, 'bs', w);
    report('corners', w);
    expect(w.priceOverForward.lte('1e-12')).toBe(true);
  });
});
