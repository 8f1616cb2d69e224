import { addressBytes, msgRegistrations, type Context, type MsgRegistration } from '../../chain/sdk';
import {
  MsgAcceptQuote,
  MsgAcceptQuoteResponse,
  MsgBatch,
  MsgBatchResponse,
  MsgCancelQuote,
  MsgCancelQuoteResponse,
  MsgRequestQuote,
  MsgRequestQuoteResponse,
  MsgSubmitQuote,
  MsgSubmitQuoteResponse,
  MsgCancelAllAfter,
  MsgCancelAllAfterResponse,
  MsgPlaceCombo,
  MsgPlaceComboResponse,
  MsgCancelOrder,
  MsgCancelOrderResponse,
  MsgListInstrument,
  MsgListInstrumentResponse,
  MsgMassCancel,
  MsgMassCancelResponse,
  MsgPlaceOrder,
  MsgPlaceOrderResponse,
  MsgResetMmp,
  MsgResetMmpResponse,
  MsgSetMmp,
  MsgSetMmpResponse,
  MsgUpdateParams,
  MsgUpdateParamsResponse,
} from '../../proto/gen/settle/options/v1/tx';
import { Instrument, OrderSpec, Params } from '../../proto/gen/settle/options/v1/types';
import { OptionsErrors } from './errors';
import { validateNewInstrument } from './instruments';
import type { OptionsKeeper } from './keeper';
import { type OrderBooks } from './orders';
import { validateParams } from './params';
import { validateSpecBasic } from './order-spec';
import { validateComboBasic } from './combos';
import { EMPTY_MMP, validateMmpConfig } from './mmp';
import { acceptQuote, cancelQuote, requestQuote, submitQuote } from './rfq';
import { batchGas, cancelAllAfterGas, cancelOrderGas, comboGas, placeOrderGas } from './gas';

/** One registration: the codec, signer field, checks and handler of a message of this module. */
const registration = msgRegistrations('settle.options.v1', 'settle/options');

function checkAuthority(keeper: OptionsKeeper, ctx: Context, authority: string): void {
  const expected = keeper.params(ctx).authority;
  if (authority !== expected) throw OptionsErrors.invalidAuthority.wrap(`expected ${expected}, got ${authority}`);
}

function checkSubaccount(n: number): void {
  if (!Number.isInteger(n) || n < 0 || n > 0xffff_ffff) throw OptionsErrors.invalidSubaccount.wrap(`subaccount must be a uint32, got ${n}`);
}

// Amino JSON as the SDK renders it: snake_case, zero values omitted, 64-bit integers as strings.
const omitZero = <T>(v: T): T | undefined => (v === 0 || v === 0n || v === '' || v === false ? undefined : v);
const int64 = (v: bigint): string | undefined => (v === 0n ? undefined : v.toString());

function specAmino(s: OrderSpec): unknown {
  return {
    client_id: int64(s.clientId),
    instrument_id: omitZero(s.instrumentId),
    side: omitZero(s.side),
    price: int64(s.price),
    size: int64(s.size),
    time_in_force: omitZero(s.timeInForce),
    good_til_time: int64(s.goodTilTime),
    good_til_block: int64(s.goodTilBlock),
    post_only: omitZero(s.postOnly),
    reduce_only: omitZero(s.reduceOnly),
    self_trade_prevention: omitZero(s.selfTradePrevention),
  };
}

function instrumentAmino(i: Instrument): unknown {
  return {
    id: omitZero(i.id),
    underlying: omitZero(i.underlying),
    expiry: int64(i.expiry),
    strike: omitZero(i.strike),
    kind: omitZero(i.kind),
    contract_size: omitZero(i.contractSize),
    tick_size: int64(i.tickSize),
    min_size: int64(i.minSize),
    open_interest_cap: int64(i.openInterestCap),
    status: omitZero(i.status),
    settlement_price: omitZero(i.settlementPrice),
  };
}

