// Placing orders: price-time priority, partial fills, time in force, post-only, depth, and bad input.
import { AppError } from '../../../../chain/sdk';
import { OptionsErrors } from '../../../../modules/options/errors';
import { OrderBook, placeError } from '../../../../modules/options/book';
import { bookWith, buy, fills, order, sell, view } from './helpers';

const code = (f: () => unknown): number | string => {
  try {
    f();
    return 'no error';
  } catch (e) {
    return e instanceof AppError && e.codespace === 'options' ? e.code : String(e);
  }
};

describe('price-time priority', () => {
  test('a taker takes the best price first, and at one price the lowest seq first, at the maker price', () => {
    const book = bookWith(sell('s1', 102, 5), sell('s2', 101, 5), sell('s3', 101, 5, { owner: 'b/0' }), sell('s4', 103, 5));
    const r = book.place(buy('t', 105, 12, { owner: 'c/0' }));
    expect(fills(r)).toEqual(['s2->t 101x5 (0)', 's3->t 101x5 (0)', 's1->t 102x2 (3)']);
    expect(r).toMatchObject({ status: 'filled', reason: undefined, filledSize: 12, restedSize: 0, cancelledSize: 0 });
    expect(r.fills[0]).toEqual({ makerId: 's2', makerOwner: 'a/0', takerId: 't', takerOwner: 'c/0', price: 101, size: 5, makerRemaining: 0 });
    expect(view(book)).toEqual({ bids: [], asks: ['s1@102x3', 's4@103x5'] });
  });

  test('sells take the highest bids first', () => {
    const book = bookWith(buy('b1', 99, 2), buy('b2', 100, 2), buy('b3', 100, 2), buy('b4', 98, 2));
    const r = book.place(sell('t', 99, 5, { owner: 'x/0' }));
    expect(fills(r)).toEqual(['b2->t 100x2 (0)', 'b3->t 100x2 (0)', 'b1->t 99x1 (1)']);
    expect(view(book)).toEqual({ bids: ['b1@99x1', 'b4@98x2'], asks: [] });
  });

  test('time is the seq the caller assigns, not the order of arrival', () => {
    const book = new OrderBook('X');
    book.restore({ id: 'late', owner: 'a/0', side: 'sell', price: 100, size: 1, seq: 20, timeInForce: 'GTC', postOnly: false, reduceOnly: false, clientId: '', goodTil: 0 });
    book.place(order('early', 'sell', 100, 1, { seq: 10 }));
    expect(view(book).asks).toEqual(['early@100x1', 'late@100x1']);
    expect(code(() => book.place(order('dup-seq', 'sell', 100, 1, { seq: 10 })))).toBe(OptionsErrors.invalidOrder.code);
  });

  test('a partial fill rests the remainder at the limit price; the book is never left crossed', () => {
    const book = bookWith(sell('s1', 100, 3));
    const r = book.place(buy('t', 101, 10, { owner: 'b/0' }));
    expect(r).toMatchObject({ status: 'rested', filledSize: 3, restedSize: 7, cancelledSize: 0 });
    expect(view(book)).toEqual({ bids: ['t@101x7'], asks: [] });
    expect(book.bestBid()).toBe(101);
    expect(book.bestAsk()).toBeUndefined();
    expect(book.invariantViolations()).toEqual([]);
  });

  test('a limit that does not cross rests without trading', () => {
    const book = bookWith(sell('s1', 100, 3));
    const r = book.place(buy('b', 99, 4));
    expect(r).toEqual({ status: 'rested', reason: undefined, fills: [], makerCancels: [], filledSize: 0, restedSize: 4, cancelledSize: 0 });
    expect([book.bestBid(), book.bestAsk(), book.size]).toEqual([99, 100, 2]);
  });
});

