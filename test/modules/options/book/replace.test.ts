// Replace (priority rules, atomicity), cancel, and the rebuild checks: snapshot, restore, clone, equals.
import { AppError } from '../../../../chain/sdk';
import { OptionsErrors } from '../../../../modules/options/errors';
import { OrderBook } from '../../../../modules/options/book';
import { bookWith, buy, order, sell, view } from './helpers';

const codeOf = (f: () => unknown): number | undefined => {
  try {
    f();
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  return undefined;
};

describe('replace', () => {
  const three = () => bookWith(buy('b1', 100, 5), buy('b2', 100, 5, { owner: 'b/0' }), buy('b3', 100, 5, { owner: 'c/0' }));

  test('only the size decreasing: shrinks in place and keeps priority and seq', () => {
    const book = three();
    const old = book.get('b1')!;
    const r = book.replace('b1', { ...old, size: 2, seq: 999 });
    expect(r).toMatchObject({ status: 'rested', keptPriority: true, restedSize: 2, fills: [], replaced: old });
    expect(view(book).bids).toEqual(['b1@100x2', 'b2@100x5', 'b3@100x5']);
    expect(book.get('b1')!.seq).toBe(old.seq);
    expect(book.depth(1).bids).toEqual([{ price: 100, size: 12, orders: 3 }]);
  });

  test('a larger size, a new price or a new id: cancel + place, behind the queue', () => {
    for (const change of [{ size: 6 }, { price: 100, size: 5, clientId: 'x' }, { id: 'b1-new' }, { timeInForce: 'GTB' as const, goodTil: 9 }]) {
      const book = three();
      const r = book.replace('b1', { ...book.get('b1')!, ...order('b1', 'buy', 100, 5), ...change });
      expect(r.keptPriority).toBe(false);
      expect(view(book).bids.map((s) => s.split('@')[0])).toEqual(['b2', 'b3', change.id ?? 'b1']);
    }
  });

  test('a new price that crosses trades like a new order', () => {
    const book = bookWith(buy('b1', 99, 5), sell('s1', 101, 2, { owner: 'b/0' }));
    const r = book.replace('b1', buy('b1', 101, 5));
    expect(r).toMatchObject({ status: 'rested', filledSize: 2, restedSize: 3, keptPriority: false });
    expect(view(book)).toEqual({ bids: ['b1@101x3'], asks: [] });
  });

  test('a rejected replacement (post-only would cross) leaves the old order where it was', () => {
    const book = bookWith(buy('b0', 99, 1, { owner: 'z/0' }), buy('b1', 99, 5), buy('b2', 99, 5, { owner: 'b/0' }), sell('s1', 101, 2, { owner: 'b/0' }));
    const before = book.snapshot();
    const r = book.replace('b1', buy('b1-new', 101, 5, { postOnly: true }));
    expect(r).toMatchObject({ status: 'rejected', reason: 'post-only', keptPriority: false });
    expect(book.snapshot()).toEqual(before);
  });

  test('errors change nothing: unknown id, another owner or side, a taken id, an old seq', () => {
    const book = bookWith(buy('b1', 99, 5), buy('b2', 98, 5));
    const before = book.snapshot();
    const b1 = book.get('b1')!;
    expect(codeOf(() => book.replace('nope', buy('nope', 99, 1)))).toBe(OptionsErrors.orderNotFound.code);
    expect(codeOf(() => book.replace('b1', { ...b1, owner: 'q/0', size: 1 }))).toBe(OptionsErrors.invalidOrder.code);
    expect(codeOf(() => book.replace('b1', { ...b1, side: 'sell', size: 1 }))).toBe(OptionsErrors.invalidOrder.code);
    expect(codeOf(() => book.replace('b1', buy('b2', 97, 1)))).toBe(OptionsErrors.duplicateOrder.code);
    expect(codeOf(() => book.replace('b1', { ...b1, price: 97 }))).toBe(OptionsErrors.invalidOrder.code);
    expect(codeOf(() => book.replace('b1', { ...b1, size: 0 }))).toBe(OptionsErrors.invalidOrder.code);
    expect(book.snapshot()).toEqual(before);
  });

  test('a reduce-only order keeps priority only while it shrinks within its limit', () => {
    const book = new OrderBook('X');
    book.place(buy('r', 99, 5, { reduceOnly: true }), { reduceOnlyLimit: 5 });
    book.place(buy('b', 99, 5, { owner: 'b/0' }));
    const r = book.get('r')!;
    expect(codeOf(() => book.replace('r', { ...r, size: 4 }))).toBe(OptionsErrors.invalidOrder.code); // no limit given
    expect(book.replace('r', { ...r, size: 4 }, { reduceOnlyLimit: 4 }).keptPriority).toBe(true);
    expect(view(book).bids).toEqual(['r@99x4', 'b@99x5']);
    const again = book.replace('r', { ...r, size: 3, seq: r.seq + 1000 }, { reduceOnlyLimit: 2 });
    expect(again).toMatchObject({ keptPriority: false, status: 'rested', reason: 'reduce-only', restedSize: 2, cancelledSize: 1 });
    expect(view(book).bids).toEqual(['b@99x5', 'r@99x2']);
  });
});

describe('cancel and rebuild', () => {
  test('cancel anywhere in a queue keeps the rest in order, and empty levels go away', () => {
    const book = bookWith(buy('a', 100, 1), buy('b', 100, 2), buy('c', 100, 3), buy('d', 99, 1));
    expect(book.cancel('b')).toMatchObject({ id: 'b', size: 2, price: 100 });
    expect(view(book).bids).toEqual(['a@100x1', 'c@100x3', 'd@99x1']);
    book.cancel('d');
    expect(book.depth(5).bids).toEqual([{ price: 100, size: 4, orders: 2 }]);
    book.cancel('a');
    book.cancel('c');
    expect([book.size, book.bestBid(), book.depth(5).bids]).toEqual([0, undefined, []]);
    expect(book.invariantViolations()).toEqual([]);
  });

  test('a book rebuilt from its snapshot (or its orders, in any order) equals the book before', () => {
    const book = bookWith(buy('a', 100, 1, { clientId: 'c1' }), buy('b', 100, 2, { timeInForce: 'GTT', goodTil: 77 }), sell('s', 103, 2), sell('t', 102, 1, { postOnly: true }));
    book.replace('a', { ...book.get('a')!, size: 1 });
    const snap = book.snapshot();
    expect(snap.bids.map((o) => o.id)).toEqual(['a', 'b']);
    expect(snap.asks.map((o) => o.id)).toEqual(['t', 's']);
    const rebuilt = OrderBook.fromSnapshot(JSON.parse(JSON.stringify(snap)));
    expect(rebuilt.equals(book)).toBe(true);
    expect(rebuilt.snapshot()).toEqual(snap);

    const shuffled = new OrderBook(book.instrument);
    for (const o of [...snap.asks, ...snap.bids].reverse()) shuffled.restore(o);
    expect(shuffled.equals(book)).toBe(true);

    const copy = book.clone();
    expect(copy.equals(book)).toBe(true);
    copy.place(buy('x', 90, 1));
    expect(copy.equals(book)).toBe(false);
    expect(book.has('x')).toBe(false);
    const shrunk = book.clone();
    shrunk.replace('b', { ...shrunk.get('b')!, size: 1 });
    expect(shrunk.equals(book)).toBe(false);
    expect(new OrderBook('other').equals(new OrderBook('X'))).toBe(false);
  });

  test('restore refuses what a sound book cannot hold', () => {
    const book = bookWith(buy('a', 100, 1), sell('s', 102, 1));
    const s = book.get('s')!;
    expect(codeOf(() => book.restore({ ...s, id: 'x', price: 100, seq: 1e6 }))).toBe(OptionsErrors.crossedBook.code);
    expect(codeOf(() => book.restore({ ...s }))).toBe(OptionsErrors.duplicateOrder.code);
    expect(codeOf(() => book.restore({ ...s, id: 'y' }))).toBe(OptionsErrors.invalidOrder.code); // same seq at the same price
    expect(codeOf(() => book.restore({ ...s, id: 'z', seq: 1e6, timeInForce: 'IOC' }))).toBe(OptionsErrors.invalidOrder.code);
  });
});
