// Position accounting as a property: whatever the sequence of fills, realised PnL + cost basis always
// equals the net premium received (nothing created or lost by rounding), and a position that ends flat
// has realised exactly the cash it made.
import { applyFill, fillCash, FLAT, type PositionState } from '../../../modules/margin/positions';

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

describe('applyFill', () => {
  it('conserves: realised PnL − cost basis = net premium received, for 2,000 random sequences', () => {
    for (let seed = 1; seed <= 2_000; seed++) {
      const rand = prng(seed);
      let p: PositionState = FLAT;
      let cash = 0n;
      let fees = 0n;
      for (let i = 0; i < 1 + Math.floor(rand() * 12); i++) {
        const size = BigInt(Math.floor(rand() * 41) - 20) || 1n;
        const price = BigInt(Math.floor(rand() * 1_000_003));
        const fee = BigInt(Math.floor(rand() * 7));
        p = applyFill(p, size, price, fee);
        cash += fillCash(size, price, fee);
        fees += fee;
        expect(p.realizedPnl - p.costBasis).toBe(cash + fees);
        expect(p.feesPaid).toBe(fees);
        // an open position's basis has the position's sign (long paid, short received) or is zero
        if (p.size > 0n) expect(p.costBasis >= 0n).toBe(true);
        if (p.size < 0n) expect(p.costBasis <= 0n).toBe(true);
      }
      if (p.size !== 0n) {
        const closeAt = BigInt(Math.floor(rand() * 1_000_000));
        cash += fillCash(-p.size, closeAt, 0n);
        p = applyFill(p, -p.size, closeAt, 0n);
      }
      expect(p.size).toBe(0n);
      expect(p.costBasis).toBe(0n);
      expect(p.realizedPnl).toBe(cash + fees); // flat: everything the trades made (fees apart) is realised
    }
  });

  it('worked example: long 10 @ 150, sell 4 @ 200, sell 9 @ 100', () => {
    let p = applyFill(FLAT, 10n, 150n, 0n);
    p = applyFill(p, -4n, 200n, 0n);
    expect(p).toEqual({ size: 6n, costBasis: 900n, realizedPnl: 200n, feesPaid: 0n });
    p = applyFill(p, -9n, 100n, 2n);
    expect(p).toEqual({ size: -3n, costBasis: -300n, realizedPnl: -100n, feesPaid: 2n });
  });
});