describe('depth', () => {
  test('aggregates size and order count per price, best first, up to the number of levels asked', () => {
    const book = bookWith(buy('b1', 99, 2), buy('b2', 99, 3), buy('b3', 97, 1), sell('s1', 101, 4), sell('s2', 102, 1), sell('s3', 101, 6), sell('s4', 105, 1));
    expect(book.depth(2)).toEqual({
      bids: [{ price: 99, size: 5, orders: 2 }, { price: 97, size: 1, orders: 1 }],
      asks: [{ price: 101, size: 10, orders: 2 }, { price: 102, size: 1, orders: 1 }],
    });
    book.place(buy('t', 101, 7, { owner: 'z/0' }));
    book.cancel('b1');
    expect(book.depth(10)).toEqual({
      bids: [{ price: 99, size: 3, orders: 1 }, { price: 97, size: 1, orders: 1 }],
      asks: [{ price: 101, size: 3, orders: 1 }, { price: 102, size: 1, orders: 1 }, { price: 105, size: 1, orders: 1 }],
    });
    expect(book.depth(0)).toEqual({ bids: [], asks: [] });
  });
});

describe('time in force', () => {
  test('IOC trades what it can and never rests', () => {
    const book = bookWith(sell('s1', 100, 3));
    const r = book.place(buy('t', 100, 5, { owner: 'b/0', timeInForce: 'IOC' }));
    expect(r).toMatchObject({ status: 'cancelled', reason: 'ioc', filledSize: 3, restedSize: 0, cancelledSize: 2 });
    expect(book.size).toBe(0);
    const none = book.place(buy('t2', 100, 5, { timeInForce: 'IOC' }));
    expect(none).toMatchObject({ status: 'cancelled', reason: 'ioc', filledSize: 0, cancelledSize: 5 });
    expect(placeError('ioc')).toBeUndefined();
  });

  test('FOK fills completely', () => {
    const book = bookWith(sell('s1', 100, 3), sell('s2', 101, 3));
    const r = book.place(buy('t', 101, 5, { owner: 'b/0', timeInForce: 'FOK' }));
    expect(fills(r)).toEqual(['s1->t 100x3 (0)', 's2->t 101x2 (1)']);
    expect(r).toMatchObject({ status: 'filled', filledSize: 5 });
    expect(view(book).asks).toEqual(['s2@101x1']);
  });

  test('FOK that cannot fill completely does nothing: no fills, no removals, no maker checks acted on', () => {
    const book = bookWith(sell('s1', 100, 3), sell('mine', 100, 1, { owner: 'b/0' }), sell('s2', 101, 3), sell('s3', 102, 9));
    const before = book.snapshot();
    const version = book.version;
    const asked: string[] = [];
    const r = book.place(buy('t', 101, 7, { owner: 'b/0', timeInForce: 'FOK' }), { makerCheck: (m) => (asked.push(m.id), m.id !== 's2') });
    expect(r).toEqual({ status: 'rejected', reason: 'fok', fills: [], makerCancels: [], filledSize: 0, restedSize: 0, cancelledSize: 7 });
    expect(asked).toEqual(['s1', 's2']);
    expect(book.snapshot()).toEqual(before);
    expect(book.version).toBe(version);
    expect(placeError('fok')).toBe(OptionsErrors.fokNotFilled);
  });

  test('FOK removes what it passed over only when it fills (as the same IOC would)', () => {
    const book = bookWith(sell('mine', 100, 1, { owner: 'b/0' }), sell('s1', 100, 3), sell('s2', 101, 3));
    const r = book.place(buy('t', 101, 4, { owner: 'b/0', timeInForce: 'FOK' }));
    expect(r.makerCancels).toEqual([{ id: 'mine', owner: 'b/0', size: 1, remaining: 0, reason: 'self-trade' }]);
    expect(fills(r)).toEqual(['s1->t 100x3 (0)', 's2->t 101x1 (2)']);
  });

  test('GTT and GTB rest like GTC and leave with expire (by ids) or expireWhere', () => {
    const book = bookWith(buy('gtt', 99, 1, { timeInForce: 'GTT', goodTil: 1_750_000_000 }), buy('gtb', 98, 1, { timeInForce: 'GTB', goodTil: 120 }), buy('gtc', 97, 1));
    expect(book.get('gtb')).toMatchObject({ timeInForce: 'GTB', goodTil: 120 });
    expect(book.expire(['gtb', 'unknown']).map((o) => o.id)).toEqual(['gtb']);
    expect(book.expireWhere((o) => o.timeInForce === 'GTT' && o.goodTil <= 1_750_000_000).map((o) => o.id)).toEqual(['gtt']);
    expect(view(book).bids).toEqual(['gtc@97x1']);
  });

  test('goodTil only with GTT/GTB, and required there', () => {
    const book = new OrderBook('X');
    expect(code(() => book.place(buy('a', 1, 1, { timeInForce: 'GTT' })))).toBe(OptionsErrors.invalidOrder.code);
    expect(code(() => book.place(buy('a', 1, 1, { goodTil: 5 })))).toBe(OptionsErrors.invalidOrder.code);
  });
});

