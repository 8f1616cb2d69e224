/* eslint-disable */
import { BinaryReader, BinaryWriter } from "../../../binary";
import { isSet, DeepPartial } from "../../../helpers";
import { JsonSafe } from "../../../json-safe";
export enum OptionKind {
  OPTION_KIND_UNSPECIFIED = 0,
  OPTION_KIND_CALL = 1,
  OPTION_KIND_PUT = 2,
  UNRECOGNIZED = -1,
}
export const OptionKindAmino = OptionKind;
export function optionKindFromJSON(object: any): OptionKind {
  switch (object) {
    case 0:
    case "OPTION_KIND_UNSPECIFIED":
      return OptionKind.OPTION_KIND_UNSPECIFIED;
    case 1:
    case "OPTION_KIND_CALL":
      return OptionKind.OPTION_KIND_CALL;
    case 2:
    case "OPTION_KIND_PUT":
      return OptionKind.OPTION_KIND_PUT;
    case -1:
    case "UNRECOGNIZED":
    default:
      return OptionKind.UNRECOGNIZED;
  }
}
export function optionKindToJSON(object: OptionKind): string {
  switch (object) {
    case OptionKind.OPTION_KIND_UNSPECIFIED:
      return "OPTION_KIND_UNSPECIFIED";
    case OptionKind.OPTION_KIND_CALL:
      return "OPTION_KIND_CALL";
    case OptionKind.OPTION_KIND_PUT:
      return "OPTION_KIND_PUT";
    case OptionKind.UNRECOGNIZED:
    default:
      return "UNRECOGNIZED";
  }
}
export enum InstrumentStatus {
  INSTRUMENT_STATUS_UNSPECIFIED = 0,
  /** INSTRUMENT_STATUS_ACTIVE - ACTIVE: trading. */
  INSTRUMENT_STATUS_ACTIVE = 1,
  /** INSTRUMENT_STATUS_EXPIRED - EXPIRED: past expiry; no trading, awaiting settlement. */
  INSTRUMENT_STATUS_EXPIRED = 2,
  /** INSTRUMENT_STATUS_SETTLED - SETTLED: every position was cash-settled at settlement_price. */
  INSTRUMENT_STATUS_SETTLED = 3,
  UNRECOGNIZED = -1,
}
export const InstrumentStatusAmino = InstrumentStatus;
export function instrumentStatusFromJSON(object: any): InstrumentStatus {
  switch (object) {
    case 0:
    case "INSTRUMENT_STATUS_UNSPECIFIED":
      return InstrumentStatus.INSTRUMENT_STATUS_UNSPECIFIED;
    case 1:
    case "INSTRUMENT_STATUS_ACTIVE":
      return InstrumentStatus.INSTRUMENT_STATUS_ACTIVE;
    case 2:
    case "INSTRUMENT_STATUS_EXPIRED":
      return InstrumentStatus.INSTRUMENT_STATUS_EXPIRED;
    case 3:
    case "INSTRUMENT_STATUS_SETTLED":
      return InstrumentStatus.INSTRUMENT_STATUS_SETTLED;
    case -1:
    case "UNRECOGNIZED":
    default:
      return InstrumentStatus.UNRECOGNIZED;
  }
}
export function instrumentStatusToJSON(object: InstrumentStatus): string {
  switch (object) {
    case InstrumentStatus.INSTRUMENT_STATUS_UNSPECIFIED:
      return "INSTRUMENT_STATUS_UNSPECIFIED";
    case InstrumentStatus.INSTRUMENT_STATUS_ACTIVE:
      return "INSTRUMENT_STATUS_ACTIVE";
    case InstrumentStatus.INSTRUMENT_STATUS_EXPIRED:
      return "INSTRUMENT_STATUS_EXPIRED";
    case InstrumentStatus.INSTRUMENT_STATUS_SETTLED:
      return "INSTRUMENT_STATUS_SETTLED";
    case InstrumentStatus.UNRECOGNIZED:
    default:
      return "UNRECOGNIZED";
  }
}
export enum Side {
  SIDE_UNSPECIFIED = 0,
  SIDE_BUY = 1,
  SIDE_SELL = 2,
  UNRECOGNIZED = -1,
}
export const SideAmino = Side;
export function sideFromJSON(object: any): Side {
  switch (object) {
    case 0:
    case "SIDE_UNSPECIFIED":
      return Side.SIDE_UNSPECIFIED;
    case 1:
    case "SIDE_BUY":
      return Side.SIDE_BUY;
    case 2:
    case "SIDE_SELL":
      return Side.SIDE_SELL;
    case -1:
    case "UNRECOGNIZED":
    default:
      return Side.UNRECOGNIZED;
  }
}
export function sideToJSON(object: Side): string {
  switch (object) {
    case Side.SIDE_UNSPECIFIED:
      return "SIDE_UNSPECIFIED";
    case Side.SIDE_BUY:
      return "SIDE_BUY";
    case Side.SIDE_SELL:
      return "SIDE_SELL";
    case Side.UNRECOGNIZED:
    default:
      return "UNRECOGNIZED";
  }
}
export enum TimeInForce {
  TIME_IN_FORCE_UNSPECIFIED = 0,
  /** TIME_IN_FORCE_GTC - GTC: rests until filled or cancelled. */
  TIME_IN_FORCE_GTC = 1,
  /** TIME_IN_FORCE_GTT - GTT: rests until good_til_time (block time, Unix seconds). */
  TIME_IN_FORCE_GTT = 2,
  /** TIME_IN_FORCE_GTB - GTB: rests until good_til_block (the last height it may fill in). */
  TIME_IN_FORCE_GTB = 3,
  /** TIME_IN_FORCE_IOC - IOC: fills what it can at once; the rest is cancelled. */
  TIME_IN_FORCE_IOC = 4,
  /** TIME_IN_FORCE_FOK - FOK: fills completely at once or not at all. */
  TIME_IN_FORCE_FOK = 5,
  UNRECOGNIZED = -1,
}
export const TimeInForceAmino = TimeInForce;
export function timeInForceFromJSON(object: any): TimeInForce {
  switch (object) {
    case 0:
    case "TIME_IN_FORCE_UNSPECIFIED":
      return TimeInForce.TIME_IN_FORCE_UNSPECIFIED;
    case 1:
    case "TIME_IN_FORCE_GTC":
      return TimeInForce.TIME_IN_FORCE_GTC;
    case 2:
    case "TIME_IN_FORCE_GTT":
      return TimeInForce.TIME_IN_FORCE_GTT;
    case 3:
    case "TIME_IN_FORCE_GTB":
      return TimeInForce.TIME_IN_FORCE_GTB;
    case 4:
    case "TIME_IN_FORCE_IOC":
      return TimeInForce.TIME_IN_FORCE_IOC;
    case 5:
    case "TIME_IN_FORCE_FOK":
      return TimeInForce.TIME_IN_FORCE_FOK;
    case -1:
    case "UNRECOGNIZED":
    default:
      return TimeInForce.UNRECOGNIZED;
  }
}
export function timeInForceToJSON(object: TimeInForce): string {
  switch (object) {
    case TimeInForce.TIME_IN_FORCE_UNSPECIFIED:
      return "TIME_IN_FORCE_UNSPECIFIED";
    case TimeInForce.TIME_IN_FORCE_GTC:
      return "TIME_IN_FORCE_GTC";
    case TimeInForce.TIME_IN_FORCE_GTT:
      return "TIME_IN_FORCE_GTT";
    case TimeInForce.TIME_IN_FORCE_GTB:
      return "TIME_IN_FORCE_GTB";
    case TimeInForce.TIME_IN_FORCE_IOC:
      return "TIME_IN_FORCE_IOC";
    case TimeInForce.TIME_IN_FORCE_FOK:
      return "TIME_IN_FORCE_FOK";
    case TimeInForce.UNRECOGNIZED:
    default:
      return "UNRECOGNIZED";
  }
}
export enum SelfTradePrevention {
  /** SELF_TRADE_PREVENTION_UNSPECIFIED - UNSPECIFIED: as CANCEL_MAKER. */
  SELF_TRADE_PREVENTION_UNSPECIFIED = 0,
  SELF_TRADE_PREVENTION_CANCEL_MAKER = 1,
  SELF_TRADE_PREVENTION_CANCEL_TAKER = 2,
  SELF_TRADE_PREVENTION_CANCEL_BOTH = 3,
  UNRECOGNIZED = -1,
}
export const SelfTradePreventionAmino = SelfTradePrevention;
export function selfTradePreventionFromJSON(object: any): SelfTradePrevention {
  switch (object) {
    case 0:
    case "SELF_TRADE_PREVENTION_UNSPECIFIED":
      return SelfTradePrevention.SELF_TRADE_PREVENTION_UNSPECIFIED;
    case 1:
    case "SELF_TRADE_PREVENTION_CANCEL_MAKER":
      return SelfTradePrevention.SELF_TRADE_PREVENTION_CANCEL_MAKER;
    case 2:
    case "SELF_TRADE_PREVENTION_CANCEL_TAKER":
      return SelfTradePrevention.SELF_TRADE_PREVENTION_CANCEL_TAKER;
    case 3:
    case "SELF_TRADE_PREVENTION_CANCEL_BOTH":
      return SelfTradePrevention.SELF_TRADE_PREVENTION_CANCEL_BOTH;
    case -1:
    case "UNRECOGNIZED":
    default:
      return SelfTradePrevention.UNRECOGNIZED;
  }
}
export function selfTradePreventionToJSON(object: SelfTradePrevention): string {
  switch (object) {
    case SelfTradePrevention.SELF_TRADE_PREVENTION_UNSPECIFIED:
      return "SELF_TRADE_PREVENTION_UNSPECIFIED";
    case SelfTradePrevention.SELF_TRADE_PREVENTION_CANCEL_MAKER:
      return "SELF_TRADE_PREVENTION_CANCEL_MAKER";
    case SelfTradePrevention.SELF_TRADE_PREVENTION_CANCEL_TAKER:
      return "SELF_TRADE_PREVENTION_CANCEL_TAKER";
    case SelfTradePrevention.SELF_TRADE_PREVENTION_CANCEL_BOTH:
      return "SELF_TRADE_PREVENTION_CANCEL_BOTH";
    case SelfTradePrevention.UNRECOGNIZED:
    default:
      return "UNRECOGNIZED";
  }
}
/** Params are the options module's governable parameters. Decimals are strings. */
export interface Params {
  /** authority: lists instruments and changes params. */
  authority: string;
  /**
   * maker_fee_rate, taker_fee_rate: a fill's fee is min(rate × index × contract_size, fee_cap × price)
   * per contract (Deribit's shape), rounded up to base units of the settlement denom.
   */
  makerFeeRate: string;
  takerFeeRate: string;
  feeCap: string;
  /** max_batch_orders: the most places + cancels one MsgBatch carries. */
  maxBatchOrders: number;
  /** max_open_orders_per_subaccount: resting orders one subaccount may have. */
  maxOpenOrdersPerSubaccount: number;
  /** listings: the listing schedule, one per underlying. */
  listings: ListingSchedule[];
  /** rfq_min_contracts: a request for quote covers at least this many contracts (Σ ratio × quantity). */
  rfqMinContracts: bigint;
  /** rfq_max_blocks: a request or quote lives at most this many blocks. */
  rfqMaxBlocks: bigint;
  /** settlement_window_seconds: the settlement price is the oracle's TWAP over this window before expiry. */
  settlementWindowSeconds: bigint;
  /** settlement_batch: positions cash-settled per block at most (the rest wait for the next blocks). */
  settlementBatch: number;
  /**
   * expiry_period_seconds, expiry_offset_seconds: the expiry grid. Instruments expire only at
   * expiry_offset_seconds + k × expiry_period_seconds (Unix seconds, k ≥ 0). Default 86400 and 28800:
   * every day at 08:00 UTC (Deribit's). A devnet may use a grid of minutes to reach an expiry in a test.
   */
  expiryPeriodSeconds: bigint;
  expiryOffsetSeconds: bigint;
}
export interface ParamsProtoMsg {
  typeUrl: "/settle.options.v1.Params";
  value: Uint8Array;
}
/**
 * Params are the options module's governable parameters. Decimals are strings.
 * @name ParamsAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.Params
 */
export interface ParamsAmino {
  /**
   * authority: lists instruments and changes params.
   */
  authority?: string;
  /**
   * maker_fee_rate, taker_fee_rate: a fill's fee is min(rate × index × contract_size, fee_cap × price)
   * per contract (Deribit's shape), rounded up to base units of the settlement denom.
   */
  maker_fee_rate?: string;
  taker_fee_rate?: string;
  fee_cap?: string;
  /**
   * max_batch_orders: the most places + cancels one MsgBatch carries.
   */
  max_batch_orders?: number;
  /**
   * max_open_orders_per_subaccount: resting orders one subaccount may have.
   */
  max_open_orders_per_subaccount?: number;
  /**
   * listings: the listing schedule, one per underlying.
   */
  listings?: ListingScheduleAmino[];
  /**
   * rfq_min_contracts: a request for quote covers at least this many contracts (Σ ratio × quantity).
   */
  rfq_min_contracts?: string;
  /**
   * rfq_max_blocks: a request or quote lives at most this many blocks.
   */
  rfq_max_blocks?: string;
  /**
   * settlement_window_seconds: the settlement price is the oracle's TWAP over this window before expiry.
   */
  settlement_window_seconds?: string;
  /**
   * settlement_batch: positions cash-settled per block at most (the rest wait for the next blocks).
   */
  settlement_batch?: number;
  /**
   * expiry_period_seconds, expiry_offset_seconds: the expiry grid. Instruments expire only at
   * expiry_offset_seconds + k × expiry_period_seconds (Unix seconds, k ≥ 0). Default 86400 and 28800:
   * every day at 08:00 UTC (Deribit's). A devnet may use a grid of minutes to reach an expiry in a test.
   */
  expiry_period_seconds?: string;
  expiry_offset_seconds?: string;
}
export interface ParamsAminoMsg {
  type: "/settle.options.v1.Params";
  value: ParamsAmino;
}
/**
 * ListingSchedule: at every block the module lists, for each expiry the oracle's surface has that
 * falls on a scheduled date (08:00 UTC; daily, Fridays, last Fridays of a month), calls and puts at
 * strikes_each_side strikes either side of the forward (a multiple of strike_step), adding strikes
 * as the forward moves.
 */
