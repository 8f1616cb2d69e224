/* eslint-disable */
import { Market, MarketAmino, Params, ParamsAmino } from "./types";
import { BinaryReader, BinaryWriter } from "../../../binary";
import { isSet, DeepPartial } from "../../../helpers";
import { JsonSafe } from "../../../json-safe";
export interface MsgCreateMarket {
  authority: string;
  /** market.index is assigned by the chain (ignored here). */
  market?: Market;
}
export interface MsgCreateMarketProtoMsg {
  typeUrl: "/settle.oracle.v1.MsgCreateMarket";
  value: Uint8Array;
}
/**
 * @name MsgCreateMarketAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.MsgCreateMarket
 */
export interface MsgCreateMarketAmino {
  authority?: string;
  /**
   * market.index is assigned by the chain (ignored here).
   */
  market?: MarketAmino;
}
export interface MsgCreateMarketAminoMsg {
  type: "settle/oracle/MsgCreateMarket";
  value: MsgCreateMarketAmino;
}
export interface MsgCreateMarketResponse {
  index: number;
}
export interface MsgCreateMarketResponseProtoMsg {
  typeUrl: "/settle.oracle.v1.MsgCreateMarketResponse";
  value: Uint8Array;
}
/**
 * @name MsgCreateMarketResponseAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.MsgCreateMarketResponse
 */
export interface MsgCreateMarketResponseAmino {
  index?: number;
}
export interface MsgCreateMarketResponseAminoMsg {
  type: "settle/oracle/MsgCreateMarketResponse";
  value: MsgCreateMarketResponseAmino;
}
export interface MsgUpdateParams {
  authority: string;
  params?: Params;
}
export interface MsgUpdateParamsProtoMsg {
  typeUrl: "/settle.oracle.v1.MsgUpdateParams";
  value: Uint8Array;
}
/**
 * @name MsgUpdateParamsAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.MsgUpdateParams
 */
export interface MsgUpdateParamsAmino {
  authority?: string;
  params?: ParamsAmino;
}
export interface MsgUpdateParamsAminoMsg {
  type: "settle/oracle/MsgUpdateParams";
  value: MsgUpdateParamsAmino;
}
export interface MsgUpdateParamsResponse {}
export interface MsgUpdateParamsResponseProtoMsg {
  typeUrl: "/settle.oracle.v1.MsgUpdateParamsResponse";
  value: Uint8Array;
}
/**
 * @name MsgUpdateParamsResponseAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.MsgUpdateParamsResponse
 */
