/* eslint-disable */
import { BinaryReader, BinaryWriter } from "../../../binary";
import { isSet, DeepPartial } from "../../../helpers";
import { JsonSafe } from "../../../json-safe";
/** EventPriceUpdated: a market's price was set from this block's reports. */
export interface EventPriceUpdated {
  market: string;
  price: string;
  power: bigint;
  totalPower: bigint;
  reporters: number;
}
export interface EventPriceUpdatedProtoMsg {
  typeUrl: "/settle.oracle.v1.EventPriceUpdated";
  value: Uint8Array;
}
/**
 * EventPriceUpdated: a market's price was set from this block's reports.
 * @name EventPriceUpdatedAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.EventPriceUpdated
 */
export interface EventPriceUpdatedAmino {
  market?: string;
  price?: string;
  power?: string;
  total_power?: string;
  reporters?: number;
}
export interface EventPriceUpdatedAminoMsg {
  type: "/settle.oracle.v1.EventPriceUpdated";
  value: EventPriceUpdatedAmino;
}
/** EventPriceNotUpdated: too little power reported a market; its old price stays and ages. */
export interface EventPriceNotUpdated {
  market: string;
  power: bigint;
  requiredPower: bigint;
}
export interface EventPriceNotUpdatedProtoMsg {
  typeUrl: "/settle.oracle.v1.EventPriceNotUpdated";
  value: Uint8Array;
}
/**
 * EventPriceNotUpdated: too little power reported a market; its old price stays and ages.
 * @name EventPriceNotUpdatedAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.EventPriceNotUpdated
 */
export interface EventPriceNotUpdatedAmino {
  market?: string;
  power?: string;
  required_power?: string;
}
export interface EventPriceNotUpdatedAminoMsg {
  type: "/settle.oracle.v1.EventPriceNotUpdated";
  value: EventPriceNotUpdatedAmino;
}
/** EventSurfaceUpdated: an underlying's vol surface was set from this block's reports. */
export interface EventSurfaceUpdated {
  market: string;
  slices: number;
  power: bigint;
}
export interface EventSurfaceUpdatedProtoMsg {
  typeUrl: "/settle.oracle.v1.EventSurfaceUpdated";
  value: Uint8Array;
}
/**
 * EventSurfaceUpdated: an underlying's vol surface was set from this block's reports.
 * @name EventSurfaceUpdatedAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.EventSurfaceUpdated
 */
export interface EventSurfaceUpdatedAmino {
  market?: string;
  slices?: number;
  power?: string;
}
export interface EventSurfaceUpdatedAminoMsg {
  type: "/settle.oracle.v1.EventSurfaceUpdated";
  value: EventSurfaceUpdatedAmino;
}
/** EventMarketCreated: a market was created (genesis or MsgCreateMarket). */
export interface EventMarketCreated {
  market: string;
  index: number;
  decimals: number;
}
export interface EventMarketCreatedProtoMsg {
  typeUrl: "/settle.oracle.v1.EventMarketCreated";
  value: Uint8Array;
}
/**
 * EventMarketCreated: a market was created (genesis or MsgCreateMarket).
 * @name EventMarketCreatedAmino
 * @package settle.oracle.v1
 * @see proto type: settle.oracle.v1.EventMarketCreated
 */
