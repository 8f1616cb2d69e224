// The batch path (buildRiskTable + revalue) against the object path (portfolioMargin): the same raw fixed-point
// IM and MM for every book, bit for bit, over seeded random books; refusals where portfolioMargin refuses.
import { f64ToDec } from '../../../../chain/math';
import {
  buildRiskCache,
  buildRiskTable,
  portfolioMargin,
  portfolioUnderlyings,
  revalue,
  revalueMm,
  type InstrumentRisk,
  type Instrument,
  type PortfolioLeg,
  type PositionBook,
  type Revaluation,
} from '../../../../modules/margin/risk';
import { ceilRaw } from '../../../../modules/margin/risk/revalue-rounding';
import { Rng } from '../../../helpers/rng';
import { EXPIRY_30D, EXPIRY_7D, EXPIRY_90D, market, option, PARAMS } from './fixtures';

const EXPIRIES = [EXPIRY_7D, EXPIRY_30D, EXPIRY_90D];
// contract sizes: whole, tenths, and one that is not a whole number of 1e-6 (exact call netting in bigint)
const LOTS = ['1', '0.1', '0.0000005'];
const UNDERLYINGS = [
  { name: 'BTC/USD', spot: '100', strikes: ['60', '80', '90', '95', '100', '105', '110', '120', '150'] },
  { name: 'ETH/USD', spot: '2000', strikes: ['1500', '1800', '1900', '2000', '2100', '2200', '2600'] },
  { name: 'SOL/USD', spot: '150', strikes: ['120', '150', '180'] },
];

// SOL's ids sort first although its name sorts last: groups are met in id order, summed in name order
const tagged = (ins: Instrument): Instrument => (ins.underlying === 'SOL/USD' ? { ...ins, id: `A${ins.id}` } : ins);
const instruments: Instrument[] = UNDERLYINGS.flatMap((u) =>
  EXPIRIES.flatMap((e) => u.strikes.flatMap((k) => LOTS.flatMap((lot) => [option('call', k, e, lot, u.name), option('put', k, e, lot, u.name)].map(tagged)))));
const risk = new Map<string, InstrumentRisk>();
for (const [i, u] of UNDERLYINGS.entries()) {
  const m = market({ underlying: u.name, spot: u.spot, skew: i !== 1 });
  for (const [id, r] of buildRiskCache(instruments.filter((x) => x.underlying === u.name), new Map([[u.name, m]]), PARAMS)) risk.set(id, r);
}
const table = buildRiskTable(risk.values(), PARAMS);

interface Book {
  legs: PortfolioLeg[];
  kind: string;
}

const MAX_SAFE = (1n << 53n) - 1n;

function size(rng: Rng): bigint {
  const r = rng.next();
  const sign = rng.next() < 0.5 ? -1n : 1n;
  if (r < 0.6) return sign * BigInt(1 + rng.int(20));
  if (r < 0.8) return sign * BigInt(1 + rng.int(1_000_000));
  if (r < 0.95) return sign * (BigInt(1 + rng.int(1 << 30)) << BigInt(rng.int(23))); // up to 2^53
  return r < 0.975 ? sign * MAX_SAFE : 0n;
}

/** Distinct instruments (sorted by id) with sizes; shapes chosen to reach every branch of the step. */
function randomBook(rng: Rng): Book {
  const shape = rng.int(6);
  const pool = shape === 0 ? instruments.filter((i) => i.underlying === 'BTC/USD' && i.expirySeconds === EXPIRY_30D) : instruments;
  const n = shape === 1 ? 1 : 1 + rng.int(shape === 5 ? 24 : 12);
  const picked = new Map<string, Instrument>();
  while (picked.size < Math.min(n, pool.length)) {
    const ins = rng.pick(pool);
    picked.set(ins.id, ins);
  }
  const legs = [...picked.values()]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((ins) => {
      let s = size(rng);
      if (shape === 2) s = s < 0n ? -s : s === 0n ? 1n : s; // long only: the max-loss cap (the premium) often binds
      if (shape === 3 && s !== 0n) s = s > 0n ? BigInt(1 + rng.int(5)) : -BigInt(1 + rng.int(5)); // small spreads
      return { risk: risk.get(ins.id)!, size: s };
    });
  return { legs, kind: ['one expiry', 'single leg', 'long only', 'small sizes', 'mixed', 'many legs'][shape] };
}