export interface MsgUpdateParamsResponseAmino {}
export interface MsgUpdateParamsResponseAminoMsg {
  type: "settle/oracle/MsgUpdateParamsResponse";
  value: MsgUpdateParamsResponseAmino;
}
function createBaseMsgCreateMarket(): MsgCreateMarket {
  return {
    authority: "",
    market: undefined
  };
}
export const MsgCreateMarket = {
  typeUrl: "/settle.oracle.v1.MsgCreateMarket",
  encode(message: MsgCreateMarket, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    if (message.market !== undefined) {
      Market.encode(message.market, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgCreateMarket {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgCreateMarket();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.authority = reader.string();
          break;
        case 2:
          message.market = Market.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgCreateMarket {
    return {
      authority: isSet(object.authority) ? String(object.authority) : "",
      market: isSet(object.market) ? Market.fromJSON(object.market) : undefined
    };
  },
  toJSON(message: MsgCreateMarket): JsonSafe<MsgCreateMarket> {
    const obj: any = {};
    message.authority !== undefined && (obj.authority = message.authority);
    message.market !== undefined && (obj.market = message.market ? Market.toJSON(message.market) : undefined);
    return obj;
  },
  fromPartial(object: DeepPartial<MsgCreateMarket>): MsgCreateMarket {
    const message = createBaseMsgCreateMarket();
    message.authority = object.authority ?? "";
    message.market = object.market !== undefined && object.market !== null ? Market.fromPartial(object.market) : undefined;
    return message;
  },
  fromAmino(object: MsgCreateMarketAmino): MsgCreateMarket {
    const message = createBaseMsgCreateMarket();
    if (object.authority !== undefined && object.authority !== null) {
      message.authority = object.authority;
    }
    if (object.market !== undefined && object.market !== null) {
      message.market = Market.fromAmino(object.market);
    }
    return message;
  },
  toAmino(message: MsgCreateMarket): MsgCreateMarketAmino {
    const obj: any = {};
    obj.authority = message.authority === "" ? undefined : message.authority;
    obj.market = message.market ? Market.toAmino(message.market) : undefined;
    return obj;
  },
  fromAminoMsg(object: MsgCreateMarketAminoMsg): MsgCreateMarket {
    return MsgCreateMarket.fromAmino(object.value);
  },
  toAminoMsg(message: MsgCreateMarket): MsgCreateMarketAminoMsg {
    return {
      type: "settle/oracle/MsgCreateMarket",
      value: MsgCreateMarket.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgCreateMarketProtoMsg): MsgCreateMarket {
    return MsgCreateMarket.decode(message.value);
  },
  toProto(message: MsgCreateMarket): Uint8Array {
    return MsgCreateMarket.encode(message).finish();
  },
  toProtoMsg(message: MsgCreateMarket): MsgCreateMarketProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.MsgCreateMarket",
      value: MsgCreateMarket.encode(message).finish()
    };
  }
};
function createBaseMsgCreateMarketResponse(): MsgCreateMarketResponse {
  return {
    index: 0
  };
}
export const MsgCreateMarketResponse = {
  typeUrl: "/settle.oracle.v1.MsgCreateMarketResponse",
  encode(message: MsgCreateMarketResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.index !== 0) {
      writer.uint32(8).uint32(message.index);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgCreateMarketResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgCreateMarketResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.index = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgCreateMarketResponse {
    return {
      index: isSet(object.index) ? Number(object.index) : 0
    };
  },
  toJSON(message: MsgCreateMarketResponse): JsonSafe<MsgCreateMarketResponse> {
    const obj: any = {};
    message.index !== undefined && (obj.index = Math.round(message.index));
    return obj;
  },
  fromPartial(object: DeepPartial<MsgCreateMarketResponse>): MsgCreateMarketResponse {
    const message = createBaseMsgCreateMarketResponse();
    message.index = object.index ?? 0;
    return message;
  },
  fromAmino(object: MsgCreateMarketResponseAmino): MsgCreateMarketResponse {
    const message = createBaseMsgCreateMarketResponse();
    if (object.index !== undefined && object.index !== null) {
      message.index = object.index;
    }
    return message;
  },
  toAmino(message: MsgCreateMarketResponse): MsgCreateMarketResponseAmino {
    const obj: any = {};
    obj.index = message.index === 0 ? undefined : message.index;
    return obj;
  },
  fromAminoMsg(object: MsgCreateMarketResponseAminoMsg): MsgCreateMarketResponse {
    return MsgCreateMarketResponse.fromAmino(object.value);
  },
  toAminoMsg(message: MsgCreateMarketResponse): MsgCreateMarketResponseAminoMsg {
    return {
      type: "settle/oracle/MsgCreateMarketResponse",
      value: MsgCreateMarketResponse.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgCreateMarketResponseProtoMsg): MsgCreateMarketResponse {
    return MsgCreateMarketResponse.decode(message.value);
  },
  toProto(message: MsgCreateMarketResponse): Uint8Array {
    return MsgCreateMarketResponse.encode(message).finish();
  },
  toProtoMsg(message: MsgCreateMarketResponse): MsgCreateMarketResponseProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.MsgCreateMarketResponse",
      value: MsgCreateMarketResponse.encode(message).finish()
    };
  }
};
function createBaseMsgUpdateParams(): MsgUpdateParams {
  return {
    authority: "",
    params: undefined
  };
}
export const MsgUpdateParams = {
  typeUrl: "/settle.oracle.v1.MsgUpdateParams",
  encode(message: MsgUpdateParams, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    if (message.params !== undefined) {
      Params.encode(message.params, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgUpdateParams {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgUpdateParams();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.authority = reader.string();
          break;
        case 2:
          message.params = Params.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgUpdateParams {
    return {
      authority: isSet(object.authority) ? String(object.authority) : "",
      params: isSet(object.params) ? Params.fromJSON(object.params) : undefined
    };
  },
  toJSON(message: MsgUpdateParams): JsonSafe<MsgUpdateParams> {
    const obj: any = {};
    message.authority !== undefined && (obj.authority = message.authority);
    message.params !== undefined && (obj.params = message.params ? Params.toJSON(message.params) : undefined);
    return obj;
  },
  fromPartial(object: DeepPartial<MsgUpdateParams>): MsgUpdateParams {
    const message = createBaseMsgUpdateParams();
    message.authority = object.authority ?? "";
    message.params = object.params !== undefined && object.params !== null ? Params.fromPartial(object.params) : undefined;
    return message;
  },
  fromAmino(object: MsgUpdateParamsAmino): MsgUpdateParams {
    const message = createBaseMsgUpdateParams();
    if (object.authority !== undefined && object.authority !== null) {
      message.authority = object.authority;
    }
    if (object.params !== undefined && object.params !== null) {
      message.params = Params.fromAmino(object.params);
    }
    return message;
  },
  toAmino(message: MsgUpdateParams): MsgUpdateParamsAmino {
    const obj: any = {};
    obj.authority = message.authority === "" ? undefined : message.authority;
    obj.params = message.params ? Params.toAmino(message.params) : undefined;
    return obj;
  },
  fromAminoMsg(object: MsgUpdateParamsAminoMsg): MsgUpdateParams {
    return MsgUpdateParams.fromAmino(object.value);
  },
  toAminoMsg(message: MsgUpdateParams): MsgUpdateParamsAminoMsg {
    return {
      type: "settle/oracle/MsgUpdateParams",
      value: MsgUpdateParams.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgUpdateParamsProtoMsg): MsgUpdateParams {
    return MsgUpdateParams.decode(message.value);
  },
  toProto(message: MsgUpdateParams): Uint8Array {
    return MsgUpdateParams.encode(message).finish();
  },
  toProtoMsg(message: MsgUpdateParams): MsgUpdateParamsProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.MsgUpdateParams",
      value: MsgUpdateParams.encode(message).finish()
    };
  }
};
function createBaseMsgUpdateParamsResponse(): MsgUpdateParamsResponse {
  return {};
}
export const MsgUpdateParamsResponse = {
  typeUrl: "/settle.oracle.v1.MsgUpdateParamsResponse",
  encode(_: MsgUpdateParamsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgUpdateParamsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgUpdateParamsResponse();
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
  fromJSON(_: any): MsgUpdateParamsResponse {
    return {};
  },
  toJSON(_: MsgUpdateParamsResponse): JsonSafe<MsgUpdateParamsResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial(_: DeepPartial<MsgUpdateParamsResponse>): MsgUpdateParamsResponse {
    const message = createBaseMsgUpdateParamsResponse();
    return message;
  },
  fromAmino(_: MsgUpdateParamsResponseAmino): MsgUpdateParamsResponse {
    const message = createBaseMsgUpdateParamsResponse();
    return message;
  },
  toAmino(_: MsgUpdateParamsResponse): MsgUpdateParamsResponseAmino {
    const obj: any = {};
    return obj;
  },
  fromAminoMsg(object: MsgUpdateParamsResponseAminoMsg): MsgUpdateParamsResponse {
    return MsgUpdateParamsResponse.fromAmino(object.value);
  },
  toAminoMsg(message: MsgUpdateParamsResponse): MsgUpdateParamsResponseAminoMsg {
    return {
      type: "settle/oracle/MsgUpdateParamsResponse",
      value: MsgUpdateParamsResponse.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgUpdateParamsResponseProtoMsg): MsgUpdateParamsResponse {
    return MsgUpdateParamsResponse.decode(message.value);
  },
  toProto(message: MsgUpdateParamsResponse): Uint8Array {
    return MsgUpdateParamsResponse.encode(message).finish();
  },
  toProtoMsg(message: MsgUpdateParamsResponse): MsgUpdateParamsResponseProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.MsgUpdateParamsResponse",
      value: MsgUpdateParamsResponse.encode(message).finish()
    };
  }
};