export interface EventMarketCreatedAmino {
  market?: string;
  index?: number;
  decimals?: number;
}
export interface EventMarketCreatedAminoMsg {
  type: "/settle.oracle.v1.EventMarketCreated";
  value: EventMarketCreatedAmino;
}
function createBaseEventPriceUpdated(): EventPriceUpdated {
  return {
    market: "",
    price: "",
    power: BigInt(0),
    totalPower: BigInt(0),
    reporters: 0
  };
}
export const EventPriceUpdated = {
  typeUrl: "/settle.oracle.v1.EventPriceUpdated",
  encode(message: EventPriceUpdated, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.market !== "") {
      writer.uint32(10).string(message.market);
    }
    if (message.price !== "") {
      writer.uint32(18).string(message.price);
    }
    if (message.power !== BigInt(0)) {
      writer.uint32(24).int64(message.power);
    }
    if (message.totalPower !== BigInt(0)) {
      writer.uint32(32).int64(message.totalPower);
    }
    if (message.reporters !== 0) {
      writer.uint32(40).uint32(message.reporters);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventPriceUpdated {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventPriceUpdated();
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
          message.power = reader.int64();
          break;
        case 4:
          message.totalPower = reader.int64();
          break;
        case 5:
          message.reporters = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventPriceUpdated {
    return {
      market: isSet(object.market) ? String(object.market) : "",
      price: isSet(object.price) ? String(object.price) : "",
      power: isSet(object.power) ? BigInt(object.power.toString()) : BigInt(0),
      totalPower: isSet(object.totalPower) ? BigInt(object.totalPower.toString()) : BigInt(0),
      reporters: isSet(object.reporters) ? Number(object.reporters) : 0
    };
  },
  toJSON(message: EventPriceUpdated): JsonSafe<EventPriceUpdated> {
    const obj: any = {};
    message.market !== undefined && (obj.market = message.market);
    message.price !== undefined && (obj.price = message.price);
    message.power !== undefined && (obj.power = (message.power || BigInt(0)).toString());
    message.totalPower !== undefined && (obj.totalPower = (message.totalPower || BigInt(0)).toString());
    message.reporters !== undefined && (obj.reporters = Math.round(message.reporters));
    return obj;
  },
  fromPartial(object: DeepPartial<EventPriceUpdated>): EventPriceUpdated {
    const message = createBaseEventPriceUpdated();
    message.market = object.market ?? "";
    message.price = object.price ?? "";
    message.power = object.power !== undefined && object.power !== null ? BigInt(object.power.toString()) : BigInt(0);
    message.totalPower = object.totalPower !== undefined && object.totalPower !== null ? BigInt(object.totalPower.toString()) : BigInt(0);
    message.reporters = object.reporters ?? 0;
    return message;
  },
  fromAmino(object: EventPriceUpdatedAmino): EventPriceUpdated {
    const message = createBaseEventPriceUpdated();
    if (object.market !== undefined && object.market !== null) {
      message.market = object.market;
    }
    if (object.price !== undefined && object.price !== null) {
      message.price = object.price;
    }
    if (object.power !== undefined && object.power !== null) {
      message.power = BigInt(object.power);
    }
    if (object.total_power !== undefined && object.total_power !== null) {
      message.totalPower = BigInt(object.total_power);
    }
    if (object.reporters !== undefined && object.reporters !== null) {
      message.reporters = object.reporters;
    }
    return message;
  },
  toAmino(message: EventPriceUpdated): EventPriceUpdatedAmino {
    const obj: any = {};
    obj.market = message.market === "" ? undefined : message.market;
    obj.price = message.price === "" ? undefined : message.price;
    obj.power = message.power !== BigInt(0) ? message.power?.toString() : undefined;
    obj.total_power = message.totalPower !== BigInt(0) ? message.totalPower?.toString() : undefined;
    obj.reporters = message.reporters === 0 ? undefined : message.reporters;
    return obj;
  },
  fromAminoMsg(object: EventPriceUpdatedAminoMsg): EventPriceUpdated {
    return EventPriceUpdated.fromAmino(object.value);
  },
  fromProtoMsg(message: EventPriceUpdatedProtoMsg): EventPriceUpdated {
    return EventPriceUpdated.decode(message.value);
  },
  toProto(message: EventPriceUpdated): Uint8Array {
    return EventPriceUpdated.encode(message).finish();
  },
  toProtoMsg(message: EventPriceUpdated): EventPriceUpdatedProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.EventPriceUpdated",
      value: EventPriceUpdated.encode(message).finish()
    };
  }
};
function createBaseEventPriceNotUpdated(): EventPriceNotUpdated {
  return {
    market: "",
    power: BigInt(0),
    requiredPower: BigInt(0)
  };
}
export const EventPriceNotUpdated = {
  typeUrl: "/settle.oracle.v1.EventPriceNotUpdated",
  encode(message: EventPriceNotUpdated, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.market !== "") {
      writer.uint32(10).string(message.market);
    }
    if (message.power !== BigInt(0)) {
      writer.uint32(16).int64(message.power);
    }
    if (message.requiredPower !== BigInt(0)) {
      writer.uint32(24).int64(message.requiredPower);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventPriceNotUpdated {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventPriceNotUpdated();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.market = reader.string();
          break;
        case 2:
          message.power = reader.int64();
          break;
        case 3:
          message.requiredPower = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventPriceNotUpdated {
    return {
      market: isSet(object.market) ? String(object.market) : "",
      power: isSet(object.power) ? BigInt(object.power.toString()) : BigInt(0),
      requiredPower: isSet(object.requiredPower) ? BigInt(object.requiredPower.toString()) : BigInt(0)
    };
  },
  toJSON(message: EventPriceNotUpdated): JsonSafe<EventPriceNotUpdated> {
    const obj: any = {};
    message.market !== undefined && (obj.market = message.market);
    message.power !== undefined && (obj.power = (message.power || BigInt(0)).toString());
    message.requiredPower !== undefined && (obj.requiredPower = (message.requiredPower || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<EventPriceNotUpdated>): EventPriceNotUpdated {
    const message = createBaseEventPriceNotUpdated();
    message.market = object.market ?? "";
    message.power = object.power !== undefined && object.power !== null ? BigInt(object.power.toString()) : BigInt(0);
    message.requiredPower = object.requiredPower !== undefined && object.requiredPower !== null ? BigInt(object.requiredPower.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: EventPriceNotUpdatedAmino): EventPriceNotUpdated {
    const message = createBaseEventPriceNotUpdated();
    if (object.market !== undefined && object.market !== null) {
      message.market = object.market;
    }
    if (object.power !== undefined && object.power !== null) {
      message.power = BigInt(object.power);
    }
    if (object.required_power !== undefined && object.required_power !== null) {
      message.requiredPower = BigInt(object.required_power);
    }
    return message;
  },
  toAmino(message: EventPriceNotUpdated): EventPriceNotUpdatedAmino {
    const obj: any = {};
    obj.market = message.market === "" ? undefined : message.market;
    obj.power = message.power !== BigInt(0) ? message.power?.toString() : undefined;
    obj.required_power = message.requiredPower !== BigInt(0) ? message.requiredPower?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: EventPriceNotUpdatedAminoMsg): EventPriceNotUpdated {
    return EventPriceNotUpdated.fromAmino(object.value);
  },
  fromProtoMsg(message: EventPriceNotUpdatedProtoMsg): EventPriceNotUpdated {
    return EventPriceNotUpdated.decode(message.value);
  },
  toProto(message: EventPriceNotUpdated): Uint8Array {
    return EventPriceNotUpdated.encode(message).finish();
  },
  toProtoMsg(message: EventPriceNotUpdated): EventPriceNotUpdatedProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.EventPriceNotUpdated",
      value: EventPriceNotUpdated.encode(message).finish()
    };
  }
};
function createBaseEventSurfaceUpdated(): EventSurfaceUpdated {
  return {
    market: "",
    slices: 0,
    power: BigInt(0)
  };
}
export const EventSurfaceUpdated = {
  typeUrl: "/settle.oracle.v1.EventSurfaceUpdated",
  encode(message: EventSurfaceUpdated, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.market !== "") {
      writer.uint32(10).string(message.market);
    }
    if (message.slices !== 0) {
      writer.uint32(16).uint32(message.slices);
    }
    if (message.power !== BigInt(0)) {
      writer.uint32(24).int64(message.power);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventSurfaceUpdated {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventSurfaceUpdated();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.market = reader.string();
          break;
        case 2:
          message.slices = reader.uint32();
          break;
        case 3:
          message.power = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventSurfaceUpdated {
    return {
      market: isSet(object.market) ? String(object.market) : "",
      slices: isSet(object.slices) ? Number(object.slices) : 0,
      power: isSet(object.power) ? BigInt(object.power.toString()) : BigInt(0)
    };
  },
  toJSON(message: EventSurfaceUpdated): JsonSafe<EventSurfaceUpdated> {
    const obj: any = {};
    message.market !== undefined && (obj.market = message.market);
    message.slices !== undefined && (obj.slices = Math.round(message.slices));
    message.power !== undefined && (obj.power = (message.power || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<EventSurfaceUpdated>): EventSurfaceUpdated {
    const message = createBaseEventSurfaceUpdated();
    message.market = object.market ?? "";
    message.slices = object.slices ?? 0;
    message.power = object.power !== undefined && object.power !== null ? BigInt(object.power.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: EventSurfaceUpdatedAmino): EventSurfaceUpdated {
    const message = createBaseEventSurfaceUpdated();
    if (object.market !== undefined && object.market !== null) {
      message.market = object.market;
    }
    if (object.slices !== undefined && object.slices !== null) {
      message.slices = object.slices;
    }
    if (object.power !== undefined && object.power !== null) {
      message.power = BigInt(object.power);
    }
    return message;
  },
  toAmino(message: EventSurfaceUpdated): EventSurfaceUpdatedAmino {
    const obj: any = {};
    obj.market = message.market === "" ? undefined : message.market;
    obj.slices = message.slices === 0 ? undefined : message.slices;
    obj.power = message.power !== BigInt(0) ? message.power?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: EventSurfaceUpdatedAminoMsg): EventSurfaceUpdated {
    return EventSurfaceUpdated.fromAmino(object.value);
  },
  fromProtoMsg(message: EventSurfaceUpdatedProtoMsg): EventSurfaceUpdated {
    return EventSurfaceUpdated.decode(message.value);
  },
  toProto(message: EventSurfaceUpdated): Uint8Array {
    return EventSurfaceUpdated.encode(message).finish();
  },
  toProtoMsg(message: EventSurfaceUpdated): EventSurfaceUpdatedProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.EventSurfaceUpdated",
      value: EventSurfaceUpdated.encode(message).finish()
    };
  }
};
function createBaseEventMarketCreated(): EventMarketCreated {
  return {
    market: "",
    index: 0,
    decimals: 0
  };
}
export const EventMarketCreated = {
  typeUrl: "/settle.oracle.v1.EventMarketCreated",
  encode(message: EventMarketCreated, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.market !== "") {
      writer.uint32(10).string(message.market);
    }
    if (message.index !== 0) {
      writer.uint32(16).uint32(message.index);
    }
    if (message.decimals !== 0) {
      writer.uint32(24).uint32(message.decimals);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventMarketCreated {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventMarketCreated();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.market = reader.string();
          break;
        case 2:
          message.index = reader.uint32();
          break;
        case 3:
          message.decimals = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventMarketCreated {
    return {
      market: isSet(object.market) ? String(object.market) : "",
      index: isSet(object.index) ? Number(object.index) : 0,
      decimals: isSet(object.decimals) ? Number(object.decimals) : 0
    };
  },
  toJSON(message: EventMarketCreated): JsonSafe<EventMarketCreated> {
    const obj: any = {};
    message.market !== undefined && (obj.market = message.market);
    message.index !== undefined && (obj.index = Math.round(message.index));
    message.decimals !== undefined && (obj.decimals = Math.round(message.decimals));
    return obj;
  },
  fromPartial(object: DeepPartial<EventMarketCreated>): EventMarketCreated {
    const message = createBaseEventMarketCreated();
    message.market = object.market ?? "";
    message.index = object.index ?? 0;
    message.decimals = object.decimals ?? 0;
    return message;
  },
  fromAmino(object: EventMarketCreatedAmino): EventMarketCreated {
    const message = createBaseEventMarketCreated();
    if (object.market !== undefined && object.market !== null) {
      message.market = object.market;
    }
    if (object.index !== undefined && object.index !== null) {
      message.index = object.index;
    }
    if (object.decimals !== undefined && object.decimals !== null) {
      message.decimals = object.decimals;
    }
    return message;
  },
  toAmino(message: EventMarketCreated): EventMarketCreatedAmino {
    const obj: any = {};
    obj.market = message.market === "" ? undefined : message.market;
    obj.index = message.index === 0 ? undefined : message.index;
    obj.decimals = message.decimals === 0 ? undefined : message.decimals;
    return obj;
  },
  fromAminoMsg(object: EventMarketCreatedAminoMsg): EventMarketCreated {
    return EventMarketCreated.fromAmino(object.value);
  },
  fromProtoMsg(message: EventMarketCreatedProtoMsg): EventMarketCreated {
    return EventMarketCreated.decode(message.value);
  },
  toProto(message: EventMarketCreated): Uint8Array {
    return EventMarketCreated.encode(message).finish();
  },
  toProtoMsg(message: EventMarketCreated): EventMarketCreatedProtoMsg {
    return {
      typeUrl: "/settle.oracle.v1.EventMarketCreated",
      value: EventMarketCreated.encode(message).finish()
    };
  }
};