/* eslint-disable */
import { Params, ParamsAmino, Market, MarketAmino, Price, PriceAmino, VolSurface, VolSurfaceAmino, TwapCheckpoint, TwapCheckpointAmino } from "./types";
import { BinaryReader, BinaryWriter } from "../../../binary";
import { isSet, DeepPartial } from "../../../helpers";
import { JsonSafe } from "../../../json-safe";
/** GenesisState is the oracle's section of genesis (app_state.oracle is its proto3 JSON form). */
export interface GenesisState {
  params?: Params;
  markets: Market[];
  prices: Price[];
  surfaces: VolSurface[];
  checkpoints: MarketCheckpoints[];
  /** The last block's time in ns since the epoch (0: no block yet); queries age prices against it. */
  blockTimeNanos: bigint;
}
export interface GenesisStateProtoMsg {
  typeUrl: "/settle.oracle.v1.GenesisState";
  value: Uint8Array;
}
/**
 * GenesisState is the oracle's section of genesis (app_state.oracle is its proto3 JSON form).
 * @name GenesisStateAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.GenesisState
 */
export interface GenesisStateAmino {
  params?: ParamsAmino;
  markets?: MarketAmino[];
  prices?: PriceAmino[];
  surfaces?: VolSurfaceAmino[];
  checkpoints?: MarketCheckpointsAmino[];
  /**
   * The last block's time in ns since the epoch (0: no block yet); queries age prices against it.
   */
  block_time_nanos?: string;
}
export interface GenesisStateAminoMsg {
  type: "/settle.oracle.v1.GenesisState";
  value: GenesisStateAmino;
}
/** MarketCheckpoints carries a market's TWAP history through export and import. */
export interface MarketCheckpoints {
  market: string;
  checkpoints: TwapCheckpoint[];
}
export interface MarketCheckpointsProtoMsg {
  typeUrl: "/settle.oracle.v1.MarketCheckpoints";
  value: Uint8Array;
}
/**
 * MarketCheckpoints carries a market's TWAP history through export and import.
 * @name MarketCheckpointsAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.MarketCheckpoints
 */
