// Self-trade prevention, reduce-only, and the pre-fill maker check.
import { AppError } from '../../../../chain/sdk';
import { OptionsErrors } from '../../../../modules/options/errors';
import { placeError, type RestingOrder } from '../../../../modules/options/book';
import { bookWith, buy, fills, sell, view } from './helpers';

// a/0 rests 2 @100 (own), b/0 rests 3 @100 behind it, c/0 3 @101
const book3 = () => bookWith(sell('own', 100, 2, { owner: 't/0' }), sell('other', 100, 3, { owner: 'b/0' }), sell('far', 101, 3, { owner: 'c/0' }));

describe('self-trade prevention (owner key equality is self)', () => {
  test('cancel-maker (the default): the own resting order is removed and matching goes on', () => {
    const book = book3();
    const r = book.place(buy('t', 101, 4, { owner: 't/0' }));
    expect(r.makerCancels).toEqual([{ id: 'own', owner: 't/0', size: 2, remaining: 0, reason: 'self-trade' }]);
    expect(fills(r)).toEqual(['other->t 100x3 (0)', 'far->t 101x1 (2)']);
    expect(r).toMatchObject({ status: 'filled', reason: undefined, filledSize: 4 });
    expect(view(book).asks).toEqual(['far@101x2']);
  });

  test('a subaccount of the same address is not self', () => {
    const book = book3();
    const r = book.place(buy('t', 100, 1, { owner: 't/1' }));
    expect(fills(r)).toEqual(['own->t 100x1 (1)']);
  });

  test('cancel-taker: matching stops at the own order; the rest of the taker is cancelled, even GTC', () => {
    const book = bookWith(sell('other0', 99, 1, { owner: 'b/0' }), sell('own', 100, 2, { owner: 't/0' }), sell('other', 100, 3, { owner: 'b/0' }));
    const r = book.place(buy('t', 101, 4, { owner: 't/0', stp: 'cancel-taker' }));
    expect(fills(r)).toEqual(['other0->t 99x1 (0)']);
    expect(r).toMatchObject({ status: 'cancelled', reason: 'self-trade', makerCancels: [], filledSize: 1, restedSize: 0, cancelledSize: 3 });
    expect(view(book).asks).toEqual(['own@100x2', 'other@100x3']);
    expect(placeError('self-trade')).toBe(OptionsErrors.selfTrade);
  });

  test('decrement-both: both lose the overlap without trading; the larger one goes on', () => {
    const book = book3();
    const r = book.place(buy('t', 101, 4, { owner: 't/0', stp: 'decrement-both' }));
    expect(r.makerCancels).toEqual([{ id: 'own', owner: 't/0', size: 2, remaining: 0, reason: 'self-trade' }]);
    expect(fills(r)).toEqual(['other->t 100x2 (1)']);
    expect(r).toMatchObject({ status: 'cancelled', reason: 'self-trade', filledSize: 2, cancelledSize: 2 });

    const book2 = book3();
    const small = book2.place(buy('t', 101, 1, { owner: 't/0', stp: 'decrement-both' }));
    expect(small.makerCancels).toEqual([{ id: 'own', owner: 't/0', size: 1, remaining: 1, reason: 'self-trade' }]);
    expect(small).toMatchObject({ status: 'cancelled', reason: 'self-trade', fills: [], filledSize: 0, cancelledSize: 1 });
    expect(view(book2).asks).toEqual(['own@100x1', 'other@100x3', 'far@101x3']);
  });

  test('decrement-both with a remainder that rests', () => {
    const book = bookWith(sell('own', 100, 2, { owner: 't/0' }));
    const r = book.place(buy('t', 100, 5, { owner: 't/0', stp: 'decrement-both' }));
    expect(r).toMatchObject({ status: 'rested', reason: 'self-trade', filledSize: 0, restedSize: 3, cancelledSize: 2 });
    expect(view(book)).toEqual({ bids: ['t@100x3'], asks: [] });
  });
});

describe('reduce-only', () => {
  test('fills are capped at the limit and the excess is cancelled, not rested', () => {
    const book = book3();
    const r = book.place(buy('t', 101, 10, { owner: 'r/0', reduceOnly: true }), { reduceOnlyLimit: 4 });
    expect(fills(r)).toEqual(['own->t 100x2 (0)', 'other->t 100x2 (1)']);
    expect(r).toMatchObject({ status: 'cancelled', reason: 'reduce-only', filledSize: 4, restedSize: 0, cancelledSize: 6 });
    expect(placeError('reduce-only')).toBe(OptionsErrors.reduceOnlyViolation);
  });

  test('what is within the limit and does not fill rests (reduce-only, capped)', () => {
    const book = bookWith(sell('s', 100, 1, { owner: 'b/0' }));
    const r = book.place(buy('t', 100, 10, { owner: 'r/0', reduceOnly: true }), { reduceOnlyLimit: 3 });
    expect(r).toMatchObject({ status: 'rested', reason: 'reduce-only', filledSize: 1, restedSize: 2, cancelledSize: 7 });
    expect(book.get('t')).toMatchObject({ size: 2, reduceOnly: true });
  });

  test('a zero limit rejects; FOK over the limit rejects; a missing limit is invalid', () => {
    const book = book3();
    const before = book.snapshot();
    expect(book.place(buy('t', 101, 2, { reduceOnly: true }), { reduceOnlyLimit: 0 })).toMatchObject({ status: 'rejected', reason: 'reduce-only', cancelledSize: 2 });
    expect(book.place(buy('t', 101, 5, { reduceOnly: true, timeInForce: 'FOK' }), { reduceOnlyLimit: 4 })).toMatchObject({ status: 'rejected', reason: 'reduce-only' });
    expect(book.snapshot()).toEqual(before);
    expect(() => book.place(buy('t', 101, 2, { reduceOnly: true }))).toThrow(AppError);
    expect(book.place(buy('t', 101, 5, { owner: 'r/0', reduceOnly: true, timeInForce: 'FOK' }), { reduceOnlyLimit: 5 }).status).toBe('filled');
  });
});

describe('the pre-fill maker check', () => {
  test('a maker that may not trade is removed with reason maker-check and matching goes on', () => {
    const book = book3();
    const asked: [string, number, number][] = [];
    const r = book.place(buy('t', 101, 4, { owner: 'z/0' }), {
      makerCheck: (m: RestingOrder, size, price) => {
        asked.push([m.id, size, price]);
        return m.owner !== 'b/0';
      },
    });
    expect(asked).toEqual([['own', 2, 100], ['other', 2, 100], ['far', 2, 101]]);
    expect(r.makerCancels).toEqual([{ id: 'other', owner: 'b/0', size: 3, remaining: 0, reason: 'maker-check' }]);
    expect(fills(r)).toEqual(['own->t 100x2 (0)', 'far->t 101x2 (1)']);
    expect(view(book).asks).toEqual(['far@101x1']);
    expect(book.invariantViolations()).toEqual([]);
  });

  test('is not asked about own orders or when nothing crosses', () => {
    const book = book3();
    let asked = 0;
    book.place(buy('t', 99, 4, { owner: 't/0' }), { makerCheck: () => (asked++, true) });
    book.place(buy('t2', 100, 1, { owner: 't/0' }), { makerCheck: () => (asked++, true) });
    expect(asked).toBe(1); // 'own' was cancelled (self-trade) unasked, then 'other' asked
  });
});
