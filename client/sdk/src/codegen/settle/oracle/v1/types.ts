/* eslint-disable */
import { BinaryReader, BinaryWriter } from "../../../binary";
import { isSet, DeepPartial } from "../../../helpers";
import { JsonSafe } from "../../../json-safe";
/** Market is a price feed the validators report, e.g. BTC/USD. */
export interface Market {
  /** id: "BTC/USD" (BASE/QUOTE, upper case). */
  id: string;
  /** decimals: fractional digits of the reported price (the vote extension carries integers). */
  decimals: number;
  /**
   * min_report_power: the share of total voting power (decimal in (0,1]) that must report this
   * market in a block for its price to update; "" uses params.min_report_power.
   */
  minReportPower: string;
  /** enabled: a disabled market is neither reported nor updated. */
  enabled: boolean;
  /** index: a small stable number that names the market inside vote extensions. */
  index: number;
}
export interface MarketProtoMsg {
  typeUrl: "/settle.oracle.v1.Market";
  value: Uint8Array;
}
/**
 * Market is a price feed the validators report, e.g. BTC/USD.
 * @name MarketAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.Market
 */
export interface MarketAmino {
  /**
   * id: "BTC/USD" (BASE/QUOTE, upper case).
   */
  id?: string;
  /**
   * decimals: fractional digits of the reported price (the vote extension carries integers).
   */
  decimals?: number;
  /**
   * min_report_power: the share of total voting power (decimal in (0,1]) that must report this
   * market in a block for its price to update; "" uses params.min_report_power.
   */
  min_report_power?: string;
  /**
   * enabled: a disabled market is neither reported nor updated.
   */
  enabled?: boolean;
  /**
   * index: a small stable number that names the market inside vote extensions.
   */
  index?: number;
}
export interface MarketAminoMsg {
  type: "/settle.oracle.v1.Market";
  value: MarketAmino;
}
/** Price is the on-chain price of a market: the stake-weighted median of one block's reports. */
export interface Price {
  market: string;
  price: string;
  height: bigint;
  timeNanos: bigint;
  /** reporting power behind this price (sum of the powers of the validators that reported it). */
  power: bigint;
}
export interface PriceProtoMsg {
  typeUrl: "/settle.oracle.v1.Price";
  value: Uint8Array;
}
/**
 * Price is the on-chain price of a market: the stake-weighted median of one block's reports.
 * @name PriceAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.Price
 */
export interface PriceAmino {
  market?: string;
  price?: string;
  height?: string;
  time_nanos?: string;
  /**
   * reporting power behind this price (sum of the powers of the validators that reported it).
   */
  power?: string;
}
export interface PriceAminoMsg {
  type: "/settle.oracle.v1.Price";
  value: PriceAmino;
}
/** PriceWithAge is a stored price as a consumer sees it at a height and block time. */
export interface PriceWithAge {
  price?: Price;
  ageSeconds: bigint;
  stale: boolean;
}
export interface PriceWithAgeProtoMsg {
  typeUrl: "/settle.oracle.v1.PriceWithAge";
  value: Uint8Array;
}
/**
 * PriceWithAge is a stored price as a consumer sees it at a height and block time.
 * @name PriceWithAgeAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.PriceWithAge
 */
export interface PriceWithAgeAmino {
  price?: PriceAmino;
  age_seconds?: string;
  stale?: boolean;
}
export interface PriceWithAgeAminoMsg {
  type: "/settle.oracle.v1.PriceWithAge";
  value: PriceWithAgeAmino;
}
/** SviSlice is one expiry's raw SVI smile: w(k) = a + b(rho(k-m) + sqrt((k-m)^2 + sigma^2)). */
export interface SviSlice {
  /** expiry, Unix seconds. */
  expiry: bigint;
  a: string;
  b: string;
  rho: string;
  m: string;
  sigma: string;
}
export interface SviSliceProtoMsg {
  typeUrl: "/settle.oracle.v1.SviSlice";
  value: Uint8Array;
}
/**
 * SviSlice is one expiry's raw SVI smile: w(k) = a + b(rho(k-m) + sqrt((k-m)^2 + sigma^2)).
 * @name SviSliceAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.SviSlice
 */
export interface SviSliceAmino {
  /**
   * expiry, Unix seconds.
   */
  expiry?: string;
  a?: string;
  b?: string;
  rho?: string;
  m?: string;
  sigma?: string;
}
export interface SviSliceAminoMsg {
  type: "/settle.oracle.v1.SviSlice";
  value: SviSliceAmino;
}
/** VolSurface is the on-chain surface of one underlying market. */
export interface VolSurface {
  market: string;
  slices: SviSlice[];
  height: bigint;
  timeNanos: bigint;
}
export interface VolSurfaceProtoMsg {
  typeUrl: "/settle.oracle.v1.VolSurface";
  value: Uint8Array;
}
/**
 * VolSurface is the on-chain surface of one underlying market.
 * @name VolSurfaceAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.VolSurface
 */
export interface VolSurfaceAmino {
  market?: string;
  slices?: SviSliceAmino[];
  height?: string;
  time_nanos?: string;
}
export interface VolSurfaceAminoMsg {
  type: "/settle.oracle.v1.VolSurface";
  value: VolSurfaceAmino;
}
/** Params are the oracle module's governable parameters. */
export interface Params {
  /** heartbeat_seconds: a price older than this is stale. */
  heartbeatSeconds: bigint;
  /** max_vote_extension_bytes: VerifyVoteExtension rejects larger extensions. */
  maxVoteExtensionBytes: number;
  /** min_report_power: default share of total power that must report a market (decimal, "0.666666666666666667"). */
  minReportPower: string;
  /** twap_window_seconds: the longest TWAP window queries can ask for (the checkpoint history kept). */
  twapWindowSeconds: bigint;
  /**
   * authority: the address allowed to create markets and change params (a governance module's
   * account once settle has one).
   */
  authority: string;
}
export interface ParamsProtoMsg {
  typeUrl: "/settle.oracle.v1.Params";
  value: Uint8Array;
}
/**
 * Params are the oracle module's governable parameters.
 * @name ParamsAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.Params
 */
