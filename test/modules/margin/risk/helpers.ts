// Independent Dec computations the portfolio tests compare the engine with.
import { black76Price, Dec } from '../../../../chain/math';
import { forwardAt, markInstrument, scenarioGrid, volShock, type Instrument, type MarketData, type Position, type RiskParams } from '../../../../modules/margin/risk';

/**
 * The book's maximum loss at expiry, exactly in Dec: Σ size·mark − Σ_expiry min over S of the expiry's
 * payoff, the minimum taken at S = 0 and at every strike (the payoff is piecewise linear between them).
 * null when an expiry is net short calls (unbounded).
 */
export function maxLossAtExpiry(positions: Position[], instruments: Map<string, Instrument>, m: MarketData): Dec | null {
  let value = Dec.ZERO;
  const byExpiry = new Map<bigint, { ins: Instrument; size: bigint }[]>();
  for (const p of positions) {
    const ins = instruments.get(p.instrumentId)!;
    value = value.add(markInstrument(ins, m).mark.mulInt(p.size));
    const list = byExpiry.get(ins.expirySeconds) ?? [];
    list.push({ ins, size: p.size });
    byExpiry.set(ins.expirySeconds, list);
  }
  let minSum = Dec.ZERO;
  for (const legs of byExpiry.values()) {
    let calls = Dec.ZERO;
    for (const l of legs) if (l.ins.kind === 'call') calls = calls.add(l.ins.contractSize.mulInt(l.size));
    if (calls.isNegative()) return null;
    const payoff = (s: Dec) => {
      let t = Dec.ZERO;
      for (const l of legs) {
        const intrinsic = l.ins.kind === 'call' ? s.sub(l.ins.strike) : l.ins.strike.sub(s);
        if (intrinsic.isPositive()) t = t.add(intrinsic.mul(l.ins.contractSize, 'half-even').mulInt(l.size));
      }
      return t;
    };
    let min = payoff(Dec.ZERO);
    for (const l of legs) min = Dec.min(min, payoff(l.ins.strike));
    minSum = minSum.add(min);
  }
  return value.sub(minSum);
}

/** The book's weighted P&L in every scenario, revalued directly (Black-76 per position), in Dec. */
export function directScenarioPnl(positions: Position[], instruments: Map<string, Instrument>, m: MarketData, params: RiskParams): Dec[] {
  const grid = scenarioGrid(params.portfolio);
  return grid.scenarios.map((sc) => {
    let pnl = Dec.ZERO;
    for (const p of positions) {
      const ins = instruments.get(p.instrumentId)!;
      const mk = markInstrument(ins, m);
      const shock = volShock(ins.expirySeconds - m.nowSeconds, params.portfolio);
      const vol = mk.expired ? Dec.ZERO : sc.vol === 'up' ? mk.vol.mul(shock.up, 'half-even') : sc.vol === 'down' ? mk.vol.mul(shock.down, 'half-even') : mk.vol;
      const forward = forwardAt(m, ins.expirySeconds).mul(Dec.ONE.add(sc.move), 'half-even');
      const v = black76Price({ kind: ins.kind, forward, strike: ins.strike, time: mk.time, vol, rate: Dec.ZERO }).mul(ins.contractSize, 'half-even');
      pnl = pnl.add(v.sub(mk.mark).mulInt(p.size));
    }
    return pnl.mul(sc.weight, 'half-even');
  });
}

export const num = (x: Dec): number => Number(x.toString());
