import { Dec, normCdf, normPdf, Rounding } from '../../../chain/math';
import { Rng } from '../../helpers/rng';
import { big, R, refCdf, refPdf, toDecRaw } from './reference';

const MODES: Rounding[] = ['down', 'up', 'half-even'];

describe('exact normal pdf and cdf (Dec): correctly rounded against decimal.js', () => {
  const rng = new Rng(31415);
  const xs: Dec[] = Array.from({ length: 400 }, () => Dec.parse(new R(-10 + 20 * rng.next()).toDecimalPlaces(18).toFixed()));
  xs.push(Dec.ZERO, Dec.ONE, Dec.parse('-1'), Dec.parse('9.5'), Dec.parse('-9.5'), Dec.parse('9.499999999999999999'), Dec.parse('-8.2'));

  test.each([
    ['normCdf', normCdf, refCdf],
    ['normPdf', normPdf, refPdf],
  ] as const)('%s at 407 points, three rounding modes', (_name, f, ref) => {
    for (const x of xs) {
      const exact = ref(big(x));
      for (const mode of MODES) {
        const want = toDecRaw(exact, mode);
        expect([x.toString(), mode, f(x, mode).raw]).toEqual([x.toString(), mode, want]);
      }
    }
  });

  test('far tails: 0 or 1 within a fraction of an ulp, directed modes on the right side', () => {
    expect(refCdf(new R('-9.5')).lt('1.1e-21')).toBe(true);
    for (const x of ['9.5', '40', '1000000']) {
      expect(normCdf(Dec.parse(x), 'down').raw).toBe(999_999_999_999_999_999n);
      expect(normCdf(Dec.parse(x), 'up')).toEqual(Dec.ONE);
      expect(normCdf(Dec.parse(x))).toEqual(Dec.ONE);
      expect(normCdf(Dec.parse('-' + x), 'down')).toEqual(Dec.ZERO);
      expect(normCdf(Dec.parse('-' + x), 'up').raw).toBe(1n);
      expect(normPdf(Dec.parse(x))).toEqual(Dec.ZERO);
      expect(normPdf(Dec.parse(x), 'up').raw).toBe(1n);
    }
  });

  test('known values', () => {
    expect(normCdf(Dec.ZERO).toString()).toBe('0.5');
    expect(normCdf(Dec.parse('1.959963984540054')).toFixed(12, 'half-even')).toBe('0.975000000000');
    expect(normPdf(Dec.ZERO).toString()).toBe('0.398942280401432678');
  });
});
