/* eslint-disable */
import { Params, ParamsAmino } from "./types";
import { BinaryReader, BinaryWriter } from "../../../binary";
import { isSet, bytesFromBase64, base64FromBytes, DeepPartial } from "../../../helpers";
import { JsonSafe } from "../../../json-safe";
export interface MsgRegisterBridgeKey {
  /** sender: any account (pays the fee); the signatures prove who registers. */
  sender: string;
  /** validator_address: the validator's CometBFT consensus address, 40 hex characters. */
  validatorAddress: string;
  evmAddress: string;
  /** evm_signature: 65 bytes r ‖ s ‖ v, EIP-191 over the registration digest, by evm_address's key. */
  evmSignature: Uint8Array;
  /** validator_signature: 64 bytes, ed25519 over the registration digest, by the validator's consensus key. */
  validatorSignature: Uint8Array;
}
export interface MsgRegisterBridgeKeyProtoMsg {
  typeUrl: "/settle.bridge.v1.MsgRegisterBridgeKey";
  value: Uint8Array;
}
/**
 * @name MsgRegisterBridgeKeyAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.MsgRegisterBridgeKey
 */
export interface MsgRegisterBridgeKeyAmino {
  /**
   * sender: any account (pays the fee); the signatures prove who registers.
   */
  sender?: string;
  /**
   * validator_address: the validator's CometBFT consensus address, 40 hex characters.
   */
  validator_address?: string;
  evm_address?: string;
  /**
   * evm_signature: 65 bytes r ‖ s ‖ v, EIP-191 over the registration digest, by evm_address's key.
   */
  evm_signature?: string;
  /**
   * validator_signature: 64 bytes, ed25519 over the registration digest, by the validator's consensus key.
   */
  validator_signature?: string;
}
export interface MsgRegisterBridgeKeyAminoMsg {
  type: "settle/bridge/MsgRegisterBridgeKey";
  value: MsgRegisterBridgeKeyAmino;
}
export interface MsgRegisterBridgeKeyResponse {}
export interface MsgRegisterBridgeKeyResponseProtoMsg {
  typeUrl: "/settle.bridge.v1.MsgRegisterBridgeKeyResponse";
  value: Uint8Array;
}
/**
 * @name MsgRegisterBridgeKeyResponseAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.MsgRegisterBridgeKeyResponse
 */
export interface MsgRegisterBridgeKeyResponseAmino {}
export interface MsgRegisterBridgeKeyResponseAminoMsg {
  type: "settle/bridge/MsgRegisterBridgeKeyResponse";
  value: MsgRegisterBridgeKeyResponseAmino;
}
export interface MsgWithdraw {
  sender: string;
  /** to: the EVM address paid on claim. */
  to: string;
  /** amount: base units of the bridged denom. */
  amount: string;
}
export interface MsgWithdrawProtoMsg {
  typeUrl: "/settle.bridge.v1.MsgWithdraw";
  value: Uint8Array;
}
/**
 * @name MsgWithdrawAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.MsgWithdraw
 */
export interface MsgWithdrawAmino {
  sender?: string;
  /**
   * to: the EVM address paid on claim.
   */
  to?: string;
  /**
   * amount: base units of the bridged denom.
   */
  amount?: string;
}
export interface MsgWithdrawAminoMsg {
  type: "settle/bridge/MsgWithdraw";
  value: MsgWithdrawAmino;
}
export interface MsgWithdrawResponse {
  id: bigint;
}
export interface MsgWithdrawResponseProtoMsg {
  typeUrl: "/settle.bridge.v1.MsgWithdrawResponse";
  value: Uint8Array;
}
/**
 * @name MsgWithdrawResponseAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.MsgWithdrawResponse
 */
export interface MsgWithdrawResponseAmino {
  id?: string;
}
export interface MsgWithdrawResponseAminoMsg {
  type: "settle/bridge/MsgWithdrawResponse";
  value: MsgWithdrawResponseAmino;
}
export interface MsgUpdateParams {
  authority: string;
  params?: Params;
}
export interface MsgUpdateParamsProtoMsg {
  typeUrl: "/settle.bridge.v1.MsgUpdateParams";
  value: Uint8Array;
}
/**
 * @name MsgUpdateParamsAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.MsgUpdateParams
 */
export interface MsgUpdateParamsAmino {
  authority?: string;
  params?: ParamsAmino;
}
export interface MsgUpdateParamsAminoMsg {
  type: "settle/bridge/MsgUpdateParams";
  value: MsgUpdateParamsAmino;
}
export interface MsgUpdateParamsResponse {}
export interface MsgUpdateParamsResponseProtoMsg {
  typeUrl: "/settle.bridge.v1.MsgUpdateParamsResponse";
  value: Uint8Array;
}
/**
 * @name MsgUpdateParamsResponseAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.MsgUpdateParamsResponse
 */