export interface ParamsAmino {
  /**
   * heartbeat_seconds: a price older than this is stale.
   */
  heartbeat_seconds?: string;
  /**
   * max_vote_extension_bytes: VerifyVoteExtension rejects larger extensions.
   */
  max_vote_extension_bytes?: number;
  /**
   * min_report_power: default share of total power that must report a market (decimal, "0.666666666666666667").
   */
  min_report_power?: string;
  /**
   * twap_window_seconds: the longest TWAP window queries can ask for (the checkpoint history kept).
   */
  twap_window_seconds?: string;
  /**
   * authority: the address allowed to create markets and change params (a governance module's
   * account once settle has one).
   */
  authority?: string;
}
export interface ParamsAminoMsg {
  type: "/settle.oracle.v1.Params";
  value: ParamsAmino;
}
/**
 * TwapCheckpoint is the price accumulator at a price update: cumulative = sum over time of
 * price.raw * nanoseconds (an exact integer, decimal string) up to time_nanos, and the price in
 * force from then until the next checkpoint.
 */
export interface TwapCheckpoint {
  timeNanos: bigint;
  cumulative: string;
  price: string;
}
export interface TwapCheckpointProtoMsg {
  typeUrl: "/settle.oracle.v1.TwapCheckpoint";
  value: Uint8Array;
}
/**
 * TwapCheckpoint is the price accumulator at a price update: cumulative = sum over time of
 * price.raw * nanoseconds (an exact integer, decimal string) up to time_nanos, and the price in
 * force from then until the next checkpoint.
 * @name TwapCheckpointAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.TwapCheckpoint
 */
export interface TwapCheckpointAmino {
  time_nanos?: string;
  cumulative?: string;
  price?: string;
}
export interface TwapCheckpointAminoMsg {
  type: "/settle.oracle.v1.TwapCheckpoint";
  value: TwapCheckpointAmino;
}
/** PriceReport is one market's price in a vote extension: price = value / 10^decimals of the market. */
export interface PriceReport {
  marketIndex: number;
  value: bigint;
}
export interface PriceReportProtoMsg {
  typeUrl: "/settle.oracle.v1.PriceReport";
  value: Uint8Array;
}
/**
 * PriceReport is one market's price in a vote extension: price = value / 10^decimals of the market.
 * @name PriceReportAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.PriceReport
 */
export interface PriceReportAmino {
  market_index?: number;
  value?: string;
}
export interface PriceReportAminoMsg {
  type: "/settle.oracle.v1.PriceReport";
  value: PriceReportAmino;
}
/** SviReport is one expiry's SVI parameters in a vote extension, each scaled by 10^8. */
export interface SviReport {
  expiry: bigint;
  a: bigint;
  b: bigint;
  rho: bigint;
  m: bigint;
  sigma: bigint;
}
export interface SviReportProtoMsg {
  typeUrl: "/settle.oracle.v1.SviReport";
  value: Uint8Array;
}
/**
 * SviReport is one expiry's SVI parameters in a vote extension, each scaled by 10^8.
 * @name SviReportAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.SviReport
 */
export interface SviReportAmino {
  expiry?: string;
  a?: string;
  b?: string;
  rho?: string;
  m?: string;
  sigma?: string;
}
export interface SviReportAminoMsg {
  type: "/settle.oracle.v1.SviReport";
  value: SviReportAmino;
}
/** SurfaceReport is one underlying's surface in a vote extension. */
export interface SurfaceReport {
  marketIndex: number;
  slices: SviReport[];
}
export interface SurfaceReportProtoMsg {
  typeUrl: "/settle.oracle.v1.SurfaceReport";
  value: Uint8Array;
}
/**
 * SurfaceReport is one underlying's surface in a vote extension.
 * @name SurfaceReportAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.SurfaceReport
 */
export interface SurfaceReportAmino {
  market_index?: number;
  slices?: SviReportAmino[];
}
export interface SurfaceReportAminoMsg {
  type: "/settle.oracle.v1.SurfaceReport";
  value: SurfaceReportAmino;
}
/** OracleVoteExtension is what a validator puts in its precommit's vote extension. */
export interface OracleVoteExtension {
  prices: PriceReport[];
  surfaces: SurfaceReport[];
}
export interface OracleVoteExtensionProtoMsg {
  typeUrl: "/settle.oracle.v1.OracleVoteExtension";
  value: Uint8Array;
}
/**
 * OracleVoteExtension is what a validator puts in its precommit's vote extension.
 * @name OracleVoteExtensionAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.OracleVoteExtension
 */
