// An account's health: equity, IM, MM and per-position marks and Greeks, in standard or portfolio mode.
//   equity = Σ collateral · price · (1 − haircut)  +  Σ position values
// where a short counts at −mark (rounded up in magnitude) and a long at (1 − haircut) · mark (rounded down;
// the standard haircut in standard mode, the portfolio one, 0 by default, in portfolio mode).
import { Dec } from '../../../chain/math';
import { MarginErrors } from '../errors';
import { instrumentRisk, type InstrumentRisk } from './cache';
import { requireFreshPrice } from './market';
import type { RiskParams } from './params';
import { portfolioUnderlyings, sumUp, toDecUp, scenarioGrid, type PortfolioLeg, type VolShockCache } from './portfolio';
import { standardPosition } from './standard';
import type { CollateralBalance, Instrument, MarketData, Position } from './types';

export type MarginMode = 'standard' | 'portfolio';

export interface HealthInput {
  collateral: readonly CollateralBalance[];
  positions: readonly Position[];
  instruments: ReadonlyMap<string, Instrument>;
  /** Market data by underlying. */
  markets: ReadonlyMap<string, MarketData>;
  params: RiskParams;
  mode: MarginMode;
  /** Instrument risk computed after the last oracle update (buildRiskCache); computed here when absent. */
  risk?: ReadonlyMap<string, InstrumentRisk>;
}

export interface PositionHealth {
  id: string;
  size: bigint;
  /** size × mark per contract (the position's value; negative when short). */
  mark: Dec;
  delta: Dec;
  gamma: Dec;
  vega: Dec;
  theta: Dec;
  /** The position's own requirement in standard mode; 0 in portfolio mode (requirements are per underlying). */
  im: Dec;
  mm: Dec;
}

export interface UnderlyingHealth {
  underlying: string;
  worstScenario: string;
  /** Largest weighted scenario loss and the contingencies (rounded up). */
  worstLoss: Dec;
  contingency: Dec;
  /** The book's maximum loss at expiry (rounded up); null when unbounded. */
  maxLoss: Dec | null;
  im: Dec;
  mm: Dec;
}

export interface Health {
  mode: MarginMode;
  equity: Dec;
  collateralValue: Dec;
  im: Dec;
  mm: Dec;
  positions: PositionHealth[];
  /** Portfolio mode: per underlying, by name. */
  underlyings?: UnderlyingHealth[];
  /** Portfolio mode: the worst scenario of the underlying with the largest IM ("BTC/USD: spot +15%, vol up"). */
  worstScenario?: string;
}

/**
 * Collateral value: amount / 10^decimals · price · (1 − haircut), rounded down. A negative balance (a
 * settlement-asset debt left by trades or settlement) counts in full, without haircut, rounded up in
 * magnitude: both roundings are against the account.
 */
export function collateralValue(c: CollateralBalance): Dec {
  if (!Number.isSafeInteger(c.decimals) || c.decimals < 0 || c.decimals > 36) throw MarginErrors.invalidMarkInput.wrap(`collateral ${c.denom}: decimals must be 0..36`);
  if (c.price.isNegative()) throw MarginErrors.invalidMarkInput.wrap(`collateral ${c.denom}: negative price`);
  if (c.haircut.isNegative() || c.haircut.gt(Dec.ONE)) throw MarginErrors.invalidMarkInput.wrap(`collateral ${c.denom}: haircut must be in [0, 1]`);
  const scale = 10n ** BigInt(c.decimals);
  if (c.amount < 0n) return c.price.mulInt(-c.amount).divInt(scale, 'up').neg();
  return c.price.mulInt(c.amount).mul(Dec.ONE.sub(c.haircut), 'down').divInt(scale, 'down');
}

function sortedPositions(positions: readonly Position[]): readonly Position[] {
  let sorted = true;
  for (let i = 1; i < positions.length; i++) if (!(positions[i - 1].instrumentId < positions[i].instrumentId)) sorted = false;
  if (sorted) return positions;
  const copy = [...positions].sort((a, b) => (a.instrumentId < b.instrumentId ? -1 : a.instrumentId > b.instrumentId ? 1 : 0));
  for (let i = 1; i < copy.length; i++) {
    if (copy[i - 1].instrumentId === copy[i].instrumentId) throw MarginErrors.invalidPosition.wrap(`two positions in ${copy[i].instrumentId}`);
  }
  return copy;
}

