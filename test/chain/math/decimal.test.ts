import Decimal from 'decimal.js';
import { Dec, MathError, MAX_RAW, Rounding } from '../../../chain/math';
import { divRound, shiftRound } from '../../../chain/math/rounding';
import { Rng } from '../../helpers/rng';
import { big, R } from './reference';

const MODES: Rounding[] = ['down', 'up', 'half-even'];
const DECIMAL_MODE = { down: Decimal.ROUND_FLOOR, up: Decimal.ROUND_CEIL, 'half-even': Decimal.ROUND_HALF_EVEN } as const;

function expectCode(fn: () => unknown, code: string): void {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(MathError);
    expect((e as MathError).code).toBe(code);
    return;
  }
  throw new Error(`expected a ${code} error`);
}

function randomRaw(rng: Rng): bigint {
  const digits = 1 + rng.int(40);
  let s = String(1 + rng.int(9));
  for (let i = 1; i < digits; i++) s += String(rng.int(10));
  const v = BigInt(s);
  return rng.next() < 0.5 ? -v : v;
}

describe('Dec parsing and formatting', () => {
  test('canonical strings round-trip', () => {
    for (const s of ['0', '1', '-1', '0.5', '-0.000000000000000001', '123456789.123456789123456789', '57896044618658097711785492504343953926634992332820282019728.792003956564819967']) {
      expect(Dec.parse(s).toString()).toBe(s);
    }
    expect(Dec.parse('1.500').toString()).toBe('1.5');
    expect(Dec.parse('-0').toString()).toBe('0');
    expect(Dec.parse('2.5').raw).toBe(2_500_000_000_000_000_000n);
  });

  test('rejects anything but plain decimals', () => {
    for (const s of ['', ' 1', '1 ', '+1', '01', '1.', '.5', '1e5', '1,5', 'NaN', 'Infinity', '--1', '0x10', '1.2.3', '١']) {
      expectCode(() => Dec.parse(s), 'parse');
    }
  });

  test('more than 18 fractional digits: an error, or rounded when asked', () => {
    expectCode(() => Dec.parse('0.0000000000000000015'), 'parse');
    expect(Dec.parse('0.0000000000000000015', 'half-even').raw).toBe(2n);
    expect(Dec.parse('0.0000000000000000025', 'half-even').raw).toBe(2n);
    expect(Dec.parse('-0.0000000000000000015', 'down').raw).toBe(-2n);
    expect(Dec.parse('-0.0000000000000000015', 'up').raw).toBe(-1n);
  });

  test('toFixed and round', () => {
    const x = Dec.parse('-2.345');
    expect(x.toFixed(2, 'half-even')).toBe('-2.34');
    expect(x.toFixed(2, 'down')).toBe('-2.35');
    expect(x.toFixed(2, 'up')).toBe('-2.34');
    expect(x.toFixed(0, 'down')).toBe('-3');
    expect(Dec.parse('0.5').toFixed(3, 'down')).toBe('0.500');
    expect(Dec.parse('2.5').toBigInt('half-even')).toBe(2n);
    expect(Dec.parse('3.5').toBigInt('half-even')).toBe(4n);
    expect(Dec.parse('-3.5').toBigInt('down')).toBe(-4n);
    expectCode(() => x.round(19, 'down'), 'domain');
  });

  test('fromInt', () => {
    expect(Dec.fromInt(7).toString()).toBe('7');
    expect(Dec.fromInt(-7n).toString()).toBe('-7');
    expectCode(() => Dec.fromInt(0.5), 'domain');
  });
});

