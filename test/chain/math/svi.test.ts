import { checkCalendar, Dec, MathError, SviParams, SviSurface, sviTotalVariance, sviVol, validateSvi } from '../../../chain/math';
import { Rng } from '../../helpers/rng';
import { big, R } from './reference';

const d = (s: string) => Dec.parse(s);
const svi = (a: string, b: string, rho: string, m: string, sigma: string): SviParams => ({ a: d(a), b: d(b), rho: d(rho), m: d(m), sigma: d(sigma) });
const refW = (p: SviParams, k: Dec) => {
  const x = big(k).minus(big(p.m));
  return big(p.a).plus(big(p.b).times(big(p.rho).times(x).plus(x.times(x).plus(big(p.sigma).pow(2)).sqrt())));
};

function invalid(fn: () => unknown): boolean {
  try {
    fn();
    return false;
  } catch (e) {
    return e instanceof MathError && e.code === 'invalid-svi';
  }
}

describe('SVI validity (exact, at the boundaries)', () => {
  const T = Dec.ONE;
  test('accepts valid parameters, including every boundary case', () => {
    expect(() => validateSvi(svi('0.04', '0.1', '-0.3', '0.1', '0.2'), T)).not.toThrow();
    expect(() => validateSvi(svi('0.04', '0', '0', '0', '0.2'), T)).not.toThrow(); // b = 0: flat smile
    expect(() => validateSvi(svi('-0.08', '0.5', '0.6', '0', '0.2'), T)).not.toThrow(); // min variance exactly 0
    expect(() => validateSvi(svi('0.1', '2.5', '0.6', '0', '0.2'), T)).not.toThrow(); // b(1+|ρ|) = 4/T exactly
    expect(() => validateSvi(svi('0.1', '0.1', '0.999999999999999999', '0', '0.2'), T)).not.toThrow();
  });

  test('rejects each violated condition', () => {
    expect(invalid(() => validateSvi(svi('0.04', '-0.000000000000000001', '0', '0', '0.2'), T))).toBe(true);
    expect(invalid(() => validateSvi(svi('0.04', '0.1', '1', '0', '0.2'), T))).toBe(true);
    expect(invalid(() => validateSvi(svi('0.04', '0.1', '-1', '0', '0.2'), T))).toBe(true);
    expect(invalid(() => validateSvi(svi('0.04', '0.1', '0', '0', '0'), T))).toBe(true);
    expect(invalid(() => validateSvi(svi('-0.080000000000000001', '0.5', '0.6', '0', '0.2'), T))).toBe(true);
    expect(invalid(() => validateSvi(svi('0.1', '2.500000000000000001', '0.6', '0', '0.2'), T))).toBe(true);
    expect(invalid(() => validateSvi(svi('0.1', '2.5', '0.6', '0', '0.2'), d('1.000000000000000001')))).toBe(true);
    expect(invalid(() => validateSvi(svi('0.04', '0.1', '0', '0', '0.2'), Dec.ZERO))).toBe(true);
  });
});

describe('SVI evaluation', () => {
  test('total variance and vol against decimal.js', () => {
    const rng = new Rng(5);
    const u = (lo: number, hi: number) => d(new R(lo + (hi - lo) * rng.next()).toDecimalPlaces(12).toFixed());
    for (let i = 0; i < 500; i++) {
      const p: SviParams = { a: u(0, 0.2), b: u(0, 1), rho: u(-0.95, 0.95), m: u(-0.5, 0.5), sigma: u(0.01, 1) };
      const k = u(-3, 3);
      const w = sviTotalVariance(p, k);
      expect(big(w).minus(refW(p, k)).abs().lte('4e-18')).toBe(true);
      const F = u(1, 1000);
      const K = F.mul(u(0.2, 5), 'half-even');
      const T = u(0.01, 3);
      const vol = sviVol(p, T, F, K);
      const ref = refW(p, Dec.parse(big(K).div(big(F)).ln().toDecimalPlaces(18).toFixed())).div(big(T)).sqrt();
      expect(big(vol).minus(ref).abs().lte(ref.times('1e-14').plus('1e-17'))).toBe(true);
    }
  });
});

describe('SVI surfaces', () => {
  const p1 = svi('0.01', '0.1', '-0.4', '0', '0.2');
  const p2 = svi('0.03', '0.15', '-0.35', '0.02', '0.25');
  const p3 = svi('0.06', '0.2', '-0.3', '0.05', '0.3');
  const surface = new SviSurface([
    { expiry: d('0.25'), params: p1 },
    { expiry: d('1'), params: p2 },
    { expiry: d('2'), params: p3 },
  ]);

  test('interpolates total variance linearly in expiry, proportionally before the first slice', () => {
    const k = d('0.1');
    const w1 = sviTotalVariance(p1, k);
    const w2 = sviTotalVariance(p2, k);
    expect(surface.totalVariance(k, d('0.25'))).toEqual(w1);
    expect(surface.totalVariance(k, d('1'))).toEqual(w2);
    expect(big(surface.totalVariance(k, d('0.625'))).minus(big(w1).plus(big(w2)).div(2)).abs().lte('2e-18')).toBe(true);
    expect(big(surface.totalVariance(k, d('0.125'))).minus(big(w1).div(2)).abs().lte('2e-18')).toBe(true);
    expect(surface.totalVariance(k, Dec.ZERO)).toEqual(Dec.ZERO);
    expect(() => surface.totalVariance(k, d('2.000000000000000001'))).toThrow(/beyond/);
    expect(() => surface.vol(d('100'), d('100'), Dec.ZERO)).toThrow(MathError);
    const vol = surface.vol(d('100'), d('110'), d('1.5'));
    expect(vol.gt(d('0.1')) && vol.lt(d('0.5'))).toBe(true);
  });

  test('total variance is non-decreasing in expiry at every strike', () => {
    const rng = new Rng(9);
    for (let i = 0; i < 300; i++) {
      const k = d((rng.next() * 6 - 3).toFixed(6));
      const t1 = d((rng.next() * 2).toFixed(6));
      const t2 = d((rng.next() * 2).toFixed(6));
      const [lo, hi] = t1.lte(t2) ? [t1, t2] : [t2, t1];
      expect(surface.totalVariance(k, lo).lte(surface.totalVariance(k, hi))).toBe(true);
    }
  });

  test('calendar check: rejects crossing slices, flatter wings and a narrow dip between grid points', () => {
    expect(invalid(() => new SviSurface([{ expiry: d('1'), params: p2 }, { expiry: d('2'), params: p1 }]))).toBe(true);
    expect(invalid(() => checkCalendar(p1, svi('0.5', '0.05', '-0.4', '0', '0.2')))).toBe(true); // flatter wings
    const base = svi('0.04', '0.1', '0', '0', '0.1');
    // w2 = V shape of slope 0.4 around k = 0.3, its tip 0.0004 below w1(0.3): negative only for |k − 0.3| < 0.001
    const w1At = sviTotalVariance(base, d('0.3'));
    const dip = { a: w1At.sub(d('0.0004')).sub(d('0.0004')), b: d('0.4'), rho: Dec.ZERO, m: d('0.3'), sigma: d('0.001') };
    expect(invalid(() => checkCalendar(base, dip))).toBe(true);
    const lifted = { ...dip, a: w1At.add(d('0.0001')) };
    expect(() => checkCalendar(base, lifted)).not.toThrow();
    expect(invalid(() => new SviSurface([{ expiry: d('1'), params: p1 }, { expiry: d('1'), params: p2 }]))).toBe(true);
    expect(invalid(() => new SviSurface([]))).toBe(true);
  });
});