function flatBook(books: readonly PortfolioLeg[][], wide = false): PositionBook {
  const total = books.reduce((s, b) => s + b.length, 0);
  const instrument = wide ? new Uint32Array(total) : new Uint16Array(total);
  const sizes = new Float64Array(total);
  const offsets = new Uint32Array(books.length + 1);
  let p = 0;
  books.forEach((legs, a) => {
    for (const l of legs) {
      instrument[p] = table.numbers.get(l.risk.instrument.id)!;
      sizes[p] = Number(l.size);
      p++;
    }
    offsets[a + 1] = p;
  });
  return { instrument, size: sizes, offsets };
}

const show = (legs: PortfolioLeg[]) => legs.map((l) => `${l.risk.instrument.id}:${l.size}`).join(' ');

describe('revalue = portfolioMargin, bit for bit', () => {
  const rng = new Rng(20250614);
  const books = Array.from({ length: 4000 }, () => randomBook(rng));

  test('4,000 seeded random books: the same raw IM and MM', () => {
    const legs = books.map((b) => b.legs);
    const out = revalue(table, flatBook(legs));
    expect(out.errors.size).toBe(0);
    const seen = { capped: 0, unbounded: 0, single: 0, multiUnderlying: 0, large: 0 };
    books.forEach((b, a) => {
      const want = portfolioMargin(b.legs, PARAMS);
      if (out.im[a] !== want.im.raw || out.mm[a] !== want.mm.raw) {
        throw new Error(`book ${a} (${b.kind}) ${show(b.legs)}: batch ${out.im[a]}/${out.mm[a]}, object ${want.im.raw}/${want.mm.raw}`);
      }
      const us = portfolioUnderlyings(b.legs, PARAMS);
      if (us.some((u) => u.maxLoss !== Infinity && u.im === u.maxLoss)) seen.capped++;
      if (us.some((u) => u.maxLoss === Infinity)) seen.unbounded++;
      if (b.legs.length === 1) seen.single++;
      if (us.length > 1) seen.multiUnderlying++;
      if (b.legs.some((l) => l.size > 1n << 40n || l.size < -(1n << 40n))) seen.large++;
    });
    // the books reach the max-loss cap, unbounded books, one leg, several underlyings and large sizes
    expect(seen.capped).toBeGreaterThan(500);
    expect(seen.unbounded).toBeGreaterThan(1000);
    expect(seen.single).toBeGreaterThan(400);
    expect(seen.multiUnderlying).toBeGreaterThan(1000);
    expect(seen.large).toBeGreaterThan(700);
  });

  test('the same with instrument numbers as Uint32Array, a reused output, and in any account order', () => {
    const legs = books.slice(0, 500).map((b) => b.legs);
    const out: Revaluation = { im: [], mm: [], errors: new Map() };
    revalue(table, flatBook(books.slice(500, 1500).map((b) => b.legs)), out); // longer first: reuse shrinks it
    revalue(table, flatBook(legs, true), out);
    expect(out.im).toHaveLength(500);
    const reversed = revalue(table, flatBook([...legs].reverse()));
    legs.forEach((l, a) => {
      const want = portfolioMargin(l, PARAMS);
      expect([a, out.im[a], out.mm[a]]).toEqual([a, want.im.raw, want.mm.raw]);
      expect([a, reversed.im[legs.length - 1 - a], reversed.mm[legs.length - 1 - a]]).toEqual([a, want.im.raw, want.mm.raw]);
    });
  });

  test("revalueMm (the scan's form): ceilRaw of its double is revalue's MM, for every book, refusals included", () => {
    const book = flatBook(books.map((b) => b.legs));
    book.size[book.offsets[7]] = 1.5; // account 7 refused
    book.size[book.offsets[11]] = 2 ** 53; // and 11
    const full = revalue(table, book);
    const lazy = revalueMm(table, book);
    expect([...lazy.errors.keys()]).toEqual([...full.errors.keys()]);
    expect([...lazy.errors.keys()]).toEqual([7, 11]);
    expect([...lazy.errors.values()].map((e) => e.message)).toEqual([...full.errors.values()].map((e) => e.message));
    books.forEach((_, a) => {
      const got = Number.isNaN(lazy.mmUp[a]) ? null : ceilRaw(lazy.mmUp[a]);
      if (got !== full.mm[a]) throw new Error(`book ${a}: revalueMm ${got}, revalue ${full.mm[a]}`);
    });
  });

  test('an account without positions needs nothing (as portfolioMargin of no legs)', () => {
    const out = revalue(table, flatBook([[], books[0].legs, []]));
    expect([out.im[0], out.mm[0], out.im[2], out.mm[2]]).toEqual([0n, 0n, 0n, 0n]);
    expect(portfolioMargin([], PARAMS).im.raw).toBe(0n);
    expect(out.im[1]).toBe(portfolioMargin(books[0].legs, PARAMS).im.raw);
  });
});

