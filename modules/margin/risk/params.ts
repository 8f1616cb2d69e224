// Every factor of the risk engine is a parameter; defaults and their sources are documented here.
import { Dec } from '../../../chain/math';
import { MarginErrors } from '../errors';

/** Per-position ("standard") margin: Deribit's option margin formulas, per contract. */
export interface StandardParams {
  /** IM of a short option: mark + max(imBase − OTM/spot, imFloor) · (spot for calls, strike for puts). */
  imBase: Dec;
  imFloor: Dec;
  /** MM of a short option: mark + mm · (spot for calls, strike for puts). */
  mm: Dec;
  /** A long option has no requirement and counts as equity at (1 − haircut) · mark. */
  longOptionHaircut: Dec;
}

/** Portfolio margin: a scenario grid of spot and vol shocks per underlying. */
export interface PortfolioParams {
  /** Spot (forward) moves −spotRange … +spotRange in `spotSteps` equal steps (spotSteps even, so 0 is a move). */
  spotRange: Dec;
  spotSteps: number;
  /** Extended moves ±extendedMove, whose loss counts × extendedLossWeight (Deribit's "extended" table). */
  extendedMove: Dec;
  extendedLossWeight: Dec;
  /** Vol shocks: σ·(1 + volUp·mult) and σ·(1 − volDown·mult) (floored at 0). */
  volUp: Dec;
  volDown: Dec;
  /** mult = (vegaTermSeconds / max(T, minTermSeconds))^p, p = vegaPowerShort when T < vegaTermSeconds, else vegaPowerLong. */
  vegaTermSeconds: bigint;
  minTermSeconds: bigint;
  vegaPowerShort: Dec;
  vegaPowerLong: Dec;
  /** Contingency per net short option contract-unit of the underlying: rate · spot. */
  shortOptionContingency: Dec;
  /** Contingency per unit of |net delta| of the underlying: rate · spot. */
  deltaContingency: Dec;
  /** IM = min(imFactor · (worst loss + contingencies), max loss); MM the same with mmFactor. */
  imFactor: Dec;
  mmFactor: Dec;
  /** Equity haircut of long options in portfolio mode (the grid already prices their risk). */
  longOptionHaircut: Dec;
}

export interface RiskParams {
  standard: StandardParams;
  portfolio: PortfolioParams;
}

const d = (s: string): Dec => Dec.parse(s);
const DAY = 86_400n;

/**
 * Defaults.
 * - standard: Deribit's option margin (IM = max(0.15 − OTM/underlying, 0.10) + mark, MM = 0.075 + mark,
 *   per unit of underlying; settle states puts against the strike, the exposure of a short put). The long
 *   haircut 0.5 is settle's choice: a long option is the least liquid collateral (a liquidator sells it at
 *   the bid, which for wings is often half the mark or less), and standard margin recognises no spread, so
 *   half the long's value is what the short side of a spread may lean on.
 * - portfolio: Deribit's portfolio margin for BTC/ETH options: ±15% in 2.5% steps, vol range up 45% / down
 *   30% scaled by (30d / T)^0.30 under 30 days and ^0.13 beyond (T floored at 1 day), the ±33% extended
 *   moves counted at a third of their loss (0.33), contingencies 1% of spot per net short option and 0.5%
 *   of spot per unit of net delta, maintenance at 80% of initial. Long options count at full mark
 *   (haircut 0): every scenario already revalues them.
 */
export const DEFAULT_RISK_PARAMS: RiskParams = {
  standard: { imBase: d('0.15'), imFloor: d('0.1'), mm: d('0.075'), longOptionHaircut: d('0.5') },
  portfolio: {
    spotRange: d('0.15'),
    spotSteps: 12,
    extendedMove: d('0.33'),
    extendedLossWeight: d('0.33'),
    volUp: d('0.45'),
    volDown: d('0.3'),
    vegaTermSeconds: 30n * DAY,
    minTermSeconds: DAY,
    vegaPowerShort: d('0.3'),
    vegaPowerLong: d('0.13'),
    shortOptionContingency: d('0.01'),
    deltaContingency: d('0.005'),
    imFactor: d('1'),
    mmFactor: d('0.8'),
    longOptionHaircut: d('0'),
  },
};

