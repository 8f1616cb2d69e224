import { addressBytes, AppError, msgRegistrations, validateDenom, type Context, type MsgRegistration } from '../../chain/sdk';
import {
  MsgDeposit,
  MsgDepositResponse,
  MsgSetCollateralAsset,
  MsgSetCollateralAssetResponse,
  MsgSetMarginMode,
  MsgSetMarginModeResponse,
  MsgTransfer,
  MsgTransferResponse,
  MsgUpdateParams,
  MsgUpdateParamsResponse,
  MsgWithdraw,
  MsgWithdrawResponse,
} from '../../proto/gen/settle/margin/v1/tx';
import { CollateralAsset, Params } from '../../proto/gen/settle/margin/v1/types';
import { MarginErrors } from './errors';
import type { MarginKeeper } from './keeper';
import { validateAsset, validateParams, validateSettlementAsset } from './params';

/** A positive amount of base units, a decimal integer below 2^256. */
export function parseAmount(text: string): bigint {
  if (!/^[1-9][0-9]{0,76}$/.test(text) || BigInt(text) >= 1n << 256n) throw MarginErrors.invalidAmount.wrap(`amount must be a positive decimal integer of base units, got "${text}"`);
  return BigInt(text);
}

function checkDenom(denom: string): void {
  try {
    validateDenom(denom);
  } catch (err) {
    throw MarginErrors.unknownCollateral.wrap((err as AppError).message);
  }
}

function checkNumber(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0 || n > 0xffff_ffff) throw MarginErrors.invalidSubaccount.wrap(`${what} must be a uint32, got ${n}`);
}

function checkAuthority(keeper: MarginKeeper, ctx: Context, authority: string): void {
  const expected = keeper.params(ctx).authority;
  if (authority !== expected) throw MarginErrors.invalidAuthority.wrap(`expected ${expected}, got ${authority}`);
}

export function validateMsgDeposit(m: MsgDeposit): bigint {
  addressBytes(m.owner);
  checkNumber(m.subaccount, 'subaccount');
  checkDenom(m.denom);
  return parseAmount(m.amount);
}

export function validateMsgWithdraw(m: MsgWithdraw): bigint {
  addressBytes(m.owner);
  checkNumber(m.subaccount, 'subaccount');
  checkDenom(m.denom);
  return parseAmount(m.amount);
}

export function validateMsgTransfer(m: MsgTransfer): bigint {
  addressBytes(m.owner);
  checkNumber(m.fromSubaccount, 'from_subaccount');
  checkNumber(m.toSubaccount, 'to_subaccount');
  if (m.fromSubaccount === m.toSubaccount) throw MarginErrors.isolatedTransfer.wrap(`from and to are both subaccount ${m.fromSubaccount}`);
  checkDenom(m.denom);
  return parseAmount(m.amount);
}

export function validateMsgSetMarginMode(m: MsgSetMarginMode): void {
  addressBytes(m.owner);
  checkNumber(m.subaccount, 'subaccount');
}

export function validateMsgSetCollateralAsset(m: MsgSetCollateralAsset): CollateralAsset {
  addressBytes(m.authority);
  if (!m.asset) throw MarginErrors.invalidParams.wrap('asset is required');
  validateAsset(m.asset);
  return m.asset;
}

export function validateMsgUpdateParams(m: MsgUpdateParams): Params {
  addressBytes(m.authority);
  if (!m.params) throw MarginErrors.invalidParams.wrap('params are required');
  validateParams(m.params);
  return m.params;
}

/** One registration: the codec, signer field, checks and handler of a message of this module. */
const registration = msgRegistrations('settle.margin.v1', 'settle/margin');

// Amino JSON as the SDK renders it: field names in snake_case, zero values omitted.
const omitZero = <T>(v: T): T | undefined => (v === 0 || v === '' || v === false ? undefined : v);

