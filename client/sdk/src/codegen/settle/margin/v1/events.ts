/* eslint-disable */
import { BinaryReader, BinaryWriter } from "../../../binary";
import { isSet, DeepPartial } from "../../../helpers";
import { JsonSafe } from "../../../json-safe";
export interface EventSubaccountCreated {
  owner: string;
  number: number;
  isolated: boolean;
}
export interface EventSubaccountCreatedProtoMsg {
  typeUrl: "/settle.margin.v1.EventSubaccountCreated";
  value: Uint8Array;
}
/**
 * @name EventSubaccountCreatedAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.EventSubaccountCreated
 */
export interface EventSubaccountCreatedAmino {
  owner?: string;
  number?: number;
  isolated?: boolean;
}
export interface EventSubaccountCreatedAminoMsg {
  type: "/settle.margin.v1.EventSubaccountCreated";
  value: EventSubaccountCreatedAmino;
}
export interface EventDeposit {
  owner: string;
  subaccount: number;
  denom: string;
  amount: string;
}
export interface EventDepositProtoMsg {
  typeUrl: "/settle.margin.v1.EventDeposit";
  value: Uint8Array;
}
/**
 * @name EventDepositAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.EventDeposit
 */
export interface EventDepositAmino {
  owner?: string;
  subaccount?: number;
  denom?: string;
  amount?: string;
}
export interface EventDepositAminoMsg {
  type: "/settle.margin.v1.EventDeposit";
  value: EventDepositAmino;
}
export interface EventWithdraw {
  owner: string;
  subaccount: number;
  denom: string;
  amount: string;
}
export interface EventWithdrawProtoMsg {
  typeUrl: "/settle.margin.v1.EventWithdraw";
  value: Uint8Array;
}
/**
 * @name EventWithdrawAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.EventWithdraw
 */
export interface EventWithdrawAmino {
  owner?: string;
  subaccount?: number;
  denom?: string;
  amount?: string;
}
export interface EventWithdrawAminoMsg {
  type: "/settle.margin.v1.EventWithdraw";
  value: EventWithdrawAmino;
}
export interface EventTransfer {
  owner: string;
  fromSubaccount: number;
  toSubaccount: number;
  denom: string;
  amount: string;
}
export interface EventTransferProtoMsg {
  typeUrl: "/settle.margin.v1.EventTransfer";
  value: Uint8Array;
}
/**
 * @name EventTransferAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.EventTransfer
 */
export interface EventTransferAmino {
  owner?: string;
  from_subaccount?: number;
  to_subaccount?: number;
  denom?: string;
  amount?: string;
}
export interface EventTransferAminoMsg {
  type: "/settle.margin.v1.EventTransfer";
  value: EventTransferAmino;
}
export interface EventMarginModeSet {
  owner: string;
  subaccount: number;
  portfolioMargin: boolean;
}
export interface EventMarginModeSetProtoMsg {
  typeUrl: "/settle.margin.v1.EventMarginModeSet";
  value: Uint8Array;
}
/**
 * @name EventMarginModeSetAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.EventMarginModeSet
 */
export interface EventMarginModeSetAmino {
  owner?: string;
  subaccount?: number;
  portfolio_margin?: boolean;
}
export interface EventMarginModeSetAminoMsg {
  type: "/settle.margin.v1.EventMarginModeSet";
  value: EventMarginModeSetAmino;
}
export interface EventCollateralAssetSet {
  denom: string;
  haircut: string;
  depositCap: string;
  enabled: boolean;
}
export interface EventCollateralAssetSetProtoMsg {
  typeUrl: "/settle.margin.v1.EventCollateralAssetSet";
  value: Uint8Array;
}
/**
 * @name EventCollateralAssetSetAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.EventCollateralAssetSet
 */
export interface EventCollateralAssetSetAmino {
  denom?: string;
  haircut?: string;
  deposit_cap?: string;
  enabled?: boolean;
}
export interface EventCollateralAssetSetAminoMsg {
  type: "/settle.margin.v1.EventCollateralAssetSet";
  value: EventCollateralAssetSetAmino;
}
/** EventPositionChanged: a trade or settlement changed a subaccount's position and settlement balance. */
export interface EventPositionChanged {
  owner: string;
  subaccount: number;
  instrumentId: string;
  /** reason: "trade", "settlement", "liquidation" (a liquidator took it) or "adl" (auto-deleveraging). */
  reason: string;
  /** size_delta: signed contracts traded (positive bought). */
  sizeDelta: string;
  /** price: per contract, base units of the settlement denom. */
  price: string;
  /** cash: the change of the settlement balance (premium and fee), signed. */
  cash: string;
  fee: string;
  /** size, cost_basis, realized_pnl: the position after the change. */
  size: string;
  costBasis: string;
  realizedPnl: string;
}
export interface EventPositionChangedProtoMsg {
  typeUrl: "/settle.margin.v1.EventPositionChanged";
  value: Uint8Array;
}
/**
 * EventPositionChanged: a trade or settlement changed a subaccount's position and settlement balance.
 * @name EventPositionChangedAmino
 * @package settle.margin.v1
 * @see proto type: settle.margin.v1.EventPositionChanged
 */
