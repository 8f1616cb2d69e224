/* eslint-disable */
import { PriceWithAge, PriceWithAgeAmino, VolSurface, VolSurfaceAmino, Market, MarketAmino, Params, ParamsAmino } from "./types";
import { BinaryReader, BinaryWriter } from "../../../binary";
import { isSet, DeepPartial } from "../../../helpers";
import { JsonSafe } from "../../../json-safe";
export interface QueryPriceRequest {
  market: string;
}
export interface QueryPriceRequestProtoMsg {
  typeUrl: "/settle.oracle.v1.QueryPriceRequest";
  value: Uint8Array;
}
/**
 * @name QueryPriceRequestAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.QueryPriceRequest
 */
export interface QueryPriceRequestAmino {
  market?: string;
}
export interface QueryPriceRequestAminoMsg {
  type: "/settle.oracle.v1.QueryPriceRequest";
  value: QueryPriceRequestAmino;
}
export interface QueryPriceResponse {
  price?: PriceWithAge;
  /** block_time_nanos: the time of the queried block, against which the age is measured. */
  blockTimeNanos: bigint;
}
export interface QueryPriceResponseProtoMsg {
  typeUrl: "/settle.oracle.v1.QueryPriceResponse";
  value: Uint8Array;
}
/**
 * @name QueryPriceResponseAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.QueryPriceResponse
 */
export interface QueryPriceResponseAmino {
  price?: PriceWithAgeAmino;
  /**
   * block_time_nanos: the time of the queried block, against which the age is measured.
   */
  block_time_nanos?: string;
}
export interface QueryPriceResponseAminoMsg {
  type: "/settle.oracle.v1.QueryPriceResponse";
  value: QueryPriceResponseAmino;
}
export interface QueryPricesRequest {}
export interface QueryPricesRequestProtoMsg {
  typeUrl: "/settle.oracle.v1.QueryPricesRequest";
  value: Uint8Array;
}
/**
 * @name QueryPricesRequestAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.QueryPricesRequest
 */
export interface QueryPricesRequestAmino {}
export interface QueryPricesRequestAminoMsg {
  type: "/settle.oracle.v1.QueryPricesRequest";
  value: QueryPricesRequestAmino;
}
export interface QueryPricesResponse {
  prices: PriceWithAge[];
  blockTimeNanos: bigint;
}
export interface QueryPricesResponseProtoMsg {
  typeUrl: "/settle.oracle.v1.QueryPricesResponse";
  value: Uint8Array;
}
/**
 * @name QueryPricesResponseAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.QueryPricesResponse
 */
export interface QueryPricesResponseAmino {
  prices?: PriceWithAgeAmino[];
  block_time_nanos?: string;
}
export interface QueryPricesResponseAminoMsg {
  type: "/settle.oracle.v1.QueryPricesResponse";
  value: QueryPricesResponseAmino;
}
export interface QueryTwapRequest {
  market: string;
  windowSeconds: bigint;
}
export interface QueryTwapRequestProtoMsg {
  typeUrl: "/settle.oracle.v1.QueryTwapRequest";
  value: Uint8Array;
}
/**
 * @name QueryTwapRequestAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.QueryTwapRequest
 */
export interface QueryTwapRequestAmino {
  market?: string;
  window_seconds?: string;
}
export interface QueryTwapRequestAminoMsg {
  type: "/settle.oracle.v1.QueryTwapRequest";
  value: QueryTwapRequestAmino;
}
export interface QueryTwapResponse {
  twap: string;
  startNanos: bigint;
  endNanos: bigint;
}
export interface QueryTwapResponseProtoMsg {
  typeUrl: "/settle.oracle.v1.QueryTwapResponse";
  value: Uint8Array;
}
/**
 * @name QueryTwapResponseAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.QueryTwapResponse
 */
export interface QueryTwapResponseAmino {
  twap?: string;
  start_nanos?: string;
  end_nanos?: string;
}
export interface QueryTwapResponseAminoMsg {
  type: "/settle.oracle.v1.QueryTwapResponse";
  value: QueryTwapResponseAmino;
}
export interface QueryVolSurfaceRequest {
  market: string;
}
export interface QueryVolSurfaceRequestProtoMsg {
  typeUrl: "/settle.oracle.v1.QueryVolSurfaceRequest";
  value: Uint8Array;
}
/**
 * @name QueryVolSurfaceRequestAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.QueryVolSurfaceRequest
 */
