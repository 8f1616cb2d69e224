/* eslint-disable */
import { SettlementPrice, SettlementPriceAmino, Rfq, RfqAmino, Quote, QuoteAmino, MmpConfig, MmpConfigAmino, MmpState, MmpStateAmino, Params, ParamsAmino, Instrument, InstrumentAmino, Order, OrderAmino, InstrumentStats, InstrumentStatsAmino } from "./types";
import { BinaryReader, BinaryWriter } from "../../../binary";
import { isSet, DeepPartial } from "../../../helpers";
import { JsonSafe } from "../../../json-safe";
export interface QuerySettlementPricesRequest {
  underlying: string;
}
export interface QuerySettlementPricesRequestProtoMsg {
  typeUrl: "/settle.options.v1.QuerySettlementPricesRequest";
  value: Uint8Array;
}
/**
 * @name QuerySettlementPricesRequestAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.QuerySettlementPricesRequest
 */
export interface QuerySettlementPricesRequestAmino {
  underlying?: string;
}
export interface QuerySettlementPricesRequestAminoMsg {
  type: "/settle.options.v1.QuerySettlementPricesRequest";
  value: QuerySettlementPricesRequestAmino;
}
export interface QuerySettlementPricesResponse {
  prices: SettlementPrice[];
}
export interface QuerySettlementPricesResponseProtoMsg {
  typeUrl: "/settle.options.v1.QuerySettlementPricesResponse";
  value: Uint8Array;
}
/**
 * @name QuerySettlementPricesResponseAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.QuerySettlementPricesResponse
 */
export interface QuerySettlementPricesResponseAmino {
  prices?: SettlementPriceAmino[];
}
export interface QuerySettlementPricesResponseAminoMsg {
  type: "/settle.options.v1.QuerySettlementPricesResponse";
  value: QuerySettlementPricesResponseAmino;
}
export interface QueryRfqsRequest {}
export interface QueryRfqsRequestProtoMsg {
  typeUrl: "/settle.options.v1.QueryRfqsRequest";
  value: Uint8Array;
}
/**
 * @name QueryRfqsRequestAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.QueryRfqsRequest
 */
export interface QueryRfqsRequestAmino {}
export interface QueryRfqsRequestAminoMsg {
  type: "/settle.options.v1.QueryRfqsRequest";
  value: QueryRfqsRequestAmino;
}
export interface RfqWithQuotes {
  rfq?: Rfq;
  quotes: Quote[];
}
export interface RfqWithQuotesProtoMsg {
  typeUrl: "/settle.options.v1.RfqWithQuotes";
  value: Uint8Array;
}
/**
 * @name RfqWithQuotesAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.RfqWithQuotes
 */
export interface RfqWithQuotesAmino {
  rfq?: RfqAmino;
  quotes?: QuoteAmino[];
}
export interface RfqWithQuotesAminoMsg {
  type: "/settle.options.v1.RfqWithQuotes";
  value: RfqWithQuotesAmino;
}
export interface QueryRfqsResponse {
  rfqs: RfqWithQuotes[];
}
export interface QueryRfqsResponseProtoMsg {
  typeUrl: "/settle.options.v1.QueryRfqsResponse";
  value: Uint8Array;
}
/**
 * @name QueryRfqsResponseAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.QueryRfqsResponse
 */
export interface QueryRfqsResponseAmino {
  rfqs?: RfqWithQuotesAmino[];
}
export interface QueryRfqsResponseAminoMsg {
  type: "/settle.options.v1.QueryRfqsResponse";
  value: QueryRfqsResponseAmino;
}
export interface QueryMmpRequest {
  owner: string;
  subaccount: number;
  underlying: string;
}
export interface QueryMmpRequestProtoMsg {
  typeUrl: "/settle.options.v1.QueryMmpRequest";
  value: Uint8Array;
}
/**
 * @name QueryMmpRequestAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.QueryMmpRequest
 */
export interface QueryMmpRequestAmino {
  owner?: string;
  subaccount?: number;
  underlying?: string;
}
export interface QueryMmpRequestAminoMsg {
  type: "/settle.options.v1.QueryMmpRequest";
  value: QueryMmpRequestAmino;
}
export interface QueryMmpResponse {
  config?: MmpConfig;
  state?: MmpState;
}
export interface QueryMmpResponseProtoMsg {
  typeUrl: "/settle.options.v1.QueryMmpResponse";
  value: Uint8Array;
}
/**
 * @name QueryMmpResponseAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.QueryMmpResponse
 */
export interface QueryMmpResponseAmino {
  config?: MmpConfigAmino;
  state?: MmpStateAmino;
}
export interface QueryMmpResponseAminoMsg {
  type: "/settle.options.v1.QueryMmpResponse";
  value: QueryMmpResponseAmino;
}
export interface QueryParamsRequest {}
export interface QueryParamsRequestProtoMsg {
  typeUrl: "/settle.options.v1.QueryParamsRequest";
  value: Uint8Array;
}
/**
 * @name QueryParamsRequestAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.QueryParamsRequest
 */
export interface QueryParamsRequestAmino {}
export interface QueryParamsRequestAminoMsg {
  type: "/settle.options.v1.QueryParamsRequest";
  value: QueryParamsRequestAmino;
}
export interface QueryParamsResponse {
  params?: Params;
}
export interface QueryParamsResponseProtoMsg {
  typeUrl: "/settle.options.v1.QueryParamsResponse";
  value: Uint8Array;
}
/**
 * @name QueryParamsResponseAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.QueryParamsResponse
 */
export interface QueryParamsResponseAmino {
  params?: ParamsAmino;
}
export interface QueryParamsResponseAminoMsg {
  type: "/settle.options.v1.QueryParamsResponse";
  value: QueryParamsResponseAmino;
}
export interface QueryInstrumentRequest {
  id: string;
}
export interface QueryInstrumentRequestProtoMsg {
  typeUrl: "/settle.options.v1.QueryInstrumentRequest";
  value: Uint8Array;
}
/**
 * @name QueryInstrumentRequestAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.QueryInstrumentRequest
 */
export interface QueryInstrumentRequestAmino {
  id?: string;
}
export interface QueryInstrumentRequestAminoMsg {
  type: "/settle.options.v1.QueryInstrumentRequest";
  value: QueryInstrumentRequestAmino;
}
export interface QueryInstrumentResponse {
  instrument?: Instrument;
}
export interface QueryInstrumentResponseProtoMsg {
  typeUrl: "/settle.options.v1.QueryInstrumentResponse";
  value: Uint8Array;
}
/**
 * @name QueryInstrumentResponseAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.QueryInstrumentResponse
 */
export interface QueryInstrumentResponseAmino {
  instrument?: InstrumentAmino;
}
export interface QueryInstrumentResponseAminoMsg {
  type: "/settle.options.v1.QueryInstrumentResponse";
  value: QueryInstrumentResponseAmino;
}
export interface QueryInstrumentsRequest {
  underlying: string;
  expiry: bigint;
  /** active_only: leave out expired and settled instruments. */
  activeOnly: boolean;
}
export interface QueryInstrumentsRequestProtoMsg {
  typeUrl: "/settle.options.v1.QueryInstrumentsRequest";
  value: Uint8Array;
}
/**
 * @name QueryInstrumentsRequestAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.QueryInstrumentsRequest
 */
export interface QueryInstrumentsRequestAmino {
  underlying?: string;
  expiry?: string;
  /**
   * active_only: leave out expired and settled instruments.
   */
  active_only?: boolean;
}
export interface QueryInstrumentsRequestAminoMsg {
  type: "/settle.options.v1.QueryInstrumentsRequest";
  value: QueryInstrumentsRequestAmino;
}
export interface QueryInstrumentsResponse {
  instruments: Instrument[];
}
export interface QueryInstrumentsResponseProtoMsg {
  typeUrl: "/settle.options.v1.QueryInstrumentsResponse";
  value: Uint8Array;
}
/**
 * @name QueryInstrumentsResponseAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.QueryInstrumentsResponse
 */
