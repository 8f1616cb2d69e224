/* eslint-disable */
import { Params, ParamsAmino, InsuranceFund, InsuranceFundAmino, Auction, AuctionAmino, LiquidationRecord, LiquidationRecordAmino } from "./types";
import { BinaryReader, BinaryWriter } from "../../../binary";
import { JsonSafe } from "../../../json-safe";
import { DeepPartial, isSet } from "../../../helpers";
export interface QueryParamsRequest {}
export interface QueryParamsRequestProtoMsg {
  typeUrl: "/settle.liquidation.v1.QueryParamsRequest";
  value: Uint8Array;
}
/**
 * @name QueryParamsRequestAmino
 * @package settle.liquidation.v1
 * @see proto type: settle.liquidation.v1.QueryParamsRequest
 */
export interface QueryParamsRequestAmino {}
export interface QueryParamsRequestAminoMsg {
  type: "/settle.liquidation.v1.QueryParamsRequest";
  value: QueryParamsRequestAmino;
}
export interface QueryParamsResponse {
  params?: Params;
}
export interface QueryParamsResponseProtoMsg {
  typeUrl: "/settle.liquidation.v1.QueryParamsResponse";
  value: Uint8Array;
}
/**
 * @name QueryParamsResponseAmino
 * @package settle.liquidation.v1
 * @see proto type: settle.liquidation.v1.QueryParamsResponse
 */
export interface QueryParamsResponseAmino {
  params?: ParamsAmino;
}
export interface QueryParamsResponseAminoMsg {
  type: "/settle.liquidation.v1.QueryParamsResponse";
  value: QueryParamsResponseAmino;
}
export interface QueryInsuranceFundRequest {}
export interface QueryInsuranceFundRequestProtoMsg {
  typeUrl: "/settle.liquidation.v1.QueryInsuranceFundRequest";
  value: Uint8Array;
}
/**
 * @name QueryInsuranceFundRequestAmino
 * @package settle.liquidation.v1
 * @see proto type: settle.liquidation.v1.QueryInsuranceFundRequest
 */
export interface QueryInsuranceFundRequestAmino {}
export interface QueryInsuranceFundRequestAminoMsg {
  type: "/settle.liquidation.v1.QueryInsuranceFundRequest";
  value: QueryInsuranceFundRequestAmino;
}
export interface QueryInsuranceFundResponse {
  denom: string;
  /** balance: the insurance module account's balance of the denom, base units. */
  balance: string;
  totals?: InsuranceFund;
  /** withdrawals_blocked: some subaccount has negative equity that is not covered yet. */
  withdrawalsBlocked: boolean;
}
export interface QueryInsuranceFundResponseProtoMsg {
  typeUrl: "/settle.liquidation.v1.QueryInsuranceFundResponse";
  value: Uint8Array;
}
/**
 * @name QueryInsuranceFundResponseAmino
 * @package settle.liquidation.v1
 * @see proto type: settle.liquidation.v1.QueryInsuranceFundResponse
 */
export interface QueryInsuranceFundResponseAmino {
  denom?: string;
  /**
   * balance: the insurance module account's balance of the denom, base units.
   */
  balance?: string;
  totals?: InsuranceFundAmino;
  /**
   * withdrawals_blocked: some subaccount has negative equity that is not covered yet.
   */
  withdrawals_blocked?: boolean;
}
export interface QueryInsuranceFundResponseAminoMsg {
  type: "/settle.liquidation.v1.QueryInsuranceFundResponse";
  value: QueryInsuranceFundResponseAmino;
}
export interface QueryAuctionsRequest {}
export interface QueryAuctionsRequestProtoMsg {
  typeUrl: "/settle.liquidation.v1.QueryAuctionsRequest";
  value: Uint8Array;
}
/**
 * @name QueryAuctionsRequestAmino
 * @package settle.liquidation.v1
 * @see proto type: settle.liquidation.v1.QueryAuctionsRequest
 */
export interface QueryAuctionsRequestAmino {}
export interface QueryAuctionsRequestAminoMsg {
  type: "/settle.liquidation.v1.QueryAuctionsRequest";
  value: QueryAuctionsRequestAmino;
}
export interface AuctionState {
  auction?: Auction;
  /** discount: the discount a liquidation step gets in the next block (a share of MM per contract). */
  discount: string;
  /**
   * positions: what a liquidator can take in the next block, at the prices of the queried height's state
   * (empty when a price is stale: no step would be accepted).
   */
  positions: AuctionPosition[];
}
export interface AuctionStateProtoMsg {
  typeUrl: "/settle.liquidation.v1.AuctionState";
  value: Uint8Array;
}
/**
 * @name AuctionStateAmino
 * @package settle.liquidation.v1
 * @see proto type: settle.liquidation.v1.AuctionState
 */
