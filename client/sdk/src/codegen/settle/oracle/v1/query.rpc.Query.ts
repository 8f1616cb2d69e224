/* eslint-disable */
import { Rpc } from "../../../helpers";
import { BinaryReader } from "../../../binary";
import { QueryClient, createProtobufRpcClient } from "@cosmjs/stargate";
import { QueryPriceRequest, QueryPriceResponse, QueryPricesRequest, QueryPricesResponse, QueryTwapRequest, QueryTwapResponse, QueryVolSurfaceRequest, QueryVolSurfaceResponse, QueryMarketsRequest, QueryMarketsResponse, QueryParamsRequest, QueryParamsResponse } from "./query";
/** Query is the oracle's query service (abci_query paths /settle.oracle.v1.Query/<Method>). */
export interface Query {
  /** Price is one market's price with its age and stale flag at the queried height. */
  price(request: QueryPriceRequest): Promise<QueryPriceResponse>;
  /** Prices is every market's price. */
  prices(request?: QueryPricesRequest): Promise<QueryPricesResponse>;
  /** Twap is the time-weighted average price over [now - window, now], now = the block time. */
  twap(request: QueryTwapRequest): Promise<QueryTwapResponse>;
  /** VolSurface is an underlying's SVI surface. */
  volSurface(request: QueryVolSurfaceRequest): Promise<QueryVolSurfaceResponse>;
  /** Markets lists the markets. */
  markets(request?: QueryMarketsRequest): Promise<QueryMarketsResponse>;
  /** Params is the module's params. */
  params(request?: QueryParamsRequest): Promise<QueryParamsResponse>;
}
export class QueryClientImpl implements Query {
  private readonly rpc: Rpc;
  constructor(rpc: Rpc) {
    this.rpc = rpc;
    this.price = this.price.bind(this);
    this.prices = this.prices.bind(this);
    this.twap = this.twap.bind(this);
    this.volSurface = this.volSurface.bind(this);
    this.markets = this.markets.bind(this);
    this.params = this.params.bind(this);
  }
  price(request: QueryPriceRequest): Promise<QueryPriceResponse> {
    const data = QueryPriceRequest.encode(request).finish();
    const promise = this.rpc.request("settle.oracle.v1.Query", "Price", data);
    return promise.then(data => QueryPriceResponse.decode(new BinaryReader(data)));
  }
  prices(request: QueryPricesRequest = {}): Promise<QueryPricesResponse> {
    const data = QueryPricesRequest.encode(request).finish();
    const promise = this.rpc.request("settle.oracle.v1.Query", "Prices", data);
    return promise.then(data => QueryPricesResponse.decode(new BinaryReader(data)));
  }
  twap(request: QueryTwapRequest): Promise<QueryTwapResponse> {
    const data = QueryTwapRequest.encode(request).finish();
    const promise = this.rpc.request("settle.oracle.v1.Query", "Twap", data);
    return promise.then(data => QueryTwapResponse.decode(new BinaryReader(data)));
  }
  volSurface(request: QueryVolSurfaceRequest): Promise<QueryVolSurfaceResponse> {
    const data = QueryVolSurfaceRequest.encode(request).finish();
    const promise = this.rpc.request("settle.oracle.v1.Query", "VolSurface", data);
    return promise.then(data => QueryVolSurfaceResponse.decode(new BinaryReader(data)));
  }
  markets(request: QueryMarketsRequest = {}): Promise<QueryMarketsResponse> {
    const data = QueryMarketsRequest.encode(request).finish();
    const promise = this.rpc.request("settle.oracle.v1.Query", "Markets", data);
    return promise.then(data => QueryMarketsResponse.decode(new BinaryReader(data)));
  }
  params(request: QueryParamsRequest = {}): Promise<QueryParamsResponse> {
    const data = QueryParamsRequest.encode(request).finish();
    const promise = this.rpc.request("settle.oracle.v1.Query", "Params", data);
    return promise.then(data => QueryParamsResponse.decode(new BinaryReader(data)));
  }
}
export const createRpcQueryExtension = (base: QueryClient) => {
  const rpc = createProtobufRpcClient(base);
  const queryService = new QueryClientImpl(rpc);
  return {
    price(request: QueryPriceRequest): Promise<QueryPriceResponse> {
      return queryService.price(request);
    },
    prices(request?: QueryPricesRequest): Promise<QueryPricesResponse> {
      return queryService.prices(request);
    },
    twap(request: QueryTwapRequest): Promise<QueryTwapResponse> {
      return queryService.twap(request);
    },
    volSurface(request: QueryVolSurfaceRequest): Promise<QueryVolSurfaceResponse> {
      return queryService.volSurface(request);
    },
    markets(request?: QueryMarketsRequest): Promise<QueryMarketsResponse> {
      return queryService.markets(request);
    },
    params(request?: QueryParamsRequest): Promise<QueryParamsResponse> {
      return queryService.params(request);
    }
  };
};