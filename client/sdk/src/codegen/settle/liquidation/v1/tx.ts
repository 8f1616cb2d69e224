/* eslint-disable */
import { Params, ParamsAmino } from "./types";
import { BinaryReader, BinaryWriter } from "../../../binary";
import { isSet, DeepPartial } from "../../../helpers";
import { JsonSafe } from "../../../json-safe";
export interface MsgLiquidate {
  liquidator: string;
  /** liquidator_subaccount: the liquidator's subaccount that takes the position (it must stay above IM). */
  liquidatorSubaccount: number;
  owner: string;
  subaccount: number;
  instrumentId: string;
  /** size: contracts to take (positive), at most what the subaccount holds. */
  size: bigint;
}
export interface MsgLiquidateProtoMsg {
  typeUrl: "/settle.liquidation.v1.MsgLiquidate";
  value: Uint8Array;
}
/**
 * @name MsgLiquidateAmino
 * @package settle.liquidation.v1
 * @see proto type: settle.liquidation.v1.MsgLiquidate
 */
export interface MsgLiquidateAmino {
  liquidator?: string;
  /**
   * liquidator_subaccount: the liquidator's subaccount that takes the position (it must stay above IM).
   */
  liquidator_subaccount?: number;
  owner?: string;
  subaccount?: number;
  instrument_id?: string;
  /**
   * size: contracts to take (positive), at most what the subaccount holds.
   */
  size?: string;
}
export interface MsgLiquidateAminoMsg {
  type: "settle/liquidation/MsgLiquidate";
  value: MsgLiquidateAmino;
}
export interface MsgLiquidateResponse {
  /** price: per contract, base units of the settlement denom. */
  price: bigint;
  /** penalty: paid by the liquidated subaccount to the insurance fund, base units. */
  penalty: string;
  /** ended: the auction ended with this step (the subaccount is no longer liquidatable). */
  ended: boolean;
}
export interface MsgLiquidateResponseProtoMsg {
  typeUrl: "/settle.liquidation.v1.MsgLiquidateResponse";
  value: Uint8Array;
}
/**
 * @name MsgLiquidateResponseAmino
 * @package settle.liquidation.v1
 * @see proto type: settle.liquidation.v1.MsgLiquidateResponse
 */
export interface MsgLiquidateResponseAmino {
  /**
   * price: per contract, base units of the settlement denom.
   */
  price?: string;
  /**
   * penalty: paid by the liquidated subaccount to the insurance fund, base units.
   */
  penalty?: string;
  /**
   * ended: the auction ended with this step (the subaccount is no longer liquidatable).
   */
  ended?: boolean;
}
export interface MsgLiquidateResponseAminoMsg {
  type: "settle/liquidation/MsgLiquidateResponse";
  value: MsgLiquidateResponseAmino;
}
export interface MsgFundInsurance {
  sender: string;
  /** amount: base units of the settlement denom, a positive decimal integer. */
  amount: string;
}
export interface MsgFundInsuranceProtoMsg {
  typeUrl: "/settle.liquidation.v1.MsgFundInsurance";
  value: Uint8Array;
}
/**
 * @name MsgFundInsuranceAmino
 * @package settle.liquidation.v1
 * @see proto type: settle.liquidation.v1.MsgFundInsurance
 */
export interface MsgFundInsuranceAmino {
  sender?: string;
  /**
   * amount: base units of the settlement denom, a positive decimal integer.
   */
  amount?: string;
}
export interface MsgFundInsuranceAminoMsg {
  type: "settle/liquidation/MsgFundInsurance";
  value: MsgFundInsuranceAmino;
}
export interface MsgFundInsuranceResponse {}
export interface MsgFundInsuranceResponseProtoMsg {
  typeUrl: "/settle.liquidation.v1.MsgFundInsuranceResponse";
  value: Uint8Array;
}
/**
 * @name MsgFundInsuranceResponseAmino
 * @package settle.liquidation.v1
 * @see proto type: settle.liquidation.v1.MsgFundInsuranceResponse
 */
export interface MsgFundInsuranceResponseAmino {}
export interface MsgFundInsuranceResponseAminoMsg {
  type: "settle/liquidation/MsgFundInsuranceResponse";
  value: MsgFundInsuranceResponseAmino;
}
export interface MsgUpdateParams {
  authority: string;
  params?: Params;
}
export interface MsgUpdateParamsProtoMsg {
  typeUrl: "/settle.liquidation.v1.MsgUpdateParams";
  value: Uint8Array;
}
/**
 * @name MsgUpdateParamsAmino
 * @package settle.liquidation.v1
 * @see proto type: settle.liquidation.v1.MsgUpdateParams
 */
