/* eslint-disable */
import { BinaryReader, BinaryWriter } from "../../../binary";
import { isSet, DeepPartial } from "../../../helpers";
import { JsonSafe } from "../../../json-safe";
/**
 * Params are the margin module's governable parameters. Decimals are strings with up to 18
 * fractional digits.
 */
export interface Params {
  /** authority: the address allowed to list collateral and change params. */
  authority: string;
  /** max_subaccounts_per_owner: subaccount numbers are 0 .. max − 1. */
  maxSubaccountsPerOwner: number;
  /** max_price_age_seconds: collateral and marks use oracle prices at most this old (0: the oracle's heartbeat). */
  maxPriceAgeSeconds: bigint;
  /** standard: per-position margin factors. */
  standard?: StandardMarginParams;
  /** portfolio: the scenario grid of portfolio margin. */
  portfolio?: PortfolioMarginParams;
  /**
   * settlement_denom: the listed collateral asset premiums, fees and settlement are paid in ("uusdc").
   * Its balance in a subaccount is signed: trades and settlement may take it below zero (a debt the
   * rest of the subaccount's equity must cover); withdrawals and transfers never do.
   */
  settlementDenom: string;
  /** margin_buffer: a subaccount is in margin call when equity < MM × (1 + margin_buffer). */
  marginBuffer: string;
  /** liquidation_threshold: a subaccount is liquidatable when equity < MM × liquidation_threshold (in (0, 1]). */
  liquidationThreshold: string;
}
export interface ParamsProtoMsg {
  typeUrl: "/settle.margin.v1.Params";
  value: Uint8Array;
}
/**
 * Params are the margin module's governable parameters. Decimals are strings with up to 18
 * fractional digits.
 * @name ParamsAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.Params
 */
export interface ParamsAmino {
  /**
   * authority: the address allowed to list collateral and change params.
   */
  authority?: string;
  /**
   * max_subaccounts_per_owner: subaccount numbers are 0 .. max − 1.
   */
  max_subaccounts_per_owner?: number;
  /**
   * max_price_age_seconds: collateral and marks use oracle prices at most this old (0: the oracle's heartbeat).
   */
  max_price_age_seconds?: string;
  /**
   * standard: per-position margin factors.
   */
  standard?: StandardMarginParamsAmino;
  /**
   * portfolio: the scenario grid of portfolio margin.
   */
  portfolio?: PortfolioMarginParamsAmino;
  /**
   * settlement_denom: the listed collateral asset premiums, fees and settlement are paid in ("uusdc").
   * Its balance in a subaccount is signed: trades and settlement may take it below zero (a debt the
   * rest of the subaccount's equity must cover); withdrawals and transfers never do.
   */
  settlement_denom?: string;
  /**
   * margin_buffer: a subaccount is in margin call when equity < MM × (1 + margin_buffer).
   */
  margin_buffer?: string;
  /**
   * liquidation_threshold: a subaccount is liquidatable when equity < MM × liquidation_threshold (in (0, 1]).
   */
  liquidation_threshold?: string;
}
export interface ParamsAminoMsg {
  type: "/settle.margin.v1.Params";
  value: ParamsAmino;
}
/**
 * StandardMarginParams: a short option's IM = mark + max(im_base − OTM/spot, im_floor)·(spot for calls,
 * strike for puts), MM = mark + mm·(the same base); a long option counts as equity at (1 − long_option_haircut)·mark.
 */
export interface StandardMarginParams {
  imBase: string;
  imFloor: string;
  mm: string;
  longOptionHaircut: string;
}
export interface StandardMarginParamsProtoMsg {
  typeUrl: "/settle.margin.v1.StandardMarginParams";
  value: Uint8Array;
}
/**
 * StandardMarginParams: a short option's IM = mark + max(im_base − OTM/spot, im_floor)·(spot for calls,
 * strike for puts), MM = mark + mm·(the same base); a long option counts as equity at (1 − long_option_haircut)·mark.
 * @name StandardMarginParamsAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.StandardMarginParams
 */
export interface StandardMarginParamsAmino {
  im_base?: string;
  im_floor?: string;
  mm?: string;
  long_option_haircut?: string;
}
export interface StandardMarginParamsAminoMsg {
  type: "/settle.margin.v1.StandardMarginParams";
  value: StandardMarginParamsAmino;
}
/**
 * PortfolioMarginParams: spot moves ±spot_range in spot_steps steps plus ±extended_move (loss × extended_loss_weight),
 * × vol up 1 + vol_up·mult / unchanged / down 1 − vol_down·mult with mult = (vega_term_seconds / max(T,
 * min_term_seconds))^p (p = vega_power_short under vega_term_seconds, else vega_power_long); contingencies per
 * net short contract and per unit of |net delta| (× spot); IM = im_factor × (worst loss + contingencies), MM
 * with mm_factor; both capped at the book's maximum loss.
 */
export interface PortfolioMarginParams {
  spotRange: string;
  spotSteps: number;
  extendedMove: string;
  extendedLossWeight: string;
  volUp: string;
  volDown: string;
  vegaTermSeconds: bigint;
  minTermSeconds: bigint;
  vegaPowerShort: string;
  vegaPowerLong: string;
  shortOptionContingency: string;
  deltaContingency: string;
  imFactor: string;
  mmFactor: string;
  longOptionHaircut: string;
}
export interface PortfolioMarginParamsProtoMsg {
  typeUrl: "/settle.margin.v1.PortfolioMarginParams";
  value: Uint8Array;
}
/**
 * PortfolioMarginParams: spot moves ±spot_range in spot_steps steps plus ±extended_move (loss × extended_loss_weight),
 * × vol up 1 + vol_up·mult / unchanged / down 1 − vol_down·mult with mult = (vega_term_seconds / max(T,
 * min_term_seconds))^p (p = vega_power_short under vega_term_seconds, else vega_power_long); contingencies per
 * net short contract and per unit of |net delta| (× spot); IM = im_factor × (worst loss + contingencies), MM
 * with mm_factor; both capped at the book's maximum loss.
 * @name PortfolioMarginParamsAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.PortfolioMarginParams
 */
export interface PortfolioMarginParamsAmino {
  spot_range?: string;
  spot_steps?: number;
  extended_move?: string;
  extended_loss_weight?: string;
  vol_up?: string;
  vol_down?: string;
  vega_term_seconds?: string;
  min_term_seconds?: string;
  vega_power_short?: string;
  vega_power_long?: string;
  short_option_contingency?: string;
  delta_contingency?: string;
  im_factor?: string;
  mm_factor?: string;
  long_option_haircut?: string;
}
export interface PortfolioMarginParamsAminoMsg {
  type: "/settle.margin.v1.PortfolioMarginParams";
  value: PortfolioMarginParamsAmino;
}
/** CollateralAsset is a denom the authority listed as collateral. */
export interface CollateralAsset {
  denom: string;
  /**
   * haircut: the share of the asset's value that does not count as equity, in [0, 1) ("0" for USDC,
   * "0.1" for BTC: 90 % of its value counts).
   */
  haircut: string;
  /**
   * oracle_market: the market that prices one whole unit in the quote currency ("BTC/USD"); empty for
   * the quote asset itself (valued at 1).
   */
  oracleMarket: string;
  /** decimals: base units per whole unit = 10^decimals (uusdc: 6). */
  decimals: number;
  /** deposit_cap: the most base units all subaccounts may hold together (decimal integer; "0": no cap). */
  depositCap: string;
  /** enabled: deposits are refused while false (withdrawals always work). */
  enabled: boolean;
}
export interface CollateralAssetProtoMsg {
  typeUrl: "/settle.margin.v1.CollateralAsset";
  value: Uint8Array;
}
/**
 * CollateralAsset is a denom the authority listed as collateral.
 * @name CollateralAssetAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.CollateralAsset
 */
