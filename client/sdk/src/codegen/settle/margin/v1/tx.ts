/* eslint-disable */
import { CollateralAsset, CollateralAssetAmino, Params, ParamsAmino } from "./types";
import { BinaryReader, BinaryWriter } from "../../../binary";
import { isSet, DeepPartial } from "../../../helpers";
import { JsonSafe } from "../../../json-safe";
export interface MsgDeposit {
  owner: string;
  subaccount: number;
  denom: string;
  /** amount: base units, a positive decimal integer. */
  amount: string;
  /** isolated: only when this deposit creates the subaccount; ignored afterwards. */
  isolated: boolean;
}
export interface MsgDepositProtoMsg {
  typeUrl: "/settle.margin.v1.MsgDeposit";
  value: Uint8Array;
}
/**
 * @name MsgDepositAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.MsgDeposit
 */
export interface MsgDepositAmino {
  owner?: string;
  subaccount?: number;
  denom?: string;
  /**
   * amount: base units, a positive decimal integer.
   */
  amount?: string;
  /**
   * isolated: only when this deposit creates the subaccount; ignored afterwards.
   */
  isolated?: boolean;
}
export interface MsgDepositAminoMsg {
  type: "settle/margin/MsgDeposit";
  value: MsgDepositAmino;
}
export interface MsgDepositResponse {}
export interface MsgDepositResponseProtoMsg {
  typeUrl: "/settle.margin.v1.MsgDepositResponse";
  value: Uint8Array;
}
/**
 * @name MsgDepositResponseAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.MsgDepositResponse
 */
export interface MsgDepositResponseAmino {}
export interface MsgDepositResponseAminoMsg {
  type: "settle/margin/MsgDepositResponse";
  value: MsgDepositResponseAmino;
}
export interface MsgWithdraw {
  owner: string;
  subaccount: number;
  denom: string;
  amount: string;
}
export interface MsgWithdrawProtoMsg {
  typeUrl: "/settle.margin.v1.MsgWithdraw";
  value: Uint8Array;
}
/**
 * @name MsgWithdrawAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.MsgWithdraw
 */
export interface MsgWithdrawAmino {
  owner?: string;
  subaccount?: number;
  denom?: string;
  amount?: string;
}
export interface MsgWithdrawAminoMsg {
  type: "settle/margin/MsgWithdraw";
  value: MsgWithdrawAmino;
}
export interface MsgWithdrawResponse {}
export interface MsgWithdrawResponseProtoMsg {
  typeUrl: "/settle.margin.v1.MsgWithdrawResponse";
  value: Uint8Array;
}
/**
 * @name MsgWithdrawResponseAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.MsgWithdrawResponse
 */
export interface MsgWithdrawResponseAmino {}
export interface MsgWithdrawResponseAminoMsg {
  type: "settle/margin/MsgWithdrawResponse";
  value: MsgWithdrawResponseAmino;
}
export interface MsgTransfer {
  owner: string;
  fromSubaccount: number;
  toSubaccount: number;
  denom: string;
  amount: string;
}
export interface MsgTransferProtoMsg {
  typeUrl: "/settle.margin.v1.MsgTransfer";
  value: Uint8Array;
}
/**
 * @name MsgTransferAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.MsgTransfer
 */
export interface MsgTransferAmino {
  owner?: string;
  from_subaccount?: number;
  to_subaccount?: number;
  denom?: string;
  amount?: string;
}
export interface MsgTransferAminoMsg {
  type: "settle/margin/MsgTransfer";
  value: MsgTransferAmino;
}
export interface MsgTransferResponse {}
export interface MsgTransferResponseProtoMsg {
  typeUrl: "/settle.margin.v1.MsgTransferResponse";
  value: Uint8Array;
}
/**
 * @name MsgTransferResponseAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.MsgTransferResponse
 */