export interface MsgUpdateParamsAmino {
  authority?: string;
  params?: ParamsAmino;
}
export interface MsgUpdateParamsAminoMsg {
  type: "settle/liquidation/MsgUpdateParams";
  value: MsgUpdateParamsAmino;
}
export interface MsgUpdateParamsResponse {}
export interface MsgUpdateParamsResponseProtoMsg {
  typeUrl: "/settle.liquidation.v1.MsgUpdateParamsResponse";
  value: Uint8Array;
}
/**
 * @name MsgUpdateParamsResponseAmino
 * @package settle.liquidation.v1
 * @see proto type: settle.liquidation.v1.MsgUpdateParamsResponse
 */
export interface MsgUpdateParamsResponseAmino {}
export interface MsgUpdateParamsResponseAminoMsg {
  type: "settle/liquidation/MsgUpdateParamsResponse";
  value: MsgUpdateParamsResponseAmino;
}
function createBaseMsgLiquidate(): MsgLiquidate {
  return {
    liquidator: "",
    liquidatorSubaccount: 0,
    owner: "",
    subaccount: 0,
    instrumentId: "",
    size: BigInt(0)
  };
}
export const MsgLiquidate = {
  typeUrl: "/settle.liquidation.v1.MsgLiquidate",
  encode(message: MsgLiquidate, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.liquidator !== "") {
      writer.uint32(10).string(message.liquidator);
    }
    if (message.liquidatorSubaccount !== 0) {
      writer.uint32(16).uint32(message.liquidatorSubaccount);
    }
    if (message.owner !== "") {
      writer.uint32(26).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(32).uint32(message.subaccount);
    }
    if (message.instrumentId !== "") {
      writer.uint32(42).string(message.instrumentId);
    }
    if (message.size !== BigInt(0)) {
      writer.uint32(48).uint64(message.size);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgLiquidate {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgLiquidate();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.liquidator = reader.string();
          break;
        case 2:
          message.liquidatorSubaccount = reader.uint32();
          break;
        case 3:
          message.owner = reader.string();
          break;
        case 4:
          message.subaccount = reader.uint32();
          break;
        case 5:
          message.instrumentId = reader.string();
          break;
        case 6:
          message.size = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgLiquidate {
    return {
      liquidator: isSet(object.liquidator) ? String(object.liquidator) : "",
      liquidatorSubaccount: isSet(object.liquidatorSubaccount) ? Number(object.liquidatorSubaccount) : 0,
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      instrumentId: isSet(object.instrumentId) ? String(object.instrumentId) : "",
      size: isSet(object.size) ? BigInt(object.size.toString()) : BigInt(0)
    };
  },
  toJSON(message: MsgLiquidate): JsonSafe<MsgLiquidate> {
    const obj: any = {};
    message.liquidator !== undefined && (obj.liquidator = message.liquidator);
    message.liquidatorSubaccount !== undefined && (obj.liquidatorSubaccount = Math.round(message.liquidatorSubaccount));
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    message.instrumentId !== undefined && (obj.instrumentId = message.instrumentId);
    message.size !== undefined && (obj.size = (message.size || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<MsgLiquidate>): MsgLiquidate {
    const message = createBaseMsgLiquidate();
    message.liquidator = object.liquidator ?? "";
    message.liquidatorSubaccount = object.liquidatorSubaccount ?? 0;
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.instrumentId = object.instrumentId ?? "";
    message.size = object.size !== undefined && object.size !== null ? BigInt(object.size.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: MsgLiquidateAmino): MsgLiquidate {
    const message = createBaseMsgLiquidate();
    if (object.liquidator !== undefined && object.liquidator !== null) {
      message.liquidator = object.liquidator;
    }
    if (object.liquidator_subaccount !== undefined && object.liquidator_subaccount !== null) {
      message.liquidatorSubaccount = object.liquidator_subaccount;
    }
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    if (object.instrument_id !== undefined && object.instrument_id !== null) {
      message.instrumentId = object.instrument_id;
    }
    if (object.size !== undefined && object.size !== null) {
      message.size = BigInt(object.size);
    }
    return message;
  },
  toAmino(message: MsgLiquidate): MsgLiquidateAmino {
    const obj: any = {};
    obj.liquidator = message.liquidator === "" ? undefined : message.liquidator;
    obj.liquidator_subaccount = message.liquidatorSubaccount === 0 ? undefined : message.liquidatorSubaccount;
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    obj.instrument_id = message.instrumentId === "" ? undefined : message.instrumentId;
    obj.size = message.size !== BigInt(0) ? message.size?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: MsgLiquidateAminoMsg): MsgLiquidate {
    return MsgLiquidate.fromAmino(object.value);
  },
  toAminoMsg(message: MsgLiquidate): MsgLiquidateAminoMsg {
    return {
      type: "settle/liquidation/MsgLiquidate",
      value: MsgLiquidate.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgLiquidateProtoMsg): MsgLiquidate {
    return MsgLiquidate.decode(message.value);
  },
  toProto(message: MsgLiquidate): Uint8Array {
    return MsgLiquidate.encode(message).finish();
  },
  toProtoMsg(message: MsgLiquidate): MsgLiquidateProtoMsg {
    return {
      typeUrl: "/settle.liquidation.v1.MsgLiquidate",
      value: MsgLiquidate.encode(message).finish()
    };
  }
};
function createBaseMsgLiquidateResponse(): MsgLiquidateResponse {
  return {
    price: BigInt(0),
    penalty: "",
    ended: false
  };
}
export const MsgLiquidateResponse = {
  typeUrl: "/settle.liquidation.v1.MsgLiquidateResponse",
  encode(message: MsgLiquidateResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.price !== BigInt(0)) {
      writer.uint32(8).int64(message.price);
    }
    if (message.penalty !== "") {
      writer.uint32(18).string(message.penalty);
    }
    if (message.ended === true) {
      writer.uint32(24).bool(message.ended);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgLiquidateResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgLiquidateResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.price = reader.int64();
          break;
        case 2:
          message.penalty = reader.string();
          break;
        case 3:
          message.ended = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgLiquidateResponse {
    return {
      price: isSet(object.price) ? BigInt(object.price.toString()) : BigInt(0),
      penalty: isSet(object.penalty) ? String(object.penalty) : "",
      ended: isSet(object.ended) ? Boolean(object.ended) : false
    };
  },
  toJSON(message: MsgLiquidateResponse): JsonSafe<MsgLiquidateResponse> {
    const obj: any = {};
    message.price !== undefined && (obj.price = (message.price || BigInt(0)).toString());
    message.penalty !== undefined && (obj.penalty = message.penalty);
    message.ended !== undefined && (obj.ended = message.ended);
    return obj;
  },
  fromPartial(object: DeepPartial<MsgLiquidateResponse>): MsgLiquidateResponse {
    const message = createBaseMsgLiquidateResponse();
    message.price = object.price !== undefined && object.price !== null ? BigInt(object.price.toString()) : BigInt(0);
    message.penalty = object.penalty ?? "";
    message.ended = object.ended ?? false;
    return message;
  },
  fromAmino(object: MsgLiquidateResponseAmino): MsgLiquidateResponse {
    const message = createBaseMsgLiquidateResponse();
    if (object.price !== undefined && object.price !== null) {
      message.price = BigInt(object.price);
    }
    if (object.penalty !== undefined && object.penalty !== null) {
      message.penalty = object.penalty;
    }
    if (object.ended !== undefined && object.ended !== null) {
      message.ended = object.ended;
    }
    return message;
  },
  toAmino(message: MsgLiquidateResponse): MsgLiquidateResponseAmino {
    const obj: any = {};
    obj.price = message.price !== BigInt(0) ? message.price?.toString() : undefined;
    obj.penalty = message.penalty === "" ? undefined : message.penalty;
    obj.ended = message.ended === false ? undefined : message.ended;
    return obj;
  },
  fromAminoMsg(object: MsgLiquidateResponseAminoMsg): MsgLiquidateResponse {
    return MsgLiquidateResponse.fromAmino(object.value);
  },
  toAminoMsg(message: MsgLiquidateResponse): MsgLiquidateResponseAminoMsg {
    return {
      type: "settle/liquidation/MsgLiquidateResponse",
      value: MsgLiquidateResponse.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgLiquidateResponseProtoMsg): MsgLiquidateResponse {
    return MsgLiquidateResponse.decode(message.value);
  },
  toProto(message: MsgLiquidateResponse): Uint8Array {
    return MsgLiquidateResponse.encode(message).finish();
  },
  toProtoMsg(message: MsgLiquidateResponse): MsgLiquidateResponseProtoMsg {
    return {
      typeUrl: "/settle.liquidation.v1.MsgLiquidateResponse",
      value: MsgLiquidateResponse.encode(message).finish()
    };
  }
};
function createBaseMsgFundInsurance(): MsgFundInsurance {
  return {
    sender: "",
    amount: ""
  };
}
export const MsgFundInsurance = {
  typeUrl: "/settle.liquidation.v1.MsgFundInsurance",
  encode(message: MsgFundInsurance, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.amount !== "") {
      writer.uint32(18).string(message.amount);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgFundInsurance {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgFundInsurance();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.sender = reader.string();
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
  fromJSON(object: any): MsgFundInsurance {
    return {
      sender: isSet(object.sender) ? String(object.sender) : "",
      amount: isSet(object.amount) ? String(object.amount) : ""
    };
  },
  toJSON(message: MsgFundInsurance): JsonSafe<MsgFundInsurance> {
    const obj: any = {};
    message.sender !== undefined && (obj.sender = message.sender);
    message.amount !== undefined && (obj.amount = message.amount);
    return obj;
  },
  fromPartial(object: DeepPartial<MsgFundInsurance>): MsgFundInsurance {
    const message = createBaseMsgFundInsurance();
    message.sender = object.sender ?? "";
    message.amount = object.amount ?? "";
    return message;
  },
  fromAmino(object: MsgFundInsuranceAmino): MsgFundInsurance {
    const message = createBaseMsgFundInsurance();
    if (object.sender !== undefined && object.sender !== null) {
      message.sender = object.sender;
    }
    if (object.amount !== undefined && object.amount !== null) {
      message.amount = object.amount;
    }
    return message;
  },
  toAmino(message: MsgFundInsurance): MsgFundInsuranceAmino {
    const obj: any = {};
    obj.sender = message.sender === "" ? undefined : message.sender;
    obj.amount = message.amount === "" ? undefined : message.amount;
    return obj;
  },
  fromAminoMsg(object: MsgFundInsuranceAminoMsg): MsgFundInsurance {
    return MsgFundInsurance.fromAmino(object.value);
  },
  toAminoMsg(message: MsgFundInsurance): MsgFundInsuranceAminoMsg {
    return {
      type: "settle/liquidation/MsgFundInsurance",
      value: MsgFundInsurance.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgFundInsuranceProtoMsg): MsgFundInsurance {
    return MsgFundInsurance.decode(message.value);
  },
  toProto(message: MsgFundInsurance): Uint8Array {
    return MsgFundInsurance.encode(message).finish();
  },
  toProtoMsg(message: MsgFundInsurance): MsgFundInsuranceProtoMsg {
    return {
      typeUrl: "/settle.liquidation.v1.MsgFundInsurance",
      value: MsgFundInsurance.encode(message).finish()
    };
  }
};
function createBaseMsgFundInsuranceResponse(): MsgFundInsuranceResponse {
  return {};
}
export const MsgFundInsuranceResponse = {
  typeUrl: "/settle.liquidation.v1.MsgFundInsuranceResponse",
  encode(_: MsgFundInsuranceResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgFundInsuranceResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgFundInsuranceResponse();
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
  fromJSON(_: any): MsgFundInsuranceResponse {
    return {};
  },
  toJSON(_: MsgFundInsuranceResponse): JsonSafe<MsgFundInsuranceResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial(_: DeepPartial<MsgFundInsuranceResponse>): MsgFundInsuranceResponse {
    const message = createBaseMsgFundInsuranceResponse();
    return message;
  },
  fromAmino(_: MsgFundInsuranceResponseAmino): MsgFundInsuranceResponse {
    const message = createBaseMsgFundInsuranceResponse();
    return message;
  },
  toAmino(_: MsgFundInsuranceResponse): MsgFundInsuranceResponseAmino {
    const obj: any = {};
    return obj;
  },
  fromAminoMsg(object: MsgFundInsuranceResponseAminoMsg): MsgFundInsuranceResponse {
    return MsgFundInsuranceResponse.fromAmino(object.value);
  },
  toAminoMsg(message: MsgFundInsuranceResponse): MsgFundInsuranceResponseAminoMsg {
    return {
      type: "settle/liquidation/MsgFundInsuranceResponse",
      value: MsgFundInsuranceResponse.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgFundInsuranceResponseProtoMsg): MsgFundInsuranceResponse {
    return MsgFundInsuranceResponse.decode(message.value);
  },
  toProto(message: MsgFundInsuranceResponse): Uint8Array {
    return MsgFundInsuranceResponse.encode(message).finish();
  },
  toProtoMsg(message: MsgFundInsuranceResponse): MsgFundInsuranceResponseProtoMsg {
    return {
      typeUrl: "/settle.liquidation.v1.MsgFundInsuranceResponse",
      value: MsgFundInsuranceResponse.encode(message).finish()
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
  typeUrl: "/settle.liquidation.v1.MsgUpdateParams",
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
      type: "settle/liquidation/MsgUpdateParams",
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
      typeUrl: "/settle.liquidation.v1.MsgUpdateParams",
      value: MsgUpdateParams.encode(message).finish()
    };
  }
};
function createBaseMsgUpdateParamsResponse(): MsgUpdateParamsResponse {
  return {};
}
export const MsgUpdateParamsResponse = {
  typeUrl: "/settle.liquidation.v1.MsgUpdateParamsResponse",
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
      type: "settle/liquidation/MsgUpdateParamsResponse",
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
      typeUrl: "/settle.liquidation.v1.MsgUpdateParamsResponse",
      value: MsgUpdateParamsResponse.encode(message).finish()
    };
  }
};