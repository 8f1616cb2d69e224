/* eslint-disable */
import { Rpc } from "../../../helpers";
import { BinaryReader } from "../../../binary";
import { QueryClient, createProtobufRpcClient } from "@cosmjs/stargate";
import { QueryParamsRequest, QueryParamsResponse, QueryInstrumentRequest, QueryInstrumentResponse, QueryInstrumentsRequest, QueryInstrumentsResponse, QueryBookRequest, QueryBookResponse, QueryOrderRequest, QueryOrderResponse, QueryOrdersBySubaccountRequest, QueryOrdersBySubaccountResponse, QueryMarketStatsRequest, QueryMarketStatsResponse, QueryMmpRequest, QueryMmpResponse, QueryRfqsRequest, QueryRfqsResponse, QuerySettlementPricesRequest, QuerySettlementPricesResponse } from "./query";
/** Query is the options module's query service. */
export interface Query {
  params(request?: QueryParamsRequest): Promise<QueryParamsResponse>;
  instrument(request: QueryInstrumentRequest): Promise<QueryInstrumentResponse>;
  /** Instruments: listed instruments in id order, optionally of one underlying and/or expiry. */
  instruments(request: QueryInstrumentsRequest): Promise<QueryInstrumentsResponse>;
  /** Book: aggregated depth of an instrument (price levels best first). */
  book(request: QueryBookRequest): Promise<QueryBookResponse>;
  order(request: QueryOrderRequest): Promise<QueryOrderResponse>;
  ordersBySubaccount(request: QueryOrdersBySubaccountRequest): Promise<QueryOrdersBySubaccountResponse>;
  /** MarketStats: open interest, volume, last price, mark and index of an instrument. */
  marketStats(request: QueryMarketStatsRequest): Promise<QueryMarketStatsResponse>;
  /** Mmp: a subaccount's market-maker protection on an underlying and its current counts. */
  mmp(request: QueryMmpRequest): Promise<QueryMmpResponse>;
  /** Rfqs: open requests for quotes, with the quotes on each. */
  rfqs(request?: QueryRfqsRequest): Promise<QueryRfqsResponse>;
  /** SettlementPrices: fixed settlement prices (with their samples), optionally of one underlying. */
  settlementPrices(request: QuerySettlementPricesRequest): Promise<QuerySettlementPricesResponse>;
}
export class QueryClientImpl implements Query {
  private readonly rpc: Rpc;
  constructor(rpc: Rpc) {
    this.rpc = rpc;
    this.params = this.params.bind(this);
    this.instrument = this.instrument.bind(this);
    this.instruments = this.instruments.bind(this);
    this.book = this.book.bind(this);
    this.order = this.order.bind(this);
    this.ordersBySubaccount = this.ordersBySubaccount.bind(this);
    this.marketStats = this.marketStats.bind(this);
    this.mmp = this.mmp.bind(this);
    this.rfqs = this.rfqs.bind(this);
    this.settlementPrices = this.settlementPrices.bind(this);
  }
  params(request: QueryParamsRequest = {}): Promise<QueryParamsResponse> {
    const data = QueryParamsRequest.encode(request).finish();
    const promise = this.rpc.request("settle.options.v1.Query", "Params", data);
    return promise.then(data => QueryParamsResponse.decode(new BinaryReader(data)));
  }
  instrument(request: QueryInstrumentRequest): Promise<QueryInstrumentResponse> {
    const data = QueryInstrumentRequest.encode(request).finish();
    const promise = this.rpc.request("settle.options.v1.Query", "Instrument", data);
    return promise.then(data => QueryInstrumentResponse.decode(new BinaryReader(data)));
  }
  instruments(request: QueryInstrumentsRequest): Promise<QueryInstrumentsResponse> {
    const data = QueryInstrumentsRequest.encode(request).finish();
    const promise = this.rpc.request("settle.options.v1.Query", "Instruments", data);
    return promise.then(data => QueryInstrumentsResponse.decode(new BinaryReader(data)));
  }
  book(request: QueryBookRequest): Promise<QueryBookResponse> {
    const data = QueryBookRequest.encode(request).finish();
    const promise = this.rpc.request("settle.options.v1.Query", "Book", data);
    return promise.then(data => QueryBookResponse.decode(new BinaryReader(data)));
  }
  order(request: QueryOrderRequest): Promise<QueryOrderResponse> {
    const data = QueryOrderRequest.encode(request).finish();
    const promise = this.rpc.request("settle.options.v1.Query", "Order", data);
    return promise.then(data => QueryOrderResponse.decode(new BinaryReader(data)));
  }
  ordersBySubaccount(request: QueryOrdersBySubaccountRequest): Promise<QueryOrdersBySubaccountResponse> {
    const data = QueryOrdersBySubaccountRequest.encode(request).finish();
    const promise = this.rpc.request("settle.options.v1.Query", "OrdersBySubaccount", data);
    return promise.then(data => QueryOrdersBySubaccountResponse.decode(new BinaryReader(data)));
  }
  marketStats(request: QueryMarketStatsRequest): Promise<QueryMarketStatsResponse> {
    const data = QueryMarketStatsRequest.encode(request).finish();
    const promise = this.rpc.request("settle.options.v1.Query", "MarketStats", data);
    return promise.then(data => QueryMarketStatsResponse.decode(new BinaryReader(data)));
  }
  mmp(request: QueryMmpRequest): Promise<QueryMmpResponse> {
    const data = QueryMmpRequest.encode(request).finish();
    const promise = this.rpc.request("settle.options.v1.Query", "Mmp", data);
    return promise.then(data => QueryMmpResponse.decode(new BinaryReader(data)));
  }
  rfqs(request: QueryRfqsRequest = {}): Promise<QueryRfqsResponse> {
    const data = QueryRfqsRequest.encode(request).finish();
    const promise = this.rpc.request("settle.options.v1.Query", "Rfqs", data);
    return promise.then(data => QueryRfqsResponse.decode(new BinaryReader(data)));
  }
  settlementPrices(request: QuerySettlementPricesRequest): Promise<QuerySettlementPricesResponse> {
    const data = QuerySettlementPricesRequest.encode(request).finish();
    const promise = this.rpc.request("settle.options.v1.Query", "SettlementPrices", data);
    return promise.then(data => QuerySettlementPricesResponse.decode(new BinaryReader(data)));
  }
}
export const createRpcQueryExtension = (base: QueryClient) => {
  const rpc = createProtobufRpcClient(base);
  const queryService = new QueryClientImpl(rpc);
  return {
    params(request?: QueryParamsRequest): Promise<QueryParamsResponse> {
      return queryService.params(request);
    },
    instrument(request: QueryInstrumentRequest): Promise<QueryInstrumentResponse> {
      return queryService.instrument(request);
    },
    instruments(request: QueryInstrumentsRequest): Promise<QueryInstrumentsResponse> {
      return queryService.instruments(request);
    },
    book(request: QueryBookRequest): Promise<QueryBookResponse> {
      return queryService.book(request);
    },
    order(request: QueryOrderRequest): Promise<QueryOrderResponse> {
      return queryService.order(request);
    },
    ordersBySubaccount(request: QueryOrdersBySubaccountRequest): Promise<QueryOrdersBySubaccountResponse> {
      return queryService.ordersBySubaccount(request);
    },
    marketStats(request: QueryMarketStatsRequest): Promise<QueryMarketStatsResponse> {
      return queryService.marketStats(request);
    },
    mmp(request: QueryMmpRequest): Promise<QueryMmpResponse> {
      return queryService.mmp(request);
    },
    rfqs(request?: QueryRfqsRequest): Promise<QueryRfqsResponse> {
      return queryService.rfqs(request);
    },
    settlementPrices(request: QuerySettlementPricesRequest): Promise<QuerySettlementPricesResponse> {
      return queryService.settlementPrices(request);
    }
  };
};