function bad(message: string): never {
  throw MarginErrors.invalidParams.wrap(message);
}

function fraction(name: string, v: Dec, opts: { positive?: boolean; belowOne?: boolean } = {}): void {
  if (!(v instanceof Dec)) bad(`${name} must be a decimal`);
  if (v.isNegative() || (opts.positive && v.isZero())) bad(`${name} must be ${opts.positive ? '> 0' : '>= 0'}: ${v}`);
  if (opts.belowOne ? v.gte(Dec.ONE) : v.gt(Dec.ONE)) bad(`${name} must be ${opts.belowOne ? '< 1' : '<= 1'}: ${v}`);
}

/** Throws MarginErrors.invalidParams naming the first parameter out of range. */
export function validateRiskParams(p: RiskParams): void {
  const s = p.standard;
  fraction('standard.imBase', s.imBase, { positive: true });
  fraction('standard.imFloor', s.imFloor, { positive: true });
  fraction('standard.mm', s.mm, { positive: true });
  fraction('standard.longOptionHaircut', s.longOptionHaircut);
  if (s.imFloor.gt(s.imBase)) bad(`standard.imFloor ${s.imFloor} must not exceed standard.imBase ${s.imBase}`);
  // IM >= MM for every position: the IM add-on is at least imFloor of the same base as MM's
  if (s.mm.gt(s.imFloor)) bad(`standard.mm ${s.mm} must not exceed standard.imFloor ${s.imFloor}`);

  const q = p.portfolio;
  fraction('portfolio.spotRange', q.spotRange, { positive: true, belowOne: true });
  if (!Number.isSafeInteger(q.spotSteps) || q.spotSteps < 2 || q.spotSteps > 100 || q.spotSteps % 2 !== 0) {
    bad(`portfolio.spotSteps must be an even integer in [2, 100]: ${q.spotSteps}`);
  }
  fraction('portfolio.extendedMove', q.extendedMove, { positive: true, belowOne: true });
  if (!q.extendedMove.gt(q.spotRange)) bad(`portfolio.extendedMove ${q.extendedMove} must exceed portfolio.spotRange ${q.spotRange}`);
  fraction('portfolio.extendedLossWeight', q.extendedLossWeight);
  if (q.volUp.isNegative() || q.volUp.gt(Dec.fromInt(10))) bad(`portfolio.volUp must be in [0, 10]: ${q.volUp}`);
  fraction('portfolio.volDown', q.volDown);
  if (typeof q.vegaTermSeconds !== 'bigint' || q.vegaTermSeconds <= 0n) bad(`portfolio.vegaTermSeconds must be > 0`);
  if (typeof q.minTermSeconds !== 'bigint' || q.minTermSeconds <= 0n || q.minTermSeconds > q.vegaTermSeconds) {
    bad(`portfolio.minTermSeconds must be in (0, vegaTermSeconds]`);
  }
  fraction('portfolio.vegaPowerShort', q.vegaPowerShort);
  fraction('portfolio.vegaPowerLong', q.vegaPowerLong);
  fraction('portfolio.shortOptionContingency', q.shortOptionContingency);
  fraction('portfolio.deltaContingency', q.deltaContingency);
  if (!q.mmFactor.isPositive() || q.mmFactor.gt(q.imFactor)) bad(`portfolio.mmFactor must be in (0, imFactor]: ${q.mmFactor}`);
  if (q.imFactor.gt(Dec.fromInt(10))) bad(`portfolio.imFactor must be <= 10: ${q.imFactor}`);
  fraction('portfolio.longOptionHaircut', q.longOptionHaircut);
}
