// The invariant checker the differential test relies on: silent on sound books, loud on broken ones.
import { bookWith, buy, sell } from './helpers';

interface Internals {
  bids: { levels: { size: number; orders: number; head: { size: number; seq: number; next: unknown } }[] };
  asks: { levels: { price: number }[] };
  index: Map<string, unknown>;
}
const inside = (b: object) => b as unknown as Internals;

describe('invariantViolations', () => {
  const book = () => bookWith(buy('b1', 99, 2), buy('b2', 99, 3), buy('b3', 98, 1), sell('s1', 101, 4), sell('s2', 102, 1));

  test('a sound book has none', () => {
    expect(book().invariantViolations()).toEqual([]);
  });

  test('finds a zero size, wrong level totals, seq out of order, a crossed book, a stale index', () => {
    const zero = book();
    inside(zero).bids.levels[1].head.size = 0;
    expect(zero.invariantViolations()).toEqual(['b1: size 0', 'bids: level 99 totals 5/2, orders 3/2']);

    const seq = book();
    inside(seq).bids.levels[1].head.seq = 1e9;
    expect(seq.invariantViolations()).toEqual([expect.stringMatching(/^b2: seq \d+ not after 1000000000$/)]);

    const crossed = book();
    inside(crossed).asks.levels[1].price = 99;
    expect(crossed.invariantViolations()).toEqual(expect.arrayContaining(['crossed: best bid 99 >= best ask 99']));

    const stale = book();
    inside(stale).index.delete('s2');
    expect(stale.invariantViolations()).toEqual(['s2: not in the id index', 'id index holds 4 orders, levels 5']);
  });
});