describe('net short calls are decided exactly', () => {
  const m = market();
  // a 7-day bear call spread, capped at its max loss: long the 105 call in small contracts, short one 100 call
  const micro = option('call', '105', EXPIRY_7D, '0.000001'); // one micro-unit per contract
  const half = option('call', '105', EXPIRY_7D, '0.0000005'); // not whole micro-units: netted in bigint
  const whole = option('call', '100', EXPIRY_7D, '1');
  const r = buildRiskCache([micro, half, whole], new Map([['BTC/USD', m]]), PARAMS);
  const small = buildRiskTable(r.values(), PARAMS);
  const book = (ins: Instrument, long: bigint): PortfolioLeg[] =>
    [{ risk: r.get(ins.id)!, size: long }, { risk: r.get(whole.id)!, size: -1n }].sort((a, b) => (a.risk.instrument.id < b.risk.instrument.id ? -1 : 1));

  test('calls netting to exactly 0 are bounded, one smallest unit short is not; both paths agree', () => {
    const books = [book(micro, 1_000_000n), book(micro, 999_999n), book(half, 2_000_000n), book(half, 1_999_999n)];
    expect(books.map((b) => portfolioUnderlyings(b, PARAMS)[0].maxLoss === Infinity)).toEqual([false, true, false, true]);
    const flat: PositionBook = {
      instrument: new Uint16Array(books.flatMap((b) => b.map((l) => small.numbers.get(l.risk.instrument.id)!))),
      size: new Float64Array(books.flatMap((b) => b.map((l) => Number(l.size)))),
      offsets: new Uint32Array([0, 2, 4, 6, 8]),
    };
    const out = revalue(small, flat);
    books.forEach((b, a) => {
      const want = portfolioMargin(b, PARAMS);
      expect([a, out.im[a], out.mm[a]]).toEqual([a, want.im.raw, want.mm.raw]);
    });
    // capped when bounded: short one smallest unit more and the requirement jumps
    expect(books.map((b) => portfolioUnderlyings(b, PARAMS)[0].im === portfolioUnderlyings(b, PARAMS)[0].maxLoss)).toEqual([true, false, true, false]);
  });
});

