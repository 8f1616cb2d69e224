import { addressBytes, AppError, GOV_AUTHORITY, validateDenom } from '../../chain/sdk';
import { Dec } from '../../chain/math';
import type { CollateralAsset, Params, PortfolioMarginParams, StandardMarginParams } from '../../proto/gen/settle/margin/v1/types';
import { MarginErrors } from './errors';
import { DEFAULT_RISK_PARAMS, validateRiskParams, type RiskParams } from './risk';

/** The gov module account: the default authority. */
export const DEFAULT_AUTHORITY = GOV_AUTHORITY;

export function defaultParams(): Params {
  return {
    authority: DEFAULT_AUTHORITY,
    maxSubaccountsPerOwner: 128,
    maxPriceAgeSeconds: 0n,
    ...riskParamsToProto(DEFAULT_RISK_PARAMS),
    settlementDenom: 'uusdc',
    marginBuffer: '0.25',
    liquidationThreshold: '1',
  };
}

/** The engine's RiskParams as the Params proto carries them (decimals as strings). */
export function riskParamsToProto(r: RiskParams): { standard: StandardMarginParams; portfolio: PortfolioMarginParams } {
  const s = r.standard;
  const p = r.portfolio;
  return {
    standard: { imBase: s.imBase.toString(), imFloor: s.imFloor.toString(), mm: s.mm.toString(), longOptionHaircut: s.longOptionHaircut.toString() },
    portfolio: {
      spotRange: p.spotRange.toString(),
      spotSteps: p.spotSteps,
      extendedMove: p.extendedMove.toString(),
      extendedLossWeight: p.extendedLossWeight.toString(),
      volUp: p.volUp.toString(),
      volDown: p.volDown.toString(),
      vegaTermSeconds: p.vegaTermSeconds,
      minTermSeconds: p.minTermSeconds,
      vegaPowerShort: p.vegaPowerShort.toString(),
      vegaPowerLong: p.vegaPowerLong.toString(),
      shortOptionContingency: p.shortOptionContingency.toString(),
      deltaContingency: p.deltaContingency.toString(),
      imFactor: p.imFactor.toString(),
      mmFactor: p.mmFactor.toString(),
      longOptionHaircut: p.longOptionHaircut.toString(),
    },
  };
}

/** The engine's RiskParams from Params; throws margin/3 naming the field that does not parse or validate. */
export function riskParams(p: Params): RiskParams {
  if (!p.standard || !p.portfolio) throw MarginErrors.invalidParams.wrap('standard and portfolio margin params are required');
  const dec = (text: string, what: string): Dec => {
    try {
      return Dec.parse(text);
    } catch {
      throw MarginErrors.invalidParams.wrap(`${what} "${text}" is not a decimal`);
    }
  };
  const s = p.standard;
  const q = p.portfolio;
  const r: RiskParams = {
    standard: { imBase: dec(s.imBase, 'standard.im_base'), imFloor: dec(s.imFloor, 'standard.im_floor'), mm: dec(s.mm, 'standard.mm'), longOptionHaircut: dec(s.longOptionHaircut, 'standard.long_option_haircut') },
    portfolio: {
      spotRange: dec(q.spotRange, 'portfolio.spot_range'),
      spotSteps: q.spotSteps,
      extendedMove: dec(q.extendedMove, 'portfolio.extended_move'),
      extendedLossWeight: dec(q.extendedLossWeight, 'portfolio.extended_loss_weight'),
      volUp: dec(q.volUp, 'portfolio.vol_up'),
      volDown: dec(q.volDown, 'portfolio.vol_down'),
      vegaTermSeconds: q.vegaTermSeconds,
      minTermSeconds: q.minTermSeconds,
      vegaPowerShort: dec(q.vegaPowerShort, 'portfolio.vega_power_short'),
      vegaPowerLong: dec(q.vegaPowerLong, 'portfolio.vega_power_long'),
      shortOptionContingency: dec(q.shortOptionContingency, 'portfolio.short_option_contingency'),
      deltaContingency: dec(q.deltaContingency, 'portfolio.delta_contingency'),
      imFactor: dec(q.imFactor, 'portfolio.im_factor'),
      mmFactor: dec(q.mmFactor, 'portfolio.mm_factor'),
      longOptionHaircut: dec(q.longOptionHaircut, 'portfolio.long_option_haircut'),
    },
  };
  validateRiskParams(r);
  return r;
}

/** USDC with no haircut: the devnet's collateral (BTC and ETH join once they arrive over IBC or a bridge). */
export function defaultAssets(): CollateralAsset[] {
  return [{ denom: 'uusdc', haircut: '0', oracleMarket: '', decimals: 6, depositCap: '0', enabled: true }];
}

