/* eslint-disable */
import { Instrument, InstrumentAmino, Order, OrderAmino, Side, Rfq, RfqAmino, Quote, QuoteAmino, sideFromJSON, sideToJSON } from "./types";
import { BinaryReader, BinaryWriter } from "../../../binary";
import { isSet, DeepPartial } from "../../../helpers";
import { JsonSafe } from "../../../json-safe";
export interface EventInstrumentListed {
  instrument?: Instrument;
}
export interface EventInstrumentListedProtoMsg {
  typeUrl: "/settle.options.v1.EventInstrumentListed";
  value: Uint8Array;
}
/**
 * @name EventInstrumentListedAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.EventInstrumentListed
 */
export interface EventInstrumentListedAmino {
  instrument?: InstrumentAmino;
}
export interface EventInstrumentListedAminoMsg {
  type: "/settle.options.v1.EventInstrumentListed";
  value: EventInstrumentListedAmino;
}
export interface EventInstrumentExpired {
  instrumentId: string;
}
export interface EventInstrumentExpiredProtoMsg {
  typeUrl: "/settle.options.v1.EventInstrumentExpired";
  value: Uint8Array;
}
/**
 * @name EventInstrumentExpiredAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.EventInstrumentExpired
 */
export interface EventInstrumentExpiredAmino {
  instrument_id?: string;
}
export interface EventInstrumentExpiredAminoMsg {
  type: "/settle.options.v1.EventInstrumentExpired";
  value: EventInstrumentExpiredAmino;
}
export interface EventOrderPlaced {
  order?: Order;
}
export interface EventOrderPlacedProtoMsg {
  typeUrl: "/settle.options.v1.EventOrderPlaced";
  value: Uint8Array;
}
/**
 * @name EventOrderPlacedAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.EventOrderPlaced
 */
export interface EventOrderPlacedAmino {
  order?: OrderAmino;
}
export interface EventOrderPlacedAminoMsg {
  type: "/settle.options.v1.EventOrderPlaced";
  value: EventOrderPlacedAmino;
}
/**
 * EventOrderDone: an order left the book or never rested: reason "filled", "cancelled", "expired",
 * "ioc_remainder", "fok_not_filled", "post_only_would_cross", "self_trade", "insufficient_margin",
 * "reduce_only", "instrument_expired".
 */
export interface EventOrderDone {
  orderId: bigint;
  owner: string;
  subaccount: number;
  clientId: bigint;
  instrumentId: string;
  remaining: bigint;
  reason: string;
}
export interface EventOrderDoneProtoMsg {
  typeUrl: "/settle.options.v1.EventOrderDone";
  value: Uint8Array;
}
/**
 * EventOrderDone: an order left the book or never rested: reason "filled", "cancelled", "expired",
 * "ioc_remainder", "fok_not_filled", "post_only_would_cross", "self_trade", "insufficient_margin",
 * "reduce_only", "instrument_expired".
 * @name EventOrderDoneAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.EventOrderDone
 */
export interface EventOrderDoneAmino {
  order_id?: string;
  owner?: string;
  subaccount?: number;
  client_id?: string;
  instrument_id?: string;
  remaining?: string;
  reason?: string;
}
export interface EventOrderDoneAminoMsg {
  type: "/settle.options.v1.EventOrderDone";
  value: EventOrderDoneAmino;
}
/** EventFill: one match, for indexers: the maker's price, size, both sides and their fees. */
export interface EventFill {
  instrumentId: string;
  makerOrderId: bigint;
  takerOrderId: bigint;
  maker: string;
  makerSubaccount: number;
  taker: string;
  takerSubaccount: number;
  /** taker_side: the taker's side (the maker's is the other). */
  takerSide: Side;
  price: bigint;
  size: bigint;
  makerFee: string;
  takerFee: string;
}
export interface EventFillProtoMsg {
  typeUrl: "/settle.options.v1.EventFill";
  value: Uint8Array;
}
/**
 * EventFill: one match, for indexers: the maker's price, size, both sides and their fees.
 * @name EventFillAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.EventFill
 */
export interface EventFillAmino {
  instrument_id?: string;
  maker_order_id?: string;
  taker_order_id?: string;
  maker?: string;
  maker_subaccount?: number;
  taker?: string;
  taker_subaccount?: number;
  /**
   * taker_side: the taker's side (the maker's is the other).
   */
  taker_side?: Side;
  price?: string;
  size?: string;
  maker_fee?: string;
  taker_fee?: string;
}
export interface EventFillAminoMsg {
  type: "/settle.options.v1.EventFill";
  value: EventFillAmino;
}
/**
 * EventComboDone: a combo filled every leg (status "filled", net_cost the net paid, negative received)
 * or nothing ("not_filled" with reason "liquidity", "limit", "insufficient_margin", "instrument_expired").
 */
export interface EventComboDone {
  comboId: bigint;
  owner: string;
  subaccount: number;
  clientId: bigint;
  status: string;
  reason: string;
  netCost: string;
}
export interface EventComboDoneProtoMsg {
  typeUrl: "/settle.options.v1.EventComboDone";
  value: Uint8Array;
}
/**
 * EventComboDone: a combo filled every leg (status "filled", net_cost the net paid, negative received)
 * or nothing ("not_filled" with reason "liquidity", "limit", "insufficient_margin", "instrument_expired").
 * @name EventComboDoneAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.EventComboDone
 */
export interface EventComboDoneAmino {
  combo_id?: string;
  owner?: string;
  subaccount?: number;
  client_id?: string;
  status?: string;
  reason?: string;
  net_cost?: string;
}
export interface EventComboDoneAminoMsg {
  type: "/settle.options.v1.EventComboDone";
  value: EventComboDoneAmino;
}
/** EventDeadManTriggered: a subaccount's cancel-all-after height came without renewal. */
export interface EventDeadManTriggered {
  owner: string;
  subaccount: number;
  height: bigint;
  cancelled: number;
}
export interface EventDeadManTriggeredProtoMsg {
  typeUrl: "/settle.options.v1.EventDeadManTriggered";
  value: Uint8Array;
}
/**
 * EventDeadManTriggered: a subaccount's cancel-all-after height came without renewal.
 * @name EventDeadManTriggeredAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.EventDeadManTriggered
 */
export interface EventDeadManTriggeredAmino {
  owner?: string;
  subaccount?: number;
  height?: string;
  cancelled?: number;
}
export interface EventDeadManTriggeredAminoMsg {
  type: "/settle.options.v1.EventDeadManTriggered";
  value: EventDeadManTriggeredAmino;
}
/** EventMmpFrozen: a maker's fills reached a protection limit; its quotes on the underlying are cancelled. */
export interface EventMmpFrozen {
  owner: string;
  subaccount: number;
  underlying: string;
  frozenUntil: bigint;
  quantity: bigint;
  delta: string;
  vega: string;
  /** cancelled: the resting orders the freeze cancelled. */
  cancelled: number;
}
export interface EventMmpFrozenProtoMsg {
  typeUrl: "/settle.options.v1.EventMmpFrozen";
  value: Uint8Array;
}
/**
 * EventMmpFrozen: a maker's fills reached a protection limit; its quotes on the underlying are cancelled.
 * @name EventMmpFrozenAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.EventMmpFrozen
 */
export interface EventMmpFrozenAmino {
  owner?: string;
  subaccount?: number;
  underlying?: string;
  frozen_until?: string;
  quantity?: string;
  delta?: string;
  vega?: string;
  /**
   * cancelled: the resting orders the freeze cancelled.
   */
  cancelled?: number;
}
export interface EventMmpFrozenAminoMsg {
  type: "/settle.options.v1.EventMmpFrozen";
  value: EventMmpFrozenAmino;
}
export interface EventQuoteRequested {
  rfq?: Rfq;
}
export interface EventQuoteRequestedProtoMsg {
  typeUrl: "/settle.options.v1.EventQuoteRequested";
  value: Uint8Array;
}
/**
 * @name EventQuoteRequestedAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.EventQuoteRequested
 */
export interface EventQuoteRequestedAmino {
  rfq?: RfqAmino;
}
export interface EventQuoteRequestedAminoMsg {
  type: "/settle.options.v1.EventQuoteRequested";
  value: EventQuoteRequestedAmino;
}
export interface EventQuoteSubmitted {
  quote?: Quote;
}
export interface EventQuoteSubmittedProtoMsg {
  typeUrl: "/settle.options.v1.EventQuoteSubmitted";
  value: Uint8Array;
}
/**
 * @name EventQuoteSubmittedAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.EventQuoteSubmitted
 */