export interface QueryVolSurfaceRequestAmino {
  market?: string;
}
export interface QueryVolSurfaceRequestAminoMsg {
  type: "/settle.oracle.v1.QueryVolSurfaceRequest";
  value: QueryVolSurfaceRequestAmino;
}
export interface QueryVolSurfaceResponse {
  surface?: VolSurface;
  ageSeconds: bigint;
  stale: boolean;
}
export interface QueryVolSurfaceResponseProtoMsg {
  typeUrl: "/settle.oracle.v1.QueryVolSurfaceResponse";
  value: Uint8Array;
}
/**
 * @name QueryVolSurfaceResponseAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.QueryVolSurfaceResponse
 */
export interface QueryVolSurfaceResponseAmino {
  surface?: VolSurfaceAmino;
  age_seconds?: string;
  stale?: boolean;
}
export interface QueryVolSurfaceResponseAminoMsg {
  type: "/settle.oracle.v1.QueryVolSurfaceResponse";
  value: QueryVolSurfaceResponseAmino;
}
export interface QueryMarketsRequest {}
export interface QueryMarketsRequestProtoMsg {
  typeUrl: "/settle.oracle.v1.QueryMarketsRequest";
  value: Uint8Array;
}
/**
 * @name QueryMarketsRequestAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.QueryMarketsRequest
 */
export interface QueryMarketsRequestAmino {}
export interface QueryMarketsRequestAminoMsg {
  type: "/settle.oracle.v1.QueryMarketsRequest";
  value: QueryMarketsRequestAmino;
}
export interface QueryMarketsResponse {
  markets: Market[];
}
export interface QueryMarketsResponseProtoMsg {
  typeUrl: "/settle.oracle.v1.QueryMarketsResponse";
  value: Uint8Array;
}
/**
 * @name QueryMarketsResponseAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.QueryMarketsResponse
 */
export interface QueryMarketsResponseAmino {
  markets?: MarketAmino[];
}
export interface QueryMarketsResponseAminoMsg {
  type: "/settle.oracle.v1.QueryMarketsResponse";
  value: QueryMarketsResponseAmino;
}
export interface QueryParamsRequest {}
export interface QueryParamsRequestProtoMsg {
  typeUrl: "/settle.oracle.v1.QueryParamsRequest";
  value: Uint8Array;
}
/**
 * @name QueryParamsRequestAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.QueryParamsRequest
 */
export interface QueryParamsRequestAmino {}
export interface QueryParamsRequestAminoMsg {
  type: "/settle.oracle.v1.QueryParamsRequest";
  value: QueryParamsRequestAmino;
}
export interface QueryParamsResponse {
  params?: Params;
}
export interface QueryParamsResponseProtoMsg {
  typeUrl: "/settle.oracle.v1.QueryParamsResponse";
  value: Uint8Array;
}
/**
 * @name QueryParamsResponseAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.QueryParamsResponse
 */
