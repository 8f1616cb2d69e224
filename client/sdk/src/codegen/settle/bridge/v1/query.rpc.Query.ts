/* eslint-disable */
import { Rpc } from "../../../helpers";
import { BinaryReader } from "../../../binary";
import { QueryClient, createProtobufRpcClient } from "@cosmjs/stargate";
import { QueryParamsRequest, QueryParamsResponse, QueryBridgeKeysRequest, QueryBridgeKeysResponse, QueryValsetRequest, QueryValsetResponse, QueryAnchorRequest, QueryAnchorResponse, QueryLatestAnchorRequest, QueryAttestationsRequest, QueryAttestationsResponse, QueryWithdrawalProofRequest, QueryWithdrawalProofResponse, QuerySettlementProofRequest, QuerySettlementProofResponse, QueryDepositsRequest, QueryDepositsResponse } from "./query";
/** Query is the bridge module's query service. */
export interface Query {
  params(request?: QueryParamsRequest): Promise<QueryParamsResponse>;
  /** BridgeKeys: every registered key. */
  bridgeKeys(request?: QueryBridgeKeysRequest): Promise<QueryBridgeKeysResponse>;
  /** Valset: the set with `nonce`, or the latest one when nonce is absent (0 and no set yet: not found). */
  valset(request: QueryValsetRequest): Promise<QueryValsetResponse>;
  /** Anchor: anchor `nonce` with its attestation and signatures. */
  anchor(request: QueryAnchorRequest): Promise<QueryAnchorResponse>;
  /** LatestAnchor: the newest anchor. */
  latestAnchor(request?: QueryLatestAnchorRequest): Promise<QueryAnchorResponse>;
  /** Attestations: attestations from seq `from_seq` on, in submission order, with signatures (what a relayer reads). */
  attestations(request: QueryAttestationsRequest): Promise<QueryAttestationsResponse>;
  /** WithdrawalProof: a withdrawal, its anchor and its Merkle proof. */
  withdrawalProof(request: QueryWithdrawalProofRequest): Promise<QueryWithdrawalProofResponse>;
  /** SettlementProof: a recorded position settlement, its anchor and its Merkle proof against the settlement root. */
  settlementProof(request: QuerySettlementProofRequest): Promise<QuerySettlementProofResponse>;
  /** Deposits: the last credited deposit nonce and the most recent deposits, newest first. */
  deposits(request: QueryDepositsRequest): Promise<QueryDepositsResponse>;
}
export class QueryClientImpl implements Query {
  private readonly rpc: Rpc;
  constructor(rpc: Rpc) {
    this.rpc = rpc;
    this.params = this.params.bind(this);
    this.bridgeKeys = this.bridgeKeys.bind(this);
    this.valset = this.valset.bind(this);
    this.anchor = this.anchor.bind(this);
    this.latestAnchor = this.latestAnchor.bind(this);
    this.attestations = this.attestations.bind(this);
    this.withdrawalProof = this.withdrawalProof.bind(this);
    this.settlementProof = this.settlementProof.bind(this);
    this.deposits = this.deposits.bind(this);
  }
  params(request: QueryParamsRequest = {}): Promise<QueryParamsResponse> {
    const data = QueryParamsRequest.encode(request).finish();
    const promise = this.rpc.request("settle.bridge.v1.Query", "Params", data);
    return promise.then(data => QueryParamsResponse.decode(new BinaryReader(data)));
  }
  bridgeKeys(request: QueryBridgeKeysRequest = {}): Promise<QueryBridgeKeysResponse> {
    const data = QueryBridgeKeysRequest.encode(request).finish();
    const promise = this.rpc.request("settle.bridge.v1.Query", "BridgeKeys", data);
    return promise.then(data => QueryBridgeKeysResponse.decode(new BinaryReader(data)));
  }
  valset(request: QueryValsetRequest): Promise<QueryValsetResponse> {
    const data = QueryValsetRequest.encode(request).finish();
    const promise = this.rpc.request("settle.bridge.v1.Query", "Valset", data);
    return promise.then(data => QueryValsetResponse.decode(new BinaryReader(data)));
  }
  anchor(request: QueryAnchorRequest): Promise<QueryAnchorResponse> {
    const data = QueryAnchorRequest.encode(request).finish();
    const promise = this.rpc.request("settle.bridge.v1.Query", "Anchor", data);
    return promise.then(data => QueryAnchorResponse.decode(new BinaryReader(data)));
  }
  latestAnchor(request: QueryLatestAnchorRequest = {}): Promise<QueryAnchorResponse> {
    const data = QueryLatestAnchorRequest.encode(request).finish();
    const promise = this.rpc.request("settle.bridge.v1.Query", "LatestAnchor", data);
    return promise.then(data => QueryAnchorResponse.decode(new BinaryReader(data)));
  }
  attestations(request: QueryAttestationsRequest): Promise<QueryAttestationsResponse> {
    const data = QueryAttestationsRequest.encode(request).finish();
    const promise = this.rpc.request("settle.bridge.v1.Query", "Attestations", data);
    return promise.then(data => QueryAttestationsResponse.decode(new BinaryReader(data)));
  }
  withdrawalProof(request: QueryWithdrawalProofRequest): Promise<QueryWithdrawalProofResponse> {
    const data = QueryWithdrawalProofRequest.encode(request).finish();
    const promise = this.rpc.request("settle.bridge.v1.Query", "WithdrawalProof", data);
    return promise.then(data => QueryWithdrawalProofResponse.decode(new BinaryReader(data)));
  }
  settlementProof(request: QuerySettlementProofRequest): Promise<QuerySettlementProofResponse> {
    const data = QuerySettlementProofRequest.encode(request).finish();
    const promise = this.rpc.request("settle.bridge.v1.Query", "SettlementProof", data);
    return promise.then(data => QuerySettlementProofResponse.decode(new BinaryReader(data)));
  }
  deposits(request: QueryDepositsRequest): Promise<QueryDepositsResponse> {
    const data = QueryDepositsRequest.encode(request).finish();
    const promise = this.rpc.request("settle.bridge.v1.Query", "Deposits", data);
    return promise.then(data => QueryDepositsResponse.decode(new BinaryReader(data)));
  }
}
export const createRpcQueryExtension = (base: QueryClient) => {
  const rpc = createProtobufRpcClient(base);
  const queryService = new QueryClientImpl(rpc);
  return {
    params(request?: QueryParamsRequest): Promise<QueryParamsResponse> {
      return queryService.params(request);
    },
    bridgeKeys(request?: QueryBridgeKeysRequest): Promise<QueryBridgeKeysResponse> {
      return queryService.bridgeKeys(request);
    },
    valset(request: QueryValsetRequest): Promise<QueryValsetResponse> {
      return queryService.valset(request);
    },
    anchor(request: QueryAnchorRequest): Promise<QueryAnchorResponse> {
      return queryService.anchor(request);
    },
    latestAnchor(request?: QueryLatestAnchorRequest): Promise<QueryAnchorResponse> {
      return queryService.latestAnchor(request);
    },
    attestations(request: QueryAttestationsRequest): Promise<QueryAttestationsResponse> {
      return queryService.attestations(request);
    },
    withdrawalProof(request: QueryWithdrawalProofRequest): Promise<QueryWithdrawalProofResponse> {
      return queryService.withdrawalProof(request);
    },
    settlementProof(request: QuerySettlementProofRequest): Promise<QuerySettlementProofResponse> {
      return queryService.settlementProof(request);
    },
    deposits(request: QueryDepositsRequest): Promise<QueryDepositsResponse> {
      return queryService.deposits(request);
    }
  };
};