export interface CollateralAssetAmino {
  denom?: string;
  /**
   * haircut: the share of the asset's value that does not count as equity, in [0, 1) ("0" for USDC,
   * "0.1" for BTC: 90 % of its value counts).
   */
  haircut?: string;
  /**
   * oracle_market: the market that prices one whole unit in the quote currency ("BTC/USD"); empty for
   * the quote asset itself (valued at 1).
   */
  oracle_market?: string;
  /**
   * decimals: base units per whole unit = 10^decimals (uusdc: 6).
   */
  decimals?: number;
  /**
   * deposit_cap: the most base units all subaccounts may hold together (decimal integer; "0": no cap).
   */
  deposit_cap?: string;
  /**
   * enabled: deposits are refused while false (withdrawals always work).
   */
  enabled?: boolean;
}
export interface CollateralAssetAminoMsg {
  type: "/settle.margin.v1.CollateralAsset";
  value: CollateralAssetAmino;
}
/**
 * Subaccount is one owner's numbered margin account. Cross-margined inside; isolated ones cannot
 * draw on (or transfer to or from) the owner's other subaccounts.
 */
export interface Subaccount {
  owner: string;
  number: number;
  isolated: boolean;
  /** portfolio_margin: margined by the scenario grid instead of per-position standard margin. */
  portfolioMargin: boolean;
}
export interface SubaccountProtoMsg {
  typeUrl: "/settle.margin.v1.Subaccount";
  value: Uint8Array;
}
/**
 * Subaccount is one owner's numbered margin account. Cross-margined inside; isolated ones cannot
 * draw on (or transfer to or from) the owner's other subaccounts.
 * @name SubaccountAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.Subaccount
 */
export interface SubaccountAmino {
  owner?: string;
  number?: number;
  isolated?: boolean;
  /**
   * portfolio_margin: margined by the scenario grid instead of per-position standard margin.
   */
  portfolio_margin?: boolean;
}
export interface SubaccountAminoMsg {
  type: "/settle.margin.v1.Subaccount";
  value: SubaccountAmino;
}
/** CollateralBalance is a subaccount's holding of one collateral denom, in base units. */
export interface CollateralBalance {
  denom: string;
  amount: string;
}
export interface CollateralBalanceProtoMsg {
  typeUrl: "/settle.margin.v1.CollateralBalance";
  value: Uint8Array;
}
/**
 * CollateralBalance is a subaccount's holding of one collateral denom, in base units.
 * @name CollateralBalanceAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.CollateralBalance
 */
export interface CollateralBalanceAmino {
  denom?: string;
  amount?: string;
}
export interface CollateralBalanceAminoMsg {
  type: "/settle.margin.v1.CollateralBalance";
  value: CollateralBalanceAmino;
}
/**
 * Position is a subaccount's holding of one instrument. Amounts are signed decimal integers in base
 * units of the settlement denom.
 */
export interface Position {
  instrumentId: string;
  /** size: signed number of contracts (decimal integer; negative = short). */
  size: string;
  /**
   * cost_basis: what the open size cost: premium paid for a long (positive), received for a short
   * (negative); released pro rata as the position is reduced.
   */
  costBasis: string;
  /** realized_pnl: profit and loss realised by reductions and settlement so far (fees excluded). */
  realizedPnl: string;
  /** fees_paid: trading fees paid on this instrument so far. */
  feesPaid: string;
}
export interface PositionProtoMsg {
  typeUrl: "/settle.margin.v1.Position";
  value: Uint8Array;
}
/**
 * Position is a subaccount's holding of one instrument. Amounts are signed decimal integers in base
 * units of the settlement denom.
 * @name PositionAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.Position
 */
export interface PositionAmino {
  instrument_id?: string;
  /**
   * size: signed number of contracts (decimal integer; negative = short).
   */
  size?: string;
  /**
   * cost_basis: what the open size cost: premium paid for a long (positive), received for a short
   * (negative); released pro rata as the position is reduced.
   */
  cost_basis?: string;
  /**
   * realized_pnl: profit and loss realised by reductions and settlement so far (fees excluded).
   */
  realized_pnl?: string;
  /**
   * fees_paid: trading fees paid on this instrument so far.
   */
  fees_paid?: string;
}
export interface PositionAminoMsg {
  type: "/settle.margin.v1.Position";
  value: PositionAmino;
}
/** SubaccountState is a subaccount with everything it holds (queries and genesis). */
export interface SubaccountState {
  subaccount?: Subaccount;
  collateral: CollateralBalance[];
  positions: Position[];
}
export interface SubaccountStateProtoMsg {
  typeUrl: "/settle.margin.v1.SubaccountState";
  value: Uint8Array;
}
/**
 * SubaccountState is a subaccount with everything it holds (queries and genesis).
 * @name SubaccountStateAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.SubaccountState
 */
export interface SubaccountStateAmino {
  subaccount?: SubaccountAmino;
  collateral?: CollateralBalanceAmino[];
  positions?: PositionAmino[];
}
export interface SubaccountStateAminoMsg {
  type: "/settle.margin.v1.SubaccountState";
  value: SubaccountStateAmino;
}
/**
 * Clearing is an instrument part-way through cash settlement (settled a batch of holders per block):
 * `amount` is what its settled holders paid in minus what they received (signed, base units of the
 * settlement denom), `settled_size` the sum of their settled sizes. Both return to zero with the last
 * holder, and the record goes.
 */
export interface Clearing {
  instrumentId: string;
  amount: string;
  settledSize: string;
}
export interface ClearingProtoMsg {
  typeUrl: "/settle.margin.v1.Clearing";
  value: Uint8Array;
}
/**
 * Clearing is an instrument part-way through cash settlement (settled a batch of holders per block):
 * `amount` is what its settled holders paid in minus what they received (signed, base units of the
 * settlement denom), `settled_size` the sum of their settled sizes. Both return to zero with the last
 * holder, and the record goes.
 * @name ClearingAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.Clearing
 */
