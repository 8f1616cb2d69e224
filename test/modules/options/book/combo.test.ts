// Multi-leg combos: a dry run that changes nothing, then all legs or none.
import { AppError } from '../../../../chain/sdk';
import { OptionsErrors } from '../../../../modules/options/errors';
import { applyCombo, comboError, fillCombo, OrderBook, planCombo, type ComboOrder } from '../../../../modules/options/book';
import { buy, sell } from './helpers';

/** A call spread: buy the 60000 call, sell the 62000 call. */
function books() {
  const c60 = new OrderBook('BTC-60000-C');
  const c62 = new OrderBook('BTC-62000-C');
  const p58 = new OrderBook('BTC-58000-P');
  c60.place(sell('a1', 500, 3, { owner: 'mm/0' }));
  c60.place(sell('a2', 510, 5, { owner: 'mm/1' }));
  c62.place(buy('b1', 300, 2, { owner: 'mm/0' }));
  c62.place(buy('b2', 290, 10, { owner: 'mm/1' }));
  p58.place(sell('p1', 100, 4, { owner: 'mm/0' }));
  return { c60, c62, p58 };
}
const snaps = (...bs: OrderBook[]) => bs.map((b) => b.snapshot());

function spread(b: ReturnType<typeof books>, quantity: number, limitPrice: number, owner = 'trader/0'): ComboOrder {
  return { id: 'combo1', owner, quantity, limitPrice, legs: [{ book: b.c60, side: 'buy', ratio: 1 }, { book: b.c62, side: 'sell', ratio: 1 }] };
}

