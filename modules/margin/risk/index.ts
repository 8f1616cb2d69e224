// The margin module's risk engine: pure, deterministic functions over plain inputs (no store access).
// Dec everywhere it is stored or compared, rounded against the account; doubles only inside the
// per-account dot product, through exactly specified IEEE operations in a fixed order (see portfolio.ts).
//
//   markInstrument          Black-76 mark and Greeks of one contract (SVI vol, forward, T in years)
//   standardPerContract     per-position margin (Deribit's formulas) per contract
//   instrumentScenarioValues the value per contract in every scenario of the portfolio grid
//   instrumentRisk / buildRiskCache   all of the above per instrument, once per oracle update
//   portfolioUnderlyings / portfolioMargin   the per-account step: dot products, contingencies, max-loss cap
//   health / canTakeRisk    an account's equity, IM, MM and per-position marks and Greeks
//   buildRiskTable / revalue   the batch path: portfolioMargin of every account over flat arrays, same bits
export type { CollateralBalance, Instrument, MarketData, OptionKind, Position } from './types';
export { DEFAULT_RISK_PARAMS, validateRiskParams } from './params';
export type { PortfolioParams, RiskParams, StandardParams } from './params';
export { asMarkError, forwardAt, marketData, requireFreshPrice, secondsToExpiry, volAt, YEAR_SECONDS, yearsToExpiry } from './market';
export { checkInstrument, markInstrument } from './marks';
export type { InstrumentMark } from './marks';
export { standardPerContract, standardPosition } from './standard';
export type { StandardPerContract } from './standard';
export { instrumentScenarioValues, portfolioMargin, portfolioUnderlyings, scenarioGrid, sumUp, toDecUp, volShock } from './portfolio';
export type { InstrumentScenarios, PortfolioLeg, Scenario, ScenarioGrid, UnderlyingMargin, VolShift, VolShock, VolShockCache } from './portfolio';
export { buildRiskCache, instrumentRisk } from './cache';
export type { InstrumentRisk } from './cache';
export { buildRiskTable } from './table';
export type { RiskTable } from './table';
export { revalue, revalueMm } from './revalue';
export type { MmRevaluation, PositionBook, Revaluation } from './revalue';
export { belowMaintenance, canTakeRisk, collateralValue, equityAndMm, health } from './health';
export type { Health, HealthInput, MarginMode, PositionHealth, UnderlyingHealth } from './health';
