import { addressBytes, msgRegistrations, type MsgRegistration } from '../../chain/sdk';
import { MsgFundInsurance, MsgFundInsuranceResponse, MsgLiquidate, MsgLiquidateResponse, MsgUpdateParams, MsgUpdateParamsResponse } from '../../proto/gen/settle/liquidation/v1/tx';
import type { Params } from '../../proto/gen/settle/liquidation/v1/types';
import { liquidate } from './auction';
import { LiquidationErrors } from './errors';
import type { LiquidationKeeper } from './keeper';
import { validateParams } from './params';

const MAX_SIZE = (1n << 53n) - 1n;

function checkNumber(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0 || n > 0xffff_ffff) throw LiquidationErrors.invalidSize.wrap(`${what} must be a uint32, got ${n}`);
}

export function validateMsgLiquidate(m: MsgLiquidate): void {
  addressBytes(m.liquidator);
  addressBytes(m.owner);
  checkNumber(m.liquidatorSubaccount, 'liquidator_subaccount');
  checkNumber(m.subaccount, 'subaccount');
  if (m.instrumentId === '' || m.instrumentId.length > 128) throw LiquidationErrors.noPosition.wrap('instrument_id must be 1..128 characters');
  if (m.size <= 0n || m.size > MAX_SIZE) throw LiquidationErrors.invalidSize.wrap(`size must be 1..${MAX_SIZE}, got ${m.size}`);
  if (m.liquidator === m.owner && m.liquidatorSubaccount === m.subaccount) throw LiquidationErrors.selfLiquidation.wrap(`subaccount ${m.subaccount} of ${m.owner}`);
}

export function validateMsgFundInsurance(m: MsgFundInsurance): bigint {
  addressBytes(m.sender);
  if (!/^[1-9][0-9]{0,76}$/.test(m.amount) || BigInt(m.amount) >= 1n << 256n) throw LiquidationErrors.invalidAmount.wrap(`amount must be a positive decimal integer of base units, got "${m.amount}"`);
  return BigInt(m.amount);
}

export function validateMsgUpdateParams(m: MsgUpdateParams): Params {
  addressBytes(m.authority);
  if (!m.params) throw LiquidationErrors.invalidParams.wrap('params are required');
  validateParams(m.params);
  return m.params;
}

const registration = msgRegistrations('settle.liquidation.v1', 'settle/liquidation');
const omitZero = <T>(v: T): T | undefined => (v === 0 || v === '' || v === false || v === 0n ? undefined : v);

export function liquidationMsgs(keeper: LiquidationKeeper): MsgRegistration[] {
  return [
    registration('MsgLiquidate', MsgLiquidate, MsgLiquidateResponse, (m) => m.liquidator, validateMsgLiquidate, (ctx, m) => {
      const r = liquidate(keeper, ctx, {
        liquidator: { owner: m.liquidator, number: m.liquidatorSubaccount },
        target: { owner: m.owner, number: m.subaccount },
        instrumentId: m.instrumentId,
        size: m.size,
      });
      return { price: r.price, penalty: r.penalty.toString(), ended: r.ended };
    }, (m) => ({
      liquidator: m.liquidator,
      liquidator_subaccount: omitZero(m.liquidatorSubaccount),
      owner: m.owner,
      subaccount: omitZero(m.subaccount),
      instrument_id: m.instrumentId,
      size: m.size === 0n ? undefined : m.size.toString(),
    })),
    registration('MsgFundInsurance', MsgFundInsurance, MsgFundInsuranceResponse, (m) => m.sender, validateMsgFundInsurance, (ctx, m) => {
      keeper.fundInsurance(ctx, m.sender, validateMsgFundInsurance(m));
      return {};
    }, (m) => ({ sender: m.sender, amount: m.amount })),
    registration('MsgUpdateParams', MsgUpdateParams, MsgUpdateParamsResponse, (m) => m.authority, validateMsgUpdateParams, (ctx, m) => {
      const params = validateMsgUpdateParams(m);
      const expected = keeper.params(ctx).authority;
      if (m.authority !== expected) throw LiquidationErrors.invalidAuthority.wrap(`expected ${expected}, got ${m.authority}`);
      keeper.setParams(ctx, params);
      return {};
    }, (m) => ({
      authority: m.authority,
      params: m.params && {
        authority: m.params.authority,
        start_discount: omitZero(m.params.startDiscount),
        discount_per_block: omitZero(m.params.discountPerBlock),
        max_discount: omitZero(m.params.maxDiscount),
        penalty: omitZero(m.params.penalty),
        max_share_per_block: omitZero(m.params.maxSharePerBlock),
        max_new_auctions_per_block: omitZero(m.params.maxNewAuctionsPerBlock),
        max_adl_counterparties: omitZero(m.params.maxAdlCounterparties),
      },
    })),
  ];
}