describe('combos', () => {
  test('the dry run changes nothing and shows per-leg fills and the net', () => {
    const b = books();
    const before = snaps(b.c60, b.c62);
    const plan = planCombo(spread(b, 4, 220));
    // buy 4 of c60: 3 @500 + 1 @510 = 2010; sell 4 of c62: 2 @300 + 2 @290 = 1180; net 830 ≤ 4 × 220 = 880
    expect(plan.ok).toBe(true);
    expect(plan.netCost).toBe(830n);
    expect(plan.legs.map((l) => l.steps.map((s) => `${s.kind} ${s.makerId} ${s.price}x${s.size}`))).toEqual([
      ['fill a1 500x3', 'fill a2 510x1'],
      ['fill b1 300x2', 'fill b2 290x2'],
    ]);
    expect(snaps(b.c60, b.c62)).toEqual(before);
  });

  test('fills every leg when the net is at or better than the limit', () => {
    const b = books();
    const r = fillCombo(spread(b, 4, 208)); // 830 ≤ 832
    expect(r.status).toBe('filled');
    expect(r.netCost).toBe(830n);
    expect(r.legs.map((l) => [l.instrument, l.side, l.size, l.fills.map((f) => `${f.makerId}->${f.takerId} ${f.price}x${f.size}`)])).toEqual([
      ['BTC-60000-C', 'buy', 4, ['a1->combo1 500x3', 'a2->combo1 510x1']],
      ['BTC-62000-C', 'sell', 4, ['b1->combo1 300x2', 'b2->combo1 290x2']],
    ]);
    expect([b.c60.bestAsk(), b.c60.depth(1).asks[0].size, b.c62.bestBid(), b.c62.depth(1).bids[0].size]).toEqual([510, 4, 290, 8]);
  });

  test('a net worse than the limit: nothing changes', () => {
    const b = books();
    const before = snaps(b.c60, b.c62);
    const r = fillCombo(spread(b, 4, 207)); // 830 > 828
    expect(r).toEqual({ status: 'rejected', reason: 'limit', legs: [], netCost: 830n });
    expect(snaps(b.c60, b.c62)).toEqual(before);
    expect(comboError('limit')).toBe(OptionsErrors.comboNotFilled);
  });

  test('one leg short of liquidity: nothing changes on any leg, even when the other legs could fill', () => {
    const b = books();
    const before = snaps(b.c60, b.c62, b.p58);
    const order: ComboOrder = {
      id: 'c', owner: 'trader/0', quantity: 2, limitPrice: 1_000_000,
      legs: [{ book: b.c60, side: 'buy', ratio: 1 }, { book: b.c62, side: 'sell', ratio: 1 }, { book: b.p58, side: 'buy', ratio: 3 }], // p58 has 4, needs 6
    };
    const r = fillCombo(order);
    expect(r).toMatchObject({ status: 'rejected', reason: 'liquidity', legs: [] });
    expect(snaps(b.c60, b.c62, b.p58)).toEqual(before);
    expect(() => applyCombo(planCombo(order))).toThrow(AppError);
    expect(snaps(b.c60, b.c62, b.p58)).toEqual(before);
  });

  test('ratios scale the leg sizes; a credit limit is negative', () => {
    const b = books();
    // sell 2 × c62 per unit, buy 1 × p58: per unit 100 − 2·300 = −500 (a credit of 500)
    const order: ComboOrder = { id: 'r', owner: 'x/0', quantity: 1, limitPrice: -500, legs: [{ book: b.c62, side: 'sell', ratio: 2 }, { book: b.p58, side: 'buy', ratio: 1 }] };
    const r = fillCombo(order);
    expect(r.status).toBe('filled');
    expect(r.netCost).toBe(-500n);
    expect(fillCombo({ ...order, id: 'r2', limitPrice: -481 })).toMatchObject({ status: 'rejected', reason: 'limit', netCost: -480n }); // now 100 − 290·2
  });

  test("the owner's own resting orders are passed over, and removed only when the combo fills", () => {
    const b = books();
    const own = spread(b, 1, 1000, 'mm/0'); // mm/0 owns a1 and b1
    const plan = planCombo(own);
    expect(plan.legs.map((l) => l.steps.map((s) => `${s.kind} ${s.makerId}`))).toEqual([['self-trade a1', 'fill a2'], ['self-trade b1', 'fill b2']]);
    expect(b.c60.has('a1')).toBe(true);
    const r = applyCombo(plan);
    expect(r.legs.map((l) => l.makerCancels.map((c) => `${c.id} ${c.reason}`))).toEqual([['a1 self-trade'], ['b1 self-trade']]);
    expect([b.c60.has('a1'), b.c62.has('b1')]).toEqual([false, false]);
  });

  test('the maker check is asked in the dry run; a plan is stale once a leg book changes', () => {
    const b = books();
    const asked: string[] = [];
    const plan = planCombo(spread(b, 1, 1000), (m) => (asked.push(m.id), m.id !== 'a1'));
    expect(asked).toEqual(['a1', 'a2', 'b1']);
    expect(plan.legs[0].steps.map((s) => s.kind)).toEqual(['maker-check', 'fill']);
    b.c62.place(buy('late', 1, 1));
    const before = snaps(b.c60, b.c62);
    let code = 0;
    try {
      applyCombo(plan);
    } catch (e) {
      code = (e as AppError).code;
    }
    expect(code).toBe(OptionsErrors.stalePlan.code);
    expect(snaps(b.c60, b.c62)).toEqual(before);
  });

  test('invalid combos throw invalidCombo', () => {
    const b = books();
    const base = spread(b, 1, 0);
    const bad: Partial<ComboOrder>[] = [
      { legs: [base.legs[0]] },
      { legs: [...base.legs, { book: b.p58, side: 'buy', ratio: 1 }, { book: new OrderBook('a'), side: 'buy', ratio: 1 }, { book: new OrderBook('b'), side: 'buy', ratio: 1 }] },
      { legs: [base.legs[0], { ...base.legs[1], book: b.c60 }] },
      { legs: [base.legs[0], { ...base.legs[1], ratio: 0 }] },
      { quantity: 0 },
      { quantity: 2 ** 53 },
      { limitPrice: 0.5 },
      { owner: '' },
    ];
    for (const patch of bad) {
      let code = 0;
      try {
        planCombo({ ...base, ...patch });
      } catch (e) {
        code = (e as AppError).code;
      }
      expect([patch, code]).toEqual([patch, OptionsErrors.invalidCombo.code]);
    }
  });
});
