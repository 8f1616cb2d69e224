import { Dec, exp, ln, MathError, pow, Rounding, sqrt } from '../../../chain/math';
import { Rng } from '../../helpers/rng';
import { big, Big, R, toDecRaw } from './reference';

const MODES: Rounding[] = ['down', 'up', 'half-even'];

function expectCode(fn: () => unknown, code: string): void {
  expect(fn).toThrow(MathError);
  try {
    fn();
  } catch (e) {
    expect((e as MathError).code).toBe(code);
  }
}

/** Asserts f(x) is the correctly rounded reference in every mode; returns the number checked. */
function checkCorrectlyRounded(inputs: Dec[][], f: (args: Dec[], mode: Rounding) => Dec, ref: (args: Big[]) => Big): number {
  for (const args of inputs) {
    const exact = ref(args.map((a) => big(a)));
    for (const mode of MODES) {
      const got = f(args, mode).raw;
      const want = toDecRaw(exact, mode);
      if (got !== want) throw new Error(`(${args.join(', ')}) ${mode}: got raw ${got}, want ${want}`);
    }
  }
  return inputs.length;
}

const rng = new Rng(2718);
const uniform = (lo: number, hi: number) => Dec.parse(new R(lo + (hi - lo) * rng.next()).toDecimalPlaces(18).toFixed());
const logUniform = (lo: number, hi: number) => Dec.parse(new R(lo).times(new R(hi / lo).pow(rng.next())).toDecimalPlaces(18).toFixed());

describe('exact exp, ln, pow, sqrt: correctly rounded against decimal.js (100 digits)', () => {
  test('exp over its whole domain [-44, 135.3]', () => {
    const xs = [...Array.from({ length: 400 }, () => [uniform(-44, 135.3)]), ...Array.from({ length: 200 }, () => [uniform(-1, 1)])];
    xs.push([Dec.ZERO], [Dec.ONE], [Dec.parse('-0.000000000000000001')], [Dec.parse('135.305')], [Dec.parse('-43.9')]);
    checkCorrectlyRounded(xs, ([x], m) => exp(x, m), ([x]) => x.exp());
  });

  test('exp: tiny results and overflow', () => {
    expect(exp(Dec.parse('-45')).raw).toBe(0n);
    expect(exp(Dec.parse('-45'), 'up').raw).toBe(1n);
    expect(exp(Dec.parse('-1000000'), 'down').raw).toBe(0n);
    expectCode(() => exp(Dec.parse('135.31')), 'overflow');
    expectCode(() => exp(Dec.parse('1000')), 'overflow');
  });

  test('ln from 1e-18 to 5.7e58', () => {
    const xs = Array.from({ length: 500 }, () => [logUniform(1e-18, 5e58)]);
    xs.push([Dec.parse('0.000000000000000001')], [Dec.ONE], [Dec.parse('1.000000000000000001')], [Dec.parse('0.999999999999999999')], [Dec.parse('2')], [Dec.parse('10')]);
    checkCorrectlyRounded(xs, ([x], m) => ln(x, m), ([x]) => x.ln());
    expectCode(() => ln(Dec.ZERO), 'domain');
    expectCode(() => ln(Dec.parse('-1')), 'domain');
  });

  test('sqrt', () => {
    const xs = Array.from({ length: 500 }, () => [logUniform(1e-18, 5e58)]);
    xs.push([Dec.ZERO], [Dec.ONE], [Dec.parse('4')], [Dec.parse('0.000000000000000001')], [Dec.parse('2')]);
    checkCorrectlyRounded(xs, ([x], m) => sqrt(x, m), ([x]) => x.sqrt());
    expect(sqrt(Dec.parse('6.25')).toString()).toBe('2.5');
    expectCode(() => sqrt(Dec.parse('-0.000000000000000001')), 'domain');
  });

  test('pow with real exponents', () => {
    const args: Dec[][] = [];
    for (let i = 0; i < 300; i++) {
      const x = logUniform(1e-6, 1e6);
      const lnx = Math.log(Number(x.toString())); // test-side only: picks exponents whose results stay in range
      const y = uniform(-40 / Math.max(Math.abs(lnx), 0.1), 100 / Math.max(Math.abs(lnx), 0.1));
      args.push([x, y]);
    }
    args.push([Dec.parse('1.000000000000000001'), Dec.parse('1000000000000000000')]); // (1 + 1e-18)^1e18 ≈ e
    args.push([Dec.parse('2'), Dec.parse('0.5')], [Dec.parse('0.5'), Dec.parse('-3.25')]);
    checkCorrectlyRounded(args, ([x, y], m) => pow(x, y, m), ([x, y]) => x.pow(y));
  });

  test('pow with integer exponents: exact products, negative bases, zero', () => {
    const args: Dec[][] = [];
    for (let i = 0; i < 300; i++) {
      const x = uniform(-3, 3);
      args.push([x, Dec.fromInt(1 + rng.int(60))], [x.isZero() ? Dec.ONE : x, Dec.fromInt(-(1 + rng.int(20)))]);
    }
    args.push([Dec.parse('-1.5'), Dec.fromInt(101)], [Dec.parse('-1.1'), Dec.fromInt(-200)], [Dec.parse('-0.9'), Dec.fromInt(150)]);
    checkCorrectlyRounded(args, ([x, y], m) => pow(x, y, m), ([x, y]) => x.pow(y));
    expect(pow(Dec.ZERO, Dec.parse('2.5')).raw).toBe(0n);
    expect(pow(Dec.ZERO, Dec.ZERO)).toEqual(Dec.ONE);
    expect(pow(Dec.parse('-2'), Dec.ZERO)).toEqual(Dec.ONE);
    expect(pow(Dec.parse('3'), Dec.fromInt(2)).toString()).toBe('9');
    expectCode(() => pow(Dec.ZERO, Dec.parse('-1')), 'division-by-zero');
    expectCode(() => pow(Dec.parse('-2'), Dec.parse('0.5')), 'domain');
    expectCode(() => pow(Dec.parse('10'), Dec.fromInt(59)), 'overflow');
    expectCode(() => pow(Dec.parse('10'), Dec.parse('58.9')), 'overflow');
    expectCode(() => pow(Dec.parse('1.5'), Dec.parse('1000000')), 'overflow');
    expect(pow(Dec.parse('0.5'), Dec.parse('1000000')).raw).toBe(0n);
    expect(pow(Dec.parse('-0.5'), Dec.fromInt(1000001), 'down').raw).toBe(-1n);
  });
});
