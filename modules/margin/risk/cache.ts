// Everything the engine knows about one instrument after an oracle update: mark and Greeks, the standard
// per-contract requirements, and the portfolio scenario vector. Built once per instrument per update and
// shared by every account (health() builds it on the fly when not given).
import { Dec } from '../../../chain/math';
import { MarginErrors } from '../errors';
import { markInstrument } from './marks';
import type { RiskParams } from './params';
import { instrumentScenarioValues, type InstrumentScenarios, type VolShockCache } from './portfolio';
import { standardPerContract, type StandardPerContract } from './standard';
import type { Instrument, MarketData } from './types';

export interface InstrumentRisk extends InstrumentScenarios {
  standard: StandardPerContract;
  /** Equity of one long contract in portfolio mode: (1 − portfolio haircut) · mark, rounded down. */
  portfolioLongEquity: Dec;
}

export function instrumentRisk(instrument: Instrument, market: MarketData, params: RiskParams, shocks: VolShockCache = new Map()): InstrumentRisk {
  const mark = markInstrument(instrument, market);
  const scenarios = instrumentScenarioValues(instrument, market, params, shocks, mark);
  return {
    ...scenarios,
    standard: standardPerContract(instrument, mark, market.spot, params.standard),
    portfolioLongEquity: mark.markDown.mul(Dec.ONE.sub(params.portfolio.longOptionHaircut), 'down'),
  };
}

/**
 * The risk of every instrument, keyed by id, with one vol-shock memo per underlying. Throws (staleMarketData,
 * invalidMarkInput) on the first instrument that cannot be marked: build one cache per underlying to keep the
 * others usable while one market is stale.
 */
export function buildRiskCache(instruments: Iterable<Instrument>, markets: ReadonlyMap<string, MarketData>, params: RiskParams): Map<string, InstrumentRisk> {
  const out = new Map<string, InstrumentRisk>();
  const shocks = new Map<string, VolShockCache>();
  for (const ins of instruments) {
    const market = markets.get(ins.underlying);
    if (!market) throw MarginErrors.staleMarketData.wrap(`no market data for ${ins.underlying}`);
    let memo = shocks.get(ins.underlying);
    if (!memo) shocks.set(ins.underlying, (memo = new Map()));
    out.set(ins.id, instrumentRisk(ins, market, params, memo));
  }
  // the scenario vectors side by side in one buffer: the per-account step reads them from cache, not from
  // wherever the heap put each one (same values, same bits)
  const risks = [...out.values()];
  const S = risks.length > 0 ? risks[0].pnl.length : 0;
  const slab = new Float64Array(risks.length * S);
  risks.forEach((r, i) => {
    slab.set(r.pnl, i * S);
    r.pnl = slab.subarray(i * S, (i + 1) * S);
  });
  return out;
}
