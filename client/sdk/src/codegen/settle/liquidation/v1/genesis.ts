/* eslint-disable */
import { Params, ParamsAmino, Auction, AuctionAmino, InsuranceFund, InsuranceFundAmino, LiquidationRecord, LiquidationRecordAmino } from "./types";
import { BinaryReader, BinaryWriter } from "../../../binary";
import { isSet, DeepPartial } from "../../../helpers";
import { JsonSafe } from "../../../json-safe";
/** GenesisState is the liquidation module's section of genesis (app_state.liquidation, proto3 JSON). */
export interface GenesisState {
  params?: Params;
  auctions: Auction[];
  fund?: InsuranceFund;
  records: LiquidationRecord[];
  nextRecordId: bigint;
}
export interface GenesisStateProtoMsg {
  typeUrl: "/settle.liquidation.v1.GenesisState";
  value: Uint8Array;
}
/**
 * GenesisState is the liquidation module's section of genesis (app_state.liquidation, proto3 JSON).
 * @name GenesisStateAmino
 * @package settle.liquidation.v1
 * @see proto type: settle.liquidation.v1.GenesisState
 */
export interface GenesisStateAmino {
  params?: ParamsAmino;
  auctions?: AuctionAmino[];
  fund?: InsuranceFundAmino;
  records?: LiquidationRecordAmino[];
  next_record_id?: string;
}
export interface GenesisStateAminoMsg {
  type: "/settle.liquidation.v1.GenesisState";
  value: GenesisStateAmino;
}
function createBaseGenesisState(): GenesisState {
  return {
    params: undefined,
    auctions: [],
    fund: undefined,
    records: [],
    nextRecordId: BigInt(0)
  };
}
export const GenesisState = {
  typeUrl: "/settle.liquidation.v1.GenesisState",
  encode(message: GenesisState, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.params !== undefined) {
      Params.encode(message.params, writer.uint32(10).fork()).ldelim();
    }
    for (const v of message.auctions) {
      Auction.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    if (message.fund !== undefined) {
      InsuranceFund.encode(message.fund, writer.uint32(26).fork()).ldelim();
    }
    for (const v of message.records) {
      LiquidationRecord.encode(v!, writer.uint32(34).fork()).ldelim();
    }
    if (message.nextRecordId !== BigInt(0)) {
      writer.uint32(40).uint64(message.nextRecordId);
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
          message.auctions.push(Auction.decode(reader, reader.uint32()));
          break;
        case 3:
          message.fund = InsuranceFund.decode(reader, reader.uint32());
          break;
        case 4:
          message.records.push(LiquidationRecord.decode(reader, reader.uint32()));
          break;
        case 5:
          message.nextRecordId = reader.uint64();
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
      auctions: Array.isArray(object?.auctions) ? object.auctions.map((e: any) => Auction.fromJSON(e)) : [],
      fund: isSet(object.fund) ? InsuranceFund.fromJSON(object.fund) : undefined,
      records: Array.isArray(object?.records) ? object.records.map((e: any) => LiquidationRecord.fromJSON(e)) : [],
      nextRecordId: isSet(object.nextRecordId) ? BigInt(object.nextRecordId.toString()) : BigInt(0)
    };
  },
  toJSON(message: GenesisState): JsonSafe<GenesisState> {
    const obj: any = {};
    message.params !== undefined && (obj.params = message.params ? Params.toJSON(message.params) : undefined);
    if (message.auctions) {
      obj.auctions = message.auctions.map(e => e ? Auction.toJSON(e) : undefined);
    } else {
      obj.auctions = [];
    }
    message.fund !== undefined && (obj.fund = message.fund ? InsuranceFund.toJSON(message.fund) : undefined);
    if (message.records) {
      obj.records = message.records.map(e => e ? LiquidationRecord.toJSON(e) : undefined);
    } else {
      obj.records = [];
    }
    message.nextRecordId !== undefined && (obj.nextRecordId = (message.nextRecordId || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<GenesisState>): GenesisState {
    const message = createBaseGenesisState();
    message.params = object.params !== undefined && object.params !== null ? Params.fromPartial(object.params) : undefined;
    message.auctions = object.auctions?.map(e => Auction.fromPartial(e)) || [];
    message.fund = object.fund !== undefined && object.fund !== null ? InsuranceFund.fromPartial(object.fund) : undefined;
    message.records = object.records?.map(e => LiquidationRecord.fromPartial(e)) || [];
    message.nextRecordId = object.nextRecordId !== undefined && object.nextRecordId !== null ? BigInt(object.nextRecordId.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: GenesisStateAmino): GenesisState {
    const message = createBaseGenesisState();
    if (object.params !== undefined && object.params !== null) {
      message.params = Params.fromAmino(object.params);
    }
    message.auctions = object.auctions?.map(e => Auction.fromAmino(e)) || [];
    if (object.fund !== undefined && object.fund !== null) {
      message.fund = InsuranceFund.fromAmino(object.fund);
    }
    message.records = object.records?.map(e => LiquidationRecord.fromAmino(e)) || [];
    if (object.next_record_id !== undefined && object.next_record_id !== null) {
      message.nextRecordId = BigInt(object.next_record_id);
    }
    return message;
  },
  toAmino(message: GenesisState): GenesisStateAmino {
    const obj: any = {};
    obj.params = message.params ? Params.toAmino(message.params) : undefined;
    if (message.auctions && message.auctions.length > 0) {
      obj.auctions = message.auctions.map(e => e ? Auction.toAmino(e) : undefined);
    }
    obj.fund = message.fund ? InsuranceFund.toAmino(message.fund) : undefined;
    if (message.records && message.records.length > 0) {
      obj.records = message.records.map(e => e ? LiquidationRecord.toAmino(e) : undefined);
    }
    obj.next_record_id = message.nextRecordId !== BigInt(0) ? message.nextRecordId?.toString() : undefined;
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
      typeUrl: "/settle.liquidation.v1.GenesisState",
      value: GenesisState.encode(message).finish()
    };
  }
};