describe('post-only', () => {
  test('rejected, changing nothing, when it would cross; rests when it does not', () => {
    const book = bookWith(sell('s1', 100, 3));
    const before = book.snapshot();
    const r = book.place(buy('p', 100, 1, { postOnly: true, owner: 'b/0' }));
    expect(r).toMatchObject({ status: 'rejected', reason: 'post-only', fills: [], cancelledSize: 1 });
    expect(book.snapshot()).toEqual(before);
    expect(placeError('post-only')).toBe(OptionsErrors.postOnlyWouldCross);
    expect(book.place(buy('p', 99, 1, { postOnly: true })).status).toBe('rested');
    expect(book.get('p')?.postOnly).toBe(true);
  });

  test('post-only cannot be IOC or FOK', () => {
    const book = new OrderBook('X');
    expect(code(() => book.place(buy('p', 1, 1, { postOnly: true, timeInForce: 'IOC' })))).toBe(OptionsErrors.invalidOrder.code);
    expect(code(() => book.place(buy('p', 1, 1, { postOnly: true, timeInForce: 'FOK' })))).toBe(OptionsErrors.invalidOrder.code);
  });
});

describe('bad input throws a registered error and changes nothing', () => {
  test.each([
    ['non-integer price', { price: 100.5 }],
    ['zero price', { price: 0 }],
    ['unsafe price', { price: 2 ** 53 }],
    ['zero size', { size: 0 }],
    ['negative size', { size: -1 }],
    ['fractional size', { size: 1.5 }],
    ['NaN size', { size: NaN }],
    ['negative seq', { seq: -1 }],
    ['empty id', { id: '' }],
    ['empty owner', { owner: '' }],
    ['bad side', { side: 'long' }],
    ['bad tif', { timeInForce: 'GTD' }],
    ['bad stp', { stp: 'none' }],
  ])('%s', (_name, patch) => {
    const book = bookWith(sell('s1', 100, 3));
    const before = book.snapshot();
    expect(code(() => book.place({ ...buy('t', 100, 1), ...(patch as object) }))).toBe(OptionsErrors.invalidOrder.code);
    expect(book.snapshot()).toEqual(before);
  });

  test('a duplicate id, an unknown id on cancel', () => {
    const book = bookWith(sell('s1', 100, 3));
    expect(code(() => book.place(buy('s1', 90, 1)))).toBe(OptionsErrors.duplicateOrder.code);
    expect(code(() => book.cancel('nope'))).toBe(OptionsErrors.orderNotFound.code);
    expect(book.cancel('s1')).toMatchObject({ id: 's1', size: 3 });
    expect(code(() => book.cancel('s1'))).toBe(OptionsErrors.orderNotFound.code);
  });

  test('the options errors are registered in codespace options from code 2', () => {
    expect(Object.values(OptionsErrors).map((e) => [e.codespace, e.code])).toEqual(Object.values(OptionsErrors).map((_, i) => ['options', i + 2]));
  });
});
