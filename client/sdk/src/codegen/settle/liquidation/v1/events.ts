/* eslint-disable */
import { BinaryReader, BinaryWriter } from "../../../binary";
import { isSet, DeepPartial } from "../../../helpers";
import { JsonSafe } from "../../../json-safe";
/** EventLiquidationStarted: detection opened an auction (the subaccount's open orders were cancelled). */
export interface EventLiquidationStarted {
  owner: string;
  subaccount: number;
  /** equity, mm: quote units, decimals. */
  equity: string;
  mm: string;
  cancelledOrders: number;
}
export interface EventLiquidationStartedProtoMsg {
  typeUrl: "/settle.liquidation.v1.EventLiquidationStarted";
  value: Uint8Array;
}
/**
 * EventLiquidationStarted: detection opened an auction (the subaccount's open orders were cancelled).
 * @name EventLiquidationStartedAmino
 * @package settle.liquidation.v1
 * @see proto type: settle.liquidation.v1.EventLiquidationStarted
 */
export interface EventLiquidationStartedAmino {
  owner?: string;
  subaccount?: number;
  /**
   * equity, mm: quote units, decimals.
   */
  equity?: string;
  mm?: string;
  cancelled_orders?: number;
}
export interface EventLiquidationStartedAminoMsg {
  type: "/settle.liquidation.v1.EventLiquidationStarted";
  value: EventLiquidationStartedAmino;
}
/** EventLiquidation: one liquidation step (the LiquidationRecord it stored). */
export interface EventLiquidation {
  id: bigint;
  /** kind: "auction", "adl", "cover" or "bad_debt". */
  kind: string;
  owner: string;
  subaccount: number;
  counterpartyOwner: string;
  counterpartySubaccount: number;
  instrumentId: string;
  size: bigint;
  price: bigint;
  amount: string;
}
export interface EventLiquidationProtoMsg {
  typeUrl: "/settle.liquidation.v1.EventLiquidation";
  value: Uint8Array;
}
/**
 * EventLiquidation: one liquidation step (the LiquidationRecord it stored).
 * @name EventLiquidationAmino
 * @package settle.liquidation.v1
 * @see proto type: settle.liquidation.v1.EventLiquidation
 */
export interface EventLiquidationAmino {
  id?: string;
  /**
   * kind: "auction", "adl", "cover" or "bad_debt".
   */
  kind?: string;
  owner?: string;
  subaccount?: number;
  counterparty_owner?: string;
  counterparty_subaccount?: number;
  instrument_id?: string;
  size?: string;
  price?: string;
  amount?: string;
}
export interface EventLiquidationAminoMsg {
  type: "/settle.liquidation.v1.EventLiquidation";
  value: EventLiquidationAmino;
}
/**
 * EventAuctionEnded: reason "healthy" (neither liquidatable nor negative any more) or "covered" (the fund
 * covered the deficit left after the positions were gone).
 */
export interface EventAuctionEnded {
  owner: string;
  subaccount: number;
  reason: string;
}
export interface EventAuctionEndedProtoMsg {
  typeUrl: "/settle.liquidation.v1.EventAuctionEnded";
  value: Uint8Array;
}
/**
 * EventAuctionEnded: reason "healthy" (neither liquidatable nor negative any more) or "covered" (the fund
 * covered the deficit left after the positions were gone).
 * @name EventAuctionEndedAmino
 * @package settle.liquidation.v1
 * @see proto type: settle.liquidation.v1.EventAuctionEnded
 */