export interface ListingSchedule {
  underlying: string;
  contractSize: string;
  tickSize: bigint;
  minSize: bigint;
  strikeStep: string;
  strikesEachSide: number;
  /** daily, weekly, monthly: how many of the nearest such expiries to list (0: none). */
  daily: number;
  weekly: number;
  monthly: number;
  openInterestCap: bigint;
}
export interface ListingScheduleProtoMsg {
  typeUrl: "/settle.options.v1.ListingSchedule";
  value: Uint8Array;
}
/**
 * ListingSchedule: at every block the module lists, for each expiry the oracle's surface has that
 * falls on a scheduled date (08:00 UTC; daily, Fridays, last Fridays of a month), calls and puts at
 * strikes_each_side strikes either side of the forward (a multiple of strike_step), adding strikes
 * as the forward moves.
 * @name ListingScheduleAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.ListingSchedule
 */
export interface ListingScheduleAmino {
  underlying?: string;
  contract_size?: string;
  tick_size?: string;
  min_size?: string;
  strike_step?: string;
  strikes_each_side?: number;
  /**
   * daily, weekly, monthly: how many of the nearest such expiries to list (0: none).
   */
  daily?: number;
  weekly?: number;
  monthly?: number;
  open_interest_cap?: string;
}
export interface ListingScheduleAminoMsg {
  type: "/settle.options.v1.ListingSchedule";
  value: ListingScheduleAmino;
}
/** Instrument is a listed European, cash-settled option. */
export interface Instrument {
  /** id: UNDERLYING-YYYYMMDD-STRIKE-C|P, e.g. "BTC-20261225-100000-C". */
  id: string;
  /** underlying: the oracle market ("BTC/USD"). */
  underlying: string;
  /** expiry: Unix seconds. */
  expiry: bigint;
  /** strike: in the quote currency (decimal). */
  strike: string;
  kind: OptionKind;
  /** contract_size: units of the underlying per contract (decimal, e.g. "0.01"). */
  contractSize: string;
  /** tick_size: price step, base units of the settlement denom per contract. */
  tickSize: bigint;
  /** min_size: the smallest order, in contracts; sizes are multiples of it. */
  minSize: bigint;
  /** open_interest_cap: the most contracts open (0: none). */
  openInterestCap: bigint;
  status: InstrumentStatus;
  /** settlement_price: the payoff per contract once settled (base units). */
  settlementPrice: string;
}
export interface InstrumentProtoMsg {
  typeUrl: "/settle.options.v1.Instrument";
  value: Uint8Array;
}
/**
 * Instrument is a listed European, cash-settled option.
 * @name InstrumentAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.Instrument
 */
export interface InstrumentAmino {
  /**
   * id: UNDERLYING-YYYYMMDD-STRIKE-C|P, e.g. "BTC-20261225-100000-C".
   */
  id?: string;
  /**
   * underlying: the oracle market ("BTC/USD").
   */
  underlying?: string;
  /**
   * expiry: Unix seconds.
   */
  expiry?: string;
  /**
   * strike: in the quote currency (decimal).
   */
  strike?: string;
  kind?: OptionKind;
  /**
   * contract_size: units of the underlying per contract (decimal, e.g. "0.01").
   */
  contract_size?: string;
  /**
   * tick_size: price step, base units of the settlement denom per contract.
   */
  tick_size?: string;
  /**
   * min_size: the smallest order, in contracts; sizes are multiples of it.
   */
  min_size?: string;
  /**
   * open_interest_cap: the most contracts open (0: none).
   */
  open_interest_cap?: string;
  status?: InstrumentStatus;
  /**
   * settlement_price: the payoff per contract once settled (base units).
   */
  settlement_price?: string;
}
export interface InstrumentAminoMsg {
  type: "/settle.options.v1.Instrument";
  value: InstrumentAmino;
}
/** OrderSpec is what a trader asks for (in MsgPlaceOrder and MsgBatch). */
export interface OrderSpec {
  /** client_id: the trader's id for the order, unique among the subaccount's open orders. */
  clientId: bigint;
  instrumentId: string;
  side: Side;
  /** price: limit per contract, base units of the settlement denom, a multiple of the tick size. */
  price: bigint;
  /** size: contracts, a positive multiple of the instrument's min_size. */
  size: bigint;
  timeInForce: TimeInForce;
  goodTilTime: bigint;
  goodTilBlock: bigint;
  postOnly: boolean;
  reduceOnly: boolean;
  selfTradePrevention: SelfTradePrevention;
}
export interface OrderSpecProtoMsg {
  typeUrl: "/settle.options.v1.OrderSpec";
  value: Uint8Array;
}
/**
 * OrderSpec is what a trader asks for (in MsgPlaceOrder and MsgBatch).
 * @name OrderSpecAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.OrderSpec
 */
export interface OrderSpecAmino {
  /**
   * client_id: the trader's id for the order, unique among the subaccount's open orders.
   */
  client_id?: string;
  instrument_id?: string;
  side?: Side;
  /**
   * price: limit per contract, base units of the settlement denom, a multiple of the tick size.
   */
  price?: string;
  /**
   * size: contracts, a positive multiple of the instrument's min_size.
   */
  size?: string;
  time_in_force?: TimeInForce;
  good_til_time?: string;
  good_til_block?: string;
  post_only?: boolean;
  reduce_only?: boolean;
  self_trade_prevention?: SelfTradePrevention;
}
export interface OrderSpecAminoMsg {
  type: "/settle.options.v1.OrderSpec";
  value: OrderSpecAmino;
}
/** Order is an accepted order: pending until the end of its block, then resting (or done). */
export interface Order {
  id: bigint;
  owner: string;
  subaccount: number;
  spec?: OrderSpec;
  /** remaining: contracts not filled yet. */
  remaining: bigint;
  /** placed_height: the block that accepted it. */
  placedHeight: bigint;
  /** rest_seq: time priority at its price, assigned when it first rests (0 while pending). */
  restSeq: bigint;
}
export interface OrderProtoMsg {
  typeUrl: "/settle.options.v1.Order";
  value: Uint8Array;
}
/**
 * Order is an accepted order: pending until the end of its block, then resting (or done).
 * @name OrderAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.Order
 */
export interface OrderAmino {
  id?: string;
  owner?: string;
  subaccount?: number;
  spec?: OrderSpecAmino;
  /**
   * remaining: contracts not filled yet.
   */
  remaining?: string;
  /**
   * placed_height: the block that accepted it.
   */
  placed_height?: string;
  /**
   * rest_seq: time priority at its price, assigned when it first rests (0 while pending).
   */
  rest_seq?: string;
}
export interface OrderAminoMsg {
  type: "/settle.options.v1.Order";
  value: OrderAmino;
}
/** InstrumentStats are an instrument's running figures (MarketStats). */
export interface InstrumentStats {
  instrumentId: string;
  /** open_interest: contracts held long (= held short). */
  openInterest: bigint;
  /** volume: contracts traded since listing. */
  volume: bigint;
  /** last_price: the last fill's price per contract (0: none). */
  lastPrice: bigint;
  lastTradeHeight: bigint;
}
export interface InstrumentStatsProtoMsg {
  typeUrl: "/settle.options.v1.InstrumentStats";
  value: Uint8Array;
}
/**
 * InstrumentStats are an instrument's running figures (MarketStats).
 * @name InstrumentStatsAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.InstrumentStats
 */
export interface InstrumentStatsAmino {
  instrument_id?: string;
  /**
   * open_interest: contracts held long (= held short).
   */
  open_interest?: string;
  /**
   * volume: contracts traded since listing.
   */
  volume?: string;
  /**
   * last_price: the last fill's price per contract (0: none).
   */
  last_price?: string;
  last_trade_height?: string;
}
export interface InstrumentStatsAminoMsg {
  type: "/settle.options.v1.InstrumentStats";
  value: InstrumentStatsAmino;
}
/** ComboLeg is one leg of a multi-leg order: `ratio` contracts of the instrument per combo unit. */
export interface ComboLeg {
  instrumentId: string;
  side: Side;
  ratio: bigint;
}
export interface ComboLegProtoMsg {
  typeUrl: "/settle.options.v1.ComboLeg";
  value: Uint8Array;
}
/**
 * ComboLeg is one leg of a multi-leg order: `ratio` contracts of the instrument per combo unit.
 * @name ComboLegAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.ComboLeg
 */
export interface ComboLegAmino {
  instrument_id?: string;
  side?: Side;
  ratio?: string;
}
export interface ComboLegAminoMsg {
  type: "/settle.options.v1.ComboLeg";
  value: ComboLegAmino;
}
/**
 * Combo is an accepted multi-leg order, pending until the end of its block: it fills every leg
 * completely at a net price at or better than its limit against the leg books, or not at all.
 */
export interface Combo {
  id: bigint;
  owner: string;
  subaccount: number;
  clientId: bigint;
  legs: ComboLeg[];
  /** quantity: combo units. */
  quantity: bigint;
  /**
   * limit_price: the worst net price per unit, Σ side × ratio × leg price (buy +, sell −), base units of
   * the settlement denom; negative is a credit received.
   */
  limitPrice: bigint;
  placedHeight: bigint;
}
export interface ComboProtoMsg {
  typeUrl: "/settle.options.v1.Combo";
  value: Uint8Array;
}
/**
 * Combo is an accepted multi-leg order, pending until the end of its block: it fills every leg
 * completely at a net price at or better than its limit against the leg books, or not at all.
 * @name ComboAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.Combo
 */
export interface ComboAmino {
  id?: string;
  owner?: string;
  subaccount?: number;
  client_id?: string;
  legs?: ComboLegAmino[];
  /**
   * quantity: combo units.
   */
  quantity?: string;
  /**
   * limit_price: the worst net price per unit, Σ side × ratio × leg price (buy +, sell −), base units of
   * the settlement denom; negative is a credit received.
   */
  limit_price?: string;
  placed_height?: string;
}
export interface ComboAminoMsg {
  type: "/settle.options.v1.Combo";
  value: ComboAmino;
}
/** DeadManSwitch: the subaccount's open orders are cancelled at the end of block `height` unless renewed. */
export interface DeadManSwitch {
  owner: string;
  subaccount: number;
  height: bigint;
}
export interface DeadManSwitchProtoMsg {
  typeUrl: "/settle.options.v1.DeadManSwitch";
  value: Uint8Array;
}
/**
 * DeadManSwitch: the subaccount's open orders are cancelled at the end of block `height` unless renewed.
 * @name DeadManSwitchAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.DeadManSwitch
 */
export interface DeadManSwitchAmino {
  owner?: string;
  subaccount?: number;
  height?: string;
}
export interface DeadManSwitchAminoMsg {
  type: "/settle.options.v1.DeadManSwitch";
  value: DeadManSwitchAmino;
}
/**
 * MmpConfig: market-maker protection of one subaccount on one underlying. When the maker's fills within
 * `interval_seconds` reach `quantity_limit` contracts, or their net delta or net vega reaches its limit
 * in absolute value, every resting order of the subaccount on the underlying is cancelled and new ones
 * are refused for `frozen_seconds` (or until MsgResetMmp). A zero limit is not checked.
 */
export interface MmpConfig {
  owner: string;
  subaccount: number;
  underlying: string;
  intervalSeconds: bigint;
  frozenSeconds: bigint;
  quantityLimit: bigint;
  deltaLimit: string;
  vegaLimit: string;
}
export interface MmpConfigProtoMsg {
  typeUrl: "/settle.options.v1.MmpConfig";
  value: Uint8Array;
}
/**
 * MmpConfig: market-maker protection of one subaccount on one underlying. When the maker's fills within
 * `interval_seconds` reach `quantity_limit` contracts, or their net delta or net vega reaches its limit
 * in absolute value, every resting order of the subaccount on the underlying is cancelled and new ones
 * are refused for `frozen_seconds` (or until MsgResetMmp). A zero limit is not checked.
 * @name MmpConfigAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.MmpConfig
 */
export interface MmpConfigAmino {
  owner?: string;
  subaccount?: number;
  underlying?: string;
  interval_seconds?: string;
  frozen_seconds?: string;
  quantity_limit?: string;
  delta_limit?: string;
  vega_limit?: string;
}
export interface MmpConfigAminoMsg {
  type: "/settle.options.v1.MmpConfig";
  value: MmpConfigAmino;
}
/** MmpState: the fills counted in the current interval and the freeze. */
export interface MmpState {
  windowStart: bigint;
  quantity: bigint;
  delta: string;
  vega: string;
  /** frozen_until: Unix seconds; 0 when not frozen. */
  frozenUntil: bigint;
}
export interface MmpStateProtoMsg {
  typeUrl: "/settle.options.v1.MmpState";
  value: Uint8Array;
}
/**
 * MmpState: the fills counted in the current interval and the freeze.
 * @name MmpStateAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.MmpState
 */
export interface MmpStateAmino {
  window_start?: string;
  quantity?: string;
  delta?: string;
  vega?: string;
  /**
   * frozen_until: Unix seconds; 0 when not frozen.
   */
  frozen_until?: string;
}
export interface MmpStateAminoMsg {
  type: "/settle.options.v1.MmpState";
  value: MmpStateAmino;
}
/** Rfq is a taker's request for quotes on a structure (a block trade), open until `expires_at` (a height). */
export interface Rfq {
  id: bigint;
  owner: string;
  subaccount: number;
  legs: ComboLeg[];
  quantity: bigint;
  expiresAt: bigint;
}
export interface RfqProtoMsg {
  typeUrl: "/settle.options.v1.Rfq";
  value: Uint8Array;
}
/**
 * Rfq is a taker's request for quotes on a structure (a block trade), open until `expires_at` (a height).
 * @name RfqAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.Rfq
 */
export interface RfqAmino {
  id?: string;
  owner?: string;
  subaccount?: number;
  legs?: ComboLegAmino[];
  quantity?: string;
  expires_at?: string;
}
export interface RfqAminoMsg {
  type: "/settle.options.v1.Rfq";
  value: RfqAmino;
}
/**
 * Quote is a maker's firm answer to an Rfq: a price per contract for every leg (on its tick), good
 * until `expires_at` (a height, at most the request's). Net per unit, as the taker sees it:
 * Σ side × ratio × leg price.
 */
export interface Quote {
  id: bigint;
  rfqId: bigint;
  owner: string;
  subaccount: number;
  legPrices: bigint[];
  expiresAt: bigint;
}
export interface QuoteProtoMsg {
  typeUrl: "/settle.options.v1.Quote";
  value: Uint8Array;
}
/**
 * Quote is a maker's firm answer to an Rfq: a price per contract for every leg (on its tick), good
 * until `expires_at` (a height, at most the request's). Net per unit, as the taker sees it:
 * Σ side × ratio × leg price.
 * @name QuoteAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.Quote
 */