export interface MsgTransferResponseAmino {}
export interface MsgTransferResponseAminoMsg {
  type: "settle/margin/MsgTransferResponse";
  value: MsgTransferResponseAmino;
}
export interface MsgSetMarginMode {
  owner: string;
  subaccount: number;
  portfolioMargin: boolean;
}
export interface MsgSetMarginModeProtoMsg {
  typeUrl: "/settle.margin.v1.MsgSetMarginMode";
  value: Uint8Array;
}
/**
 * @name MsgSetMarginModeAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.MsgSetMarginMode
 */
export interface MsgSetMarginModeAmino {
  owner?: string;
  subaccount?: number;
  portfolio_margin?: boolean;
}
export interface MsgSetMarginModeAminoMsg {
  type: "settle/margin/MsgSetMarginMode";
  value: MsgSetMarginModeAmino;
}
export interface MsgSetMarginModeResponse {}
export interface MsgSetMarginModeResponseProtoMsg {
  typeUrl: "/settle.margin.v1.MsgSetMarginModeResponse";
  value: Uint8Array;
}
/**
 * @name MsgSetMarginModeResponseAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.MsgSetMarginModeResponse
 */
export interface MsgSetMarginModeResponseAmino {}
export interface MsgSetMarginModeResponseAminoMsg {
  type: "settle/margin/MsgSetMarginModeResponse";
  value: MsgSetMarginModeResponseAmino;
}
export interface MsgSetCollateralAsset {
  authority: string;
  asset?: CollateralAsset;
}
export interface MsgSetCollateralAssetProtoMsg {
  typeUrl: "/settle.margin.v1.MsgSetCollateralAsset";
  value: Uint8Array;
}
/**
 * @name MsgSetCollateralAssetAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.MsgSetCollateralAsset
 */
export interface MsgSetCollateralAssetAmino {
  authority?: string;
  asset?: CollateralAssetAmino;
}
export interface MsgSetCollateralAssetAminoMsg {
  type: "settle/margin/MsgSetCollateralAsset";
  value: MsgSetCollateralAssetAmino;
}
export interface MsgSetCollateralAssetResponse {}
export interface MsgSetCollateralAssetResponseProtoMsg {
  typeUrl: "/settle.margin.v1.MsgSetCollateralAssetResponse";
  value: Uint8Array;
}
/**
 * @name MsgSetCollateralAssetResponseAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.MsgSetCollateralAssetResponse
 */
export interface MsgSetCollateralAssetResponseAmino {}
export interface MsgSetCollateralAssetResponseAminoMsg {
  type: "settle/margin/MsgSetCollateralAssetResponse";
  value: MsgSetCollateralAssetResponseAmino;
}
export interface MsgUpdateParams {
  authority: string;
  params?: Params;
}
export interface MsgUpdateParamsProtoMsg {
  typeUrl: "/settle.margin.v1.MsgUpdateParams";
  value: Uint8Array;
}
/**
 * @name MsgUpdateParamsAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.MsgUpdateParams
 */
export interface MsgUpdateParamsAmino {
  authority?: string;
  params?: ParamsAmino;
}
export interface MsgUpdateParamsAminoMsg {
  type: "settle/margin/MsgUpdateParams";
  value: MsgUpdateParamsAmino;
}
export interface MsgUpdateParamsResponse {}
export interface MsgUpdateParamsResponseProtoMsg {
  typeUrl: "/settle.margin.v1.MsgUpdateParamsResponse";
  value: Uint8Array;
}
/**
 * @name MsgUpdateParamsResponseAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.MsgUpdateParamsResponse
 */