export interface ClearingAmino {
  instrument_id?: string;
  amount?: string;
  settled_size?: string;
}
export interface ClearingAminoMsg {
  type: "/settle.margin.v1.Clearing";
  value: ClearingAmino;
}
function createBaseParams(): Params {
  return {
    authority: "",
    maxSubaccountsPerOwner: 0,
    maxPriceAgeSeconds: BigInt(0),
    standard: undefined,
    portfolio: undefined,
    settlementDenom: "",
    marginBuffer: "",
    liquidationThreshold: ""
  };
}
export const Params = {
  typeUrl: "/settle.margin.v1.Params",
  encode(message: Params, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    if (message.maxSubaccountsPerOwner !== 0) {
      writer.uint32(16).uint32(message.maxSubaccountsPerOwner);
    }
    if (message.maxPriceAgeSeconds !== BigInt(0)) {
      writer.uint32(24).int64(message.maxPriceAgeSeconds);
    }
    if (message.standard !== undefined) {
      StandardMarginParams.encode(message.standard, writer.uint32(34).fork()).ldelim();
    }
    if (message.portfolio !== undefined) {
      PortfolioMarginParams.encode(message.portfolio, writer.uint32(42).fork()).ldelim();
    }
    if (message.settlementDenom !== "") {
      writer.uint32(50).string(message.settlementDenom);
    }
    if (message.marginBuffer !== "") {
      writer.uint32(58).string(message.marginBuffer);
    }
    if (message.liquidationThreshold !== "") {
      writer.uint32(66).string(message.liquidationThreshold);
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
          message.maxSubaccountsPerOwner = reader.uint32();
          break;
        case 3:
          message.maxPriceAgeSeconds = reader.int64();
          break;
        case 4:
          message.standard = StandardMarginParams.decode(reader, reader.uint32());
          break;
        case 5:
          message.portfolio = PortfolioMarginParams.decode(reader, reader.uint32());
          break;
        case 6:
          message.settlementDenom = reader.string();
          break;
        case 7:
          message.marginBuffer = reader.string();
          break;
        case 8:
          message.liquidationThreshold = reader.string();
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
      maxSubaccountsPerOwner: isSet(object.maxSubaccountsPerOwner) ? Number(object.maxSubaccountsPerOwner) : 0,
      maxPriceAgeSeconds: isSet(object.maxPriceAgeSeconds) ? BigInt(object.maxPriceAgeSeconds.toString()) : BigInt(0),
      standard: isSet(object.standard) ? StandardMarginParams.fromJSON(object.standard) : undefined,
      portfolio: isSet(object.portfolio) ? PortfolioMarginParams.fromJSON(object.portfolio) : undefined,
      settlementDenom: isSet(object.settlementDenom) ? String(object.settlementDenom) : "",
      marginBuffer: isSet(object.marginBuffer) ? String(object.marginBuffer) : "",
      liquidationThreshold: isSet(object.liquidationThreshold) ? String(object.liquidationThreshold) : ""
    };
  },
  toJSON(message: Params): JsonSafe<Params> {
    const obj: any = {};
    message.authority !== undefined && (obj.authority = message.authority);
    message.maxSubaccountsPerOwner !== undefined && (obj.maxSubaccountsPerOwner = Math.round(message.maxSubaccountsPerOwner));
    message.maxPriceAgeSeconds !== undefined && (obj.maxPriceAgeSeconds = (message.maxPriceAgeSeconds || BigInt(0)).toString());
    message.standard !== undefined && (obj.standard = message.standard ? StandardMarginParams.toJSON(message.standard) : undefined);
    message.portfolio !== undefined && (obj.portfolio = message.portfolio ? PortfolioMarginParams.toJSON(message.portfolio) : undefined);
    message.settlementDenom !== undefined && (obj.settlementDenom = message.settlementDenom);
    message.marginBuffer !== undefined && (obj.marginBuffer = message.marginBuffer);
    message.liquidationThreshold !== undefined && (obj.liquidationThreshold = message.liquidationThreshold);
    return obj;
  },
  fromPartial(object: DeepPartial<Params>): Params {
    const message = createBaseParams();
    message.authority = object.authority ?? "";
    message.maxSubaccountsPerOwner = object.maxSubaccountsPerOwner ?? 0;
    message.maxPriceAgeSeconds = object.maxPriceAgeSeconds !== undefined && object.maxPriceAgeSeconds !== null ? BigInt(object.maxPriceAgeSeconds.toString()) : BigInt(0);
    message.standard = object.standard !== undefined && object.standard !== null ? StandardMarginParams.fromPartial(object.standard) : undefined;
    message.portfolio = object.portfolio !== undefined && object.portfolio !== null ? PortfolioMarginParams.fromPartial(object.portfolio) : undefined;
    message.settlementDenom = object.settlementDenom ?? "";
    message.marginBuffer = object.marginBuffer ?? "";
    message.liquidationThreshold = object.liquidationThreshold ?? "";
    return message;
  },
  fromAmino(object: ParamsAmino): Params {
    const message = createBaseParams();
    if (object.authority !== undefined && object.authority !== null) {
      message.authority = object.authority;
    }
    if (object.max_subaccounts_per_owner !== undefined && object.max_subaccounts_per_owner !== null) {
      message.maxSubaccountsPerOwner = object.max_subaccounts_per_owner;
    }
    if (object.max_price_age_seconds !== undefined && object.max_price_age_seconds !== null) {
      message.maxPriceAgeSeconds = BigInt(object.max_price_age_seconds);
    }
    if (object.standard !== undefined && object.standard !== null) {
      message.standard = StandardMarginParams.fromAmino(object.standard);
    }
    if (object.portfolio !== undefined && object.portfolio !== null) {
      message.portfolio = PortfolioMarginParams.fromAmino(object.portfolio);
    }
    if (object.settlement_denom !== undefined && object.settlement_denom !== null) {
      message.settlementDenom = object.settlement_denom;
    }
    if (object.margin_buffer !== undefined && object.margin_buffer !== null) {
      message.marginBuffer = object.margin_buffer;
    }
    if (object.liquidation_threshold !== undefined && object.liquidation_threshold !== null) {
      message.liquidationThreshold = object.liquidation_threshold;
    }
    return message;
  },
  toAmino(message: Params): ParamsAmino {
    const obj: any = {};
    obj.authority = message.authority === "" ? undefined : message.authority;
    obj.max_subaccounts_per_owner = message.maxSubaccountsPerOwner === 0 ? undefined : message.maxSubaccountsPerOwner;
    obj.max_price_age_seconds = message.maxPriceAgeSeconds !== BigInt(0) ? message.maxPriceAgeSeconds?.toString() : undefined;
    obj.standard = message.standard ? StandardMarginParams.toAmino(message.standard) : undefined;
    obj.portfolio = message.portfolio ? PortfolioMarginParams.toAmino(message.portfolio) : undefined;
    obj.settlement_denom = message.settlementDenom === "" ? undefined : message.settlementDenom;
    obj.margin_buffer = message.marginBuffer === "" ? undefined : message.marginBuffer;
    obj.liquidation_threshold = message.liquidationThreshold === "" ? undefined : message.liquidationThreshold;
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
      typeUrl: "/settle.margin.v1.Params",
      value: Params.encode(message).finish()
    };
  }
};
function createBaseStandardMarginParams(): StandardMarginParams {
  return {
    imBase: "",
    imFloor: "",
    mm: "",
    longOptionHaircut: ""
  };
}
export const StandardMarginParams = {
  typeUrl: "/settle.margin.v1.StandardMarginParams",
  encode(message: StandardMarginParams, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.imBase !== "") {
      writer.uint32(10).string(message.imBase);
    }
    if (message.imFloor !== "") {
      writer.uint32(18).string(message.imFloor);
    }
    if (message.mm !== "") {
      writer.uint32(26).string(message.mm);
    }
    if (message.longOptionHaircut !== "") {
      writer.uint32(34).string(message.longOptionHaircut);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): StandardMarginParams {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseStandardMarginParams();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.imBase = reader.string();
          break;
        case 2:
          message.imFloor = reader.string();
          break;
        case 3:
          message.mm = reader.string();
          break;
        case 4:
          message.longOptionHaircut = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): StandardMarginParams {
    return {
      imBase: isSet(object.imBase) ? String(object.imBase) : "",
      imFloor: isSet(object.imFloor) ? String(object.imFloor) : "",
      mm: isSet(object.mm) ? String(object.mm) : "",
      longOptionHaircut: isSet(object.longOptionHaircut) ? String(object.longOptionHaircut) : ""
    };
  },
  toJSON(message: StandardMarginParams): JsonSafe<StandardMarginParams> {
    const obj: any = {};
    message.imBase !== undefined && (obj.imBase = message.imBase);
    message.imFloor !== undefined && (obj.imFloor = message.imFloor);
    message.mm !== undefined && (obj.mm = message.mm);
    message.longOptionHaircut !== undefined && (obj.longOptionHaircut = message.longOptionHaircut);
    return obj;
  },
  fromPartial(object: DeepPartial<StandardMarginParams>): StandardMarginParams {
    const message = createBaseStandardMarginParams();
    message.imBase = object.imBase ?? "";
    message.imFloor = object.imFloor ?? "";
    message.mm = object.mm ?? "";
    message.longOptionHaircut = object.longOptionHaircut ?? "";
    return message;
  },
  fromAmino(object: StandardMarginParamsAmino): StandardMarginParams {
    const message = createBaseStandardMarginParams();
    if (object.im_base !== undefined && object.im_base !== null) {
      message.imBase = object.im_base;
    }
    if (object.im_floor !== undefined && object.im_floor !== null) {
      message.imFloor = object.im_floor;
    }
    if (object.mm !== undefined && object.mm !== null) {
      message.mm = object.mm;
    }
    if (object.long_option_haircut !== undefined && object.long_option_haircut !== null) {
      message.longOptionHaircut = object.long_option_haircut;
    }
    return message;
  },
  toAmino(message: StandardMarginParams): StandardMarginParamsAmino {
    const obj: any = {};
    obj.im_base = message.imBase === "" ? undefined : message.imBase;
    obj.im_floor = message.imFloor === "" ? undefined : message.imFloor;
    obj.mm = message.mm === "" ? undefined : message.mm;
    obj.long_option_haircut = message.longOptionHaircut === "" ? undefined : message.longOptionHaircut;
    return obj;
  },
  fromAminoMsg(object: StandardMarginParamsAminoMsg): StandardMarginParams {
    return StandardMarginParams.fromAmino(object.value);
  },
  fromProtoMsg(message: StandardMarginParamsProtoMsg): StandardMarginParams {
    return StandardMarginParams.decode(message.value);
  },
  toProto(message: StandardMarginParams): Uint8Array {
    return StandardMarginParams.encode(message).finish();
  },
  toProtoMsg(message: StandardMarginParams): StandardMarginParamsProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.StandardMarginParams",
      value: StandardMarginParams.encode(message).finish()
    };
  }
};
function createBasePortfolioMarginParams(): PortfolioMarginParams {
  return {
    spotRange: "",
    spotSteps: 0,
    extendedMove: "",
    extendedLossWeight: "",
    volUp: "",
    volDown: "",
    vegaTermSeconds: BigInt(0),
    minTermSeconds: BigInt(0),
    vegaPowerShort: "",
    vegaPowerLong: "",
    shortOptionContingency: "",
    deltaContingency: "",
    imFactor: "",
    mmFactor: "",
    longOptionHaircut: ""
  };
}
export const PortfolioMarginParams = {
  typeUrl: "/settle.margin.v1.PortfolioMarginParams",
  encode(message: PortfolioMarginParams, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.spotRange !== "") {
      writer.uint32(10).string(message.spotRange);
    }
    if (message.spotSteps !== 0) {
      writer.uint32(16).uint32(message.spotSteps);
    }
    if (message.extendedMove !== "") {
      writer.uint32(26).string(message.extendedMove);
    }
    if (message.extendedLossWeight !== "") {
      writer.uint32(34).string(message.extendedLossWeight);
    }
    if (message.volUp !== "") {
      writer.uint32(42).string(message.volUp);
    }
    if (message.volDown !== "") {
      writer.uint32(50).string(message.volDown);
    }
    if (message.vegaTermSeconds !== BigInt(0)) {
      writer.uint32(56).int64(message.vegaTermSeconds);
    }
    if (message.minTermSeconds !== BigInt(0)) {
      writer.uint32(64).int64(message.minTermSeconds);
    }
    if (message.vegaPowerShort !== "") {
      writer.uint32(74).string(message.vegaPowerShort);
    }
    if (message.vegaPowerLong !== "") {
      writer.uint32(82).string(message.vegaPowerLong);
    }
    if (message.shortOptionContingency !== "") {
      writer.uint32(90).string(message.shortOptionContingency);
    }
    if (message.deltaContingency !== "") {
      writer.uint32(98).string(message.deltaContingency);
    }
    if (message.imFactor !== "") {
      writer.uint32(106).string(message.imFactor);
    }
    if (message.mmFactor !== "") {
      writer.uint32(114).string(message.mmFactor);
    }
    if (message.longOptionHaircut !== "") {
      writer.uint32(122).string(message.longOptionHaircut);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): PortfolioMarginParams {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBasePortfolioMarginParams();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.spotRange = reader.string();
          break;
        case 2:
          message.spotSteps = reader.uint32();
          break;
        case 3:
          message.extendedMove = reader.string();
          break;
        case 4:
          message.extendedLossWeight = reader.string();
          break;
        case 5:
          message.volUp = reader.string();
          break;
        case 6:
          message.volDown = reader.string();
          break;
        case 7:
          message.vegaTermSeconds = reader.int64();
          break;
        case 8:
          message.minTermSeconds = reader.int64();
          break;
        case 9:
          message.vegaPowerShort = reader.string();
          break;
        case 10:
          message.vegaPowerLong = reader.string();
          break;
        case 11:
          message.shortOptionContingency = reader.string();
          break;
        case 12:
          message.deltaContingency = reader.string();
          break;
        case 13:
          message.imFactor = reader.string();
          break;
        case 14:
          message.mmFactor = reader.string();
          break;
        case 15:
          message.longOptionHaircut = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): PortfolioMarginParams {
    return {
      spotRange: isSet(object.spotRange) ? String(object.spotRange) : "",
      spotSteps: isSet(object.spotSteps) ? Number(object.spotSteps) : 0,
      extendedMove: isSet(object.extendedMove) ? String(object.extendedMove) : "",
      extendedLossWeight: isSet(object.extendedLossWeight) ? String(object.extendedLossWeight) : "",
      volUp: isSet(object.volUp) ? String(object.volUp) : "",
      volDown: isSet(object.volDown) ? String(object.volDown) : "",
      vegaTermSeconds: isSet(object.vegaTermSeconds) ? BigInt(object.vegaTermSeconds.toString()) : BigInt(0),
      minTermSeconds: isSet(object.minTermSeconds) ? BigInt(object.minTermSeconds.toString()) : BigInt(0),
      vegaPowerShort: isSet(object.vegaPowerShort) ? String(object.vegaPowerShort) : "",
      vegaPowerLong: isSet(object.vegaPowerLong) ? String(object.vegaPowerLong) : "",
      shortOptionContingency: isSet(object.shortOptionContingency) ? String(object.shortOptionContingency) : "",
      deltaContingency: isSet(object.deltaContingency) ? String(object.deltaContingency) : "",
      imFactor: isSet(object.imFactor) ? String(object.imFactor) : "",
      mmFactor: isSet(object.mmFactor) ? String(object.mmFactor) : "",
      longOptionHaircut: isSet(object.longOptionHaircut) ? String(object.longOptionHaircut) : ""
    };
  },
  toJSON(message: PortfolioMarginParams): JsonSafe<PortfolioMarginParams> {
    const obj: any = {};
    message.spotRange !== undefined && (obj.spotRange = message.spotRange);
    message.spotSteps !== undefined && (obj.spotSteps = Math.round(message.spotSteps));
    message.extendedMove !== undefined && (obj.extendedMove = message.extendedMove);
    message.extendedLossWeight !== undefined && (obj.extendedLossWeight = message.extendedLossWeight);
    message.volUp !== undefined && (obj.volUp = message.volUp);
    message.volDown !== undefined && (obj.volDown = message.volDown);
    message.vegaTermSeconds !== undefined && (obj.vegaTermSeconds = (message.vegaTermSeconds || BigInt(0)).toString());
    message.minTermSeconds !== undefined && (obj.minTermSeconds = (message.minTermSeconds || BigInt(0)).toString());
    message.vegaPowerShort !== undefined && (obj.vegaPowerShort = message.vegaPowerShort);
    message.vegaPowerLong !== undefined && (obj.vegaPowerLong = message.vegaPowerLong);
    message.shortOptionContingency !== undefined && (obj.shortOptionContingency = message.shortOptionContingency);
    message.deltaContingency !== undefined && (obj.deltaContingency = message.deltaContingency);
    message.imFactor !== undefined && (obj.imFactor = message.imFactor);
    message.mmFactor !== undefined && (obj.mmFactor = message.mmFactor);
    message.longOptionHaircut !== undefined && (obj.longOptionHaircut = message.longOptionHaircut);
    return obj;
  },
  fromPartial(object: DeepPartial<PortfolioMarginParams>): PortfolioMarginParams {
    const message = createBasePortfolioMarginParams();
    message.spotRange = object.spotRange ?? "";
    message.spotSteps = object.spotSteps ?? 0;
    message.extendedMove = object.extendedMove ?? "";
    message.extendedLossWeight = object.extendedLossWeight ?? "";
    message.volUp = object.volUp ?? "";
    message.volDown = object.volDown ?? "";
    message.vegaTermSeconds = object.vegaTermSeconds !== undefined && object.vegaTermSeconds !== null ? BigInt(object.vegaTermSeconds.toString()) : BigInt(0);
    message.minTermSeconds = object.minTermSeconds !== undefined && object.minTermSeconds !== null ? BigInt(object.minTermSeconds.toString()) : BigInt(0);
    message.vegaPowerShort = object.vegaPowerShort ?? "";
    message.vegaPowerLong = object.vegaPowerLong ?? "";
    message.shortOptionContingency = object.shortOptionContingency ?? "";
    message.deltaContingency = object.deltaContingency ?? "";
    message.imFactor = object.imFactor ?? "";
    message.mmFactor = object.mmFactor ?? "";
    message.longOptionHaircut = object.longOptionHaircut ?? "";
    return message;
  },
  fromAmino(object: PortfolioMarginParamsAmino): PortfolioMarginParams {
    const message = createBasePortfolioMarginParams();
    if (object.spot_range !== undefined && object.spot_range !== null) {
      message.spotRange = object.spot_range;
    }
    if (object.spot_steps !== undefined && object.spot_steps !== null) {
      message.spotSteps = object.spot_steps;
    }
    if (object.extended_move !== undefined && object.extended_move !== null) {
      message.extendedMove = object.extended_move;
    }
    if (object.extended_loss_weight !== undefined && object.extended_loss_weight !== null) {
      message.extendedLossWeight = object.extended_loss_weight;
    }
    if (object.vol_up !== undefined && object.vol_up !== null) {
      message.volUp = object.vol_up;
    }
    if (object.vol_down !== undefined && object.vol_down !== null) {
      message.volDown = object.vol_down;
    }
    if (object.vega_term_seconds !== undefined && object.vega_term_seconds !== null) {
      message.vegaTermSeconds = BigInt(object.vega_term_seconds);
    }
    if (object.min_term_seconds !== undefined && object.min_term_seconds !== null) {
      message.minTermSeconds = BigInt(object.min_term_seconds);
    }
    if (object.vega_power_short !== undefined && object.vega_power_short !== null) {
      message.vegaPowerShort = object.vega_power_short;
    }
    if (object.vega_power_long !== undefined && object.vega_power_long !== null) {
      message.vegaPowerLong = object.vega_power_long;
    }
    if (object.short_option_contingency !== undefined && object.short_option_contingency !== null) {
      message.shortOptionContingency = object.short_option_contingency;
    }
    if (object.delta_contingency !== undefined && object.delta_contingency !== null) {
      message.deltaContingency = object.delta_contingency;
    }
    if (object.im_factor !== undefined && object.im_factor !== null) {
      message.imFactor = object.im_factor;
    }
    if (object.mm_factor !== undefined && object.mm_factor !== null) {
      message.mmFactor = object.mm_factor;
    }
    if (object.long_option_haircut !== undefined && object.long_option_haircut !== null) {
      message.longOptionHaircut = object.long_option_haircut;
    }
    return message;
  },
  toAmino(message: PortfolioMarginParams): PortfolioMarginParamsAmino {
    const obj: any = {};
    obj.spot_range = message.spotRange === "" ? undefined : message.spotRange;
    obj.spot_steps = message.spotSteps === 0 ? undefined : message.spotSteps;
    obj.extended_move = message.extendedMove === "" ? undefined : message.extendedMove;
    obj.extended_loss_weight = message.extendedLossWeight === "" ? undefined : message.extendedLossWeight;
    obj.vol_up = message.volUp === "" ? undefined : message.volUp;
    obj.vol_down = message.volDown === "" ? undefined : message.volDown;
    obj.vega_term_seconds = message.vegaTermSeconds !== BigInt(0) ? message.vegaTermSeconds?.toString() : undefined;
    obj.min_term_seconds = message.minTermSeconds !== BigInt(0) ? message.minTermSeconds?.toString() : undefined;
    obj.vega_power_short = message.vegaPowerShort === "" ? undefined : message.vegaPowerShort;
    obj.vega_power_long = message.vegaPowerLong === "" ? undefined : message.vegaPowerLong;
    obj.short_option_contingency = message.shortOptionContingency === "" ? undefined : message.shortOptionContingency;
    obj.delta_contingency = message.deltaContingency === "" ? undefined : message.deltaContingency;
    obj.im_factor = message.imFactor === "" ? undefined : message.imFactor;
    obj.mm_factor = message.mmFactor === "" ? undefined : message.mmFactor;
    obj.long_option_haircut = message.longOptionHaircut === "" ? undefined : message.longOptionHaircut;
    return obj;
  },
  fromAminoMsg(object: PortfolioMarginParamsAminoMsg): PortfolioMarginParams {
    return PortfolioMarginParams.fromAmino(object.value);
  },
  fromProtoMsg(message: PortfolioMarginParamsProtoMsg): PortfolioMarginParams {
    return PortfolioMarginParams.decode(message.value);
  },
  toProto(message: PortfolioMarginParams): Uint8Array {
    return PortfolioMarginParams.encode(message).finish();
  },
  toProtoMsg(message: PortfolioMarginParams): PortfolioMarginParamsProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.PortfolioMarginParams",
      value: PortfolioMarginParams.encode(message).finish()
    };
  }
};
function createBaseCollateralAsset(): CollateralAsset {
  return {
    denom: "",
    haircut: "",
    oracleMarket: "",
    decimals: 0,
    depositCap: "",
    enabled: false
  };
}
export const CollateralAsset = {
  typeUrl: "/settle.margin.v1.CollateralAsset",
  encode(message: CollateralAsset, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.denom !== "") {
      writer.uint32(10).string(message.denom);
    }
    if (message.haircut !== "") {
      writer.uint32(18).string(message.haircut);
    }
    if (message.oracleMarket !== "") {
      writer.uint32(26).string(message.oracleMarket);
    }
    if (message.decimals !== 0) {
      writer.uint32(32).uint32(message.decimals);
    }
    if (message.depositCap !== "") {
      writer.uint32(42).string(message.depositCap);
    }
    if (message.enabled === true) {
      writer.uint32(48).bool(message.enabled);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): CollateralAsset {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseCollateralAsset();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.denom = reader.string();
          break;
        case 2:
          message.haircut = reader.string();
          break;
        case 3:
          message.oracleMarket = reader.string();
          break;
        case 4:
          message.decimals = reader.uint32();
          break;
        case 5:
          message.depositCap = reader.string();
          break;
        case 6:
          message.enabled = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): CollateralAsset {
    return {
      denom: isSet(object.denom) ? String(object.denom) : "",
      haircut: isSet(object.haircut) ? String(object.haircut) : "",
      oracleMarket: isSet(object.oracleMarket) ? String(object.oracleMarket) : "",
      decimals: isSet(object.decimals) ? Number(object.decimals) : 0,
      depositCap: isSet(object.depositCap) ? String(object.depositCap) : "",
      enabled: isSet(object.enabled) ? Boolean(object.enabled) : false
    };
  },
  toJSON(message: CollateralAsset): JsonSafe<CollateralAsset> {
    const obj: any = {};
    message.denom !== undefined && (obj.denom = message.denom);
    message.haircut !== undefined && (obj.haircut = message.haircut);
    message.oracleMarket !== undefined && (obj.oracleMarket = message.oracleMarket);
    message.decimals !== undefined && (obj.decimals = Math.round(message.decimals));
    message.depositCap !== undefined && (obj.depositCap = message.depositCap);
    message.enabled !== undefined && (obj.enabled = message.enabled);
    return obj;
  },
  fromPartial(object: DeepPartial<CollateralAsset>): CollateralAsset {
    const message = createBaseCollateralAsset();
    message.denom = object.denom ?? "";
    message.haircut = object.haircut ?? "";
    message.oracleMarket = object.oracleMarket ?? "";
    message.decimals = object.decimals ?? 0;
    message.depositCap = object.depositCap ?? "";
    message.enabled = object.enabled ?? false;
    return message;
  },
  fromAmino(object: CollateralAssetAmino): CollateralAsset {
    const message = createBaseCollateralAsset();
    if (object.denom !== undefined && object.denom !== null) {
      message.denom = object.denom;
    }
    if (object.haircut !== undefined && object.haircut !== null) {
      message.haircut = object.haircut;
    }
    if (object.oracle_market !== undefined && object.oracle_market !== null) {
      message.oracleMarket = object.oracle_market;
    }
    if (object.decimals !== undefined && object.decimals !== null) {
      message.decimals = object.decimals;
    }
    if (object.deposit_cap !== undefined && object.deposit_cap !== null) {
      message.depositCap = object.deposit_cap;
    }
    if (object.enabled !== undefined && object.enabled !== null) {
      message.enabled = object.enabled;
    }
    return message;
  },
  toAmino(message: CollateralAsset): CollateralAssetAmino {
    const obj: any = {};
    obj.denom = message.denom === "" ? undefined : message.denom;
    obj.haircut = message.haircut === "" ? undefined : message.haircut;
    obj.oracle_market = message.oracleMarket === "" ? undefined : message.oracleMarket;
    obj.decimals = message.decimals === 0 ? undefined : message.decimals;
    obj.deposit_cap = message.depositCap === "" ? undefined : message.depositCap;
    obj.enabled = message.enabled === false ? undefined : message.enabled;
    return obj;
  },
  fromAminoMsg(object: CollateralAssetAminoMsg): CollateralAsset {
    return CollateralAsset.fromAmino(object.value);
  },
  fromProtoMsg(message: CollateralAssetProtoMsg): CollateralAsset {
    return CollateralAsset.decode(message.value);
  },
  toProto(message: CollateralAsset): Uint8Array {
    return CollateralAsset.encode(message).finish();
  },
  toProtoMsg(message: CollateralAsset): CollateralAssetProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.CollateralAsset",
      value: CollateralAsset.encode(message).finish()
    };
  }
};
function createBaseSubaccount(): Subaccount {
  return {
    owner: "",
    number: 0,
    isolated: false,
    portfolioMargin: false
  };
}
export const Subaccount = {
  typeUrl: "/settle.margin.v1.Subaccount",
  encode(message: Subaccount, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.number !== 0) {
      writer.uint32(16).uint32(message.number);
    }
    if (message.isolated === true) {
      writer.uint32(24).bool(message.isolated);
    }
    if (message.portfolioMargin === true) {
      writer.uint32(32).bool(message.portfolioMargin);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Subaccount {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseSubaccount();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.owner = reader.string();
          break;
        case 2:
          message.number = reader.uint32();
          break;
        case 3:
          message.isolated = reader.bool();
          break;
        case 4:
          message.portfolioMargin = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Subaccount {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      number: isSet(object.number) ? Number(object.number) : 0,
      isolated: isSet(object.isolated) ? Boolean(object.isolated) : false,
      portfolioMargin: isSet(object.portfolioMargin) ? Boolean(object.portfolioMargin) : false
    };
  },
  toJSON(message: Subaccount): JsonSafe<Subaccount> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.number !== undefined && (obj.number = Math.round(message.number));
    message.isolated !== undefined && (obj.isolated = message.isolated);
    message.portfolioMargin !== undefined && (obj.portfolioMargin = message.portfolioMargin);
    return obj;
  },
  fromPartial(object: DeepPartial<Subaccount>): Subaccount {
    const message = createBaseSubaccount();
    message.owner = object.owner ?? "";
    message.number = object.number ?? 0;
    message.isolated = object.isolated ?? false;
    message.portfolioMargin = object.portfolioMargin ?? false;
    return message;
  },
  fromAmino(object: SubaccountAmino): Subaccount {
    const message = createBaseSubaccount();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.number !== undefined && object.number !== null) {
      message.number = object.number;
    }
    if (object.isolated !== undefined && object.isolated !== null) {
      message.isolated = object.isolated;
    }
    if (object.portfolio_margin !== undefined && object.portfolio_margin !== null) {
      message.portfolioMargin = object.portfolio_margin;
    }
    return message;
  },
  toAmino(message: Subaccount): SubaccountAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.number = message.number === 0 ? undefined : message.number;
    obj.isolated = message.isolated === false ? undefined : message.isolated;
    obj.portfolio_margin = message.portfolioMargin === false ? undefined : message.portfolioMargin;
    return obj;
  },
  fromAminoMsg(object: SubaccountAminoMsg): Subaccount {
    return Subaccount.fromAmino(object.value);
  },
  fromProtoMsg(message: SubaccountProtoMsg): Subaccount {
    return Subaccount.decode(message.value);
  },
  toProto(message: Subaccount): Uint8Array {
    return Subaccount.encode(message).finish();
  },
  toProtoMsg(message: Subaccount): SubaccountProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.Subaccount",
      value: Subaccount.encode(message).finish()
    };
  }
};
function createBaseCollateralBalance(): CollateralBalance {
  return {
    denom: "",
    amount: ""
  };
}
export const CollateralBalance = {
  typeUrl: "/settle.margin.v1.CollateralBalance",
  encode(message: CollateralBalance, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.denom !== "") {
      writer.uint32(10).string(message.denom);
    }
    if (message.amount !== "") {
      writer.uint32(18).string(message.amount);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): CollateralBalance {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseCollateralBalance();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.denom = reader.string();
          break;
        case 2:
          message.amount = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): CollateralBalance {
    return {
      denom: isSet(object.denom) ? String(object.denom) : "",
      amount: isSet(object.amount) ? String(object.amount) : ""
    };
  },
  toJSON(message: CollateralBalance): JsonSafe<CollateralBalance> {
    const obj: any = {};
    message.denom !== undefined && (obj.denom = message.denom);
    message.amount !== undefined && (obj.amount = message.amount);
    return obj;
  },
  fromPartial(object: DeepPartial<CollateralBalance>): CollateralBalance {
    const message = createBaseCollateralBalance();
    message.denom = object.denom ?? "";
    message.amount = object.amount ?? "";
    return message;
  },
  fromAmino(object: CollateralBalanceAmino): CollateralBalance {
    const message = createBaseCollateralBalance();
    if (object.denom !== undefined && object.denom !== null) {
      message.denom = object.denom;
    }
    if (object.amount !== undefined && object.amount !== null) {
      message.amount = object.amount;
    }
    return message;
  },
  toAmino(message: CollateralBalance): CollateralBalanceAmino {
    const obj: any = {};
    obj.denom = message.denom === "" ? undefined : message.denom;
    obj.amount = message.amount === "" ? undefined : message.amount;
    return obj;
  },
  fromAminoMsg(object: CollateralBalanceAminoMsg): CollateralBalance {
    return CollateralBalance.fromAmino(object.value);
  },
  fromProtoMsg(message: CollateralBalanceProtoMsg): CollateralBalance {
    return CollateralBalance.decode(message.value);
  },
  toProto(message: CollateralBalance): Uint8Array {
    return CollateralBalance.encode(message).finish();
  },
  toProtoMsg(message: CollateralBalance): CollateralBalanceProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.CollateralBalance",
      value: CollateralBalance.encode(message).finish()
    };
  }
};
function createBasePosition(): Position {
  return {
    instrumentId: "",
    size: "",
    costBasis: "",
    realizedPnl: "",
    feesPaid: ""
  };
}
export const Position = {
  typeUrl: "/settle.margin.v1.Position",
  encode(message: Position, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.instrumentId !== "") {
      writer.uint32(10).string(message.instrumentId);
    }
    if (message.size !== "") {
      writer.uint32(18).string(message.size);
    }
    if (message.costBasis !== "") {
      writer.uint32(26).string(message.costBasis);
    }
    if (message.realizedPnl !== "") {
      writer.uint32(34).string(message.realizedPnl);
    }
    if (message.feesPaid !== "") {
      writer.uint32(42).string(message.feesPaid);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Position {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBasePosition();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.instrumentId = reader.string();
          break;
        case 2:
          message.size = reader.string();
          break;
        case 3:
          message.costBasis = reader.string();
          break;
        case 4:
          message.realizedPnl = reader.string();
          break;
        case 5:
          message.feesPaid = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Position {
    return {
      instrumentId: isSet(object.instrumentId) ? String(object.instrumentId) : "",
      size: isSet(object.size) ? String(object.size) : "",
      costBasis: isSet(object.costBasis) ? String(object.costBasis) : "",
      realizedPnl: isSet(object.realizedPnl) ? String(object.realizedPnl) : "",
      feesPaid: isSet(object.feesPaid) ? String(object.feesPaid) : ""
    };
  },
  toJSON(message: Position): JsonSafe<Position> {
    const obj: any = {};
    message.instrumentId !== undefined && (obj.instrumentId = message.instrumentId);
    message.size !== undefined && (obj.size = message.size);
    message.costBasis !== undefined && (obj.costBasis = message.costBasis);
    message.realizedPnl !== undefined && (obj.realizedPnl = message.realizedPnl);
    message.feesPaid !== undefined && (obj.feesPaid = message.feesPaid);
    return obj;
  },
  fromPartial(object: DeepPartial<Position>): Position {
    const message = createBasePosition();
    message.instrumentId = object.instrumentId ?? "";
    message.size = object.size ?? "";
    message.costBasis = object.costBasis ?? "";
    message.realizedPnl = object.realizedPnl ?? "";
    message.feesPaid = object.feesPaid ?? "";
    return message;
  },
  fromAmino(object: PositionAmino): Position {
    const message = createBasePosition();
    if (object.instrument_id !== undefined && object.instrument_id !== null) {
      message.instrumentId = object.instrument_id;
    }
    if (object.size !== undefined && object.size !== null) {
      message.size = object.size;
    }
    if (object.cost_basis !== undefined && object.cost_basis !== null) {
      message.costBasis = object.cost_basis;
    }
    if (object.realized_pnl !== undefined && object.realized_pnl !== null) {
      message.realizedPnl = object.realized_pnl;
    }
    if (object.fees_paid !== undefined && object.fees_paid !== null) {
      message.feesPaid = object.fees_paid;
    }
    return message;
  },
  toAmino(message: Position): PositionAmino {
    const obj: any = {};
    obj.instrument_id = message.instrumentId === "" ? undefined : message.instrumentId;
    obj.size = message.size === "" ? undefined : message.size;
    obj.cost_basis = message.costBasis === "" ? undefined : message.costBasis;
    obj.realized_pnl = message.realizedPnl === "" ? undefined : message.realizedPnl;
    obj.fees_paid = message.feesPaid === "" ? undefined : message.feesPaid;
    return obj;
  },
  fromAminoMsg(object: PositionAminoMsg): Position {
    return Position.fromAmino(object.value);
  },
  fromProtoMsg(message: PositionProtoMsg): Position {
    return Position.decode(message.value);
  },
  toProto(message: Position): Uint8Array {
    return Position.encode(message).finish();
  },
  toProtoMsg(message: Position): PositionProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.Position",
      value: Position.encode(message).finish()
    };
  }
};
function createBaseSubaccountState(): SubaccountState {
  return {
    subaccount: undefined,
    collateral: [],
    positions: []
  };
}
export const SubaccountState = {
  typeUrl: "/settle.margin.v1.SubaccountState",
  encode(message: SubaccountState, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.subaccount !== undefined) {
      Subaccount.encode(message.subaccount, writer.uint32(10).fork()).ldelim();
    }
    for (const v of message.collateral) {
      CollateralBalance.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    for (const v of message.positions) {
      Position.encode(v!, writer.uint32(26).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): SubaccountState {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseSubaccountState();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.subaccount = Subaccount.decode(reader, reader.uint32());
          break;
        case 2:
          message.collateral.push(CollateralBalance.decode(reader, reader.uint32()));
          break;
        case 3:
          message.positions.push(Position.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): SubaccountState {
    return {
      subaccount: isSet(object.subaccount) ? Subaccount.fromJSON(object.subaccount) : undefined,
      collateral: Array.isArray(object?.collateral) ? object.collateral.map((e: any) => CollateralBalance.fromJSON(e)) : [],
      positions: Array.isArray(object?.positions) ? object.positions.map((e: any) => Position.fromJSON(e)) : []
    };
  },
  toJSON(message: SubaccountState): JsonSafe<SubaccountState> {
    const obj: any = {};
    message.subaccount !== undefined && (obj.subaccount = message.subaccount ? Subaccount.toJSON(message.subaccount) : undefined);
    if (message.collateral) {
      obj.collateral = message.collateral.map(e => e ? CollateralBalance.toJSON(e) : undefined);
    } else {
      obj.collateral = [];
    }
    if (message.positions) {
      obj.positions = message.positions.map(e => e ? Position.toJSON(e) : undefined);
    } else {
      obj.positions = [];
    }
    return obj;
  },
  fromPartial(object: DeepPartial<SubaccountState>): SubaccountState {
    const message = createBaseSubaccountState();
    message.subaccount = object.subaccount !== undefined && object.subaccount !== null ? Subaccount.fromPartial(object.subaccount) : undefined;
    message.collateral = object.collateral?.map(e => CollateralBalance.fromPartial(e)) || [];
    message.positions = object.positions?.map(e => Position.fromPartial(e)) || [];
    return message;
  },
  fromAmino(object: SubaccountStateAmino): SubaccountState {
    const message = createBaseSubaccountState();
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = Subaccount.fromAmino(object.subaccount);
    }
    message.collateral = object.collateral?.map(e => CollateralBalance.fromAmino(e)) || [];
    message.positions = object.positions?.map(e => Position.fromAmino(e)) || [];
    return message;
  },
  toAmino(message: SubaccountState): SubaccountStateAmino {
    const obj: any = {};
    obj.subaccount = message.subaccount ? Subaccount.toAmino(message.subaccount) : undefined;
    if (message.collateral && message.collateral.length > 0) {
      obj.collateral = message.collateral.map(e => e ? CollateralBalance.toAmino(e) : undefined);
    }
    if (message.positions && message.positions.length > 0) {
      obj.positions = message.positions.map(e => e ? Position.toAmino(e) : undefined);
    }
    return obj;
  },
  fromAminoMsg(object: SubaccountStateAminoMsg): SubaccountState {
    return SubaccountState.fromAmino(object.value);
  },
  fromProtoMsg(message: SubaccountStateProtoMsg): SubaccountState {
    return SubaccountState.decode(message.value);
  },
  toProto(message: SubaccountState): Uint8Array {
    return SubaccountState.encode(message).finish();
  },
  toProtoMsg(message: SubaccountState): SubaccountStateProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.SubaccountState",
      value: SubaccountState.encode(message).finish()
    };
  }
};
function createBaseClearing(): Clearing {
  return {
    instrumentId: "",
    amount: "",
    settledSize: ""
  };
}
export const Clearing = {
  typeUrl: "/settle.margin.v1.Clearing",
  encode(message: Clearing, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.instrumentId !== "") {
      writer.uint32(10).string(message.instrumentId);
    }
    if (message.amount !== "") {
      writer.uint32(18).string(message.amount);
    }
    if (message.settledSize !== "") {
      writer.uint32(26).string(message.settledSize);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Clearing {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseClearing();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.instrumentId = reader.string();
          break;
        case 2:
          message.amount = reader.string();
          break;
        case 3:
          message.settledSize = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Clearing {
    return {
      instrumentId: isSet(object.instrumentId) ? String(object.instrumentId) : "",
      amount: isSet(object.amount) ? String(object.amount) : "",
      settledSize: isSet(object.settledSize) ? String(object.settledSize) : ""
    };
  },
  toJSON(message: Clearing): JsonSafe<Clearing> {
    const obj: any = {};
    message.instrumentId !== undefined && (obj.instrumentId = message.instrumentId);
    message.amount !== undefined && (obj.amount = message.amount);
    message.settledSize !== undefined && (obj.settledSize = message.settledSize);
    return obj;
  },
  fromPartial(object: DeepPartial<Clearing>): Clearing {
    const message = createBaseClearing();
    message.instrumentId = object.instrumentId ?? "";
    message.amount = object.amount ?? "";
    message.settledSize = object.settledSize ?? "";
    return message;
  },
  fromAmino(object: ClearingAmino): Clearing {
    const message = createBaseClearing();
    if (object.instrument_id !== undefined && object.instrument_id !== null) {
      message.instrumentId = object.instrument_id;
    }
    if (object.amount !== undefined && object.amount !== null) {
      message.amount = object.amount;
    }
    if (object.settled_size !== undefined && object.settled_size !== null) {
      message.settledSize = object.settled_size;
    }
    return message;
  },
  toAmino(message: Clearing): ClearingAmino {
    const obj: any = {};
    obj.instrument_id = message.instrumentId === "" ? undefined : message.instrumentId;
    obj.amount = message.amount === "" ? undefined : message.amount;
    obj.settled_size = message.settledSize === "" ? undefined : message.settledSize;
    return obj;
  },
  fromAminoMsg(object: ClearingAminoMsg): Clearing {
    return Clearing.fromAmino(object.value);
  },
  fromProtoMsg(message: ClearingProtoMsg): Clearing {
    return Clearing.decode(message.value);
  },
  toProto(message: Clearing): Uint8Array {
    return Clearing.encode(message).finish();
  },
  toProtoMsg(message: Clearing): ClearingProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.Clearing",
      value: Clearing.encode(message).finish()
    };
  }
};