export interface QueryParamsResponseAmino {
  params?: ParamsAmino;
}
export interface QueryParamsResponseAminoMsg {
  type: "/settle.oracle.v1.QueryParamsResponse";
  value: QueryParamsResponseAmino;
}
function createBaseQueryPriceRequest(): QueryPriceRequest {
  return {
    market: ""
  };
}
export const QueryPriceRequest = {
  typeUrl: "/settle.oracle.v1.QueryPriceRequest",
  encode(message: QueryPriceRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.market !== "") {
      writer.uint32(10).string(message.market);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPriceRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPriceRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.market = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryPriceRequest {
    return {
      market: isSet(object.market) ? String(object.market) : ""
    };
  },
  toJSON(message: QueryPriceRequest): JsonSafe<QueryPriceRequest> {
    const obj: any = {};
    message.market !== undefined && (obj.market = message.market);
    return obj;
  },
  fromPartial(object: DeepPartial<QueryPriceRequest>): QueryPriceRequest {
    const message = createBaseQueryPriceRequest();
    message.market = object.market ?? "";
    return message;
  },
  fromAmino(object: QueryPriceRequestAmino): QueryPriceRequest {
    const message = createBaseQueryPriceRequest();
    if (object.market !== undefined && object.market !== null) {
      message.market = object.market;
    }
    return message;
  },
  toAmino(message: QueryPriceRequest): QueryPriceRequestAmino {
    const obj: any = {};
    obj.market = message.market === "" ? undefined : message.market;
    return obj;
  },
  fromAminoMsg(object: QueryPriceRequestAminoMsg): QueryPriceRequest {
    return QueryPriceRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryPriceRequestProtoMsg): QueryPriceRequest {
    return QueryPriceRequest.decode(message.value);
  },
  toProto(message: QueryPriceRequest): Uint8Array {
    return QueryPriceRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryPriceRequest): QueryPriceRequestProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.QueryPriceRequest",
      value: QueryPriceRequest.encode(message).finish()
    };
  }
};
function createBaseQueryPriceResponse(): QueryPriceResponse {
  return {
    price: undefined,
    blockTimeNanos: BigInt(0)
  };
}
export const QueryPriceResponse = {
  typeUrl: "/settle.oracle.v1.QueryPriceResponse",
  encode(message: QueryPriceResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.price !== undefined) {
      PriceWithAge.encode(message.price, writer.uint32(10).fork()).ldelim();
    }
    if (message.blockTimeNanos !== BigInt(0)) {
      writer.uint32(16).int64(message.blockTimeNanos);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPriceResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPriceResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.price = PriceWithAge.decode(reader, reader.uint32());
          break;
        case 2:
          message.blockTimeNanos = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryPriceResponse {
    return {
      price: isSet(object.price) ? PriceWithAge.fromJSON(object.price) : undefined,
      blockTimeNanos: isSet(object.blockTimeNanos) ? BigInt(object.blockTimeNanos.toString()) : BigInt(0)
    };
  },
  toJSON(message: QueryPriceResponse): JsonSafe<QueryPriceResponse> {
    const obj: any = {};
    message.price !== undefined && (obj.price = message.price ? PriceWithAge.toJSON(message.price) : undefined);
    message.blockTimeNanos !== undefined && (obj.blockTimeNanos = (message.blockTimeNanos || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<QueryPriceResponse>): QueryPriceResponse {
    const message = createBaseQueryPriceResponse();
    message.price = object.price !== undefined && object.price !== null ? PriceWithAge.fromPartial(object.price) : undefined;
    message.blockTimeNanos = object.blockTimeNanos !== undefined && object.blockTimeNanos !== null ? BigInt(object.blockTimeNanos.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: QueryPriceResponseAmino): QueryPriceResponse {
    const message = createBaseQueryPriceResponse();
    if (object.price !== undefined && object.price !== null) {
      message.price = PriceWithAge.fromAmino(object.price);
    }
    if (object.block_time_nanos !== undefined && object.block_time_nanos !== null) {
      message.blockTimeNanos = BigInt(object.block_time_nanos);
    }
    return message;
  },
  toAmino(message: QueryPriceResponse): QueryPriceResponseAmino {
    const obj: any = {};
    obj.price = message.price ? PriceWithAge.toAmino(message.price) : undefined;
    obj.block_time_nanos = message.blockTimeNanos !== BigInt(0) ? message.blockTimeNanos?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: QueryPriceResponseAminoMsg): QueryPriceResponse {
    return QueryPriceResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryPriceResponseProtoMsg): QueryPriceResponse {
    return QueryPriceResponse.decode(message.value);
  },
  toProto(message: QueryPriceResponse): Uint8Array {
    return QueryPriceResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryPriceResponse): QueryPriceResponseProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.QueryPriceResponse",
      value: QueryPriceResponse.encode(message).finish()
    };
  }
};
function createBaseQueryPricesRequest(): QueryPricesRequest {
  return {};
}
export const QueryPricesRequest = {
  typeUrl: "/settle.oracle.v1.QueryPricesRequest",
  encode(_: QueryPricesRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPricesRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPricesRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(_: any): QueryPricesRequest {
    return {};
  },
  toJSON(_: QueryPricesRequest): JsonSafe<QueryPricesRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial(_: DeepPartial<QueryPricesRequest>): QueryPricesRequest {
    const message = createBaseQueryPricesRequest();
    return message;
  },
  fromAmino(_: QueryPricesRequestAmino): QueryPricesRequest {
    const message = createBaseQueryPricesRequest();
    return message;
  },
  toAmino(_: QueryPricesRequest): QueryPricesRequestAmino {
    const obj: any = {};
    return obj;
  },
  fromAminoMsg(object: QueryPricesRequestAminoMsg): QueryPricesRequest {
    return QueryPricesRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryPricesRequestProtoMsg): QueryPricesRequest {
    return QueryPricesRequest.decode(message.value);
  },
  toProto(message: QueryPricesRequest): Uint8Array {
    return QueryPricesRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryPricesRequest): QueryPricesRequestProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.QueryPricesRequest",
      value: QueryPricesRequest.encode(message).finish()
    };
  }
};
function createBaseQueryPricesResponse(): QueryPricesResponse {
  return {
    prices: [],
    blockTimeNanos: BigInt(0)
  };
}
export const QueryPricesResponse = {
  typeUrl: "/settle.oracle.v1.QueryPricesResponse",
  encode(message: QueryPricesResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.prices) {
      PriceWithAge.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.blockTimeNanos !== BigInt(0)) {
      writer.uint32(16).int64(message.blockTimeNanos);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryPricesResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryPricesResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.prices.push(PriceWithAge.decode(reader, reader.uint32()));
          break;
        case 2:
          message.blockTimeNanos = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryPricesResponse {
    return {
      prices: Array.isArray(object?.prices) ? object.prices.map((e: any) => PriceWithAge.fromJSON(e)) : [],
      blockTimeNanos: isSet(object.blockTimeNanos) ? BigInt(object.blockTimeNanos.toString()) : BigInt(0)
    };
  },
  toJSON(message: QueryPricesResponse): JsonSafe<QueryPricesResponse> {
    const obj: any = {};
    if (message.prices) {
      obj.prices = message.prices.map(e => e ? PriceWithAge.toJSON(e) : undefined);
    } else {
      obj.prices = [];
    }
    message.blockTimeNanos !== undefined && (obj.blockTimeNanos = (message.blockTimeNanos || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<QueryPricesResponse>): QueryPricesResponse {
    const message = createBaseQueryPricesResponse();
    message.prices = object.prices?.map(e => PriceWithAge.fromPartial(e)) || [];
    message.blockTimeNanos = object.blockTimeNanos !== undefined && object.blockTimeNanos !== null ? BigInt(object.blockTimeNanos.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: QueryPricesResponseAmino): QueryPricesResponse {
    const message = createBaseQueryPricesResponse();
    message.prices = object.prices?.map(e => PriceWithAge.fromAmino(e)) || [];
    if (object.block_time_nanos !== undefined && object.block_time_nanos !== null) {
      message.blockTimeNanos = BigInt(object.block_time_nanos);
    }
    return message;
  },
  toAmino(message: QueryPricesResponse): QueryPricesResponseAmino {
    const obj: any = {};
    if (message.prices && message.prices.length > 0) {
      obj.prices = message.prices.map(e => e ? PriceWithAge.toAmino(e) : undefined);
    }
    obj.block_time_nanos = message.blockTimeNanos !== BigInt(0) ? message.blockTimeNanos?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: QueryPricesResponseAminoMsg): QueryPricesResponse {
    return QueryPricesResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryPricesResponseProtoMsg): QueryPricesResponse {
    return QueryPricesResponse.decode(message.value);
  },
  toProto(message: QueryPricesResponse): Uint8Array {
    return QueryPricesResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryPricesResponse): QueryPricesResponseProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.QueryPricesResponse",
      value: QueryPricesResponse.encode(message).finish()
    };
  }
};
function createBaseQueryTwapRequest(): QueryTwapRequest {
  return {
    market: "",
    windowSeconds: BigInt(0)
  };
}
export const QueryTwapRequest = {
  typeUrl: "/settle.oracle.v1.QueryTwapRequest",
  encode(message: QueryTwapRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.market !== "") {
      writer.uint32(10).string(message.market);
    }
    if (message.windowSeconds !== BigInt(0)) {
      writer.uint32(16).int64(message.windowSeconds);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryTwapRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryTwapRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.market = reader.string();
          break;
        case 2:
          message.windowSeconds = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryTwapRequest {
    return {
      market: isSet(object.market) ? String(object.market) : "",
      windowSeconds: isSet(object.windowSeconds) ? BigInt(object.windowSeconds.toString()) : BigInt(0)
    };
  },
  toJSON(message: QueryTwapRequest): JsonSafe<QueryTwapRequest> {
    const obj: any = {};
    message.market !== undefined && (obj.market = message.market);
    message.windowSeconds !== undefined && (obj.windowSeconds = (message.windowSeconds || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<QueryTwapRequest>): QueryTwapRequest {
    const message = createBaseQueryTwapRequest();
    message.market = object.market ?? "";
    message.windowSeconds = object.windowSeconds !== undefined && object.windowSeconds !== null ? BigInt(object.windowSeconds.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: QueryTwapRequestAmino): QueryTwapRequest {
    const message = createBaseQueryTwapRequest();
    if (object.market !== undefined && object.market !== null) {
      message.market = object.market;
    }
    if (object.window_seconds !== undefined && object.window_seconds !== null) {
      message.windowSeconds = BigInt(object.window_seconds);
    }
    return message;
  },
  toAmino(message: QueryTwapRequest): QueryTwapRequestAmino {
    const obj: any = {};
    obj.market = message.market === "" ? undefined : message.market;
    obj.window_seconds = message.windowSeconds !== BigInt(0) ? message.windowSeconds?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: QueryTwapRequestAminoMsg): QueryTwapRequest {
    return QueryTwapRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryTwapRequestProtoMsg): QueryTwapRequest {
    return QueryTwapRequest.decode(message.value);
  },
  toProto(message: QueryTwapRequest): Uint8Array {
    return QueryTwapRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryTwapRequest): QueryTwapRequestProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.QueryTwapRequest",
      value: QueryTwapRequest.encode(message).finish()
    };
  }
};
function createBaseQueryTwapResponse(): QueryTwapResponse {
  return {
    twap: "",
    startNanos: BigInt(0),
    endNanos: BigInt(0)
  };
}
export const QueryTwapResponse = {
  typeUrl: "/settle.oracle.v1.QueryTwapResponse",
  encode(message: QueryTwapResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.twap !== "") {
      writer.uint32(10).string(message.twap);
    }
    if (message.startNanos !== BigInt(0)) {
      writer.uint32(16).int64(message.startNanos);
    }
    if (message.endNanos !== BigInt(0)) {
      writer.uint32(24).int64(message.endNanos);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryTwapResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryTwapResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.twap = reader.string();
          break;
        case 2:
          message.startNanos = reader.int64();
          break;
        case 3:
          message.endNanos = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryTwapResponse {
    return {
      twap: isSet(object.twap) ? String(object.twap) : "",
      startNanos: isSet(object.startNanos) ? BigInt(object.startNanos.toString()) : BigInt(0),
      endNanos: isSet(object.endNanos) ? BigInt(object.endNanos.toString()) : BigInt(0)
    };
  },
  toJSON(message: QueryTwapResponse): JsonSafe<QueryTwapResponse> {
    const obj: any = {};
    message.twap !== undefined && (obj.twap = message.twap);
    message.startNanos !== undefined && (obj.startNanos = (message.startNanos || BigInt(0)).toString());
    message.endNanos !== undefined && (obj.endNanos = (message.endNanos || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<QueryTwapResponse>): QueryTwapResponse {
    const message = createBaseQueryTwapResponse();
    message.twap = object.twap ?? "";
    message.startNanos = object.startNanos !== undefined && object.startNanos !== null ? BigInt(object.startNanos.toString()) : BigInt(0);
    message.endNanos = object.endNanos !== undefined && object.endNanos !== null ? BigInt(object.endNanos.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: QueryTwapResponseAmino): QueryTwapResponse {
    const message = createBaseQueryTwapResponse();
    if (object.twap !== undefined && object.twap !== null) {
      message.twap = object.twap;
    }
    if (object.start_nanos !== undefined && object.start_nanos !== null) {
      message.startNanos = BigInt(object.start_nanos);
    }
    if (object.end_nanos !== undefined && object.end_nanos !== null) {
      message.endNanos = BigInt(object.end_nanos);
    }
    return message;
  },
  toAmino(message: QueryTwapResponse): QueryTwapResponseAmino {
    const obj: any = {};
    obj.twap = message.twap === "" ? undefined : message.twap;
    obj.start_nanos = message.startNanos !== BigInt(0) ? message.startNanos?.toString() : undefined;
    obj.end_nanos = message.endNanos !== BigInt(0) ? message.endNanos?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: QueryTwapResponseAminoMsg): QueryTwapResponse {
    return QueryTwapResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryTwapResponseProtoMsg): QueryTwapResponse {
    return QueryTwapResponse.decode(message.value);
  },
  toProto(message: QueryTwapResponse): Uint8Array {
    return QueryTwapResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryTwapResponse): QueryTwapResponseProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.QueryTwapResponse",
      value: QueryTwapResponse.encode(message).finish()
    };
  }
};
function createBaseQueryVolSurfaceRequest(): QueryVolSurfaceRequest {
  return {
    market: ""
  };
}
export const QueryVolSurfaceRequest = {
  typeUrl: "/settle.oracle.v1.QueryVolSurfaceRequest",
  encode(message: QueryVolSurfaceRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.market !== "") {
      writer.uint32(10).string(message.market);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryVolSurfaceRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryVolSurfaceRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.market = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryVolSurfaceRequest {
    return {
      market: isSet(object.market) ? String(object.market) : ""
    };
  },
  toJSON(message: QueryVolSurfaceRequest): JsonSafe<QueryVolSurfaceRequest> {
    const obj: any = {};
    message.market !== undefined && (obj.market = message.market);
    return obj;
  },
  fromPartial(object: DeepPartial<QueryVolSurfaceRequest>): QueryVolSurfaceRequest {
    const message = createBaseQueryVolSurfaceRequest();
    message.market = object.market ?? "";
    return message;
  },
  fromAmino(object: QueryVolSurfaceRequestAmino): QueryVolSurfaceRequest {
    const message = createBaseQueryVolSurfaceRequest();
    if (object.market !== undefined && object.market !== null) {
      message.market = object.market;
    }
    return message;
  },
  toAmino(message: QueryVolSurfaceRequest): QueryVolSurfaceRequestAmino {
    const obj: any = {};
    obj.market = message.market === "" ? undefined : message.market;
    return obj;
  },
  fromAminoMsg(object: QueryVolSurfaceRequestAminoMsg): QueryVolSurfaceRequest {
    return QueryVolSurfaceRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryVolSurfaceRequestProtoMsg): QueryVolSurfaceRequest {
    return QueryVolSurfaceRequest.decode(message.value);
  },
  toProto(message: QueryVolSurfaceRequest): Uint8Array {
    return QueryVolSurfaceRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryVolSurfaceRequest): QueryVolSurfaceRequestProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.QueryVolSurfaceRequest",
      value: QueryVolSurfaceRequest.encode(message).finish()
    };
  }
};
function createBaseQueryVolSurfaceResponse(): QueryVolSurfaceResponse {
  return {
    surface: undefined,
    ageSeconds: BigInt(0),
    stale: false
  };
}
export const QueryVolSurfaceResponse = {
  typeUrl: "/settle.oracle.v1.QueryVolSurfaceResponse",
  encode(message: QueryVolSurfaceResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.surface !== undefined) {
      VolSurface.encode(message.surface, writer.uint32(10).fork()).ldelim();
    }
    if (message.ageSeconds !== BigInt(0)) {
      writer.uint32(16).int64(message.ageSeconds);
    }
    if (message.stale === true) {
      writer.uint32(24).bool(message.stale);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryVolSurfaceResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryVolSurfaceResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.surface = VolSurface.decode(reader, reader.uint32());
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
  fromJSON(object: any): QueryVolSurfaceResponse {
    return {
      surface: isSet(object.surface) ? VolSurface.fromJSON(object.surface) : undefined,
      ageSeconds: isSet(object.ageSeconds) ? BigInt(object.ageSeconds.toString()) : BigInt(0),
      stale: isSet(object.stale) ? Boolean(object.stale) : false
    };
  },
  toJSON(message: QueryVolSurfaceResponse): JsonSafe<QueryVolSurfaceResponse> {
    const obj: any = {};
    message.surface !== undefined && (obj.surface = message.surface ? VolSurface.toJSON(message.surface) : undefined);
    message.ageSeconds !== undefined && (obj.ageSeconds = (message.ageSeconds || BigInt(0)).toString());
    message.stale !== undefined && (obj.stale = message.stale);
    return obj;
  },
  fromPartial(object: DeepPartial<QueryVolSurfaceResponse>): QueryVolSurfaceResponse {
    const message = createBaseQueryVolSurfaceResponse();
    message.surface = object.surface !== undefined && object.surface !== null ? VolSurface.fromPartial(object.surface) : undefined;
    message.ageSeconds = object.ageSeconds !== undefined && object.ageSeconds !== null ? BigInt(object.ageSeconds.toString()) : BigInt(0);
    message.stale = object.stale ?? false;
    return message;
  },
  fromAmino(object: QueryVolSurfaceResponseAmino): QueryVolSurfaceResponse {
    const message = createBaseQueryVolSurfaceResponse();
    if (object.surface !== undefined && object.surface !== null) {
      message.surface = VolSurface.fromAmino(object.surface);
    }
    if (object.age_seconds !== undefined && object.age_seconds !== null) {
      message.ageSeconds = BigInt(object.age_seconds);
    }
    if (object.stale !== undefined && object.stale !== null) {
      message.stale = object.stale;
    }
    return message;
  },
  toAmino(message: QueryVolSurfaceResponse): QueryVolSurfaceResponseAmino {
    const obj: any = {};
    obj.surface = message.surface ? VolSurface.toAmino(message.surface) : undefined;
    obj.age_seconds = message.ageSeconds !== BigInt(0) ? message.ageSeconds?.toString() : undefined;
    obj.stale = message.stale === false ? undefined : message.stale;
    return obj;
  },
  fromAminoMsg(object: QueryVolSurfaceResponseAminoMsg): QueryVolSurfaceResponse {
    return QueryVolSurfaceResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryVolSurfaceResponseProtoMsg): QueryVolSurfaceResponse {
    return QueryVolSurfaceResponse.decode(message.value);
  },
  toProto(message: QueryVolSurfaceResponse): Uint8Array {
    return QueryVolSurfaceResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryVolSurfaceResponse): QueryVolSurfaceResponseProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.QueryVolSurfaceResponse",
      value: QueryVolSurfaceResponse.encode(message).finish()
    };
  }
};
function createBaseQueryMarketsRequest(): QueryMarketsRequest {
  return {};
}
export const QueryMarketsRequest = {
  typeUrl: "/settle.oracle.v1.QueryMarketsRequest",
  encode(_: QueryMarketsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryMarketsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryMarketsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(_: any): QueryMarketsRequest {
    return {};
  },
  toJSON(_: QueryMarketsRequest): JsonSafe<QueryMarketsRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial(_: DeepPartial<QueryMarketsRequest>): QueryMarketsRequest {
    const message = createBaseQueryMarketsRequest();
    return message;
  },
  fromAmino(_: QueryMarketsRequestAmino): QueryMarketsRequest {
    const message = createBaseQueryMarketsRequest();
    return message;
  },
  toAmino(_: QueryMarketsRequest): QueryMarketsRequestAmino {
    const obj: any = {};
    return obj;
  },
  fromAminoMsg(object: QueryMarketsRequestAminoMsg): QueryMarketsRequest {
    return QueryMarketsRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryMarketsRequestProtoMsg): QueryMarketsRequest {
    return QueryMarketsRequest.decode(message.value);
  },
  toProto(message: QueryMarketsRequest): Uint8Array {
    return QueryMarketsRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryMarketsRequest): QueryMarketsRequestProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.QueryMarketsRequest",
      value: QueryMarketsRequest.encode(message).finish()
    };
  }
};
function createBaseQueryMarketsResponse(): QueryMarketsResponse {
  return {
    markets: []
  };
}
export const QueryMarketsResponse = {
  typeUrl: "/settle.oracle.v1.QueryMarketsResponse",
  encode(message: QueryMarketsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.markets) {
      Market.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryMarketsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryMarketsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.markets.push(Market.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryMarketsResponse {
    return {
      markets: Array.isArray(object?.markets) ? object.markets.map((e: any) => Market.fromJSON(e)) : []
    };
  },
  toJSON(message: QueryMarketsResponse): JsonSafe<QueryMarketsResponse> {
    const obj: any = {};
    if (message.markets) {
      obj.markets = message.markets.map(e => e ? Market.toJSON(e) : undefined);
    } else {
      obj.markets = [];
    }
    return obj;
  },
  fromPartial(object: DeepPartial<QueryMarketsResponse>): QueryMarketsResponse {
    const message = createBaseQueryMarketsResponse();
    message.markets = object.markets?.map(e => Market.fromPartial(e)) || [];
    return message;
  },
  fromAmino(object: QueryMarketsResponseAmino): QueryMarketsResponse {
    const message = createBaseQueryMarketsResponse();
    message.markets = object.markets?.map(e => Market.fromAmino(e)) || [];
    return message;
  },
  toAmino(message: QueryMarketsResponse): QueryMarketsResponseAmino {
    const obj: any = {};
    if (message.markets && message.markets.length > 0) {
      obj.markets = message.markets.map(e => e ? Market.toAmino(e) : undefined);
    }
    return obj;
  },
  fromAminoMsg(object: QueryMarketsResponseAminoMsg): QueryMarketsResponse {
    return QueryMarketsResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryMarketsResponseProtoMsg): QueryMarketsResponse {
    return QueryMarketsResponse.decode(message.value);
  },
  toProto(message: QueryMarketsResponse): Uint8Array {
    return QueryMarketsResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryMarketsResponse): QueryMarketsResponseProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.QueryMarketsResponse",
      value: QueryMarketsResponse.encode(message).finish()
    };
  }
};
function createBaseQueryParamsRequest(): QueryParamsRequest {
  return {};
}
export const QueryParamsRequest = {
  typeUrl: "/settle.oracle.v1.QueryParamsRequest",
  encode(_: QueryParamsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryParamsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryParamsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(_: any): QueryParamsRequest {
    return {};
  },
  toJSON(_: QueryParamsRequest): JsonSafe<QueryParamsRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial(_: DeepPartial<QueryParamsRequest>): QueryParamsRequest {
    const message = createBaseQueryParamsRequest();
    return message;
  },
  fromAmino(_: QueryParamsRequestAmino): QueryParamsRequest {
    const message = createBaseQueryParamsRequest();
    return message;
  },
  toAmino(_: QueryParamsRequest): QueryParamsRequestAmino {
    const obj: any = {};
    return obj;
  },
  fromAminoMsg(object: QueryParamsRequestAminoMsg): QueryParamsRequest {
    return QueryParamsRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryParamsRequestProtoMsg): QueryParamsRequest {
    return QueryParamsRequest.decode(message.value);
  },
  toProto(message: QueryParamsRequest): Uint8Array {
    return QueryParamsRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryParamsRequest): QueryParamsRequestProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.QueryParamsRequest",
      value: QueryParamsRequest.encode(message).finish()
    };
  }
};
function createBaseQueryParamsResponse(): QueryParamsResponse {
  return {
    params: undefined
  };
}
export const QueryParamsResponse = {
  typeUrl: "/settle.oracle.v1.QueryParamsResponse",
  encode(message: QueryParamsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.params !== undefined) {
      Params.encode(message.params, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryParamsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryParamsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.params = Params.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryParamsResponse {
    return {
      params: isSet(object.params) ? Params.fromJSON(object.params) : undefined
    };
  },
  toJSON(message: QueryParamsResponse): JsonSafe<QueryParamsResponse> {
    const obj: any = {};
    message.params !== undefined && (obj.params = message.params ? Params.toJSON(message.params) : undefined);
    return obj;
  },
  fromPartial(object: DeepPartial<QueryParamsResponse>): QueryParamsResponse {
    const message = createBaseQueryParamsResponse();
    message.params = object.params !== undefined && object.params !== null ? Params.fromPartial(object.params) : undefined;
    return message;
  },
  fromAmino(object: QueryParamsResponseAmino): QueryParamsResponse {
    const message = createBaseQueryParamsResponse();
    if (object.params !== undefined && object.params !== null) {
      message.params = Params.fromAmino(object.params);
    }
    return message;
  },
  toAmino(message: QueryParamsResponse): QueryParamsResponseAmino {
    const obj: any = {};
    obj.params = message.params ? Params.toAmino(message.params) : undefined;
    return obj;
  },
  fromAminoMsg(object: QueryParamsResponseAminoMsg): QueryParamsResponse {
    return QueryParamsResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryParamsResponseProtoMsg): QueryParamsResponse {
    return QueryParamsResponse.decode(message.value);
  },
  toProto(message: QueryParamsResponse): Uint8Array {
    return QueryParamsResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryParamsResponse): QueryParamsResponseProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.QueryParamsResponse",
      value: QueryParamsResponse.encode(message).finish()
    };
  }
};