export interface AuctionStateAmino {
  auction?: AuctionAmino;
  /**
   * discount: the discount a liquidation step gets in the next block (a share of MM per contract).
   */
  discount?: string;
  /**
   * positions: what a liquidator can take in the next block, at the prices of the queried height's state
   * (empty when a price is stale: no step would be accepted).
   */
  positions?: AuctionPositionAmino[];
}
export interface AuctionStateAminoMsg {
  type: "/settle.liquidation.v1.AuctionState";
  value: AuctionStateAmino;
}
/** AuctionPosition: one position of a subaccount under auction, as a liquidator would take it. */
export interface AuctionPosition {
  instrumentId: string;
  /** size: the subaccount's signed position. */
  size: bigint;
  /** price: per contract, base units, at the next block's discount and this height's marks. */
  price: bigint;
  /** mark: per contract, base units (the long's mark rounded down, the short's rounded up). */
  mark: bigint;
  /** max_size: contracts a step may take in the next block (max_share_per_block of the position, at least one). */
  maxSize: bigint;
  /** penalty_per_contract: what the liquidated subaccount pays the insurance fund per contract (while its equity covers it). */
  penaltyPerContract: bigint;
}
export interface AuctionPositionProtoMsg {
  typeUrl: "/settle.liquidation.v1.AuctionPosition";
  value: Uint8Array;
}
/**
 * AuctionPosition: one position of a subaccount under auction, as a liquidator would take it.
 * @name AuctionPositionAmino
 * @package settle.liquidation.v1
 * @see proto type: settle.liquidation.v1.AuctionPosition
 */
export interface AuctionPositionAmino {
  instrument_id?: string;
  /**
   * size: the subaccount's signed position.
   */
  size?: string;
  /**
   * price: per contract, base units, at the next block's discount and this height's marks.
   */
  price?: string;
  /**
   * mark: per contract, base units (the long's mark rounded down, the short's rounded up).
   */
  mark?: string;
  /**
   * max_size: contracts a step may take in the next block (max_share_per_block of the position, at least one).
   */
  max_size?: string;
  /**
   * penalty_per_contract: what the liquidated subaccount pays the insurance fund per contract (while its equity covers it).
   */
  penalty_per_contract?: string;
}
export interface AuctionPositionAminoMsg {
  type: "/settle.liquidation.v1.AuctionPosition";
  value: AuctionPositionAmino;
}
export interface QueryAuctionsResponse {
  auctions: AuctionState[];
}
export interface QueryAuctionsResponseProtoMsg {
  typeUrl: "/settle.liquidation.v1.QueryAuctionsResponse";
  value: Uint8Array;
}
/**
 * @name QueryAuctionsResponseAmino
 * @package settle.liquidation.v1
 * @see proto type: settle.liquidation.v1.QueryAuctionsResponse
 */
export interface QueryAuctionsResponseAmino {
  auctions?: AuctionStateAmino[];
}
export interface QueryAuctionsResponseAminoMsg {
  type: "/settle.liquidation.v1.QueryAuctionsResponse";
  value: QueryAuctionsResponseAmino;
}
export interface QueryLiquidationsRequest {
  /** owner: only this owner's subaccounts (empty: all). */
  owner: string;
  /** limit: at most this many (0: 100). */
  limit: number;
}
export interface QueryLiquidationsRequestProtoMsg {
  typeUrl: "/settle.liquidation.v1.QueryLiquidationsRequest";
  value: Uint8Array;
}
/**
 * @name QueryLiquidationsRequestAmino
 * @package settle.liquidation.v1
 * @see proto type: settle.liquidation.v1.QueryLiquidationsRequest
 */
export interface QueryLiquidationsRequestAmino {
  /**
   * owner: only this owner's subaccounts (empty: all).
   */
  owner?: string;
  /**
   * limit: at most this many (0: 100).
   */
  limit?: number;
}
export interface QueryLiquidationsRequestAminoMsg {
  type: "/settle.liquidation.v1.QueryLiquidationsRequest";
  value: QueryLiquidationsRequestAmino;
}
export interface QueryLiquidationsResponse {
  records: LiquidationRecord[];
}
export interface QueryLiquidationsResponseProtoMsg {
  typeUrl: "/settle.liquidation.v1.QueryLiquidationsResponse";
  value: Uint8Array;
}
/**
 * @name QueryLiquidationsResponseAmino
 * @package settle.liquidation.v1
 * @see proto type: settle.liquidation.v1.QueryLiquidationsResponse
 */