export function marginMsgs(keeper: MarginKeeper): MsgRegistration[] {
  return [
    registration('MsgDeposit', MsgDeposit, MsgDepositResponse, (m) => m.owner, validateMsgDeposit, (ctx, m) => {
      keeper.deposit(ctx, { owner: m.owner, number: m.subaccount }, m.denom, validateMsgDeposit(m), m.isolated);
      return {};
    }, (m) => ({ owner: m.owner, subaccount: omitZero(m.subaccount), denom: m.denom, amount: m.amount, isolated: omitZero(m.isolated) })),
    registration('MsgWithdraw', MsgWithdraw, MsgWithdrawResponse, (m) => m.owner, validateMsgWithdraw, (ctx, m) => {
      keeper.withdraw(ctx, { owner: m.owner, number: m.subaccount }, m.denom, validateMsgWithdraw(m));
      return {};
    }, (m) => ({ owner: m.owner, subaccount: omitZero(m.subaccount), denom: m.denom, amount: m.amount })),
    registration('MsgTransfer', MsgTransfer, MsgTransferResponse, (m) => m.owner, validateMsgTransfer, (ctx, m) => {
      keeper.transfer(ctx, m.owner, m.fromSubaccount, m.toSubaccount, m.denom, validateMsgTransfer(m));
      return {};
    }, (m) => ({ owner: m.owner, from_subaccount: omitZero(m.fromSubaccount), to_subaccount: omitZero(m.toSubaccount), denom: m.denom, amount: m.amount })),
    registration('MsgSetMarginMode', MsgSetMarginMode, MsgSetMarginModeResponse, (m) => m.owner, validateMsgSetMarginMode, (ctx, m) => {
      keeper.setMarginMode(ctx, { owner: m.owner, number: m.subaccount }, m.portfolioMargin);
      return {};
    }, (m) => ({ owner: m.owner, subaccount: omitZero(m.subaccount), portfolio_margin: omitZero(m.portfolioMargin) })),
    registration('MsgSetCollateralAsset', MsgSetCollateralAsset, MsgSetCollateralAssetResponse, (m) => m.authority, validateMsgSetCollateralAsset, (ctx, m) => {
      const asset = validateMsgSetCollateralAsset(m);
      checkAuthority(keeper, ctx, m.authority);
      const params = keeper.params(ctx);
      if (asset.denom === params.settlementDenom) validateSettlementAsset(params, asset);
      keeper.setAsset(ctx, asset);
      ctx.emit('settle.margin.v1.EventCollateralAssetSet', {
        denom: JSON.stringify(asset.denom),
        haircut: JSON.stringify(asset.haircut),
        deposit_cap: JSON.stringify(asset.depositCap),
        enabled: String(asset.enabled),
      });
      return {};
    }, (m) => ({
      authority: m.authority,
      asset: m.asset && {
        denom: m.asset.denom,
        haircut: m.asset.haircut,
        oracle_market: omitZero(m.asset.oracleMarket),
        decimals: omitZero(m.asset.decimals),
        deposit_cap: m.asset.depositCap,
        enabled: omitZero(m.asset.enabled),
      },
    })),
    registration('MsgUpdateParams', MsgUpdateParams, MsgUpdateParamsResponse, (m) => m.authority, validateMsgUpdateParams, (ctx, m) => {
      const params = validateMsgUpdateParams(m);
      checkAuthority(keeper, ctx, m.authority);
      validateSettlementAsset(params, keeper.asset(ctx, params.settlementDenom));
      keeper.setParams(ctx, params);
      return {};
    }, (m) => ({
      authority: m.authority,
      params: m.params && {
        authority: m.params.authority,
        max_subaccounts_per_owner: omitZero(m.params.maxSubaccountsPerOwner),
        max_price_age_seconds: m.params.maxPriceAgeSeconds === 0n ? undefined : m.params.maxPriceAgeSeconds.toString(),
        standard: m.params.standard && {
          im_base: m.params.standard.imBase,
          im_floor: m.params.standard.imFloor,
          mm: m.params.standard.mm,
          long_option_haircut: m.params.standard.longOptionHaircut,
        },
        portfolio: m.params.portfolio && {
          spot_range: m.params.portfolio.spotRange,
          spot_steps: omitZero(m.params.portfolio.spotSteps),
          extended_move: m.params.portfolio.extendedMove,
          extended_loss_weight: m.params.portfolio.extendedLossWeight,
          vol_up: m.params.portfolio.volUp,
          vol_down: m.params.portfolio.volDown,
          vega_term_seconds: m.params.portfolio.vegaTermSeconds === 0n ? undefined : m.params.portfolio.vegaTermSeconds.toString(),
          min_term_seconds: m.params.portfolio.minTermSeconds === 0n ? undefined : m.params.portfolio.minTermSeconds.toString(),
          vega_power_short: m.params.portfolio.vegaPowerShort,
          vega_power_long: m.params.portfolio.vegaPowerLong,
          short_option_contingency: m.params.portfolio.shortOptionContingency,
          delta_contingency: m.params.portfolio.deltaContingency,
          im_factor: m.params.portfolio.imFactor,
          mm_factor: m.params.portfolio.mmFactor,
          long_option_haircut: m.params.portfolio.longOptionHaircut,
        },
        settlement_denom: omitZero(m.params.settlementDenom),
        margin_buffer: omitZero(m.params.marginBuffer),
        liquidation_threshold: omitZero(m.params.liquidationThreshold),
      },
    })),
  ];
}
