/* eslint-disable */
import { Params, ParamsAmino, BridgeKey, BridgeKeyAmino, Valset, ValsetAmino, Anchor, AnchorAmino, Attestation, AttestationAmino, AttestationSignature, AttestationSignatureAmino, Withdrawal, WithdrawalAmino, Settlement, SettlementAmino, DepositRecord, DepositRecordAmino, Totals, TotalsAmino } from "./types";
import { BinaryReader, BinaryWriter } from "../../../binary";
import { JsonSafe } from "../../../json-safe";
import { DeepPartial, isSet, bytesFromBase64, base64FromBytes } from "../../../helpers";
export interface QueryParamsRequest {}
export interface QueryParamsRequestProtoMsg {
  typeUrl: "/settle.bridge.v1.QueryParamsRequest";
  value: Uint8Array;
}
/**
 * @name QueryParamsRequestAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.QueryParamsRequest
 */
export interface QueryParamsRequestAmino {}
export interface QueryParamsRequestAminoMsg {
  type: "/settle.bridge.v1.QueryParamsRequest";
  value: QueryParamsRequestAmino;
}
export interface QueryParamsResponse {
  params?: Params;
}
export interface QueryParamsResponseProtoMsg {
  typeUrl: "/settle.bridge.v1.QueryParamsResponse";
  value: Uint8Array;
}
/**
 * @name QueryParamsResponseAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.QueryParamsResponse
 */
export interface QueryParamsResponseAmino {
  params?: ParamsAmino;
}
export interface QueryParamsResponseAminoMsg {
  type: "/settle.bridge.v1.QueryParamsResponse";
  value: QueryParamsResponseAmino;
}
export interface QueryBridgeKeysRequest {}
export interface QueryBridgeKeysRequestProtoMsg {
  typeUrl: "/settle.bridge.v1.QueryBridgeKeysRequest";
  value: Uint8Array;
}
/**
 * @name QueryBridgeKeysRequestAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.QueryBridgeKeysRequest
 */
export interface QueryBridgeKeysRequestAmino {}
export interface QueryBridgeKeysRequestAminoMsg {
  type: "/settle.bridge.v1.QueryBridgeKeysRequest";
  value: QueryBridgeKeysRequestAmino;
}
export interface QueryBridgeKeysResponse {
  keys: BridgeKey[];
}
export interface QueryBridgeKeysResponseProtoMsg {
  typeUrl: "/settle.bridge.v1.QueryBridgeKeysResponse";
  value: Uint8Array;
}
/**
 * @name QueryBridgeKeysResponseAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.QueryBridgeKeysResponse
 */
export interface QueryBridgeKeysResponseAmino {
  keys?: BridgeKeyAmino[];
}
export interface QueryBridgeKeysResponseAminoMsg {
  type: "/settle.bridge.v1.QueryBridgeKeysResponse";
  value: QueryBridgeKeysResponseAmino;
}
export interface QueryValsetRequest {
  nonce: bigint;
  latest: boolean;
}
export interface QueryValsetRequestProtoMsg {
  typeUrl: "/settle.bridge.v1.QueryValsetRequest";
  value: Uint8Array;
}
/**
 * @name QueryValsetRequestAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.QueryValsetRequest
 */
export interface QueryValsetRequestAmino {
  nonce?: string;
  latest?: boolean;
}
export interface QueryValsetRequestAminoMsg {
  type: "/settle.bridge.v1.QueryValsetRequest";
  value: QueryValsetRequestAmino;
}
export interface QueryValsetResponse {
  valset?: Valset;
}
export interface QueryValsetResponseProtoMsg {
  typeUrl: "/settle.bridge.v1.QueryValsetResponse";
  value: Uint8Array;
}
/**
 * @name QueryValsetResponseAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.QueryValsetResponse
 */
export interface QueryValsetResponseAmino {
  valset?: ValsetAmino;
}
export interface QueryValsetResponseAminoMsg {
  type: "/settle.bridge.v1.QueryValsetResponse";
  value: QueryValsetResponseAmino;
}
export interface QueryAnchorRequest {
  nonce: bigint;
}
export interface QueryAnchorRequestProtoMsg {
  typeUrl: "/settle.bridge.v1.QueryAnchorRequest";
  value: Uint8Array;
}
/**
 * @name QueryAnchorRequestAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.QueryAnchorRequest
 */
export interface QueryAnchorRequestAmino {
  nonce?: string;
}
export interface QueryAnchorRequestAminoMsg {
  type: "/settle.bridge.v1.QueryAnchorRequest";
  value: QueryAnchorRequestAmino;
}
export interface QueryLatestAnchorRequest {}
export interface QueryLatestAnchorRequestProtoMsg {
  typeUrl: "/settle.bridge.v1.QueryLatestAnchorRequest";
  value: Uint8Array;
}
/**
 * @name QueryLatestAnchorRequestAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.QueryLatestAnchorRequest
 */
export interface QueryLatestAnchorRequestAmino {}
export interface QueryLatestAnchorRequestAminoMsg {
  type: "/settle.bridge.v1.QueryLatestAnchorRequest";
  value: QueryLatestAnchorRequestAmino;
}
export interface QueryAnchorResponse {
  anchor?: Anchor;
  attestation?: Attestation;
  /** signatures: in ascending signer address order (the order the contract takes). */
  signatures: AttestationSignature[];
}
export interface QueryAnchorResponseProtoMsg {
  typeUrl: "/settle.bridge.v1.QueryAnchorResponse";
  value: Uint8Array;
}
/**
 * @name QueryAnchorResponseAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.QueryAnchorResponse
 */
export interface QueryAnchorResponseAmino {
  anchor?: AnchorAmino;
  attestation?: AttestationAmino;
  /**
   * signatures: in ascending signer address order (the order the contract takes).
   */
  signatures?: AttestationSignatureAmino[];
}
export interface QueryAnchorResponseAminoMsg {
  type: "/settle.bridge.v1.QueryAnchorResponse";
  value: QueryAnchorResponseAmino;
}
export interface QueryAttestationsRequest {
  fromSeq: bigint;
  /** limit: at most this many (default 16, at most 100). */
  limit: number;
}
export interface QueryAttestationsRequestProtoMsg {
  typeUrl: "/settle.bridge.v1.QueryAttestationsRequest";
  value: Uint8Array;
}
/**
 * @name QueryAttestationsRequestAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.QueryAttestationsRequest
 */
export interface QueryAttestationsRequestAmino {
  from_seq?: string;
  /**
   * limit: at most this many (default 16, at most 100).
   */
  limit?: number;
}
export interface QueryAttestationsRequestAminoMsg {
  type: "/settle.bridge.v1.QueryAttestationsRequest";
  value: QueryAttestationsRequestAmino;
}
export interface AttestationWithData {
  attestation?: Attestation;
  /** exactly one of: the valset an update moves to, or the anchor. */
  valset?: Valset;
  anchor?: Anchor;
  /** signer_valset: the set whose members signed (what the contract takes as `current`). */
  signerValset?: Valset;
  signatures: AttestationSignature[];
}
export interface AttestationWithDataProtoMsg {
  typeUrl: "/settle.bridge.v1.AttestationWithData";
  value: Uint8Array;
}
/**
 * @name AttestationWithDataAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.AttestationWithData
 */
