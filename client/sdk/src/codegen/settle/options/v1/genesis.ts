/* eslint-disable */
import { Params, ParamsAmino, Instrument, InstrumentAmino, InstrumentStats, InstrumentStatsAmino, Order, OrderAmino, DeadManSwitch, DeadManSwitchAmino, Rfq, RfqAmino, Quote, QuoteAmino, SettlementPrice, SettlementPriceAmino, MmpConfig, MmpConfigAmino, MmpState, MmpStateAmino } from "./types";
import { BinaryReader, BinaryWriter } from "../../../binary";
import { isSet, DeepPartial } from "../../../helpers";
import { JsonSafe } from "../../../json-safe";
/** GenesisState is the options module's section of genesis (app_state.options, proto3 JSON). */
export interface GenesisState {
  params?: Params;
  instruments: Instrument[];
  stats: InstrumentStats[];
  orders: Order[];
  /** next_order_id, next_rest_seq: the counters. */
  nextOrderId: bigint;
  nextRestSeq: bigint;
  deadManSwitches: DeadManSwitch[];
  mmp: MmpEntry[];
  rfqs: Rfq[];
  quotes: Quote[];
  settlementPrices: SettlementPrice[];
}
export interface GenesisStateProtoMsg {
  typeUrl: "/settle.options.v1.GenesisState";
  value: Uint8Array;
}
/**
 * GenesisState is the options module's section of genesis (app_state.options, proto3 JSON).
 * @name GenesisStateAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.GenesisState
 */
export interface GenesisStateAmino {
  params?: ParamsAmino;
  instruments?: InstrumentAmino[];
  stats?: InstrumentStatsAmino[];
  orders?: OrderAmino[];
  /**
   * next_order_id, next_rest_seq: the counters.
   */
  next_order_id?: string;
  next_rest_seq?: string;
  dead_man_switches?: DeadManSwitchAmino[];
  mmp?: MmpEntryAmino[];
  rfqs?: RfqAmino[];
  quotes?: QuoteAmino[];
  settlement_prices?: SettlementPriceAmino[];
}
export interface GenesisStateAminoMsg {
  type: "/settle.options.v1.GenesisState";
  value: GenesisStateAmino;
}
/** MmpEntry: one subaccount's protection on one underlying, with its state. */
export interface MmpEntry {
  config?: MmpConfig;
  state?: MmpState;
}
export interface MmpEntryProtoMsg {
  typeUrl: "/settle.options.v1.MmpEntry";
  value: Uint8Array;
}
/**
 * MmpEntry: one subaccount's protection on one underlying, with its state.
 * @name MmpEntryAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.MmpEntry
 */