export interface EventPositionChangedAmino {
  owner?: string;
  subaccount?: number;
  instrument_id?: string;
  /**
   * reason: "trade", "settlement", "liquidation" (a liquidator took it) or "adl" (auto-deleveraging).
   */
  reason?: string;
  /**
   * size_delta: signed contracts traded (positive bought).
   */
  size_delta?: string;
  /**
   * price: per contract, base units of the settlement denom.
   */
  price?: string;
  /**
   * cash: the change of the settlement balance (premium and fee), signed.
   */
  cash?: string;
  fee?: string;
  /**
   * size, cost_basis, realized_pnl: the position after the change.
   */
  size?: string;
  cost_basis?: string;
  realized_pnl?: string;
}
export interface EventPositionChangedAminoMsg {
  type: "/settle.margin.v1.EventPositionChanged";
  value: EventPositionChangedAmino;
}
function createBaseEventSubaccountCreated(): EventSubaccountCreated {
  return {
    owner: "",
    number: 0,
    isolated: false
  };
}
export const EventSubaccountCreated = {
  typeUrl: "/settle.margin.v1.EventSubaccountCreated",
  encode(message: EventSubaccountCreated, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.number !== 0) {
      writer.uint32(16).uint32(message.number);
    }
    if (message.isolated === true) {
      writer.uint32(24).bool(message.isolated);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventSubaccountCreated {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventSubaccountCreated();
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
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventSubaccountCreated {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      number: isSet(object.number) ? Number(object.number) : 0,
      isolated: isSet(object.isolated) ? Boolean(object.isolated) : false
    };
  },
  toJSON(message: EventSubaccountCreated): JsonSafe<EventSubaccountCreated> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.number !== undefined && (obj.number = Math.round(message.number));
    message.isolated !== undefined && (obj.isolated = message.isolated);
    return obj;
  },
  fromPartial(object: DeepPartial<EventSubaccountCreated>): EventSubaccountCreated {
    const message = createBaseEventSubaccountCreated();
    message.owner = object.owner ?? "";
    message.number = object.number ?? 0;
    message.isolated = object.isolated ?? false;
    return message;
  },
  fromAmino(object: EventSubaccountCreatedAmino): EventSubaccountCreated {
    const message = createBaseEventSubaccountCreated();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.number !== undefined && object.number !== null) {
      message.number = object.number;
    }
    if (object.isolated !== undefined && object.isolated !== null) {
      message.isolated = object.isolated;
    }
    return message;
  },
  toAmino(message: EventSubaccountCreated): EventSubaccountCreatedAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.number = message.number === 0 ? undefined : message.number;
    obj.isolated = message.isolated === false ? undefined : message.isolated;
    return obj;
  },
  fromAminoMsg(object: EventSubaccountCreatedAminoMsg): EventSubaccountCreated {
    return EventSubaccountCreated.fromAmino(object.value);
  },
  fromProtoMsg(message: EventSubaccountCreatedProtoMsg): EventSubaccountCreated {
    return EventSubaccountCreated.decode(message.value);
  },
  toProto(message: EventSubaccountCreated): Uint8Array {
    return EventSubaccountCreated.encode(message).finish();
  },
  toProtoMsg(message: EventSubaccountCreated): EventSubaccountCreatedProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.EventSubaccountCreated",
      value: EventSubaccountCreated.encode(message).finish()
    };
  }
};
function createBaseEventDeposit(): EventDeposit {
  return {
    owner: "",
    subaccount: 0,
    denom: "",
    amount: ""
  };
}
export const EventDeposit = {
  typeUrl: "/settle.margin.v1.EventDeposit",
  encode(message: EventDeposit, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
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
  decode(input: BinaryReader | Uint8Array, length?: number): EventDeposit {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventDeposit();
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
  fromJSON(object: any): EventDeposit {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      denom: isSet(object.denom) ? String(object.denom) : "",
      amount: isSet(object.amount) ? String(object.amount) : ""
    };
  },
  toJSON(message: EventDeposit): JsonSafe<EventDeposit> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    message.denom !== undefined && (obj.denom = message.denom);
    message.amount !== undefined && (obj.amount = message.amount);
    return obj;
  },
  fromPartial(object: DeepPartial<EventDeposit>): EventDeposit {
    const message = createBaseEventDeposit();
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.denom = object.denom ?? "";
    message.amount = object.amount ?? "";
    return message;
  },
  fromAmino(object: EventDepositAmino): EventDeposit {
    const message = createBaseEventDeposit();
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
  toAmino(message: EventDeposit): EventDepositAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    obj.denom = message.denom === "" ? undefined : message.denom;
    obj.amount = message.amount === "" ? undefined : message.amount;
    return obj;
  },
  fromAminoMsg(object: EventDepositAminoMsg): EventDeposit {
    return EventDeposit.fromAmino(object.value);
  },
  fromProtoMsg(message: EventDepositProtoMsg): EventDeposit {
    return EventDeposit.decode(message.value);
  },
  toProto(message: EventDeposit): Uint8Array {
    return EventDeposit.encode(message).finish();
  },
  toProtoMsg(message: EventDeposit): EventDepositProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.EventDeposit",
      value: EventDeposit.encode(message).finish()
    };
  }
};
function createBaseEventWithdraw(): EventWithdraw {
  return {
    owner: "",
    subaccount: 0,
    denom: "",
    amount: ""
  };
}
export const EventWithdraw = {
  typeUrl: "/settle.margin.v1.EventWithdraw",
  encode(message: EventWithdraw, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
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
  decode(input: BinaryReader | Uint8Array, length?: number): EventWithdraw {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventWithdraw();
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
  fromJSON(object: any): EventWithdraw {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      denom: isSet(object.denom) ? String(object.denom) : "",
      amount: isSet(object.amount) ? String(object.amount) : ""
    };
  },
  toJSON(message: EventWithdraw): JsonSafe<EventWithdraw> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    message.denom !== undefined && (obj.denom = message.denom);
    message.amount !== undefined && (obj.amount = message.amount);
    return obj;
  },
  fromPartial(object: DeepPartial<EventWithdraw>): EventWithdraw {
    const message = createBaseEventWithdraw();
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.denom = object.denom ?? "";
    message.amount = object.amount ?? "";
    return message;
  },
  fromAmino(object: EventWithdrawAmino): EventWithdraw {
    const message = createBaseEventWithdraw();
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
  toAmino(message: EventWithdraw): EventWithdrawAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    obj.denom = message.denom === "" ? undefined : message.denom;
    obj.amount = message.amount === "" ? undefined : message.amount;
    return obj;
  },
  fromAminoMsg(object: EventWithdrawAminoMsg): EventWithdraw {
    return EventWithdraw.fromAmino(object.value);
  },
  fromProtoMsg(message: EventWithdrawProtoMsg): EventWithdraw {
    return EventWithdraw.decode(message.value);
  },
  toProto(message: EventWithdraw): Uint8Array {
    return EventWithdraw.encode(message).finish();
  },
  toProtoMsg(message: EventWithdraw): EventWithdrawProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.EventWithdraw",
      value: EventWithdraw.encode(message).finish()
    };
  }
};
function createBaseEventTransfer(): EventTransfer {
  return {
    owner: "",
    fromSubaccount: 0,
    toSubaccount: 0,
    denom: "",
    amount: ""
  };
}
export const EventTransfer = {
  typeUrl: "/settle.margin.v1.EventTransfer",
  encode(message: EventTransfer, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
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
  decode(input: BinaryReader | Uint8Array, length?: number): EventTransfer {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventTransfer();
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
  fromJSON(object: any): EventTransfer {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      fromSubaccount: isSet(object.fromSubaccount) ? Number(object.fromSubaccount) : 0,
      toSubaccount: isSet(object.toSubaccount) ? Number(object.toSubaccount) : 0,
      denom: isSet(object.denom) ? String(object.denom) : "",
      amount: isSet(object.amount) ? String(object.amount) : ""
    };
  },
  toJSON(message: EventTransfer): JsonSafe<EventTransfer> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.fromSubaccount !== undefined && (obj.fromSubaccount = Math.round(message.fromSubaccount));
    message.toSubaccount !== undefined && (obj.toSubaccount = Math.round(message.toSubaccount));
    message.denom !== undefined && (obj.denom = message.denom);
    message.amount !== undefined && (obj.amount = message.amount);
    return obj;
  },
  fromPartial(object: DeepPartial<EventTransfer>): EventTransfer {
    const message = createBaseEventTransfer();
    message.owner = object.owner ?? "";
    message.fromSubaccount = object.fromSubaccount ?? 0;
    message.toSubaccount = object.toSubaccount ?? 0;
    message.denom = object.denom ?? "";
    message.amount = object.amount ?? "";
    return message;
  },
  fromAmino(object: EventTransferAmino): EventTransfer {
    const message = createBaseEventTransfer();
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
  toAmino(message: EventTransfer): EventTransferAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.from_subaccount = message.fromSubaccount === 0 ? undefined : message.fromSubaccount;
    obj.to_subaccount = message.toSubaccount === 0 ? undefined : message.toSubaccount;
    obj.denom = message.denom === "" ? undefined : message.denom;
    obj.amount = message.amount === "" ? undefined : message.amount;
    return obj;
  },
  fromAminoMsg(object: EventTransferAminoMsg): EventTransfer {
    return EventTransfer.fromAmino(object.value);
  },
  fromProtoMsg(message: EventTransferProtoMsg): EventTransfer {
    return EventTransfer.decode(message.value);
  },
  toProto(message: EventTransfer): Uint8Array {
    return EventTransfer.encode(message).finish();
  },
  toProtoMsg(message: EventTransfer): EventTransferProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.EventTransfer",
      value: EventTransfer.encode(message).finish()
    };
  }
};
function createBaseEventMarginModeSet(): EventMarginModeSet {
  return {
    owner: "",
    subaccount: 0,
    portfolioMargin: false
  };
}
export const EventMarginModeSet = {
  typeUrl: "/settle.margin.v1.EventMarginModeSet",
  encode(message: EventMarginModeSet, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
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
  decode(input: BinaryReader | Uint8Array, length?: number): EventMarginModeSet {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventMarginModeSet();
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
  fromJSON(object: any): EventMarginModeSet {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      portfolioMargin: isSet(object.portfolioMargin) ? Boolean(object.portfolioMargin) : false
    };
  },
  toJSON(message: EventMarginModeSet): JsonSafe<EventMarginModeSet> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    message.portfolioMargin !== undefined && (obj.portfolioMargin = message.portfolioMargin);
    return obj;
  },
  fromPartial(object: DeepPartial<EventMarginModeSet>): EventMarginModeSet {
    const message = createBaseEventMarginModeSet();
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.portfolioMargin = object.portfolioMargin ?? false;
    return message;
  },
  fromAmino(object: EventMarginModeSetAmino): EventMarginModeSet {
    const message = createBaseEventMarginModeSet();
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
  toAmino(message: EventMarginModeSet): EventMarginModeSetAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    obj.portfolio_margin = message.portfolioMargin === false ? undefined : message.portfolioMargin;
    return obj;
  },
  fromAminoMsg(object: EventMarginModeSetAminoMsg): EventMarginModeSet {
    return EventMarginModeSet.fromAmino(object.value);
  },
  fromProtoMsg(message: EventMarginModeSetProtoMsg): EventMarginModeSet {
    return EventMarginModeSet.decode(message.value);
  },
  toProto(message: EventMarginModeSet): Uint8Array {
    return EventMarginModeSet.encode(message).finish();
  },
  toProtoMsg(message: EventMarginModeSet): EventMarginModeSetProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.EventMarginModeSet",
      value: EventMarginModeSet.encode(message).finish()
    };
  }
};
function createBaseEventCollateralAssetSet(): EventCollateralAssetSet {
  return {
    denom: "",
    haircut: "",
    depositCap: "",
    enabled: false
  };
}
export const EventCollateralAssetSet = {
  typeUrl: "/settle.margin.v1.EventCollateralAssetSet",
  encode(message: EventCollateralAssetSet, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.denom !== "") {
      writer.uint32(10).string(message.denom);
    }
    if (message.haircut !== "") {
      writer.uint32(18).string(message.haircut);
    }
    if (message.depositCap !== "") {
      writer.uint32(26).string(message.depositCap);
    }
    if (message.enabled === true) {
      writer.uint32(32).bool(message.enabled);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventCollateralAssetSet {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventCollateralAssetSet();
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
          message.depositCap = reader.string();
          break;
        case 4:
          message.enabled = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventCollateralAssetSet {
    return {
      denom: isSet(object.denom) ? String(object.denom) : "",
      haircut: isSet(object.haircut) ? String(object.haircut) : "",
      depositCap: isSet(object.depositCap) ? String(object.depositCap) : "",
      enabled: isSet(object.enabled) ? Boolean(object.enabled) : false
    };
  },
  toJSON(message: EventCollateralAssetSet): JsonSafe<EventCollateralAssetSet> {
    const obj: any = {};
    message.denom !== undefined && (obj.denom = message.denom);
    message.haircut !== undefined && (obj.haircut = message.haircut);
    message.depositCap !== undefined && (obj.depositCap = message.depositCap);
    message.enabled !== undefined && (obj.enabled = message.enabled);
    return obj;
  },
  fromPartial(object: DeepPartial<EventCollateralAssetSet>): EventCollateralAssetSet {
    const message = createBaseEventCollateralAssetSet();
    message.denom = object.denom ?? "";
    message.haircut = object.haircut ?? "";
    message.depositCap = object.depositCap ?? "";
    message.enabled = object.enabled ?? false;
    return message;
  },
  fromAmino(object: EventCollateralAssetSetAmino): EventCollateralAssetSet {
    const message = createBaseEventCollateralAssetSet();
    if (object.denom !== undefined && object.denom !== null) {
      message.denom = object.denom;
    }
    if (object.haircut !== undefined && object.haircut !== null) {
      message.haircut = object.haircut;
    }
    if (object.deposit_cap !== undefined && object.deposit_cap !== null) {
      message.depositCap = object.deposit_cap;
    }
    if (object.enabled !== undefined && object.enabled !== null) {
      message.enabled = object.enabled;
    }
    return message;
  },
  toAmino(message: EventCollateralAssetSet): EventCollateralAssetSetAmino {
    const obj: any = {};
    obj.denom = message.denom === "" ? undefined : message.denom;
    obj.haircut = message.haircut === "" ? undefined : message.haircut;
    obj.deposit_cap = message.depositCap === "" ? undefined : message.depositCap;
    obj.enabled = message.enabled === false ? undefined : message.enabled;
    return obj;
  },
  fromAminoMsg(object: EventCollateralAssetSetAminoMsg): EventCollateralAssetSet {
    return EventCollateralAssetSet.fromAmino(object.value);
  },
  fromProtoMsg(message: EventCollateralAssetSetProtoMsg): EventCollateralAssetSet {
    return EventCollateralAssetSet.decode(message.value);
  },
  toProto(message: EventCollateralAssetSet): Uint8Array {
    return EventCollateralAssetSet.encode(message).finish();
  },
  toProtoMsg(message: EventCollateralAssetSet): EventCollateralAssetSetProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.EventCollateralAssetSet",
      value: EventCollateralAssetSet.encode(message).finish()
    };
  }
};
function createBaseEventPositionChanged(): EventPositionChanged {
  return {
    owner: "",
    subaccount: 0,
    instrumentId: "",
    reason: "",
    sizeDelta: "",
    price: "",
    cash: "",
    fee: "",
    size: "",
    costBasis: "",
    realizedPnl: ""
  };
}
export const EventPositionChanged = {
  typeUrl: "/settle.margin.v1.EventPositionChanged",
  encode(message: EventPositionChanged, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(16).uint32(message.subaccount);
    }
    if (message.instrumentId !== "") {
      writer.uint32(26).string(message.instrumentId);
    }
    if (message.reason !== "") {
      writer.uint32(34).string(message.reason);
    }
    if (message.sizeDelta !== "") {
      writer.uint32(42).string(message.sizeDelta);
    }
    if (message.price !== "") {
      writer.uint32(50).string(message.price);
    }
    if (message.cash !== "") {
      writer.uint32(58).string(message.cash);
    }
    if (message.fee !== "") {
      writer.uint32(66).string(message.fee);
    }
    if (message.size !== "") {
      writer.uint32(74).string(message.size);
    }
    if (message.costBasis !== "") {
      writer.uint32(82).string(message.costBasis);
    }
    if (message.realizedPnl !== "") {
      writer.uint32(90).string(message.realizedPnl);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventPositionChanged {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventPositionChanged();
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
          message.instrumentId = reader.string();
          break;
        case 4:
          message.reason = reader.string();
          break;
        case 5:
          message.sizeDelta = reader.string();
          break;
        case 6:
          message.price = reader.string();
          break;
        case 7:
          message.cash = reader.string();
          break;
        case 8:
          message.fee = reader.string();
          break;
        case 9:
          message.size = reader.string();
          break;
        case 10:
          message.costBasis = reader.string();
          break;
        case 11:
          message.realizedPnl = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventPositionChanged {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      instrumentId: isSet(object.instrumentId) ? String(object.instrumentId) : "",
      reason: isSet(object.reason) ? String(object.reason) : "",
      sizeDelta: isSet(object.sizeDelta) ? String(object.sizeDelta) : "",
      price: isSet(object.price) ? String(object.price) : "",
      cash: isSet(object.cash) ? String(object.cash) : "",
      fee: isSet(object.fee) ? String(object.fee) : "",
      size: isSet(object.size) ? String(object.size) : "",
      costBasis: isSet(object.costBasis) ? String(object.costBasis) : "",
      realizedPnl: isSet(object.realizedPnl) ? String(object.realizedPnl) : ""
    };
  },
  toJSON(message: EventPositionChanged): JsonSafe<EventPositionChanged> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    message.instrumentId !== undefined && (obj.instrumentId = message.instrumentId);
    message.reason !== undefined && (obj.reason = message.reason);
    message.sizeDelta !== undefined && (obj.sizeDelta = message.sizeDelta);
    message.price !== undefined && (obj.price = message.price);
    message.cash !== undefined && (obj.cash = message.cash);
    message.fee !== undefined && (obj.fee = message.fee);
    message.size !== undefined && (obj.size = message.size);
    message.costBasis !== undefined && (obj.costBasis = message.costBasis);
    message.realizedPnl !== undefined && (obj.realizedPnl = message.realizedPnl);
    return obj;
  },
  fromPartial(object: DeepPartial<EventPositionChanged>): EventPositionChanged {
    const message = createBaseEventPositionChanged();
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.instrumentId = object.instrumentId ?? "";
    message.reason = object.reason ?? "";
    message.sizeDelta = object.sizeDelta ?? "";
    message.price = object.price ?? "";
    message.cash = object.cash ?? "";
    message.fee = object.fee ?? "";
    message.size = object.size ?? "";
    message.costBasis = object.costBasis ?? "";
    message.realizedPnl = object.realizedPnl ?? "";
    return message;
  },
  fromAmino(object: EventPositionChangedAmino): EventPositionChanged {
    const message = createBaseEventPositionChanged();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    if (object.instrument_id !== undefined && object.instrument_id !== null) {
      message.instrumentId = object.instrument_id;
    }
    if (object.reason !== undefined && object.reason !== null) {
      message.reason = object.reason;
    }
    if (object.size_delta !== undefined && object.size_delta !== null) {
      message.sizeDelta = object.size_delta;
    }
    if (object.price !== undefined && object.price !== null) {
      message.price = object.price;
    }
    if (object.cash !== undefined && object.cash !== null) {
      message.cash = object.cash;
    }
    if (object.fee !== undefined && object.fee !== null) {
      message.fee = object.fee;
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
    return message;
  },
  toAmino(message: EventPositionChanged): EventPositionChangedAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    obj.instrument_id = message.instrumentId === "" ? undefined : message.instrumentId;
    obj.reason = message.reason === "" ? undefined : message.reason;
    obj.size_delta = message.sizeDelta === "" ? undefined : message.sizeDelta;
    obj.price = message.price === "" ? undefined : message.price;
    obj.cash = message.cash === "" ? undefined : message.cash;
    obj.fee = message.fee === "" ? undefined : message.fee;
    obj.size = message.size === "" ? undefined : message.size;
    obj.cost_basis = message.costBasis === "" ? undefined : message.costBasis;
    obj.realized_pnl = message.realizedPnl === "" ? undefined : message.realizedPnl;
    return obj;
  },
  fromAminoMsg(object: EventPositionChangedAminoMsg): EventPositionChanged {
    return EventPositionChanged.fromAmino(object.value);
  },
  fromProtoMsg(message: EventPositionChangedProtoMsg): EventPositionChanged {
    return EventPositionChanged.decode(message.value);
  },
  toProto(message: EventPositionChanged): Uint8Array {
    return EventPositionChanged.encode(message).finish();
  },
  toProtoMsg(message: EventPositionChanged): EventPositionChangedProtoMsg {
    return {
      typeUrl: "/settle.margin.v1.EventPositionChanged",
      value: EventPositionChanged.encode(message).finish()
    };
  }
};