export interface AttestationWithDataAmino {
  attestation?: AttestationAmino;
  /**
   * exactly one of: the valset an update moves to, or the anchor.
   */
  valset?: ValsetAmino;
  anchor?: AnchorAmino;
  /**
   * signer_valset: the set whose members signed (what the contract takes as `current`).
   */
  signer_valset?: ValsetAmino;
  signatures?: AttestationSignatureAmino[];
}
export interface AttestationWithDataAminoMsg {
  type: "/settle.bridge.v1.AttestationWithData";
  value: AttestationWithDataAmino;
}
export interface QueryAttestationsResponse {
  attestations: AttestationWithData[];
  /** next_seq: the seq the next attestation will get. */
  nextSeq: bigint;
}
export interface QueryAttestationsResponseProtoMsg {
  typeUrl: "/settle.bridge.v1.QueryAttestationsResponse";
  value: Uint8Array;
}
/**
 * @name QueryAttestationsResponseAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.QueryAttestationsResponse
 */
export interface QueryAttestationsResponseAmino {
  attestations?: AttestationWithDataAmino[];
  /**
   * next_seq: the seq the next attestation will get.
   */
  next_seq?: string;
}
export interface QueryAttestationsResponseAminoMsg {
  type: "/settle.bridge.v1.QueryAttestationsResponse";
  value: QueryAttestationsResponseAmino;
}
export interface QueryWithdrawalProofRequest {
  id: bigint;
}
export interface QueryWithdrawalProofRequestProtoMsg {
  typeUrl: "/settle.bridge.v1.QueryWithdrawalProofRequest";
  value: Uint8Array;
}
/**
 * @name QueryWithdrawalProofRequestAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.QueryWithdrawalProofRequest
 */
export interface QueryWithdrawalProofRequestAmino {
  id?: string;
}
export interface QueryWithdrawalProofRequestAminoMsg {
  type: "/settle.bridge.v1.QueryWithdrawalProofRequest";
  value: QueryWithdrawalProofRequestAmino;
}
export interface QueryWithdrawalProofResponse {
  withdrawal?: Withdrawal;
  /** leaf: the StandardMerkleTree leaf; proof: siblings bottom up; root: the anchor's withdrawals root. */
  leaf: Uint8Array;
  proof: Uint8Array[];
  root: Uint8Array;
}
export interface QueryWithdrawalProofResponseProtoMsg {
  typeUrl: "/settle.bridge.v1.QueryWithdrawalProofResponse";
  value: Uint8Array;
}
/**
 * @name QueryWithdrawalProofResponseAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.QueryWithdrawalProofResponse
 */
export interface QueryWithdrawalProofResponseAmino {
  withdrawal?: WithdrawalAmino;
  /**
   * leaf: the StandardMerkleTree leaf; proof: siblings bottom up; root: the anchor's withdrawals root.
   */
  leaf?: string;
  proof?: string[];
  root?: string;
}
export interface QueryWithdrawalProofResponseAminoMsg {
  type: "/settle.bridge.v1.QueryWithdrawalProofResponse";
  value: QueryWithdrawalProofResponseAmino;
}
export interface QuerySettlementProofRequest {
  id: bigint;
}
export interface QuerySettlementProofRequestProtoMsg {
  typeUrl: "/settle.bridge.v1.QuerySettlementProofRequest";
  value: Uint8Array;
}
/**
 * @name QuerySettlementProofRequestAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.QuerySettlementProofRequest
 */
export interface QuerySettlementProofRequestAmino {
  id?: string;
}
export interface QuerySettlementProofRequestAminoMsg {
  type: "/settle.bridge.v1.QuerySettlementProofRequest";
  value: QuerySettlementProofRequestAmino;
}
export interface QuerySettlementProofResponse {
  settlement?: Settlement;
  /** anchor_nonce: 0 until anchored (then leaf, proof and root are set). */
  anchorNonce: bigint;
  leaf: Uint8Array;
  proof: Uint8Array[];
  root: Uint8Array;
}
export interface QuerySettlementProofResponseProtoMsg {
  typeUrl: "/settle.bridge.v1.QuerySettlementProofResponse";
  value: Uint8Array;
}
/**
 * @name QuerySettlementProofResponseAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.QuerySettlementProofResponse
 */
export interface QuerySettlementProofResponseAmino {
  settlement?: SettlementAmino;
  /**
   * anchor_nonce: 0 until anchored (then leaf, proof and root are set).
   */
  anchor_nonce?: string;
  leaf?: string;
  proof?: string[];
  root?: string;
}
export interface QuerySettlementProofResponseAminoMsg {
  type: "/settle.bridge.v1.QuerySettlementProofResponse";
  value: QuerySettlementProofResponseAmino;
}
export interface QueryDepositsRequest {
  limit: number;
}
export interface QueryDepositsRequestProtoMsg {
  typeUrl: "/settle.bridge.v1.QueryDepositsRequest";
  value: Uint8Array;
}
/**
 * @name QueryDepositsRequestAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.QueryDepositsRequest
 */
export interface QueryDepositsRequestAmino {
  limit?: number;
}
export interface QueryDepositsRequestAminoMsg {
  type: "/settle.bridge.v1.QueryDepositsRequest";
  value: QueryDepositsRequestAmino;
}
export interface QueryDepositsResponse {
  lastDepositNonce: bigint;
  deposits: DepositRecord[];
  totals?: Totals;
}
export interface QueryDepositsResponseProtoMsg {
  typeUrl: "/settle.bridge.v1.QueryDepositsResponse";
  value: Uint8Array;
}
/**
 * @name QueryDepositsResponseAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.QueryDepositsResponse
 */