export interface MmpEntryAmino {
  config?: MmpConfigAmino;
  state?: MmpStateAmino;
}
export interface MmpEntryAminoMsg {
  type: "/settle.options.v1.MmpEntry";
  value: MmpEntryAmino;
}
function createBaseGenesisState(): GenesisState {
  return {
    params: undefined,
    instruments: [],
    stats: [],
    orders: [],
    nextOrderId: BigInt(0),
    nextRestSeq: BigInt(0),
    deadManSwitches: [],
    mmp: [],
    rfqs: [],
    quotes: [],
    settlementPrices: []
  };
}
export const GenesisState = {
  typeUrl: "/settle.options.v1.GenesisState",
  encode(message: GenesisState, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.params !== undefined) {
      Params.encode(message.params, writer.uint32(10).fork()).ldelim();
    }
    for (const v of message.instruments) {
      Instrument.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    for (const v of message.stats) {
      InstrumentStats.encode(v!, writer.uint32(26).fork()).ldelim();
    }
    for (const v of message.orders) {
      Order.encode(v!, writer.uint32(34).fork()).ldelim();
    }
    if (message.nextOrderId !== BigInt(0)) {
      writer.uint32(40).uint64(message.nextOrderId);
    }
    if (message.nextRestSeq !== BigInt(0)) {
      writer.uint32(48).uint64(message.nextRestSeq);
    }
    for (const v of message.deadManSwitches) {
      DeadManSwitch.encode(v!, writer.uint32(58).fork()).ldelim();
    }
    for (const v of message.mmp) {
      MmpEntry.encode(v!, writer.uint32(66).fork()).ldelim();
    }
    for (const v of message.rfqs) {
      Rfq.encode(v!, writer.uint32(74).fork()).ldelim();
    }
    for (const v of message.quotes) {
      Quote.encode(v!, writer.uint32(82).fork()).ldelim();
    }
    for (const v of message.settlementPrices) {
      SettlementPrice.encode(v!, writer.uint32(90).fork()).ldelim();
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
          message.instruments.push(Instrument.decode(reader, reader.uint32()));
          break;
        case 3:
          message.stats.push(InstrumentStats.decode(reader, reader.uint32()));
          break;
        case 4:
          message.orders.push(Order.decode(reader, reader.uint32()));
          break;
        case 5:
          message.nextOrderId = reader.uint64();
          break;
        case 6:
          message.nextRestSeq = reader.uint64();
          break;
        case 7:
          message.deadManSwitches.push(DeadManSwitch.decode(reader, reader.uint32()));
          break;
        case 8:
          message.mmp.push(MmpEntry.decode(reader, reader.uint32()));
          break;
        case 9:
          message.rfqs.push(Rfq.decode(reader, reader.uint32()));
          break;
        case 10:
          message.quotes.push(Quote.decode(reader, reader.uint32()));
          break;
        case 11:
          message.settlementPrices.push(SettlementPrice.decode(reader, reader.uint32()));
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
      instruments: Array.isArray(object?.instruments) ? object.instruments.map((e: any) => Instrument.fromJSON(e)) : [],
      stats: Array.isArray(object?.stats) ? object.stats.map((e: any) => InstrumentStats.fromJSON(e)) : [],
      orders: Array.isArray(object?.orders) ? object.orders.map((e: any) => Order.fromJSON(e)) : [],
      nextOrderId: isSet(object.nextOrderId) ? BigInt(object.nextOrderId.toString()) : BigInt(0),
      nextRestSeq: isSet(object.nextRestSeq) ? BigInt(object.nextRestSeq.toString()) : BigInt(0),
      deadManSwitches: Array.isArray(object?.deadManSwitches) ? object.deadManSwitches.map((e: any) => DeadManSwitch.fromJSON(e)) : [],
      mmp: Array.isArray(object?.mmp) ? object.mmp.map((e: any) => MmpEntry.fromJSON(e)) : [],
      rfqs: Array.isArray(object?.rfqs) ? object.rfqs.map((e: any) => Rfq.fromJSON(e)) : [],
      quotes: Array.isArray(object?.quotes) ? object.quotes.map((e: any) => Quote.fromJSON(e)) : [],
      settlementPrices: Array.isArray(object?.settlementPrices) ? object.settlementPrices.map((e: any) => SettlementPrice.fromJSON(e)) : []
    };
  },
  toJSON(message: GenesisState): JsonSafe<GenesisState> {
    const obj: any = {};
    message.params !== undefined && (obj.params = message.params ? Params.toJSON(message.params) : undefined);
    if (message.instruments) {
      obj.instruments = message.instruments.map(e => e ? Instrument.toJSON(e) : undefined);
    } else {
      obj.instruments = [];
    }
    if (message.stats) {
      obj.stats = message.stats.map(e => e ? InstrumentStats.toJSON(e) : undefined);
    } else {
      obj.stats = [];
    }
    if (message.orders) {
      obj.orders = message.orders.map(e => e ? Order.toJSON(e) : undefined);
    } else {
      obj.orders = [];
    }
    message.nextOrderId !== undefined && (obj.nextOrderId = (message.nextOrderId || BigInt(0)).toString());
    message.nextRestSeq !== undefined && (obj.nextRestSeq = (message.nextRestSeq || BigInt(0)).toString());
    if (message.deadManSwitches) {
      obj.deadManSwitches = message.deadManSwitches.map(e => e ? DeadManSwitch.toJSON(e) : undefined);
    } else {
      obj.deadManSwitches = [];
    }
    if (message.mmp) {
      obj.mmp = message.mmp.map(e => e ? MmpEntry.toJSON(e) : undefined);
    } else {
      obj.mmp = [];
    }
    if (message.rfqs) {
      obj.rfqs = message.rfqs.map(e => e ? Rfq.toJSON(e) : undefined);
    } else {
      obj.rfqs = [];
    }
    if (message.quotes) {
      obj.quotes = message.quotes.map(e => e ? Quote.toJSON(e) : undefined);
    } else {
      obj.quotes = [];
    }
    if (message.settlementPrices) {
      obj.settlementPrices = message.settlementPrices.map(e => e ? SettlementPrice.toJSON(e) : undefined);
    } else {
      obj.settlementPrices = [];
    }
    return obj;
  },
  fromPartial(object: DeepPartial<GenesisState>): GenesisState {
    const message = createBaseGenesisState();
    message.params = object.params !== undefined && object.params !== null ? Params.fromPartial(object.params) : undefined;
    message.instruments = object.instruments?.map(e => Instrument.fromPartial(e)) || [];
    message.stats = object.stats?.map(e => InstrumentStats.fromPartial(e)) || [];
    message.orders = object.orders?.map(e => Order.fromPartial(e)) || [];
    message.nextOrderId = object.nextOrderId !== undefined && object.nextOrderId !== null ? BigInt(object.nextOrderId.toString()) : BigInt(0);
    message.nextRestSeq = object.nextRestSeq !== undefined && object.nextRestSeq !== null ? BigInt(object.nextRestSeq.toString()) : BigInt(0);
    message.deadManSwitches = object.deadManSwitches?.map(e => DeadManSwitch.fromPartial(e)) || [];
    message.mmp = object.mmp?.map(e => MmpEntry.fromPartial(e)) || [];
    message.rfqs = object.rfqs?.map(e => Rfq.fromPartial(e)) || [];
    message.quotes = object.quotes?.map(e => Quote.fromPartial(e)) || [];
    message.settlementPrices = object.settlementPrices?.map(e => SettlementPrice.fromPartial(e)) || [];
    return message;
  },
  fromAmino(object: GenesisStateAmino): GenesisState {
    const message = createBaseGenesisState();
    if (object.params !== undefined && object.params !== null) {
      message.params = Params.fromAmino(object.params);
    }
    message.instruments = object.instruments?.map(e => Instrument.fromAmino(e)) || [];
    message.stats = object.stats?.map(e => InstrumentStats.fromAmino(e)) || [];
    message.orders = object.orders?.map(e => Order.fromAmino(e)) || [];
    if (object.next_order_id !== undefined && object.next_order_id !== null) {
      message.nextOrderId = BigInt(object.next_order_id);
    }
    if (object.next_rest_seq !== undefined && object.next_rest_seq !== null) {
      message.nextRestSeq = BigInt(object.next_rest_seq);
    }
    message.deadManSwitches = object.dead_man_switches?.map(e => DeadManSwitch.fromAmino(e)) || [];
    message.mmp = object.mmp?.map(e => MmpEntry.fromAmino(e)) || [];
    message.rfqs = object.rfqs?.map(e => Rfq.fromAmino(e)) || [];
    message.quotes = object.quotes?.map(e => Quote.fromAmino(e)) || [];
    message.settlementPrices = object.settlement_prices?.map(e => SettlementPrice.fromAmino(e)) || [];
    return message;
  },
  toAmino(message: GenesisState): GenesisStateAmino {
    const obj: any = {};
    obj.params = message.params ? Params.toAmino(message.params) : undefined;
    if (message.instruments && message.instruments.length > 0) {
      obj.instruments = message.instruments.map(e => e ? Instrument.toAmino(e) : undefined);
    }
    if (message.stats && message.stats.length > 0) {
      obj.stats = message.stats.map(e => e ? InstrumentStats.toAmino(e) : undefined);
    }
    if (message.orders && message.orders.length > 0) {
      obj.orders = message.orders.map(e => e ? Order.toAmino(e) : undefined);
    }
    obj.next_order_id = message.nextOrderId !== BigInt(0) ? message.nextOrderId?.toString() : undefined;
    obj.next_rest_seq = message.nextRestSeq !== BigInt(0) ? message.nextRestSeq?.toString() : undefined;
    if (message.deadManSwitches && message.deadManSwitches.length > 0) {
      obj.dead_man_switches = message.deadManSwitches.map(e => e ? DeadManSwitch.toAmino(e) : undefined);
    }
    if (message.mmp && message.mmp.length > 0) {
      obj.mmp = message.mmp.map(e => e ? MmpEntry.toAmino(e) : undefined);
    }
    if (message.rfqs && message.rfqs.length > 0) {
      obj.rfqs = message.rfqs.map(e => e ? Rfq.toAmino(e) : undefined);
    }
    if (message.quotes && message.quotes.length > 0) {
      obj.quotes = message.quotes.map(e => e ? Quote.toAmino(e) : undefined);
    }
    if (message.settlementPrices && message.settlementPrices.length > 0) {
      obj.settlement_prices = message.settlementPrices.map(e => e ? SettlementPrice.toAmino(e) : undefined);
    }
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
      typeUrl: "/settle.options.v1.GenesisState",
      value: GenesisState.encode(message).finish()
    };
  }
};
function createBaseMmpEntry(): MmpEntry {
  return {
    config: undefined,
    state: undefined
  };
}
export const MmpEntry = {
  typeUrl: "/settle.options.v1.MmpEntry",
  encode(message: MmpEntry, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.config !== undefined) {
      MmpConfig.encode(message.config, writer.uint32(10).fork()).ldelim();
    }
    if (message.state !== undefined) {
      MmpState.encode(message.state, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MmpEntry {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMmpEntry();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.config = MmpConfig.decode(reader, reader.uint32());
          break;
        case 2:
          message.state = MmpState.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MmpEntry {
    return {
      config: isSet(object.config) ? MmpConfig.fromJSON(object.config) : undefined,
      state: isSet(object.state) ? MmpState.fromJSON(object.state) : undefined
    };
  },
  toJSON(message: MmpEntry): JsonSafe<MmpEntry> {
    const obj: any = {};
    message.config !== undefined && (obj.config = message.config ? MmpConfig.toJSON(message.config) : undefined);
    message.state !== undefined && (obj.state = message.state ? MmpState.toJSON(message.state) : undefined);
    return obj;
  },
  fromPartial(object: DeepPartial<MmpEntry>): MmpEntry {
    const message = createBaseMmpEntry();
    message.config = object.config !== undefined && object.config !== null ? MmpConfig.fromPartial(object.config) : undefined;
    message.state = object.state !== undefined && object.state !== null ? MmpState.fromPartial(object.state) : undefined;
    return message;
  },
  fromAmino(object: MmpEntryAmino): MmpEntry {
    const message = createBaseMmpEntry();
    if (object.config !== undefined && object.config !== null) {
      message.config = MmpConfig.fromAmino(object.config);
    }
    if (object.state !== undefined && object.state !== null) {
      message.state = MmpState.fromAmino(object.state);
    }
    return message;
  },
  toAmino(message: MmpEntry): MmpEntryAmino {
    const obj: any = {};
    obj.config = message.config ? MmpConfig.toAmino(message.config) : undefined;
    obj.state = message.state ? MmpState.toAmino(message.state) : undefined;
    return obj;
  },
  fromAminoMsg(object: MmpEntryAminoMsg): MmpEntry {
    return MmpEntry.fromAmino(object.value);
  },
  fromProtoMsg(message: MmpEntryProtoMsg): MmpEntry {
    return MmpEntry.decode(message.value);
  },
  toProto(message: MmpEntry): Uint8Array {
    return MmpEntry.encode(message).finish();
  },
  toProtoMsg(message: MmpEntry): MmpEntryProtoMsg {
    return {
      typeUrl: "/settle.options.v1.MmpEntry",
      value: MmpEntry.encode(message).finish()
    };
  }
};