export function validateParams(p: Params): void {
  try {
    addressBytes(p.authority);
  } catch (err) {
    throw MarginErrors.invalidParams.wrap(`authority: ${(err as AppError).message}`);
  }
  if (!Number.isInteger(p.maxSubaccountsPerOwner) || p.maxSubaccountsPerOwner < 1 || p.maxSubaccountsPerOwner > 65_536) {
    throw MarginErrors.invalidParams.wrap(`max_subaccounts_per_owner must be 1..65536, got ${p.maxSubaccountsPerOwner}`);
  }
  if (p.maxPriceAgeSeconds < 0n || p.maxPriceAgeSeconds > 86_400n) throw MarginErrors.invalidParams.wrap(`max_price_age_seconds must be 0..86400, got ${p.maxPriceAgeSeconds}`);
  riskParams(p);
  try {
    validateDenom(p.settlementDenom);
  } catch (err) {
    throw MarginErrors.invalidParams.wrap(`settlement_denom: ${(err as AppError).message}`);
  }
  healthLevels(p);
}

/** The margin-call buffer and the liquidation threshold (margin/3 when out of range). */
export function healthLevels(p: Params): { marginBuffer: Dec; liquidationThreshold: Dec } {
  const parse = (text: string, what: string): Dec => {
    try {
      return Dec.parse(text);
    } catch {
      throw MarginErrors.invalidParams.wrap(`${what} "${text}" is not a decimal`);
    }
  };
  const marginBuffer = parse(p.marginBuffer, 'margin_buffer');
  const liquidationThreshold = parse(p.liquidationThreshold, 'liquidation_threshold');
  if (marginBuffer.isNegative() || marginBuffer.gt(Dec.fromInt(10n))) throw MarginErrors.invalidParams.wrap(`margin_buffer must be in [0, 10], got ${p.marginBuffer}`);
  if (!liquidationThreshold.isPositive() || liquidationThreshold.gt(Dec.ONE)) {
    throw MarginErrors.invalidParams.wrap(`liquidation_threshold must be in (0, 1], got ${p.liquidationThreshold}`);
  }
  return { marginBuffer, liquidationThreshold };
}

/**
 * The settlement asset must be listed and be the quote itself (no oracle market: valued at 1), so that
 * premiums and settlement amounts need no price.
 */
export function validateSettlementAsset(p: Params, asset: CollateralAsset | undefined): void {
  if (!asset) throw MarginErrors.invalidParams.wrap(`settlement_denom ${p.settlementDenom} is not a listed collateral asset`);
  if (asset.oracleMarket !== '') throw MarginErrors.invalidParams.wrap(`settlement_denom ${p.settlementDenom} must be the quote asset (no oracle market), not priced by ${asset.oracleMarket}`);
}

const MARKET = /^[A-Z0-9]{1,16}\/[A-Z0-9]{1,16}$/;

/** A listed asset's haircut (the share of its value that does not count) as a Dec in [0, 1). */
export function parseHaircut(text: string): Dec {
  let h: Dec;
  try {
    h = Dec.parse(text);
  } catch {
    throw MarginErrors.invalidParams.wrap(`haircut "${text}" is not a decimal`);
  }
  if (h.isNegative() || h.gte(Dec.ONE)) throw MarginErrors.invalidParams.wrap(`haircut must be in [0, 1), got ${text}`);
  return h;
}

/** A non-negative decimal integer (base units). */
export function parseUint(text: string, what: string): bigint {
  if (!/^(0|[1-9][0-9]{0,76})$/.test(text)) throw MarginErrors.invalidParams.wrap(`${what} must be a non-negative decimal integer, got "${text}"`);
  return BigInt(text);
}

export function validateAsset(a: CollateralAsset): void {
  try {
    validateDenom(a.denom);
  } catch (err) {
    throw MarginErrors.invalidParams.wrap(`denom: ${(err as AppError).message}`);
  }
  parseHaircut(a.haircut);
  if (a.oracleMarket !== '' && !MARKET.test(a.oracleMarket)) throw MarginErrors.invalidParams.wrap(`${a.denom}: oracle_market "${a.oracleMarket}" must look like BTC/USD`);
  if (!Number.isInteger(a.decimals) || a.decimals < 0 || a.decimals > 18) throw MarginErrors.invalidParams.wrap(`${a.denom}: decimals must be 0..18, got ${a.decimals}`);
  parseUint(a.depositCap, `${a.denom}: deposit_cap`);
}