export interface EventQuoteSubmittedAmino {
  quote?: QuoteAmino;
}
export interface EventQuoteSubmittedAminoMsg {
  type: "/settle.options.v1.EventQuoteSubmitted";
  value: EventQuoteSubmittedAmino;
}
/** EventBlockTrade: a request was filled against a quote (each leg also has its EventFill). */
export interface EventBlockTrade {
  rfqId: bigint;
  quoteId: bigint;
  taker: string;
  takerSubaccount: number;
  maker: string;
  makerSubaccount: number;
  netCost: bigint;
}
export interface EventBlockTradeProtoMsg {
  typeUrl: "/settle.options.v1.EventBlockTrade";
  value: Uint8Array;
}
/**
 * EventBlockTrade: a request was filled against a quote (each leg also has its EventFill).
 * @name EventBlockTradeAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.EventBlockTrade
 */
export interface EventBlockTradeAmino {
  rfq_id?: string;
  quote_id?: string;
  taker?: string;
  taker_subaccount?: number;
  maker?: string;
  maker_subaccount?: number;
  net_cost?: string;
}
export interface EventBlockTradeAminoMsg {
  type: "/settle.options.v1.EventBlockTrade";
  value: EventBlockTradeAmino;
}
/**
 * EventSettlementPriceFixed: the TWAP an expiry settles at (fallback: over the first full window of
 * fresh prices after expiry, because the price at expiry was stale).
 */
export interface EventSettlementPriceFixed {
  underlying: string;
  expiry: bigint;
  price: string;
  samples: number;
  fallback: boolean;
}
export interface EventSettlementPriceFixedProtoMsg {
  typeUrl: "/settle.options.v1.EventSettlementPriceFixed";
  value: Uint8Array;
}
/**
 * EventSettlementPriceFixed: the TWAP an expiry settles at (fallback: over the first full window of
 * fresh prices after expiry, because the price at expiry was stale).
 * @name EventSettlementPriceFixedAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.EventSettlementPriceFixed
 */
export interface EventSettlementPriceFixedAmino {
  underlying?: string;
  expiry?: string;
  price?: string;
  samples?: number;
  fallback?: boolean;
}
export interface EventSettlementPriceFixedAminoMsg {
  type: "/settle.options.v1.EventSettlementPriceFixed";
  value: EventSettlementPriceFixedAmino;
}
/** EventSettlementDelayed: the oracle's price at expiry was stale (or missing); settlement waits. */
export interface EventSettlementDelayed {
  underlying: string;
  expiry: bigint;
  reason: string;
}
export interface EventSettlementDelayedProtoMsg {
  typeUrl: "/settle.options.v1.EventSettlementDelayed";
  value: Uint8Array;
}
/**
 * EventSettlementDelayed: the oracle's price at expiry was stale (or missing); settlement waits.
 * @name EventSettlementDelayedAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.EventSettlementDelayed
 */
export interface EventSettlementDelayedAmino {
  underlying?: string;
  expiry?: string;
  reason?: string;
}
export interface EventSettlementDelayedAminoMsg {
  type: "/settle.options.v1.EventSettlementDelayed";
  value: EventSettlementDelayedAmino;
}
/** EventInstrumentSettled: every position of the instrument was cash-settled at settlement_price. */
export interface EventInstrumentSettled {
  instrumentId: string;
  settlementPrice: string;
}
export interface EventInstrumentSettledProtoMsg {
  typeUrl: "/settle.options.v1.EventInstrumentSettled";
  value: Uint8Array;
}
/**
 * EventInstrumentSettled: every position of the instrument was cash-settled at settlement_price.
 * @name EventInstrumentSettledAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.EventInstrumentSettled
 */
