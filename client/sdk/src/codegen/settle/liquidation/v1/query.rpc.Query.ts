/* eslint-disable */
import { Rpc } from "../../../helpers";
import { BinaryReader } from "../../../binary";
import { QueryClient, createProtobufRpcClient } from "@cosmjs/stargate";
import { QueryParamsRequest, QueryParamsResponse, QueryInsuranceFundRequest, QueryInsuranceFundResponse, QueryAuctionsRequest, QueryAuctionsResponse, QueryLiquidationsRequest, QueryLiquidationsResponse } from "./query";
/** Query is the liquidation module's query service. */
export interface Query {
  params(request?: QueryParamsRequest): Promise<QueryParamsResponse>;
  /** InsuranceFund: the fund's balance and its totals. */
  insuranceFund(request?: QueryInsuranceFundRequest): Promise<QueryInsuranceFundResponse>;
  /** Auctions: every open auction, with the discount a liquidator gets now. */
  auctions(request?: QueryAuctionsRequest): Promise<QueryAuctionsResponse>;
  /** Liquidations: the most recent liquidation steps, newest first. */
  liquidations(request: QueryLiquidationsRequest): Promise<QueryLiquidationsResponse>;
}
export class QueryClientImpl implements Query {
  private readonly rpc: Rpc;
  constructor(rpc: Rpc) {
    this.rpc = rpc;
    this.params = this.params.bind(this);
    this.insuranceFund = this.insuranceFund.bind(this);
    this.auctions = this.auctions.bind(this);
    this.liquidations = this.liquidations.bind(this);
  }
  params(request: QueryParamsRequest = {}): Promise<QueryParamsResponse> {
    const data = QueryParamsRequest.encode(request).finish();
    const promise = this.rpc.request("settle.liquidation.v1.Query", "Params", data);
    return promise.then(data => QueryParamsResponse.decode(new BinaryReader(data)));
  }
  insuranceFund(request: QueryInsuranceFundRequest = {}): Promise<QueryInsuranceFundResponse> {
    const data = QueryInsuranceFundRequest.encode(request).finish();
    const promise = this.rpc.request("settle.liquidation.v1.Query", "InsuranceFund", data);
    return promise.then(data => QueryInsuranceFundResponse.decode(new BinaryReader(data)));
  }
  auctions(request: QueryAuctionsRequest = {}): Promise<QueryAuctionsResponse> {
    const data = QueryAuctionsRequest.encode(request).finish();
    const promise = this.rpc.request("settle.liquidation.v1.Query", "Auctions", data);
    return promise.then(data => QueryAuctionsResponse.decode(new BinaryReader(data)));
  }
  liquidations(request: QueryLiquidationsRequest): Promise<QueryLiquidationsResponse> {
    const data = QueryLiquidationsRequest.encode(request).finish();
    const promise = this.rpc.request("settle.liquidation.v1.Query", "Liquidations", data);
    return promise.then(data => QueryLiquidationsResponse.decode(new BinaryReader(data)));
  }
}
export const createRpcQueryExtension = (base: QueryClient) => {
  const rpc = createProtobufRpcClient(base);
  const queryService = new QueryClientImpl(rpc);
  return {
    params(request?: QueryParamsRequest): Promise<QueryParamsResponse> {
      return queryService.params(request);
    },
    insuranceFund(request?: QueryInsuranceFundRequest): Promise<QueryInsuranceFundResponse> {
      return queryService.insuranceFund(request);
    },
    auctions(request?: QueryAuctionsRequest): Promise<QueryAuctionsResponse> {
      return queryService.auctions(request);
    },
    liquidations(request: QueryLiquidationsRequest): Promise<QueryLiquidationsResponse> {
      return queryService.liquidations(request);
    }
  };
};