export interface EventAuctionEndedAmino {
  owner?: string;
  subaccount?: number;
  reason?: string;
}
export interface EventAuctionEndedAminoMsg {
  type: "/settle.liquidation.v1.EventAuctionEnded";
  value: EventAuctionEndedAmino;
}
/** EventLiquidationsPaused: subaccounts holding a market (or collateral denom) whose price is stale were not judged this block. */
export interface EventLiquidationsPaused {
  market: string;
  subaccounts: number;
  reason: string;
}
export interface EventLiquidationsPausedProtoMsg {
  typeUrl: "/settle.liquidation.v1.EventLiquidationsPaused";
  value: Uint8Array;
}
/**
 * EventLiquidationsPaused: subaccounts holding a market (or collateral denom) whose price is stale were not judged this block.
 * @name EventLiquidationsPausedAmino
 * @package settle.liquidation.v1
 * @see proto type: settle.liquidation.v1.EventLiquidationsPaused
 */
export interface EventLiquidationsPausedAmino {
  market?: string;
  subaccounts?: number;
  reason?: string;
}
export interface EventLiquidationsPausedAminoMsg {
  type: "/settle.liquidation.v1.EventLiquidationsPaused";
  value: EventLiquidationsPausedAmino;
}
/** EventInsuranceFunded: MsgFundInsurance. */
export interface EventInsuranceFunded {
  sender: string;
  amount: string;
}
export interface EventInsuranceFundedProtoMsg {
  typeUrl: "/settle.liquidation.v1.EventInsuranceFunded";
  value: Uint8Array;
}
/**
 * EventInsuranceFunded: MsgFundInsurance.
 * @name EventInsuranceFundedAmino
 * @package settle.liquidation.v1
 * @see proto type: settle.liquidation.v1.EventInsuranceFunded
 */
