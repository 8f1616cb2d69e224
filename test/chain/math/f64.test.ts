import { Dec, decToF64, expF64, f64ToDec, lnF64, log1pF64, mulDecF64, normCdfF64, normPdfF64, Rounding } from '../../../chain/math';
import { decompose } from '../../../chain/math/f64/convert';
import { LN2_HI, LN2_LO } from '../../../chain/math/f64/exp-ln';
import { Rng } from '../../helpers/rng';
import { big, Big, exactDouble, R, refCdf, refPdf, toDecRaw } from './reference';

const MODES: Rounding[] = ['down', 'up', 'half-even'];
const ULP = new R(2).pow(-53); // half the gap between 1 and the next double: relative rounding unit

/** Largest relative error, in units of 2^-53, of f against ref over xs (results below 1e-300 skipped). */
function maxUlps(xs: number[], f: (x: number) => number, ref: (x: Big) => Big): number {
  let worst = new R(0);
  for (const x of xs) {
    const want = ref(exactDouble(x));
    if (want.abs().lt('1e-300')) continue;
    const err = exactDouble(f(x)).minus(want).div(want).abs().div(ULP);
    if (err.gt(worst)) worst = err;
  }
  return worst.toNumber();
}

const rng = new Rng(1234);
const uniform = (lo: number, hi: number, n: number) => Array.from({ length: n }, () => lo + (hi - lo) * rng.next());

describe('Dec <-> double conversions', () => {
  test('decompose is exact', () => {
    for (const x of [1, -1, 0.1, 1e-310, 5e-324, 1.7976931348623157e308, -123.456, 2 ** -1022]) {
      const { mantissa, exponent } = decompose(x);
      expect(new R(mantissa.toString()).times(new R(2).pow(exponent)).eq(exactDouble(x))).toBe(true);
    }
    expect(() => decompose(Infinity)).toThrow();
    expect(() => decompose(NaN)).toThrow();
  });

  test('f64ToDec rounds the exact value once, in each mode', () => {
    const xs = [...uniform(-1e6, 1e6, 200), ...uniform(-1e-12, 1e-12, 200), 0.1, -0.1, 1e-19, 5e-19, -5e-19, 1.5e-18, 1e40, 5e-324];
    for (const x of xs)
      for (const mode of MODES) expect(f64ToDec(x, mode).raw).toBe(toDecRaw(exactDouble(x), mode));
    expect(() => f64ToDec(Infinity)).toThrow();
    expect(() => f64ToDec(1e60)).toThrow(/overflow/);
  });

  test('decToF64 is within one rounding unit of the exact value', () => {
    for (let i = 0; i < 500; i++) {
      const d = Dec.parse(new R(rng.next()).times(new R(10).pow(rng.int(40) - 18)).toDecimalPlaces(18).toFixed());
      if (d.isZero()) continue;
      const err = exactDouble(decToF64(d)).minus(big(d)).div(big(d)).abs();
      expect(err.lte(ULP.times(2))).toBe(true);
    }
  });

  test('mulDecF64 rounds the exact product once', () => {
    for (let i = 0; i < 300; i++) {
      const d = Dec.parse(new R(rng.next() * 1e6).toDecimalPlaces(18).toFixed());
      const x = rng.next() * 3;
      for (const mode of MODES) expect(mulDecF64(d, x, mode).raw).toBe(toDecRaw(big(d).times(exactDouble(x)), mode));
    }
  });
});

describe('double kernel from + - * / only: accuracy against decimal.js', () => {
  test('LN2_HI + LN2_LO = ln 2 to 2e-26, and LN2_HI has 21 trailing zero bits', () => {
    expect(exactDouble(LN2_HI).plus(exactDouble(LN2_LO)).minus(new R(2).ln()).abs().lt('2e-26')).toBe(true);
    expect(decompose(LN2_HI).mantissa % (1n << 21n)).toBe(0n);
  });

  test('expF64, lnF64, log1pF64, normPdfF64, normCdfF64 error bounds', () => {
    const expUlps = maxUlps([...uniform(-708, 709, 600), ...uniform(-1, 1, 500), 0, 1e-20, -1e-20], expF64, (x) => x.exp());
    const lnXs = [...Array.from({ length: 600 }, () => 10 ** (rng.next() * 600 - 300)), ...uniform(0.5, 2, 500), 1e-310, 5e-324, 1.7976931348623157e308];
    const lnUlps = maxUlps(lnXs, lnF64, (x) => x.ln());
    const log1pUlps = maxUlps([...uniform(-0.9, 10, 500), ...Array.from({ length: 500 }, () => (rng.next() - 0.5) * 10 ** -(rng.next() * 20))], log1pF64, (x) => x.plus(1).ln());
    const pdfUlps = maxUlps(uniform(-38, 38, 400), normPdfF64, refPdf);
    const cdfXs = [...uniform(-37.5, 8, 600), ...uniform(-1, 1, 300), 0, -0.66291, 0.66291, -5.656854249492381, -38, 8.2];
    const cdfUlps = maxUlps(cdfXs, normCdfF64, refCdf);
    console.log(`double kernel max error in units of 2^-53 (relative): exp ${expUlps.toFixed(2)}, ln ${lnUlps.toFixed(2)}, log1p ${log1pUlps.toFixed(2)}, normPdf ${pdfUlps.toFixed(2)}, normCdf ${cdfUlps.toFixed(2)} (to -37.5, relative in the tail)`);
    expect(expUlps).toBeLessThan(2);
    expect(lnUlps).toBeLessThan(2);
    expect(log1pUlps).toBeLessThan(6);
    expect(pdfUlps).toBeLessThan(6);
    expect(cdfUlps).toBeLessThan(12);
  });

  test('limits', () => {
    expect(expF64(710)).toBe(Infinity);
    expect(expF64(-746)).toBe(0);
    expect(expF64(-745)).toBeGreaterThan(0);
    expect(Number.isNaN(expF64(NaN))).toBe(true);
    expect(lnF64(0)).toBe(-Infinity);
    expect(Number.isNaN(lnF64(-1))).toBe(true);
    expect(lnF64(Infinity)).toBe(Infinity);
    expect(normCdfF64(-Infinity)).toBe(0);
    expect(normCdfF64(Infinity)).toBe(1);
    expect(normCdfF64(-39)).toBe(0);
    expect(normPdfF64(Infinity)).toBe(0);
    expect(log1pF64(1e-300)).toBe(1e-300);
  });
});