describe('Dec arithmetic', () => {
  test('add, sub, mul, div agree with exact rational arithmetic rounded by each mode', () => {
    const rng = new Rng(42);
    for (let i = 0; i < 3000; i++) {
      const a = Dec.fromRaw(randomRaw(rng));
      const b = Dec.fromRaw(randomRaw(rng));
      expect(big(a.add(b)).eq(big(a).plus(big(b)))).toBe(true);
      expect(big(a.sub(b)).eq(big(a).minus(big(b)))).toBe(true);
      for (const mode of MODES) {
        const exactMul = big(a).times(big(b)).toDecimalPlaces(18, DECIMAL_MODE[mode]);
        const mul = (() => {
          try {
            return a.mul(b, mode);
          } catch (e) {
            return e as MathError;
          }
        })();
        if (mul instanceof MathError) expect(exactMul.abs().times('1e18').gt(MAX_RAW.toString())).toBe(true);
        else expect(big(mul).eq(exactMul)).toBe(true);
        const exactDiv = big(a).div(big(b)).toDecimalPlaces(18, DECIMAL_MODE[mode]);
        const div = (() => {
          try {
            return a.div(b, mode);
          } catch (e) {
            return e as MathError;
          }
        })();
        if (div instanceof MathError) expect(exactDiv.abs().times('1e18').gt(MAX_RAW.toString())).toBe(true);
        else expect(big(div).eq(exactDiv)).toBe(true);
      }
    }
  });

  test('rounding direction is about the value, whatever the sign', () => {
    const third = Dec.ONE.div(Dec.fromInt(3), 'down');
    expect(third.toString()).toBe('0.333333333333333333');
    expect(Dec.ONE.neg().div(Dec.fromInt(3), 'down').toString()).toBe('-0.333333333333333334');
    expect(Dec.ONE.neg().div(Dec.fromInt(3), 'up').toString()).toBe('-0.333333333333333333');
    const half = Dec.parse('0.000000000000000001').mul(Dec.parse('0.5'), 'half-even');
    expect(half.raw).toBe(0n);
    expect(Dec.parse('0.000000000000000003').mul(Dec.parse('0.5'), 'half-even').raw).toBe(2n);
  });

  test('comparisons and helpers', () => {
    const a = Dec.parse('1.1');
    const b = Dec.parse('-2');
    expect([a.cmp(b), b.cmp(a), a.cmp(a)]).toEqual([1, -1, 0]);
    expect(a.gt(b) && a.gte(a) && b.lt(a) && b.lte(b) && a.eq(Dec.parse('1.10'))).toBe(true);
    expect(Dec.min(a, b)).toBe(b);
    expect(Dec.max(a, b)).toBe(a);
    expect(b.abs().toString()).toBe('2');
    expect(b.neg().toString()).toBe('2');
    expect(b.isNegative() && a.isPositive() && Dec.ZERO.isZero()).toBe(true);
    expect(b.isInteger() && !a.isInteger()).toBe(true);
    expect(a.mulInt(3n).toString()).toBe('3.3');
    expect(a.divInt(3n, 'up').toString()).toBe('0.366666666666666667');
    expect(JSON.stringify({ a })).toBe('{"a":"1.1"}');
  });

  test('the bound: |raw| <= 2^255 - 1, and division by zero', () => {
    const max = Dec.fromRaw(MAX_RAW);
    expect(max.neg().raw).toBe(-MAX_RAW);
    expectCode(() => Dec.fromRaw(MAX_RAW + 1n), 'overflow');
    expectCode(() => Dec.fromRaw(-MAX_RAW - 1n), 'overflow');
    expectCode(() => max.add(Dec.fromRaw(1n)), 'overflow');
    expectCode(() => max.neg().sub(Dec.fromRaw(1n)), 'overflow');
    expectCode(() => max.mul(Dec.fromInt(2), 'down'), 'overflow');
    expectCode(() => max.div(Dec.parse('0.5'), 'down'), 'overflow');
    expectCode(() => Dec.parse('1'.repeat(60)), 'overflow');
    expectCode(() => Dec.ONE.div(Dec.ZERO, 'half-even'), 'division-by-zero');
    expectCode(() => Dec.ONE.divInt(0n, 'half-even'), 'division-by-zero');
  });

  test('divRound and shiftRound', () => {
    for (let n = -20n; n <= 20n; n++) {
      for (const d of [1n, 2n, 3n, 4n, -4n, 7n]) {
        for (const mode of MODES) {
          const exact = new R(n.toString()).div(d.toString()).toDecimalPlaces(0, DECIMAL_MODE[mode]);
          expect(divRound(n, d, mode).toString()).toBe(exact.toFixed(0));
          if (d > 0n && (d & (d - 1n)) === 0n) {
            const s = BigInt(d.toString(2).length - 1);
            expect(shiftRound(n, s, mode).toString()).toBe(exact.toFixed(0));
          }
        }
      }
    }
  });
});