export interface EventInsuranceFundedAmino {
  sender?: string;
  amount?: string;
}
export interface EventInsuranceFundedAminoMsg {
  type: "/settle.liquidation.v1.EventInsuranceFunded";
  value: EventInsuranceFundedAmino;
}
function createBaseEventLiquidationStarted(): EventLiquidationStarted {
  return {
    owner: "",
    subaccount: 0,
    equity: "",
    mm: "",
    cancelledOrders: 0
  };
}
export const EventLiquidationStarted = {
  typeUrl: "/settle.liquidation.v1.EventLiquidationStarted",
  encode(message: EventLiquidationStarted, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(16).uint32(message.subaccount);
    }
    if (message.equity !== "") {
      writer.uint32(26).string(message.equity);
    }
    if (message.mm !== "") {
      writer.uint32(34).string(message.mm);
    }
    if (message.cancelledOrders !== 0) {
      writer.uint32(40).uint32(message.cancelledOrders);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventLiquidationStarted {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventLiquidationStarted();
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
          message.equity = reader.string();
          break;
        case 4:
          message.mm = reader.string();
          break;
        case 5:
          message.cancelledOrders = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventLiquidationStarted {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      equity: isSet(object.equity) ? String(object.equity) : "",
      mm: isSet(object.mm) ? String(object.mm) : "",
      cancelledOrders: isSet(object.cancelledOrders) ? Number(object.cancelledOrders) : 0
    };
  },
  toJSON(message: EventLiquidationStarted): JsonSafe<EventLiquidationStarted> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    message.equity !== undefined && (obj.equity = message.equity);
    message.mm !== undefined && (obj.mm = message.mm);
    message.cancelledOrders !== undefined && (obj.cancelledOrders = Math.round(message.cancelledOrders));
    return obj;
  },
  fromPartial(object: DeepPartial<EventLiquidationStarted>): EventLiquidationStarted {
    const message = createBaseEventLiquidationStarted();
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.equity = object.equity ?? "";
    message.mm = object.mm ?? "";
    message.cancelledOrders = object.cancelledOrders ?? 0;
    return message;
  },
  fromAmino(object: EventLiquidationStartedAmino): EventLiquidationStarted {
    const message = createBaseEventLiquidationStarted();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    if (object.equity !== undefined && object.equity !== null) {
      message.equity = object.equity;
    }
    if (object.mm !== undefined && object.mm !== null) {
      message.mm = object.mm;
    }
    if (object.cancelled_orders !== undefined && object.cancelled_orders !== null) {
      message.cancelledOrders = object.cancelled_orders;
    }
    return message;
  },
  toAmino(message: EventLiquidationStarted): EventLiquidationStartedAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    obj.equity = message.equity === "" ? undefined : message.equity;
    obj.mm = message.mm === "" ? undefined : message.mm;
    obj.cancelled_orders = message.cancelledOrders === 0 ? undefined : message.cancelledOrders;
    return obj;
  },
  fromAminoMsg(object: EventLiquidationStartedAminoMsg): EventLiquidationStarted {
    return EventLiquidationStarted.fromAmino(object.value);
  },
  fromProtoMsg(message: EventLiquidationStartedProtoMsg): EventLiquidationStarted {
    return EventLiquidationStarted.decode(message.value);
  },
  toProto(message: EventLiquidationStarted): Uint8Array {
    return EventLiquidationStarted.encode(message).finish();
  },
  toProtoMsg(message: EventLiquidationStarted): EventLiquidationStartedProtoMsg {
    return {
      typeUrl: "/settle.liquidation.v1.EventLiquidationStarted",
      value: EventLiquidationStarted.encode(message).finish()
    };
  }
};
function createBaseEventLiquidation(): EventLiquidation {
  return {
    id: BigInt(0),
    kind: "",
    owner: "",
    subaccount: 0,
    counterpartyOwner: "",
    counterpartySubaccount: 0,
    instrumentId: "",
    size: BigInt(0),
    price: BigInt(0),
    amount: ""
  };
}
export const EventLiquidation = {
  typeUrl: "/settle.liquidation.v1.EventLiquidation",
  encode(message: EventLiquidation, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
    }
    if (message.kind !== "") {
      writer.uint32(18).string(message.kind);
    }
    if (message.owner !== "") {
      writer.uint32(26).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(32).uint32(message.subaccount);
    }
    if (message.counterpartyOwner !== "") {
      writer.uint32(42).string(message.counterpartyOwner);
    }
    if (message.counterpartySubaccount !== 0) {
      writer.uint32(48).uint32(message.counterpartySubaccount);
    }
    if (message.instrumentId !== "") {
      writer.uint32(58).string(message.instrumentId);
    }
    if (message.size !== BigInt(0)) {
      writer.uint32(64).int64(message.size);
    }
    if (message.price !== BigInt(0)) {
      writer.uint32(72).int64(message.price);
    }
    if (message.amount !== "") {
      writer.uint32(82).string(message.amount);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventLiquidation {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventLiquidation();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.id = reader.uint64();
          break;
        case 2:
          message.kind = reader.string();
          break;
        case 3:
          message.owner = reader.string();
          break;
        case 4:
          message.subaccount = reader.uint32();
          break;
        case 5:
          message.counterpartyOwner = reader.string();
          break;
        case 6:
          message.counterpartySubaccount = reader.uint32();
          break;
        case 7:
          message.instrumentId = reader.string();
          break;
        case 8:
          message.size = reader.int64();
          break;
        case 9:
          message.price = reader.int64();
          break;
        case 10:
          message.amount = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventLiquidation {
    return {
      id: isSet(object.id) ? BigInt(object.id.toString()) : BigInt(0),
      kind: isSet(object.kind) ? String(object.kind) : "",
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      counterpartyOwner: isSet(object.counterpartyOwner) ? String(object.counterpartyOwner) : "",
      counterpartySubaccount: isSet(object.counterpartySubaccount) ? Number(object.counterpartySubaccount) : 0,
      instrumentId: isSet(object.instrumentId) ? String(object.instrumentId) : "",
      size: isSet(object.size) ? BigInt(object.size.toString()) : BigInt(0),
      price: isSet(object.price) ? BigInt(object.price.toString()) : BigInt(0),
      amount: isSet(object.amount) ? String(object.amount) : ""
    };
  },
  toJSON(message: EventLiquidation): JsonSafe<EventLiquidation> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    message.kind !== undefined && (obj.kind = message.kind);
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    message.counterpartyOwner !== undefined && (obj.counterpartyOwner = message.counterpartyOwner);
    message.counterpartySubaccount !== undefined && (obj.counterpartySubaccount = Math.round(message.counterpartySubaccount));
    message.instrumentId !== undefined && (obj.instrumentId = message.instrumentId);
    message.size !== undefined && (obj.size = (message.size || BigInt(0)).toString());
    message.price !== undefined && (obj.price = (message.price || BigInt(0)).toString());
    message.amount !== undefined && (obj.amount = message.amount);
    return obj;
  },
  fromPartial(object: DeepPartial<EventLiquidation>): EventLiquidation {
    const message = createBaseEventLiquidation();
    message.id = object.id !== undefined && object.id !== null ? BigInt(object.id.toString()) : BigInt(0);
    message.kind = object.kind ?? "";
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.counterpartyOwner = object.counterpartyOwner ?? "";
    message.counterpartySubaccount = object.counterpartySubaccount ?? 0;
    message.instrumentId = object.instrumentId ?? "";
    message.size = object.size !== undefined && object.size !== null ? BigInt(object.size.toString()) : BigInt(0);
    message.price = object.price !== undefined && object.price !== null ? BigInt(object.price.toString()) : BigInt(0);
    message.amount = object.amount ?? "";
    return message;
  },
  fromAmino(object: EventLiquidationAmino): EventLiquidation {
    const message = createBaseEventLiquidation();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id);
    }
    if (object.kind !== undefined && object.kind !== null) {
      message.kind = object.kind;
    }
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    if (object.counterparty_owner !== undefined && object.counterparty_owner !== null) {
      message.counterpartyOwner = object.counterparty_owner;
    }
    if (object.counterparty_subaccount !== undefined && object.counterparty_subaccount !== null) {
      message.counterpartySubaccount = object.counterparty_subaccount;
    }
    if (object.instrument_id !== undefined && object.instrument_id !== null) {
      message.instrumentId = object.instrument_id;
    }
    if (object.size !== undefined && object.size !== null) {
      message.size = BigInt(object.size);
    }
    if (object.price !== undefined && object.price !== null) {
      message.price = BigInt(object.price);
    }
    if (object.amount !== undefined && object.amount !== null) {
      message.amount = object.amount;
    }
    return message;
  },
  toAmino(message: EventLiquidation): EventLiquidationAmino {
    const obj: any = {};
    obj.id = message.id !== BigInt(0) ? message.id?.toString() : undefined;
    obj.kind = message.kind === "" ? undefined : message.kind;
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    obj.counterparty_owner = message.counterpartyOwner === "" ? undefined : message.counterpartyOwner;
    obj.counterparty_subaccount = message.counterpartySubaccount === 0 ? undefined : message.counterpartySubaccount;
    obj.instrument_id = message.instrumentId === "" ? undefined : message.instrumentId;
    obj.size = message.size !== BigInt(0) ? message.size?.toString() : undefined;
    obj.price = message.price !== BigInt(0) ? message.price?.toString() : undefined;
    obj.amount = message.amount === "" ? undefined : message.amount;
    return obj;
  },
  fromAminoMsg(object: EventLiquidationAminoMsg): EventLiquidation {
    return EventLiquidation.fromAmino(object.value);
  },
  fromProtoMsg(message: EventLiquidationProtoMsg): EventLiquidation {
    return EventLiquidation.decode(message.value);
  },
  toProto(message: EventLiquidation): Uint8Array {
    return EventLiquidation.encode(message).finish();
  },
  toProtoMsg(message: EventLiquidation): EventLiquidationProtoMsg {
    return {
      typeUrl: "/settle.liquidation.v1.EventLiquidation",
      value: EventLiquidation.encode(message).finish()
    };
  }
};
function createBaseEventAuctionEnded(): EventAuctionEnded {
  return {
    owner: "",
    subaccount: 0,
    reason: ""
  };
}
export const EventAuctionEnded = {
  typeUrl: "/settle.liquidation.v1.EventAuctionEnded",
  encode(message: EventAuctionEnded, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(16).uint32(message.subaccount);
    }
    if (message.reason !== "") {
      writer.uint32(26).string(message.reason);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventAuctionEnded {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventAuctionEnded();
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
          message.reason = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventAuctionEnded {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      reason: isSet(object.reason) ? String(object.reason) : ""
    };
  },
  toJSON(message: EventAuctionEnded): JsonSafe<EventAuctionEnded> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    message.reason !== undefined && (obj.reason = message.reason);
    return obj;
  },
  fromPartial(object: DeepPartial<EventAuctionEnded>): EventAuctionEnded {
    const message = createBaseEventAuctionEnded();
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.reason = object.reason ?? "";
    return message;
  },
  fromAmino(object: EventAuctionEndedAmino): EventAuctionEnded {
    const message = createBaseEventAuctionEnded();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    if (object.reason !== undefined && object.reason !== null) {
      message.reason = object.reason;
    }
    return message;
  },
  toAmino(message: EventAuctionEnded): EventAuctionEndedAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    obj.reason = message.reason === "" ? undefined : message.reason;
    return obj;
  },
  fromAminoMsg(object: EventAuctionEndedAminoMsg): EventAuctionEnded {
    return EventAuctionEnded.fromAmino(object.value);
  },
  fromProtoMsg(message: EventAuctionEndedProtoMsg): EventAuctionEnded {
    return EventAuctionEnded.decode(message.value);
  },
  toProto(message: EventAuctionEnded): Uint8Array {
    return EventAuctionEnded.encode(message).finish();
  },
  toProtoMsg(message: EventAuctionEnded): EventAuctionEndedProtoMsg {
    return {
      typeUrl: "/settle.liquidation.v1.EventAuctionEnded",
      value: EventAuctionEnded.encode(message).finish()
    };
  }
};
function createBaseEventLiquidationsPaused(): EventLiquidationsPaused {
  return {
    market: "",
    subaccounts: 0,
    reason: ""
  };
}
export const EventLiquidationsPaused = {
  typeUrl: "/settle.liquidation.v1.EventLiquidationsPaused",
  encode(message: EventLiquidationsPaused, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.market !== "") {
      writer.uint32(10).string(message.market);
    }
    if (message.subaccounts !== 0) {
      writer.uint32(16).uint32(message.subaccounts);
    }
    if (message.reason !== "") {
      writer.uint32(26).string(message.reason);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventLiquidationsPaused {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventLiquidationsPaused();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.market = reader.string();
          break;
        case 2:
          message.subaccounts = reader.uint32();
          break;
        case 3:
          message.reason = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventLiquidationsPaused {
    return {
      market: isSet(object.market) ? String(object.market) : "",
      subaccounts: isSet(object.subaccounts) ? Number(object.subaccounts) : 0,
      reason: isSet(object.reason) ? String(object.reason) : ""
    };
  },
  toJSON(message: EventLiquidationsPaused): JsonSafe<EventLiquidationsPaused> {
    const obj: any = {};
    message.market !== undefined && (obj.market = message.market);
    message.subaccounts !== undefined && (obj.subaccounts = Math.round(message.subaccounts));
    message.reason !== undefined && (obj.reason = message.reason);
    return obj;
  },
  fromPartial(object: DeepPartial<EventLiquidationsPaused>): EventLiquidationsPaused {
    const message = createBaseEventLiquidationsPaused();
    message.market = object.market ?? "";
    message.subaccounts = object.subaccounts ?? 0;
    message.reason = object.reason ?? "";
    return message;
  },
  fromAmino(object: EventLiquidationsPausedAmino): EventLiquidationsPaused {
    const message = createBaseEventLiquidationsPaused();
    if (object.market !== undefined && object.market !== null) {
      message.market = object.market;
    }
    if (object.subaccounts !== undefined && object.subaccounts !== null) {
      message.subaccounts = object.subaccounts;
    }
    if (object.reason !== undefined && object.reason !== null) {
      message.reason = object.reason;
    }
    return message;
  },
  toAmino(message: EventLiquidationsPaused): EventLiquidationsPausedAmino {
    const obj: any = {};
    obj.market = message.market === "" ? undefined : message.market;
    obj.subaccounts = message.subaccounts === 0 ? undefined : message.subaccounts;
    obj.reason = message.reason === "" ? undefined : message.reason;
    return obj;
  },
  fromAminoMsg(object: EventLiquidationsPausedAminoMsg): EventLiquidationsPaused {
    return EventLiquidationsPaused.fromAmino(object.value);
  },
  fromProtoMsg(message: EventLiquidationsPausedProtoMsg): EventLiquidationsPaused {
    return EventLiquidationsPaused.decode(message.value);
  },
  toProto(message: EventLiquidationsPaused): Uint8Array {
    return EventLiquidationsPaused.encode(message).finish();
  },
  toProtoMsg(message: EventLiquidationsPaused): EventLiquidationsPausedProtoMsg {
    return {
      typeUrl: "/settle.liquidation.v1.EventLiquidationsPaused",
      value: EventLiquidationsPaused.encode(message).finish()
    };
  }
};
function createBaseEventInsuranceFunded(): EventInsuranceFunded {
  return {
    sender: "",
    amount: ""
  };
}
export const EventInsuranceFunded = {
  typeUrl: "/settle.liquidation.v1.EventInsuranceFunded",
  encode(message: EventInsuranceFunded, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.sender !== "") {
      writer.uint32(10).string(message.sender);
    }
    if (message.amount !== "") {
      writer.uint32(18).string(message.amount);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventInsuranceFunded {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventInsuranceFunded();
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
  fromJSON(object: any): EventInsuranceFunded {
    return {
      sender: isSet(object.sender) ? String(object.sender) : "",
      amount: isSet(object.amount) ? String(object.amount) : ""
    };
  },
  toJSON(message: EventInsuranceFunded): JsonSafe<EventInsuranceFunded> {
    const obj: any = {};
    message.sender !== undefined && (obj.sender = message.sender);
    message.amount !== undefined && (obj.amount = message.amount);
    return obj;
  },
  fromPartial(object: DeepPartial<EventInsuranceFunded>): EventInsuranceFunded {
    const message = createBaseEventInsuranceFunded();
    message.sender = object.sender ?? "";
    message.amount = object.amount ?? "";
    return message;
  },
  fromAmino(object: EventInsuranceFundedAmino): EventInsuranceFunded {
    const message = createBaseEventInsuranceFunded();
    if (object.sender !== undefined && object.sender !== null) {
      message.sender = object.sender;
    }
    if (object.amount !== undefined && object.amount !== null) {
      message.amount = object.amount;
    }
    return message;
  },
  toAmino(message: EventInsuranceFunded): EventInsuranceFundedAmino {
    const obj: any = {};
    obj.sender = message.sender === "" ? undefined : message.sender;
    obj.amount = message.amount === "" ? undefined : message.amount;
    return obj;
  },
  fromAminoMsg(object: EventInsuranceFundedAminoMsg): EventInsuranceFunded {
    return EventInsuranceFunded.fromAmino(object.value);
  },
  fromProtoMsg(message: EventInsuranceFundedProtoMsg): EventInsuranceFunded {
    return EventInsuranceFunded.decode(message.value);
  },
  toProto(message: EventInsuranceFunded): Uint8Array {
    return EventInsuranceFunded.encode(message).finish();
  },
  toProtoMsg(message: EventInsuranceFunded): EventInsuranceFundedProtoMsg {
    return {
      typeUrl: "/settle.liquidation.v1.EventInsuranceFunded",
      value: EventInsuranceFunded.encode(message).finish()
    };
  }
};