export interface QuoteAmino {
  id?: string;
  rfq_id?: string;
  owner?: string;
  subaccount?: number;
  leg_prices?: string[];
  expires_at?: string;
}
export interface QuoteAminoMsg {
  type: "/settle.options.v1.Quote";
  value: QuoteAmino;
}
/**
 * SettlementPrice is the fixed settlement price of one underlying at one expiry, with the oracle
 * checkpoints it was computed from (the one in force at the window's start, then each update in it).
 */
export interface SettlementPrice {
  underlying: string;
  expiry: bigint;
  price: string;
  windowStartNanos: bigint;
  windowEndNanos: bigint;
  samples: SettlementSample[];
  /** fixed_height: the block that fixed it. */
  fixedHeight: bigint;
  /**
   * fallback: the price in force at expiry was stale (or the window's history was missing), so it is the
   * TWAP of the first full settlement window of fresh prices after expiry (window_start..window_end).
   */
  fallback: boolean;
}
export interface SettlementPriceProtoMsg {
  typeUrl: "/settle.options.v1.SettlementPrice";
  value: Uint8Array;
}
/**
 * SettlementPrice is the fixed settlement price of one underlying at one expiry, with the oracle
 * checkpoints it was computed from (the one in force at the window's start, then each update in it).
 * @name SettlementPriceAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.SettlementPrice
 */
export interface SettlementPriceAmino {
  underlying?: string;
  expiry?: string;
  price?: string;
  window_start_nanos?: string;
  window_end_nanos?: string;
  samples?: SettlementSampleAmino[];
  /**
   * fixed_height: the block that fixed it.
   */
  fixed_height?: string;
  /**
   * fallback: the price in force at expiry was stale (or the window's history was missing), so it is the
   * TWAP of the first full settlement window of fresh prices after expiry (window_start..window_end).
   */
  fallback?: boolean;
}
export interface SettlementPriceAminoMsg {
  type: "/settle.options.v1.SettlementPrice";
  value: SettlementPriceAmino;
}
export interface SettlementSample {
  timeNanos: bigint;
  price: string;
}
export interface SettlementSampleProtoMsg {
  typeUrl: "/settle.options.v1.SettlementSample";
  value: Uint8Array;
}
/**
 * @name SettlementSampleAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.SettlementSample
 */