export interface EventInstrumentSettledAmino {
  instrument_id?: string;
  settlement_price?: string;
}
export interface EventInstrumentSettledAminoMsg {
  type: "/settle.options.v1.EventInstrumentSettled";
  value: EventInstrumentSettledAmino;
}
function createBaseEventInstrumentListed(): EventInstrumentListed {
  return {
    instrument: undefined
  };
}
export const EventInstrumentListed = {
  typeUrl: "/settle.options.v1.EventInstrumentListed",
  encode(message: EventInstrumentListed, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.instrument !== undefined) {
      Instrument.encode(message.instrument, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventInstrumentListed {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventInstrumentListed();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.instrument = Instrument.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventInstrumentListed {
    return {
      instrument: isSet(object.instrument) ? Instrument.fromJSON(object.instrument) : undefined
    };
  },
  toJSON(message: EventInstrumentListed): JsonSafe<EventInstrumentListed> {
    const obj: any = {};
    message.instrument !== undefined && (obj.instrument = message.instrument ? Instrument.toJSON(message.instrument) : undefined);
    return obj;
  },
  fromPartial(object: DeepPartial<EventInstrumentListed>): EventInstrumentListed {
    const message = createBaseEventInstrumentListed();
    message.instrument = object.instrument !== undefined && object.instrument !== null ? Instrument.fromPartial(object.instrument) : undefined;
    return message;
  },
  fromAmino(object: EventInstrumentListedAmino): EventInstrumentListed {
    const message = createBaseEventInstrumentListed();
    if (object.instrument !== undefined && object.instrument !== null) {
      message.instrument = Instrument.fromAmino(object.instrument);
    }
    return message;
  },
  toAmino(message: EventInstrumentListed): EventInstrumentListedAmino {
    const obj: any = {};
    obj.instrument = message.instrument ? Instrument.toAmino(message.instrument) : undefined;
    return obj;
  },
  fromAminoMsg(object: EventInstrumentListedAminoMsg): EventInstrumentListed {
    return EventInstrumentListed.fromAmino(object.value);
  },
  fromProtoMsg(message: EventInstrumentListedProtoMsg): EventInstrumentListed {
    return EventInstrumentListed.decode(message.value);
  },
  toProto(message: EventInstrumentListed): Uint8Array {
    return EventInstrumentListed.encode(message).finish();
  },
  toProtoMsg(message: EventInstrumentListed): EventInstrumentListedProtoMsg {
    return {
      typeUrl: "/settle.options.v1.EventInstrumentListed",
      value: EventInstrumentListed.encode(message).finish()
    };
  }
};
function createBaseEventInstrumentExpired(): EventInstrumentExpired {
  return {
    instrumentId: ""
  };
}
export const EventInstrumentExpired = {
  typeUrl: "/settle.options.v1.EventInstrumentExpired",
  encode(message: EventInstrumentExpired, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.instrumentId !== "") {
      writer.uint32(10).string(message.instrumentId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventInstrumentExpired {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventInstrumentExpired();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.instrumentId = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventInstrumentExpired {
    return {
      instrumentId: isSet(object.instrumentId) ? String(object.instrumentId) : ""
    };
  },
  toJSON(message: EventInstrumentExpired): JsonSafe<EventInstrumentExpired> {
    const obj: any = {};
    message.instrumentId !== undefined && (obj.instrumentId = message.instrumentId);
    return obj;
  },
  fromPartial(object: DeepPartial<EventInstrumentExpired>): EventInstrumentExpired {
    const message = createBaseEventInstrumentExpired();
    message.instrumentId = object.instrumentId ?? "";
    return message;
  },
  fromAmino(object: EventInstrumentExpiredAmino): EventInstrumentExpired {
    const message = createBaseEventInstrumentExpired();
    if (object.instrument_id !== undefined && object.instrument_id !== null) {
      message.instrumentId = object.instrument_id;
    }
    return message;
  },
  toAmino(message: EventInstrumentExpired): EventInstrumentExpiredAmino {
    const obj: any = {};
    obj.instrument_id = message.instrumentId === "" ? undefined : message.instrumentId;
    return obj;
  },
  fromAminoMsg(object: EventInstrumentExpiredAminoMsg): EventInstrumentExpired {
    return EventInstrumentExpired.fromAmino(object.value);
  },
  fromProtoMsg(message: EventInstrumentExpiredProtoMsg): EventInstrumentExpired {
    return EventInstrumentExpired.decode(message.value);
  },
  toProto(message: EventInstrumentExpired): Uint8Array {
    return EventInstrumentExpired.encode(message).finish();
  },
  toProtoMsg(message: EventInstrumentExpired): EventInstrumentExpiredProtoMsg {
    return {
      typeUrl: "/settle.options.v1.EventInstrumentExpired",
      value: EventInstrumentExpired.encode(message).finish()
    };
  }
};
function createBaseEventOrderPlaced(): EventOrderPlaced {
  return {
    order: undefined
  };
}
export const EventOrderPlaced = {
  typeUrl: "/settle.options.v1.EventOrderPlaced",
  encode(message: EventOrderPlaced, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.order !== undefined) {
      Order.encode(message.order, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventOrderPlaced {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventOrderPlaced();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.order = Order.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventOrderPlaced {
    return {
      order: isSet(object.order) ? Order.fromJSON(object.order) : undefined
    };
  },
  toJSON(message: EventOrderPlaced): JsonSafe<EventOrderPlaced> {
    const obj: any = {};
    message.order !== undefined && (obj.order = message.order ? Order.toJSON(message.order) : undefined);
    return obj;
  },
  fromPartial(object: DeepPartial<EventOrderPlaced>): EventOrderPlaced {
    const message = createBaseEventOrderPlaced();
    message.order = object.order !== undefined && object.order !== null ? Order.fromPartial(object.order) : undefined;
    return message;
  },
  fromAmino(object: EventOrderPlacedAmino): EventOrderPlaced {
    const message = createBaseEventOrderPlaced();
    if (object.order !== undefined && object.order !== null) {
      message.order = Order.fromAmino(object.order);
    }
    return message;
  },
  toAmino(message: EventOrderPlaced): EventOrderPlacedAmino {
    const obj: any = {};
    obj.order = message.order ? Order.toAmino(message.order) : undefined;
    return obj;
  },
  fromAminoMsg(object: EventOrderPlacedAminoMsg): EventOrderPlaced {
    return EventOrderPlaced.fromAmino(object.value);
  },
  fromProtoMsg(message: EventOrderPlacedProtoMsg): EventOrderPlaced {
    return EventOrderPlaced.decode(message.value);
  },
  toProto(message: EventOrderPlaced): Uint8Array {
    return EventOrderPlaced.encode(message).finish();
  },
  toProtoMsg(message: EventOrderPlaced): EventOrderPlacedProtoMsg {
    return {
      typeUrl: "/settle.options.v1.EventOrderPlaced",
      value: EventOrderPlaced.encode(message).finish()
    };
  }
};
function createBaseEventOrderDone(): EventOrderDone {
  return {
    orderId: BigInt(0),
    owner: "",
    subaccount: 0,
    clientId: BigInt(0),
    instrumentId: "",
    remaining: BigInt(0),
    reason: ""
  };
}
export const EventOrderDone = {
  typeUrl: "/settle.options.v1.EventOrderDone",
  encode(message: EventOrderDone, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.orderId !== BigInt(0)) {
      writer.uint32(8).uint64(message.orderId);
    }
    if (message.owner !== "") {
      writer.uint32(18).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(24).uint32(message.subaccount);
    }
    if (message.clientId !== BigInt(0)) {
      writer.uint32(32).uint64(message.clientId);
    }
    if (message.instrumentId !== "") {
      writer.uint32(42).string(message.instrumentId);
    }
    if (message.remaining !== BigInt(0)) {
      writer.uint32(48).uint64(message.remaining);
    }
    if (message.reason !== "") {
      writer.uint32(58).string(message.reason);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventOrderDone {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventOrderDone();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.orderId = reader.uint64();
          break;
        case 2:
          message.owner = reader.string();
          break;
        case 3:
          message.subaccount = reader.uint32();
          break;
        case 4:
          message.clientId = reader.uint64();
          break;
        case 5:
          message.instrumentId = reader.string();
          break;
        case 6:
          message.remaining = reader.uint64();
          break;
        case 7:
          message.reason = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventOrderDone {
    return {
      orderId: isSet(object.orderId) ? BigInt(object.orderId.toString()) : BigInt(0),
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      clientId: isSet(object.clientId) ? BigInt(object.clientId.toString()) : BigInt(0),
      instrumentId: isSet(object.instrumentId) ? String(object.instrumentId) : "",
      remaining: isSet(object.remaining) ? BigInt(object.remaining.toString()) : BigInt(0),
      reason: isSet(object.reason) ? String(object.reason) : ""
    };
  },
  toJSON(message: EventOrderDone): JsonSafe<EventOrderDone> {
    const obj: any = {};
    message.orderId !== undefined && (obj.orderId = (message.orderId || BigInt(0)).toString());
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    message.clientId !== undefined && (obj.clientId = (message.clientId || BigInt(0)).toString());
    message.instrumentId !== undefined && (obj.instrumentId = message.instrumentId);
    message.remaining !== undefined && (obj.remaining = (message.remaining || BigInt(0)).toString());
    message.reason !== undefined && (obj.reason = message.reason);
    return obj;
  },
  fromPartial(object: DeepPartial<EventOrderDone>): EventOrderDone {
    const message = createBaseEventOrderDone();
    message.orderId = object.orderId !== undefined && object.orderId !== null ? BigInt(object.orderId.toString()) : BigInt(0);
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.clientId = object.clientId !== undefined && object.clientId !== null ? BigInt(object.clientId.toString()) : BigInt(0);
    message.instrumentId = object.instrumentId ?? "";
    message.remaining = object.remaining !== undefined && object.remaining !== null ? BigInt(object.remaining.toString()) : BigInt(0);
    message.reason = object.reason ?? "";
    return message;
  },
  fromAmino(object: EventOrderDoneAmino): EventOrderDone {
    const message = createBaseEventOrderDone();
    if (object.order_id !== undefined && object.order_id !== null) {
      message.orderId = BigInt(object.order_id);
    }
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    if (object.client_id !== undefined && object.client_id !== null) {
      message.clientId = BigInt(object.client_id);
    }
    if (object.instrument_id !== undefined && object.instrument_id !== null) {
      message.instrumentId = object.instrument_id;
    }
    if (object.remaining !== undefined && object.remaining !== null) {
      message.remaining = BigInt(object.remaining);
    }
    if (object.reason !== undefined && object.reason !== null) {
      message.reason = object.reason;
    }
    return message;
  },
  toAmino(message: EventOrderDone): EventOrderDoneAmino {
    const obj: any = {};
    obj.order_id = message.orderId !== BigInt(0) ? message.orderId?.toString() : undefined;
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    obj.client_id = message.clientId !== BigInt(0) ? message.clientId?.toString() : undefined;
    obj.instrument_id = message.instrumentId === "" ? undefined : message.instrumentId;
    obj.remaining = message.remaining !== BigInt(0) ? message.remaining?.toString() : undefined;
    obj.reason = message.reason === "" ? undefined : message.reason;
    return obj;
  },
  fromAminoMsg(object: EventOrderDoneAminoMsg): EventOrderDone {
    return EventOrderDone.fromAmino(object.value);
  },
  fromProtoMsg(message: EventOrderDoneProtoMsg): EventOrderDone {
    return EventOrderDone.decode(message.value);
  },
  toProto(message: EventOrderDone): Uint8Array {
    return EventOrderDone.encode(message).finish();
  },
  toProtoMsg(message: EventOrderDone): EventOrderDoneProtoMsg {
    return {
      typeUrl: "/settle.options.v1.EventOrderDone",
      value: EventOrderDone.encode(message).finish()
    };
  }
};
function createBaseEventFill(): EventFill {
  return {
    instrumentId: "",
    makerOrderId: BigInt(0),
    takerOrderId: BigInt(0),
    maker: "",
    makerSubaccount: 0,
    taker: "",
    takerSubaccount: 0,
    takerSide: 0,
    price: BigInt(0),
    size: BigInt(0),
    makerFee: "",
    takerFee: ""
  };
}
export const EventFill = {
  typeUrl: "/settle.options.v1.EventFill",
  encode(message: EventFill, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.instrumentId !== "") {
      writer.uint32(10).string(message.instrumentId);
    }
    if (message.makerOrderId !== BigInt(0)) {
      writer.uint32(16).uint64(message.makerOrderId);
    }
    if (message.takerOrderId !== BigInt(0)) {
      writer.uint32(24).uint64(message.takerOrderId);
    }
    if (message.maker !== "") {
      writer.uint32(34).string(message.maker);
    }
    if (message.makerSubaccount !== 0) {
      writer.uint32(40).uint32(message.makerSubaccount);
    }
    if (message.taker !== "") {
      writer.uint32(50).string(message.taker);
    }
    if (message.takerSubaccount !== 0) {
      writer.uint32(56).uint32(message.takerSubaccount);
    }
    if (message.takerSide !== 0) {
      writer.uint32(64).int32(message.takerSide);
    }
    if (message.price !== BigInt(0)) {
      writer.uint32(72).uint64(message.price);
    }
    if (message.size !== BigInt(0)) {
      writer.uint32(80).uint64(message.size);
    }
    if (message.makerFee !== "") {
      writer.uint32(90).string(message.makerFee);
    }
    if (message.takerFee !== "") {
      writer.uint32(98).string(message.takerFee);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventFill {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventFill();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.instrumentId = reader.string();
          break;
        case 2:
          message.makerOrderId = reader.uint64();
          break;
        case 3:
          message.takerOrderId = reader.uint64();
          break;
        case 4:
          message.maker = reader.string();
          break;
        case 5:
          message.makerSubaccount = reader.uint32();
          break;
        case 6:
          message.taker = reader.string();
          break;
        case 7:
          message.takerSubaccount = reader.uint32();
          break;
        case 8:
          message.takerSide = reader.int32() as any;
          break;
        case 9:
          message.price = reader.uint64();
          break;
        case 10:
          message.size = reader.uint64();
          break;
        case 11:
          message.makerFee = reader.string();
          break;
        case 12:
          message.takerFee = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventFill {
    return {
      instrumentId: isSet(object.instrumentId) ? String(object.instrumentId) : "",
      makerOrderId: isSet(object.makerOrderId) ? BigInt(object.makerOrderId.toString()) : BigInt(0),
      takerOrderId: isSet(object.takerOrderId) ? BigInt(object.takerOrderId.toString()) : BigInt(0),
      maker: isSet(object.maker) ? String(object.maker) : "",
      makerSubaccount: isSet(object.makerSubaccount) ? Number(object.makerSubaccount) : 0,
      taker: isSet(object.taker) ? String(object.taker) : "",
      takerSubaccount: isSet(object.takerSubaccount) ? Number(object.takerSubaccount) : 0,
      takerSide: isSet(object.takerSide) ? sideFromJSON(object.takerSide) : -1,
      price: isSet(object.price) ? BigInt(object.price.toString()) : BigInt(0),
      size: isSet(object.size) ? BigInt(object.size.toString()) : BigInt(0),
      makerFee: isSet(object.makerFee) ? String(object.makerFee) : "",
      takerFee: isSet(object.takerFee) ? String(object.takerFee) : ""
    };
  },
  toJSON(message: EventFill): JsonSafe<EventFill> {
    const obj: any = {};
    message.instrumentId !== undefined && (obj.instrumentId = message.instrumentId);
    message.makerOrderId !== undefined && (obj.makerOrderId = (message.makerOrderId || BigInt(0)).toString());
    message.takerOrderId !== undefined && (obj.takerOrderId = (message.takerOrderId || BigInt(0)).toString());
    message.maker !== undefined && (obj.maker = message.maker);
    message.makerSubaccount !== undefined && (obj.makerSubaccount = Math.round(message.makerSubaccount));
    message.taker !== undefined && (obj.taker = message.taker);
    message.takerSubaccount !== undefined && (obj.takerSubaccount = Math.round(message.takerSubaccount));
    message.takerSide !== undefined && (obj.takerSide = sideToJSON(message.takerSide));
    message.price !== undefined && (obj.price = (message.price || BigInt(0)).toString());
    message.size !== undefined && (obj.size = (message.size || BigInt(0)).toString());
    message.makerFee !== undefined && (obj.makerFee = message.makerFee);
    message.takerFee !== undefined && (obj.takerFee = message.takerFee);
    return obj;
  },
  fromPartial(object: DeepPartial<EventFill>): EventFill {
    const message = createBaseEventFill();
    message.instrumentId = object.instrumentId ?? "";
    message.makerOrderId = object.makerOrderId !== undefined && object.makerOrderId !== null ? BigInt(object.makerOrderId.toString()) : BigInt(0);
    message.takerOrderId = object.takerOrderId !== undefined && object.takerOrderId !== null ? BigInt(object.takerOrderId.toString()) : BigInt(0);
    message.maker = object.maker ?? "";
    message.makerSubaccount = object.makerSubaccount ?? 0;
    message.taker = object.taker ?? "";
    message.takerSubaccount = object.takerSubaccount ?? 0;
    message.takerSide = object.takerSide ?? 0;
    message.price = object.price !== undefined && object.price !== null ? BigInt(object.price.toString()) : BigInt(0);
    message.size = object.size !== undefined && object.size !== null ? BigInt(object.size.toString()) : BigInt(0);
    message.makerFee = object.makerFee ?? "";
    message.takerFee = object.takerFee ?? "";
    return message;
  },
  fromAmino(object: EventFillAmino): EventFill {
    const message = createBaseEventFill();
    if (object.instrument_id !== undefined && object.instrument_id !== null) {
      message.instrumentId = object.instrument_id;
    }
    if (object.maker_order_id !== undefined && object.maker_order_id !== null) {
      message.makerOrderId = BigInt(object.maker_order_id);
    }
    if (object.taker_order_id !== undefined && object.taker_order_id !== null) {
      message.takerOrderId = BigInt(object.taker_order_id);
    }
    if (object.maker !== undefined && object.maker !== null) {
      message.maker = object.maker;
    }
    if (object.maker_subaccount !== undefined && object.maker_subaccount !== null) {
      message.makerSubaccount = object.maker_subaccount;
    }
    if (object.taker !== undefined && object.taker !== null) {
      message.taker = object.taker;
    }
    if (object.taker_subaccount !== undefined && object.taker_subaccount !== null) {
      message.takerSubaccount = object.taker_subaccount;
    }
    if (object.taker_side !== undefined && object.taker_side !== null) {
      message.takerSide = object.taker_side;
    }
    if (object.price !== undefined && object.price !== null) {
      message.price = BigInt(object.price);
    }
    if (object.size !== undefined && object.size !== null) {
      message.size = BigInt(object.size);
    }
    if (object.maker_fee !== undefined && object.maker_fee !== null) {
      message.makerFee = object.maker_fee;
    }
    if (object.taker_fee !== undefined && object.taker_fee !== null) {
      message.takerFee = object.taker_fee;
    }
    return message;
  },
  toAmino(message: EventFill): EventFillAmino {
    const obj: any = {};
    obj.instrument_id = message.instrumentId === "" ? undefined : message.instrumentId;
    obj.maker_order_id = message.makerOrderId !== BigInt(0) ? message.makerOrderId?.toString() : undefined;
    obj.taker_order_id = message.takerOrderId !== BigInt(0) ? message.takerOrderId?.toString() : undefined;
    obj.maker = message.maker === "" ? undefined : message.maker;
    obj.maker_subaccount = message.makerSubaccount === 0 ? undefined : message.makerSubaccount;
    obj.taker = message.taker === "" ? undefined : message.taker;
    obj.taker_subaccount = message.takerSubaccount === 0 ? undefined : message.takerSubaccount;
    obj.taker_side = message.takerSide === 0 ? undefined : message.takerSide;
    obj.price = message.price !== BigInt(0) ? message.price?.toString() : undefined;
    obj.size = message.size !== BigInt(0) ? message.size?.toString() : undefined;
    obj.maker_fee = message.makerFee === "" ? undefined : message.makerFee;
    obj.taker_fee = message.takerFee === "" ? undefined : message.takerFee;
    return obj;
  },
  fromAminoMsg(object: EventFillAminoMsg): EventFill {
    return EventFill.fromAmino(object.value);
  },
  fromProtoMsg(message: EventFillProtoMsg): EventFill {
    return EventFill.decode(message.value);
  },
  toProto(message: EventFill): Uint8Array {
    return EventFill.encode(message).finish();
  },
  toProtoMsg(message: EventFill): EventFillProtoMsg {
    return {
      typeUrl: "/settle.options.v1.EventFill",
      value: EventFill.encode(message).finish()
    };
  }
};
function createBaseEventComboDone(): EventComboDone {
  return {
    comboId: BigInt(0),
    owner: "",
    subaccount: 0,
    clientId: BigInt(0),
    status: "",
    reason: "",
    netCost: ""
  };
}
export const EventComboDone = {
  typeUrl: "/settle.options.v1.EventComboDone",
  encode(message: EventComboDone, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.comboId !== BigInt(0)) {
      writer.uint32(8).uint64(message.comboId);
    }
    if (message.owner !== "") {
      writer.uint32(18).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(24).uint32(message.subaccount);
    }
    if (message.clientId !== BigInt(0)) {
      writer.uint32(32).uint64(message.clientId);
    }
    if (message.status !== "") {
      writer.uint32(42).string(message.status);
    }
    if (message.reason !== "") {
      writer.uint32(50).string(message.reason);
    }
    if (message.netCost !== "") {
      writer.uint32(58).string(message.netCost);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventComboDone {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventComboDone();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.comboId = reader.uint64();
          break;
        case 2:
          message.owner = reader.string();
          break;
        case 3:
          message.subaccount = reader.uint32();
          break;
        case 4:
          message.clientId = reader.uint64();
          break;
        case 5:
          message.status = reader.string();
          break;
        case 6:
          message.reason = reader.string();
          break;
        case 7:
          message.netCost = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventComboDone {
    return {
      comboId: isSet(object.comboId) ? BigInt(object.comboId.toString()) : BigInt(0),
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      clientId: isSet(object.clientId) ? BigInt(object.clientId.toString()) : BigInt(0),
      status: isSet(object.status) ? String(object.status) : "",
      reason: isSet(object.reason) ? String(object.reason) : "",
      netCost: isSet(object.netCost) ? String(object.netCost) : ""
    };
  },
  toJSON(message: EventComboDone): JsonSafe<EventComboDone> {
    const obj: any = {};
    message.comboId !== undefined && (obj.comboId = (message.comboId || BigInt(0)).toString());
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    message.clientId !== undefined && (obj.clientId = (message.clientId || BigInt(0)).toString());
    message.status !== undefined && (obj.status = message.status);
    message.reason !== undefined && (obj.reason = message.reason);
    message.netCost !== undefined && (obj.netCost = message.netCost);
    return obj;
  },
  fromPartial(object: DeepPartial<EventComboDone>): EventComboDone {
    const message = createBaseEventComboDone();
    message.comboId = object.comboId !== undefined && object.comboId !== null ? BigInt(object.comboId.toString()) : BigInt(0);
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.clientId = object.clientId !== undefined && object.clientId !== null ? BigInt(object.clientId.toString()) : BigInt(0);
    message.status = object.status ?? "";
    message.reason = object.reason ?? "";
    message.netCost = object.netCost ?? "";
    return message;
  },
  fromAmino(object: EventComboDoneAmino): EventComboDone {
    const message = createBaseEventComboDone();
    if (object.combo_id !== undefined && object.combo_id !== null) {
      message.comboId = BigInt(object.combo_id);
    }
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    if (object.client_id !== undefined && object.client_id !== null) {
      message.clientId = BigInt(object.client_id);
    }
    if (object.status !== undefined && object.status !== null) {
      message.status = object.status;
    }
    if (object.reason !== undefined && object.reason !== null) {
      message.reason = object.reason;
    }
    if (object.net_cost !== undefined && object.net_cost !== null) {
      message.netCost = object.net_cost;
    }
    return message;
  },
  toAmino(message: EventComboDone): EventComboDoneAmino {
    const obj: any = {};
    obj.combo_id = message.comboId !== BigInt(0) ? message.comboId?.toString() : undefined;
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    obj.client_id = message.clientId !== BigInt(0) ? message.clientId?.toString() : undefined;
    obj.status = message.status === "" ? undefined : message.status;
    obj.reason = message.reason === "" ? undefined : message.reason;
    obj.net_cost = message.netCost === "" ? undefined : message.netCost;
    return obj;
  },
  fromAminoMsg(object: EventComboDoneAminoMsg): EventComboDone {
    return EventComboDone.fromAmino(object.value);
  },
  fromProtoMsg(message: EventComboDoneProtoMsg): EventComboDone {
    return EventComboDone.decode(message.value);
  },
  toProto(message: EventComboDone): Uint8Array {
    return EventComboDone.encode(message).finish();
  },
  toProtoMsg(message: EventComboDone): EventComboDoneProtoMsg {
    return {
      typeUrl: "/settle.options.v1.EventComboDone",
      value: EventComboDone.encode(message).finish()
    };
  }
};
function createBaseEventDeadManTriggered(): EventDeadManTriggered {
  return {
    owner: "",
    subaccount: 0,
    height: BigInt(0),
    cancelled: 0
  };
}
export const EventDeadManTriggered = {
  typeUrl: "/settle.options.v1.EventDeadManTriggered",
  encode(message: EventDeadManTriggered, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(16).uint32(message.subaccount);
    }
    if (message.height !== BigInt(0)) {
      writer.uint32(24).uint64(message.height);
    }
    if (message.cancelled !== 0) {
      writer.uint32(32).uint32(message.cancelled);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventDeadManTriggered {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventDeadManTriggered();
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
          message.height = reader.uint64();
          break;
        case 4:
          message.cancelled = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventDeadManTriggered {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      height: isSet(object.height) ? BigInt(object.height.toString()) : BigInt(0),
      cancelled: isSet(object.cancelled) ? Number(object.cancelled) : 0
    };
  },
  toJSON(message: EventDeadManTriggered): JsonSafe<EventDeadManTriggered> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    message.height !== undefined && (obj.height = (message.height || BigInt(0)).toString());
    message.cancelled !== undefined && (obj.cancelled = Math.round(message.cancelled));
    return obj;
  },
  fromPartial(object: DeepPartial<EventDeadManTriggered>): EventDeadManTriggered {
    const message = createBaseEventDeadManTriggered();
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.height = object.height !== undefined && object.height !== null ? BigInt(object.height.toString()) : BigInt(0);
    message.cancelled = object.cancelled ?? 0;
    return message;
  },
  fromAmino(object: EventDeadManTriggeredAmino): EventDeadManTriggered {
    const message = createBaseEventDeadManTriggered();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    if (object.height !== undefined && object.height !== null) {
      message.height = BigInt(object.height);
    }
    if (object.cancelled !== undefined && object.cancelled !== null) {
      message.cancelled = object.cancelled;
    }
    return message;
  },
  toAmino(message: EventDeadManTriggered): EventDeadManTriggeredAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    obj.height = message.height !== BigInt(0) ? message.height?.toString() : undefined;
    obj.cancelled = message.cancelled === 0 ? undefined : message.cancelled;
    return obj;
  },
  fromAminoMsg(object: EventDeadManTriggeredAminoMsg): EventDeadManTriggered {
    return EventDeadManTriggered.fromAmino(object.value);
  },
  fromProtoMsg(message: EventDeadManTriggeredProtoMsg): EventDeadManTriggered {
    return EventDeadManTriggered.decode(message.value);
  },
  toProto(message: EventDeadManTriggered): Uint8Array {
    return EventDeadManTriggered.encode(message).finish();
  },
  toProtoMsg(message: EventDeadManTriggered): EventDeadManTriggeredProtoMsg {
    return {
      typeUrl: "/settle.options.v1.EventDeadManTriggered",
      value: EventDeadManTriggered.encode(message).finish()
    };
  }
};
function createBaseEventMmpFrozen(): EventMmpFrozen {
  return {
    owner: "",
    subaccount: 0,
    underlying: "",
    frozenUntil: BigInt(0),
    quantity: BigInt(0),
    delta: "",
    vega: "",
    cancelled: 0
  };
}
export const EventMmpFrozen = {
  typeUrl: "/settle.options.v1.EventMmpFrozen",
  encode(message: EventMmpFrozen, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(16).uint32(message.subaccount);
    }
    if (message.underlying !== "") {
      writer.uint32(26).string(message.underlying);
    }
    if (message.frozenUntil !== BigInt(0)) {
      writer.uint32(32).int64(message.frozenUntil);
    }
    if (message.quantity !== BigInt(0)) {
      writer.uint32(40).uint64(message.quantity);
    }
    if (message.delta !== "") {
      writer.uint32(50).string(message.delta);
    }
    if (message.vega !== "") {
      writer.uint32(58).string(message.vega);
    }
    if (message.cancelled !== 0) {
      writer.uint32(64).uint32(message.cancelled);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventMmpFrozen {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventMmpFrozen();
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
          message.underlying = reader.string();
          break;
        case 4:
          message.frozenUntil = reader.int64();
          break;
        case 5:
          message.quantity = reader.uint64();
          break;
        case 6:
          message.delta = reader.string();
          break;
        case 7:
          message.vega = reader.string();
          break;
        case 8:
          message.cancelled = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventMmpFrozen {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      underlying: isSet(object.underlying) ? String(object.underlying) : "",
      frozenUntil: isSet(object.frozenUntil) ? BigInt(object.frozenUntil.toString()) : BigInt(0),
      quantity: isSet(object.quantity) ? BigInt(object.quantity.toString()) : BigInt(0),
      delta: isSet(object.delta) ? String(object.delta) : "",
      vega: isSet(object.vega) ? String(object.vega) : "",
      cancelled: isSet(object.cancelled) ? Number(object.cancelled) : 0
    };
  },
  toJSON(message: EventMmpFrozen): JsonSafe<EventMmpFrozen> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    message.underlying !== undefined && (obj.underlying = message.underlying);
    message.frozenUntil !== undefined && (obj.frozenUntil = (message.frozenUntil || BigInt(0)).toString());
    message.quantity !== undefined && (obj.quantity = (message.quantity || BigInt(0)).toString());
    message.delta !== undefined && (obj.delta = message.delta);
    message.vega !== undefined && (obj.vega = message.vega);
    message.cancelled !== undefined && (obj.cancelled = Math.round(message.cancelled));
    return obj;
  },
  fromPartial(object: DeepPartial<EventMmpFrozen>): EventMmpFrozen {
    const message = createBaseEventMmpFrozen();
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.underlying = object.underlying ?? "";
    message.frozenUntil = object.frozenUntil !== undefined && object.frozenUntil !== null ? BigInt(object.frozenUntil.toString()) : BigInt(0);
    message.quantity = object.quantity !== undefined && object.quantity !== null ? BigInt(object.quantity.toString()) : BigInt(0);
    message.delta = object.delta ?? "";
    message.vega = object.vega ?? "";
    message.cancelled = object.cancelled ?? 0;
    return message;
  },
  fromAmino(object: EventMmpFrozenAmino): EventMmpFrozen {
    const message = createBaseEventMmpFrozen();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    if (object.underlying !== undefined && object.underlying !== null) {
      message.underlying = object.underlying;
    }
    if (object.frozen_until !== undefined && object.frozen_until !== null) {
      message.frozenUntil = BigInt(object.frozen_until);
    }
    if (object.quantity !== undefined && object.quantity !== null) {
      message.quantity = BigInt(object.quantity);
    }
    if (object.delta !== undefined && object.delta !== null) {
      message.delta = object.delta;
    }
    if (object.vega !== undefined && object.vega !== null) {
      message.vega = object.vega;
    }
    if (object.cancelled !== undefined && object.cancelled !== null) {
      message.cancelled = object.cancelled;
    }
    return message;
  },
  toAmino(message: EventMmpFrozen): EventMmpFrozenAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    obj.underlying = message.underlying === "" ? undefined : message.underlying;
    obj.frozen_until = message.frozenUntil !== BigInt(0) ? message.frozenUntil?.toString() : undefined;
    obj.quantity = message.quantity !== BigInt(0) ? message.quantity?.toString() : undefined;
    obj.delta = message.delta === "" ? undefined : message.delta;
    obj.vega = message.vega === "" ? undefined : message.vega;
    obj.cancelled = message.cancelled === 0 ? undefined : message.cancelled;
    return obj;
  },
  fromAminoMsg(object: EventMmpFrozenAminoMsg): EventMmpFrozen {
    return EventMmpFrozen.fromAmino(object.value);
  },
  fromProtoMsg(message: EventMmpFrozenProtoMsg): EventMmpFrozen {
    return EventMmpFrozen.decode(message.value);
  },
  toProto(message: EventMmpFrozen): Uint8Array {
    return EventMmpFrozen.encode(message).finish();
  },
  toProtoMsg(message: EventMmpFrozen): EventMmpFrozenProtoMsg {
    return {
      typeUrl: "/settle.options.v1.EventMmpFrozen",
      value: EventMmpFrozen.encode(message).finish()
    };
  }
};
function createBaseEventQuoteRequested(): EventQuoteRequested {
  return {
    rfq: undefined
  };
}
export const EventQuoteRequested = {
  typeUrl: "/settle.options.v1.EventQuoteRequested",
  encode(message: EventQuoteRequested, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.rfq !== undefined) {
      Rfq.encode(message.rfq, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventQuoteRequested {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventQuoteRequested();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.rfq = Rfq.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventQuoteRequested {
    return {
      rfq: isSet(object.rfq) ? Rfq.fromJSON(object.rfq) : undefined
    };
  },
  toJSON(message: EventQuoteRequested): JsonSafe<EventQuoteRequested> {
    const obj: any = {};
    message.rfq !== undefined && (obj.rfq = message.rfq ? Rfq.toJSON(message.rfq) : undefined);
    return obj;
  },
  fromPartial(object: DeepPartial<EventQuoteRequested>): EventQuoteRequested {
    const message = createBaseEventQuoteRequested();
    message.rfq = object.rfq !== undefined && object.rfq !== null ? Rfq.fromPartial(object.rfq) : undefined;
    return message;
  },
  fromAmino(object: EventQuoteRequestedAmino): EventQuoteRequested {
    const message = createBaseEventQuoteRequested();
    if (object.rfq !== undefined && object.rfq !== null) {
      message.rfq = Rfq.fromAmino(object.rfq);
    }
    return message;
  },
  toAmino(message: EventQuoteRequested): EventQuoteRequestedAmino {
    const obj: any = {};
    obj.rfq = message.rfq ? Rfq.toAmino(message.rfq) : undefined;
    return obj;
  },
  fromAminoMsg(object: EventQuoteRequestedAminoMsg): EventQuoteRequested {
    return EventQuoteRequested.fromAmino(object.value);
  },
  fromProtoMsg(message: EventQuoteRequestedProtoMsg): EventQuoteRequested {
    return EventQuoteRequested.decode(message.value);
  },
  toProto(message: EventQuoteRequested): Uint8Array {
    return EventQuoteRequested.encode(message).finish();
  },
  toProtoMsg(message: EventQuoteRequested): EventQuoteRequestedProtoMsg {
    return {
      typeUrl: "/settle.options.v1.EventQuoteRequested",
      value: EventQuoteRequested.encode(message).finish()
    };
  }
};
function createBaseEventQuoteSubmitted(): EventQuoteSubmitted {
  return {
    quote: undefined
  };
}
export const EventQuoteSubmitted = {
  typeUrl: "/settle.options.v1.EventQuoteSubmitted",
  encode(message: EventQuoteSubmitted, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.quote !== undefined) {
      Quote.encode(message.quote, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventQuoteSubmitted {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventQuoteSubmitted();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.quote = Quote.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventQuoteSubmitted {
    return {
      quote: isSet(object.quote) ? Quote.fromJSON(object.quote) : undefined
    };
  },
  toJSON(message: EventQuoteSubmitted): JsonSafe<EventQuoteSubmitted> {
    const obj: any = {};
    message.quote !== undefined && (obj.quote = message.quote ? Quote.toJSON(message.quote) : undefined);
    return obj;
  },
  fromPartial(object: DeepPartial<EventQuoteSubmitted>): EventQuoteSubmitted {
    const message = createBaseEventQuoteSubmitted();
    message.quote = object.quote !== undefined && object.quote !== null ? Quote.fromPartial(object.quote) : undefined;
    return message;
  },
  fromAmino(object: EventQuoteSubmittedAmino): EventQuoteSubmitted {
    const message = createBaseEventQuoteSubmitted();
    if (object.quote !== undefined && object.quote !== null) {
      message.quote = Quote.fromAmino(object.quote);
    }
    return message;
  },
  toAmino(message: EventQuoteSubmitted): EventQuoteSubmittedAmino {
    const obj: any = {};
    obj.quote = message.quote ? Quote.toAmino(message.quote) : undefined;
    return obj;
  },
  fromAminoMsg(object: EventQuoteSubmittedAminoMsg): EventQuoteSubmitted {
    return EventQuoteSubmitted.fromAmino(object.value);
  },
  fromProtoMsg(message: EventQuoteSubmittedProtoMsg): EventQuoteSubmitted {
    return EventQuoteSubmitted.decode(message.value);
  },
  toProto(message: EventQuoteSubmitted): Uint8Array {
    return EventQuoteSubmitted.encode(message).finish();
  },
  toProtoMsg(message: EventQuoteSubmitted): EventQuoteSubmittedProtoMsg {
    return {
      typeUrl: "/settle.options.v1.EventQuoteSubmitted",
      value: EventQuoteSubmitted.encode(message).finish()
    };
  }
};
function createBaseEventBlockTrade(): EventBlockTrade {
  return {
    rfqId: BigInt(0),
    quoteId: BigInt(0),
    taker: "",
    takerSubaccount: 0,
    maker: "",
    makerSubaccount: 0,
    netCost: BigInt(0)
  };
}
export const EventBlockTrade = {
  typeUrl: "/settle.options.v1.EventBlockTrade",
  encode(message: EventBlockTrade, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.rfqId !== BigInt(0)) {
      writer.uint32(8).uint64(message.rfqId);
    }
    if (message.quoteId !== BigInt(0)) {
      writer.uint32(16).uint64(message.quoteId);
    }
    if (message.taker !== "") {
      writer.uint32(26).string(message.taker);
    }
    if (message.takerSubaccount !== 0) {
      writer.uint32(32).uint32(message.takerSubaccount);
    }
    if (message.maker !== "") {
      writer.uint32(42).string(message.maker);
    }
    if (message.makerSubaccount !== 0) {
      writer.uint32(48).uint32(message.makerSubaccount);
    }
    if (message.netCost !== BigInt(0)) {
      writer.uint32(56).int64(message.netCost);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventBlockTrade {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventBlockTrade();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.rfqId = reader.uint64();
          break;
        case 2:
          message.quoteId = reader.uint64();
          break;
        case 3:
          message.taker = reader.string();
          break;
        case 4:
          message.takerSubaccount = reader.uint32();
          break;
        case 5:
          message.maker = reader.string();
          break;
        case 6:
          message.makerSubaccount = reader.uint32();
          break;
        case 7:
          message.netCost = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventBlockTrade {
    return {
      rfqId: isSet(object.rfqId) ? BigInt(object.rfqId.toString()) : BigInt(0),
      quoteId: isSet(object.quoteId) ? BigInt(object.quoteId.toString()) : BigInt(0),
      taker: isSet(object.taker) ? String(object.taker) : "",
      takerSubaccount: isSet(object.takerSubaccount) ? Number(object.takerSubaccount) : 0,
      maker: isSet(object.maker) ? String(object.maker) : "",
      makerSubaccount: isSet(object.makerSubaccount) ? Number(object.makerSubaccount) : 0,
      netCost: isSet(object.netCost) ? BigInt(object.netCost.toString()) : BigInt(0)
    };
  },
  toJSON(message: EventBlockTrade): JsonSafe<EventBlockTrade> {
    const obj: any = {};
    message.rfqId !== undefined && (obj.rfqId = (message.rfqId || BigInt(0)).toString());
    message.quoteId !== undefined && (obj.quoteId = (message.quoteId || BigInt(0)).toString());
    message.taker !== undefined && (obj.taker = message.taker);
    message.takerSubaccount !== undefined && (obj.takerSubaccount = Math.round(message.takerSubaccount));
    message.maker !== undefined && (obj.maker = message.maker);
    message.makerSubaccount !== undefined && (obj.makerSubaccount = Math.round(message.makerSubaccount));
    message.netCost !== undefined && (obj.netCost = (message.netCost || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<EventBlockTrade>): EventBlockTrade {
    const message = createBaseEventBlockTrade();
    message.rfqId = object.rfqId !== undefined && object.rfqId !== null ? BigInt(object.rfqId.toString()) : BigInt(0);
    message.quoteId = object.quoteId !== undefined && object.quoteId !== null ? BigInt(object.quoteId.toString()) : BigInt(0);
    message.taker = object.taker ?? "";
    message.takerSubaccount = object.takerSubaccount ?? 0;
    message.maker = object.maker ?? "";
    message.makerSubaccount = object.makerSubaccount ?? 0;
    message.netCost = object.netCost !== undefined && object.netCost !== null ? BigInt(object.netCost.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: EventBlockTradeAmino): EventBlockTrade {
    const message = createBaseEventBlockTrade();
    if (object.rfq_id !== undefined && object.rfq_id !== null) {
      message.rfqId = BigInt(object.rfq_id);
    }
    if (object.quote_id !== undefined && object.quote_id !== null) {
      message.quoteId = BigInt(object.quote_id);
    }
    if (object.taker !== undefined && object.taker !== null) {
      message.taker = object.taker;
    }
    if (object.taker_subaccount !== undefined && object.taker_subaccount !== null) {
      message.takerSubaccount = object.taker_subaccount;
    }
    if (object.maker !== undefined && object.maker !== null) {
      message.maker = object.maker;
    }
    if (object.maker_subaccount !== undefined && object.maker_subaccount !== null) {
      message.makerSubaccount = object.maker_subaccount;
    }
    if (object.net_cost !== undefined && object.net_cost !== null) {
      message.netCost = BigInt(object.net_cost);
    }
    return message;
  },
  toAmino(message: EventBlockTrade): EventBlockTradeAmino {
    const obj: any = {};
    obj.rfq_id = message.rfqId !== BigInt(0) ? message.rfqId?.toString() : undefined;
    obj.quote_id = message.quoteId !== BigInt(0) ? message.quoteId?.toString() : undefined;
    obj.taker = message.taker === "" ? undefined : message.taker;
    obj.taker_subaccount = message.takerSubaccount === 0 ? undefined : message.takerSubaccount;
    obj.maker = message.maker === "" ? undefined : message.maker;
    obj.maker_subaccount = message.makerSubaccount === 0 ? undefined : message.makerSubaccount;
    obj.net_cost = message.netCost !== BigInt(0) ? message.netCost?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: EventBlockTradeAminoMsg): EventBlockTrade {
    return EventBlockTrade.fromAmino(object.value);
  },
  fromProtoMsg(message: EventBlockTradeProtoMsg): EventBlockTrade {
    return EventBlockTrade.decode(message.value);
  },
  toProto(message: EventBlockTrade): Uint8Array {
    return EventBlockTrade.encode(message).finish();
  },
  toProtoMsg(message: EventBlockTrade): EventBlockTradeProtoMsg {
    return {
      typeUrl: "/settle.options.v1.EventBlockTrade",
      value: EventBlockTrade.encode(message).finish()
    };
  }
};
function createBaseEventSettlementPriceFixed(): EventSettlementPriceFixed {
  return {
    underlying: "",
    expiry: BigInt(0),
    price: "",
    samples: 0,
    fallback: false
  };
}
export const EventSettlementPriceFixed = {
  typeUrl: "/settle.options.v1.EventSettlementPriceFixed",
  encode(message: EventSettlementPriceFixed, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.underlying !== "") {
      writer.uint32(10).string(message.underlying);
    }
    if (message.expiry !== BigInt(0)) {
      writer.uint32(16).int64(message.expiry);
    }
    if (message.price !== "") {
      writer.uint32(26).string(message.price);
    }
    if (message.samples !== 0) {
      writer.uint32(32).uint32(message.samples);
    }
    if (message.fallback === true) {
      writer.uint32(40).bool(message.fallback);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventSettlementPriceFixed {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventSettlementPriceFixed();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.underlying = reader.string();
          break;
        case 2:
          message.expiry = reader.int64();
          break;
        case 3:
          message.price = reader.string();
          break;
        case 4:
          message.samples = reader.uint32();
          break;
        case 5:
          message.fallback = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventSettlementPriceFixed {
    return {
      underlying: isSet(object.underlying) ? String(object.underlying) : "",
      expiry: isSet(object.expiry) ? BigInt(object.expiry.toString()) : BigInt(0),
      price: isSet(object.price) ? String(object.price) : "",
      samples: isSet(object.samples) ? Number(object.samples) : 0,
      fallback: isSet(object.fallback) ? Boolean(object.fallback) : false
    };
  },
  toJSON(message: EventSettlementPriceFixed): JsonSafe<EventSettlementPriceFixed> {
    const obj: any = {};
    message.underlying !== undefined && (obj.underlying = message.underlying);
    message.expiry !== undefined && (obj.expiry = (message.expiry || BigInt(0)).toString());
    message.price !== undefined && (obj.price = message.price);
    message.samples !== undefined && (obj.samples = Math.round(message.samples));
    message.fallback !== undefined && (obj.fallback = message.fallback);
    return obj;
  },
  fromPartial(object: DeepPartial<EventSettlementPriceFixed>): EventSettlementPriceFixed {
    const message = createBaseEventSettlementPriceFixed();
    message.underlying = object.underlying ?? "";
    message.expiry = object.expiry !== undefined && object.expiry !== null ? BigInt(object.expiry.toString()) : BigInt(0);
    message.price = object.price ?? "";
    message.samples = object.samples ?? 0;
    message.fallback = object.fallback ?? false;
    return message;
  },
  fromAmino(object: EventSettlementPriceFixedAmino): EventSettlementPriceFixed {
    const message = createBaseEventSettlementPriceFixed();
    if (object.underlying !== undefined && object.underlying !== null) {
      message.underlying = object.underlying;
    }
    if (object.expiry !== undefined && object.expiry !== null) {
      message.expiry = BigInt(object.expiry);
    }
    if (object.price !== undefined && object.price !== null) {
      message.price = object.price;
    }
    if (object.samples !== undefined && object.samples !== null) {
      message.samples = object.samples;
    }
    if (object.fallback !== undefined && object.fallback !== null) {
      message.fallback = object.fallback;
    }
    return message;
  },
  toAmino(message: EventSettlementPriceFixed): EventSettlementPriceFixedAmino {
    const obj: any = {};
    obj.underlying = message.underlying === "" ? undefined : message.underlying;
    obj.expiry = message.expiry !== BigInt(0) ? message.expiry?.toString() : undefined;
    obj.price = message.price === "" ? undefined : message.price;
    obj.samples = message.samples === 0 ? undefined : message.samples;
    obj.fallback = message.fallback === false ? undefined : message.fallback;
    return obj;
  },
  fromAminoMsg(object: EventSettlementPriceFixedAminoMsg): EventSettlementPriceFixed {
    return EventSettlementPriceFixed.fromAmino(object.value);
  },
  fromProtoMsg(message: EventSettlementPriceFixedProtoMsg): EventSettlementPriceFixed {
    return EventSettlementPriceFixed.decode(message.value);
  },
  toProto(message: EventSettlementPriceFixed): Uint8Array {
    return EventSettlementPriceFixed.encode(message).finish();
  },
  toProtoMsg(message: EventSettlementPriceFixed): EventSettlementPriceFixedProtoMsg {
    return {
      typeUrl: "/settle.options.v1.EventSettlementPriceFixed",
      value: EventSettlementPriceFixed.encode(message).finish()
    };
  }
};
function createBaseEventSettlementDelayed(): EventSettlementDelayed {
  return {
    underlying: "",
    expiry: BigInt(0),
    reason: ""
  };
}
export const EventSettlementDelayed = {
  typeUrl: "/settle.options.v1.EventSettlementDelayed",
  encode(message: EventSettlementDelayed, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.underlying !== "") {
      writer.uint32(10).string(message.underlying);
    }
    if (message.expiry !== BigInt(0)) {
      writer.uint32(16).int64(message.expiry);
    }
    if (message.reason !== "") {
      writer.uint32(26).string(message.reason);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventSettlementDelayed {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventSettlementDelayed();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.underlying = reader.string();
          break;
        case 2:
          message.expiry = reader.int64();
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
  fromJSON(object: any): EventSettlementDelayed {
    return {
      underlying: isSet(object.underlying) ? String(object.underlying) : "",
      expiry: isSet(object.expiry) ? BigInt(object.expiry.toString()) : BigInt(0),
      reason: isSet(object.reason) ? String(object.reason) : ""
    };
  },
  toJSON(message: EventSettlementDelayed): JsonSafe<EventSettlementDelayed> {
    const obj: any = {};
    message.underlying !== undefined && (obj.underlying = message.underlying);
    message.expiry !== undefined && (obj.expiry = (message.expiry || BigInt(0)).toString());
    message.reason !== undefined && (obj.reason = message.reason);
    return obj;
  },
  fromPartial(object: DeepPartial<EventSettlementDelayed>): EventSettlementDelayed {
    const message = createBaseEventSettlementDelayed();
    message.underlying = object.underlying ?? "";
    message.expiry = object.expiry !== undefined && object.expiry !== null ? BigInt(object.expiry.toString()) : BigInt(0);
    message.reason = object.reason ?? "";
    return message;
  },
  fromAmino(object: EventSettlementDelayedAmino): EventSettlementDelayed {
    const message = createBaseEventSettlementDelayed();
    if (object.underlying !== undefined && object.underlying !== null) {
      message.underlying = object.underlying;
    }
    if (object.expiry !== undefined && object.expiry !== null) {
      message.expiry = BigInt(object.expiry);
    }
    if (object.reason !== undefined && object.reason !== null) {
      message.reason = object.reason;
    }
    return message;
  },
  toAmino(message: EventSettlementDelayed): EventSettlementDelayedAmino {
    const obj: any = {};
    obj.underlying = message.underlying === "" ? undefined : message.underlying;
    obj.expiry = message.expiry !== BigInt(0) ? message.expiry?.toString() : undefined;
    obj.reason = message.reason === "" ? undefined : message.reason;
    return obj;
  },
  fromAminoMsg(object: EventSettlementDelayedAminoMsg): EventSettlementDelayed {
    return EventSettlementDelayed.fromAmino(object.value);
  },
  fromProtoMsg(message: EventSettlementDelayedProtoMsg): EventSettlementDelayed {
    return EventSettlementDelayed.decode(message.value);
  },
  toProto(message: EventSettlementDelayed): Uint8Array {
    return EventSettlementDelayed.encode(message).finish();
  },
  toProtoMsg(message: EventSettlementDelayed): EventSettlementDelayedProtoMsg {
    return {
      typeUrl: "/settle.options.v1.EventSettlementDelayed",
      value: EventSettlementDelayed.encode(message).finish()
    };
  }
};
function createBaseEventInstrumentSettled(): EventInstrumentSettled {
  return {
    instrumentId: "",
    settlementPrice: ""
  };
}
export const EventInstrumentSettled = {
  typeUrl: "/settle.options.v1.EventInstrumentSettled",
  encode(message: EventInstrumentSettled, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.instrumentId !== "") {
      writer.uint32(10).string(message.instrumentId);
    }
    if (message.settlementPrice !== "") {
      writer.uint32(18).string(message.settlementPrice);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventInstrumentSettled {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventInstrumentSettled();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.instrumentId = reader.string();
          break;
        case 2:
          message.settlementPrice = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventInstrumentSettled {
    return {
      instrumentId: isSet(object.instrumentId) ? String(object.instrumentId) : "",
      settlementPrice: isSet(object.settlementPrice) ? String(object.settlementPrice) : ""
    };
  },
  toJSON(message: EventInstrumentSettled): JsonSafe<EventInstrumentSettled> {
    const obj: any = {};
    message.instrumentId !== undefined && (obj.instrumentId = message.instrumentId);
    message.settlementPrice !== undefined && (obj.settlementPrice = message.settlementPrice);
    return obj;
  },
  fromPartial(object: DeepPartial<EventInstrumentSettled>): EventInstrumentSettled {
    const message = createBaseEventInstrumentSettled();
    message.instrumentId = object.instrumentId ?? "";
    message.settlementPrice = object.settlementPrice ?? "";
    return message;
  },
  fromAmino(object: EventInstrumentSettledAmino): EventInstrumentSettled {
    const message = createBaseEventInstrumentSettled();
    if (object.instrument_id !== undefined && object.instrument_id !== null) {
      message.instrumentId = object.instrument_id;
    }
    if (object.settlement_price !== undefined && object.settlement_price !== null) {
      message.settlementPrice = object.settlement_price;
    }
    return message;
  },
  toAmino(message: EventInstrumentSettled): EventInstrumentSettledAmino {
    const obj: any = {};
    obj.instrument_id = message.instrumentId === "" ? undefined : message.instrumentId;
    obj.settlement_price = message.settlementPrice === "" ? undefined : message.settlementPrice;
    return obj;
  },
  fromAminoMsg(object: EventInstrumentSettledAminoMsg): EventInstrumentSettled {
    return EventInstrumentSettled.fromAmino(object.value);
  },
  fromProtoMsg(message: EventInstrumentSettledProtoMsg): EventInstrumentSettled {
    return EventInstrumentSettled.decode(message.value);
  },
  toProto(message: EventInstrumentSettled): Uint8Array {
    return EventInstrumentSettled.encode(message).finish();
  },
  toProtoMsg(message: EventInstrumentSettled): EventInstrumentSettledProtoMsg {
    return {
      typeUrl: "/settle.options.v1.EventInstrumentSettled",
      value: EventInstrumentSettled.encode(message).finish()
    };
  }
};