export interface MsgUpdateParamsResponseAmino {}
export interface MsgUpdateParamsResponseAminoMsg {
  type: "settle/margin/MsgUpdateParamsResponse";
  value: MsgUpdateParamsResponseAmino;
}
function createBaseMsgDeposit(): MsgDeposit {
  return {
    owner: "",
    subaccount: 0,
    denom: "",
    amount: "",
    isolated: false
  };
}
export const MsgDeposit = {
  typeUrl: "/settle.margin.v1.MsgDeposit",
  encode(message: MsgDeposit, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(16).uint32(message.subaccount);
    }
    if (message.denom !== "") {
      writer.uint32(26).string(message.denom);
    }
    if (message.amount !== "") {
      writer.uint32(34).string(message.amount);
    }
    if (message.isolated === true) {
      writer.uint32(40).bool(message.isolated);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgDeposit {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgDeposit();
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
          message.denom = reader.string();
          break;
        case 4:
          message.amount = reader.string();
          break;
        case 5:
          message.isolated = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgDeposit {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      denom: isSet(object.denom) ? String(object.denom) : "",
      amount: isSet(object.amount) ? String(object.amount) : "",
      isolated: isSet(object.isolated) ? Boolean(object.isolated) : false
    };
  },
  toJSON(message: MsgDeposit): JsonSafe<MsgDeposit> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    message.denom !== undefined && (obj.denom = message.denom);
    message.amount !== undefined && (obj.amount = message.amount);
    message.isolated !== undefined && (obj.isolated = message.isolated);
    return obj;
  },
  fromPartial(object: DeepPartial<MsgDeposit>): MsgDeposit {
    const message = createBaseMsgDeposit();
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.denom = object.denom ?? "";
    message.amount = object.amount ?? "";
    message.isolated = object.isolated ?? false;
    return message;
  },
  fromAmino(object: MsgDepositAmino): MsgDeposit {
    const message = createBaseMsgDeposit();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    if (object.denom !== undefined && object.denom !== null) {
      message.denom = object.denom;
    }
    if (object.amount !== undefined && object.amount !== null) {
      message.amount = object.amount;
    }
    if (object.isolated !== undefined && object.isolated !== null) {
      message.isolated = object.isolated;
    }
    return message;
  },
  toAmino(message: MsgDeposit): MsgDepositAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    obj.denom = message.denom === "" ? undefined : message.denom;
    obj.amount = message.amount === "" ? undefined : message.amount;
    obj.isolated = message.isolated === false ? undefined : message.isolated;
    return obj;
  },
  fromAminoMsg(object: MsgDepositAminoMsg): MsgDeposit {
    return MsgDeposit.fromAmino(object.value);
  },
  toAminoMsg(message: MsgDeposit): MsgDepositAminoMsg {
    return {
      type: "settle/margin/MsgDeposit",
      value: MsgDeposit.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgDepositProtoMsg): MsgDeposit {
    return MsgDeposit.decode(message.value);
  },
  toProto(message: MsgDeposit): Uint8Array {
    return MsgDeposit.encode(message).finish();
  },
  toProtoMsg(message: MsgDeposit): MsgDepositProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.MsgDeposit",
      value: MsgDeposit.encode(message).finish()
    };
  }
};
function createBaseMsgDepositResponse(): MsgDepositResponse {
  return {};
}
export const MsgDepositResponse = {
  typeUrl: "/settle.margin.v1.MsgDepositResponse",
  encode(_: MsgDepositResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgDepositResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgDepositResponse();
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
  fromJSON(_: any): MsgDepositResponse {
    return {};
  },
  toJSON(_: MsgDepositResponse): JsonSafe<MsgDepositResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial(_: DeepPartial<MsgDepositResponse>): MsgDepositResponse {
    const message = createBaseMsgDepositResponse();
    return message;
  },
  fromAmino(_: MsgDepositResponseAmino): MsgDepositResponse {
    const message = createBaseMsgDepositResponse();
    return message;
  },
  toAmino(_: MsgDepositResponse): MsgDepositResponseAmino {
    const obj: any = {};
    return obj;
  },
  fromAminoMsg(object: MsgDepositResponseAminoMsg): MsgDepositResponse {
    return MsgDepositResponse.fromAmino(object.value);
  },
  toAminoMsg(message: MsgDepositResponse): MsgDepositResponseAminoMsg {
    return {
      type: "settle/margin/MsgDepositResponse",
      value: MsgDepositResponse.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgDepositResponseProtoMsg): MsgDepositResponse {
    return MsgDepositResponse.decode(message.value);
  },
  toProto(message: MsgDepositResponse): Uint8Array {
    return MsgDepositResponse.encode(message).finish();
  },
  toProtoMsg(message: MsgDepositResponse): MsgDepositResponseProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.MsgDepositResponse",
      value: MsgDepositResponse.encode(message).finish()
    };
  }
};
function createBaseMsgWithdraw(): MsgWithdraw {
  return {
    owner: "",
    subaccount: 0,
    denom: "",
    amount: ""
  };
}
export const MsgWithdraw = {
  typeUrl: "/settle.margin.v1.MsgWithdraw",
  encode(message: MsgWithdraw, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(16).uint32(message.subaccount);
    }
    if (message.denom !== "") {
      writer.uint32(26).string(message.denom);
    }
    if (message.amount !== "") {
      writer.uint32(34).string(message.amount);
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
          message.owner = reader.string();
          break;
        case 2:
          message.subaccount = reader.uint32();
          break;
        case 3:
          message.denom = reader.string();
          break;
        case 4:
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
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      denom: isSet(object.denom) ? String(object.denom) : "",
      amount: isSet(object.amount) ? String(object.amount) : ""
    };
  },
  toJSON(message: MsgWithdraw): JsonSafe<MsgWithdraw> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    message.denom !== undefined && (obj.denom = message.denom);
    message.amount !== undefined && (obj.amount = message.amount);
    return obj;
  },
  fromPartial(object: DeepPartial<MsgWithdraw>): MsgWithdraw {
    const message = createBaseMsgWithdraw();
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.denom = object.denom ?? "";
    message.amount = object.amount ?? "";
    return message;
  },
  fromAmino(object: MsgWithdrawAmino): MsgWithdraw {
    const message = createBaseMsgWithdraw();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    if (object.denom !== undefined && object.denom !== null) {
      message.denom = object.denom;
    }
    if (object.amount !== undefined && object.amount !== null) {
      message.amount = object.amount;
    }
    return message;
  },
  toAmino(message: MsgWithdraw): MsgWithdrawAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    obj.denom = message.denom === "" ? undefined : message.denom;
    obj.amount = message.amount === "" ? undefined : message.amount;
    return obj;
  },
  fromAminoMsg(object: MsgWithdrawAminoMsg): MsgWithdraw {
    return MsgWithdraw.fromAmino(object.value);
  },
  toAminoMsg(message: MsgWithdraw): MsgWithdrawAminoMsg {
    return {
      type: "settle/margin/MsgWithdraw",
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
      typeUrl: "/settle.margin.v1.MsgWithdraw",
      value: MsgWithdraw.encode(message).finish()
    };
  }
};
function createBaseMsgWithdrawResponse(): MsgWithdrawResponse {
  return {};
}
export const MsgWithdrawResponse = {
  typeUrl: "/settle.margin.v1.MsgWithdrawResponse",
  encode(_: MsgWithdrawResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgWithdrawResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgWithdrawResponse();
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
  fromJSON(_: any): MsgWithdrawResponse {
    return {};
  },
  toJSON(_: MsgWithdrawResponse): JsonSafe<MsgWithdrawResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial(_: DeepPartial<MsgWithdrawResponse>): MsgWithdrawResponse {
    const message = createBaseMsgWithdrawResponse();
    return message;
  },
  fromAmino(_: MsgWithdrawResponseAmino): MsgWithdrawResponse {
    const message = createBaseMsgWithdrawResponse();
    return message;
  },
  toAmino(_: MsgWithdrawResponse): MsgWithdrawResponseAmino {
    const obj: any = {};
    return obj;
  },
  fromAminoMsg(object: MsgWithdrawResponseAminoMsg): MsgWithdrawResponse {
    return MsgWithdrawResponse.fromAmino(object.value);
  },
  toAminoMsg(message: MsgWithdrawResponse): MsgWithdrawResponseAminoMsg {
    return {
      type: "settle/margin/MsgWithdrawResponse",
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
      typeUrl: "/settle.margin.v1.MsgWithdrawResponse",
      value: MsgWithdrawResponse.encode(message).finish()
    };
  }
};
function createBaseMsgTransfer(): MsgTransfer {
  return {
    owner: "",
    fromSubaccount: 0,
    toSubaccount: 0,
    denom: "",
    amount: ""
  };
}
export const MsgTransfer = {
  typeUrl: "/settle.margin.v1.MsgTransfer",
  encode(message: MsgTransfer, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.fromSubaccount !== 0) {
      writer.uint32(16).uint32(message.fromSubaccount);
    }
    if (message.toSubaccount !== 0) {
      writer.uint32(24).uint32(message.toSubaccount);
    }
    if (message.denom !== "") {
      writer.uint32(34).string(message.denom);
    }
    if (message.amount !== "") {
      writer.uint32(42).string(message.amount);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgTransfer {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgTransfer();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.owner = reader.string();
          break;
        case 2:
          message.fromSubaccount = reader.uint32();
          break;
        case 3:
          message.toSubaccount = reader.uint32();
          break;
        case 4:
          message.denom = reader.string();
          break;
        case 5:
          message.amount = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgTransfer {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      fromSubaccount: isSet(object.fromSubaccount) ? Number(object.fromSubaccount) : 0,
      toSubaccount: isSet(object.toSubaccount) ? Number(object.toSubaccount) : 0,
      denom: isSet(object.denom) ? String(object.denom) : "",
      amount: isSet(object.amount) ? String(object.amount) : ""
    };
  },
  toJSON(message: MsgTransfer): JsonSafe<MsgTransfer> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.fromSubaccount !== undefined && (obj.fromSubaccount = Math.round(message.fromSubaccount));
    message.toSubaccount !== undefined && (obj.toSubaccount = Math.round(message.toSubaccount));
    message.denom !== undefined && (obj.denom = message.denom);
    message.amount !== undefined && (obj.amount = message.amount);
    return obj;
  },
  fromPartial(object: DeepPartial<MsgTransfer>): MsgTransfer {
    const message = createBaseMsgTransfer();
    message.owner = object.owner ?? "";
    message.fromSubaccount = object.fromSubaccount ?? 0;
    message.toSubaccount = object.toSubaccount ?? 0;
    message.denom = object.denom ?? "";
    message.amount = object.amount ?? "";
    return message;
  },
  fromAmino(object: MsgTransferAmino): MsgTransfer {
    const message = createBaseMsgTransfer();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.from_subaccount !== undefined && object.from_subaccount !== null) {
      message.fromSubaccount = object.from_subaccount;
    }
    if (object.to_subaccount !== undefined && object.to_subaccount !== null) {
      message.toSubaccount = object.to_subaccount;
    }
    if (object.denom !== undefined && object.denom !== null) {
      message.denom = object.denom;
    }
    if (object.amount !== undefined && object.amount !== null) {
      message.amount = object.amount;
    }
    return message;
  },
  toAmino(message: MsgTransfer): MsgTransferAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.from_subaccount = message.fromSubaccount === 0 ? undefined : message.fromSubaccount;
    obj.to_subaccount = message.toSubaccount === 0 ? undefined : message.toSubaccount;
    obj.denom = message.denom === "" ? undefined : message.denom;
    obj.amount = message.amount === "" ? undefined : message.amount;
    return obj;
  },
  fromAminoMsg(object: MsgTransferAminoMsg): MsgTransfer {
    return MsgTransfer.fromAmino(object.value);
  },
  toAminoMsg(message: MsgTransfer): MsgTransferAminoMsg {
    return {
      type: "settle/margin/MsgTransfer",
      value: MsgTransfer.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgTransferProtoMsg): MsgTransfer {
    return MsgTransfer.decode(message.value);
  },
  toProto(message: MsgTransfer): Uint8Array {
    return MsgTransfer.encode(message).finish();
  },
  toProtoMsg(message: MsgTransfer): MsgTransferProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.MsgTransfer",
      value: MsgTransfer.encode(message).finish()
    };
  }
};
function createBaseMsgTransferResponse(): MsgTransferResponse {
  return {};
}
export const MsgTransferResponse = {
  typeUrl: "/settle.margin.v1.MsgTransferResponse",
  encode(_: MsgTransferResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgTransferResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgTransferResponse();
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
  fromJSON(_: any): MsgTransferResponse {
    return {};
  },
  toJSON(_: MsgTransferResponse): JsonSafe<MsgTransferResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial(_: DeepPartial<MsgTransferResponse>): MsgTransferResponse {
    const message = createBaseMsgTransferResponse();
    return message;
  },
  fromAmino(_: MsgTransferResponseAmino): MsgTransferResponse {
    const message = createBaseMsgTransferResponse();
    return message;
  },
  toAmino(_: MsgTransferResponse): MsgTransferResponseAmino {
    const obj: any = {};
    return obj;
  },
  fromAminoMsg(object: MsgTransferResponseAminoMsg): MsgTransferResponse {
    return MsgTransferResponse.fromAmino(object.value);
  },
  toAminoMsg(message: MsgTransferResponse): MsgTransferResponseAminoMsg {
    return {
      type: "settle/margin/MsgTransferResponse",
      value: MsgTransferResponse.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgTransferResponseProtoMsg): MsgTransferResponse {
    return MsgTransferResponse.decode(message.value);
  },
  toProto(message: MsgTransferResponse): Uint8Array {
    return MsgTransferResponse.encode(message).finish();
  },
  toProtoMsg(message: MsgTransferResponse): MsgTransferResponseProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.MsgTransferResponse",
      value: MsgTransferResponse.encode(message).finish()
    };
  }
};
function createBaseMsgSetMarginMode(): MsgSetMarginMode {
  return {
    owner: "",
    subaccount: 0,
    portfolioMargin: false
  };
}
export const MsgSetMarginMode = {
  typeUrl: "/settle.margin.v1.MsgSetMarginMode",
  encode(message: MsgSetMarginMode, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(16).uint32(message.subaccount);
    }
    if (message.portfolioMargin === true) {
      writer.uint32(24).bool(message.portfolioMargin);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSetMarginMode {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSetMarginMode();
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
          message.portfolioMargin = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgSetMarginMode {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      portfolioMargin: isSet(object.portfolioMargin) ? Boolean(object.portfolioMargin) : false
    };
  },
  toJSON(message: MsgSetMarginMode): JsonSafe<MsgSetMarginMode> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    message.portfolioMargin !== undefined && (obj.portfolioMargin = message.portfolioMargin);
    return obj;
  },
  fromPartial(object: DeepPartial<MsgSetMarginMode>): MsgSetMarginMode {
    const message = createBaseMsgSetMarginMode();
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.portfolioMargin = object.portfolioMargin ?? false;
    return message;
  },
  fromAmino(object: MsgSetMarginModeAmino): MsgSetMarginMode {
    const message = createBaseMsgSetMarginMode();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    if (object.portfolio_margin !== undefined && object.portfolio_margin !== null) {
      message.portfolioMargin = object.portfolio_margin;
    }
    return message;
  },
  toAmino(message: MsgSetMarginMode): MsgSetMarginModeAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    obj.portfolio_margin = message.portfolioMargin === false ? undefined : message.portfolioMargin;
    return obj;
  },
  fromAminoMsg(object: MsgSetMarginModeAminoMsg): MsgSetMarginMode {
    return MsgSetMarginMode.fromAmino(object.value);
  },
  toAminoMsg(message: MsgSetMarginMode): MsgSetMarginModeAminoMsg {
    return {
      type: "settle/margin/MsgSetMarginMode",
      value: MsgSetMarginMode.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgSetMarginModeProtoMsg): MsgSetMarginMode {
    return MsgSetMarginMode.decode(message.value);
  },
  toProto(message: MsgSetMarginMode): Uint8Array {
    return MsgSetMarginMode.encode(message).finish();
  },
  toProtoMsg(message: MsgSetMarginMode): MsgSetMarginModeProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.MsgSetMarginMode",
      value: MsgSetMarginMode.encode(message).finish()
    };
  }
};
function createBaseMsgSetMarginModeResponse(): MsgSetMarginModeResponse {
  return {};
}
export const MsgSetMarginModeResponse = {
  typeUrl: "/settle.margin.v1.MsgSetMarginModeResponse",
  encode(_: MsgSetMarginModeResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSetMarginModeResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSetMarginModeResponse();
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
  fromJSON(_: any): MsgSetMarginModeResponse {
    return {};
  },
  toJSON(_: MsgSetMarginModeResponse): JsonSafe<MsgSetMarginModeResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial(_: DeepPartial<MsgSetMarginModeResponse>): MsgSetMarginModeResponse {
    const message = createBaseMsgSetMarginModeResponse();
    return message;
  },
  fromAmino(_: MsgSetMarginModeResponseAmino): MsgSetMarginModeResponse {
    const message = createBaseMsgSetMarginModeResponse();
    return message;
  },
  toAmino(_: MsgSetMarginModeResponse): MsgSetMarginModeResponseAmino {
    const obj: any = {};
    return obj;
  },
  fromAminoMsg(object: MsgSetMarginModeResponseAminoMsg): MsgSetMarginModeResponse {
    return MsgSetMarginModeResponse.fromAmino(object.value);
  },
  toAminoMsg(message: MsgSetMarginModeResponse): MsgSetMarginModeResponseAminoMsg {
    return {
      type: "settle/margin/MsgSetMarginModeResponse",
      value: MsgSetMarginModeResponse.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgSetMarginModeResponseProtoMsg): MsgSetMarginModeResponse {
    return MsgSetMarginModeResponse.decode(message.value);
  },
  toProto(message: MsgSetMarginModeResponse): Uint8Array {
    return MsgSetMarginModeResponse.encode(message).finish();
  },
  toProtoMsg(message: MsgSetMarginModeResponse): MsgSetMarginModeResponseProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.MsgSetMarginModeResponse",
      value: MsgSetMarginModeResponse.encode(message).finish()
    };
  }
};
function createBaseMsgSetCollateralAsset(): MsgSetCollateralAsset {
  return {
    authority: "",
    asset: undefined
  };
}
export const MsgSetCollateralAsset = {
  typeUrl: "/settle.margin.v1.MsgSetCollateralAsset",
  encode(message: MsgSetCollateralAsset, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    if (message.asset !== undefined) {
      CollateralAsset.encode(message.asset, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSetCollateralAsset {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSetCollateralAsset();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.authority = reader.string();
          break;
        case 2:
          message.asset = CollateralAsset.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgSetCollateralAsset {
    return {
      authority: isSet(object.authority) ? String(object.authority) : "",
      asset: isSet(object.asset) ? CollateralAsset.fromJSON(object.asset) : undefined
    };
  },
  toJSON(message: MsgSetCollateralAsset): JsonSafe<MsgSetCollateralAsset> {
    const obj: any = {};
    message.authority !== undefined && (obj.authority = message.authority);
    message.asset !== undefined && (obj.asset = message.asset ? CollateralAsset.toJSON(message.asset) : undefined);
    return obj;
  },
  fromPartial(object: DeepPartial<MsgSetCollateralAsset>): MsgSetCollateralAsset {
    const message = createBaseMsgSetCollateralAsset();
    message.authority = object.authority ?? "";
    message.asset = object.asset !== undefined && object.asset !== null ? CollateralAsset.fromPartial(object.asset) : undefined;
    return message;
  },
  fromAmino(object: MsgSetCollateralAssetAmino): MsgSetCollateralAsset {
    const message = createBaseMsgSetCollateralAsset();
    if (object.authority !== undefined && object.authority !== null) {
      message.authority = object.authority;
    }
    if (object.asset !== undefined && object.asset !== null) {
      message.asset = CollateralAsset.fromAmino(object.asset);
    }
    return message;
  },
  toAmino(message: MsgSetCollateralAsset): MsgSetCollateralAssetAmino {
    const obj: any = {};
    obj.authority = message.authority === "" ? undefined : message.authority;
    obj.asset = message.asset ? CollateralAsset.toAmino(message.asset) : undefined;
    return obj;
  },
  fromAminoMsg(object: MsgSetCollateralAssetAminoMsg): MsgSetCollateralAsset {
    return MsgSetCollateralAsset.fromAmino(object.value);
  },
  toAminoMsg(message: MsgSetCollateralAsset): MsgSetCollateralAssetAminoMsg {
    return {
      type: "settle/margin/MsgSetCollateralAsset",
      value: MsgSetCollateralAsset.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgSetCollateralAssetProtoMsg): MsgSetCollateralAsset {
    return MsgSetCollateralAsset.decode(message.value);
  },
  toProto(message: MsgSetCollateralAsset): Uint8Array {
    return MsgSetCollateralAsset.encode(message).finish();
  },
  toProtoMsg(message: MsgSetCollateralAsset): MsgSetCollateralAssetProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.MsgSetCollateralAsset",
      value: MsgSetCollateralAsset.encode(message).finish()
    };
  }
};
function createBaseMsgSetCollateralAssetResponse(): MsgSetCollateralAssetResponse {
  return {};
}
export const MsgSetCollateralAssetResponse = {
  typeUrl: "/settle.margin.v1.MsgSetCollateralAssetResponse",
  encode(_: MsgSetCollateralAssetResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSetCollateralAssetResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSetCollateralAssetResponse();
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
  fromJSON(_: any): MsgSetCollateralAssetResponse {
    return {};
  },
  toJSON(_: MsgSetCollateralAssetResponse): JsonSafe<MsgSetCollateralAssetResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial(_: DeepPartial<MsgSetCollateralAssetResponse>): MsgSetCollateralAssetResponse {
    const message = createBaseMsgSetCollateralAssetResponse();
    return message;
  },
  fromAmino(_: MsgSetCollateralAssetResponseAmino): MsgSetCollateralAssetResponse {
    const message = createBaseMsgSetCollateralAssetResponse();
    return message;
  },
  toAmino(_: MsgSetCollateralAssetResponse): MsgSetCollateralAssetResponseAmino {
    const obj: any = {};
    return obj;
  },
  fromAminoMsg(object: MsgSetCollateralAssetResponseAminoMsg): MsgSetCollateralAssetResponse {
    return MsgSetCollateralAssetResponse.fromAmino(object.value);
  },
  toAminoMsg(message: MsgSetCollateralAssetResponse): MsgSetCollateralAssetResponseAminoMsg {
    return {
      type: "settle/margin/MsgSetCollateralAssetResponse",
      value: MsgSetCollateralAssetResponse.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgSetCollateralAssetResponseProtoMsg): MsgSetCollateralAssetResponse {
    return MsgSetCollateralAssetResponse.decode(message.value);
  },
  toProto(message: MsgSetCollateralAssetResponse): Uint8Array {
    return MsgSetCollateralAssetResponse.encode(message).finish();
  },
  toProtoMsg(message: MsgSetCollateralAssetResponse): MsgSetCollateralAssetResponseProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.MsgSetCollateralAssetResponse",
      value: MsgSetCollateralAssetResponse.encode(message).finish()
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
  typeUrl: "/settle.margin.v1.MsgUpdateParams",
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
      type: "settle/margin/MsgUpdateParams",
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
      typeUrl: "/settle.margin.v1.MsgUpdateParams",
      value: MsgUpdateParams.encode(message).finish()
    };
  }
};
function createBaseMsgUpdateParamsResponse(): MsgUpdateParamsResponse {
  return {};
}
export const MsgUpdateParamsResponse = {
  typeUrl: "/settle.margin.v1.MsgUpdateParamsResponse",
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
      type: "settle/margin/MsgUpdateParamsResponse",
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
      typeUrl: "/settle.margin.v1.MsgUpdateParamsResponse",
      value: MsgUpdateParamsResponse.encode(message).finish()
    };
  }
};