export interface QueryLiquidationsResponseAmino {
  records?: LiquidationRecordAmino[];
}
export interface QueryLiquidationsResponseAminoMsg {
  type: "/settle.liquidation.v1.QueryLiquidationsResponse";
  value: QueryLiquidationsResponseAmino;
}
function createBaseQueryParamsRequest(): QueryParamsRequest {
  return {};
}
export const QueryParamsRequest = {
  typeUrl: "/settle.liquidation.v1.QueryParamsRequest",
  encode(_: QueryParamsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryParamsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryParamsRequest();
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
  fromJSON(_: any): QueryParamsRequest {
    return {};
  },
  toJSON(_: QueryParamsRequest): JsonSafe<QueryParamsRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial(_: DeepPartial<QueryParamsRequest>): QueryParamsRequest {
    const message = createBaseQueryParamsRequest();
    return message;
  },
  fromAmino(_: QueryParamsRequestAmino): QueryParamsRequest {
    const message = createBaseQueryParamsRequest();
    return message;
  },
  toAmino(_: QueryParamsRequest): QueryParamsRequestAmino {
    const obj: any = {};
    return obj;
  },
  fromAminoMsg(object: QueryParamsRequestAminoMsg): QueryParamsRequest {
    return QueryParamsRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryParamsRequestProtoMsg): QueryParamsRequest {
    return QueryParamsRequest.decode(message.value);
  },
  toProto(message: QueryParamsRequest): Uint8Array {
    return QueryParamsRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryParamsRequest): QueryParamsRequestProtoMsg {
    return {
      typeUrl: "/settle.liquidation.v1.QueryParamsRequest",
      value: QueryParamsRequest.encode(message).finish()
    };
  }
};
function createBaseQueryParamsResponse(): QueryParamsResponse {
  return {
    params: undefined
  };
}
export const QueryParamsResponse = {
  typeUrl: "/settle.liquidation.v1.QueryParamsResponse",
  encode(message: QueryParamsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.params !== undefined) {
      Params.encode(message.params, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryParamsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryParamsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.params = Params.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryParamsResponse {
    return {
      params: isSet(object.params) ? Params.fromJSON(object.params) : undefined
    };
  },
  toJSON(message: QueryParamsResponse): JsonSafe<QueryParamsResponse> {
    const obj: any = {};
    message.params !== undefined && (obj.params = message.params ? Params.toJSON(message.params) : undefined);
    return obj;
  },
  fromPartial(object: DeepPartial<QueryParamsResponse>): QueryParamsResponse {
    const message = createBaseQueryParamsResponse();
    message.params = object.params !== undefined && object.params !== null ? Params.fromPartial(object.params) : undefined;
    return message;
  },
  fromAmino(object: QueryParamsResponseAmino): QueryParamsResponse {
    const message = createBaseQueryParamsResponse();
    if (object.params !== undefined && object.params !== null) {
      message.params = Params.fromAmino(object.params);
    }
    return message;
  },
  toAmino(message: QueryParamsResponse): QueryParamsResponseAmino {
    const obj: any = {};
    obj.params = message.params ? Params.toAmino(message.params) : undefined;
    return obj;
  },
  fromAminoMsg(object: QueryParamsResponseAminoMsg): QueryParamsResponse {
    return QueryParamsResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryParamsResponseProtoMsg): QueryParamsResponse {
    return QueryParamsResponse.decode(message.value);
  },
  toProto(message: QueryParamsResponse): Uint8Array {
    return QueryParamsResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryParamsResponse): QueryParamsResponseProtoMsg {
    return {
      typeUrl: "/settle.liquidation.v1.QueryParamsResponse",
      value: QueryParamsResponse.encode(message).finish()
    };
  }
};
function createBaseQueryInsuranceFundRequest(): QueryInsuranceFundRequest {
  return {};
}
export const QueryInsuranceFundRequest = {
  typeUrl: "/settle.liquidation.v1.QueryInsuranceFundRequest",
  encode(_: QueryInsuranceFundRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryInsuranceFundRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryInsuranceFundRequest();
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
  fromJSON(_: any): QueryInsuranceFundRequest {
    return {};
  },
  toJSON(_: QueryInsuranceFundRequest): JsonSafe<QueryInsuranceFundRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial(_: DeepPartial<QueryInsuranceFundRequest>): QueryInsuranceFundRequest {
    const message = createBaseQueryInsuranceFundRequest();
    return message;
  },
  fromAmino(_: QueryInsuranceFundRequestAmino): QueryInsuranceFundRequest {
    const message = createBaseQueryInsuranceFundRequest();
    return message;
  },
  toAmino(_: QueryInsuranceFundRequest): QueryInsuranceFundRequestAmino {
    const obj: any = {};
    return obj;
  },
  fromAminoMsg(object: QueryInsuranceFundRequestAminoMsg): QueryInsuranceFundRequest {
    return QueryInsuranceFundRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryInsuranceFundRequestProtoMsg): QueryInsuranceFundRequest {
    return QueryInsuranceFundRequest.decode(message.value);
  },
  toProto(message: QueryInsuranceFundRequest): Uint8Array {
    return QueryInsuranceFundRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryInsuranceFundRequest): QueryInsuranceFundRequestProtoMsg {
    return {
      typeUrl: "/settle.liquidation.v1.QueryInsuranceFundRequest",
      value: QueryInsuranceFundRequest.encode(message).finish()
    };
  }
};
function createBaseQueryInsuranceFundResponse(): QueryInsuranceFundResponse {
  return {
    denom: "",
    balance: "",
    totals: undefined,
    withdrawalsBlocked: false
  };
}
export const QueryInsuranceFundResponse = {
  typeUrl: "/settle.liquidation.v1.QueryInsuranceFundResponse",
  encode(message: QueryInsuranceFundResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.denom !== "") {
      writer.uint32(10).string(message.denom);
    }
    if (message.balance !== "") {
      writer.uint32(18).string(message.balance);
    }
    if (message.totals !== undefined) {
      InsuranceFund.encode(message.totals, writer.uint32(26).fork()).ldelim();
    }
    if (message.withdrawalsBlocked === true) {
      writer.uint32(32).bool(message.withdrawalsBlocked);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryInsuranceFundResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryInsuranceFundResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.denom = reader.string();
          break;
        case 2:
          message.balance = reader.string();
          break;
        case 3:
          message.totals = InsuranceFund.decode(reader, reader.uint32());
          break;
        case 4:
          message.withdrawalsBlocked = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryInsuranceFundResponse {
    return {
      denom: isSet(object.denom) ? String(object.denom) : "",
      balance: isSet(object.balance) ? String(object.balance) : "",
      totals: isSet(object.totals) ? InsuranceFund.fromJSON(object.totals) : undefined,
      withdrawalsBlocked: isSet(object.withdrawalsBlocked) ? Boolean(object.withdrawalsBlocked) : false
    };
  },
  toJSON(message: QueryInsuranceFundResponse): JsonSafe<QueryInsuranceFundResponse> {
    const obj: any = {};
    message.denom !== undefined && (obj.denom = message.denom);
    message.balance !== undefined && (obj.balance = message.balance);
    message.totals !== undefined && (obj.totals = message.totals ? InsuranceFund.toJSON(message.totals) : undefined);
    message.withdrawalsBlocked !== undefined && (obj.withdrawalsBlocked = message.withdrawalsBlocked);
    return obj;
  },
  fromPartial(object: DeepPartial<QueryInsuranceFundResponse>): QueryInsuranceFundResponse {
    const message = createBaseQueryInsuranceFundResponse();
    message.denom = object.denom ?? "";
    message.balance = object.balance ?? "";
    message.totals = object.totals !== undefined && object.totals !== null ? InsuranceFund.fromPartial(object.totals) : undefined;
    message.withdrawalsBlocked = object.withdrawalsBlocked ?? false;
    return message;
  },
  fromAmino(object: QueryInsuranceFundResponseAmino): QueryInsuranceFundResponse {
    const message = createBaseQueryInsuranceFundResponse();
    if (object.denom !== undefined && object.denom !== null) {
      message.denom = object.denom;
    }
    if (object.balance !== undefined && object.balance !== null) {
      message.balance = object.balance;
    }
    if (object.totals !== undefined && object.totals !== null) {
      message.totals = InsuranceFund.fromAmino(object.totals);
    }
    if (object.withdrawals_blocked !== undefined && object.withdrawals_blocked !== null) {
      message.withdrawalsBlocked = object.withdrawals_blocked;
    }
    return message;
  },
  toAmino(message: QueryInsuranceFundResponse): QueryInsuranceFundResponseAmino {
    const obj: any = {};
    obj.denom = message.denom === "" ? undefined : message.denom;
    obj.balance = message.balance === "" ? undefined : message.balance;
    obj.totals = message.totals ? InsuranceFund.toAmino(message.totals) : undefined;
    obj.withdrawals_blocked = message.withdrawalsBlocked === false ? undefined : message.withdrawalsBlocked;
    return obj;
  },
  fromAminoMsg(object: QueryInsuranceFundResponseAminoMsg): QueryInsuranceFundResponse {
    return QueryInsuranceFundResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryInsuranceFundResponseProtoMsg): QueryInsuranceFundResponse {
    return QueryInsuranceFundResponse.decode(message.value);
  },
  toProto(message: QueryInsuranceFundResponse): Uint8Array {
    return QueryInsuranceFundResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryInsuranceFundResponse): QueryInsuranceFundResponseProtoMsg {
    return {
      typeUrl: "/settle.liquidation.v1.QueryInsuranceFundResponse",
      value: QueryInsuranceFundResponse.encode(message).finish()
    };
  }
};
function createBaseQueryAuctionsRequest(): QueryAuctionsRequest {
  return {};
}
export const QueryAuctionsRequest = {
  typeUrl: "/settle.liquidation.v1.QueryAuctionsRequest",
  encode(_: QueryAuctionsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryAuctionsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryAuctionsRequest();
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
  fromJSON(_: any): QueryAuctionsRequest {
    return {};
  },
  toJSON(_: QueryAuctionsRequest): JsonSafe<QueryAuctionsRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial(_: DeepPartial<QueryAuctionsRequest>): QueryAuctionsRequest {
    const message = createBaseQueryAuctionsRequest();
    return message;
  },
  fromAmino(_: QueryAuctionsRequestAmino): QueryAuctionsRequest {
    const message = createBaseQueryAuctionsRequest();
    return message;
  },
  toAmino(_: QueryAuctionsRequest): QueryAuctionsRequestAmino {
    const obj: any = {};
    return obj;
  },
  fromAminoMsg(object: QueryAuctionsRequestAminoMsg): QueryAuctionsRequest {
    return QueryAuctionsRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryAuctionsRequestProtoMsg): QueryAuctionsRequest {
    return QueryAuctionsRequest.decode(message.value);
  },
  toProto(message: QueryAuctionsRequest): Uint8Array {
    return QueryAuctionsRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryAuctionsRequest): QueryAuctionsRequestProtoMsg {
    return {
      typeUrl: "/settle.liquidation.v1.QueryAuctionsRequest",
      value: QueryAuctionsRequest.encode(message).finish()
    };
  }
};
function createBaseAuctionState(): AuctionState {
  return {
    auction: undefined,
    discount: "",
    positions: []
  };
}
export const AuctionState = {
  typeUrl: "/settle.liquidation.v1.AuctionState",
  encode(message: AuctionState, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.auction !== undefined) {
      Auction.encode(message.auction, writer.uint32(10).fork()).ldelim();
    }
    if (message.discount !== "") {
      writer.uint32(18).string(message.discount);
    }
    for (const v of message.positions) {
      AuctionPosition.encode(v!, writer.uint32(26).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): AuctionState {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseAuctionState();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.auction = Auction.decode(reader, reader.uint32());
          break;
        case 2:
          message.discount = reader.string();
          break;
        case 3:
          message.positions.push(AuctionPosition.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): AuctionState {
    return {
      auction: isSet(object.auction) ? Auction.fromJSON(object.auction) : undefined,
      discount: isSet(object.discount) ? String(object.discount) : "",
      positions: Array.isArray(object?.positions) ? object.positions.map((e: any) => AuctionPosition.fromJSON(e)) : []
    };
  },
  toJSON(message: AuctionState): JsonSafe<AuctionState> {
    const obj: any = {};
    message.auction !== undefined && (obj.auction = message.auction ? Auction.toJSON(message.auction) : undefined);
    message.discount !== undefined && (obj.discount = message.discount);
    if (message.positions) {
      obj.positions = message.positions.map(e => e ? AuctionPosition.toJSON(e) : undefined);
    } else {
      obj.positions = [];
    }
    return obj;
  },
  fromPartial(object: DeepPartial<AuctionState>): AuctionState {
    const message = createBaseAuctionState();
    message.auction = object.auction !== undefined && object.auction !== null ? Auction.fromPartial(object.auction) : undefined;
    message.discount = object.discount ?? "";
    message.positions = object.positions?.map(e => AuctionPosition.fromPartial(e)) || [];
    return message;
  },
  fromAmino(object: AuctionStateAmino): AuctionState {
    const message = createBaseAuctionState();
    if (object.auction !== undefined && object.auction !== null) {
      message.auction = Auction.fromAmino(object.auction);
    }
    if (object.discount !== undefined && object.discount !== null) {
      message.discount = object.discount;
    }
    message.positions = object.positions?.map(e => AuctionPosition.fromAmino(e)) || [];
    return message;
  },
  toAmino(message: AuctionState): AuctionStateAmino {
    const obj: any = {};
    obj.auction = message.auction ? Auction.toAmino(message.auction) : undefined;
    obj.discount = message.discount === "" ? undefined : message.discount;
    if (message.positions && message.positions.length > 0) {
      obj.positions = message.positions.map(e => e ? AuctionPosition.toAmino(e) : undefined);
    }
    return obj;
  },
  fromAminoMsg(object: AuctionStateAminoMsg): AuctionState {
    return AuctionState.fromAmino(object.value);
  },
  fromProtoMsg(message: AuctionStateProtoMsg): AuctionState {
    return AuctionState.decode(message.value);
  },
  toProto(message: AuctionState): Uint8Array {
    return AuctionState.encode(message).finish();
  },
  toProtoMsg(message: AuctionState): AuctionStateProtoMsg {
    return {
      typeUrl: "/settle.liquidation.v1.AuctionState",
      value: AuctionState.encode(message).finish()
    };
  }
};
function createBaseAuctionPosition(): AuctionPosition {
  return {
    instrumentId: "",
    size: BigInt(0),
    price: BigInt(0),
    mark: BigInt(0),
    maxSize: BigInt(0),
    penaltyPerContract: BigInt(0)
  };
}
export const AuctionPosition = {
  typeUrl: "/settle.liquidation.v1.AuctionPosition",
  encode(message: AuctionPosition, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.instrumentId !== "") {
      writer.uint32(10).string(message.instrumentId);
    }
    if (message.size !== BigInt(0)) {
      writer.uint32(16).int64(message.size);
    }
    if (message.price !== BigInt(0)) {
      writer.uint32(24).int64(message.price);
    }
    if (message.mark !== BigInt(0)) {
      writer.uint32(32).int64(message.mark);
    }
    if (message.maxSize !== BigInt(0)) {
      writer.uint32(40).uint64(message.maxSize);
    }
    if (message.penaltyPerContract !== BigInt(0)) {
      writer.uint32(48).int64(message.penaltyPerContract);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): AuctionPosition {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseAuctionPosition();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.instrumentId = reader.string();
          break;
        case 2:
          message.size = reader.int64();
          break;
        case 3:
          message.price = reader.int64();
          break;
        case 4:
          message.mark = reader.int64();
          break;
        case 5:
          message.maxSize = reader.uint64();
          break;
        case 6:
          message.penaltyPerContract = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): AuctionPosition {
    return {
      instrumentId: isSet(object.instrumentId) ? String(object.instrumentId) : "",
      size: isSet(object.size) ? BigInt(object.size.toString()) : BigInt(0),
      price: isSet(object.price) ? BigInt(object.price.toString()) : BigInt(0),
      mark: isSet(object.mark) ? BigInt(object.mark.toString()) : BigInt(0),
      maxSize: isSet(object.maxSize) ? BigInt(object.maxSize.toString()) : BigInt(0),
      penaltyPerContract: isSet(object.penaltyPerContract) ? BigInt(object.penaltyPerContract.toString()) : BigInt(0)
    };
  },
  toJSON(message: AuctionPosition): JsonSafe<AuctionPosition> {
    const obj: any = {};
    message.instrumentId !== undefined && (obj.instrumentId = message.instrumentId);
    message.size !== undefined && (obj.size = (message.size || BigInt(0)).toString());
    message.price !== undefined && (obj.price = (message.price || BigInt(0)).toString());
    message.mark !== undefined && (obj.mark = (message.mark || BigInt(0)).toString());
    message.maxSize !== undefined && (obj.maxSize = (message.maxSize || BigInt(0)).toString());
    message.penaltyPerContract !== undefined && (obj.penaltyPerContract = (message.penaltyPerContract || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<AuctionPosition>): AuctionPosition {
    const message = createBaseAuctionPosition();
    message.instrumentId = object.instrumentId ?? "";
    message.size = object.size !== undefined && object.size !== null ? BigInt(object.size.toString()) : BigInt(0);
    message.price = object.price !== undefined && object.price !== null ? BigInt(object.price.toString()) : BigInt(0);
    message.mark = object.mark !== undefined && object.mark !== null ? BigInt(object.mark.toString()) : BigInt(0);
    message.maxSize = object.maxSize !== undefined && object.maxSize !== null ? BigInt(object.maxSize.toString()) : BigInt(0);
    message.penaltyPerContract = object.penaltyPerContract !== undefined && object.penaltyPerContract !== null ? BigInt(object.penaltyPerContract.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: AuctionPositionAmino): AuctionPosition {
    const message = createBaseAuctionPosition();
    if (object.instrument_id !== undefined && object.instrument_id !== null) {
      message.instrumentId = object.instrument_id;
    }
    if (object.size !== undefined && object.size !== null) {
      message.size = BigInt(object.size);
    }
    if (object.price !== undefined && object.price !== null) {
      message.price = BigInt(object.price);
    }
    if (object.mark !== undefined && object.mark !== null) {
      message.mark = BigInt(object.mark);
    }
    if (object.max_size !== undefined && object.max_size !== null) {
      message.maxSize = BigInt(object.max_size);
    }
    if (object.penalty_per_contract !== undefined && object.penalty_per_contract !== null) {
      message.penaltyPerContract = BigInt(object.penalty_per_contract);
    }
    return message;
  },
  toAmino(message: AuctionPosition): AuctionPositionAmino {
    const obj: any = {};
    obj.instrument_id = message.instrumentId === "" ? undefined : message.instrumentId;
    obj.size = message.size !== BigInt(0) ? message.size?.toString() : undefined;
    obj.price = message.price !== BigInt(0) ? message.price?.toString() : undefined;
    obj.mark = message.mark !== BigInt(0) ? message.mark?.toString() : undefined;
    obj.max_size = message.maxSize !== BigInt(0) ? message.maxSize?.toString() : undefined;
    obj.penalty_per_contract = message.penaltyPerContract !== BigInt(0) ? message.penaltyPerContract?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: AuctionPositionAminoMsg): AuctionPosition {
    return AuctionPosition.fromAmino(object.value);
  },
  fromProtoMsg(message: AuctionPositionProtoMsg): AuctionPosition {
    return AuctionPosition.decode(message.value);
  },
  toProto(message: AuctionPosition): Uint8Array {
    return AuctionPosition.encode(message).finish();
  },
  toProtoMsg(message: AuctionPosition): AuctionPositionProtoMsg {
    return {
      typeUrl: "/settle.liquidation.v1.AuctionPosition",
      value: AuctionPosition.encode(message).finish()
    };
  }
};
function createBaseQueryAuctionsResponse(): QueryAuctionsResponse {
  return {
    auctions: []
  };
}
export const QueryAuctionsResponse = {
  typeUrl: "/settle.liquidation.v1.QueryAuctionsResponse",
  encode(message: QueryAuctionsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.auctions) {
      AuctionState.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryAuctionsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryAuctionsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.auctions.push(AuctionState.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryAuctionsResponse {
    return {
      auctions: Array.isArray(object?.auctions) ? object.auctions.map((e: any) => AuctionState.fromJSON(e)) : []
    };
  },
  toJSON(message: QueryAuctionsResponse): JsonSafe<QueryAuctionsResponse> {
    const obj: any = {};
    if (message.auctions) {
      obj.auctions = message.auctions.map(e => e ? AuctionState.toJSON(e) : undefined);
    } else {
      obj.auctions = [];
    }
    return obj;
  },
  fromPartial(object: DeepPartial<QueryAuctionsResponse>): QueryAuctionsResponse {
    const message = createBaseQueryAuctionsResponse();
    message.auctions = object.auctions?.map(e => AuctionState.fromPartial(e)) || [];
    return message;
  },
  fromAmino(object: QueryAuctionsResponseAmino): QueryAuctionsResponse {
    const message = createBaseQueryAuctionsResponse();
    message.auctions = object.auctions?.map(e => AuctionState.fromAmino(e)) || [];
    return message;
  },
  toAmino(message: QueryAuctionsResponse): QueryAuctionsResponseAmino {
    const obj: any = {};
    if (message.auctions && message.auctions.length > 0) {
      obj.auctions = message.auctions.map(e => e ? AuctionState.toAmino(e) : undefined);
    }
    return obj;
  },
  fromAminoMsg(object: QueryAuctionsResponseAminoMsg): QueryAuctionsResponse {
    return QueryAuctionsResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryAuctionsResponseProtoMsg): QueryAuctionsResponse {
    return QueryAuctionsResponse.decode(message.value);
  },
  toProto(message: QueryAuctionsResponse): Uint8Array {
    return QueryAuctionsResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryAuctionsResponse): QueryAuctionsResponseProtoMsg {
    return {
      typeUrl: "/settle.liquidation.v1.QueryAuctionsResponse",
      value: QueryAuctionsResponse.encode(message).finish()
    };
  }
};
function createBaseQueryLiquidationsRequest(): QueryLiquidationsRequest {
  return {
    owner: "",
    limit: 0
  };
}
export const QueryLiquidationsRequest = {
  typeUrl: "/settle.liquidation.v1.QueryLiquidationsRequest",
  encode(message: QueryLiquidationsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.limit !== 0) {
      writer.uint32(16).uint32(message.limit);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryLiquidationsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryLiquidationsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.owner = reader.string();
          break;
        case 2:
          message.limit = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryLiquidationsRequest {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      limit: isSet(object.limit) ? Number(object.limit) : 0
    };
  },
  toJSON(message: QueryLiquidationsRequest): JsonSafe<QueryLiquidationsRequest> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.limit !== undefined && (obj.limit = Math.round(message.limit));
    return obj;
  },
  fromPartial(object: DeepPartial<QueryLiquidationsRequest>): QueryLiquidationsRequest {
    const message = createBaseQueryLiquidationsRequest();
    message.owner = object.owner ?? "";
    message.limit = object.limit ?? 0;
    return message;
  },
  fromAmino(object: QueryLiquidationsRequestAmino): QueryLiquidationsRequest {
    const message = createBaseQueryLiquidationsRequest();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.limit !== undefined && object.limit !== null) {
      message.limit = object.limit;
    }
    return message;
  },
  toAmino(message: QueryLiquidationsRequest): QueryLiquidationsRequestAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.limit = message.limit === 0 ? undefined : message.limit;
    return obj;
  },
  fromAminoMsg(object: QueryLiquidationsRequestAminoMsg): QueryLiquidationsRequest {
    return QueryLiquidationsRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryLiquidationsRequestProtoMsg): QueryLiquidationsRequest {
    return QueryLiquidationsRequest.decode(message.value);
  },
  toProto(message: QueryLiquidationsRequest): Uint8Array {
    return QueryLiquidationsRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryLiquidationsRequest): QueryLiquidationsRequestProtoMsg {
    return {
      typeUrl: "/settle.liquidation.v1.QueryLiquidationsRequest",
      value: QueryLiquidationsRequest.encode(message).finish()
    };
  }
};
function createBaseQueryLiquidationsResponse(): QueryLiquidationsResponse {
  return {
    records: []
  };
}
export const QueryLiquidationsResponse = {
  typeUrl: "/settle.liquidation.v1.QueryLiquidationsResponse",
  encode(message: QueryLiquidationsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.records) {
      LiquidationRecord.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryLiquidationsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryLiquidationsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.records.push(LiquidationRecord.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryLiquidationsResponse {
    return {
      records: Array.isArray(object?.records) ? object.records.map((e: any) => LiquidationRecord.fromJSON(e)) : []
    };
  },
  toJSON(message: QueryLiquidationsResponse): JsonSafe<QueryLiquidationsResponse> {
    const obj: any = {};
    if (message.records) {
      obj.records = message.records.map(e => e ? LiquidationRecord.toJSON(e) : undefined);
    } else {
      obj.records = [];
    }
    return obj;
  },
  fromPartial(object: DeepPartial<QueryLiquidationsResponse>): QueryLiquidationsResponse {
    const message = createBaseQueryLiquidationsResponse();
    message.records = object.records?.map(e => LiquidationRecord.fromPartial(e)) || [];
    return message;
  },
  fromAmino(object: QueryLiquidationsResponseAmino): QueryLiquidationsResponse {
    const message = createBaseQueryLiquidationsResponse();
    message.records = object.records?.map(e => LiquidationRecord.fromAmino(e)) || [];
    return message;
  },
  toAmino(message: QueryLiquidationsResponse): QueryLiquidationsResponseAmino {
    const obj: any = {};
    if (message.records && message.records.length > 0) {
      obj.records = message.records.map(e => e ? LiquidationRecord.toAmino(e) : undefined);
    }
    return obj;
  },
  fromAminoMsg(object: QueryLiquidationsResponseAminoMsg): QueryLiquidationsResponse {
    return QueryLiquidationsResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryLiquidationsResponseProtoMsg): QueryLiquidationsResponse {
    return QueryLiquidationsResponse.decode(message.value);
  },
  toProto(message: QueryLiquidationsResponse): Uint8Array {
    return QueryLiquidationsResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryLiquidationsResponse): QueryLiquidationsResponseProtoMsg {
    return {
      typeUrl: "/settle.liquidation.v1.QueryLiquidationsResponse",
      value: QueryLiquidationsResponse.encode(message).finish()
    };
  }
};