export function optionsMsgs(keeper: OptionsKeeper, books: OrderBooks): MsgRegistration[] {
  return [
    registration('MsgPlaceOrder', MsgPlaceOrder, MsgPlaceOrderResponse, (m) => m.owner, (m) => {
      addressBytes(m.owner);
      checkSubaccount(m.subaccount);
      if (!m.order) throw OptionsErrors.invalidOrder.wrap('order is required');
      validateSpecBasic(m.order);
    }, (ctx, m) => ({ orderId: books.place(ctx, { owner: m.owner, number: m.subaccount }, [m.order!])[0] }),
    (m) => ({ owner: m.owner, subaccount: omitZero(m.subaccount), order: m.order && specAmino(m.order) }),
    { fixedGas: placeOrderGas }),

    registration('MsgCancelOrder', MsgCancelOrder, MsgCancelOrderResponse, (m) => m.owner, (m) => {
      addressBytes(m.owner);
      checkSubaccount(m.subaccount);
      if (m.orderId === 0n && m.clientId === 0n) throw OptionsErrors.invalidOrder.wrap('order_id or client_id is required');
    }, (ctx, m) => {
      books.cancel(ctx, { owner: m.owner, number: m.subaccount }, m.orderId !== 0n ? { orderId: m.orderId } : { clientId: m.clientId });
      return {};
    }, (m) => ({ owner: m.owner, subaccount: omitZero(m.subaccount), order_id: int64(m.orderId), client_id: int64(m.clientId) }),
    { fixedGas: cancelOrderGas }),

    registration('MsgBatch', MsgBatch, MsgBatchResponse, (m) => m.owner, (m) => {
      addressBytes(m.owner);
      checkSubaccount(m.subaccount);
      if (m.cancelClientIds.length + m.places.length === 0) throw OptionsErrors.invalidOrder.wrap('an empty batch');
      for (const s of m.places) validateSpecBasic(s);
    }, (ctx, m) => {
      const ref = { owner: m.owner, number: m.subaccount };
      const max = keeper.params(ctx).maxBatchOrders;
      if (m.cancelClientIds.length + m.places.length > max) throw OptionsErrors.tooManyOrders.wrap(`a batch carries at most ${max} places and cancels, got ${m.cancelClientIds.length + m.places.length}`);
      for (const clientId of m.cancelClientIds) books.cancel(ctx, ref, { clientId });
      return { orderIds: books.place(ctx, ref, m.places) };
    }, (m) => ({
      owner: m.owner,
      subaccount: omitZero(m.subaccount),
      cancel_client_ids: m.cancelClientIds.length ? m.cancelClientIds.map(String) : undefined,
      places: m.places.length ? m.places.map(specAmino) : undefined,
    }), { fixedGas: batchGas }),

    registration('MsgMassCancel', MsgMassCancel, MsgMassCancelResponse, (m) => m.owner, (m) => {
      addressBytes(m.owner);
      checkSubaccount(m.subaccount);
    }, (ctx, m) => ({ cancelled: books.massCancel(ctx, { owner: m.owner, number: m.subaccount }, { instrumentId: m.instrumentId, underlying: m.underlying, expiry: m.expiry }) }),
    (m) => ({ owner: m.owner, subaccount: omitZero(m.subaccount), instrument_id: omitZero(m.instrumentId), underlying: omitZero(m.underlying), expiry: int64(m.expiry) })),

    registration('MsgPlaceCombo', MsgPlaceCombo, MsgPlaceComboResponse, (m) => m.owner, (m) => {
      addressBytes(m.owner);
      checkSubaccount(m.subaccount);
      validateComboBasic(m);
    }, (ctx, m) => ({ comboId: books.placeCombo(ctx, { owner: m.owner, number: m.subaccount }, m) }),
    (m) => ({
      owner: m.owner,
      subaccount: omitZero(m.subaccount),
      client_id: int64(m.clientId),
      legs: m.legs.length ? m.legs.map((l) => ({ instrument_id: omitZero(l.instrumentId), side: omitZero(l.side), ratio: int64(l.ratio) })) : undefined,
      quantity: int64(m.quantity),
      limit_price: int64(m.limitPrice),
    }), { fixedGas: comboGas }),

    registration('MsgCancelAllAfter', MsgCancelAllAfter, MsgCancelAllAfterResponse, (m) => m.owner, (m) => {
      addressBytes(m.owner);
      checkSubaccount(m.subaccount);
    }, (ctx, m) => {
      const now = BigInt(ctx.block.height);
      if (m.height !== 0n && (m.height < now || m.height > now + 1_000_000n)) {
        throw OptionsErrors.invalidOrder.wrap(`cancel-all-after height must be 0 (disarm) or in ${now} .. ${now + 1_000_000n}, got ${m.height}`);
      }
      if (!keeper.margin.hasSubaccount(ctx, m.owner, m.subaccount)) throw OptionsErrors.invalidSubaccount.wrap(`${m.owner} has no subaccount ${m.subaccount}`);
      keeper.setDeadMan(ctx, m.owner, m.subaccount, m.height);
      return {};
    }, (m) => ({ owner: m.owner, subaccount: omitZero(m.subaccount), height: int64(m.height) }),
    { fixedGas: cancelAllAfterGas }),

    registration('MsgSetMmp', MsgSetMmp, MsgSetMmpResponse, (m) => m.owner, (m) => {
      addressBytes(m.owner);
      checkSubaccount(m.subaccount);
      if (!m.config) throw OptionsErrors.invalidMmp.wrap('config is required');
      if (m.config.owner !== m.owner || m.config.subaccount !== m.subaccount) throw OptionsErrors.invalidMmp.wrap('config.owner and config.subaccount must be the signer\'s');
      validateMmpConfig(m.config);
    }, (ctx, m) => {
      if (!keeper.margin.hasSubaccount(ctx, m.owner, m.subaccount)) throw OptionsErrors.invalidSubaccount.wrap(`${m.owner} has no subaccount ${m.subaccount}`);
      keeper.setMmpConfig(ctx, m.config!);
      return {};
    }, (m) => ({
      owner: m.owner,
      subaccount: omitZero(m.subaccount),
      config: m.config && {
        owner: omitZero(m.config.owner),
        subaccount: omitZero(m.config.subaccount),
        underlying: omitZero(m.config.underlying),
        interval_seconds: int64(m.config.intervalSeconds),
        frozen_seconds: int64(m.config.frozenSeconds),
        quantity_limit: int64(m.config.quantityLimit),
        delta_limit: omitZero(m.config.deltaLimit),
        vega_limit: omitZero(m.config.vegaLimit),
      },
    })),

    registration('MsgResetMmp', MsgResetMmp, MsgResetMmpResponse, (m) => m.owner, (m) => {
      addressBytes(m.owner);
      checkSubaccount(m.subaccount);
    }, (ctx, m) => {
      if (!keeper.mmpConfig(ctx, m.owner, m.subaccount, m.underlying)) throw OptionsErrors.invalidMmp.wrap(`subaccount ${m.subaccount} of ${m.owner} has no protection on ${m.underlying}`);
      keeper.setMmpState(ctx, m.owner, m.subaccount, m.underlying, { ...EMPTY_MMP });
      return {};
    }, (m) => ({ owner: m.owner, subaccount: omitZero(m.subaccount), underlying: omitZero(m.underlying) })),

    registration('MsgRequestQuote', MsgRequestQuote, MsgRequestQuoteResponse, (m) => m.owner, (m) => {
      addressBytes(m.owner);
      checkSubaccount(m.subaccount);
      validateComboBasic({ clientId: 1n, legs: m.legs, quantity: m.quantity, limitPrice: 0n });
    }, (ctx, m) => ({ rfqId: requestQuote(keeper, ctx, { owner: m.owner, number: m.subaccount }, m) }),
    (m) => ({
      owner: m.owner,
      subaccount: omitZero(m.subaccount),
      legs: m.legs.length ? m.legs.map((l) => ({ instrument_id: omitZero(l.instrumentId), side: omitZero(l.side), ratio: int64(l.ratio) })) : undefined,
      quantity: int64(m.quantity),
      expires_at: int64(m.expiresAt),
    })),

    registration('MsgSubmitQuote', MsgSubmitQuote, MsgSubmitQuoteResponse, (m) => m.owner, (m) => {
      addressBytes(m.owner);
      checkSubaccount(m.subaccount);
      if (m.legPrices.some((p) => p > BigInt(Number.MAX_SAFE_INTEGER))) throw OptionsErrors.invalidRfq.wrap('leg prices must be below 2^53');
    }, (ctx, m) => ({ quoteId: submitQuote(keeper, ctx, { owner: m.owner, number: m.subaccount }, m) }),
    (m) => ({ owner: m.owner, subaccount: omitZero(m.subaccount), rfq_id: int64(m.rfqId), leg_prices: m.legPrices.length ? m.legPrices.map(String) : undefined, expires_at: int64(m.expiresAt) })),

    registration('MsgCancelQuote', MsgCancelQuote, MsgCancelQuoteResponse, (m) => m.owner, (m) => void addressBytes(m.owner), (ctx, m) => {
      cancelQuote(keeper, ctx, m.owner, m.quoteId);
      return {};
    }, (m) => ({ owner: m.owner, quote_id: int64(m.quoteId) })),

    registration('MsgAcceptQuote', MsgAcceptQuote, MsgAcceptQuoteResponse, (m) => m.owner, (m) => void addressBytes(m.owner), (ctx, m) => ({ netCost: acceptQuote(keeper, ctx, m.owner, m) }),
    (m) => ({ owner: m.owner, rfq_id: int64(m.rfqId), quote_id: int64(m.quoteId), max_net_price: int64(m.maxNetPrice) })),

    registration('MsgListInstrument', MsgListInstrument, MsgListInstrumentResponse, (m) => m.authority, (m) => {
      addressBytes(m.authority);
      if (!m.instrument) throw OptionsErrors.invalidInstrument.wrap('instrument is required');
      validateNewInstrument(m.instrument);
    }, (ctx, m) => {
      checkAuthority(keeper, ctx, m.authority);
      keeper.list(ctx, m.instrument!);
      return {};
    }, (m) => ({ authority: m.authority, instrument: m.instrument && instrumentAmino(m.instrument) })),

    registration('MsgUpdateParams', MsgUpdateParams, MsgUpdateParamsResponse, (m) => m.authority, (m) => {
      addressBytes(m.authority);
      if (!m.params) throw OptionsErrors.invalidParams.wrap('params are required');
      validateParams(m.params);
    }, (ctx, m) => {
      checkAuthority(keeper, ctx, m.authority);
      keeper.setParams(ctx, m.params as Params);
      return {};
    }, (m) => ({
      authority: m.authority,
      params: m.params && {
        authority: m.params.authority,
        maker_fee_rate: omitZero(m.params.makerFeeRate),
        taker_fee_rate: omitZero(m.params.takerFeeRate),
        fee_cap: omitZero(m.params.feeCap),
        max_batch_orders: omitZero(m.params.maxBatchOrders),
        max_open_orders_per_subaccount: omitZero(m.params.maxOpenOrdersPerSubaccount),
        rfq_min_contracts: int64(m.params.rfqMinContracts),
        rfq_max_blocks: int64(m.params.rfqMaxBlocks),
        listings: m.params.listings.length
          ? m.params.listings.map((l) => ({
              underlying: omitZero(l.underlying),
              contract_size: omitZero(l.contractSize),
              tick_size: int64(l.tickSize),
              min_size: int64(l.minSize),
              strike_step: omitZero(l.strikeStep),
              strikes_each_side: omitZero(l.strikesEachSide),
              daily: omitZero(l.daily),
              weekly: omitZero(l.weekly),
              monthly: omitZero(l.monthly),
              open_interest_cap: int64(l.openInterestCap),
            }))
          : undefined,
        settlement_window_seconds: int64(m.params.settlementWindowSeconds),
        settlement_batch: omitZero(m.params.settlementBatch),
        expiry_period_seconds: int64(m.params.expiryPeriodSeconds),
        expiry_offset_seconds: int64(m.params.expiryOffsetSeconds),
      },
    })),
  ];
}