export interface QueryDepositsResponseAmino {
  last_deposit_nonce?: string;
  deposits?: DepositRecordAmino[];
  totals?: TotalsAmino;
}
export interface QueryDepositsResponseAminoMsg {
  type: "/settle.bridge.v1.QueryDepositsResponse";
  value: QueryDepositsResponseAmino;
}
function createBaseQueryParamsRequest(): QueryParamsRequest {
  return {};
}
export const QueryParamsRequest = {
  typeUrl: "/settle.bridge.v1.QueryParamsRequest",
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
      typeUrl: "/settle.bridge.v1.QueryParamsRequest",
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
  typeUrl: "/settle.bridge.v1.QueryParamsResponse",
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
      typeUrl: "/settle.bridge.v1.QueryParamsResponse",
      value: QueryParamsResponse.encode(message).finish()
    };
  }
};
function createBaseQueryBridgeKeysRequest(): QueryBridgeKeysRequest {
  return {};
}
export const QueryBridgeKeysRequest = {
  typeUrl: "/settle.bridge.v1.QueryBridgeKeysRequest",
  encode(_: QueryBridgeKeysRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryBridgeKeysRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryBridgeKeysRequest();
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
  fromJSON(_: any): QueryBridgeKeysRequest {
    return {};
  },
  toJSON(_: QueryBridgeKeysRequest): JsonSafe<QueryBridgeKeysRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial(_: DeepPartial<QueryBridgeKeysRequest>): QueryBridgeKeysRequest {
    const message = createBaseQueryBridgeKeysRequest();
    return message;
  },
  fromAmino(_: QueryBridgeKeysRequestAmino): QueryBridgeKeysRequest {
    const message = createBaseQueryBridgeKeysRequest();
    return message;
  },
  toAmino(_: QueryBridgeKeysRequest): QueryBridgeKeysRequestAmino {
    const obj: any = {};
    return obj;
  },
  fromAminoMsg(object: QueryBridgeKeysRequestAminoMsg): QueryBridgeKeysRequest {
    return QueryBridgeKeysRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryBridgeKeysRequestProtoMsg): QueryBridgeKeysRequest {
    return QueryBridgeKeysRequest.decode(message.value);
  },
  toProto(message: QueryBridgeKeysRequest): Uint8Array {
    return QueryBridgeKeysRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryBridgeKeysRequest): QueryBridgeKeysRequestProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.QueryBridgeKeysRequest",
      value: QueryBridgeKeysRequest.encode(message).finish()
    };
  }
};
function createBaseQueryBridgeKeysResponse(): QueryBridgeKeysResponse {
  return {
    keys: []
  };
}
export const QueryBridgeKeysResponse = {
  typeUrl: "/settle.bridge.v1.QueryBridgeKeysResponse",
  encode(message: QueryBridgeKeysResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.keys) {
      BridgeKey.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryBridgeKeysResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryBridgeKeysResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.keys.push(BridgeKey.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryBridgeKeysResponse {
    return {
      keys: Array.isArray(object?.keys) ? object.keys.map((e: any) => BridgeKey.fromJSON(e)) : []
    };
  },
  toJSON(message: QueryBridgeKeysResponse): JsonSafe<QueryBridgeKeysResponse> {
    const obj: any = {};
    if (message.keys) {
      obj.keys = message.keys.map(e => e ? BridgeKey.toJSON(e) : undefined);
    } else {
      obj.keys = [];
    }
    return obj;
  },
  fromPartial(object: DeepPartial<QueryBridgeKeysResponse>): QueryBridgeKeysResponse {
    const message = createBaseQueryBridgeKeysResponse();
    message.keys = object.keys?.map(e => BridgeKey.fromPartial(e)) || [];
    return message;
  },
  fromAmino(object: QueryBridgeKeysResponseAmino): QueryBridgeKeysResponse {
    const message = createBaseQueryBridgeKeysResponse();
    message.keys = object.keys?.map(e => BridgeKey.fromAmino(e)) || [];
    return message;
  },
  toAmino(message: QueryBridgeKeysResponse): QueryBridgeKeysResponseAmino {
    const obj: any = {};
    if (message.keys && message.keys.length > 0) {
      obj.keys = message.keys.map(e => e ? BridgeKey.toAmino(e) : undefined);
    }
    return obj;
  },
  fromAminoMsg(object: QueryBridgeKeysResponseAminoMsg): QueryBridgeKeysResponse {
    return QueryBridgeKeysResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryBridgeKeysResponseProtoMsg): QueryBridgeKeysResponse {
    return QueryBridgeKeysResponse.decode(message.value);
  },
  toProto(message: QueryBridgeKeysResponse): Uint8Array {
    return QueryBridgeKeysResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryBridgeKeysResponse): QueryBridgeKeysResponseProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.QueryBridgeKeysResponse",
      value: QueryBridgeKeysResponse.encode(message).finish()
    };
  }
};
function createBaseQueryValsetRequest(): QueryValsetRequest {
  return {
    nonce: BigInt(0),
    latest: false
  };
}
export const QueryValsetRequest = {
  typeUrl: "/settle.bridge.v1.QueryValsetRequest",
  encode(message: QueryValsetRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.nonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.nonce);
    }
    if (message.latest === true) {
      writer.uint32(16).bool(message.latest);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryValsetRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryValsetRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.nonce = reader.uint64();
          break;
        case 2:
          message.latest = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryValsetRequest {
    return {
      nonce: isSet(object.nonce) ? BigInt(object.nonce.toString()) : BigInt(0),
      latest: isSet(object.latest) ? Boolean(object.latest) : false
    };
  },
  toJSON(message: QueryValsetRequest): JsonSafe<QueryValsetRequest> {
    const obj: any = {};
    message.nonce !== undefined && (obj.nonce = (message.nonce || BigInt(0)).toString());
    message.latest !== undefined && (obj.latest = message.latest);
    return obj;
  },
  fromPartial(object: DeepPartial<QueryValsetRequest>): QueryValsetRequest {
    const message = createBaseQueryValsetRequest();
    message.nonce = object.nonce !== undefined && object.nonce !== null ? BigInt(object.nonce.toString()) : BigInt(0);
    message.latest = object.latest ?? false;
    return message;
  },
  fromAmino(object: QueryValsetRequestAmino): QueryValsetRequest {
    const message = createBaseQueryValsetRequest();
    if (object.nonce !== undefined && object.nonce !== null) {
      message.nonce = BigInt(object.nonce);
    }
    if (object.latest !== undefined && object.latest !== null) {
      message.latest = object.latest;
    }
    return message;
  },
  toAmino(message: QueryValsetRequest): QueryValsetRequestAmino {
    const obj: any = {};
    obj.nonce = message.nonce !== BigInt(0) ? message.nonce?.toString() : undefined;
    obj.latest = message.latest === false ? undefined : message.latest;
    return obj;
  },
  fromAminoMsg(object: QueryValsetRequestAminoMsg): QueryValsetRequest {
    return QueryValsetRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryValsetRequestProtoMsg): QueryValsetRequest {
    return QueryValsetRequest.decode(message.value);
  },
  toProto(message: QueryValsetRequest): Uint8Array {
    return QueryValsetRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryValsetRequest): QueryValsetRequestProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.QueryValsetRequest",
      value: QueryValsetRequest.encode(message).finish()
    };
  }
};
function createBaseQueryValsetResponse(): QueryValsetResponse {
  return {
    valset: undefined
  };
}
export const QueryValsetResponse = {
  typeUrl: "/settle.bridge.v1.QueryValsetResponse",
  encode(message: QueryValsetResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.valset !== undefined) {
      Valset.encode(message.valset, writer.uint32(10).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryValsetResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryValsetResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.valset = Valset.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryValsetResponse {
    return {
      valset: isSet(object.valset) ? Valset.fromJSON(object.valset) : undefined
    };
  },
  toJSON(message: QueryValsetResponse): JsonSafe<QueryValsetResponse> {
    const obj: any = {};
    message.valset !== undefined && (obj.valset = message.valset ? Valset.toJSON(message.valset) : undefined);
    return obj;
  },
  fromPartial(object: DeepPartial<QueryValsetResponse>): QueryValsetResponse {
    const message = createBaseQueryValsetResponse();
    message.valset = object.valset !== undefined && object.valset !== null ? Valset.fromPartial(object.valset) : undefined;
    return message;
  },
  fromAmino(object: QueryValsetResponseAmino): QueryValsetResponse {
    const message = createBaseQueryValsetResponse();
    if (object.valset !== undefined && object.valset !== null) {
      message.valset = Valset.fromAmino(object.valset);
    }
    return message;
  },
  toAmino(message: QueryValsetResponse): QueryValsetResponseAmino {
    const obj: any = {};
    obj.valset = message.valset ? Valset.toAmino(message.valset) : undefined;
    return obj;
  },
  fromAminoMsg(object: QueryValsetResponseAminoMsg): QueryValsetResponse {
    return QueryValsetResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryValsetResponseProtoMsg): QueryValsetResponse {
    return QueryValsetResponse.decode(message.value);
  },
  toProto(message: QueryValsetResponse): Uint8Array {
    return QueryValsetResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryValsetResponse): QueryValsetResponseProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.QueryValsetResponse",
      value: QueryValsetResponse.encode(message).finish()
    };
  }
};
function createBaseQueryAnchorRequest(): QueryAnchorRequest {
  return {
    nonce: BigInt(0)
  };
}
export const QueryAnchorRequest = {
  typeUrl: "/settle.bridge.v1.QueryAnchorRequest",
  encode(message: QueryAnchorRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.nonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.nonce);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryAnchorRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryAnchorRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.nonce = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryAnchorRequest {
    return {
      nonce: isSet(object.nonce) ? BigInt(object.nonce.toString()) : BigInt(0)
    };
  },
  toJSON(message: QueryAnchorRequest): JsonSafe<QueryAnchorRequest> {
    const obj: any = {};
    message.nonce !== undefined && (obj.nonce = (message.nonce || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<QueryAnchorRequest>): QueryAnchorRequest {
    const message = createBaseQueryAnchorRequest();
    message.nonce = object.nonce !== undefined && object.nonce !== null ? BigInt(object.nonce.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: QueryAnchorRequestAmino): QueryAnchorRequest {
    const message = createBaseQueryAnchorRequest();
    if (object.nonce !== undefined && object.nonce !== null) {
      message.nonce = BigInt(object.nonce);
    }
    return message;
  },
  toAmino(message: QueryAnchorRequest): QueryAnchorRequestAmino {
    const obj: any = {};
    obj.nonce = message.nonce !== BigInt(0) ? message.nonce?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: QueryAnchorRequestAminoMsg): QueryAnchorRequest {
    return QueryAnchorRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryAnchorRequestProtoMsg): QueryAnchorRequest {
    return QueryAnchorRequest.decode(message.value);
  },
  toProto(message: QueryAnchorRequest): Uint8Array {
    return QueryAnchorRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryAnchorRequest): QueryAnchorRequestProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.QueryAnchorRequest",
      value: QueryAnchorRequest.encode(message).finish()
    };
  }
};
function createBaseQueryLatestAnchorRequest(): QueryLatestAnchorRequest {
  return {};
}
export const QueryLatestAnchorRequest = {
  typeUrl: "/settle.bridge.v1.QueryLatestAnchorRequest",
  encode(_: QueryLatestAnchorRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryLatestAnchorRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryLatestAnchorRequest();
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
  fromJSON(_: any): QueryLatestAnchorRequest {
    return {};
  },
  toJSON(_: QueryLatestAnchorRequest): JsonSafe<QueryLatestAnchorRequest> {
    const obj: any = {};
    return obj;
  },
  fromPartial(_: DeepPartial<QueryLatestAnchorRequest>): QueryLatestAnchorRequest {
    const message = createBaseQueryLatestAnchorRequest();
    return message;
  },
  fromAmino(_: QueryLatestAnchorRequestAmino): QueryLatestAnchorRequest {
    const message = createBaseQueryLatestAnchorRequest();
    return message;
  },
  toAmino(_: QueryLatestAnchorRequest): QueryLatestAnchorRequestAmino {
    const obj: any = {};
    return obj;
  },
  fromAminoMsg(object: QueryLatestAnchorRequestAminoMsg): QueryLatestAnchorRequest {
    return QueryLatestAnchorRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryLatestAnchorRequestProtoMsg): QueryLatestAnchorRequest {
    return QueryLatestAnchorRequest.decode(message.value);
  },
  toProto(message: QueryLatestAnchorRequest): Uint8Array {
    return QueryLatestAnchorRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryLatestAnchorRequest): QueryLatestAnchorRequestProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.QueryLatestAnchorRequest",
      value: QueryLatestAnchorRequest.encode(message).finish()
    };
  }
};
function createBaseQueryAnchorResponse(): QueryAnchorResponse {
  return {
    anchor: undefined,
    attestation: undefined,
    signatures: []
  };
}
export const QueryAnchorResponse = {
  typeUrl: "/settle.bridge.v1.QueryAnchorResponse",
  encode(message: QueryAnchorResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.anchor !== undefined) {
      Anchor.encode(message.anchor, writer.uint32(10).fork()).ldelim();
    }
    if (message.attestation !== undefined) {
      Attestation.encode(message.attestation, writer.uint32(18).fork()).ldelim();
    }
    for (const v of message.signatures) {
      AttestationSignature.encode(v!, writer.uint32(26).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryAnchorResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryAnchorResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.anchor = Anchor.decode(reader, reader.uint32());
          break;
        case 2:
          message.attestation = Attestation.decode(reader, reader.uint32());
          break;
        case 3:
          message.signatures.push(AttestationSignature.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryAnchorResponse {
    return {
      anchor: isSet(object.anchor) ? Anchor.fromJSON(object.anchor) : undefined,
      attestation: isSet(object.attestation) ? Attestation.fromJSON(object.attestation) : undefined,
      signatures: Array.isArray(object?.signatures) ? object.signatures.map((e: any) => AttestationSignature.fromJSON(e)) : []
    };
  },
  toJSON(message: QueryAnchorResponse): JsonSafe<QueryAnchorResponse> {
    const obj: any = {};
    message.anchor !== undefined && (obj.anchor = message.anchor ? Anchor.toJSON(message.anchor) : undefined);
    message.attestation !== undefined && (obj.attestation = message.attestation ? Attestation.toJSON(message.attestation) : undefined);
    if (message.signatures) {
      obj.signatures = message.signatures.map(e => e ? AttestationSignature.toJSON(e) : undefined);
    } else {
      obj.signatures = [];
    }
    return obj;
  },
  fromPartial(object: DeepPartial<QueryAnchorResponse>): QueryAnchorResponse {
    const message = createBaseQueryAnchorResponse();
    message.anchor = object.anchor !== undefined && object.anchor !== null ? Anchor.fromPartial(object.anchor) : undefined;
    message.attestation = object.attestation !== undefined && object.attestation !== null ? Attestation.fromPartial(object.attestation) : undefined;
    message.signatures = object.signatures?.map(e => AttestationSignature.fromPartial(e)) || [];
    return message;
  },
  fromAmino(object: QueryAnchorResponseAmino): QueryAnchorResponse {
    const message = createBaseQueryAnchorResponse();
    if (object.anchor !== undefined && object.anchor !== null) {
      message.anchor = Anchor.fromAmino(object.anchor);
    }
    if (object.attestation !== undefined && object.attestation !== null) {
      message.attestation = Attestation.fromAmino(object.attestation);
    }
    message.signatures = object.signatures?.map(e => AttestationSignature.fromAmino(e)) || [];
    return message;
  },
  toAmino(message: QueryAnchorResponse): QueryAnchorResponseAmino {
    const obj: any = {};
    obj.anchor = message.anchor ? Anchor.toAmino(message.anchor) : undefined;
    obj.attestation = message.attestation ? Attestation.toAmino(message.attestation) : undefined;
    if (message.signatures && message.signatures.length > 0) {
      obj.signatures = message.signatures.map(e => e ? AttestationSignature.toAmino(e) : undefined);
    }
    return obj;
  },
  fromAminoMsg(object: QueryAnchorResponseAminoMsg): QueryAnchorResponse {
    return QueryAnchorResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryAnchorResponseProtoMsg): QueryAnchorResponse {
    return QueryAnchorResponse.decode(message.value);
  },
  toProto(message: QueryAnchorResponse): Uint8Array {
    return QueryAnchorResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryAnchorResponse): QueryAnchorResponseProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.QueryAnchorResponse",
      value: QueryAnchorResponse.encode(message).finish()
    };
  }
};
function createBaseQueryAttestationsRequest(): QueryAttestationsRequest {
  return {
    fromSeq: BigInt(0),
    limit: 0
  };
}
export const QueryAttestationsRequest = {
  typeUrl: "/settle.bridge.v1.QueryAttestationsRequest",
  encode(message: QueryAttestationsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.fromSeq !== BigInt(0)) {
      writer.uint32(8).uint64(message.fromSeq);
    }
    if (message.limit !== 0) {
      writer.uint32(16).uint32(message.limit);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryAttestationsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryAttestationsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.fromSeq = reader.uint64();
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
  fromJSON(object: any): QueryAttestationsRequest {
    return {
      fromSeq: isSet(object.fromSeq) ? BigInt(object.fromSeq.toString()) : BigInt(0),
      limit: isSet(object.limit) ? Number(object.limit) : 0
    };
  },
  toJSON(message: QueryAttestationsRequest): JsonSafe<QueryAttestationsRequest> {
    const obj: any = {};
    message.fromSeq !== undefined && (obj.fromSeq = (message.fromSeq || BigInt(0)).toString());
    message.limit !== undefined && (obj.limit = Math.round(message.limit));
    return obj;
  },
  fromPartial(object: DeepPartial<QueryAttestationsRequest>): QueryAttestationsRequest {
    const message = createBaseQueryAttestationsRequest();
    message.fromSeq = object.fromSeq !== undefined && object.fromSeq !== null ? BigInt(object.fromSeq.toString()) : BigInt(0);
    message.limit = object.limit ?? 0;
    return message;
  },
  fromAmino(object: QueryAttestationsRequestAmino): QueryAttestationsRequest {
    const message = createBaseQueryAttestationsRequest();
    if (object.from_seq !== undefined && object.from_seq !== null) {
      message.fromSeq = BigInt(object.from_seq);
    }
    if (object.limit !== undefined && object.limit !== null) {
      message.limit = object.limit;
    }
    return message;
  },
  toAmino(message: QueryAttestationsRequest): QueryAttestationsRequestAmino {
    const obj: any = {};
    obj.from_seq = message.fromSeq !== BigInt(0) ? message.fromSeq?.toString() : undefined;
    obj.limit = message.limit === 0 ? undefined : message.limit;
    return obj;
  },
  fromAminoMsg(object: QueryAttestationsRequestAminoMsg): QueryAttestationsRequest {
    return QueryAttestationsRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryAttestationsRequestProtoMsg): QueryAttestationsRequest {
    return QueryAttestationsRequest.decode(message.value);
  },
  toProto(message: QueryAttestationsRequest): Uint8Array {
    return QueryAttestationsRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryAttestationsRequest): QueryAttestationsRequestProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.QueryAttestationsRequest",
      value: QueryAttestationsRequest.encode(message).finish()
    };
  }
};
function createBaseAttestationWithData(): AttestationWithData {
  return {
    attestation: undefined,
    valset: undefined,
    anchor: undefined,
    signerValset: undefined,
    signatures: []
  };
}
export const AttestationWithData = {
  typeUrl: "/settle.bridge.v1.AttestationWithData",
  encode(message: AttestationWithData, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.attestation !== undefined) {
      Attestation.encode(message.attestation, writer.uint32(10).fork()).ldelim();
    }
    if (message.valset !== undefined) {
      Valset.encode(message.valset, writer.uint32(18).fork()).ldelim();
    }
    if (message.anchor !== undefined) {
      Anchor.encode(message.anchor, writer.uint32(26).fork()).ldelim();
    }
    if (message.signerValset !== undefined) {
      Valset.encode(message.signerValset, writer.uint32(34).fork()).ldelim();
    }
    for (const v of message.signatures) {
      AttestationSignature.encode(v!, writer.uint32(42).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): AttestationWithData {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseAttestationWithData();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.attestation = Attestation.decode(reader, reader.uint32());
          break;
        case 2:
          message.valset = Valset.decode(reader, reader.uint32());
          break;
        case 3:
          message.anchor = Anchor.decode(reader, reader.uint32());
          break;
        case 4:
          message.signerValset = Valset.decode(reader, reader.uint32());
          break;
        case 5:
          message.signatures.push(AttestationSignature.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): AttestationWithData {
    return {
      attestation: isSet(object.attestation) ? Attestation.fromJSON(object.attestation) : undefined,
      valset: isSet(object.valset) ? Valset.fromJSON(object.valset) : undefined,
      anchor: isSet(object.anchor) ? Anchor.fromJSON(object.anchor) : undefined,
      signerValset: isSet(object.signerValset) ? Valset.fromJSON(object.signerValset) : undefined,
      signatures: Array.isArray(object?.signatures) ? object.signatures.map((e: any) => AttestationSignature.fromJSON(e)) : []
    };
  },
  toJSON(message: AttestationWithData): JsonSafe<AttestationWithData> {
    const obj: any = {};
    message.attestation !== undefined && (obj.attestation = message.attestation ? Attestation.toJSON(message.attestation) : undefined);
    message.valset !== undefined && (obj.valset = message.valset ? Valset.toJSON(message.valset) : undefined);
    message.anchor !== undefined && (obj.anchor = message.anchor ? Anchor.toJSON(message.anchor) : undefined);
    message.signerValset !== undefined && (obj.signerValset = message.signerValset ? Valset.toJSON(message.signerValset) : undefined);
    if (message.signatures) {
      obj.signatures = message.signatures.map(e => e ? AttestationSignature.toJSON(e) : undefined);
    } else {
      obj.signatures = [];
    }
    return obj;
  },
  fromPartial(object: DeepPartial<AttestationWithData>): AttestationWithData {
    const message = createBaseAttestationWithData();
    message.attestation = object.attestation !== undefined && object.attestation !== null ? Attestation.fromPartial(object.attestation) : undefined;
    message.valset = object.valset !== undefined && object.valset !== null ? Valset.fromPartial(object.valset) : undefined;
    message.anchor = object.anchor !== undefined && object.anchor !== null ? Anchor.fromPartial(object.anchor) : undefined;
    message.signerValset = object.signerValset !== undefined && object.signerValset !== null ? Valset.fromPartial(object.signerValset) : undefined;
    message.signatures = object.signatures?.map(e => AttestationSignature.fromPartial(e)) || [];
    return message;
  },
  fromAmino(object: AttestationWithDataAmino): AttestationWithData {
    const message = createBaseAttestationWithData();
    if (object.attestation !== undefined && object.attestation !== null) {
      message.attestation = Attestation.fromAmino(object.attestation);
    }
    if (object.valset !== undefined && object.valset !== null) {
      message.valset = Valset.fromAmino(object.valset);
    }
    if (object.anchor !== undefined && object.anchor !== null) {
      message.anchor = Anchor.fromAmino(object.anchor);
    }
    if (object.signer_valset !== undefined && object.signer_valset !== null) {
      message.signerValset = Valset.fromAmino(object.signer_valset);
    }
    message.signatures = object.signatures?.map(e => AttestationSignature.fromAmino(e)) || [];
    return message;
  },
  toAmino(message: AttestationWithData): AttestationWithDataAmino {
    const obj: any = {};
    obj.attestation = message.attestation ? Attestation.toAmino(message.attestation) : undefined;
    obj.valset = message.valset ? Valset.toAmino(message.valset) : undefined;
    obj.anchor = message.anchor ? Anchor.toAmino(message.anchor) : undefined;
    obj.signer_valset = message.signerValset ? Valset.toAmino(message.signerValset) : undefined;
    if (message.signatures && message.signatures.length > 0) {
      obj.signatures = message.signatures.map(e => e ? AttestationSignature.toAmino(e) : undefined);
    }
    return obj;
  },
  fromAminoMsg(object: AttestationWithDataAminoMsg): AttestationWithData {
    return AttestationWithData.fromAmino(object.value);
  },
  fromProtoMsg(message: AttestationWithDataProtoMsg): AttestationWithData {
    return AttestationWithData.decode(message.value);
  },
  toProto(message: AttestationWithData): Uint8Array {
    return AttestationWithData.encode(message).finish();
  },
  toProtoMsg(message: AttestationWithData): AttestationWithDataProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.AttestationWithData",
      value: AttestationWithData.encode(message).finish()
    };
  }
};
function createBaseQueryAttestationsResponse(): QueryAttestationsResponse {
  return {
    attestations: [],
    nextSeq: BigInt(0)
  };
}
export const QueryAttestationsResponse = {
  typeUrl: "/settle.bridge.v1.QueryAttestationsResponse",
  encode(message: QueryAttestationsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.attestations) {
      AttestationWithData.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    if (message.nextSeq !== BigInt(0)) {
      writer.uint32(16).uint64(message.nextSeq);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryAttestationsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryAttestationsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.attestations.push(AttestationWithData.decode(reader, reader.uint32()));
          break;
        case 2:
          message.nextSeq = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryAttestationsResponse {
    return {
      attestations: Array.isArray(object?.attestations) ? object.attestations.map((e: any) => AttestationWithData.fromJSON(e)) : [],
      nextSeq: isSet(object.nextSeq) ? BigInt(object.nextSeq.toString()) : BigInt(0)
    };
  },
  toJSON(message: QueryAttestationsResponse): JsonSafe<QueryAttestationsResponse> {
    const obj: any = {};
    if (message.attestations) {
      obj.attestations = message.attestations.map(e => e ? AttestationWithData.toJSON(e) : undefined);
    } else {
      obj.attestations = [];
    }
    message.nextSeq !== undefined && (obj.nextSeq = (message.nextSeq || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<QueryAttestationsResponse>): QueryAttestationsResponse {
    const message = createBaseQueryAttestationsResponse();
    message.attestations = object.attestations?.map(e => AttestationWithData.fromPartial(e)) || [];
    message.nextSeq = object.nextSeq !== undefined && object.nextSeq !== null ? BigInt(object.nextSeq.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: QueryAttestationsResponseAmino): QueryAttestationsResponse {
    const message = createBaseQueryAttestationsResponse();
    message.attestations = object.attestations?.map(e => AttestationWithData.fromAmino(e)) || [];
    if (object.next_seq !== undefined && object.next_seq !== null) {
      message.nextSeq = BigInt(object.next_seq);
    }
    return message;
  },
  toAmino(message: QueryAttestationsResponse): QueryAttestationsResponseAmino {
    const obj: any = {};
    if (message.attestations && message.attestations.length > 0) {
      obj.attestations = message.attestations.map(e => e ? AttestationWithData.toAmino(e) : undefined);
    }
    obj.next_seq = message.nextSeq !== BigInt(0) ? message.nextSeq?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: QueryAttestationsResponseAminoMsg): QueryAttestationsResponse {
    return QueryAttestationsResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryAttestationsResponseProtoMsg): QueryAttestationsResponse {
    return QueryAttestationsResponse.decode(message.value);
  },
  toProto(message: QueryAttestationsResponse): Uint8Array {
    return QueryAttestationsResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryAttestationsResponse): QueryAttestationsResponseProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.QueryAttestationsResponse",
      value: QueryAttestationsResponse.encode(message).finish()
    };
  }
};
function createBaseQueryWithdrawalProofRequest(): QueryWithdrawalProofRequest {
  return {
    id: BigInt(0)
  };
}
export const QueryWithdrawalProofRequest = {
  typeUrl: "/settle.bridge.v1.QueryWithdrawalProofRequest",
  encode(message: QueryWithdrawalProofRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryWithdrawalProofRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryWithdrawalProofRequest();
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
  fromJSON(object: any): QueryWithdrawalProofRequest {
    return {
      id: isSet(object.id) ? BigInt(object.id.toString()) : BigInt(0)
    };
  },
  toJSON(message: QueryWithdrawalProofRequest): JsonSafe<QueryWithdrawalProofRequest> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<QueryWithdrawalProofRequest>): QueryWithdrawalProofRequest {
    const message = createBaseQueryWithdrawalProofRequest();
    message.id = object.id !== undefined && object.id !== null ? BigInt(object.id.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: QueryWithdrawalProofRequestAmino): QueryWithdrawalProofRequest {
    const message = createBaseQueryWithdrawalProofRequest();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id);
    }
    return message;
  },
  toAmino(message: QueryWithdrawalProofRequest): QueryWithdrawalProofRequestAmino {
    const obj: any = {};
    obj.id = message.id !== BigInt(0) ? message.id?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: QueryWithdrawalProofRequestAminoMsg): QueryWithdrawalProofRequest {
    return QueryWithdrawalProofRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryWithdrawalProofRequestProtoMsg): QueryWithdrawalProofRequest {
    return QueryWithdrawalProofRequest.decode(message.value);
  },
  toProto(message: QueryWithdrawalProofRequest): Uint8Array {
    return QueryWithdrawalProofRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryWithdrawalProofRequest): QueryWithdrawalProofRequestProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.QueryWithdrawalProofRequest",
      value: QueryWithdrawalProofRequest.encode(message).finish()
    };
  }
};
function createBaseQueryWithdrawalProofResponse(): QueryWithdrawalProofResponse {
  return {
    withdrawal: undefined,
    leaf: new Uint8Array(),
    proof: [],
    root: new Uint8Array()
  };
}
export const QueryWithdrawalProofResponse = {
  typeUrl: "/settle.bridge.v1.QueryWithdrawalProofResponse",
  encode(message: QueryWithdrawalProofResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.withdrawal !== undefined) {
      Withdrawal.encode(message.withdrawal, writer.uint32(10).fork()).ldelim();
    }
    if (message.leaf.length !== 0) {
      writer.uint32(18).bytes(message.leaf);
    }
    for (const v of message.proof) {
      writer.uint32(26).bytes(v!);
    }
    if (message.root.length !== 0) {
      writer.uint32(34).bytes(message.root);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryWithdrawalProofResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryWithdrawalProofResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.withdrawal = Withdrawal.decode(reader, reader.uint32());
          break;
        case 2:
          message.leaf = reader.bytes();
          break;
        case 3:
          message.proof.push(reader.bytes());
          break;
        case 4:
          message.root = reader.bytes();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryWithdrawalProofResponse {
    return {
      withdrawal: isSet(object.withdrawal) ? Withdrawal.fromJSON(object.withdrawal) : undefined,
      leaf: isSet(object.leaf) ? bytesFromBase64(object.leaf) : new Uint8Array(),
      proof: Array.isArray(object?.proof) ? object.proof.map((e: any) => bytesFromBase64(e)) : [],
      root: isSet(object.root) ? bytesFromBase64(object.root) : new Uint8Array()
    };
  },
  toJSON(message: QueryWithdrawalProofResponse): JsonSafe<QueryWithdrawalProofResponse> {
    const obj: any = {};
    message.withdrawal !== undefined && (obj.withdrawal = message.withdrawal ? Withdrawal.toJSON(message.withdrawal) : undefined);
    message.leaf !== undefined && (obj.leaf = base64FromBytes(message.leaf !== undefined ? message.leaf : new Uint8Array()));
    if (message.proof) {
      obj.proof = message.proof.map(e => base64FromBytes(e !== undefined ? e : new Uint8Array()));
    } else {
      obj.proof = [];
    }
    message.root !== undefined && (obj.root = base64FromBytes(message.root !== undefined ? message.root : new Uint8Array()));
    return obj;
  },
  fromPartial(object: DeepPartial<QueryWithdrawalProofResponse>): QueryWithdrawalProofResponse {
    const message = createBaseQueryWithdrawalProofResponse();
    message.withdrawal = object.withdrawal !== undefined && object.withdrawal !== null ? Withdrawal.fromPartial(object.withdrawal) : undefined;
    message.leaf = object.leaf ?? new Uint8Array();
    message.proof = object.proof?.map(e => e) || [];
    message.root = object.root ?? new Uint8Array();
    return message;
  },
  fromAmino(object: QueryWithdrawalProofResponseAmino): QueryWithdrawalProofResponse {
    const message = createBaseQueryWithdrawalProofResponse();
    if (object.withdrawal !== undefined && object.withdrawal !== null) {
      message.withdrawal = Withdrawal.fromAmino(object.withdrawal);
    }
    if (object.leaf !== undefined && object.leaf !== null) {
      message.leaf = bytesFromBase64(object.leaf);
    }
    message.proof = object.proof?.map(e => bytesFromBase64(e)) || [];
    if (object.root !== undefined && object.root !== null) {
      message.root = bytesFromBase64(object.root);
    }
    return message;
  },
  toAmino(message: QueryWithdrawalProofResponse): QueryWithdrawalProofResponseAmino {
    const obj: any = {};
    obj.withdrawal = message.withdrawal ? Withdrawal.toAmino(message.withdrawal) : undefined;
    obj.leaf = message.leaf ? base64FromBytes(message.leaf) : undefined;
    if (message.proof && message.proof.length > 0) {
      obj.proof = message.proof.map(e => base64FromBytes(e));
    }
    obj.root = message.root ? base64FromBytes(message.root) : undefined;
    return obj;
  },
  fromAminoMsg(object: QueryWithdrawalProofResponseAminoMsg): QueryWithdrawalProofResponse {
    return QueryWithdrawalProofResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryWithdrawalProofResponseProtoMsg): QueryWithdrawalProofResponse {
    return QueryWithdrawalProofResponse.decode(message.value);
  },
  toProto(message: QueryWithdrawalProofResponse): Uint8Array {
    return QueryWithdrawalProofResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryWithdrawalProofResponse): QueryWithdrawalProofResponseProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.QueryWithdrawalProofResponse",
      value: QueryWithdrawalProofResponse.encode(message).finish()
    };
  }
};
function createBaseQuerySettlementProofRequest(): QuerySettlementProofRequest {
  return {
    id: BigInt(0)
  };
}
export const QuerySettlementProofRequest = {
  typeUrl: "/settle.bridge.v1.QuerySettlementProofRequest",
  encode(message: QuerySettlementProofRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QuerySettlementProofRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQuerySettlementProofRequest();
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
  fromJSON(object: any): QuerySettlementProofRequest {
    return {
      id: isSet(object.id) ? BigInt(object.id.toString()) : BigInt(0)
    };
  },
  toJSON(message: QuerySettlementProofRequest): JsonSafe<QuerySettlementProofRequest> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<QuerySettlementProofRequest>): QuerySettlementProofRequest {
    const message = createBaseQuerySettlementProofRequest();
    message.id = object.id !== undefined && object.id !== null ? BigInt(object.id.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: QuerySettlementProofRequestAmino): QuerySettlementProofRequest {
    const message = createBaseQuerySettlementProofRequest();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id);
    }
    return message;
  },
  toAmino(message: QuerySettlementProofRequest): QuerySettlementProofRequestAmino {
    const obj: any = {};
    obj.id = message.id !== BigInt(0) ? message.id?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: QuerySettlementProofRequestAminoMsg): QuerySettlementProofRequest {
    return QuerySettlementProofRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QuerySettlementProofRequestProtoMsg): QuerySettlementProofRequest {
    return QuerySettlementProofRequest.decode(message.value);
  },
  toProto(message: QuerySettlementProofRequest): Uint8Array {
    return QuerySettlementProofRequest.encode(message).finish();
  },
  toProtoMsg(message: QuerySettlementProofRequest): QuerySettlementProofRequestProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.QuerySettlementProofRequest",
      value: QuerySettlementProofRequest.encode(message).finish()
    };
  }
};
function createBaseQuerySettlementProofResponse(): QuerySettlementProofResponse {
  return {
    settlement: undefined,
    anchorNonce: BigInt(0),
    leaf: new Uint8Array(),
    proof: [],
    root: new Uint8Array()
  };
}
export const QuerySettlementProofResponse = {
  typeUrl: "/settle.bridge.v1.QuerySettlementProofResponse",
  encode(message: QuerySettlementProofResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.settlement !== undefined) {
      Settlement.encode(message.settlement, writer.uint32(10).fork()).ldelim();
    }
    if (message.anchorNonce !== BigInt(0)) {
      writer.uint32(16).uint64(message.anchorNonce);
    }
    if (message.leaf.length !== 0) {
      writer.uint32(26).bytes(message.leaf);
    }
    for (const v of message.proof) {
      writer.uint32(34).bytes(v!);
    }
    if (message.root.length !== 0) {
      writer.uint32(42).bytes(message.root);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QuerySettlementProofResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQuerySettlementProofResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.settlement = Settlement.decode(reader, reader.uint32());
          break;
        case 2:
          message.anchorNonce = reader.uint64();
          break;
        case 3:
          message.leaf = reader.bytes();
          break;
        case 4:
          message.proof.push(reader.bytes());
          break;
        case 5:
          message.root = reader.bytes();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QuerySettlementProofResponse {
    return {
      settlement: isSet(object.settlement) ? Settlement.fromJSON(object.settlement) : undefined,
      anchorNonce: isSet(object.anchorNonce) ? BigInt(object.anchorNonce.toString()) : BigInt(0),
      leaf: isSet(object.leaf) ? bytesFromBase64(object.leaf) : new Uint8Array(),
      proof: Array.isArray(object?.proof) ? object.proof.map((e: any) => bytesFromBase64(e)) : [],
      root: isSet(object.root) ? bytesFromBase64(object.root) : new Uint8Array()
    };
  },
  toJSON(message: QuerySettlementProofResponse): JsonSafe<QuerySettlementProofResponse> {
    const obj: any = {};
    message.settlement !== undefined && (obj.settlement = message.settlement ? Settlement.toJSON(message.settlement) : undefined);
    message.anchorNonce !== undefined && (obj.anchorNonce = (message.anchorNonce || BigInt(0)).toString());
    message.leaf !== undefined && (obj.leaf = base64FromBytes(message.leaf !== undefined ? message.leaf : new Uint8Array()));
    if (message.proof) {
      obj.proof = message.proof.map(e => base64FromBytes(e !== undefined ? e : new Uint8Array()));
    } else {
      obj.proof = [];
    }
    message.root !== undefined && (obj.root = base64FromBytes(message.root !== undefined ? message.root : new Uint8Array()));
    return obj;
  },
  fromPartial(object: DeepPartial<QuerySettlementProofResponse>): QuerySettlementProofResponse {
    const message = createBaseQuerySettlementProofResponse();
    message.settlement = object.settlement !== undefined && object.settlement !== null ? Settlement.fromPartial(object.settlement) : undefined;
    message.anchorNonce = object.anchorNonce !== undefined && object.anchorNonce !== null ? BigInt(object.anchorNonce.toString()) : BigInt(0);
    message.leaf = object.leaf ?? new Uint8Array();
    message.proof = object.proof?.map(e => e) || [];
    message.root = object.root ?? new Uint8Array();
    return message;
  },
  fromAmino(object: QuerySettlementProofResponseAmino): QuerySettlementProofResponse {
    const message = createBaseQuerySettlementProofResponse();
    if (object.settlement !== undefined && object.settlement !== null) {
      message.settlement = Settlement.fromAmino(object.settlement);
    }
    if (object.anchor_nonce !== undefined && object.anchor_nonce !== null) {
      message.anchorNonce = BigInt(object.anchor_nonce);
    }
    if (object.leaf !== undefined && object.leaf !== null) {
      message.leaf = bytesFromBase64(object.leaf);
    }
    message.proof = object.proof?.map(e => bytesFromBase64(e)) || [];
    if (object.root !== undefined && object.root !== null) {
      message.root = bytesFromBase64(object.root);
    }
    return message;
  },
  toAmino(message: QuerySettlementProofResponse): QuerySettlementProofResponseAmino {
    const obj: any = {};
    obj.settlement = message.settlement ? Settlement.toAmino(message.settlement) : undefined;
    obj.anchor_nonce = message.anchorNonce !== BigInt(0) ? message.anchorNonce?.toString() : undefined;
    obj.leaf = message.leaf ? base64FromBytes(message.leaf) : undefined;
    if (message.proof && message.proof.length > 0) {
      obj.proof = message.proof.map(e => base64FromBytes(e));
    }
    obj.root = message.root ? base64FromBytes(message.root) : undefined;
    return obj;
  },
  fromAminoMsg(object: QuerySettlementProofResponseAminoMsg): QuerySettlementProofResponse {
    return QuerySettlementProofResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QuerySettlementProofResponseProtoMsg): QuerySettlementProofResponse {
    return QuerySettlementProofResponse.decode(message.value);
  },
  toProto(message: QuerySettlementProofResponse): Uint8Array {
    return QuerySettlementProofResponse.encode(message).finish();
  },
  toProtoMsg(message: QuerySettlementProofResponse): QuerySettlementProofResponseProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.QuerySettlementProofResponse",
      value: QuerySettlementProofResponse.encode(message).finish()
    };
  }
};
function createBaseQueryDepositsRequest(): QueryDepositsRequest {
  return {
    limit: 0
  };
}
export const QueryDepositsRequest = {
  typeUrl: "/settle.bridge.v1.QueryDepositsRequest",
  encode(message: QueryDepositsRequest, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.limit !== 0) {
      writer.uint32(8).uint32(message.limit);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDepositsRequest {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDepositsRequest();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.limit = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryDepositsRequest {
    return {
      limit: isSet(object.limit) ? Number(object.limit) : 0
    };
  },
  toJSON(message: QueryDepositsRequest): JsonSafe<QueryDepositsRequest> {
    const obj: any = {};
    message.limit !== undefined && (obj.limit = Math.round(message.limit));
    return obj;
  },
  fromPartial(object: DeepPartial<QueryDepositsRequest>): QueryDepositsRequest {
    const message = createBaseQueryDepositsRequest();
    message.limit = object.limit ?? 0;
    return message;
  },
  fromAmino(object: QueryDepositsRequestAmino): QueryDepositsRequest {
    const message = createBaseQueryDepositsRequest();
    if (object.limit !== undefined && object.limit !== null) {
      message.limit = object.limit;
    }
    return message;
  },
  toAmino(message: QueryDepositsRequest): QueryDepositsRequestAmino {
    const obj: any = {};
    obj.limit = message.limit === 0 ? undefined : message.limit;
    return obj;
  },
  fromAminoMsg(object: QueryDepositsRequestAminoMsg): QueryDepositsRequest {
    return QueryDepositsRequest.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryDepositsRequestProtoMsg): QueryDepositsRequest {
    return QueryDepositsRequest.decode(message.value);
  },
  toProto(message: QueryDepositsRequest): Uint8Array {
    return QueryDepositsRequest.encode(message).finish();
  },
  toProtoMsg(message: QueryDepositsRequest): QueryDepositsRequestProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.QueryDepositsRequest",
      value: QueryDepositsRequest.encode(message).finish()
    };
  }
};
function createBaseQueryDepositsResponse(): QueryDepositsResponse {
  return {
    lastDepositNonce: BigInt(0),
    deposits: [],
    totals: undefined
  };
}
export const QueryDepositsResponse = {
  typeUrl: "/settle.bridge.v1.QueryDepositsResponse",
  encode(message: QueryDepositsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.lastDepositNonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.lastDepositNonce);
    }
    for (const v of message.deposits) {
      DepositRecord.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    if (message.totals !== undefined) {
      Totals.encode(message.totals, writer.uint32(26).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): QueryDepositsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseQueryDepositsResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.lastDepositNonce = reader.uint64();
          break;
        case 2:
          message.deposits.push(DepositRecord.decode(reader, reader.uint32()));
          break;
        case 3:
          message.totals = Totals.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): QueryDepositsResponse {
    return {
      lastDepositNonce: isSet(object.lastDepositNonce) ? BigInt(object.lastDepositNonce.toString()) : BigInt(0),
      deposits: Array.isArray(object?.deposits) ? object.deposits.map((e: any) => DepositRecord.fromJSON(e)) : [],
      totals: isSet(object.totals) ? Totals.fromJSON(object.totals) : undefined
    };
  },
  toJSON(message: QueryDepositsResponse): JsonSafe<QueryDepositsResponse> {
    const obj: any = {};
    message.lastDepositNonce !== undefined && (obj.lastDepositNonce = (message.lastDepositNonce || BigInt(0)).toString());
    if (message.deposits) {
      obj.deposits = message.deposits.map(e => e ? DepositRecord.toJSON(e) : undefined);
    } else {
      obj.deposits = [];
    }
    message.totals !== undefined && (obj.totals = message.totals ? Totals.toJSON(message.totals) : undefined);
    return obj;
  },
  fromPartial(object: DeepPartial<QueryDepositsResponse>): QueryDepositsResponse {
    const message = createBaseQueryDepositsResponse();
    message.lastDepositNonce = object.lastDepositNonce !== undefined && object.lastDepositNonce !== null ? BigInt(object.lastDepositNonce.toString()) : BigInt(0);
    message.deposits = object.deposits?.map(e => DepositRecord.fromPartial(e)) || [];
    message.totals = object.totals !== undefined && object.totals !== null ? Totals.fromPartial(object.totals) : undefined;
    return message;
  },
  fromAmino(object: QueryDepositsResponseAmino): QueryDepositsResponse {
    const message = createBaseQueryDepositsResponse();
    if (object.last_deposit_nonce !== undefined && object.last_deposit_nonce !== null) {
      message.lastDepositNonce = BigInt(object.last_deposit_nonce);
    }
    message.deposits = object.deposits?.map(e => DepositRecord.fromAmino(e)) || [];
    if (object.totals !== undefined && object.totals !== null) {
      message.totals = Totals.fromAmino(object.totals);
    }
    return message;
  },
  toAmino(message: QueryDepositsResponse): QueryDepositsResponseAmino {
    const obj: any = {};
    obj.last_deposit_nonce = message.lastDepositNonce !== BigInt(0) ? message.lastDepositNonce?.toString() : undefined;
    if (message.deposits && message.deposits.length > 0) {
      obj.deposits = message.deposits.map(e => e ? DepositRecord.toAmino(e) : undefined);
    }
    obj.totals = message.totals ? Totals.toAmino(message.totals) : undefined;
    return obj;
  },
  fromAminoMsg(object: QueryDepositsResponseAminoMsg): QueryDepositsResponse {
    return QueryDepositsResponse.fromAmino(object.value);
  },
  fromProtoMsg(message: QueryDepositsResponseProtoMsg): QueryDepositsResponse {
    return QueryDepositsResponse.decode(message.value);
  },
  toProto(message: QueryDepositsResponse): Uint8Array {
    return QueryDepositsResponse.encode(message).finish();
  },
  toProtoMsg(message: QueryDepositsResponse): QueryDepositsResponseProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.QueryDepositsResponse",
      value: QueryDepositsResponse.encode(message).finish()
    };
  }
};