export interface MarketCheckpointsAmino {
  market?: string;
  checkpoints?: TwapCheckpointAmino[];
}
export interface MarketCheckpointsAminoMsg {
  type: "/settle.oracle.v1.MarketCheckpoints";
  value: MarketCheckpointsAmino;
}
function createBaseGenesisState(): GenesisState {
  return {
    params: undefined,
    markets: [],
    prices: [],
    surfaces: [],
    checkpoints: [],
    blockTimeNanos: BigInt(0)
  };
}
export const GenesisState = {
  typeUrl: "/settle.oracle.v1.GenesisState",
  encode(message: GenesisState, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.params !== undefined) {
      Params.encode(message.params, writer.uint32(10).fork()).ldelim();
    }
    for (const v of message.markets) {
      Market.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    for (const v of message.prices) {
      Price.encode(v!, writer.uint32(26).fork()).ldelim();
    }
    for (const v of message.surfaces) {
      VolSurface.encode(v!, writer.uint32(34).fork()).ldelim();
    }
    for (const v of message.checkpoints) {
      MarketCheckpoints.encode(v!, writer.uint32(42).fork()).ldelim();
    }
    if (message.blockTimeNanos !== BigInt(0)) {
      writer.uint32(48).int64(message.blockTimeNanos);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): GenesisState {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseGenesisState();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.params = Params.decode(reader, reader.uint32());
          break;
        case 2:
          message.markets.push(Market.decode(reader, reader.uint32()));
          break;
        case 3:
          message.prices.push(Price.decode(reader, reader.uint32()));
          break;
        case 4:
          message.surfaces.push(VolSurface.decode(reader, reader.uint32()));
          break;
        case 5:
          message.checkpoints.push(MarketCheckpoints.decode(reader, reader.uint32()));
          break;
        case 6:
          message.blockTimeNanos = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): GenesisState {
    return {
      params: isSet(object.params) ? Params.fromJSON(object.params) : undefined,
      markets: Array.isArray(object?.markets) ? object.markets.map((e: any) => Market.fromJSON(e)) : [],
      prices: Array.isArray(object?.prices) ? object.prices.map((e: any) => Price.fromJSON(e)) : [],
      surfaces: Array.isArray(object?.surfaces) ? object.surfaces.map((e: any) => VolSurface.fromJSON(e)) : [],
      checkpoints: Array.isArray(object?.checkpoints) ? object.checkpoints.map((e: any) => MarketCheckpoints.fromJSON(e)) : [],
      blockTimeNanos: isSet(object.blockTimeNanos) ? BigInt(object.blockTimeNanos.toString()) : BigInt(0)
    };
  },
  toJSON(message: GenesisState): JsonSafe<GenesisState> {
    const obj: any = {};
    message.params !== undefined && (obj.params = message.params ? Params.toJSON(message.params) : undefined);
    if (message.markets) {
      obj.markets = message.markets.map(e => e ? Market.toJSON(e) : undefined);
    } else {
      obj.markets = [];
    }
    if (message.prices) {
      obj.prices = message.prices.map(e => e ? Price.toJSON(e) : undefined);
    } else {
      obj.prices = [];
    }
    if (message.surfaces) {
      obj.surfaces = message.surfaces.map(e => e ? VolSurface.toJSON(e) : undefined);
    } else {
      obj.surfaces = [];
    }
    if (message.checkpoints) {
      obj.checkpoints = message.checkpoints.map(e => e ? MarketCheckpoints.toJSON(e) : undefined);
    } else {
      obj.checkpoints = [];
    }
    message.blockTimeNanos !== undefined && (obj.blockTimeNanos = (message.blockTimeNanos || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<GenesisState>): GenesisState {
    const message = createBaseGenesisState();
    message.params = object.params !== undefined && object.params !== null ? Params.fromPartial(object.params) : undefined;
    message.markets = object.markets?.map(e => Market.fromPartial(e)) || [];
    message.prices = object.prices?.map(e => Price.fromPartial(e)) || [];
    message.surfaces = object.surfaces?.map(e => VolSurface.fromPartial(e)) || [];
    message.checkpoints = object.checkpoints?.map(e => MarketCheckpoints.fromPartial(e)) || [];
    message.blockTimeNanos = object.blockTimeNanos !== undefined && object.blockTimeNanos !== null ? BigInt(object.blockTimeNanos.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: GenesisStateAmino): GenesisState {
    const message = createBaseGenesisState();
    if (object.params !== undefined && object.params !== null) {
      message.params = Params.fromAmino(object.params);
    }
    message.markets = object.markets?.map(e => Market.fromAmino(e)) || [];
    message.prices = object.prices?.map(e => Price.fromAmino(e)) || [];
    message.surfaces = object.surfaces?.map(e => VolSurface.fromAmino(e)) || [];
    message.checkpoints = object.checkpoints?.map(e => MarketCheckpoints.fromAmino(e)) || [];
    if (object.block_time_nanos !== undefined && object.block_time_nanos !== null) {
      message.blockTimeNanos = BigInt(object.block_time_nanos);
    }
    return message;
  },
  toAmino(message: GenesisState): GenesisStateAmino {
    const obj: any = {};
    obj.params = message.params ? Params.toAmino(message.params) : undefined;
    if (message.markets && message.markets.length > 0) {
      obj.markets = message.markets.map(e => e ? Market.toAmino(e) : undefined);
    }
    if (message.prices && message.prices.length > 0) {
      obj.prices = message.prices.map(e => e ? Price.toAmino(e) : undefined);
    }
    if (message.surfaces && message.surfaces.length > 0) {
      obj.surfaces = message.surfaces.map(e => e ? VolSurface.toAmino(e) : undefined);
    }
    if (message.checkpoints && message.checkpoints.length > 0) {
      obj.checkpoints = message.checkpoints.map(e => e ? MarketCheckpoints.toAmino(e) : undefined);
    }
    obj.block_time_nanos = message.blockTimeNanos !== BigInt(0) ? message.blockTimeNanos?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: GenesisStateAminoMsg): GenesisState {
    return GenesisState.fromAmino(object.value);
  },
  fromProtoMsg(message: GenesisStateProtoMsg): GenesisState {
    return GenesisState.decode(message.value);
  },
  toProto(message: GenesisState): Uint8Array {
    return GenesisState.encode(message).finish();
  },
  toProtoMsg(message: GenesisState): GenesisStateProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.GenesisState",
      value: GenesisState.encode(message).finish()
    };
  }
};
function createBaseMarketCheckpoints(): MarketCheckpoints {
  return {
    market: "",
    checkpoints: []
  };
}
export const MarketCheckpoints = {
  typeUrl: "/settle.oracle.v1.MarketCheckpoints",
  encode(message: MarketCheckpoints, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.market !== "") {
      writer.uint32(10).string(message.market);
    }
    for (const v of message.checkpoints) {
      TwapCheckpoint.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MarketCheckpoints {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMarketCheckpoints();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.market = reader.string();
          break;
        case 2:
          message.checkpoints.push(TwapCheckpoint.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MarketCheckpoints {
    return {
      market: isSet(object.market) ? String(object.market) : "",
      checkpoints: Array.isArray(object?.checkpoints) ? object.checkpoints.map((e: any) => TwapCheckpoint.fromJSON(e)) : []
    };
  },
  toJSON(message: MarketCheckpoints): JsonSafe<MarketCheckpoints> {
    const obj: any = {};
    message.market !== undefined && (obj.market = message.market);
    if (message.checkpoints) {
      obj.checkpoints = message.checkpoints.map(e => e ? TwapCheckpoint.toJSON(e) : undefined);
    } else {
      obj.checkpoints = [];
    }
    return obj;
  },
  fromPartial(object: DeepPartial<MarketCheckpoints>): MarketCheckpoints {
    const message = createBaseMarketCheckpoints();
    message.market = object.market ?? "";
    message.checkpoints = object.checkpoints?.map(e => TwapCheckpoint.fromPartial(e)) || [];
    return message;
  },
  fromAmino(object: MarketCheckpointsAmino): MarketCheckpoints {
    const message = createBaseMarketCheckpoints();
    if (object.market !== undefined && object.market !== null) {
      message.market = object.market;
    }
    message.checkpoints = object.checkpoints?.map(e => TwapCheckpoint.fromAmino(e)) || [];
    return message;
  },
  toAmino(message: MarketCheckpoints): MarketCheckpointsAmino {
    const obj: any = {};
    obj.market = message.market === "" ? undefined : message.market;
    if (message.checkpoints && message.checkpoints.length > 0) {
      obj.checkpoints = message.checkpoints.map(e => e ? TwapCheckpoint.toAmino(e) : undefined);
    }
    return obj;
  },
  fromAminoMsg(object: MarketCheckpointsAminoMsg): MarketCheckpoints {
    return MarketCheckpoints.fromAmino(object.value);
  },
  fromProtoMsg(message: MarketCheckpointsProtoMsg): MarketCheckpoints {
    return MarketCheckpoints.decode(message.value);
  },
  toProto(message: MarketCheckpoints): Uint8Array {
    return MarketCheckpoints.encode(message).finish();
  },
  toProtoMsg(message: MarketCheckpoints): MarketCheckpointsProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.MarketCheckpoints",
      value: MarketCheckpoints.encode(message).finish()
    };
  }
};