describe('refusals: an account portfolioMargin refuses is refused alone', () => {
  const good = [
    { risk: risk.get(instruments[0].id)!, size: 3n },
    { risk: risk.get(instruments[5].id)!, size: -2n },
  ].sort((a, b) => (a.risk.instrument.id < b.risk.instrument.id ? -1 : 1));
  const want = portfolioMargin(good, PARAMS);

  function withSize(x: number): PositionBook {
    const book = flatBook([good, good, good]);
    book.size[2] = x; // account 1's first position
    return book;
  }

  test.each([
    ['2^53 (beyond the doubles’ exact integers)', 2 ** 53],
    ['-(2^53 + 2)', -(2 ** 53 + 2)],
    ['1.5 (not whole)', 1.5],
    ['NaN', NaN],
    ['Infinity', Infinity],
  ])('size %s: refused with margin/12 "position size out of range"; the neighbours are unaffected', (_, x) => {
    const out = revalue(table, withSize(x));
    expect(out.errors.size).toBe(1);
    const e = out.errors.get(1) as Error & { codespace: string; code: number };
    expect([e.codespace, e.code]).toEqual(['margin', 12]);
    expect(e.message).toMatch(/position size out of range/);
    expect([out.im[1], out.mm[1]]).toEqual([null, null]);
    expect([out.im[0], out.mm[0], out.im[2], out.mm[2]]).toEqual([want.im.raw, want.mm.raw, want.im.raw, want.mm.raw]);
  });

  test('the object path refuses the same sizes: a bigint of 2^53 or more', () => {
    expect(() => portfolioMargin([{ ...good[0], size: 1n << 53n }], PARAMS)).toThrow(/position size out of range/);
    expect(() => portfolioMargin([{ ...good[0], size: -((1n << 53n) + 1n) }], PARAMS)).toThrow(/position size out of range/);
    // the largest safe size is accepted by both, with the same result
    const big = [{ ...good[0], size: MAX_SAFE }];
    const out = revalue(table, flatBook([big]));
    expect([out.im[0], out.mm[0]]).toEqual([portfolioMargin(big, PARAMS).im.raw, portfolioMargin(big, PARAMS).mm.raw]);
  });

  test('positions out of instrument order or repeated, an unknown instrument number, bad offsets', () => {
    const book = flatBook([good, good, good, good]);
    [book.instrument[2], book.instrument[3]] = [book.instrument[3], book.instrument[2]]; // account 1 reversed
    book.instrument[5] = book.instrument[4]; // account 2 repeats an instrument
    book.instrument[7] = table.ids.length; // account 3: not in the table
    const out = revalue(table, book);
    expect(out.errors.get(1)!.message).toMatch(/strictly increasing instrument order: .+ then .+/);
    expect(out.errors.get(2)!.message).toMatch(/strictly increasing instrument order/);
    expect(out.errors.get(3)!.message).toMatch(/not in the risk table/);
    expect([out.im[0], out.mm[0]]).toEqual([want.im.raw, want.mm.raw]);
    expect(() => portfolioMargin([...good].reverse(), PARAMS)).toThrow(/strictly increasing instrument order/);

    const broken = flatBook([good, good]);
    broken.offsets[1] = 5; // account 0 claims more positions than the book holds, account 1 ends before it starts
    const refused = revalue(table, broken);
    expect([...refused.errors.keys()]).toEqual([0, 1]);
    expect(() => revalue(table, { ...broken, size: new Float64Array(1) })).toThrow(/differ in length/);
  });

  test('a risk table refuses an instrument twice and a scenario vector of another grid', () => {
    const r = [...risk.values()];
    expect(() => buildRiskTable([r[0], r[0]], PARAMS)).toThrow(/appears twice/);
    const otherGrid = { ...PARAMS, portfolio: { ...PARAMS.portfolio, spotSteps: 10 } };
    expect(() => buildRiskTable(r, otherGrid)).toThrow(/does not match the grid/);
  });
});

describe('ceilRaw = f64ToDec(y, "up").raw', () => {
  test('on 300,000 doubles: random exponents and bits, integers, the fast path’s bounds, 0, subnormals, beyond Dec', () => {
    const rng = new Rng(7);
    const view = new DataView(new ArrayBuffer(8));
    const ys: number[] = [0, 5e-324, 2.2250738585072014e-308, 1e-300, 1, 0.5, 5.7e58, 5.8e58, 1e300, 1.7976931348623157e308];
    // around the fast path's ends: y·2^18·5^18 = 2^53, and y = 2^53
    for (let k = -50; k <= 50; k++) ys.push(2 ** 53 / 1e18 + k * 2 ** -59, 2 ** 53 + k * 2);
    for (let i = 0; i < 300_000; i++) {
      view.setUint32(0, (rng.int(2047) << 20) | rng.int(1 << 20)); // any finite positive exponent and high bits
      view.setUint32(4, rng.int(2 ** 32));
      let y = view.getFloat64(0);
      if (i % 3 === 0) y = (1 + rng.next()) * 2 ** (rng.int(80) - 40); // the range requirements live in
      if (i % 5 === 0) y = Math.floor(y);
      ys.push(y);
    }
    let mismatches = 0;
    let tooLarge = 0;
    const attempt = (f: () => bigint) => {
      try {
        return f();
      } catch (e) {
        return (e as Error).message; // beyond Dec's range (about 5.8e58): both refuse
      }
    };
    for (const y of ys) {
      const want = attempt(() => f64ToDec(y, 'up').raw);
      if (typeof want === 'string') tooLarge++;
      if (attempt(() => ceilRaw(y)) !== want) mismatches++;
    }
    expect(mismatches).toBe(0);
    expect(tooLarge).toBeGreaterThan(1000);
    expect(ys.length - tooLarge).toBeGreaterThan(200_000);
  });
});