export interface QueryInstrumentsResponseAmino {
  instruments?: InstrumentAmino[];
}
export interface QueryInstrumentsResponseAminoMsg {
  type: "/settle.options.v1.QueryInstrumentsResponse";
  value: QueryInstrumentsResponseAmino;
}
export interface QueryBookRequest {
  instrumentId: string;
  /** levels: price levels per side (0: 20). */
  levels: number;
}
export interface QueryBookRequestProtoMsg {
  typeUrl: "/settle.options.v1.QueryBookRequest";
  value: Uint8Array;
}
/**
 * @name QueryBookRequestAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.QueryBookRequest
 */
export interface QueryBookRequestAmino {
  instrument_id?: string;
  /**
   * levels: price levels per side (0: 20).
   */
  levels?: number;
}
export interface QueryBookRequestAminoMsg {
  type: "/settle.options.v1.QueryBookRequest";
  value: QueryBookRequestAmino;
}
export interface BookLevel {
  price: bigint;
  size: bigint;
  orders: number;
}
export interface BookLevelProtoMsg {
  typeUrl: "/settle.options.v1.BookLevel";
  value: Uint8Array;
}
/**
 * @name BookLevelAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.BookLevel
 */
export interface BookLevelAmino {
  price?: string;
  size?: string;
  orders?: number;
}
export interface BookLevelAminoMsg {
  type: "/settle.options.v1.BookLevel";
  value: BookLevelAmino;
}
export interface QueryBookResponse {
  bids: BookLevel[];
  asks: BookLevel[];
}
export interface QueryBookResponseProtoMsg {
  typeUrl: "/settle.options.v1.QueryBookResponse";
  value: Uint8Array;
}
/**
 * @name QueryBookResponseAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.QueryBookResponse
 */
export interface QueryBookResponseAmino {
  bids?: BookLevelAmino[];
  asks?: BookLevelAmino[];
}
export interface QueryBookResponseAminoMsg {
  type: "/settle.options.v1.QueryBookResponse";
  value: QueryBookResponseAmino;
}
export interface QueryOrderRequest {
  id: bigint;
}
export interface QueryOrderRequestProtoMsg {
  typeUrl: "/settle.options.v1.QueryOrderRequest";
  value: Uint8Array;
}
/**
 * @name QueryOrderRequestAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.QueryOrderRequest
 */
export interface QueryOrderRequestAmino {
  id?: string;
}
export interface QueryOrderRequestAminoMsg {
  type: "/settle.options.v1.QueryOrderRequest";
  value: QueryOrderRequestAmino;
}
export interface QueryOrderResponse {
  order?: Order;
}
export interface QueryOrderResponseProtoMsg {
  typeUrl: "/settle.options.v1.QueryOrderResponse";
  value: Uint8Array;
}
/**
 * @name QueryOrderResponseAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.QueryOrderResponse
 */
export interface QueryOrderResponseAmino {
  order?: OrderAmino;
}
export interface QueryOrderResponseAminoMsg {
  type: "/settle.options.v1.QueryOrderResponse";
  value: QueryOrderResponseAmino;
}
export interface QueryOrdersBySubaccountRequest {
  owner: string;
  subaccount: number;
}
export interface QueryOrdersBySubaccountRequestProtoMsg {
  typeUrl: "/settle.options.v1.QueryOrdersBySubaccountRequest";
  value: Uint8Array;
}
/**
 * @name QueryOrdersBySubaccountRequestAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.QueryOrdersBySubaccountRequest
 */
export interface QueryOrdersBySubaccountRequestAmino {
  owner?: string;
  subaccount?: number;
}
export interface QueryOrdersBySubaccountRequestAminoMsg {
  type: "/settle.options.v1.QueryOrdersBySubaccountRequest";
  value: QueryOrdersBySubaccountRequestAmino;
}
export interface QueryOrdersBySubaccountResponse {
  orders: Order[];
}
export interface QueryOrdersBySubaccountResponseProtoMsg {
  typeUrl: "/settle.options.v1.QueryOrdersBySubaccountResponse";
  value: Uint8Array;
}
/**
 * @name QueryOrdersBySubaccountResponseAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.QueryOrdersBySubaccountResponse
 */
export interface QueryOrdersBySubaccountResponseAmino {
  orders?: OrderAmino[];
}
export interface QueryOrdersBySubaccountResponseAminoMsg {
  type: "/settle.options.v1.QueryOrdersBySubaccountResponse";
  value: QueryOrdersBySubaccountResponseAmino;
}
export interface QueryMarketStatsRequest {
  instrumentId: string;
}
export interface QueryMarketStatsRequestProtoMsg {
  typeUrl: "/settle.options.v1.QueryMarketStatsRequest";
  value: Uint8Array;
}
/**
 * @name QueryMarketStatsRequestAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.QueryMarketStatsRequest
 */
export interface QueryMarketStatsRequestAmino {
  instrument_id?: string;
}
export interface QueryMarketStatsRequestAminoMsg {
  type: "/settle.options.v1.QueryMarketStatsRequest";
  value: QueryMarketStatsRequestAmino;
}
export interface QueryMarketStatsResponse {
  stats?: InstrumentStats;
  /**
   * index: the oracle price of the underlying; mark: the instrument's Black-76 mark per contract
   * (empty when the market data is stale).
   */
  index: string;
  mark: string;
}
export interface QueryMarketStatsResponseProtoMsg {
  typeUrl: "/settle.options.v1.QueryMarketStatsResponse";
  value: Uint8Array;
}
/**
 * @name QueryMarketStatsResponseAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.QueryMarketStatsResponse
 */