export function health(input: HealthInput): Health {
  const { params, mode } = input;
  if (mode !== 'standard' && mode !== 'portfolio') throw MarginErrors.invalidMarkInput.wrap(`unknown margin mode ${String(mode)}`);
  let collateral = Dec.ZERO;
  for (const c of input.collateral) collateral = collateral.add(collateralValue(c));

  const positions = sortedPositions(input.positions);
  const shocks = new Map<string, VolShockCache>();
  const fresh = new Set<string>();
  const rows: PositionHealth[] = [];
  const legs: PortfolioLeg[] = [];
  let equity = collateral;
  let im = Dec.ZERO;
  let mm = Dec.ZERO;
  for (const pos of positions) {
    const ins = input.instruments.get(pos.instrumentId);
    if (!ins) throw MarginErrors.unknownInstrument.wrap(`instrument ${pos.instrumentId}`);
    const market = input.markets.get(ins.underlying);
    if (!market) throw MarginErrors.staleMarketData.wrap(`no market data for ${ins.underlying}`);
    if (!fresh.has(ins.underlying)) {
      requireFreshPrice(market);
      fresh.add(ins.underlying);
    }
    let risk = input.risk?.get(ins.id);
    if (!risk) {
      let memo = shocks.get(ins.underlying);
      if (!memo) shocks.set(ins.underlying, (memo = new Map()));
      risk = instrumentRisk(ins, market, params, memo);
    }
    const size = pos.size;
    const m = risk.mark;
    const row: PositionHealth = {
      id: ins.id,
      size,
      mark: m.mark.mulInt(size),
      delta: m.delta.mulInt(size),
      gamma: m.gamma.mulInt(size),
      vega: m.vega.mulInt(size),
      theta: m.theta.mulInt(size),
      im: Dec.ZERO,
      mm: Dec.ZERO,
    };
    if (mode === 'standard') {
      const s = standardPosition(size, risk.standard);
      row.im = s.im;
      row.mm = s.mm;
      im = im.add(s.im);
      mm = mm.add(s.mm);
      equity = equity.add(s.equity);
    } else {
      equity = equity.add(size >= 0n ? risk.portfolioLongEquity.mulInt(size) : risk.standard.shortEquity.mulInt(-size));
      legs.push({ risk, size });
    }
    rows.push(row);
  }
  if (mode === 'standard') return { mode, equity, collateralValue: collateral, im, mm, positions: rows };

  const grid = scenarioGrid(params.portfolio);
  const us = portfolioUnderlyings(legs, params);
  const underlyings: UnderlyingHealth[] = us.map((u) => ({
    underlying: u.underlying,
    worstScenario: grid.scenarios[u.worstIndex].name,
    worstLoss: toDecUp(u.worstLoss)!,
    contingency: toDecUp(u.contingency)!,
    maxLoss: toDecUp(u.maxLoss),
    im: toDecUp(u.im)!,
    mm: toDecUp(u.mm)!,
  }));
  let worst: UnderlyingHealth | undefined;
  for (const u of underlyings) if (!worst || u.im.gt(worst.im)) worst = u;
  return {
    mode,
    equity,
    collateralValue: collateral,
    im: sumUp(us, 'im'),
    mm: sumUp(us, 'mm'),
    positions: rows,
    underlyings,
    worstScenario: worst && (underlyings.length > 1 ? `${worst.underlying}: ${worst.worstScenario}` : worst.worstScenario),
  };
}

/** True when the account may add risk: equity − IM >= 0. */
export function canTakeRisk(h: Pick<Health, 'equity' | 'im'>): boolean {
  return !h.equity.sub(h.im).isNegative();
}

/** True when the account is below maintenance: equity < MM. */
export function belowMaintenance(h: Pick<Health, 'equity' | 'mm'>): boolean {
  return h.equity.lt(h.mm);
}

/**
 * Only equity and MM, as health() computes them (the same exact sums and roundings), for scanning many
 * accounts: no per-position rows, Greeks or IM. Every instrument's risk must be in `risk` (fresh).
 */
export function equityAndMm(input: Required<Pick<HealthInput, 'collateral' | 'positions' | 'params' | 'mode' | 'risk'>> & { portfolioMm?: Dec }): { equity: Dec; mm: Dec } {
  let equity = Dec.ZERO;
  for (const c of input.collateral) equity = equity.add(collateralValue(c));
  let mm = Dec.ZERO;
  const legs: PortfolioLeg[] = [];
  for (const pos of sortedPositions(input.positions)) {
    const risk = input.risk.get(pos.instrumentId);
    if (!risk) throw MarginErrors.staleMarketData.wrap(`no risk for ${pos.instrumentId}`);
    if (input.mode === 'standard') {
      const s = standardPosition(pos.size, risk.standard);
      mm = mm.add(s.mm);
      equity = equity.add(s.equity);
    } else {
      equity = equity.add(pos.size >= 0n ? risk.portfolioLongEquity.mulInt(pos.size) : risk.standard.shortEquity.mulInt(-pos.size));
      if (!input.portfolioMm) legs.push({ risk, size: pos.size });
    }
  }
  // a portfolio MM given by the batch revaluation (bit for bit portfolioMargin's) is not computed again
  if (input.mode === 'portfolio') mm = input.portfolioMm ?? sumUp(portfolioUnderlyings(legs, input.params), 'mm');
  return { equity, mm };
}