export interface OracleVoteExtensionAmino {
  prices?: PriceReportAmino[];
  surfaces?: SurfaceReportAmino[];
}
export interface OracleVoteExtensionAminoMsg {
  type: "/settle.oracle.v1.OracleVoteExtension";
  value: OracleVoteExtensionAmino;
}
function createBaseMarket(): Market {
  return {
    id: "",
    decimals: 0,
    minReportPower: "",
    enabled: false,
    index: 0
  };
}
export const Market = {
  typeUrl: "/settle.oracle.v1.Market",
  encode(message: Market, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== "") {
      writer.uint32(10).string(message.id);
    }
    if (message.decimals !== 0) {
      writer.uint32(16).uint32(message.decimals);
    }
    if (message.minReportPower !== "") {
      writer.uint32(26).string(message.minReportPower);
    }
    if (message.enabled === true) {
      writer.uint32(32).bool(message.enabled);
    }
    if (message.index !== 0) {
      writer.uint32(40).uint32(message.index);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Market {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMarket();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.id = reader.string();
          break;
        case 2:
          message.decimals = reader.uint32();
          break;
        case 3:
          message.minReportPower = reader.string();
          break;
        case 4:
          message.enabled = reader.bool();
          break;
        case 5:
          message.index = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Market {
    return {
      id: isSet(object.id) ? String(object.id) : "",
      decimals: isSet(object.decimals) ? Number(object.decimals) : 0,
      minReportPower: isSet(object.minReportPower) ? String(object.minReportPower) : "",
      enabled: isSet(object.enabled) ? Boolean(object.enabled) : false,
      index: isSet(object.index) ? Number(object.index) : 0
    };
  },
  toJSON(message: Market): JsonSafe<Market> {
    const obj: any = {};
    message.id !== undefined && (obj.id = message.id);
    message.decimals !== undefined && (obj.decimals = Math.round(message.decimals));
    message.minReportPower !== undefined && (obj.minReportPower = message.minReportPower);
    message.enabled !== undefined && (obj.enabled = message.enabled);
    message.index !== undefined && (obj.index = Math.round(message.index));
    return obj;
  },
  fromPartial(object: DeepPartial<Market>): Market {
    const message = createBaseMarket();
    message.id = object.id ?? "";
    message.decimals = object.decimals ?? 0;
    message.minReportPower = object.minReportPower ?? "";
    message.enabled = object.enabled ?? false;
    message.index = object.index ?? 0;
    return message;
  },
  fromAmino(object: MarketAmino): Market {
    const message = createBaseMarket();
    if (object.id !== undefined && object.id !== null) {
      message.id = object.id;
    }
    if (object.decimals !== undefined && object.decimals !== null) {
      message.decimals = object.decimals;
    }
    if (object.min_report_power !== undefined && object.min_report_power !== null) {
      message.minReportPower = object.min_report_power;
    }
    if (object.enabled !== undefined && object.enabled !== null) {
      message.enabled = object.enabled;
    }
    if (object.index !== undefined && object.index !== null) {
      message.index = object.index;
    }
    return message;
  },
  toAmino(message: Market): MarketAmino {
    const obj: any = {};
    obj.id = message.id === "" ? undefined : message.id;
    obj.decimals = message.decimals === 0 ? undefined : message.decimals;
    obj.min_report_power = message.minReportPower === "" ? undefined : message.minReportPower;
    obj.enabled = message.enabled === false ? undefined : message.enabled;
    obj.index = message.index === 0 ? undefined : message.index;
    return obj;
  },
  fromAminoMsg(object: MarketAminoMsg): Market {
    return Market.fromAmino(object.value);
  },
  fromProtoMsg(message: MarketProtoMsg): Market {
    return Market.decode(message.value);
  },
  toProto(message: Market): Uint8Array {
    return Market.encode(message).finish();
  },
  toProtoMsg(message: Market): MarketProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.Market",
      value: Market.encode(message).finish()
    };
  }
};
function createBasePrice(): Price {
  return {
    market: "",
    price: "",
    height: BigInt(0),
    timeNanos: BigInt(0),
    power: BigInt(0)
  };
}
export const Price = {
  typeUrl: "/settle.oracle.v1.Price",
  encode(message: Price, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.market !== "") {
      writer.uint32(10).string(message.market);
    }
    if (message.price !== "") {
      writer.uint32(18).string(message.price);
    }
    if (message.height !== BigInt(0)) {
      writer.uint32(24).int64(message.height);
    }
    if (message.timeNanos !== BigInt(0)) {
      writer.uint32(32).int64(message.timeNanos);
    }
    if (message.power !== BigInt(0)) {
      writer.uint32(40).int64(message.power);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Price {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBasePrice();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.market = reader.string();
          break;
        case 2:
          message.price = reader.string();
          break;
        case 3:
          message.height = reader.int64();
          break;
        case 4:
          message.timeNanos = reader.int64();
          break;
        case 5:
          message.power = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Price {
    return {
      market: isSet(object.market) ? String(object.market) : "",
      price: isSet(object.price) ? String(object.price) : "",
      height: isSet(object.height) ? BigInt(object.height.toString()) : BigInt(0),
      timeNanos: isSet(object.timeNanos) ? BigInt(object.timeNanos.toString()) : BigInt(0),
      power: isSet(object.power) ? BigInt(object.power.toString()) : BigInt(0)
    };
  },
  toJSON(message: Price): JsonSafe<Price> {
    const obj: any = {};
    message.market !== undefined && (obj.market = message.market);
    message.price !== undefined && (obj.price = message.price);
    message.height !== undefined && (obj.height = (message.height || BigInt(0)).toString());
    message.timeNanos !== undefined && (obj.timeNanos = (message.timeNanos || BigInt(0)).toString());
    message.power !== undefined && (obj.power = (message.power || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<Price>): Price {
    const message = createBasePrice();
    message.market = object.market ?? "";
    message.price = object.price ?? "";
    message.height = object.height !== undefined && object.height !== null ? BigInt(object.height.toString()) : BigInt(0);
    message.timeNanos = object.timeNanos !== undefined && object.timeNanos !== null ? BigInt(object.timeNanos.toString()) : BigInt(0);
    message.power = object.power !== undefined && object.power !== null ? BigInt(object.power.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: PriceAmino): Price {
    const message = createBasePrice();
    if (object.market !== undefined && object.market !== null) {
      message.market = object.market;
    }
    if (object.price !== undefined && object.price !== null) {
      message.price = object.price;
    }
    if (object.height !== undefined && object.height !== null) {
      message.height = BigInt(object.height);
    }
    if (object.time_nanos !== undefined && object.time_nanos !== null) {
      message.timeNanos = BigInt(object.time_nanos);
    }
    if (object.power !== undefined && object.power !== null) {
      message.power = BigInt(object.power);
    }
    return message;
  },
  toAmino(message: Price): PriceAmino {
    const obj: any = {};
    obj.market = message.market === "" ? undefined : message.market;
    obj.price = message.price === "" ? undefined : message.price;
    obj.height = message.height !== BigInt(0) ? message.height?.toString() : undefined;
    obj.time_nanos = message.timeNanos !== BigInt(0) ? message.timeNanos?.toString() : undefined;
    obj.power = message.power !== BigInt(0) ? message.power?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: PriceAminoMsg): Price {
    return Price.fromAmino(object.value);
  },
  fromProtoMsg(message: PriceProtoMsg): Price {
    return Price.decode(message.value);
  },
  toProto(message: Price): Uint8Array {
    return Price.encode(message).finish();
  },
  toProtoMsg(message: Price): PriceProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.Price",
      value: Price.encode(message).finish()
    };
  }
};
function createBasePriceWithAge(): PriceWithAge {
  return {
    price: undefined,
    ageSeconds: BigInt(0),
    stale: false
  };
}
export const PriceWithAge = {
  typeUrl: "/settle.oracle.v1.PriceWithAge",
  encode(message: PriceWithAge, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.price !== undefined) {
      Price.encode(message.price, writer.uint32(10).fork()).ldelim();
    }
    if (message.ageSeconds !== BigInt(0)) {
      writer.uint32(16).int64(message.ageSeconds);
    }
    if (message.stale === true) {
      writer.uint32(24).bool(message.stale);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): PriceWithAge {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBasePriceWithAge();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.price = Price.decode(reader, reader.uint32());
          break;
        case 2:
          message.ageSeconds = reader.int64();
          break;
        case 3:
          message.stale = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): PriceWithAge {
    return {
      price: isSet(object.price) ? Price.fromJSON(object.price) : undefined,
      ageSeconds: isSet(object.ageSeconds) ? BigInt(object.ageSeconds.toString()) : BigInt(0),
      stale: isSet(object.stale) ? Boolean(object.stale) : false
    };
  },
  toJSON(message: PriceWithAge): JsonSafe<PriceWithAge> {
    const obj: any = {};
    message.price !== undefined && (obj.price = message.price ? Price.toJSON(message.price) : undefined);
    message.ageSeconds !== undefined && (obj.ageSeconds = (message.ageSeconds || BigInt(0)).toString());
    message.stale !== undefined && (obj.stale = message.stale);
    return obj;
  },
  fromPartial(object: DeepPartial<PriceWithAge>): PriceWithAge {
    const message = createBasePriceWithAge();
    message.price = object.price !== undefined && object.price !== null ? Price.fromPartial(object.price) : undefined;
    message.ageSeconds = object.ageSeconds !== undefined && object.ageSeconds !== null ? BigInt(object.ageSeconds.toString()) : BigInt(0);
    message.stale = object.stale ?? false;
    return message;
  },
  fromAmino(object: PriceWithAgeAmino): PriceWithAge {
    const message = createBasePriceWithAge();
    if (object.price !== undefined && object.price !== null) {
      message.price = Price.fromAmino(object.price);
    }
    if (object.age_seconds !== undefined && object.age_seconds !== null) {
      message.ageSeconds = BigInt(object.age_seconds);
    }
    if (object.stale !== undefined && object.stale !== null) {
      message.stale = object.stale;
    }
    return message;
  },
  toAmino(message: PriceWithAge): PriceWithAgeAmino {
    const obj: any = {};
    obj.price = message.price ? Price.toAmino(message.price) : undefined;
    obj.age_seconds = message.ageSeconds !== BigInt(0) ? message.ageSeconds?.toString() : undefined;
    obj.stale = message.stale === false ? undefined : message.stale;
    return obj;
  },
  fromAminoMsg(object: PriceWithAgeAminoMsg): PriceWithAge {
    return PriceWithAge.fromAmino(object.value);
  },
  fromProtoMsg(message: PriceWithAgeProtoMsg): PriceWithAge {
    return PriceWithAge.decode(message.value);
  },
  toProto(message: PriceWithAge): Uint8Array {
    return PriceWithAge.encode(message).finish();
  },
  toProtoMsg(message: PriceWithAge): PriceWithAgeProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.PriceWithAge",
      value: PriceWithAge.encode(message).finish()
    };
  }
};
function createBaseSviSlice(): SviSlice {
  return {
    expiry: BigInt(0),
    a: "",
    b: "",
    rho: "",
    m: "",
    sigma: ""
  };
}
export const SviSlice = {
  typeUrl: "/settle.oracle.v1.SviSlice",
  encode(message: SviSlice, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.expiry !== BigInt(0)) {
      writer.uint32(8).int64(message.expiry);
    }
    if (message.a !== "") {
      writer.uint32(18).string(message.a);
    }
    if (message.b !== "") {
      writer.uint32(26).string(message.b);
    }
    if (message.rho !== "") {
      writer.uint32(34).string(message.rho);
    }
    if (message.m !== "") {
      writer.uint32(42).string(message.m);
    }
    if (message.sigma !== "") {
      writer.uint32(50).string(message.sigma);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): SviSlice {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseSviSlice();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.expiry = reader.int64();
          break;
        case 2:
          message.a = reader.string();
          break;
        case 3:
          message.b = reader.string();
          break;
        case 4:
          message.rho = reader.string();
          break;
        case 5:
          message.m = reader.string();
          break;
        case 6:
          message.sigma = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): SviSlice {
    return {
      expiry: isSet(object.expiry) ? BigInt(object.expiry.toString()) : BigInt(0),
      a: isSet(object.a) ? String(object.a) : "",
      b: isSet(object.b) ? String(object.b) : "",
      rho: isSet(object.rho) ? String(object.rho) : "",
      m: isSet(object.m) ? String(object.m) : "",
      sigma: isSet(object.sigma) ? String(object.sigma) : ""
    };
  },
  toJSON(message: SviSlice): JsonSafe<SviSlice> {
    const obj: any = {};
    message.expiry !== undefined && (obj.expiry = (message.expiry || BigInt(0)).toString());
    message.a !== undefined && (obj.a = message.a);
    message.b !== undefined && (obj.b = message.b);
    message.rho !== undefined && (obj.rho = message.rho);
    message.m !== undefined && (obj.m = message.m);
    message.sigma !== undefined && (obj.sigma = message.sigma);
    return obj;
  },
  fromPartial(object: DeepPartial<SviSlice>): SviSlice {
    const message = createBaseSviSlice();
    message.expiry = object.expiry !== undefined && object.expiry !== null ? BigInt(object.expiry.toString()) : BigInt(0);
    message.a = object.a ?? "";
    message.b = object.b ?? "";
    message.rho = object.rho ?? "";
    message.m = object.m ?? "";
    message.sigma = object.sigma ?? "";
    return message;
  },
  fromAmino(object: SviSliceAmino): SviSlice {
    const message = createBaseSviSlice();
    if (object.expiry !== undefined && object.expiry !== null) {
      message.expiry = BigInt(object.expiry);
    }
    if (object.a !== undefined && object.a !== null) {
      message.a = object.a;
    }
    if (object.b !== undefined && object.b !== null) {
      message.b = object.b;
    }
    if (object.rho !== undefined && object.rho !== null) {
      message.rho = object.rho;
    }
    if (object.m !== undefined && object.m !== null) {
      message.m = object.m;
    }
    if (object.sigma !== undefined && object.sigma !== null) {
      message.sigma = object.sigma;
    }
    return message;
  },
  toAmino(message: SviSlice): SviSliceAmino {
    const obj: any = {};
    obj.expiry = message.expiry !== BigInt(0) ? message.expiry?.toString() : undefined;
    obj.a = message.a === "" ? undefined : message.a;
    obj.b = message.b === "" ? undefined : message.b;
    obj.rho = message.rho === "" ? undefined : message.rho;
    obj.m = message.m === "" ? undefined : message.m;
    obj.sigma = message.sigma === "" ? undefined : message.sigma;
    return obj;
  },
  fromAminoMsg(object: SviSliceAminoMsg): SviSlice {
    return SviSlice.fromAmino(object.value);
  },
  fromProtoMsg(message: SviSliceProtoMsg): SviSlice {
    return SviSlice.decode(message.value);
  },
  toProto(message: SviSlice): Uint8Array {
    return SviSlice.encode(message).finish();
  },
  toProtoMsg(message: SviSlice): SviSliceProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.SviSlice",
      value: SviSlice.encode(message).finish()
    };
  }
};
function createBaseVolSurface(): VolSurface {
  return {
    market: "",
    slices: [],
    height: BigInt(0),
    timeNanos: BigInt(0)
  };
}
export const VolSurface = {
  typeUrl: "/settle.oracle.v1.VolSurface",
  encode(message: VolSurface, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.market !== "") {
      writer.uint32(10).string(message.market);
    }
    for (const v of message.slices) {
      SviSlice.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    if (message.height !== BigInt(0)) {
      writer.uint32(24).int64(message.height);
    }
    if (message.timeNanos !== BigInt(0)) {
      writer.uint32(32).int64(message.timeNanos);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): VolSurface {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseVolSurface();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.market = reader.string();
          break;
        case 2:
          message.slices.push(SviSlice.decode(reader, reader.uint32()));
          break;
        case 3:
          message.height = reader.int64();
          break;
        case 4:
          message.timeNanos = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): VolSurface {
    return {
      market: isSet(object.market) ? String(object.market) : "",
      slices: Array.isArray(object?.slices) ? object.slices.map((e: any) => SviSlice.fromJSON(e)) : [],
      height: isSet(object.height) ? BigInt(object.height.toString()) : BigInt(0),
      timeNanos: isSet(object.timeNanos) ? BigInt(object.timeNanos.toString()) : BigInt(0)
    };
  },
  toJSON(message: VolSurface): JsonSafe<VolSurface> {
    const obj: any = {};
    message.market !== undefined && (obj.market = message.market);
    if (message.slices) {
      obj.slices = message.slices.map(e => e ? SviSlice.toJSON(e) : undefined);
    } else {
      obj.slices = [];
    }
    message.height !== undefined && (obj.height = (message.height || BigInt(0)).toString());
    message.timeNanos !== undefined && (obj.timeNanos = (message.timeNanos || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<VolSurface>): VolSurface {
    const message = createBaseVolSurface();
    message.market = object.market ?? "";
    message.slices = object.slices?.map(e => SviSlice.fromPartial(e)) || [];
    message.height = object.height !== undefined && object.height !== null ? BigInt(object.height.toString()) : BigInt(0);
    message.timeNanos = object.timeNanos !== undefined && object.timeNanos !== null ? BigInt(object.timeNanos.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: VolSurfaceAmino): VolSurface {
    const message = createBaseVolSurface();
    if (object.market !== undefined && object.market !== null) {
      message.market = object.market;
    }
    message.slices = object.slices?.map(e => SviSlice.fromAmino(e)) || [];
    if (object.height !== undefined && object.height !== null) {
      message.height = BigInt(object.height);
    }
    if (object.time_nanos !== undefined && object.time_nanos !== null) {
      message.timeNanos = BigInt(object.time_nanos);
    }
    return message;
  },
  toAmino(message: VolSurface): VolSurfaceAmino {
    const obj: any = {};
    obj.market = message.market === "" ? undefined : message.market;
    if (message.slices && message.slices.length > 0) {
      obj.slices = message.slices.map(e => e ? SviSlice.toAmino(e) : undefined);
    }
    obj.height = message.height !== BigInt(0) ? message.height?.toString() : undefined;
    obj.time_nanos = message.timeNanos !== BigInt(0) ? message.timeNanos?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: VolSurfaceAminoMsg): VolSurface {
    return VolSurface.fromAmino(object.value);
  },
  fromProtoMsg(message: VolSurfaceProtoMsg): VolSurface {
    return VolSurface.decode(message.value);
  },
  toProto(message: VolSurface): Uint8Array {
    return VolSurface.encode(message).finish();
  },
  toProtoMsg(message: VolSurface): VolSurfaceProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.VolSurface",
      value: VolSurface.encode(message).finish()
    };
  }
};
function createBaseParams(): Params {
  return {
    heartbeatSeconds: BigInt(0),
    maxVoteExtensionBytes: 0,
    minReportPower: "",
    twapWindowSeconds: BigInt(0),
    authority: ""
  };
}
export const Params = {
  typeUrl: "/settle.oracle.v1.Params",
  encode(message: Params, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.heartbeatSeconds !== BigInt(0)) {
      writer.uint32(8).int64(message.heartbeatSeconds);
    }
    if (message.maxVoteExtensionBytes !== 0) {
      writer.uint32(16).uint32(message.maxVoteExtensionBytes);
    }
    if (message.minReportPower !== "") {
      writer.uint32(26).string(message.minReportPower);
    }
    if (message.twapWindowSeconds !== BigInt(0)) {
      writer.uint32(32).int64(message.twapWindowSeconds);
    }
    if (message.authority !== "") {
      writer.uint32(42).string(message.authority);
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
          message.heartbeatSeconds = reader.int64();
          break;
        case 2:
          message.maxVoteExtensionBytes = reader.uint32();
          break;
        case 3:
          message.minReportPower = reader.string();
          break;
        case 4:
          message.twapWindowSeconds = reader.int64();
          break;
        case 5:
          message.authority = reader.string();
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
      heartbeatSeconds: isSet(object.heartbeatSeconds) ? BigInt(object.heartbeatSeconds.toString()) : BigInt(0),
      maxVoteExtensionBytes: isSet(object.maxVoteExtensionBytes) ? Number(object.maxVoteExtensionBytes) : 0,
      minReportPower: isSet(object.minReportPower) ? String(object.minReportPower) : "",
      twapWindowSeconds: isSet(object.twapWindowSeconds) ? BigInt(object.twapWindowSeconds.toString()) : BigInt(0),
      authority: isSet(object.authority) ? String(object.authority) : ""
    };
  },
  toJSON(message: Params): JsonSafe<Params> {
    const obj: any = {};
    message.heartbeatSeconds !== undefined && (obj.heartbeatSeconds = (message.heartbeatSeconds || BigInt(0)).toString());
    message.maxVoteExtensionBytes !== undefined && (obj.maxVoteExtensionBytes = Math.round(message.maxVoteExtensionBytes));
    message.minReportPower !== undefined && (obj.minReportPower = message.minReportPower);
    message.twapWindowSeconds !== undefined && (obj.twapWindowSeconds = (message.twapWindowSeconds || BigInt(0)).toString());
    message.authority !== undefined && (obj.authority = message.authority);
    return obj;
  },
  fromPartial(object: DeepPartial<Params>): Params {
    const message = createBaseParams();
    message.heartbeatSeconds = object.heartbeatSeconds !== undefined && object.heartbeatSeconds !== null ? BigInt(object.heartbeatSeconds.toString()) : BigInt(0);
    message.maxVoteExtensionBytes = object.maxVoteExtensionBytes ?? 0;
    message.minReportPower = object.minReportPower ?? "";
    message.twapWindowSeconds = object.twapWindowSeconds !== undefined && object.twapWindowSeconds !== null ? BigInt(object.twapWindowSeconds.toString()) : BigInt(0);
    message.authority = object.authority ?? "";
    return message;
  },
  fromAmino(object: ParamsAmino): Params {
    const message = createBaseParams();
    if (object.heartbeat_seconds !== undefined && object.heartbeat_seconds !== null) {
      message.heartbeatSeconds = BigInt(object.heartbeat_seconds);
    }
    if (object.max_vote_extension_bytes !== undefined && object.max_vote_extension_bytes !== null) {
      message.maxVoteExtensionBytes = object.max_vote_extension_bytes;
    }
    if (object.min_report_power !== undefined && object.min_report_power !== null) {
      message.minReportPower = object.min_report_power;
    }
    if (object.twap_window_seconds !== undefined && object.twap_window_seconds !== null) {
      message.twapWindowSeconds = BigInt(object.twap_window_seconds);
    }
    if (object.authority !== undefined && object.authority !== null) {
      message.authority = object.authority;
    }
    return message;
  },
  toAmino(message: Params): ParamsAmino {
    const obj: any = {};
    obj.heartbeat_seconds = message.heartbeatSeconds !== BigInt(0) ? message.heartbeatSeconds?.toString() : undefined;
    obj.max_vote_extension_bytes = message.maxVoteExtensionBytes === 0 ? undefined : message.maxVoteExtensionBytes;
    obj.min_report_power = message.minReportPower === "" ? undefined : message.minReportPower;
    obj.twap_window_seconds = message.twapWindowSeconds !== BigInt(0) ? message.twapWindowSeconds?.toString() : undefined;
    obj.authority = message.authority === "" ? undefined : message.authority;
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
      typeUrl: "/settle.oracle.v1.Params",
      value: Params.encode(message).finish()
    };
  }
};
function createBaseTwapCheckpoint(): TwapCheckpoint {
  return {
    timeNanos: BigInt(0),
    cumulative: "",
    price: ""
  };
}
export const TwapCheckpoint = {
  typeUrl: "/settle.oracle.v1.TwapCheckpoint",
  encode(message: TwapCheckpoint, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.timeNanos !== BigInt(0)) {
      writer.uint32(8).int64(message.timeNanos);
    }
    if (message.cumulative !== "") {
      writer.uint32(18).string(message.cumulative);
    }
    if (message.price !== "") {
      writer.uint32(26).string(message.price);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): TwapCheckpoint {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseTwapCheckpoint();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.timeNanos = reader.int64();
          break;
        case 2:
          message.cumulative = reader.string();
          break;
        case 3:
          message.price = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): TwapCheckpoint {
    return {
      timeNanos: isSet(object.timeNanos) ? BigInt(object.timeNanos.toString()) : BigInt(0),
      cumulative: isSet(object.cumulative) ? String(object.cumulative) : "",
      price: isSet(object.price) ? String(object.price) : ""
    };
  },
  toJSON(message: TwapCheckpoint): JsonSafe<TwapCheckpoint> {
    const obj: any = {};
    message.timeNanos !== undefined && (obj.timeNanos = (message.timeNanos || BigInt(0)).toString());
    message.cumulative !== undefined && (obj.cumulative = message.cumulative);
    message.price !== undefined && (obj.price = message.price);
    return obj;
  },
  fromPartial(object: DeepPartial<TwapCheckpoint>): TwapCheckpoint {
    const message = createBaseTwapCheckpoint();
    message.timeNanos = object.timeNanos !== undefined && object.timeNanos !== null ? BigInt(object.timeNanos.toString()) : BigInt(0);
    message.cumulative = object.cumulative ?? "";
    message.price = object.price ?? "";
    return message;
  },
  fromAmino(object: TwapCheckpointAmino): TwapCheckpoint {
    const message = createBaseTwapCheckpoint();
    if (object.time_nanos !== undefined && object.time_nanos !== null) {
      message.timeNanos = BigInt(object.time_nanos);
    }
    if (object.cumulative !== undefined && object.cumulative !== null) {
      message.cumulative = object.cumulative;
    }
    if (object.price !== undefined && object.price !== null) {
      message.price = object.price;
    }
    return message;
  },
  toAmino(message: TwapCheckpoint): TwapCheckpointAmino {
    const obj: any = {};
    obj.time_nanos = message.timeNanos !== BigInt(0) ? message.timeNanos?.toString() : undefined;
    obj.cumulative = message.cumulative === "" ? undefined : message.cumulative;
    obj.price = message.price === "" ? undefined : message.price;
    return obj;
  },
  fromAminoMsg(object: TwapCheckpointAminoMsg): TwapCheckpoint {
    return TwapCheckpoint.fromAmino(object.value);
  },
  fromProtoMsg(message: TwapCheckpointProtoMsg): TwapCheckpoint {
    return TwapCheckpoint.decode(message.value);
  },
  toProto(message: TwapCheckpoint): Uint8Array {
    return TwapCheckpoint.encode(message).finish();
  },
  toProtoMsg(message: TwapCheckpoint): TwapCheckpointProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.TwapCheckpoint",
      value: TwapCheckpoint.encode(message).finish()
    };
  }
};
function createBasePriceReport(): PriceReport {
  return {
    marketIndex: 0,
    value: BigInt(0)
  };
}
export const PriceReport = {
  typeUrl: "/settle.oracle.v1.PriceReport",
  encode(message: PriceReport, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.marketIndex !== 0) {
      writer.uint32(8).uint32(message.marketIndex);
    }
    if (message.value !== BigInt(0)) {
      writer.uint32(16).uint64(message.value);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): PriceReport {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBasePriceReport();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.marketIndex = reader.uint32();
          break;
        case 2:
          message.value = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): PriceReport {
    return {
      marketIndex: isSet(object.marketIndex) ? Number(object.marketIndex) : 0,
      value: isSet(object.value) ? BigInt(object.value.toString()) : BigInt(0)
    };
  },
  toJSON(message: PriceReport): JsonSafe<PriceReport> {
    const obj: any = {};
    message.marketIndex !== undefined && (obj.marketIndex = Math.round(message.marketIndex));
    message.value !== undefined && (obj.value = (message.value || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<PriceReport>): PriceReport {
    const message = createBasePriceReport();
    message.marketIndex = object.marketIndex ?? 0;
    message.value = object.value !== undefined && object.value !== null ? BigInt(object.value.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: PriceReportAmino): PriceReport {
    const message = createBasePriceReport();
    if (object.market_index !== undefined && object.market_index !== null) {
      message.marketIndex = object.market_index;
    }
    if (object.value !== undefined && object.value !== null) {
      message.value = BigInt(object.value);
    }
    return message;
  },
  toAmino(message: PriceReport): PriceReportAmino {
    const obj: any = {};
    obj.market_index = message.marketIndex === 0 ? undefined : message.marketIndex;
    obj.value = message.value !== BigInt(0) ? message.value?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: PriceReportAminoMsg): PriceReport {
    return PriceReport.fromAmino(object.value);
  },
  fromProtoMsg(message: PriceReportProtoMsg): PriceReport {
    return PriceReport.decode(message.value);
  },
  toProto(message: PriceReport): Uint8Array {
    return PriceReport.encode(message).finish();
  },
  toProtoMsg(message: PriceReport): PriceReportProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.PriceReport",
      value: PriceReport.encode(message).finish()
    };
  }
};
function createBaseSviReport(): SviReport {
  return {
    expiry: BigInt(0),
    a: BigInt(0),
    b: BigInt(0),
    rho: BigInt(0),
    m: BigInt(0),
    sigma: BigInt(0)
  };
}
export const SviReport = {
  typeUrl: "/settle.oracle.v1.SviReport",
  encode(message: SviReport, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.expiry !== BigInt(0)) {
      writer.uint32(8).int64(message.expiry);
    }
    if (message.a !== BigInt(0)) {
      writer.uint32(16).sint64(message.a);
    }
    if (message.b !== BigInt(0)) {
      writer.uint32(24).sint64(message.b);
    }
    if (message.rho !== BigInt(0)) {
      writer.uint32(32).sint64(message.rho);
    }
    if (message.m !== BigInt(0)) {
      writer.uint32(40).sint64(message.m);
    }
    if (message.sigma !== BigInt(0)) {
      writer.uint32(48).sint64(message.sigma);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): SviReport {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseSviReport();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.expiry = reader.int64();
          break;
        case 2:
          message.a = reader.sint64();
          break;
        case 3:
          message.b = reader.sint64();
          break;
        case 4:
          message.rho = reader.sint64();
          break;
        case 5:
          message.m = reader.sint64();
          break;
        case 6:
          message.sigma = reader.sint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): SviReport {
    return {
      expiry: isSet(object.expiry) ? BigInt(object.expiry.toString()) : BigInt(0),
      a: isSet(object.a) ? BigInt(object.a.toString()) : BigInt(0),
      b: isSet(object.b) ? BigInt(object.b.toString()) : BigInt(0),
      rho: isSet(object.rho) ? BigInt(object.rho.toString()) : BigInt(0),
      m: isSet(object.m) ? BigInt(object.m.toString()) : BigInt(0),
      sigma: isSet(object.sigma) ? BigInt(object.sigma.toString()) : BigInt(0)
    };
  },
  toJSON(message: SviReport): JsonSafe<SviReport> {
    const obj: any = {};
    message.expiry !== undefined && (obj.expiry = (message.expiry || BigInt(0)).toString());
    message.a !== undefined && (obj.a = (message.a || BigInt(0)).toString());
    message.b !== undefined && (obj.b = (message.b || BigInt(0)).toString());
    message.rho !== undefined && (obj.rho = (message.rho || BigInt(0)).toString());
    message.m !== undefined && (obj.m = (message.m || BigInt(0)).toString());
    message.sigma !== undefined && (obj.sigma = (message.sigma || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<SviReport>): SviReport {
    const message = createBaseSviReport();
    message.expiry = object.expiry !== undefined && object.expiry !== null ? BigInt(object.expiry.toString()) : BigInt(0);
    message.a = object.a !== undefined && object.a !== null ? BigInt(object.a.toString()) : BigInt(0);
    message.b = object.b !== undefined && object.b !== null ? BigInt(object.b.toString()) : BigInt(0);
    message.rho = object.rho !== undefined && object.rho !== null ? BigInt(object.rho.toString()) : BigInt(0);
    message.m = object.m !== undefined && object.m !== null ? BigInt(object.m.toString()) : BigInt(0);
    message.sigma = object.sigma !== undefined && object.sigma !== null ? BigInt(object.sigma.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: SviReportAmino): SviReport {
    const message = createBaseSviReport();
    if (object.expiry !== undefined && object.expiry !== null) {
      message.expiry = BigInt(object.expiry);
    }
    if (object.a !== undefined && object.a !== null) {
      message.a = BigInt(object.a);
    }
    if (object.b !== undefined && object.b !== null) {
      message.b = BigInt(object.b);
    }
    if (object.rho !== undefined && object.rho !== null) {
      message.rho = BigInt(object.rho);
    }
    if (object.m !== undefined && object.m !== null) {
      message.m = BigInt(object.m);
    }
    if (object.sigma !== undefined && object.sigma !== null) {
      message.sigma = BigInt(object.sigma);
    }
    return message;
  },
  toAmino(message: SviReport): SviReportAmino {
    const obj: any = {};
    obj.expiry = message.expiry !== BigInt(0) ? message.expiry?.toString() : undefined;
    obj.a = message.a !== BigInt(0) ? message.a?.toString() : undefined;
    obj.b = message.b !== BigInt(0) ? message.b?.toString() : undefined;
    obj.rho = message.rho !== BigInt(0) ? message.rho?.toString() : undefined;
    obj.m = message.m !== BigInt(0) ? message.m?.toString() : undefined;
    obj.sigma = message.sigma !== BigInt(0) ? message.sigma?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: SviReportAminoMsg): SviReport {
    return SviReport.fromAmino(object.value);
  },
  fromProtoMsg(message: SviReportProtoMsg): SviReport {
    return SviReport.decode(message.value);
  },
  toProto(message: SviReport): Uint8Array {
    return SviReport.encode(message).finish();
  },
  toProtoMsg(message: SviReport): SviReportProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.SviReport",
      value: SviReport.encode(message).finish()
    };
  }
};
function createBaseSurfaceReport(): SurfaceReport {
  return {
    marketIndex: 0,
    slices: []
  };
}
export const SurfaceReport = {
  typeUrl: "/settle.oracle.v1.SurfaceReport",
  encode(message: SurfaceReport, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.marketIndex !== 0) {
      writer.uint32(8).uint32(message.marketIndex);
    }
    for (const v of message.slices) {
      SviReport.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): SurfaceReport {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseSurfaceReport();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.marketIndex = reader.uint32();
          break;
        case 2:
          message.slices.push(SviReport.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): SurfaceReport {
    return {
      marketIndex: isSet(object.marketIndex) ? Number(object.marketIndex) : 0,
      slices: Array.isArray(object?.slices) ? object.slices.map((e: any) => SviReport.fromJSON(e)) : []
    };
  },
  toJSON(message: SurfaceReport): JsonSafe<SurfaceReport> {
    const obj: any = {};
    message.marketIndex !== undefined && (obj.marketIndex = Math.round(message.marketIndex));
    if (message.slices) {
      obj.slices = message.slices.map(e => e ? SviReport.toJSON(e) : undefined);
    } else {
      obj.slices = [];
    }
    return obj;
  },
  fromPartial(object: DeepPartial<SurfaceReport>): SurfaceReport {
    const message = createBaseSurfaceReport();
    message.marketIndex = object.marketIndex ?? 0;
    message.slices = object.slices?.map(e => SviReport.fromPartial(e)) || [];
    return message;
  },
  fromAmino(object: SurfaceReportAmino): SurfaceReport {
    const message = createBaseSurfaceReport();
    if (object.market_index !== undefined && object.market_index !== null) {
      message.marketIndex = object.market_index;
    }
    message.slices = object.slices?.map(e => SviReport.fromAmino(e)) || [];
    return message;
  },
  toAmino(message: SurfaceReport): SurfaceReportAmino {
    const obj: any = {};
    obj.market_index = message.marketIndex === 0 ? undefined : message.marketIndex;
    if (message.slices && message.slices.length > 0) {
      obj.slices = message.slices.map(e => e ? SviReport.toAmino(e) : undefined);
    }
    return obj;
  },
  fromAminoMsg(object: SurfaceReportAminoMsg): SurfaceReport {
    return SurfaceReport.fromAmino(object.value);
  },
  fromProtoMsg(message: SurfaceReportProtoMsg): SurfaceReport {
    return SurfaceReport.decode(message.value);
  },
  toProto(message: SurfaceReport): Uint8Array {
    return SurfaceReport.encode(message).finish();
  },
  toProtoMsg(message: SurfaceReport): SurfaceReportProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.SurfaceReport",
      value: SurfaceReport.encode(message).finish()
    };
  }
};
function createBaseOracleVoteExtension(): OracleVoteExtension {
  return {
    prices: [],
    surfaces: []
  };
}
export const OracleVoteExtension = {
  typeUrl: "/settle.oracle.v1.OracleVoteExtension",
  encode(message: OracleVoteExtension, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.prices) {
      PriceReport.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    for (const v of message.surfaces) {
      SurfaceReport.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): OracleVoteExtension {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseOracleVoteExtension();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.prices.push(PriceReport.decode(reader, reader.uint32()));
          break;
        case 2:
          message.surfaces.push(SurfaceReport.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): OracleVoteExtension {
    return {
      prices: Array.isArray(object?.prices) ? object.prices.map((e: any) => PriceReport.fromJSON(e)) : [],
      surfaces: Array.isArray(object?.surfaces) ? object.surfaces.map((e: any) => SurfaceReport.fromJSON(e)) : []
    };
  },
  toJSON(message: OracleVoteExtension): JsonSafe<OracleVoteExtension> {
    const obj: any = {};
    if (message.prices) {
      obj.prices = message.prices.map(e => e ? PriceReport.toJSON(e) : undefined);
    } else {
      obj.prices = [];
    }
    if (message.surfaces) {
      obj.surfaces = message.surfaces.map(e => e ? SurfaceReport.toJSON(e) : undefined);
    } else {
      obj.surfaces = [];
    }
    return obj;
  },
  fromPartial(object: DeepPartial<OracleVoteExtension>): OracleVoteExtension {
    const message = createBaseOracleVoteExtension();
    message.prices = object.prices?.map(e => PriceReport.fromPartial(e)) || [];
    message.surfaces = object.surfaces?.map(e => SurfaceReport.fromPartial(e)) || [];
    return message;
  },
  fromAmino(object: OracleVoteExtensionAmino): OracleVoteExtension {
    const message = createBaseOracleVoteExtension();
    message.prices = object.prices?.map(e => PriceReport.fromAmino(e)) || [];
    message.surfaces = object.surfaces?.map(e => SurfaceReport.fromAmino(e)) || [];
    return message;
  },
  toAmino(message: OracleVoteExtension): OracleVoteExtensionAmino {
    const obj: any = {};
    if (message.prices && message.prices.length > 0) {
      obj.prices = message.prices.map(e => e ? PriceReport.toAmino(e) : undefined);
    }
    if (message.surfaces && message.surfaces.length > 0) {
      obj.surfaces = message.surfaces.map(e => e ? SurfaceReport.toAmino(e) : undefined);
    }
    return obj;
  },
  fromAminoMsg(object: OracleVoteExtensionAminoMsg): OracleVoteExtension {
    return OracleVoteExtension.fromAmino(object.value);
  },
  fromProtoMsg(message: OracleVoteExtensionProtoMsg): OracleVoteExtension {
    return OracleVoteExtension.decode(message.value);
  },
  toProto(message: OracleVoteExtension): Uint8Array {
    return OracleVoteExtension.encode(message).finish();
  },
  toProtoMsg(message: OracleVoteExtension): OracleVoteExtensionProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.OracleVoteExtension",
      value: OracleVoteExtension.encode(message).finish()
    };
  }
};