export interface SettlementSampleAmino {
  time_nanos?: string;
  price?: string;
}
export interface SettlementSampleAminoMsg {
  type: "/settle.options.v1.SettlementSample";
  value: SettlementSampleAmino;
}
function createBaseParams(): Params {
  return {
    authority: "",
    makerFeeRate: "",
    takerFeeRate: "",
    feeCap: "",
    maxBatchOrders: 0,
    maxOpenOrdersPerSubaccount: 0,
    listings: [],
    rfqMinContracts: BigInt(0),
    rfqMaxBlocks: BigInt(0),
    settlementWindowSeconds: BigInt(0),
    settlementBatch: 0,
    expiryPeriodSeconds: BigInt(0),
    expiryOffsetSeconds: BigInt(0)
  };
}
export const Params = {
  typeUrl: "/settle.options.v1.Params",
  encode(message: Params, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    if (message.makerFeeRate !== "") {
      writer.uint32(18).string(message.makerFeeRate);
    }
    if (message.takerFeeRate !== "") {
      writer.uint32(26).string(message.takerFeeRate);
    }
    if (message.feeCap !== "") {
      writer.uint32(34).string(message.feeCap);
    }
    if (message.maxBatchOrders !== 0) {
      writer.uint32(40).uint32(message.maxBatchOrders);
    }
    if (message.maxOpenOrdersPerSubaccount !== 0) {
      writer.uint32(48).uint32(message.maxOpenOrdersPerSubaccount);
    }
    for (const v of message.listings) {
      ListingSchedule.encode(v!, writer.uint32(58).fork()).ldelim();
    }
    if (message.rfqMinContracts !== BigInt(0)) {
      writer.uint32(64).uint64(message.rfqMinContracts);
    }
    if (message.rfqMaxBlocks !== BigInt(0)) {
      writer.uint32(72).uint64(message.rfqMaxBlocks);
    }
    if (message.settlementWindowSeconds !== BigInt(0)) {
      writer.uint32(80).int64(message.settlementWindowSeconds);
    }
    if (message.settlementBatch !== 0) {
      writer.uint32(88).uint32(message.settlementBatch);
    }
    if (message.expiryPeriodSeconds !== BigInt(0)) {
      writer.uint32(96).int64(message.expiryPeriodSeconds);
    }
    if (message.expiryOffsetSeconds !== BigInt(0)) {
      writer.uint32(104).int64(message.expiryOffsetSeconds);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Params {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseParams();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.authority = reader.string();
          break;
        case 2:
          message.makerFeeRate = reader.string();
          break;
        case 3:
          message.takerFeeRate = reader.string();
          break;
        case 4:
          message.feeCap = reader.string();
          break;
        case 5:
          message.maxBatchOrders = reader.uint32();
          break;
        case 6:
          message.maxOpenOrdersPerSubaccount = reader.uint32();
          break;
        case 7:
          message.listings.push(ListingSchedule.decode(reader, reader.uint32()));
          break;
        case 8:
          message.rfqMinContracts = reader.uint64();
          break;
        case 9:
          message.rfqMaxBlocks = reader.uint64();
          break;
        case 10:
          message.settlementWindowSeconds = reader.int64();
          break;
        case 11:
          message.settlementBatch = reader.uint32();
          break;
        case 12:
          message.expiryPeriodSeconds = reader.int64();
          break;
        case 13:
          message.expiryOffsetSeconds = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Params {
    return {
      authority: isSet(object.authority) ? String(object.authority) : "",
      makerFeeRate: isSet(object.makerFeeRate) ? String(object.makerFeeRate) : "",
      takerFeeRate: isSet(object.takerFeeRate) ? String(object.takerFeeRate) : "",
      feeCap: isSet(object.feeCap) ? String(object.feeCap) : "",
      maxBatchOrders: isSet(object.maxBatchOrders) ? Number(object.maxBatchOrders) : 0,
      maxOpenOrdersPerSubaccount: isSet(object.maxOpenOrdersPerSubaccount) ? Number(object.maxOpenOrdersPerSubaccount) : 0,
      listings: Array.isArray(object?.listings) ? object.listings.map((e: any) => ListingSchedule.fromJSON(e)) : [],
      rfqMinContracts: isSet(object.rfqMinContracts) ? BigInt(object.rfqMinContracts.toString()) : BigInt(0),
      rfqMaxBlocks: isSet(object.rfqMaxBlocks) ? BigInt(object.rfqMaxBlocks.toString()) : BigInt(0),
      settlementWindowSeconds: isSet(object.settlementWindowSeconds) ? BigInt(object.settlementWindowSeconds.toString()) : BigInt(0),
      settlementBatch: isSet(object.settlementBatch) ? Number(object.settlementBatch) : 0,
      expiryPeriodSeconds: isSet(object.expiryPeriodSeconds) ? BigInt(object.expiryPeriodSeconds.toString()) : BigInt(0),
      expiryOffsetSeconds: isSet(object.expiryOffsetSeconds) ? BigInt(object.expiryOffsetSeconds.toString()) : BigInt(0)
    };
  },
  toJSON(message: Params): JsonSafe<Params> {
    const obj: any = {};
    message.authority !== undefined && (obj.authority = message.authority);
    message.makerFeeRate !== undefined && (obj.makerFeeRate = message.makerFeeRate);
    message.takerFeeRate !== undefined && (obj.takerFeeRate = message.takerFeeRate);
    message.feeCap !== undefined && (obj.feeCap = message.feeCap);
    message.maxBatchOrders !== undefined && (obj.maxBatchOrders = Math.round(message.maxBatchOrders));
    message.maxOpenOrdersPerSubaccount !== undefined && (obj.maxOpenOrdersPerSubaccount = Math.round(message.maxOpenOrdersPerSubaccount));
    if (message.listings) {
      obj.listings = message.listings.map(e => e ? ListingSchedule.toJSON(e) : undefined);
    } else {
      obj.listings = [];
    }
    message.rfqMinContracts !== undefined && (obj.rfqMinContracts = (message.rfqMinContracts || BigInt(0)).toString());
    message.rfqMaxBlocks !== undefined && (obj.rfqMaxBlocks = (message.rfqMaxBlocks || BigInt(0)).toString());
    message.settlementWindowSeconds !== undefined && (obj.settlementWindowSeconds = (message.settlementWindowSeconds || BigInt(0)).toString());
    message.settlementBatch !== undefined && (obj.settlementBatch = Math.round(message.settlementBatch));
    message.expiryPeriodSeconds !== undefined && (obj.expiryPeriodSeconds = (message.expiryPeriodSeconds || BigInt(0)).toString());
    message.expiryOffsetSeconds !== undefined && (obj.expiryOffsetSeconds = (message.expiryOffsetSeconds || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<Params>): Params {
    const message = createBaseParams();
    message.authority = object.authority ?? "";
    message.makerFeeRate = object.makerFeeRate ?? "";
    message.takerFeeRate = object.takerFeeRate ?? "";
    message.feeCap = object.feeCap ?? "";
    message.maxBatchOrders = object.maxBatchOrders ?? 0;
    message.maxOpenOrdersPerSubaccount = object.maxOpenOrdersPerSubaccount ?? 0;
    message.listings = object.listings?.map(e => ListingSchedule.fromPartial(e)) || [];
    message.rfqMinContracts = object.rfqMinContracts !== undefined && object.rfqMinContracts !== null ? BigInt(object.rfqMinContracts.toString()) : BigInt(0);
    message.rfqMaxBlocks = object.rfqMaxBlocks !== undefined && object.rfqMaxBlocks !== null ? BigInt(object.rfqMaxBlocks.toString()) : BigInt(0);
    message.settlementWindowSeconds = object.settlementWindowSeconds !== undefined && object.settlementWindowSeconds !== null ? BigInt(object.settlementWindowSeconds.toString()) : BigInt(0);
    message.settlementBatch = object.settlementBatch ?? 0;
    message.expiryPeriodSeconds = object.expiryPeriodSeconds !== undefined && object.expiryPeriodSeconds !== null ? BigInt(object.expiryPeriodSeconds.toString()) : BigInt(0);
    message.expiryOffsetSeconds = object.expiryOffsetSeconds !== undefined && object.expiryOffsetSeconds !== null ? BigInt(object.expiryOffsetSeconds.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: ParamsAmino): Params {
    const message = createBaseParams();
    if (object.authority !== undefined && object.authority !== null) {
      message.authority = object.authority;
    }
    if (object.maker_fee_rate !== undefined && object.maker_fee_rate !== null) {
      message.makerFeeRate = object.maker_fee_rate;
    }
    if (object.taker_fee_rate !== undefined && object.taker_fee_rate !== null) {
      message.takerFeeRate = object.taker_fee_rate;
    }
    if (object.fee_cap !== undefined && object.fee_cap !== null) {
      message.feeCap = object.fee_cap;
    }
    if (object.max_batch_orders !== undefined && object.max_batch_orders !== null) {
      message.maxBatchOrders = object.max_batch_orders;
    }
    if (object.max_open_orders_per_subaccount !== undefined && object.max_open_orders_per_subaccount !== null) {
      message.maxOpenOrdersPerSubaccount = object.max_open_orders_per_subaccount;
    }
    message.listings = object.listings?.map(e => ListingSchedule.fromAmino(e)) || [];
    if (object.rfq_min_contracts !== undefined && object.rfq_min_contracts !== null) {
      message.rfqMinContracts = BigInt(object.rfq_min_contracts);
    }
    if (object.rfq_max_blocks !== undefined && object.rfq_max_blocks !== null) {
      message.rfqMaxBlocks = BigInt(object.rfq_max_blocks);
    }
    if (object.settlement_window_seconds !== undefined && object.settlement_window_seconds !== null) {
      message.settlementWindowSeconds = BigInt(object.settlement_window_seconds);
    }
    if (object.settlement_batch !== undefined && object.settlement_batch !== null) {
      message.settlementBatch = object.settlement_batch;
    }
    if (object.expiry_period_seconds !== undefined && object.expiry_period_seconds !== null) {
      message.expiryPeriodSeconds = BigInt(object.expiry_period_seconds);
    }
    if (object.expiry_offset_seconds !== undefined && object.expiry_offset_seconds !== null) {
      message.expiryOffsetSeconds = BigInt(object.expiry_offset_seconds);
    }
    return message;
  },
  toAmino(message: Params): ParamsAmino {
    const obj: any = {};
    obj.authority = message.authority === "" ? undefined : message.authority;
    obj.maker_fee_rate = message.makerFeeRate === "" ? undefined : message.makerFeeRate;
    obj.taker_fee_rate = message.takerFeeRate === "" ? undefined : message.takerFeeRate;
    obj.fee_cap = message.feeCap === "" ? undefined : message.feeCap;
    obj.max_batch_orders = message.maxBatchOrders === 0 ? undefined : message.maxBatchOrders;
    obj.max_open_orders_per_subaccount = message.maxOpenOrdersPerSubaccount === 0 ? undefined : message.maxOpenOrdersPerSubaccount;
    if (message.listings && message.listings.length > 0) {
      obj.listings = message.listings.map(e => e ? ListingSchedule.toAmino(e) : undefined);
    }
    obj.rfq_min_contracts = message.rfqMinContracts !== BigInt(0) ? message.rfqMinContracts?.toString() : undefined;
    obj.rfq_max_blocks = message.rfqMaxBlocks !== BigInt(0) ? message.rfqMaxBlocks?.toString() : undefined;
    obj.settlement_window_seconds = message.settlementWindowSeconds !== BigInt(0) ? message.settlementWindowSeconds?.toString() : undefined;
    obj.settlement_batch = message.settlementBatch === 0 ? undefined : message.settlementBatch;
    obj.expiry_period_seconds = message.expiryPeriodSeconds !== BigInt(0) ? message.expiryPeriodSeconds?.toString() : undefined;
    obj.expiry_offset_seconds = message.expiryOffsetSeconds !== BigInt(0) ? message.expiryOffsetSeconds?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: ParamsAminoMsg): Params {
    return Params.fromAmino(object.value);
  },
  fromProtoMsg(message: ParamsProtoMsg): Params {
    return Params.decode(message.value);
  },
  toProto(message: Params): Uint8Array {
    return Params.encode(message).finish();
  },
  toProtoMsg(message: Params): ParamsProtoMsg {
    return {
      typeUrl: "/settle.options.v1.Params",
      value: Params.encode(message).finish()
    };
  }
};
function createBaseListingSchedule(): ListingSchedule {
  return {
    underlying: "",
    contractSize: "",
    tickSize: BigInt(0),
    minSize: BigInt(0),
    strikeStep: "",
    strikesEachSide: 0,
    daily: 0,
    weekly: 0,
    monthly: 0,
    openInterestCap: BigInt(0)
  };
}
export const ListingSchedule = {
  typeUrl: "/settle.options.v1.ListingSchedule",
  encode(message: ListingSchedule, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.underlying !== "") {
      writer.uint32(10).string(message.underlying);
    }
    if (message.contractSize !== "") {
      writer.uint32(18).string(message.contractSize);
    }
    if (message.tickSize !== BigInt(0)) {
      writer.uint32(24).uint64(message.tickSize);
    }
    if (message.minSize !== BigInt(0)) {
      writer.uint32(32).uint64(message.minSize);
    }
    if (message.strikeStep !== "") {
      writer.uint32(42).string(message.strikeStep);
    }
    if (message.strikesEachSide !== 0) {
      writer.uint32(48).uint32(message.strikesEachSide);
    }
    if (message.daily !== 0) {
      writer.uint32(56).uint32(message.daily);
    }
    if (message.weekly !== 0) {
      writer.uint32(64).uint32(message.weekly);
    }
    if (message.monthly !== 0) {
      writer.uint32(72).uint32(message.monthly);
    }
    if (message.openInterestCap !== BigInt(0)) {
      writer.uint32(80).uint64(message.openInterestCap);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): ListingSchedule {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseListingSchedule();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.underlying = reader.string();
          break;
        case 2:
          message.contractSize = reader.string();
          break;
        case 3:
          message.tickSize = reader.uint64();
          break;
        case 4:
          message.minSize = reader.uint64();
          break;
        case 5:
          message.strikeStep = reader.string();
          break;
        case 6:
          message.strikesEachSide = reader.uint32();
          break;
        case 7:
          message.daily = reader.uint32();
          break;
        case 8:
          message.weekly = reader.uint32();
          break;
        case 9:
          message.monthly = reader.uint32();
          break;
        case 10:
          message.openInterestCap = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): ListingSchedule {
    return {
      underlying: isSet(object.underlying) ? String(object.underlying) : "",
      contractSize: isSet(object.contractSize) ? String(object.contractSize) : "",
      tickSize: isSet(object.tickSize) ? BigInt(object.tickSize.toString()) : BigInt(0),
      minSize: isSet(object.minSize) ? BigInt(object.minSize.toString()) : BigInt(0),
      strikeStep: isSet(object.strikeStep) ? String(object.strikeStep) : "",
      strikesEachSide: isSet(object.strikesEachSide) ? Number(object.strikesEachSide) : 0,
      daily: isSet(object.daily) ? Number(object.daily) : 0,
      weekly: isSet(object.weekly) ? Number(object.weekly) : 0,
      monthly: isSet(object.monthly) ? Number(object.monthly) : 0,
      openInterestCap: isSet(object.openInterestCap) ? BigInt(object.openInterestCap.toString()) : BigInt(0)
    };
  },
  toJSON(message: ListingSchedule): JsonSafe<ListingSchedule> {
    const obj: any = {};
    message.underlying !== undefined && (obj.underlying = message.underlying);
    message.contractSize !== undefined && (obj.contractSize = message.contractSize);
    message.tickSize !== undefined && (obj.tickSize = (message.tickSize || BigInt(0)).toString());
    message.minSize !== undefined && (obj.minSize = (message.minSize || BigInt(0)).toString());
    message.strikeStep !== undefined && (obj.strikeStep = message.strikeStep);
    message.strikesEachSide !== undefined && (obj.strikesEachSide = Math.round(message.strikesEachSide));
    message.daily !== undefined && (obj.daily = Math.round(message.daily));
    message.weekly !== undefined && (obj.weekly = Math.round(message.weekly));
    message.monthly !== undefined && (obj.monthly = Math.round(message.monthly));
    message.openInterestCap !== undefined && (obj.openInterestCap = (message.openInterestCap || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<ListingSchedule>): ListingSchedule {
    const message = createBaseListingSchedule();
    message.underlying = object.underlying ?? "";
    message.contractSize = object.contractSize ?? "";
    message.tickSize = object.tickSize !== undefined && object.tickSize !== null ? BigInt(object.tickSize.toString()) : BigInt(0);
    message.minSize = object.minSize !== undefined && object.minSize !== null ? BigInt(object.minSize.toString()) : BigInt(0);
    message.strikeStep = object.strikeStep ?? "";
    message.strikesEachSide = object.strikesEachSide ?? 0;
    message.daily = object.daily ?? 0;
    message.weekly = object.weekly ?? 0;
    message.monthly = object.monthly ?? 0;
    message.openInterestCap = object.openInterestCap !== undefined && object.openInterestCap !== null ? BigInt(object.openInterestCap.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: ListingScheduleAmino): ListingSchedule {
    const message = createBaseListingSchedule();
    if (object.underlying !== undefined && object.underlying !== null) {
      message.underlying = object.underlying;
    }
    if (object.contract_size !== undefined && object.contract_size !== null) {
      message.contractSize = object.contract_size;
    }
    if (object.tick_size !== undefined && object.tick_size !== null) {
      message.tickSize = BigInt(object.tick_size);
    }
    if (object.min_size !== undefined && object.min_size !== null) {
      message.minSize = BigInt(object.min_size);
    }
    if (object.strike_step !== undefined && object.strike_step !== null) {
      message.strikeStep = object.strike_step;
    }
    if (object.strikes_each_side !== undefined && object.strikes_each_side !== null) {
      message.strikesEachSide = object.strikes_each_side;
    }
    if (object.daily !== undefined && object.daily !== null) {
      message.daily = object.daily;
    }
    if (object.weekly !== undefined && object.weekly !== null) {
      message.weekly = object.weekly;
    }
    if (object.monthly !== undefined && object.monthly !== null) {
      message.monthly = object.monthly;
    }
    if (object.open_interest_cap !== undefined && object.open_interest_cap !== null) {
      message.openInterestCap = BigInt(object.open_interest_cap);
    }
    return message;
  },
  toAmino(message: ListingSchedule): ListingScheduleAmino {
    const obj: any = {};
    obj.underlying = message.underlying === "" ? undefined : message.underlying;
    obj.contract_size = message.contractSize === "" ? undefined : message.contractSize;
    obj.tick_size = message.tickSize !== BigInt(0) ? message.tickSize?.toString() : undefined;
    obj.min_size = message.minSize !== BigInt(0) ? message.minSize?.toString() : undefined;
    obj.strike_step = message.strikeStep === "" ? undefined : message.strikeStep;
    obj.strikes_each_side = message.strikesEachSide === 0 ? undefined : message.strikesEachSide;
    obj.daily = message.daily === 0 ? undefined : message.daily;
    obj.weekly = message.weekly === 0 ? undefined : message.weekly;
    obj.monthly = message.monthly === 0 ? undefined : message.monthly;
    obj.open_interest_cap = message.openInterestCap !== BigInt(0) ? message.openInterestCap?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: ListingScheduleAminoMsg): ListingSchedule {
    return ListingSchedule.fromAmino(object.value);
  },
  fromProtoMsg(message: ListingScheduleProtoMsg): ListingSchedule {
    return ListingSchedule.decode(message.value);
  },
  toProto(message: ListingSchedule): Uint8Array {
    return ListingSchedule.encode(message).finish();
  },
  toProtoMsg(message: ListingSchedule): ListingScheduleProtoMsg {
    return {
      typeUrl: "/settle.options.v1.ListingSchedule",
      value: ListingSchedule.encode(message).finish()
    };
  }
};
function createBaseInstrument(): Instrument {
  return {
    id: "",
    underlying: "",
    expiry: BigInt(0),
    strike: "",
    kind: 0,
    contractSize: "",
    tickSize: BigInt(0),
    minSize: BigInt(0),
    openInterestCap: BigInt(0),
    status: 0,
    settlementPrice: ""
  };
}
export const Instrument = {
  typeUrl: "/settle.options.v1.Instrument",
  encode(message: Instrument, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== "") {
      writer.uint32(10).string(message.id);
    }
    if (message.underlying !== "") {
      writer.uint32(18).string(message.underlying);
    }
    if (message.expiry !== BigInt(0)) {
      writer.uint32(24).int64(message.expiry);
    }
    if (message.strike !== "") {
      writer.uint32(34).string(message.strike);
    }
    if (message.kind !== 0) {
      writer.uint32(40).int32(message.kind);
    }
    if (message.contractSize !== "") {
      writer.uint32(50).string(message.contractSize);
    }
    if (message.tickSize !== BigInt(0)) {
      writer.uint32(56).uint64(message.tickSize);
    }
    if (message.minSize !== BigInt(0)) {
      writer.uint32(64).uint64(message.minSize);
    }
    if (message.openInterestCap !== BigInt(0)) {
      writer.uint32(72).uint64(message.openInterestCap);
    }
    if (message.status !== 0) {
      writer.uint32(80).int32(message.status);
    }
    if (message.settlementPrice !== "") {
      writer.uint32(90).string(message.settlementPrice);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Instrument {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseInstrument();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.id = reader.string();
          break;
        case 2:
          message.underlying = reader.string();
          break;
        case 3:
          message.expiry = reader.int64();
          break;
        case 4:
          message.strike = reader.string();
          break;
        case 5:
          message.kind = reader.int32() as any;
          break;
        case 6:
          message.contractSize = reader.string();
          break;
        case 7:
          message.tickSize = reader.uint64();
          break;
        case 8:
          message.minSize = reader.uint64();
          break;
        case 9:
          message.openInterestCap = reader.uint64();
          break;
        case 10:
          message.status = reader.int32() as any;
          break;
        case 11:
          message.settlementPrice = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Instrument {
    return {
      id: isSet(object.id) ? String(object.id) : "",
      underlying: isSet(object.underlying) ? String(object.underlying) : "",
      expiry: isSet(object.expiry) ? BigInt(object.expiry.toString()) : BigInt(0),
      strike: isSet(object.strike) ? String(object.strike) : "",
      kind: isSet(object.kind) ? optionKindFromJSON(object.kind) : -1,
      contractSize: isSet(object.contractSize) ? String(object.contractSize) : "",
      tickSize: isSet(object.tickSize) ? BigInt(object.tickSize.toString()) : BigInt(0),
      minSize: isSet(object.minSize) ? BigInt(object.minSize.toString()) : BigInt(0),
      openInterestCap: isSet(object.openInterestCap) ? BigInt(object.openInterestCap.toString()) : BigInt(0),
      status: isSet(object.status) ? instrumentStatusFromJSON(object.status) : -1,
      settlementPrice: isSet(object.settlementPrice) ? String(object.settlementPrice) : ""
    };
  },
  toJSON(message: Instrument): JsonSafe<Instrument> {
    const obj: any = {};
    message.id !== undefined && (obj.id = message.id);
    message.underlying !== undefined && (obj.underlying = message.underlying);
    message.expiry !== undefined && (obj.expiry = (message.expiry || BigInt(0)).toString());
    message.strike !== undefined && (obj.strike = message.strike);
    message.kind !== undefined && (obj.kind = optionKindToJSON(message.kind));
    message.contractSize !== undefined && (obj.contractSize = message.contractSize);
    message.tickSize !== undefined && (obj.tickSize = (message.tickSize || BigInt(0)).toString());
    message.minSize !== undefined && (obj.minSize = (message.minSize || BigInt(0)).toString());
    message.openInterestCap !== undefined && (obj.openInterestCap = (message.openInterestCap || BigInt(0)).toString());
    message.status !== undefined && (obj.status = instrumentStatusToJSON(message.status));
    message.settlementPrice !== undefined && (obj.settlementPrice = message.settlementPrice);
    return obj;
  },
  fromPartial(object: DeepPartial<Instrument>): Instrument {
    const message = createBaseInstrument();
    message.id = object.id ?? "";
    message.underlying = object.underlying ?? "";
    message.expiry = object.expiry !== undefined && object.expiry !== null ? BigInt(object.expiry.toString()) : BigInt(0);
    message.strike = object.strike ?? "";
    message.kind = object.kind ?? 0;
    message.contractSize = object.contractSize ?? "";
    message.tickSize = object.tickSize !== undefined && object.tickSize !== null ? BigInt(object.tickSize.toString()) : BigInt(0);
    message.minSize = object.minSize !== undefined && object.minSize !== null ? BigInt(object.minSize.toString()) : BigInt(0);
    message.openInterestCap = object.openInterestCap !== undefined && object.openInterestCap !== null ? BigInt(object.openInterestCap.toString()) : BigInt(0);
    message.status = object.status ?? 0;
    message.settlementPrice = object.settlementPrice ?? "";
    return message;
  },
  fromAmino(object: InstrumentAmino): Instrument {
    const message = createBaseInstrument();
    if (object.id !== undefined && object.id !== null) {
      message.id = object.id;
    }
    if (object.underlying !== undefined && object.underlying !== null) {
      message.underlying = object.underlying;
    }
    if (object.expiry !== undefined && object.expiry !== null) {
      message.expiry = BigInt(object.expiry);
    }
    if (object.strike !== undefined && object.strike !== null) {
      message.strike = object.strike;
    }
    if (object.kind !== undefined && object.kind !== null) {
      message.kind = object.kind;
    }
    if (object.contract_size !== undefined && object.contract_size !== null) {
      message.contractSize = object.contract_size;
    }
    if (object.tick_size !== undefined && object.tick_size !== null) {
      message.tickSize = BigInt(object.tick_size);
    }
    if (object.min_size !== undefined && object.min_size !== null) {
      message.minSize = BigInt(object.min_size);
    }
    if (object.open_interest_cap !== undefined && object.open_interest_cap !== null) {
      message.openInterestCap = BigInt(object.open_interest_cap);
    }
    if (object.status !== undefined && object.status !== null) {
      message.status = object.status;
    }
    if (object.settlement_price !== undefined && object.settlement_price !== null) {
      message.settlementPrice = object.settlement_price;
    }
    return message;
  },
  toAmino(message: Instrument): InstrumentAmino {
    const obj: any = {};
    obj.id = message.id === "" ? undefined : message.id;
    obj.underlying = message.underlying === "" ? undefined : message.underlying;
    obj.expiry = message.expiry !== BigInt(0) ? message.expiry?.toString() : undefined;
    obj.strike = message.strike === "" ? undefined : message.strike;
    obj.kind = message.kind === 0 ? undefined : message.kind;
    obj.contract_size = message.contractSize === "" ? undefined : message.contractSize;
    obj.tick_size = message.tickSize !== BigInt(0) ? message.tickSize?.toString() : undefined;
    obj.min_size = message.minSize !== BigInt(0) ? message.minSize?.toString() : undefined;
    obj.open_interest_cap = message.openInterestCap !== BigInt(0) ? message.openInterestCap?.toString() : undefined;
    obj.status = message.status === 0 ? undefined : message.status;
    obj.settlement_price = message.settlementPrice === "" ? undefined : message.settlementPrice;
    return obj;
  },
  fromAminoMsg(object: InstrumentAminoMsg): Instrument {
    return Instrument.fromAmino(object.value);
  },
  fromProtoMsg(message: InstrumentProtoMsg): Instrument {
    return Instrument.decode(message.value);
  },
  toProto(message: Instrument): Uint8Array {
    return Instrument.encode(message).finish();
  },
  toProtoMsg(message: Instrument): InstrumentProtoMsg {
    return {
      typeUrl: "/settle.options.v1.Instrument",
      value: Instrument.encode(message).finish()
    };
  }
};
function createBaseOrderSpec(): OrderSpec {
  return {
    clientId: BigInt(0),
    instrumentId: "",
    side: 0,
    price: BigInt(0),
    size: BigInt(0),
    timeInForce: 0,
    goodTilTime: BigInt(0),
    goodTilBlock: BigInt(0),
    postOnly: false,
    reduceOnly: false,
    selfTradePrevention: 0
  };
}
export const OrderSpec = {
  typeUrl: "/settle.options.v1.OrderSpec",
  encode(message: OrderSpec, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.clientId !== BigInt(0)) {
      writer.uint32(8).uint64(message.clientId);
    }
    if (message.instrumentId !== "") {
      writer.uint32(18).string(message.instrumentId);
    }
    if (message.side !== 0) {
      writer.uint32(24).int32(message.side);
    }
    if (message.price !== BigInt(0)) {
      writer.uint32(32).uint64(message.price);
    }
    if (message.size !== BigInt(0)) {
      writer.uint32(40).uint64(message.size);
    }
    if (message.timeInForce !== 0) {
      writer.uint32(48).int32(message.timeInForce);
    }
    if (message.goodTilTime !== BigInt(0)) {
      writer.uint32(56).int64(message.goodTilTime);
    }
    if (message.goodTilBlock !== BigInt(0)) {
      writer.uint32(64).uint64(message.goodTilBlock);
    }
    if (message.postOnly === true) {
      writer.uint32(72).bool(message.postOnly);
    }
    if (message.reduceOnly === true) {
      writer.uint32(80).bool(message.reduceOnly);
    }
    if (message.selfTradePrevention !== 0) {
      writer.uint32(88).int32(message.selfTradePrevention);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): OrderSpec {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseOrderSpec();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.clientId = reader.uint64();
          break;
        case 2:
          message.instrumentId = reader.string();
          break;
        case 3:
          message.side = reader.int32() as any;
          break;
        case 4:
          message.price = reader.uint64();
          break;
        case 5:
          message.size = reader.uint64();
          break;
        case 6:
          message.timeInForce = reader.int32() as any;
          break;
        case 7:
          message.goodTilTime = reader.int64();
          break;
        case 8:
          message.goodTilBlock = reader.uint64();
          break;
        case 9:
          message.postOnly = reader.bool();
          break;
        case 10:
          message.reduceOnly = reader.bool();
          break;
        case 11:
          message.selfTradePrevention = reader.int32() as any;
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): OrderSpec {
    return {
      clientId: isSet(object.clientId) ? BigInt(object.clientId.toString()) : BigInt(0),
      instrumentId: isSet(object.instrumentId) ? String(object.instrumentId) : "",
      side: isSet(object.side) ? sideFromJSON(object.side) : -1,
      price: isSet(object.price) ? BigInt(object.price.toString()) : BigInt(0),
      size: isSet(object.size) ? BigInt(object.size.toString()) : BigInt(0),
      timeInForce: isSet(object.timeInForce) ? timeInForceFromJSON(object.timeInForce) : -1,
      goodTilTime: isSet(object.goodTilTime) ? BigInt(object.goodTilTime.toString()) : BigInt(0),
      goodTilBlock: isSet(object.goodTilBlock) ? BigInt(object.goodTilBlock.toString()) : BigInt(0),
      postOnly: isSet(object.postOnly) ? Boolean(object.postOnly) : false,
      reduceOnly: isSet(object.reduceOnly) ? Boolean(object.reduceOnly) : false,
      selfTradePrevention: isSet(object.selfTradePrevention) ? selfTradePreventionFromJSON(object.selfTradePrevention) : -1
    };
  },
  toJSON(message: OrderSpec): JsonSafe<OrderSpec> {
    const obj: any = {};
    message.clientId !== undefined && (obj.clientId = (message.clientId || BigInt(0)).toString());
    message.instrumentId !== undefined && (obj.instrumentId = message.instrumentId);
    message.side !== undefined && (obj.side = sideToJSON(message.side));
    message.price !== undefined && (obj.price = (message.price || BigInt(0)).toString());
    message.size !== undefined && (obj.size = (message.size || BigInt(0)).toString());
    message.timeInForce !== undefined && (obj.timeInForce = timeInForceToJSON(message.timeInForce));
    message.goodTilTime !== undefined && (obj.goodTilTime = (message.goodTilTime || BigInt(0)).toString());
    message.goodTilBlock !== undefined && (obj.goodTilBlock = (message.goodTilBlock || BigInt(0)).toString());
    message.postOnly !== undefined && (obj.postOnly = message.postOnly);
    message.reduceOnly !== undefined && (obj.reduceOnly = message.reduceOnly);
    message.selfTradePrevention !== undefined && (obj.selfTradePrevention = selfTradePreventionToJSON(message.selfTradePrevention));
    return obj;
  },
  fromPartial(object: DeepPartial<OrderSpec>): OrderSpec {
    const message = createBaseOrderSpec();
    message.clientId = object.clientId !== undefined && object.clientId !== null ? BigInt(object.clientId.toString()) : BigInt(0);
    message.instrumentId = object.instrumentId ?? "";
    message.side = object.side ?? 0;
    message.price = object.price !== undefined && object.price !== null ? BigInt(object.price.toString()) : BigInt(0);
    message.size = object.size !== undefined && object.size !== null ? BigInt(object.size.toString()) : BigInt(0);
    message.timeInForce = object.timeInForce ?? 0;
    message.goodTilTime = object.goodTilTime !== undefined && object.goodTilTime !== null ? BigInt(object.goodTilTime.toString()) : BigInt(0);
    message.goodTilBlock = object.goodTilBlock !== undefined && object.goodTilBlock !== null ? BigInt(object.goodTilBlock.toString()) : BigInt(0);
    message.postOnly = object.postOnly ?? false;
    message.reduceOnly = object.reduceOnly ?? false;
    message.selfTradePrevention = object.selfTradePrevention ?? 0;
    return message;
  },
  fromAmino(object: OrderSpecAmino): OrderSpec {
    const message = createBaseOrderSpec();
    if (object.client_id !== undefined && object.client_id !== null) {
      message.clientId = BigInt(object.client_id);
    }
    if (object.instrument_id !== undefined && object.instrument_id !== null) {
      message.instrumentId = object.instrument_id;
    }
    if (object.side !== undefined && object.side !== null) {
      message.side = object.side;
    }
    if (object.price !== undefined && object.price !== null) {
      message.price = BigInt(object.price);
    }
    if (object.size !== undefined && object.size !== null) {
      message.size = BigInt(object.size);
    }
    if (object.time_in_force !== undefined && object.time_in_force !== null) {
      message.timeInForce = object.time_in_force;
    }
    if (object.good_til_time !== undefined && object.good_til_time !== null) {
      message.goodTilTime = BigInt(object.good_til_time);
    }
    if (object.good_til_block !== undefined && object.good_til_block !== null) {
      message.goodTilBlock = BigInt(object.good_til_block);
    }
    if (object.post_only !== undefined && object.post_only !== null) {
      message.postOnly = object.post_only;
    }
    if (object.reduce_only !== undefined && object.reduce_only !== null) {
      message.reduceOnly = object.reduce_only;
    }
    if (object.self_trade_prevention !== undefined && object.self_trade_prevention !== null) {
      message.selfTradePrevention = object.self_trade_prevention;
    }
    return message;
  },
  toAmino(message: OrderSpec): OrderSpecAmino {
    const obj: any = {};
    obj.client_id = message.clientId !== BigInt(0) ? message.clientId?.toString() : undefined;
    obj.instrument_id = message.instrumentId === "" ? undefined : message.instrumentId;
    obj.side = message.side === 0 ? undefined : message.side;
    obj.price = message.price !== BigInt(0) ? message.price?.toString() : undefined;
    obj.size = message.size !== BigInt(0) ? message.size?.toString() : undefined;
    obj.time_in_force = message.timeInForce === 0 ? undefined : message.timeInForce;
    obj.good_til_time = message.goodTilTime !== BigInt(0) ? message.goodTilTime?.toString() : undefined;
    obj.good_til_block = message.goodTilBlock !== BigInt(0) ? message.goodTilBlock?.toString() : undefined;
    obj.post_only = message.postOnly === false ? undefined : message.postOnly;
    obj.reduce_only = message.reduceOnly === false ? undefined : message.reduceOnly;
    obj.self_trade_prevention = message.selfTradePrevention === 0 ? undefined : message.selfTradePrevention;
    return obj;
  },
  fromAminoMsg(object: OrderSpecAminoMsg): OrderSpec {
    return OrderSpec.fromAmino(object.value);
  },
  fromProtoMsg(message: OrderSpecProtoMsg): OrderSpec {
    return OrderSpec.decode(message.value);
  },
  toProto(message: OrderSpec): Uint8Array {
    return OrderSpec.encode(message).finish();
  },
  toProtoMsg(message: OrderSpec): OrderSpecProtoMsg {
    return {
      typeUrl: "/settle.options.v1.OrderSpec",
      value: OrderSpec.encode(message).finish()
    };
  }
};
function createBaseOrder(): Order {
  return {
    id: BigInt(0),
    owner: "",
    subaccount: 0,
    spec: undefined,
    remaining: BigInt(0),
    placedHeight: BigInt(0),
    restSeq: BigInt(0)
  };
}
export const Order = {
  typeUrl: "/settle.options.v1.Order",
  encode(message: Order, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
    }
    if (message.owner !== "") {
      writer.uint32(18).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(24).uint32(message.subaccount);
    }
    if (message.spec !== undefined) {
      OrderSpec.encode(message.spec, writer.uint32(34).fork()).ldelim();
    }
    if (message.remaining !== BigInt(0)) {
      writer.uint32(40).uint64(message.remaining);
    }
    if (message.placedHeight !== BigInt(0)) {
      writer.uint32(48).uint64(message.placedHeight);
    }
    if (message.restSeq !== BigInt(0)) {
      writer.uint32(56).uint64(message.restSeq);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Order {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseOrder();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.id = reader.uint64();
          break;
        case 2:
          message.owner = reader.string();
          break;
        case 3:
          message.subaccount = reader.uint32();
          break;
        case 4:
          message.spec = OrderSpec.decode(reader, reader.uint32());
          break;
        case 5:
          message.remaining = reader.uint64();
          break;
        case 6:
          message.placedHeight = reader.uint64();
          break;
        case 7:
          message.restSeq = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Order {
    return {
      id: isSet(object.id) ? BigInt(object.id.toString()) : BigInt(0),
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      spec: isSet(object.spec) ? OrderSpec.fromJSON(object.spec) : undefined,
      remaining: isSet(object.remaining) ? BigInt(object.remaining.toString()) : BigInt(0),
      placedHeight: isSet(object.placedHeight) ? BigInt(object.placedHeight.toString()) : BigInt(0),
      restSeq: isSet(object.restSeq) ? BigInt(object.restSeq.toString()) : BigInt(0)
    };
  },
  toJSON(message: Order): JsonSafe<Order> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    message.spec !== undefined && (obj.spec = message.spec ? OrderSpec.toJSON(message.spec) : undefined);
    message.remaining !== undefined && (obj.remaining = (message.remaining || BigInt(0)).toString());
    message.placedHeight !== undefined && (obj.placedHeight = (message.placedHeight || BigInt(0)).toString());
    message.restSeq !== undefined && (obj.restSeq = (message.restSeq || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<Order>): Order {
    const message = createBaseOrder();
    message.id = object.id !== undefined && object.id !== null ? BigInt(object.id.toString()) : BigInt(0);
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.spec = object.spec !== undefined && object.spec !== null ? OrderSpec.fromPartial(object.spec) : undefined;
    message.remaining = object.remaining !== undefined && object.remaining !== null ? BigInt(object.remaining.toString()) : BigInt(0);
    message.placedHeight = object.placedHeight !== undefined && object.placedHeight !== null ? BigInt(object.placedHeight.toString()) : BigInt(0);
    message.restSeq = object.restSeq !== undefined && object.restSeq !== null ? BigInt(object.restSeq.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: OrderAmino): Order {
    const message = createBaseOrder();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id);
    }
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    if (object.spec !== undefined && object.spec !== null) {
      message.spec = OrderSpec.fromAmino(object.spec);
    }
    if (object.remaining !== undefined && object.remaining !== null) {
      message.remaining = BigInt(object.remaining);
    }
    if (object.placed_height !== undefined && object.placed_height !== null) {
      message.placedHeight = BigInt(object.placed_height);
    }
    if (object.rest_seq !== undefined && object.rest_seq !== null) {
      message.restSeq = BigInt(object.rest_seq);
    }
    return message;
  },
  toAmino(message: Order): OrderAmino {
    const obj: any = {};
    obj.id = message.id !== BigInt(0) ? message.id?.toString() : undefined;
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    obj.spec = message.spec ? OrderSpec.toAmino(message.spec) : undefined;
    obj.remaining = message.remaining !== BigInt(0) ? message.remaining?.toString() : undefined;
    obj.placed_height = message.placedHeight !== BigInt(0) ? message.placedHeight?.toString() : undefined;
    obj.rest_seq = message.restSeq !== BigInt(0) ? message.restSeq?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: OrderAminoMsg): Order {
    return Order.fromAmino(object.value);
  },
  fromProtoMsg(message: OrderProtoMsg): Order {
    return Order.decode(message.value);
  },
  toProto(message: Order): Uint8Array {
    return Order.encode(message).finish();
  },
  toProtoMsg(message: Order): OrderProtoMsg {
    return {
      typeUrl: "/settle.options.v1.Order",
      value: Order.encode(message).finish()
    };
  }
};
function createBaseInstrumentStats(): InstrumentStats {
  return {
    instrumentId: "",
    openInterest: BigInt(0),
    volume: BigInt(0),
    lastPrice: BigInt(0),
    lastTradeHeight: BigInt(0)
  };
}
export const InstrumentStats = {
  typeUrl: "/settle.options.v1.InstrumentStats",
  encode(message: InstrumentStats, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.instrumentId !== "") {
      writer.uint32(10).string(message.instrumentId);
    }
    if (message.openInterest !== BigInt(0)) {
      writer.uint32(16).uint64(message.openInterest);
    }
    if (message.volume !== BigInt(0)) {
      writer.uint32(24).uint64(message.volume);
    }
    if (message.lastPrice !== BigInt(0)) {
      writer.uint32(32).uint64(message.lastPrice);
    }
    if (message.lastTradeHeight !== BigInt(0)) {
      writer.uint32(40).uint64(message.lastTradeHeight);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): InstrumentStats {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseInstrumentStats();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.instrumentId = reader.string();
          break;
        case 2:
          message.openInterest = reader.uint64();
          break;
        case 3:
          message.volume = reader.uint64();
          break;
        case 4:
          message.lastPrice = reader.uint64();
          break;
        case 5:
          message.lastTradeHeight = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): InstrumentStats {
    return {
      instrumentId: isSet(object.instrumentId) ? String(object.instrumentId) : "",
      openInterest: isSet(object.openInterest) ? BigInt(object.openInterest.toString()) : BigInt(0),
      volume: isSet(object.volume) ? BigInt(object.volume.toString()) : BigInt(0),
      lastPrice: isSet(object.lastPrice) ? BigInt(object.lastPrice.toString()) : BigInt(0),
      lastTradeHeight: isSet(object.lastTradeHeight) ? BigInt(object.lastTradeHeight.toString()) : BigInt(0)
    };
  },
  toJSON(message: InstrumentStats): JsonSafe<InstrumentStats> {
    const obj: any = {};
    message.instrumentId !== undefined && (obj.instrumentId = message.instrumentId);
    message.openInterest !== undefined && (obj.openInterest = (message.openInterest || BigInt(0)).toString());
    message.volume !== undefined && (obj.volume = (message.volume || BigInt(0)).toString());
    message.lastPrice !== undefined && (obj.lastPrice = (message.lastPrice || BigInt(0)).toString());
    message.lastTradeHeight !== undefined && (obj.lastTradeHeight = (message.lastTradeHeight || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<InstrumentStats>): InstrumentStats {
    const message = createBaseInstrumentStats();
    message.instrumentId = object.instrumentId ?? "";
    message.openInterest = object.openInterest !== undefined && object.openInterest !== null ? BigInt(object.openInterest.toString()) : BigInt(0);
    message.volume = object.volume !== undefined && object.volume !== null ? BigInt(object.volume.toString()) : BigInt(0);
    message.lastPrice = object.lastPrice !== undefined && object.lastPrice !== null ? BigInt(object.lastPrice.toString()) : BigInt(0);
    message.lastTradeHeight = object.lastTradeHeight !== undefined && object.lastTradeHeight !== null ? BigInt(object.lastTradeHeight.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: InstrumentStatsAmino): InstrumentStats {
    const message = createBaseInstrumentStats();
    if (object.instrument_id !== undefined && object.instrument_id !== null) {
      message.instrumentId = object.instrument_id;
    }
    if (object.open_interest !== undefined && object.open_interest !== null) {
      message.openInterest = BigInt(object.open_interest);
    }
    if (object.volume !== undefined && object.volume !== null) {
      message.volume = BigInt(object.volume);
    }
    if (object.last_price !== undefined && object.last_price !== null) {
      message.lastPrice = BigInt(object.last_price);
    }
    if (object.last_trade_height !== undefined && object.last_trade_height !== null) {
      message.lastTradeHeight = BigInt(object.last_trade_height);
    }
    return message;
  },
  toAmino(message: InstrumentStats): InstrumentStatsAmino {
    const obj: any = {};
    obj.instrument_id = message.instrumentId === "" ? undefined : message.instrumentId;
    obj.open_interest = message.openInterest !== BigInt(0) ? message.openInterest?.toString() : undefined;
    obj.volume = message.volume !== BigInt(0) ? message.volume?.toString() : undefined;
    obj.last_price = message.lastPrice !== BigInt(0) ? message.lastPrice?.toString() : undefined;
    obj.last_trade_height = message.lastTradeHeight !== BigInt(0) ? message.lastTradeHeight?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: InstrumentStatsAminoMsg): InstrumentStats {
    return InstrumentStats.fromAmino(object.value);
  },
  fromProtoMsg(message: InstrumentStatsProtoMsg): InstrumentStats {
    return InstrumentStats.decode(message.value);
  },
  toProto(message: InstrumentStats): Uint8Array {
    return InstrumentStats.encode(message).finish();
  },
  toProtoMsg(message: InstrumentStats): InstrumentStatsProtoMsg {
    return {
      typeUrl: "/settle.options.v1.InstrumentStats",
      value: InstrumentStats.encode(message).finish()
    };
  }
};
function createBaseComboLeg(): ComboLeg {
  return {
    instrumentId: "",
    side: 0,
    ratio: BigInt(0)
  };
}
export const ComboLeg = {
  typeUrl: "/settle.options.v1.ComboLeg",
  encode(message: ComboLeg, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.instrumentId !== "") {
      writer.uint32(10).string(message.instrumentId);
    }
    if (message.side !== 0) {
      writer.uint32(16).int32(message.side);
    }
    if (message.ratio !== BigInt(0)) {
      writer.uint32(24).uint64(message.ratio);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): ComboLeg {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseComboLeg();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.instrumentId = reader.string();
          break;
        case 2:
          message.side = reader.int32() as any;
          break;
        case 3:
          message.ratio = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): ComboLeg {
    return {
      instrumentId: isSet(object.instrumentId) ? String(object.instrumentId) : "",
      side: isSet(object.side) ? sideFromJSON(object.side) : -1,
      ratio: isSet(object.ratio) ? BigInt(object.ratio.toString()) : BigInt(0)
    };
  },
  toJSON(message: ComboLeg): JsonSafe<ComboLeg> {
    const obj: any = {};
    message.instrumentId !== undefined && (obj.instrumentId = message.instrumentId);
    message.side !== undefined && (obj.side = sideToJSON(message.side));
    message.ratio !== undefined && (obj.ratio = (message.ratio || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<ComboLeg>): ComboLeg {
    const message = createBaseComboLeg();
    message.instrumentId = object.instrumentId ?? "";
    message.side = object.side ?? 0;
    message.ratio = object.ratio !== undefined && object.ratio !== null ? BigInt(object.ratio.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: ComboLegAmino): ComboLeg {
    const message = createBaseComboLeg();
    if (object.instrument_id !== undefined && object.instrument_id !== null) {
      message.instrumentId = object.instrument_id;
    }
    if (object.side !== undefined && object.side !== null) {
      message.side = object.side;
    }
    if (object.ratio !== undefined && object.ratio !== null) {
      message.ratio = BigInt(object.ratio);
    }
    return message;
  },
  toAmino(message: ComboLeg): ComboLegAmino {
    const obj: any = {};
    obj.instrument_id = message.instrumentId === "" ? undefined : message.instrumentId;
    obj.side = message.side === 0 ? undefined : message.side;
    obj.ratio = message.ratio !== BigInt(0) ? message.ratio?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: ComboLegAminoMsg): ComboLeg {
    return ComboLeg.fromAmino(object.value);
  },
  fromProtoMsg(message: ComboLegProtoMsg): ComboLeg {
    return ComboLeg.decode(message.value);
  },
  toProto(message: ComboLeg): Uint8Array {
    return ComboLeg.encode(message).finish();
  },
  toProtoMsg(message: ComboLeg): ComboLegProtoMsg {
    return {
      typeUrl: "/settle.options.v1.ComboLeg",
      value: ComboLeg.encode(message).finish()
    };
  }
};
function createBaseCombo(): Combo {
  return {
    id: BigInt(0),
    owner: "",
    subaccount: 0,
    clientId: BigInt(0),
    legs: [],
    quantity: BigInt(0),
    limitPrice: BigInt(0),
    placedHeight: BigInt(0)
  };
}
export const Combo = {
  typeUrl: "/settle.options.v1.Combo",
  encode(message: Combo, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
    }
    if (message.owner !== "") {
      writer.uint32(18).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(24).uint32(message.subaccount);
    }
    if (message.clientId !== BigInt(0)) {
      writer.uint32(32).uint64(message.clientId);
    }
    for (const v of message.legs) {
      ComboLeg.encode(v!, writer.uint32(42).fork()).ldelim();
    }
    if (message.quantity !== BigInt(0)) {
      writer.uint32(48).uint64(message.quantity);
    }
    if (message.limitPrice !== BigInt(0)) {
      writer.uint32(56).int64(message.limitPrice);
    }
    if (message.placedHeight !== BigInt(0)) {
      writer.uint32(64).uint64(message.placedHeight);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Combo {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseCombo();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.id = reader.uint64();
          break;
        case 2:
          message.owner = reader.string();
          break;
        case 3:
          message.subaccount = reader.uint32();
          break;
        case 4:
          message.clientId = reader.uint64();
          break;
        case 5:
          message.legs.push(ComboLeg.decode(reader, reader.uint32()));
          break;
        case 6:
          message.quantity = reader.uint64();
          break;
        case 7:
          message.limitPrice = reader.int64();
          break;
        case 8:
          message.placedHeight = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Combo {
    return {
      id: isSet(object.id) ? BigInt(object.id.toString()) : BigInt(0),
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      clientId: isSet(object.clientId) ? BigInt(object.clientId.toString()) : BigInt(0),
      legs: Array.isArray(object?.legs) ? object.legs.map((e: any) => ComboLeg.fromJSON(e)) : [],
      quantity: isSet(object.quantity) ? BigInt(object.quantity.toString()) : BigInt(0),
      limitPrice: isSet(object.limitPrice) ? BigInt(object.limitPrice.toString()) : BigInt(0),
      placedHeight: isSet(object.placedHeight) ? BigInt(object.placedHeight.toString()) : BigInt(0)
    };
  },
  toJSON(message: Combo): JsonSafe<Combo> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    message.clientId !== undefined && (obj.clientId = (message.clientId || BigInt(0)).toString());
    if (message.legs) {
      obj.legs = message.legs.map(e => e ? ComboLeg.toJSON(e) : undefined);
    } else {
      obj.legs = [];
    }
    message.quantity !== undefined && (obj.quantity = (message.quantity || BigInt(0)).toString());
    message.limitPrice !== undefined && (obj.limitPrice = (message.limitPrice || BigInt(0)).toString());
    message.placedHeight !== undefined && (obj.placedHeight = (message.placedHeight || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<Combo>): Combo {
    const message = createBaseCombo();
    message.id = object.id !== undefined && object.id !== null ? BigInt(object.id.toString()) : BigInt(0);
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.clientId = object.clientId !== undefined && object.clientId !== null ? BigInt(object.clientId.toString()) : BigInt(0);
    message.legs = object.legs?.map(e => ComboLeg.fromPartial(e)) || [];
    message.quantity = object.quantity !== undefined && object.quantity !== null ? BigInt(object.quantity.toString()) : BigInt(0);
    message.limitPrice = object.limitPrice !== undefined && object.limitPrice !== null ? BigInt(object.limitPrice.toString()) : BigInt(0);
    message.placedHeight = object.placedHeight !== undefined && object.placedHeight !== null ? BigInt(object.placedHeight.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: ComboAmino): Combo {
    const message = createBaseCombo();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id);
    }
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    if (object.client_id !== undefined && object.client_id !== null) {
      message.clientId = BigInt(object.client_id);
    }
    message.legs = object.legs?.map(e => ComboLeg.fromAmino(e)) || [];
    if (object.quantity !== undefined && object.quantity !== null) {
      message.quantity = BigInt(object.quantity);
    }
    if (object.limit_price !== undefined && object.limit_price !== null) {
      message.limitPrice = BigInt(object.limit_price);
    }
    if (object.placed_height !== undefined && object.placed_height !== null) {
      message.placedHeight = BigInt(object.placed_height);
    }
    return message;
  },
  toAmino(message: Combo): ComboAmino {
    const obj: any = {};
    obj.id = message.id !== BigInt(0) ? message.id?.toString() : undefined;
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    obj.client_id = message.clientId !== BigInt(0) ? message.clientId?.toString() : undefined;
    if (message.legs && message.legs.length > 0) {
      obj.legs = message.legs.map(e => e ? ComboLeg.toAmino(e) : undefined);
    }
    obj.quantity = message.quantity !== BigInt(0) ? message.quantity?.toString() : undefined;
    obj.limit_price = message.limitPrice !== BigInt(0) ? message.limitPrice?.toString() : undefined;
    obj.placed_height = message.placedHeight !== BigInt(0) ? message.placedHeight?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: ComboAminoMsg): Combo {
    return Combo.fromAmino(object.value);
  },
  fromProtoMsg(message: ComboProtoMsg): Combo {
    return Combo.decode(message.value);
  },
  toProto(message: Combo): Uint8Array {
    return Combo.encode(message).finish();
  },
  toProtoMsg(message: Combo): ComboProtoMsg {
    return {
      typeUrl: "/settle.options.v1.Combo",
      value: Combo.encode(message).finish()
    };
  }
};
function createBaseDeadManSwitch(): DeadManSwitch {
  return {
    owner: "",
    subaccount: 0,
    height: BigInt(0)
  };
}
export const DeadManSwitch = {
  typeUrl: "/settle.options.v1.DeadManSwitch",
  encode(message: DeadManSwitch, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(16).uint32(message.subaccount);
    }
    if (message.height !== BigInt(0)) {
      writer.uint32(24).uint64(message.height);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): DeadManSwitch {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseDeadManSwitch();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.owner = reader.string();
          break;
        case 2:
          message.subaccount = reader.uint32();
          break;
        case 3:
          message.height = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): DeadManSwitch {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      height: isSet(object.height) ? BigInt(object.height.toString()) : BigInt(0)
    };
  },
  toJSON(message: DeadManSwitch): JsonSafe<DeadManSwitch> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    message.height !== undefined && (obj.height = (message.height || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<DeadManSwitch>): DeadManSwitch {
    const message = createBaseDeadManSwitch();
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.height = object.height !== undefined && object.height !== null ? BigInt(object.height.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: DeadManSwitchAmino): DeadManSwitch {
    const message = createBaseDeadManSwitch();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    if (object.height !== undefined && object.height !== null) {
      message.height = BigInt(object.height);
    }
    return message;
  },
  toAmino(message: DeadManSwitch): DeadManSwitchAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    obj.height = message.height !== BigInt(0) ? message.height?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: DeadManSwitchAminoMsg): DeadManSwitch {
    return DeadManSwitch.fromAmino(object.value);
  },
  fromProtoMsg(message: DeadManSwitchProtoMsg): DeadManSwitch {
    return DeadManSwitch.decode(message.value);
  },
  toProto(message: DeadManSwitch): Uint8Array {
    return DeadManSwitch.encode(message).finish();
  },
  toProtoMsg(message: DeadManSwitch): DeadManSwitchProtoMsg {
    return {
      typeUrl: "/settle.options.v1.DeadManSwitch",
      value: DeadManSwitch.encode(message).finish()
    };
  }
};
function createBaseMmpConfig(): MmpConfig {
  return {
    owner: "",
    subaccount: 0,
    underlying: "",
    intervalSeconds: BigInt(0),
    frozenSeconds: BigInt(0),
    quantityLimit: BigInt(0),
    deltaLimit: "",
    vegaLimit: ""
  };
}
export const MmpConfig = {
  typeUrl: "/settle.options.v1.MmpConfig",
  encode(message: MmpConfig, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(16).uint32(message.subaccount);
    }
    if (message.underlying !== "") {
      writer.uint32(26).string(message.underlying);
    }
    if (message.intervalSeconds !== BigInt(0)) {
      writer.uint32(32).int64(message.intervalSeconds);
    }
    if (message.frozenSeconds !== BigInt(0)) {
      writer.uint32(40).int64(message.frozenSeconds);
    }
    if (message.quantityLimit !== BigInt(0)) {
      writer.uint32(48).uint64(message.quantityLimit);
    }
    if (message.deltaLimit !== "") {
      writer.uint32(58).string(message.deltaLimit);
    }
    if (message.vegaLimit !== "") {
      writer.uint32(66).string(message.vegaLimit);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MmpConfig {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMmpConfig();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.owner = reader.string();
          break;
        case 2:
          message.subaccount = reader.uint32();
          break;
        case 3:
          message.underlying = reader.string();
          break;
        case 4:
          message.intervalSeconds = reader.int64();
          break;
        case 5:
          message.frozenSeconds = reader.int64();
          break;
        case 6:
          message.quantityLimit = reader.uint64();
          break;
        case 7:
          message.deltaLimit = reader.string();
          break;
        case 8:
          message.vegaLimit = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MmpConfig {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      underlying: isSet(object.underlying) ? String(object.underlying) : "",
      intervalSeconds: isSet(object.intervalSeconds) ? BigInt(object.intervalSeconds.toString()) : BigInt(0),
      frozenSeconds: isSet(object.frozenSeconds) ? BigInt(object.frozenSeconds.toString()) : BigInt(0),
      quantityLimit: isSet(object.quantityLimit) ? BigInt(object.quantityLimit.toString()) : BigInt(0),
      deltaLimit: isSet(object.deltaLimit) ? String(object.deltaLimit) : "",
      vegaLimit: isSet(object.vegaLimit) ? String(object.vegaLimit) : ""
    };
  },
  toJSON(message: MmpConfig): JsonSafe<MmpConfig> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    message.underlying !== undefined && (obj.underlying = message.underlying);
    message.intervalSeconds !== undefined && (obj.intervalSeconds = (message.intervalSeconds || BigInt(0)).toString());
    message.frozenSeconds !== undefined && (obj.frozenSeconds = (message.frozenSeconds || BigInt(0)).toString());
    message.quantityLimit !== undefined && (obj.quantityLimit = (message.quantityLimit || BigInt(0)).toString());
    message.deltaLimit !== undefined && (obj.deltaLimit = message.deltaLimit);
    message.vegaLimit !== undefined && (obj.vegaLimit = message.vegaLimit);
    return obj;
  },
  fromPartial(object: DeepPartial<MmpConfig>): MmpConfig {
    const message = createBaseMmpConfig();
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.underlying = object.underlying ?? "";
    message.intervalSeconds = object.intervalSeconds !== undefined && object.intervalSeconds !== null ? BigInt(object.intervalSeconds.toString()) : BigInt(0);
    message.frozenSeconds = object.frozenSeconds !== undefined && object.frozenSeconds !== null ? BigInt(object.frozenSeconds.toString()) : BigInt(0);
    message.quantityLimit = object.quantityLimit !== undefined && object.quantityLimit !== null ? BigInt(object.quantityLimit.toString()) : BigInt(0);
    message.deltaLimit = object.deltaLimit ?? "";
    message.vegaLimit = object.vegaLimit ?? "";
    return message;
  },
  fromAmino(object: MmpConfigAmino): MmpConfig {
    const message = createBaseMmpConfig();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    if (object.underlying !== undefined && object.underlying !== null) {
      message.underlying = object.underlying;
    }
    if (object.interval_seconds !== undefined && object.interval_seconds !== null) {
      message.intervalSeconds = BigInt(object.interval_seconds);
    }
    if (object.frozen_seconds !== undefined && object.frozen_seconds !== null) {
      message.frozenSeconds = BigInt(object.frozen_seconds);
    }
    if (object.quantity_limit !== undefined && object.quantity_limit !== null) {
      message.quantityLimit = BigInt(object.quantity_limit);
    }
    if (object.delta_limit !== undefined && object.delta_limit !== null) {
      message.deltaLimit = object.delta_limit;
    }
    if (object.vega_limit !== undefined && object.vega_limit !== null) {
      message.vegaLimit = object.vega_limit;
    }
    return message;
  },
  toAmino(message: MmpConfig): MmpConfigAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    obj.underlying = message.underlying === "" ? undefined : message.underlying;
    obj.interval_seconds = message.intervalSeconds !== BigInt(0) ? message.intervalSeconds?.toString() : undefined;
    obj.frozen_seconds = message.frozenSeconds !== BigInt(0) ? message.frozenSeconds?.toString() : undefined;
    obj.quantity_limit = message.quantityLimit !== BigInt(0) ? message.quantityLimit?.toString() : undefined;
    obj.delta_limit = message.deltaLimit === "" ? undefined : message.deltaLimit;
    obj.vega_limit = message.vegaLimit === "" ? undefined : message.vegaLimit;
    return obj;
  },
  fromAminoMsg(object: MmpConfigAminoMsg): MmpConfig {
    return MmpConfig.fromAmino(object.value);
  },
  fromProtoMsg(message: MmpConfigProtoMsg): MmpConfig {
    return MmpConfig.decode(message.value);
  },
  toProto(message: MmpConfig): Uint8Array {
    return MmpConfig.encode(message).finish();
  },
  toProtoMsg(message: MmpConfig): MmpConfigProtoMsg {
    return {
      typeUrl: "/settle.options.v1.MmpConfig",
      value: MmpConfig.encode(message).finish()
    };
  }
};
function createBaseMmpState(): MmpState {
  return {
    windowStart: BigInt(0),
    quantity: BigInt(0),
    delta: "",
    vega: "",
    frozenUntil: BigInt(0)
  };
}
export const MmpState = {
  typeUrl: "/settle.options.v1.MmpState",
  encode(message: MmpState, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.windowStart !== BigInt(0)) {
      writer.uint32(8).int64(message.windowStart);
    }
    if (message.quantity !== BigInt(0)) {
      writer.uint32(16).uint64(message.quantity);
    }
    if (message.delta !== "") {
      writer.uint32(26).string(message.delta);
    }
    if (message.vega !== "") {
      writer.uint32(34).string(message.vega);
    }
    if (message.frozenUntil !== BigInt(0)) {
      writer.uint32(40).int64(message.frozenUntil);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MmpState {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMmpState();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.windowStart = reader.int64();
          break;
        case 2:
          message.quantity = reader.uint64();
          break;
        case 3:
          message.delta = reader.string();
          break;
        case 4:
          message.vega = reader.string();
          break;
        case 5:
          message.frozenUntil = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MmpState {
    return {
      windowStart: isSet(object.windowStart) ? BigInt(object.windowStart.toString()) : BigInt(0),
      quantity: isSet(object.quantity) ? BigInt(object.quantity.toString()) : BigInt(0),
      delta: isSet(object.delta) ? String(object.delta) : "",
      vega: isSet(object.vega) ? String(object.vega) : "",
      frozenUntil: isSet(object.frozenUntil) ? BigInt(object.frozenUntil.toString()) : BigInt(0)
    };
  },
  toJSON(message: MmpState): JsonSafe<MmpState> {
    const obj: any = {};
    message.windowStart !== undefined && (obj.windowStart = (message.windowStart || BigInt(0)).toString());
    message.quantity !== undefined && (obj.quantity = (message.quantity || BigInt(0)).toString());
    message.delta !== undefined && (obj.delta = message.delta);
    message.vega !== undefined && (obj.vega = message.vega);
    message.frozenUntil !== undefined && (obj.frozenUntil = (message.frozenUntil || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<MmpState>): MmpState {
    const message = createBaseMmpState();
    message.windowStart = object.windowStart !== undefined && object.windowStart !== null ? BigInt(object.windowStart.toString()) : BigInt(0);
    message.quantity = object.quantity !== undefined && object.quantity !== null ? BigInt(object.quantity.toString()) : BigInt(0);
    message.delta = object.delta ?? "";
    message.vega = object.vega ?? "";
    message.frozenUntil = object.frozenUntil !== undefined && object.frozenUntil !== null ? BigInt(object.frozenUntil.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: MmpStateAmino): MmpState {
    const message = createBaseMmpState();
    if (object.window_start !== undefined && object.window_start !== null) {
      message.windowStart = BigInt(object.window_start);
    }
    if (object.quantity !== undefined && object.quantity !== null) {
      message.quantity = BigInt(object.quantity);
    }
    if (object.delta !== undefined && object.delta !== null) {
      message.delta = object.delta;
    }
    if (object.vega !== undefined && object.vega !== null) {
      message.vega = object.vega;
    }
    if (object.frozen_until !== undefined && object.frozen_until !== null) {
      message.frozenUntil = BigInt(object.frozen_until);
    }
    return message;
  },
  toAmino(message: MmpState): MmpStateAmino {
    const obj: any = {};
    obj.window_start = message.windowStart !== BigInt(0) ? message.windowStart?.toString() : undefined;
    obj.quantity = message.quantity !== BigInt(0) ? message.quantity?.toString() : undefined;
    obj.delta = message.delta === "" ? undefined : message.delta;
    obj.vega = message.vega === "" ? undefined : message.vega;
    obj.frozen_until = message.frozenUntil !== BigInt(0) ? message.frozenUntil?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: MmpStateAminoMsg): MmpState {
    return MmpState.fromAmino(object.value);
  },
  fromProtoMsg(message: MmpStateProtoMsg): MmpState {
    return MmpState.decode(message.value);
  },
  toProto(message: MmpState): Uint8Array {
    return MmpState.encode(message).finish();
  },
  toProtoMsg(message: MmpState): MmpStateProtoMsg {
    return {
      typeUrl: "/settle.options.v1.MmpState",
      value: MmpState.encode(message).finish()
    };
  }
};
function createBaseRfq(): Rfq {
  return {
    id: BigInt(0),
    owner: "",
    subaccount: 0,
    legs: [],
    quantity: BigInt(0),
    expiresAt: BigInt(0)
  };
}
export const Rfq = {
  typeUrl: "/settle.options.v1.Rfq",
  encode(message: Rfq, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
    }
    if (message.owner !== "") {
      writer.uint32(18).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(24).uint32(message.subaccount);
    }
    for (const v of message.legs) {
      ComboLeg.encode(v!, writer.uint32(34).fork()).ldelim();
    }
    if (message.quantity !== BigInt(0)) {
      writer.uint32(40).uint64(message.quantity);
    }
    if (message.expiresAt !== BigInt(0)) {
      writer.uint32(48).uint64(message.expiresAt);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Rfq {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseRfq();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.id = reader.uint64();
          break;
        case 2:
          message.owner = reader.string();
          break;
        case 3:
          message.subaccount = reader.uint32();
          break;
        case 4:
          message.legs.push(ComboLeg.decode(reader, reader.uint32()));
          break;
        case 5:
          message.quantity = reader.uint64();
          break;
        case 6:
          message.expiresAt = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Rfq {
    return {
      id: isSet(object.id) ? BigInt(object.id.toString()) : BigInt(0),
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      legs: Array.isArray(object?.legs) ? object.legs.map((e: any) => ComboLeg.fromJSON(e)) : [],
      quantity: isSet(object.quantity) ? BigInt(object.quantity.toString()) : BigInt(0),
      expiresAt: isSet(object.expiresAt) ? BigInt(object.expiresAt.toString()) : BigInt(0)
    };
  },
  toJSON(message: Rfq): JsonSafe<Rfq> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    if (message.legs) {
      obj.legs = message.legs.map(e => e ? ComboLeg.toJSON(e) : undefined);
    } else {
      obj.legs = [];
    }
    message.quantity !== undefined && (obj.quantity = (message.quantity || BigInt(0)).toString());
    message.expiresAt !== undefined && (obj.expiresAt = (message.expiresAt || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<Rfq>): Rfq {
    const message = createBaseRfq();
    message.id = object.id !== undefined && object.id !== null ? BigInt(object.id.toString()) : BigInt(0);
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.legs = object.legs?.map(e => ComboLeg.fromPartial(e)) || [];
    message.quantity = object.quantity !== undefined && object.quantity !== null ? BigInt(object.quantity.toString()) : BigInt(0);
    message.expiresAt = object.expiresAt !== undefined && object.expiresAt !== null ? BigInt(object.expiresAt.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: RfqAmino): Rfq {
    const message = createBaseRfq();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id);
    }
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    message.legs = object.legs?.map(e => ComboLeg.fromAmino(e)) || [];
    if (object.quantity !== undefined && object.quantity !== null) {
      message.quantity = BigInt(object.quantity);
    }
    if (object.expires_at !== undefined && object.expires_at !== null) {
      message.expiresAt = BigInt(object.expires_at);
    }
    return message;
  },
  toAmino(message: Rfq): RfqAmino {
    const obj: any = {};
    obj.id = message.id !== BigInt(0) ? message.id?.toString() : undefined;
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    if (message.legs && message.legs.length > 0) {
      obj.legs = message.legs.map(e => e ? ComboLeg.toAmino(e) : undefined);
    }
    obj.quantity = message.quantity !== BigInt(0) ? message.quantity?.toString() : undefined;
    obj.expires_at = message.expiresAt !== BigInt(0) ? message.expiresAt?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: RfqAminoMsg): Rfq {
    return Rfq.fromAmino(object.value);
  },
  fromProtoMsg(message: RfqProtoMsg): Rfq {
    return Rfq.decode(message.value);
  },
  toProto(message: Rfq): Uint8Array {
    return Rfq.encode(message).finish();
  },
  toProtoMsg(message: Rfq): RfqProtoMsg {
    return {
      typeUrl: "/settle.options.v1.Rfq",
      value: Rfq.encode(message).finish()
    };
  }
};
function createBaseQuote(): Quote {
  return {
    id: BigInt(0),
    rfqId: BigInt(0),
    owner: "",
    subaccount: 0,
    legPrices: [],
    expiresAt: BigInt(0)
  };
}
export const Quote = {
  typeUrl: "/settle.options.v1.Quote",
  encode(message: Quote, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
    }
    if (message.rfqId !== BigInt(0)) {
      writer.uint32(16).uint64(message.rfqId);
    }
    if (message.owner !== "") {
      writer.uint32(26).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(32).uint32(message.subaccount);
    }
    if (message.legPrices.length > 0) {
      writer.uint32(42).fork();
      for (const v of message.legPrices) {
        writer.uint64(v);
      }
      writer.ldelim();
    }
    if (message.expiresAt !== BigInt(0)) {
      writer.uint32(48).uint64(message.expiresAt);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Quote {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQuote();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.id = reader.uint64();
          break;
        case 2:
          message.rfqId = reader.uint64();
          break;
        case 3:
          message.owner = reader.string();
          break;
        case 4:
          message.subaccount = reader.uint32();
          break;
        case 5:
          if ((tag & 7) === 2) {
            const end2 = reader.uint32() + reader.pos;
            while (reader.pos < end2) {
              message.legPrices.push(reader.uint64());
            }
          } else {
            message.legPrices.push(reader.uint64());
          }
          break;
        case 6:
          message.expiresAt = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Quote {
    return {
      id: isSet(object.id) ? BigInt(object.id.toString()) : BigInt(0),
      rfqId: isSet(object.rfqId) ? BigInt(object.rfqId.toString()) : BigInt(0),
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      legPrices: Array.isArray(object?.legPrices) ? object.legPrices.map((e: any) => BigInt(e.toString())) : [],
      expiresAt: isSet(object.expiresAt) ? BigInt(object.expiresAt.toString()) : BigInt(0)
    };
  },
  toJSON(message: Quote): JsonSafe<Quote> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    message.rfqId !== undefined && (obj.rfqId = (message.rfqId || BigInt(0)).toString());
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    if (message.legPrices) {
      obj.legPrices = message.legPrices.map(e => (e || BigInt(0)).toString());
    } else {
      obj.legPrices = [];
    }
    message.expiresAt !== undefined && (obj.expiresAt = (message.expiresAt || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<Quote>): Quote {
    const message = createBaseQuote();
    message.id = object.id !== undefined && object.id !== null ? BigInt(object.id.toString()) : BigInt(0);
    message.rfqId = object.rfqId !== undefined && object.rfqId !== null ? BigInt(object.rfqId.toString()) : BigInt(0);
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.legPrices = object.legPrices?.map(e => BigInt(e.toString())) || [];
    message.expiresAt = object.expiresAt !== undefined && object.expiresAt !== null ? BigInt(object.expiresAt.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: QuoteAmino): Quote {
    const message = createBaseQuote();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id);
    }
    if (object.rfq_id !== undefined && object.rfq_id !== null) {
      message.rfqId = BigInt(object.rfq_id);
    }
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    message.legPrices = object.leg_prices?.map(e => BigInt(e)) || [];
    if (object.expires_at !== undefined && object.expires_at !== null) {
      message.expiresAt = BigInt(object.expires_at);
    }
    return message;
  },
  toAmino(message: Quote): QuoteAmino {
    const obj: any = {};
    obj.id = message.id !== BigInt(0) ? message.id?.toString() : undefined;
    obj.rfq_id = message.rfqId !== BigInt(0) ? message.rfqId?.toString() : undefined;
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    if (message.legPrices && message.legPrices.length > 0) {
      obj.leg_prices = message.legPrices.map(e => e.toString());
    }
    obj.expires_at = message.expiresAt !== BigInt(0) ? message.expiresAt?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: QuoteAminoMsg): Quote {
    return Quote.fromAmino(object.value);
  },
  fromProtoMsg(message: QuoteProtoMsg): Quote {
    return Quote.decode(message.value);
  },
  toProto(message: Quote): Uint8Array {
    return Quote.encode(message).finish();
  },
  toProtoMsg(message: Quote): QuoteProtoMsg {
    return {
      typeUrl: "/settle.options.v1.Quote",
      value: Quote.encode(message).finish()
    };
  }
};
function createBaseSettlementPrice(): SettlementPrice {
  return {
    underlying: "",
    expiry: BigInt(0),
    price: "",
    windowStartNanos: BigInt(0),
    windowEndNanos: BigInt(0),
    samples: [],
    fixedHeight: BigInt(0),
    fallback: false
  };
}
export const SettlementPrice = {
  typeUrl: "/settle.options.v1.SettlementPrice",
  encode(message: SettlementPrice, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.underlying !== "") {
      writer.uint32(10).string(message.underlying);
    }
    if (message.expiry !== BigInt(0)) {
      writer.uint32(16).int64(message.expiry);
    }
    if (message.price !== "") {
      writer.uint32(26).string(message.price);
    }
    if (message.windowStartNanos !== BigInt(0)) {
      writer.uint32(32).int64(message.windowStartNanos);
    }
    if (message.windowEndNanos !== BigInt(0)) {
      writer.uint32(40).int64(message.windowEndNanos);
    }
    for (const v of message.samples) {
      SettlementSample.encode(v!, writer.uint32(50).fork()).ldelim();
    }
    if (message.fixedHeight !== BigInt(0)) {
      writer.uint32(56).uint64(message.fixedHeight);
    }
    if (message.fallback === true) {
      writer.uint32(64).bool(message.fallback);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): SettlementPrice {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseSettlementPrice();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.underlying = reader.string();
          break;
        case 2:
          message.expiry = reader.int64();
          break;
        case 3:
          message.price = reader.string();
          break;
        case 4:
          message.windowStartNanos = reader.int64();
          break;
        case 5:
          message.windowEndNanos = reader.int64();
          break;
        case 6:
          message.samples.push(SettlementSample.decode(reader, reader.uint32()));
          break;
        case 7:
          message.fixedHeight = reader.uint64();
          break;
        case 8:
          message.fallback = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): SettlementPrice {
    return {
      underlying: isSet(object.underlying) ? String(object.underlying) : "",
      expiry: isSet(object.expiry) ? BigInt(object.expiry.toString()) : BigInt(0),
      price: isSet(object.price) ? String(object.price) : "",
      windowStartNanos: isSet(object.windowStartNanos) ? BigInt(object.windowStartNanos.toString()) : BigInt(0),
      windowEndNanos: isSet(object.windowEndNanos) ? BigInt(object.windowEndNanos.toString()) : BigInt(0),
      samples: Array.isArray(object?.samples) ? object.samples.map((e: any) => SettlementSample.fromJSON(e)) : [],
      fixedHeight: isSet(object.fixedHeight) ? BigInt(object.fixedHeight.toString()) : BigInt(0),
      fallback: isSet(object.fallback) ? Boolean(object.fallback) : false
    };
  },
  toJSON(message: SettlementPrice): JsonSafe<SettlementPrice> {
    const obj: any = {};
    message.underlying !== undefined && (obj.underlying = message.underlying);
    message.expiry !== undefined && (obj.expiry = (message.expiry || BigInt(0)).toString());
    message.price !== undefined && (obj.price = message.price);
    message.windowStartNanos !== undefined && (obj.windowStartNanos = (message.windowStartNanos || BigInt(0)).toString());
    message.windowEndNanos !== undefined && (obj.windowEndNanos = (message.windowEndNanos || BigInt(0)).toString());
    if (message.samples) {
      obj.samples = message.samples.map(e => e ? SettlementSample.toJSON(e) : undefined);
    } else {
      obj.samples = [];
    }
    message.fixedHeight !== undefined && (obj.fixedHeight = (message.fixedHeight || BigInt(0)).toString());
    message.fallback !== undefined && (obj.fallback = message.fallback);
    return obj;
  },
  fromPartial(object: DeepPartial<SettlementPrice>): SettlementPrice {
    const message = createBaseSettlementPrice();
    message.underlying = object.underlying ?? "";
    message.expiry = object.expiry !== undefined && object.expiry !== null ? BigInt(object.expiry.toString()) : BigInt(0);
    message.price = object.price ?? "";
    message.windowStartNanos = object.windowStartNanos !== undefined && object.windowStartNanos !== null ? BigInt(object.windowStartNanos.toString()) : BigInt(0);
    message.windowEndNanos = object.windowEndNanos !== undefined && object.windowEndNanos !== null ? BigInt(object.windowEndNanos.toString()) : BigInt(0);
    message.samples = object.samples?.map(e => SettlementSample.fromPartial(e)) || [];
    message.fixedHeight = object.fixedHeight !== undefined && object.fixedHeight !== null ? BigInt(object.fixedHeight.toString()) : BigInt(0);
    message.fallback = object.fallback ?? false;
    return message;
  },
  fromAmino(object: SettlementPriceAmino): SettlementPrice {
    const message = createBaseSettlementPrice();
    if (object.underlying !== undefined && object.underlying !== null) {
      message.underlying = object.underlying;
    }
    if (object.expiry !== undefined && object.expiry !== null) {
      message.expiry = BigInt(object.expiry);
    }
    if (object.price !== undefined && object.price !== null) {
      message.price = object.price;
    }
    if (object.window_start_nanos !== undefined && object.window_start_nanos !== null) {
      message.windowStartNanos = BigInt(object.window_start_nanos);
    }
    if (object.window_end_nanos !== undefined && object.window_end_nanos !== null) {
      message.windowEndNanos = BigInt(object.window_end_nanos);
    }
    message.samples = object.samples?.map(e => SettlementSample.fromAmino(e)) || [];
    if (object.fixed_height !== undefined && object.fixed_height !== null) {
      message.fixedHeight = BigInt(object.fixed_height);
    }
    if (object.fallback !== undefined && object.fallback !== null) {
      message.fallback = object.fallback;
    }
    return message;
  },
  toAmino(message: SettlementPrice): SettlementPriceAmino {
    const obj: any = {};
    obj.underlying = message.underlying === "" ? undefined : message.underlying;
    obj.expiry = message.expiry !== BigInt(0) ? message.expiry?.toString() : undefined;
    obj.price = message.price === "" ? undefined : message.price;
    obj.window_start_nanos = message.windowStartNanos !== BigInt(0) ? message.windowStartNanos?.toString() : undefined;
    obj.window_end_nanos = message.windowEndNanos !== BigInt(0) ? message.windowEndNanos?.toString() : undefined;
    if (message.samples && message.samples.length > 0) {
      obj.samples = message.samples.map(e => e ? SettlementSample.toAmino(e) : undefined);
    }
    obj.fixed_height = message.fixedHeight !== BigInt(0) ? message.fixedHeight?.toString() : undefined;
    obj.fallback = message.fallback === false ? undefined : message.fallback;
    return obj;
  },
  fromAminoMsg(object: SettlementPriceAminoMsg): SettlementPrice {
    return SettlementPrice.fromAmino(object.value);
  },
  fromProtoMsg(message: SettlementPriceProtoMsg): SettlementPrice {
    return SettlementPrice.decode(message.value);
  },
  toProto(message: SettlementPrice): Uint8Array {
    return SettlementPrice.encode(message).finish();
  },
  toProtoMsg(message: SettlementPrice): SettlementPriceProtoMsg {
    return {
      typeUrl: "/settle.options.v1.SettlementPrice",
      value: SettlementPrice.encode(message).finish()
    };
  }
};
function createBaseSettlementSample(): SettlementSample {
  return {
    timeNanos: BigInt(0),
    price: ""
  };
}
export const SettlementSample = {
  typeUrl: "/settle.options.v1.SettlementSample",
  encode(message: SettlementSample, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.timeNanos !== BigInt(0)) {
      writer.uint32(8).int64(message.timeNanos);
    }
    if (message.price !== "") {
      writer.uint32(18).string(message.price);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): SettlementSample {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseSettlementSample();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.timeNanos = reader.int64();
          break;
        case 2:
          message.price = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): SettlementSample {
    return {
      timeNanos: isSet(object.timeNanos) ? BigInt(object.timeNanos.toString()) : BigInt(0),
      price: isSet(object.price) ? String(object.price) : ""
    };
  },
  toJSON(message: SettlementSample): JsonSafe<SettlementSample> {
    const obj: any = {};
    message.timeNanos !== undefined && (obj.timeNanos = (message.timeNanos || BigInt(0)).toString());
    message.price !== undefined && (obj.price = message.price);
    return obj;
  },
  fromPartial(object: DeepPartial<SettlementSample>): SettlementSample {
    const message = createBaseSettlementSample();
    message.timeNanos = object.timeNanos !== undefined && object.timeNanos !== null ? BigInt(object.timeNanos.toString()) : BigInt(0);
    message.price = object.price ?? "";
    return message;
  },
  fromAmino(object: SettlementSampleAmino): SettlementSample {
    const message = createBaseSettlementSample();
    if (object.time_nanos !== undefined && object.time_nanos !== null) {
      message.timeNanos = BigInt(object.time_nanos);
    }
    if (object.price !== undefined && object.price !== null) {
      message.price = object.price;
    }
    return message;
  },
  toAmino(message: SettlementSample): SettlementSampleAmino {
    const obj: any = {};
    obj.time_nanos = message.timeNanos !== BigInt(0) ? message.timeNanos?.toString() : undefined;
    obj.price = message.price === "" ? undefined : message.price;
    return obj;
  },
  fromAminoMsg(object: SettlementSampleAminoMsg): SettlementSample {
    return SettlementSample.fromAmino(object.value);
  },
  fromProtoMsg(message: SettlementSampleProtoMsg): SettlementSample {
    return SettlementSample.decode(message.value);
  },
  toProto(message: SettlementSample): Uint8Array {
    return SettlementSample.encode(message).finish();
  },
  toProtoMsg(message: SettlementSample): SettlementSampleProtoMsg {
    return {
      typeUrl: "/settle.options.v1.SettlementSample",
      value: SettlementSample.encode(message).finish()
    };
  }
};