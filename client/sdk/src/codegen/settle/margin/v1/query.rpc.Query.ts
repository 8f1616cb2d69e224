/* eslint-disable */
import { Rpc } from "../../../helpers";
import { BinaryReader } from "../../../binary";
import { QueryClient, createProtobufRpcClient } from "@cosmjs/stargate";
import { QuerySubaccountRequest, QuerySubaccountResponse, QuerySubaccountsRequest, QuerySubaccountsResponse, QueryCollateralAssetsRequest, QueryCollateralAssetsResponse, QueryParamsRequest, QueryParamsResponse, QueryHealthRequest, QueryHealthResponse } from "./query";
/** Query is the margin module's query service. */
export interface Query {
  subaccount(request: QuerySubaccountRequest): Promise<QuerySubaccountResponse>;
  subaccounts(request: QuerySubaccountsRequest): Promise<QuerySubaccountsResponse>;
  collateralAssets(request?: QueryCollateralAssetsRequest): Promise<QueryCollateralAssetsResponse>;
  params(request?: QueryParamsRequest): Promise<QueryParamsResponse>;
  /** Health: equity, margin requirements and per-position marks and Greeks at the latest prices. */
  health(request: QueryHealthRequest): Promise<QueryHealthResponse>;
}
export class QueryClientImpl implements Query {
  private readonly rpc: Rpc;
  constructor(rpc: Rpc) {
    this.rpc = rpc;
    this.subaccount = this.subaccount.bind(this);
    this.subaccounts = this.subaccounts.bind(this);
    this.collateralAssets = this.collateralAssets.bind(this);
    this.params = this.params.bind(this);
    this.health = this.health.bind(this);
  }
  subaccount(request: QuerySubaccountRequest): Promise<QuerySubaccountResponse> {
    const data = QuerySubaccountRequest.encode(request).finish();
    const promise = this.rpc.request("settle.margin.v1.Query", "Subaccount", data);
    return promise.then(data => QuerySubaccountResponse.decode(new BinaryReader(data)));
  }
  subaccounts(request: QuerySubaccountsRequest): Promise<QuerySubaccountsResponse> {
    const data = QuerySubaccountsRequest.encode(request).finish();
    const promise = this.rpc.request("settle.margin.v1.Query", "Subaccounts", data);
    return promise.then(data => QuerySubaccountsResponse.decode(new BinaryReader(data)));
  }
  collateralAssets(request: QueryCollateralAssetsRequest = {}): Promise<QueryCollateralAssetsResponse> {
    const data = QueryCollateralAssetsRequest.encode(request).finish();
    const promise = this.rpc.request("settle.margin.v1.Query", "CollateralAssets", data);
    return promise.then(data => QueryCollateralAssetsResponse.decode(new BinaryReader(data)));
  }
  params(request: QueryParamsRequest = {}): Promise<QueryParamsResponse> {
    const data = QueryParamsRequest.encode(request).finish();
    const promise = this.rpc.request("settle.margin.v1.Query", "Params", data);
    return promise.then(data => QueryParamsResponse.decode(new BinaryReader(data)));
  }
  health(request: QueryHealthRequest): Promise<QueryHealthResponse> {
    const data = QueryHealthRequest.encode(request).finish();
    const promise = this.rpc.request("settle.margin.v1.Query", "Health", data);
    return promise.then(data => QueryHealthResponse.decode(new BinaryReader(data)));
  }
}
export const createRpcQueryExtension = (base: QueryClient) => {
  const rpc = createProtobufRpcClient(base);
  const queryService = new QueryClientImpl(rpc);
  return {
    subaccount(request: QuerySubaccountRequest): Promise<QuerySubaccountResponse> {
      return queryService.subaccount(request);
    },
    subaccounts(request: QuerySubaccountsRequest): Promise<QuerySubaccountsResponse> {
      return queryService.subaccounts(request);
    },
    collateralAssets(request?: QueryCollateralAssetsRequest): Promise<QueryCollateralAssetsResponse> {
      return queryService.collateralAssets(request);
    },
    params(request?: QueryParamsRequest): Promise<QueryParamsResponse> {
      return queryService.params(request);
    },
    health(request: QueryHealthRequest): Promise<QueryHealthResponse> {
      return queryService.health(request);
    }
  };
};