export interface QueryMarketStatsResponseAmino {
  stats?: InstrumentStatsAmino;
  /**
   * index: the oracle price of the underlying; mark: the instrument's Black-76 mark per contract
   * (empty when the market data is stale).
   */
  index?: string;
  mark?: string;
}
export interface QueryMarketStatsResponseAminoMsg {
  type: "/settle.options.v1.QueryMarketStatsResponse";
  value: QueryMarketStatsResponseAmino;
}
function createBaseQuerySettlementPricesRequest(): QuerySettlementPricesRequest {
  return {
    underlying: ""
  };
}
export const QuerySettlementPricesRequest = {
  typeUrl: "/settle.options.v1.QuerySettlementPricesRequest",
  encode(message: QuerySettlementPricesRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.underlying !== "") {
      writer.uint32(10).string(message.underlying);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QuerySettlementPricesRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQuerySettlementPricesRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.underlying = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QuerySettlementPricesRequest {
    return {
      underlying: isSet(object.underlying) ? String(object.underlying) : ""
    };
  },
  toJSON(message: QuerySettlementPricesRequest): JsonSafe<QuerySettlementPricesRequest> {
    const obj: any = {};
    message.underlying !== undefined && (obj.underlying = message.underlying);
    return obj;
  },
  fromPartial(object: DeepPartial<QuerySettlementPricesRequest>): QuerySettlementPricesRequest {
    const message = createBaseQuerySettlementPricesRequest();
    message.underlying = object.underlying ?? "";
    return message;
  },
  fromAmino(object: QuerySettlementPricesRequestAmino): QuerySettlementPricesRequest {
    const message = createBaseQuerySettlementPricesRequest();
    if (object.underlying !== undefined && object.underlying !== null) {
      message.underlying = object.underlying;
    }
    return message;
  },
  toAmino(message: QuerySettlementPricesRequest): QuerySettlementPricesRequestAmino {
    const obj: any = {};
    obj.underlying = message.underlying === "" ? undefined : message.underlying;
    return obj;
  },
  fromAminoMsg(object: QuerySettlementPricesRequestAminoMsg): QuerySettlementPricesRequest {
    return QuerySettlementPricesRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QuerySettlementPricesRequestProtoMsg): QuerySettlementPricesRequest {
    return QuerySettlementPricesRequest.decode(message.value);
  },
  toProto(message: QuerySettlementPricesRequest): Uint8Array {
    return QuerySettlementPricesRequest.encode(message).finish();
  },
  toProtoMsg(message: QuerySettlementPricesRequest): QuerySettlementPricesRequestProtoMsg {
    return {
      typeUrl: "/settle.options.v1.QuerySettlementPricesRequest",
      value: QuerySettlementPricesRequest.encode(message).finish()
    };
  }
};
function createBaseQuerySettlementPricesResponse(): QuerySettlementPricesResponse {
  return {
    prices: []
  };
}
export const QuerySettlementPricesResponse = {
  typeUrl: "/settle.options.v1.QuerySettlementPricesResponse",
  encode(message: QuerySettlementPricesResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.prices) {
      SettlementPrice.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QuerySettlementPricesResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQuerySettlementPricesResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.prices.push(SettlementPrice.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QuerySettlementPricesResponse {
    return {
      prices: Array.isArray(object?.prices) ? object.prices.map((e: any) => SettlementPrice.fromJSON(e)) : []
    };
  },
  toJSON(message: QuerySettlementPricesResponse): JsonSafe<QuerySettlementPricesResponse> {
    const obj: any = {};
    if (message.prices) {
      obj.prices = message.prices.map(e => e ? SettlementPrice.toJSON(e) : undefined);
    } else {
      obj.prices = [];
    }
    return obj;
  },
  fromPartial(object: DeepPartial<QuerySettlementPricesResponse>): QuerySettlementPricesResponse {
    const message = createBaseQuerySettlementPricesResponse();
    message.prices = object.prices?.map(e => SettlementPrice.fromPartial(e)) || [];
    return message;
  },
  fromAmino(object: QuerySettlementPricesResponseAmino): QuerySettlementPricesResponse {
    const message = createBaseQuerySettlementPricesResponse();
    message.prices = object.prices?.map(e => SettlementPrice.fromAmino(e)) || [];
    return message;
  },
  toAmino(message: QuerySettlementPricesResponse): QuerySettlementPricesResponseAmino {
    const obj: any = {};
    if (message.prices && message.prices.length > 0) {
      obj.prices = message.prices.map(e => e ? SettlementPrice.toAmino(e) : undefined);
    }
    return obj;
  },
  fromAminoMsg(object: QuerySettlementPricesResponseAminoMsg): QuerySettlementPricesResponse {
    return QuerySettlementPricesResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QuerySettlementPricesResponseProtoMsg): QuerySettlementPricesResponse {
    return QuerySettlementPricesResponse.decode(message.value);
  },
  toProto(message: QuerySettlementPricesResponse): Uint8Array {
    return QuerySettlementPricesResponse.encode(message).finish();
  },
  toProtoMsg(message: QuerySettlementPricesResponse): QuerySettlementPricesResponseProtoMsg {
    return {
      typeUrl: "/settle.options.v1.QuerySettlementPricesResponse",
      value: QuerySettlementPricesResponse.encode(message).finish()
    };
  }
};
function createBaseQueryRfqsRequest(): QueryRfqsRequest {
  return {};
}
export const QueryRfqsRequest = {
  typeUrl: "/settle.options.v1.QueryRfqsRequest",
  encode(_: QueryRfqsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryRfqsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryRfqsRequest();
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
  fromJSON(_: any): QueryRfqsRequest {
    return {};
  },
  toJSON(_: QueryRfqsRequest): JsonSafe<QueryRfqsRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial(_: DeepPartial<QueryRfqsRequest>): QueryRfqsRequest {
    const message = createBaseQueryRfqsRequest();
    return message;
  },
  fromAmino(_: QueryRfqsRequestAmino): QueryRfqsRequest {
    const message = createBaseQueryRfqsRequest();
    return message;
  },
  toAmino(_: QueryRfqsRequest): QueryRfqsRequestAmino {
    const obj: any = {};
    return obj;
  },
  fromAminoMsg(object: QueryRfqsRequestAminoMsg): QueryRfqsRequest {
    return QueryRfqsRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryRfqsRequestProtoMsg): QueryRfqsRequest {
    return QueryRfqsRequest.decode(message.value);
  },
  toProto(message: QueryRfqsRequest): Uint8Array {
    return QueryRfqsRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryRfqsRequest): QueryRfqsRequestProtoMsg {
    return {
      typeUrl: "/settle.options.v1.QueryRfqsRequest",
      value: QueryRfqsRequest.encode(message).finish()
    };
  }
};
function createBaseRfqWithQuotes(): RfqWithQuotes {
  return {
    rfq: undefined,
    quotes: []
  };
}
export const RfqWithQuotes = {
  typeUrl: "/settle.options.v1.RfqWithQuotes",
  encode(message: RfqWithQuotes, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.rfq !== undefined) {
      Rfq.encode(message.rfq, writer.uint32(10).fork()).ldelim();
    }
    for (const v of message.quotes) {
      Quote.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): RfqWithQuotes {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseRfqWithQuotes();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.rfq = Rfq.decode(reader, reader.uint32());
          break;
        case 2:
          message.quotes.push(Quote.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): RfqWithQuotes {
    return {
      rfq: isSet(object.rfq) ? Rfq.fromJSON(object.rfq) : undefined,
      quotes: Array.isArray(object?.quotes) ? object.quotes.map((e: any) => Quote.fromJSON(e)) : []
    };
  },
  toJSON(message: RfqWithQuotes): JsonSafe<RfqWithQuotes> {
    const obj: any = {};
    message.rfq !== undefined && (obj.rfq = message.rfq ? Rfq.toJSON(message.rfq) : undefined);
    if (message.quotes) {
      obj.quotes = message.quotes.map(e => e ? Quote.toJSON(e) : undefined);
    } else {
      obj.quotes = [];
    }
    return obj;
  },
  fromPartial(object: DeepPartial<RfqWithQuotes>): RfqWithQuotes {
    const message = createBaseRfqWithQuotes();
    message.rfq = object.rfq !== undefined && object.rfq !== null ? Rfq.fromPartial(object.rfq) : undefined;
    message.quotes = object.quotes?.map(e => Quote.fromPartial(e)) || [];
    return message;
  },
  fromAmino(object: RfqWithQuotesAmino): RfqWithQuotes {
    const message = createBaseRfqWithQuotes();
    if (object.rfq !== undefined && object.rfq !== null) {
      message.rfq = Rfq.fromAmino(object.rfq);
    }
    message.quotes = object.quotes?.map(e => Quote.fromAmino(e)) || [];
    return message;
  },
  toAmino(message: RfqWithQuotes): RfqWithQuotesAmino {
    const obj: any = {};
    obj.rfq = message.rfq ? Rfq.toAmino(message.rfq) : undefined;
    if (message.quotes && message.quotes.length > 0) {
      obj.quotes = message.quotes.map(e => e ? Quote.toAmino(e) : undefined);
    }
    return obj;
  },
  fromAminoMsg(object: RfqWithQuotesAminoMsg): RfqWithQuotes {
    return RfqWithQuotes.fromAmino(object.value);
  },
  fromProtoMsg(message: RfqWithQuotesProtoMsg): RfqWithQuotes {
    return RfqWithQuotes.decode(message.value);
  },
  toProto(message: RfqWithQuotes): Uint8Array {
    return RfqWithQuotes.encode(message).finish();
  },
  toProtoMsg(message: RfqWithQuotes): RfqWithQuotesProtoMsg {
    return {
      typeUrl: "/settle.options.v1.RfqWithQuotes",
      value: RfqWithQuotes.encode(message).finish()
    };
  }
};
function createBaseQueryRfqsResponse(): QueryRfqsResponse {
  return {
    rfqs: []
  };
}
export const QueryRfqsResponse = {
  typeUrl: "/settle.options.v1.QueryRfqsResponse",
  encode(message: QueryRfqsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.rfqs) {
      RfqWithQuotes.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryRfqsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryRfqsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.rfqs.push(RfqWithQuotes.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryRfqsResponse {
    return {
      rfqs: Array.isArray(object?.rfqs) ? object.rfqs.map((e: any) => RfqWithQuotes.fromJSON(e)) : []
    };
  },
  toJSON(message: QueryRfqsResponse): JsonSafe<QueryRfqsResponse> {
    const obj: any = {};
    if (message.rfqs) {
      obj.rfqs = message.rfqs.map(e => e ? RfqWithQuotes.toJSON(e) : undefined);
    } else {
      obj.rfqs = [];
    }
    return obj;
  },
  fromPartial(object: DeepPartial<QueryRfqsResponse>): QueryRfqsResponse {
    const message = createBaseQueryRfqsResponse();
    message.rfqs = object.rfqs?.map(e => RfqWithQuotes.fromPartial(e)) || [];
    return message;
  },
  fromAmino(object: QueryRfqsResponseAmino): QueryRfqsResponse {
    const message = createBaseQueryRfqsResponse();
    message.rfqs = object.rfqs?.map(e => RfqWithQuotes.fromAmino(e)) || [];
    return message;
  },
  toAmino(message: QueryRfqsResponse): QueryRfqsResponseAmino {
    const obj: any = {};
    if (message.rfqs && message.rfqs.length > 0) {
      obj.rfqs = message.rfqs.map(e => e ? RfqWithQuotes.toAmino(e) : undefined);
    }
    return obj;
  },
  fromAminoMsg(object: QueryRfqsResponseAminoMsg): QueryRfqsResponse {
    return QueryRfqsResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryRfqsResponseProtoMsg): QueryRfqsResponse {
    return QueryRfqsResponse.decode(message.value);
  },
  toProto(message: QueryRfqsResponse): Uint8Array {
    return QueryRfqsResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryRfqsResponse): QueryRfqsResponseProtoMsg {
    return {
      typeUrl: "/settle.options.v1.QueryRfqsResponse",
      value: QueryRfqsResponse.encode(message).finish()
    };
  }
};
function createBaseQueryMmpRequest(): QueryMmpRequest {
  return {
    owner: "",
    subaccount: 0,
    underlying: ""
  };
}
export const QueryMmpRequest = {
  typeUrl: "/settle.options.v1.QueryMmpRequest",
  encode(message: QueryMmpRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(16).uint32(message.subaccount);
    }
    if (message.underlying !== "") {
      writer.uint32(26).string(message.underlying);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryMmpRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryMmpRequest();
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
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryMmpRequest {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      underlying: isSet(object.underlying) ? String(object.underlying) : ""
    };
  },
  toJSON(message: QueryMmpRequest): JsonSafe<QueryMmpRequest> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    message.underlying !== undefined && (obj.underlying = message.underlying);
    return obj;
  },
  fromPartial(object: DeepPartial<QueryMmpRequest>): QueryMmpRequest {
    const message = createBaseQueryMmpRequest();
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.underlying = object.underlying ?? "";
    return message;
  },
  fromAmino(object: QueryMmpRequestAmino): QueryMmpRequest {
    const message = createBaseQueryMmpRequest();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    if (object.underlying !== undefined && object.underlying !== null) {
      message.underlying = object.underlying;
    }
    return message;
  },
  toAmino(message: QueryMmpRequest): QueryMmpRequestAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    obj.underlying = message.underlying === "" ? undefined : message.underlying;
    return obj;
  },
  fromAminoMsg(object: QueryMmpRequestAminoMsg): QueryMmpRequest {
    return QueryMmpRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryMmpRequestProtoMsg): QueryMmpRequest {
    return QueryMmpRequest.decode(message.value);
  },
  toProto(message: QueryMmpRequest): Uint8Array {
    return QueryMmpRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryMmpRequest): QueryMmpRequestProtoMsg {
    return {
      typeUrl: "/settle.options.v1.QueryMmpRequest",
      value: QueryMmpRequest.encode(message).finish()
    };
  }
};
function createBaseQueryMmpResponse(): QueryMmpResponse {
  return {
    config: undefined,
    state: undefined
  };
}
export const QueryMmpResponse = {
  typeUrl: "/settle.options.v1.QueryMmpResponse",
  encode(message: QueryMmpResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.config !== undefined) {
      MmpConfig.encode(message.config, writer.uint32(10).fork()).ldelim();
    }
    if (message.state !== undefined) {
      MmpState.encode(message.state, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryMmpResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryMmpResponse();
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
  fromJSON(object: any): QueryMmpResponse {
    return {
      config: isSet(object.config) ? MmpConfig.fromJSON(object.config) : undefined,
      state: isSet(object.state) ? MmpState.fromJSON(object.state) : undefined
    };
  },
  toJSON(message: QueryMmpResponse): JsonSafe<QueryMmpResponse> {
    const obj: any = {};
    message.config !== undefined && (obj.config = message.config ? MmpConfig.toJSON(message.config) : undefined);
    message.state !== undefined && (obj.state = message.state ? MmpState.toJSON(message.state) : undefined);
    return obj;
  },
  fromPartial(object: DeepPartial<QueryMmpResponse>): QueryMmpResponse {
    const message = createBaseQueryMmpResponse();
    message.config = object.config !== undefined && object.config !== null ? MmpConfig.fromPartial(object.config) : undefined;
    message.state = object.state !== undefined && object.state !== null ? MmpState.fromPartial(object.state) : undefined;
    return message;
  },
  fromAmino(object: QueryMmpResponseAmino): QueryMmpResponse {
    const message = createBaseQueryMmpResponse();
    if (object.config !== undefined && object.config !== null) {
      message.config = MmpConfig.fromAmino(object.config);
    }
    if (object.state !== undefined && object.state !== null) {
      message.state = MmpState.fromAmino(object.state);
    }
    return message;
  },
  toAmino(message: QueryMmpResponse): QueryMmpResponseAmino {
    const obj: any = {};
    obj.config = message.config ? MmpConfig.toAmino(message.config) : undefined;
    obj.state = message.state ? MmpState.toAmino(message.state) : undefined;
    return obj;
  },
  fromAminoMsg(object: QueryMmpResponseAminoMsg): QueryMmpResponse {
    return QueryMmpResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryMmpResponseProtoMsg): QueryMmpResponse {
    return QueryMmpResponse.decode(message.value);
  },
  toProto(message: QueryMmpResponse): Uint8Array {
    return QueryMmpResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryMmpResponse): QueryMmpResponseProtoMsg {
    return {
      typeUrl: "/settle.options.v1.QueryMmpResponse",
      value: QueryMmpResponse.encode(message).finish()
    };
  }
};
function createBaseQueryParamsRequest(): QueryParamsRequest {
  return {};
}
export const QueryParamsRequest = {
  typeUrl: "/settle.options.v1.QueryParamsRequest",
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
      typeUrl: "/settle.options.v1.QueryParamsRequest",
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
  typeUrl: "/settle.options.v1.QueryParamsResponse",
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
      typeUrl: "/settle.options.v1.QueryParamsResponse",
      value: QueryParamsResponse.encode(message).finish()
    };
  }
};
function createBaseQueryInstrumentRequest(): QueryInstrumentRequest {
  return {
    id: ""
  };
}
export const QueryInstrumentRequest = {
  typeUrl: "/settle.options.v1.QueryInstrumentRequest",
  encode(message: QueryInstrumentRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== "") {
      writer.uint32(10).string(message.id);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryInstrumentRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryInstrumentRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.id = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryInstrumentRequest {
    return {
      id: isSet(object.id) ? String(object.id) : ""
    };
  },
  toJSON(message: QueryInstrumentRequest): JsonSafe<QueryInstrumentRequest> {
    const obj: any = {};
    message.id !== undefined && (obj.id = message.id);
    return obj;
  },
  fromPartial(object: DeepPartial<QueryInstrumentRequest>): QueryInstrumentRequest {
    const message = createBaseQueryInstrumentRequest();
    message.id = object.id ?? "";
    return message;
  },
  fromAmino(object: QueryInstrumentRequestAmino): QueryInstrumentRequest {
    const message = createBaseQueryInstrumentRequest();
    if (object.id !== undefined && object.id !== null) {
      message.id = object.id;
    }
    return message;
  },
  toAmino(message: QueryInstrumentRequest): QueryInstrumentRequestAmino {
    const obj: any = {};
    obj.id = message.id === "" ? undefined : message.id;
    return obj;
  },
  fromAminoMsg(object: QueryInstrumentRequestAminoMsg): QueryInstrumentRequest {
    return QueryInstrumentRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryInstrumentRequestProtoMsg): QueryInstrumentRequest {
    return QueryInstrumentRequest.decode(message.value);
  },
  toProto(message: QueryInstrumentRequest): Uint8Array {
    return QueryInstrumentRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryInstrumentRequest): QueryInstrumentRequestProtoMsg {
    return {
      typeUrl: "/settle.options.v1.QueryInstrumentRequest",
      value: QueryInstrumentRequest.encode(message).finish()
    };
  }
};
function createBaseQueryInstrumentResponse(): QueryInstrumentResponse {
  return {
    instrument: undefined
  };
}
export const QueryInstrumentResponse = {
  typeUrl: "/settle.options.v1.QueryInstrumentResponse",
  encode(message: QueryInstrumentResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.instrument !== undefined) {
      Instrument.encode(message.instrument, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryInstrumentResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryInstrumentResponse();
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
  fromJSON(object: any): QueryInstrumentResponse {
    return {
      instrument: isSet(object.instrument) ? Instrument.fromJSON(object.instrument) : undefined
    };
  },
  toJSON(message: QueryInstrumentResponse): JsonSafe<QueryInstrumentResponse> {
    const obj: any = {};
    message.instrument !== undefined && (obj.instrument = message.instrument ? Instrument.toJSON(message.instrument) : undefined);
    return obj;
  },
  fromPartial(object: DeepPartial<QueryInstrumentResponse>): QueryInstrumentResponse {
    const message = createBaseQueryInstrumentResponse();
    message.instrument = object.instrument !== undefined && object.instrument !== null ? Instrument.fromPartial(object.instrument) : undefined;
    return message;
  },
  fromAmino(object: QueryInstrumentResponseAmino): QueryInstrumentResponse {
    const message = createBaseQueryInstrumentResponse();
    if (object.instrument !== undefined && object.instrument !== null) {
      message.instrument = Instrument.fromAmino(object.instrument);
    }
    return message;
  },
  toAmino(message: QueryInstrumentResponse): QueryInstrumentResponseAmino {
    const obj: any = {};
    obj.instrument = message.instrument ? Instrument.toAmino(message.instrument) : undefined;
    return obj;
  },
  fromAminoMsg(object: QueryInstrumentResponseAminoMsg): QueryInstrumentResponse {
    return QueryInstrumentResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryInstrumentResponseProtoMsg): QueryInstrumentResponse {
    return QueryInstrumentResponse.decode(message.value);
  },
  toProto(message: QueryInstrumentResponse): Uint8Array {
    return QueryInstrumentResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryInstrumentResponse): QueryInstrumentResponseProtoMsg {
    return {
      typeUrl: "/settle.options.v1.QueryInstrumentResponse",
      value: QueryInstrumentResponse.encode(message).finish()
    };
  }
};
function createBaseQueryInstrumentsRequest(): QueryInstrumentsRequest {
  return {
    underlying: "",
    expiry: BigInt(0),
    activeOnly: false
  };
}
export const QueryInstrumentsRequest = {
  typeUrl: "/settle.options.v1.QueryInstrumentsRequest",
  encode(message: QueryInstrumentsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.underlying !== "") {
      writer.uint32(10).string(message.underlying);
    }
    if (message.expiry !== BigInt(0)) {
      writer.uint32(16).int64(message.expiry);
    }
    if (message.activeOnly === true) {
      writer.uint32(24).bool(message.activeOnly);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryInstrumentsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryInstrumentsRequest();
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
          message.activeOnly = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryInstrumentsRequest {
    return {
      underlying: isSet(object.underlying) ? String(object.underlying) : "",
      expiry: isSet(object.expiry) ? BigInt(object.expiry.toString()) : BigInt(0),
      activeOnly: isSet(object.activeOnly) ? Boolean(object.activeOnly) : false
    };
  },
  toJSON(message: QueryInstrumentsRequest): JsonSafe<QueryInstrumentsRequest> {
    const obj: any = {};
    message.underlying !== undefined && (obj.underlying = message.underlying);
    message.expiry !== undefined && (obj.expiry = (message.expiry || BigInt(0)).toString());
    message.activeOnly !== undefined && (obj.activeOnly = message.activeOnly);
    return obj;
  },
  fromPartial(object: DeepPartial<QueryInstrumentsRequest>): QueryInstrumentsRequest {
    const message = createBaseQueryInstrumentsRequest();
    message.underlying = object.underlying ?? "";
    message.expiry = object.expiry !== undefined && object.expiry !== null ? BigInt(object.expiry.toString()) : BigInt(0);
    message.activeOnly = object.activeOnly ?? false;
    return message;
  },
  fromAmino(object: QueryInstrumentsRequestAmino): QueryInstrumentsRequest {
    const message = createBaseQueryInstrumentsRequest();
    if (object.underlying !== undefined && object.underlying !== null) {
      message.underlying = object.underlying;
    }
    if (object.expiry !== undefined && object.expiry !== null) {
      message.expiry = BigInt(object.expiry);
    }
    if (object.active_only !== undefined && object.active_only !== null) {
      message.activeOnly = object.active_only;
    }
    return message;
  },
  toAmino(message: QueryInstrumentsRequest): QueryInstrumentsRequestAmino {
    const obj: any = {};
    obj.underlying = message.underlying === "" ? undefined : message.underlying;
    obj.expiry = message.expiry !== BigInt(0) ? message.expiry?.toString() : undefined;
    obj.active_only = message.activeOnly === false ? undefined : message.activeOnly;
    return obj;
  },
  fromAminoMsg(object: QueryInstrumentsRequestAminoMsg): QueryInstrumentsRequest {
    return QueryInstrumentsRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryInstrumentsRequestProtoMsg): QueryInstrumentsRequest {
    return QueryInstrumentsRequest.decode(message.value);
  },
  toProto(message: QueryInstrumentsRequest): Uint8Array {
    return QueryInstrumentsRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryInstrumentsRequest): QueryInstrumentsRequestProtoMsg {
    return {
      typeUrl: "/settle.options.v1.QueryInstrumentsRequest",
      value: QueryInstrumentsRequest.encode(message).finish()
    };
  }
};
function createBaseQueryInstrumentsResponse(): QueryInstrumentsResponse {
  return {
    instruments: []
  };
}
export const QueryInstrumentsResponse = {
  typeUrl: "/settle.options.v1.QueryInstrumentsResponse",
  encode(message: QueryInstrumentsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.instruments) {
      Instrument.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryInstrumentsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryInstrumentsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.instruments.push(Instrument.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryInstrumentsResponse {
    return {
      instruments: Array.isArray(object?.instruments) ? object.instruments.map((e: any) => Instrument.fromJSON(e)) : []
    };
  },
  toJSON(message: QueryInstrumentsResponse): JsonSafe<QueryInstrumentsResponse> {
    const obj: any = {};
    if (message.instruments) {
      obj.instruments = message.instruments.map(e => e ? Instrument.toJSON(e) : undefined);
    } else {
      obj.instruments = [];
    }
    return obj;
  },
  fromPartial(object: DeepPartial<QueryInstrumentsResponse>): QueryInstrumentsResponse {
    const message = createBaseQueryInstrumentsResponse();
    message.instruments = object.instruments?.map(e => Instrument.fromPartial(e)) || [];
    return message;
  },
  fromAmino(object: QueryInstrumentsResponseAmino): QueryInstrumentsResponse {
    const message = createBaseQueryInstrumentsResponse();
    message.instruments = object.instruments?.map(e => Instrument.fromAmino(e)) || [];
    return message;
  },
  toAmino(message: QueryInstrumentsResponse): QueryInstrumentsResponseAmino {
    const obj: any = {};
    if (message.instruments && message.instruments.length > 0) {
      obj.instruments = message.instruments.map(e => e ? Instrument.toAmino(e) : undefined);
    }
    return obj;
  },
  fromAminoMsg(object: QueryInstrumentsResponseAminoMsg): QueryInstrumentsResponse {
    return QueryInstrumentsResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryInstrumentsResponseProtoMsg): QueryInstrumentsResponse {
    return QueryInstrumentsResponse.decode(message.value);
  },
  toProto(message: QueryInstrumentsResponse): Uint8Array {
    return QueryInstrumentsResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryInstrumentsResponse): QueryInstrumentsResponseProtoMsg {
    return {
      typeUrl: "/settle.options.v1.QueryInstrumentsResponse",
      value: QueryInstrumentsResponse.encode(message).finish()
    };
  }
};
function createBaseQueryBookRequest(): QueryBookRequest {
  return {
    instrumentId: "",
    levels: 0
  };
}
export const QueryBookRequest = {
  typeUrl: "/settle.options.v1.QueryBookRequest",
  encode(message: QueryBookRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.instrumentId !== "") {
      writer.uint32(10).string(message.instrumentId);
    }
    if (message.levels !== 0) {
      writer.uint32(16).uint32(message.levels);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryBookRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryBookRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.instrumentId = reader.string();
          break;
        case 2:
          message.levels = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryBookRequest {
    return {
      instrumentId: isSet(object.instrumentId) ? String(object.instrumentId) : "",
      levels: isSet(object.levels) ? Number(object.levels) : 0
    };
  },
  toJSON(message: QueryBookRequest): JsonSafe<QueryBookRequest> {
    const obj: any = {};
    message.instrumentId !== undefined && (obj.instrumentId = message.instrumentId);
    message.levels !== undefined && (obj.levels = Math.round(message.levels));
    return obj;
  },
  fromPartial(object: DeepPartial<QueryBookRequest>): QueryBookRequest {
    const message = createBaseQueryBookRequest();
    message.instrumentId = object.instrumentId ?? "";
    message.levels = object.levels ?? 0;
    return message;
  },
  fromAmino(object: QueryBookRequestAmino): QueryBookRequest {
    const message = createBaseQueryBookRequest();
    if (object.instrument_id !== undefined && object.instrument_id !== null) {
      message.instrumentId = object.instrument_id;
    }
    if (object.levels !== undefined && object.levels !== null) {
      message.levels = object.levels;
    }
    return message;
  },
  toAmino(message: QueryBookRequest): QueryBookRequestAmino {
    const obj: any = {};
    obj.instrument_id = message.instrumentId === "" ? undefined : message.instrumentId;
    obj.levels = message.levels === 0 ? undefined : message.levels;
    return obj;
  },
  fromAminoMsg(object: QueryBookRequestAminoMsg): QueryBookRequest {
    return QueryBookRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryBookRequestProtoMsg): QueryBookRequest {
    return QueryBookRequest.decode(message.value);
  },
  toProto(message: QueryBookRequest): Uint8Array {
    return QueryBookRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryBookRequest): QueryBookRequestProtoMsg {
    return {
      typeUrl: "/settle.options.v1.QueryBookRequest",
      value: QueryBookRequest.encode(message).finish()
    };
  }
};
function createBaseBookLevel(): BookLevel {
  return {
    price: BigInt(0),
    size: BigInt(0),
    orders: 0
  };
}
export const BookLevel = {
  typeUrl: "/settle.options.v1.BookLevel",
  encode(message: BookLevel, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.price !== BigInt(0)) {
      writer.uint32(8).uint64(message.price);
    }
    if (message.size !== BigInt(0)) {
      writer.uint32(16).uint64(message.size);
    }
    if (message.orders !== 0) {
      writer.uint32(24).uint32(message.orders);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): BookLevel {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseBookLevel();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.price = reader.uint64();
          break;
        case 2:
          message.size = reader.uint64();
          break;
        case 3:
          message.orders = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): BookLevel {
    return {
      price: isSet(object.price) ? BigInt(object.price.toString()) : BigInt(0),
      size: isSet(object.size) ? BigInt(object.size.toString()) : BigInt(0),
      orders: isSet(object.orders) ? Number(object.orders) : 0
    };
  },
  toJSON(message: BookLevel): JsonSafe<BookLevel> {
    const obj: any = {};
    message.price !== undefined && (obj.price = (message.price || BigInt(0)).toString());
    message.size !== undefined && (obj.size = (message.size || BigInt(0)).toString());
    message.orders !== undefined && (obj.orders = Math.round(message.orders));
    return obj;
  },
  fromPartial(object: DeepPartial<BookLevel>): BookLevel {
    const message = createBaseBookLevel();
    message.price = object.price !== undefined && object.price !== null ? BigInt(object.price.toString()) : BigInt(0);
    message.size = object.size !== undefined && object.size !== null ? BigInt(object.size.toString()) : BigInt(0);
    message.orders = object.orders ?? 0;
    return message;
  },
  fromAmino(object: BookLevelAmino): BookLevel {
    const message = createBaseBookLevel();
    if (object.price !== undefined && object.price !== null) {
      message.price = BigInt(object.price);
    }
    if (object.size !== undefined && object.size !== null) {
      message.size = BigInt(object.size);
    }
    if (object.orders !== undefined && object.orders !== null) {
      message.orders = object.orders;
    }
    return message;
  },
  toAmino(message: BookLevel): BookLevelAmino {
    const obj: any = {};
    obj.price = message.price !== BigInt(0) ? message.price?.toString() : undefined;
    obj.size = message.size !== BigInt(0) ? message.size?.toString() : undefined;
    obj.orders = message.orders === 0 ? undefined : message.orders;
    return obj;
  },
  fromAminoMsg(object: BookLevelAminoMsg): BookLevel {
    return BookLevel.fromAmino(object.value);
  },
  fromProtoMsg(message: BookLevelProtoMsg): BookLevel {
    return BookLevel.decode(message.value);
  },
  toProto(message: BookLevel): Uint8Array {
    return BookLevel.encode(message).finish();
  },
  toProtoMsg(message: BookLevel): BookLevelProtoMsg {
    return {
      typeUrl: "/settle.options.v1.BookLevel",
      value: BookLevel.encode(message).finish()
    };
  }
};
function createBaseQueryBookResponse(): QueryBookResponse {
  return {
    bids: [],
    asks: []
  };
}
export const QueryBookResponse = {
  typeUrl: "/settle.options.v1.QueryBookResponse",
  encode(message: QueryBookResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.bids) {
      BookLevel.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    for (const v of message.asks) {
      BookLevel.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryBookResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryBookResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.bids.push(BookLevel.decode(reader, reader.uint32()));
          break;
        case 2:
          message.asks.push(BookLevel.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryBookResponse {
    return {
      bids: Array.isArray(object?.bids) ? object.bids.map((e: any) => BookLevel.fromJSON(e)) : [],
      asks: Array.isArray(object?.asks) ? object.asks.map((e: any) => BookLevel.fromJSON(e)) : []
    };
  },
  toJSON(message: QueryBookResponse): JsonSafe<QueryBookResponse> {
    const obj: any = {};
    if (message.bids) {
      obj.bids = message.bids.map(e => e ? BookLevel.toJSON(e) : undefined);
    } else {
      obj.bids = [];
    }
    if (message.asks) {
      obj.asks = message.asks.map(e => e ? BookLevel.toJSON(e) : undefined);
    } else {
      obj.asks = [];
    }
    return obj;
  },
  fromPartial(object: DeepPartial<QueryBookResponse>): QueryBookResponse {
    const message = createBaseQueryBookResponse();
    message.bids = object.bids?.map(e => BookLevel.fromPartial(e)) || [];
    message.asks = object.asks?.map(e => BookLevel.fromPartial(e)) || [];
    return message;
  },
  fromAmino(object: QueryBookResponseAmino): QueryBookResponse {
    const message = createBaseQueryBookResponse();
    message.bids = object.bids?.map(e => BookLevel.fromAmino(e)) || [];
    message.asks = object.asks?.map(e => BookLevel.fromAmino(e)) || [];
    return message;
  },
  toAmino(message: QueryBookResponse): QueryBookResponseAmino {
    const obj: any = {};
    if (message.bids && message.bids.length > 0) {
      obj.bids = message.bids.map(e => e ? BookLevel.toAmino(e) : undefined);
    }
    if (message.asks && message.asks.length > 0) {
      obj.asks = message.asks.map(e => e ? BookLevel.toAmino(e) : undefined);
    }
    return obj;
  },
  fromAminoMsg(object: QueryBookResponseAminoMsg): QueryBookResponse {
    return QueryBookResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryBookResponseProtoMsg): QueryBookResponse {
    return QueryBookResponse.decode(message.value);
  },
  toProto(message: QueryBookResponse): Uint8Array {
    return QueryBookResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryBookResponse): QueryBookResponseProtoMsg {
    return {
      typeUrl: "/settle.options.v1.QueryBookResponse",
      value: QueryBookResponse.encode(message).finish()
    };
  }
};
function createBaseQueryOrderRequest(): QueryOrderRequest {
  return {
    id: BigInt(0)
  };
}
export const QueryOrderRequest = {
  typeUrl: "/settle.options.v1.QueryOrderRequest",
  encode(message: QueryOrderRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOrderRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOrderRequest();
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
  fromJSON(object: any): QueryOrderRequest {
    return {
      id: isSet(object.id) ? BigInt(object.id.toString()) : BigInt(0)
    };
  },
  toJSON(message: QueryOrderRequest): JsonSafe<QueryOrderRequest> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<QueryOrderRequest>): QueryOrderRequest {
    const message = createBaseQueryOrderRequest();
    message.id = object.id !== undefined && object.id !== null ? BigInt(object.id.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: QueryOrderRequestAmino): QueryOrderRequest {
    const message = createBaseQueryOrderRequest();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id);
    }
    return message;
  },
  toAmino(message: QueryOrderRequest): QueryOrderRequestAmino {
    const obj: any = {};
    obj.id = message.id !== BigInt(0) ? message.id?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: QueryOrderRequestAminoMsg): QueryOrderRequest {
    return QueryOrderRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryOrderRequestProtoMsg): QueryOrderRequest {
    return QueryOrderRequest.decode(message.value);
  },
  toProto(message: QueryOrderRequest): Uint8Array {
    return QueryOrderRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryOrderRequest): QueryOrderRequestProtoMsg {
    return {
      typeUrl: "/settle.options.v1.QueryOrderRequest",
      value: QueryOrderRequest.encode(message).finish()
    };
  }
};
function createBaseQueryOrderResponse(): QueryOrderResponse {
  return {
    order: undefined
  };
}
export const QueryOrderResponse = {
  typeUrl: "/settle.options.v1.QueryOrderResponse",
  encode(message: QueryOrderResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.order !== undefined) {
      Order.encode(message.order, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOrderResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOrderResponse();
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
  fromJSON(object: any): QueryOrderResponse {
    return {
      order: isSet(object.order) ? Order.fromJSON(object.order) : undefined
    };
  },
  toJSON(message: QueryOrderResponse): JsonSafe<QueryOrderResponse> {
    const obj: any = {};
    message.order !== undefined && (obj.order = message.order ? Order.toJSON(message.order) : undefined);
    return obj;
  },
  fromPartial(object: DeepPartial<QueryOrderResponse>): QueryOrderResponse {
    const message = createBaseQueryOrderResponse();
    message.order = object.order !== undefined && object.order !== null ? Order.fromPartial(object.order) : undefined;
    return message;
  },
  fromAmino(object: QueryOrderResponseAmino): QueryOrderResponse {
    const message = createBaseQueryOrderResponse();
    if (object.order !== undefined && object.order !== null) {
      message.order = Order.fromAmino(object.order);
    }
    return message;
  },
  toAmino(message: QueryOrderResponse): QueryOrderResponseAmino {
    const obj: any = {};
    obj.order = message.order ? Order.toAmino(message.order) : undefined;
    return obj;
  },
  fromAminoMsg(object: QueryOrderResponseAminoMsg): QueryOrderResponse {
    return QueryOrderResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryOrderResponseProtoMsg): QueryOrderResponse {
    return QueryOrderResponse.decode(message.value);
  },
  toProto(message: QueryOrderResponse): Uint8Array {
    return QueryOrderResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryOrderResponse): QueryOrderResponseProtoMsg {
    return {
      typeUrl: "/settle.options.v1.QueryOrderResponse",
      value: QueryOrderResponse.encode(message).finish()
    };
  }
};
function createBaseQueryOrdersBySubaccountRequest(): QueryOrdersBySubaccountRequest {
  return {
    owner: "",
    subaccount: 0
  };
}
export const QueryOrdersBySubaccountRequest = {
  typeUrl: "/settle.options.v1.QueryOrdersBySubaccountRequest",
  encode(message: QueryOrdersBySubaccountRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(16).uint32(message.subaccount);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOrdersBySubaccountRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOrdersBySubaccountRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.owner = reader.string();
          break;
        case 2:
          message.subaccount = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryOrdersBySubaccountRequest {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0
    };
  },
  toJSON(message: QueryOrdersBySubaccountRequest): JsonSafe<QueryOrdersBySubaccountRequest> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    return obj;
  },
  fromPartial(object: DeepPartial<QueryOrdersBySubaccountRequest>): QueryOrdersBySubaccountRequest {
    const message = createBaseQueryOrdersBySubaccountRequest();
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    return message;
  },
  fromAmino(object: QueryOrdersBySubaccountRequestAmino): QueryOrdersBySubaccountRequest {
    const message = createBaseQueryOrdersBySubaccountRequest();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    return message;
  },
  toAmino(message: QueryOrdersBySubaccountRequest): QueryOrdersBySubaccountRequestAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    return obj;
  },
  fromAminoMsg(object: QueryOrdersBySubaccountRequestAminoMsg): QueryOrdersBySubaccountRequest {
    return QueryOrdersBySubaccountRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryOrdersBySubaccountRequestProtoMsg): QueryOrdersBySubaccountRequest {
    return QueryOrdersBySubaccountRequest.decode(message.value);
  },
  toProto(message: QueryOrdersBySubaccountRequest): Uint8Array {
    return QueryOrdersBySubaccountRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryOrdersBySubaccountRequest): QueryOrdersBySubaccountRequestProtoMsg {
    return {
      typeUrl: "/settle.options.v1.QueryOrdersBySubaccountRequest",
      value: QueryOrdersBySubaccountRequest.encode(message).finish()
    };
  }
};
function createBaseQueryOrdersBySubaccountResponse(): QueryOrdersBySubaccountResponse {
  return {
    orders: []
  };
}
export const QueryOrdersBySubaccountResponse = {
  typeUrl: "/settle.options.v1.QueryOrdersBySubaccountResponse",
  encode(message: QueryOrdersBySubaccountResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.orders) {
      Order.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryOrdersBySubaccountResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryOrdersBySubaccountResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.orders.push(Order.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryOrdersBySubaccountResponse {
    return {
      orders: Array.isArray(object?.orders) ? object.orders.map((e: any) => Order.fromJSON(e)) : []
    };
  },
  toJSON(message: QueryOrdersBySubaccountResponse): JsonSafe<QueryOrdersBySubaccountResponse> {
    const obj: any = {};
    if (message.orders) {
      obj.orders = message.orders.map(e => e ? Order.toJSON(e) : undefined);
    } else {
      obj.orders = [];
    }
    return obj;
  },
  fromPartial(object: DeepPartial<QueryOrdersBySubaccountResponse>): QueryOrdersBySubaccountResponse {
    const message = createBaseQueryOrdersBySubaccountResponse();
    message.orders = object.orders?.map(e => Order.fromPartial(e)) || [];
    return message;
  },
  fromAmino(object: QueryOrdersBySubaccountResponseAmino): QueryOrdersBySubaccountResponse {
    const message = createBaseQueryOrdersBySubaccountResponse();
    message.orders = object.orders?.map(e => Order.fromAmino(e)) || [];
    return message;
  },
  toAmino(message: QueryOrdersBySubaccountResponse): QueryOrdersBySubaccountResponseAmino {
    const obj: any = {};
    if (message.orders && message.orders.length > 0) {
      obj.orders = message.orders.map(e => e ? Order.toAmino(e) : undefined);
    }
    return obj;
  },
  fromAminoMsg(object: QueryOrdersBySubaccountResponseAminoMsg): QueryOrdersBySubaccountResponse {
    return QueryOrdersBySubaccountResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryOrdersBySubaccountResponseProtoMsg): QueryOrdersBySubaccountResponse {
    return QueryOrdersBySubaccountResponse.decode(message.value);
  },
  toProto(message: QueryOrdersBySubaccountResponse): Uint8Array {
    return QueryOrdersBySubaccountResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryOrdersBySubaccountResponse): QueryOrdersBySubaccountResponseProtoMsg {
    return {
      typeUrl: "/settle.options.v1.QueryOrdersBySubaccountResponse",
      value: QueryOrdersBySubaccountResponse.encode(message).finish()
    };
  }
};
function createBaseQueryMarketStatsRequest(): QueryMarketStatsRequest {
  return {
    instrumentId: ""
  };
}
export const QueryMarketStatsRequest = {
  typeUrl: "/settle.options.v1.QueryMarketStatsRequest",
  encode(message: QueryMarketStatsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.instrumentId !== "") {
      writer.uint32(10).string(message.instrumentId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryMarketStatsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryMarketStatsRequest();
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
  fromJSON(object: any): QueryMarketStatsRequest {
    return {
      instrumentId: isSet(object.instrumentId) ? String(object.instrumentId) : ""
    };
  },
  toJSON(message: QueryMarketStatsRequest): JsonSafe<QueryMarketStatsRequest> {
    const obj: any = {};
    message.instrumentId !== undefined && (obj.instrumentId = message.instrumentId);
    return obj;
  },
  fromPartial(object: DeepPartial<QueryMarketStatsRequest>): QueryMarketStatsRequest {
    const message = createBaseQueryMarketStatsRequest();
    message.instrumentId = object.instrumentId ?? "";
    return message;
  },
  fromAmino(object: QueryMarketStatsRequestAmino): QueryMarketStatsRequest {
    const message = createBaseQueryMarketStatsRequest();
    if (object.instrument_id !== undefined && object.instrument_id !== null) {
      message.instrumentId = object.instrument_id;
    }
    return message;
  },
  toAmino(message: QueryMarketStatsRequest): QueryMarketStatsRequestAmino {
    const obj: any = {};
    obj.instrument_id = message.instrumentId === "" ? undefined : message.instrumentId;
    return obj;
  },
  fromAminoMsg(object: QueryMarketStatsRequestAminoMsg): QueryMarketStatsRequest {
    return QueryMarketStatsRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryMarketStatsRequestProtoMsg): QueryMarketStatsRequest {
    return QueryMarketStatsRequest.decode(message.value);
  },
  toProto(message: QueryMarketStatsRequest): Uint8Array {
    return QueryMarketStatsRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryMarketStatsRequest): QueryMarketStatsRequestProtoMsg {
    return {
      typeUrl: "/settle.options.v1.QueryMarketStatsRequest",
      value: QueryMarketStatsRequest.encode(message).finish()
    };
  }
};
function createBaseQueryMarketStatsResponse(): QueryMarketStatsResponse {
  return {
    stats: undefined,
    index: "",
    mark: ""
  };
}
export const QueryMarketStatsResponse = {
  typeUrl: "/settle.options.v1.QueryMarketStatsResponse",
  encode(message: QueryMarketStatsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.stats !== undefined) {
      InstrumentStats.encode(message.stats, writer.uint32(10).fork()).ldelim();
    }
    if (message.index !== "") {
      writer.uint32(18).string(message.index);
    }
    if (message.mark !== "") {
      writer.uint32(26).string(message.mark);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryMarketStatsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryMarketStatsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.stats = InstrumentStats.decode(reader, reader.uint32());
          break;
        case 2:
          message.index = reader.string();
          break;
        case 3:
          message.mark = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryMarketStatsResponse {
    return {
      stats: isSet(object.stats) ? InstrumentStats.fromJSON(object.stats) : undefined,
      index: isSet(object.index) ? String(object.index) : "",
      mark: isSet(object.mark) ? String(object.mark) : ""
    };
  },
  toJSON(message: QueryMarketStatsResponse): JsonSafe<QueryMarketStatsResponse> {
    const obj: any = {};
    message.stats !== undefined && (obj.stats = message.stats ? InstrumentStats.toJSON(message.stats) : undefined);
    message.index !== undefined && (obj.index = message.index);
    message.mark !== undefined && (obj.mark = message.mark);
    return obj;
  },
  fromPartial(object: DeepPartial<QueryMarketStatsResponse>): QueryMarketStatsResponse {
    const message = createBaseQueryMarketStatsResponse();
    message.stats = object.stats !== undefined && object.stats !== null ? InstrumentStats.fromPartial(object.stats) : undefined;
    message.index = object.index ?? "";
    message.mark = object.mark ?? "";
    return message;
  },
  fromAmino(object: QueryMarketStatsResponseAmino): QueryMarketStatsResponse {
    const message = createBaseQueryMarketStatsResponse();
    if (object.stats !== undefined && object.stats !== null) {
      message.stats = InstrumentStats.fromAmino(object.stats);
    }
    if (object.index !== undefined && object.index !== null) {
      message.index = object.index;
    }
    if (object.mark !== undefined && object.mark !== null) {
      message.mark = object.mark;
    }
    return message;
  },
  toAmino(message: QueryMarketStatsResponse): QueryMarketStatsResponseAmino {
    const obj: any = {};
    obj.stats = message.stats ? InstrumentStats.toAmino(message.stats) : undefined;
    obj.index = message.index === "" ? undefined : message.index;
    obj.mark = message.mark === "" ? undefined : message.mark;
    return obj;
  },
  fromAminoMsg(object: QueryMarketStatsResponseAminoMsg): QueryMarketStatsResponse {
    return QueryMarketStatsResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryMarketStatsResponseProtoMsg): QueryMarketStatsResponse {
    return QueryMarketStatsResponse.decode(message.value);
  },
  toProto(message: QueryMarketStatsResponse): Uint8Array {
    return QueryMarketStatsResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryMarketStatsResponse): QueryMarketStatsResponseProtoMsg {
    return {
      typeUrl: "/settle.options.v1.QueryMarketStatsResponse",
      value: QueryMarketStatsResponse.encode(message).finish()
    };
  }
};