export interface MsgUpdateParamsResponseAmino {}
export interface MsgUpdateParamsResponseAminoMsg {
  type: "settle/bridge/MsgUpdateParamsResponse";
  value: MsgUpdateParamsResponseAmino;
}
function createBaseMsgRegisterBridgeKey(): MsgRegisterBridgeKey {
  return {
    sender: "",
    validatorAddress: "",
    evmAddress: "",
    evmSignature: new Uint8Array(),
    validatorSignature: new Uint8Array()
  };
}
export const MsgRegisterBridgeKey = {
  typeUrl: "/settle.bridge.v1.MsgRegisterBridgeKey",
  encode(message: MsgRegisterBridgeKey, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.validatorAddress !== "") {
      writer.uint32(18).string(message.validatorAddress);
    }
    if (message.evmAddress !== "") {
      writer.uint32(26).string(message.evmAddress);
    }
    if (message.evmSignature.length !== 0) {
      writer.uint32(34).bytes(message.evmSignature);
    }
    if (message.validatorSignature.length !== 0) {
      writer.uint32(42).bytes(message.validatorSignature);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRegisterBridgeKey {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRegisterBridgeKey();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.sender = reader.string();
          break;
        case 2:
          message.validatorAddress = reader.string();
          break;
        case 3:
          message.evmAddress = reader.string();
          break;
        case 4:
          message.evmSignature = reader.bytes();
          break;
        case 5:
          message.validatorSignature = reader.bytes();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgRegisterBridgeKey {
    return {
      sender: isSet(object.sender) ? String(object.sender) : "",
      validatorAddress: isSet(object.validatorAddress) ? String(object.validatorAddress) : "",
      evmAddress: isSet(object.evmAddress) ? String(object.evmAddress) : "",
      evmSignature: isSet(object.evmSignature) ? bytesFromBase64(object.evmSignature) : new Uint8Array(),
      validatorSignature: isSet(object.validatorSignature) ? bytesFromBase64(object.validatorSignature) : new Uint8Array()
    };
  },
  toJSON(message: MsgRegisterBridgeKey): JsonSafe<MsgRegisterBridgeKey> {
    const obj: any = {};
    message.sender !== undefined && (obj.sender = message.sender);
    message.validatorAddress !== undefined && (obj.validatorAddress = message.validatorAddress);
    message.evmAddress !== undefined && (obj.evmAddress = message.evmAddress);
    message.evmSignature !== undefined && (obj.evmSignature = base64FromBytes(message.evmSignature !== undefined ? message.evmSignature : new Uint8Array()));
    message.validatorSignature !== undefined && (obj.validatorSignature = base64FromBytes(message.validatorSignature !== undefined ? message.validatorSignature : new Uint8Array()));
    return obj;
  },
  fromPartial(object: DeepPartial<MsgRegisterBridgeKey>): MsgRegisterBridgeKey {
    const message = createBaseMsgRegisterBridgeKey();
    message.sender = object.sender ?? "";
    message.validatorAddress = object.validatorAddress ?? "";
    message.evmAddress = object.evmAddress ?? "";
    message.evmSignature = object.evmSignature ?? new Uint8Array();
    message.validatorSignature = object.validatorSignature ?? new Uint8Array();
    return message;
  },
  fromAmino(object: MsgRegisterBridgeKeyAmino): MsgRegisterBridgeKey {
    const message = createBaseMsgRegisterBridgeKey();
    if (object.sender !== undefined && object.sender !== null) {
      message.sender = object.sender;
    }
    if (object.validator_address !== undefined && object.validator_address !== null) {
      message.validatorAddress = object.validator_address;
    }
    if (object.evm_address !== undefined && object.evm_address !== null) {
      message.evmAddress = object.evm_address;
    }
    if (object.evm_signature !== undefined && object.evm_signature !== null) {
      message.evmSignature = bytesFromBase64(object.evm_signature);
    }
    if (object.validator_signature !== undefined && object.validator_signature !== null) {
      message.validatorSignature = bytesFromBase64(object.validator_signature);
    }
    return message;
  },
  toAmino(message: MsgRegisterBridgeKey): MsgRegisterBridgeKeyAmino {
    const obj: any = {};
    obj.sender = message.sender === "" ? undefined : message.sender;
    obj.validator_address = message.validatorAddress === "" ? undefined : message.validatorAddress;
    obj.evm_address = message.evmAddress === "" ? undefined : message.evmAddress;
    obj.evm_signature = message.evmSignature ? base64FromBytes(message.evmSignature) : undefined;
    obj.validator_signature = message.validatorSignature ? base64FromBytes(message.validatorSignature) : undefined;
    return obj;
  },
  fromAminoMsg(object: MsgRegisterBridgeKeyAminoMsg): MsgRegisterBridgeKey {
    return MsgRegisterBridgeKey.fromAmino(object.value);
  },
  toAminoMsg(message: MsgRegisterBridgeKey): MsgRegisterBridgeKeyAminoMsg {
    return {
      type: "settle/bridge/MsgRegisterBridgeKey",
      value: MsgRegisterBridgeKey.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgRegisterBridgeKeyProtoMsg): MsgRegisterBridgeKey {
    return MsgRegisterBridgeKey.decode(message.value);
  },
  toProto(message: MsgRegisterBridgeKey): Uint8Array {
    return MsgRegisterBridgeKey.encode(message).finish();
  },
  toProtoMsg(message: MsgRegisterBridgeKey): MsgRegisterBridgeKeyProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.MsgRegisterBridgeKey",
      value: MsgRegisterBridgeKey.encode(message).finish()
    };
  }
};
function createBaseMsgRegisterBridgeKeyResponse(): MsgRegisterBridgeKeyResponse {
  return {};
}
export const MsgRegisterBridgeKeyResponse = {
  typeUrl: "/settle.bridge.v1.MsgRegisterBridgeKeyResponse",
  encode(_: MsgRegisterBridgeKeyResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRegisterBridgeKeyResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRegisterBridgeKeyResponse();
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
  fromJSON(_: any): MsgRegisterBridgeKeyResponse {
    return {};
  },
  toJSON(_: MsgRegisterBridgeKeyResponse): JsonSafe<MsgRegisterBridgeKeyResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial(_: DeepPartial<MsgRegisterBridgeKeyResponse>): MsgRegisterBridgeKeyResponse {
    const message = createBaseMsgRegisterBridgeKeyResponse();
    return message;
  },
  fromAmino(_: MsgRegisterBridgeKeyResponseAmino): MsgRegisterBridgeKeyResponse {
    const message = createBaseMsgRegisterBridgeKeyResponse();
    return message;
  },
  toAmino(_: MsgRegisterBridgeKeyResponse): MsgRegisterBridgeKeyResponseAmino {
    const obj: any = {};
    return obj;
  },
  fromAminoMsg(object: MsgRegisterBridgeKeyResponseAminoMsg): MsgRegisterBridgeKeyResponse {
    return MsgRegisterBridgeKeyResponse.fromAmino(object.value);
  },
  toAminoMsg(message: MsgRegisterBridgeKeyResponse): MsgRegisterBridgeKeyResponseAminoMsg {
    return {
      type: "settle/bridge/MsgRegisterBridgeKeyResponse",
      value: MsgRegisterBridgeKeyResponse.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgRegisterBridgeKeyResponseProtoMsg): MsgRegisterBridgeKeyResponse {
    return MsgRegisterBridgeKeyResponse.decode(message.value);
  },
  toProto(message: MsgRegisterBridgeKeyResponse): Uint8Array {
    return MsgRegisterBridgeKeyResponse.encode(message).finish();
  },
  toProtoMsg(message: MsgRegisterBridgeKeyResponse): MsgRegisterBridgeKeyResponseProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.MsgRegisterBridgeKeyResponse",
      value: MsgRegisterBridgeKeyResponse.encode(message).finish()
    };
  }
};
function createBaseMsgWithdraw(): MsgWithdraw {
  return {
    sender: "",
    to: "",
    amount: ""
  };
}
export const MsgWithdraw = {
  typeUrl: "/settle.bridge.v1.MsgWithdraw",
  encode(message: MsgWithdraw, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.to !== "") {
      writer.uint32(18).string(message.to);
    }
    if (message.amount !== "") {
      writer.uint32(26).string(message.amount);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgWithdraw {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgWithdraw();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.sender = reader.string();
          break;
        case 2:
          message.to = reader.string();
          break;
        case 3:
          message.amount = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgWithdraw {
    return {
      sender: isSet(object.sender) ? String(object.sender) : "",
      to: isSet(object.to) ? String(object.to) : "",
      amount: isSet(object.amount) ? String(object.amount) : ""
    };
  },
  toJSON(message: MsgWithdraw): JsonSafe<MsgWithdraw> {
    const obj: any = {};
    message.sender !== undefined && (obj.sender = message.sender);
    message.to !== undefined && (obj.to = message.to);
    message.amount !== undefined && (obj.amount = message.amount);
    return obj;
  },
  fromPartial(object: DeepPartial<MsgWithdraw>): MsgWithdraw {
    const message = createBaseMsgWithdraw();
    message.sender = object.sender ?? "";
    message.to = object.to ?? "";
    message.amount = object.amount ?? "";
    return message;
  },
  fromAmino(object: MsgWithdrawAmino): MsgWithdraw {
    const message = createBaseMsgWithdraw();
    if (object.sender !== undefined && object.sender !== null) {
      message.sender = object.sender;
    }
    if (object.to !== undefined && object.to !== null) {
      message.to = object.to;
    }
    if (object.amount !== undefined && object.amount !== null) {
      message.amount = object.amount;
    }
    return message;
  },
  toAmino(message: MsgWithdraw): MsgWithdrawAmino {
    const obj: any = {};
    obj.sender = message.sender === "" ? undefined : message.sender;
    obj.to = message.to === "" ? undefined : message.to;
    obj.amount = message.amount === "" ? undefined : message.amount;
    return obj;
  },
  fromAminoMsg(object: MsgWithdrawAminoMsg): MsgWithdraw {
    return MsgWithdraw.fromAmino(object.value);
  },
  toAminoMsg(message: MsgWithdraw): MsgWithdrawAminoMsg {
    return {
      type: "settle/bridge/MsgWithdraw",
      value: MsgWithdraw.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgWithdrawProtoMsg): MsgWithdraw {
    return MsgWithdraw.decode(message.value);
  },
  toProto(message: MsgWithdraw): Uint8Array {
    return MsgWithdraw.encode(message).finish();
  },
  toProtoMsg(message: MsgWithdraw): MsgWithdrawProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.MsgWithdraw",
      value: MsgWithdraw.encode(message).finish()
    };
  }
};
function createBaseMsgWithdrawResponse(): MsgWithdrawResponse {
  return {
    id: BigInt(0)
  };
}
export const MsgWithdrawResponse = {
  typeUrl: "/settle.bridge.v1.MsgWithdrawResponse",
  encode(message: MsgWithdrawResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgWithdrawResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgWithdrawResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.id = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgWithdrawResponse {
    return {
      id: isSet(object.id) ? BigInt(object.id.toString()) : BigInt(0)
    };
  },
  toJSON(message: MsgWithdrawResponse): JsonSafe<MsgWithdrawResponse> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<MsgWithdrawResponse>): MsgWithdrawResponse {
    const message = createBaseMsgWithdrawResponse();
    message.id = object.id !== undefined && object.id !== null ? BigInt(object.id.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: MsgWithdrawResponseAmino): MsgWithdrawResponse {
    const message = createBaseMsgWithdrawResponse();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id);
    }
    return message;
  },
  toAmino(message: MsgWithdrawResponse): MsgWithdrawResponseAmino {
    const obj: any = {};
    obj.id = message.id !== BigInt(0) ? message.id?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: MsgWithdrawResponseAminoMsg): MsgWithdrawResponse {
    return MsgWithdrawResponse.fromAmino(object.value);
  },
  toAminoMsg(message: MsgWithdrawResponse): MsgWithdrawResponseAminoMsg {
    return {
      type: "settle/bridge/MsgWithdrawResponse",
      value: MsgWithdrawResponse.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgWithdrawResponseProtoMsg): MsgWithdrawResponse {
    return MsgWithdrawResponse.decode(message.value);
  },
  toProto(message: MsgWithdrawResponse): Uint8Array {
    return MsgWithdrawResponse.encode(message).finish();
  },
  toProtoMsg(message: MsgWithdrawResponse): MsgWithdrawResponseProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.MsgWithdrawResponse",
      value: MsgWithdrawResponse.encode(message).finish()
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
  typeUrl: "/settle.bridge.v1.MsgUpdateParams",
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
      type: "settle/bridge/MsgUpdateParams",
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
      typeUrl: "/settle.bridge.v1.MsgUpdateParams",
      value: MsgUpdateParams.encode(message).finish()
    };
  }
};
function createBaseMsgUpdateParamsResponse(): MsgUpdateParamsResponse {
  return {};
}
export const MsgUpdateParamsResponse = {
  typeUrl: "/settle.bridge.v1.MsgUpdateParamsResponse",
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
      type: "settle/bridge/MsgUpdateParamsResponse",
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
      typeUrl: "/settle.bridge.v1.MsgUpdateParamsResponse",
      value: MsgUpdateParamsResponse.encode(message).finish()
    };
  }
};