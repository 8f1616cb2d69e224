/* eslint-disable */
import { AttestationSignature, AttestationSignatureAmino, Params, ParamsAmino, BridgeKey, BridgeKeyAmino, Valset, ValsetAmino, Anchor, AnchorAmino, Attestation, AttestationAmino, DepositRecord, DepositRecordAmino, Withdrawal, WithdrawalAmino, Totals, TotalsAmino, Settlement, SettlementAmino } from "./types";
import { BinaryReader, BinaryWriter } from "../../../binary";
import { isSet, DeepPartial } from "../../../helpers";
import { JsonSafe } from "../../../json-safe";
/** One attestation's stored signatures. */
export interface AttestationSignatures {
  seq: bigint;
  signatures: AttestationSignature[];
}
export interface AttestationSignaturesProtoMsg {
  typeUrl: "/settle.bridge.v1.AttestationSignatures";
  value: Uint8Array;
}
/**
 * One attestation's stored signatures.
 * @name AttestationSignaturesAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.AttestationSignatures
 */
export interface AttestationSignaturesAmino {
  seq?: string;
  signatures?: AttestationSignatureAmino[];
}
export interface AttestationSignaturesAminoMsg {
  type: "/settle.bridge.v1.AttestationSignatures";
  value: AttestationSignaturesAmino;
}
/** GenesisState is the bridge module's section of genesis (app_state.bridge, proto3 JSON). */
export interface GenesisState {
  params?: Params;
  keys: BridgeKey[];
  valsets: Valset[];
  anchors: Anchor[];
  attestations: Attestation[];
  signatures: AttestationSignatures[];
  deposits: DepositRecord[];
  lastDepositNonce: bigint;
  withdrawals: Withdrawal[];
  nextWithdrawalId: bigint;
  totals?: Totals;
  settlements: Settlement[];
  nextSettlementId: bigint;
}
export interface GenesisStateProtoMsg {
  typeUrl: "/settle.bridge.v1.GenesisState";
  value: Uint8Array;
}
/**
 * GenesisState is the bridge module's section of genesis (app_state.bridge, proto3 JSON).
 * @name GenesisStateAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.GenesisState
 */
export interface GenesisStateAmino {
  params?: ParamsAmino;
  keys?: BridgeKeyAmino[];
  valsets?: ValsetAmino[];
  anchors?: AnchorAmino[];
  attestations?: AttestationAmino[];
  signatures?: AttestationSignaturesAmino[];
  deposits?: DepositRecordAmino[];
  last_deposit_nonce?: string;
  withdrawals?: WithdrawalAmino[];
  next_withdrawal_id?: string;
  totals?: TotalsAmino;
  settlements?: SettlementAmino[];
  next_settlement_id?: string;
}
export interface GenesisStateAminoMsg {
  type: "/settle.bridge.v1.GenesisState";
  value: GenesisStateAmino;
}
function createBaseAttestationSignatures(): AttestationSignatures {
  return {
    seq: BigInt(0),
    signatures: []
  };
}
export const AttestationSignatures = {
  typeUrl: "/settle.bridge.v1.AttestationSignatures",
  encode(message: AttestationSignatures, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.seq !== BigInt(0)) {
      writer.uint32(8).uint64(message.seq);
    }
    for (const v of message.signatures) {
      AttestationSignature.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): AttestationSignatures {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseAttestationSignatures();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.seq = reader.uint64();
          break;
        case 2:
          message.signatures.push(AttestationSignature.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): AttestationSignatures {
    return {
      seq: isSet(object.seq) ? BigInt(object.seq.toString()) : BigInt(0),
      signatures: Array.isArray(object?.signatures) ? object.signatures.map((e: any) => AttestationSignature.fromJSON(e)) : []
    };
  },
  toJSON(message: AttestationSignatures): JsonSafe<AttestationSignatures> {
    const obj: any = {};
    message.seq !== undefined && (obj.seq = (message.seq || BigInt(0)).toString());
    if (message.signatures) {
      obj.signatures = message.signatures.map(e => e ? AttestationSignature.toJSON(e) : undefined);
    } else {
      obj.signatures = [];
    }
    return obj;
  },
  fromPartial(object: DeepPartial<AttestationSignatures>): AttestationSignatures {
    const message = createBaseAttestationSignatures();
    message.seq = object.seq !== undefined && object.seq !== null ? BigInt(object.seq.toString()) : BigInt(0);
    message.signatures = object.signatures?.map(e => AttestationSignature.fromPartial(e)) || [];
    return message;
  },
  fromAmino(object: AttestationSignaturesAmino): AttestationSignatures {
    const message = createBaseAttestationSignatures();
    if (object.seq !== undefined && object.seq !== null) {
      message.seq = BigInt(object.seq);
    }
    message.signatures = object.signatures?.map(e => AttestationSignature.fromAmino(e)) || [];
    return message;
  },
  toAmino(message: AttestationSignatures): AttestationSignaturesAmino {
    const obj: any = {};
    obj.seq = message.seq !== BigInt(0) ? message.seq?.toString() : undefined;
    if (message.signatures && message.signatures.length > 0) {
      obj.signatures = message.signatures.map(e => e ? AttestationSignature.toAmino(e) : undefined);
    }
    return obj;
  },
  fromAminoMsg(object: AttestationSignaturesAminoMsg): AttestationSignatures {
    return AttestationSignatures.fromAmino(object.value);
  },
  fromProtoMsg(message: AttestationSignaturesProtoMsg): AttestationSignatures {
    return AttestationSignatures.decode(message.value);
  },
  toProto(message: AttestationSignatures): Uint8Array {
    return AttestationSignatures.encode(message).finish();
  },
  toProtoMsg(message: AttestationSignatures): AttestationSignaturesProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.AttestationSignatures",
      value: AttestationSignatures.encode(message).finish()
    };
  }
};
function createBaseGenesisState(): GenesisState {
  return {
    params: undefined,
    keys: [],
    valsets: [],
    anchors: [],
    attestations: [],
    signatures: [],
    deposits: [],
    lastDepositNonce: BigInt(0),
    withdrawals: [],
    nextWithdrawalId: BigInt(0),
    totals: undefined,
    settlements: [],
    nextSettlementId: BigInt(0)
  };
}
export const GenesisState = {
  typeUrl: "/settle.bridge.v1.GenesisState",
  encode(message: GenesisState, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.params !== undefined) {
      Params.encode(message.params, writer.uint32(10).fork()).ldelim();
    }
    for (const v of message.keys) {
      BridgeKey.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    for (const v of message.valsets) {
      Valset.encode(v!, writer.uint32(26).fork()).ldelim();
    }
    for (const v of message.anchors) {
      Anchor.encode(v!, writer.uint32(34).fork()).ldelim();
    }
    for (const v of message.attestations) {
      Attestation.encode(v!, writer.uint32(42).fork()).ldelim();
    }
    for (const v of message.signatures) {
      AttestationSignatures.encode(v!, writer.uint32(50).fork()).ldelim();
    }
    for (const v of message.deposits) {
      DepositRecord.encode(v!, writer.uint32(58).fork()).ldelim();
    }
    if (message.lastDepositNonce !== BigInt(0)) {
      writer.uint32(64).uint64(message.lastDepositNonce);
    }
    for (const v of message.withdrawals) {
      Withdrawal.encode(v!, writer.uint32(74).fork()).ldelim();
    }
    if (message.nextWithdrawalId !== BigInt(0)) {
      writer.uint32(80).uint64(message.nextWithdrawalId);
    }
    if (message.totals !== undefined) {
      Totals.encode(message.totals, writer.uint32(90).fork()).ldelim();
    }
    for (const v of message.settlements) {
      Settlement.encode(v!, writer.uint32(98).fork()).ldelim();
    }
    if (message.nextSettlementId !== BigInt(0)) {
      writer.uint32(104).uint64(message.nextSettlementId);
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
          message.keys.push(BridgeKey.decode(reader, reader.uint32()));
          break;
        case 3:
          message.valsets.push(Valset.decode(reader, reader.uint32()));
          break;
        case 4:
          message.anchors.push(Anchor.decode(reader, reader.uint32()));
          break;
        case 5:
          message.attestations.push(Attestation.decode(reader, reader.uint32()));
          break;
        case 6:
          message.signatures.push(AttestationSignatures.decode(reader, reader.uint32()));
          break;
        case 7:
          message.deposits.push(DepositRecord.decode(reader, reader.uint32()));
          break;
        case 8:
          message.lastDepositNonce = reader.uint64();
          break;
        case 9:
          message.withdrawals.push(Withdrawal.decode(reader, reader.uint32()));
          break;
        case 10:
          message.nextWithdrawalId = reader.uint64();
          break;
        case 11:
          message.totals = Totals.decode(reader, reader.uint32());
          break;
        case 12:
          message.settlements.push(Settlement.decode(reader, reader.uint32()));
          break;
        case 13:
          message.nextSettlementId = reader.uint64();
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
      keys: Array.isArray(object?.keys) ? object.keys.map((e: any) => BridgeKey.fromJSON(e)) : [],
      valsets: Array.isArray(object?.valsets) ? object.valsets.map((e: any) => Valset.fromJSON(e)) : [],
      anchors: Array.isArray(object?.anchors) ? object.anchors.map((e: any) => Anchor.fromJSON(e)) : [],
      attestations: Array.isArray(object?.attestations) ? object.attestations.map((e: any) => Attestation.fromJSON(e)) : [],
      signatures: Array.isArray(object?.signatures) ? object.signatures.map((e: any) => AttestationSignatures.fromJSON(e)) : [],
      deposits: Array.isArray(object?.deposits) ? object.deposits.map((e: any) => DepositRecord.fromJSON(e)) : [],
      lastDepositNonce: isSet(object.lastDepositNonce) ? BigInt(object.lastDepositNonce.toString()) : BigInt(0),
      withdrawals: Array.isArray(object?.withdrawals) ? object.withdrawals.map((e: any) => Withdrawal.fromJSON(e)) : [],
      nextWithdrawalId: isSet(object.nextWithdrawalId) ? BigInt(object.nextWithdrawalId.toString()) : BigInt(0),
      totals: isSet(object.totals) ? Totals.fromJSON(object.totals) : undefined,
      settlements: Array.isArray(object?.settlements) ? object.settlements.map((e: any) => Settlement.fromJSON(e)) : [],
      nextSettlementId: isSet(object.nextSettlementId) ? BigInt(object.nextSettlementId.toString()) : BigInt(0)
    };
  },
  toJSON(message: GenesisState): JsonSafe<GenesisState> {
    const obj: any = {};
    message.params !== undefined && (obj.params = message.params ? Params.toJSON(message.params) : undefined);
    if (message.keys) {
      obj.keys = message.keys.map(e => e ? BridgeKey.toJSON(e) : undefined);
    } else {
      obj.keys = [];
    }
    if (message.valsets) {
      obj.valsets = message.valsets.map(e => e ? Valset.toJSON(e) : undefined);
    } else {
      obj.valsets = [];
    }
    if (message.anchors) {
      obj.anchors = message.anchors.map(e => e ? Anchor.toJSON(e) : undefined);
    } else {
      obj.anchors = [];
    }
    if (message.attestations) {
      obj.attestations = message.attestations.map(e => e ? Attestation.toJSON(e) : undefined);
    } else {
      obj.attestations = [];
    }
    if (message.signatures) {
      obj.signatures = message.signatures.map(e => e ? AttestationSignatures.toJSON(e) : undefined);
    } else {
      obj.signatures = [];
    }
    if (message.deposits) {
      obj.deposits = message.deposits.map(e => e ? DepositRecord.toJSON(e) : undefined);
    } else {
      obj.deposits = [];
    }
    message.lastDepositNonce !== undefined && (obj.lastDepositNonce = (message.lastDepositNonce || BigInt(0)).toString());
    if (message.withdrawals) {
      obj.withdrawals = message.withdrawals.map(e => e ? Withdrawal.toJSON(e) : undefined);
    } else {
      obj.withdrawals = [];
    }
    message.nextWithdrawalId !== undefined && (obj.nextWithdrawalId = (message.nextWithdrawalId || BigInt(0)).toString());
    message.totals !== undefined && (obj.totals = message.totals ? Totals.toJSON(message.totals) : undefined);
    if (message.settlements) {
      obj.settlements = message.settlements.map(e => e ? Settlement.toJSON(e) : undefined);
    } else {
      obj.settlements = [];
    }
    message.nextSettlementId !== undefined && (obj.nextSettlementId = (message.nextSettlementId || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<GenesisState>): GenesisState {
    const message = createBaseGenesisState();
    message.params = object.params !== undefined && object.params !== null ? Params.fromPartial(object.params) : undefined;
    message.keys = object.keys?.map(e => BridgeKey.fromPartial(e)) || [];
    message.valsets = object.valsets?.map(e => Valset.fromPartial(e)) || [];
    message.anchors = object.anchors?.map(e => Anchor.fromPartial(e)) || [];
    message.attestations = object.attestations?.map(e => Attestation.fromPartial(e)) || [];
    message.signatures = object.signatures?.map(e => AttestationSignatures.fromPartial(e)) || [];
    message.deposits = object.deposits?.map(e => DepositRecord.fromPartial(e)) || [];
    message.lastDepositNonce = object.lastDepositNonce !== undefined && object.lastDepositNonce !== null ? BigInt(object.lastDepositNonce.toString()) : BigInt(0);
    message.withdrawals = object.withdrawals?.map(e => Withdrawal.fromPartial(e)) || [];
    message.nextWithdrawalId = object.nextWithdrawalId !== undefined && object.nextWithdrawalId !== null ? BigInt(object.nextWithdrawalId.toString()) : BigInt(0);
    message.totals = object.totals !== undefined && object.totals !== null ? Totals.fromPartial(object.totals) : undefined;
    message.settlements = object.settlements?.map(e => Settlement.fromPartial(e)) || [];
    message.nextSettlementId = object.nextSettlementId !== undefined && object.nextSettlementId !== null ? BigInt(object.nextSettlementId.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: GenesisStateAmino): GenesisState {
    const message = createBaseGenesisState();
    if (object.params !== undefined && object.params !== null) {
      message.params = Params.fromAmino(object.params);
    }
    message.keys = object.keys?.map(e => BridgeKey.fromAmino(e)) || [];
    message.valsets = object.valsets?.map(e => Valset.fromAmino(e)) || [];
    message.anchors = object.anchors?.map(e => Anchor.fromAmino(e)) || [];
    message.attestations = object.attestations?.map(e => Attestation.fromAmino(e)) || [];
    message.signatures = object.signatures?.map(e => AttestationSignatures.fromAmino(e)) || [];
    message.deposits = object.deposits?.map(e => DepositRecord.fromAmino(e)) || [];
    if (object.last_deposit_nonce !== undefined && object.last_deposit_nonce !== null) {
      message.lastDepositNonce = BigInt(object.last_deposit_nonce);
    }
    message.withdrawals = object.withdrawals?.map(e => Withdrawal.fromAmino(e)) || [];
    if (object.next_withdrawal_id !== undefined && object.next_withdrawal_id !== null) {
      message.nextWithdrawalId = BigInt(object.next_withdrawal_id);
    }
    if (object.totals !== undefined && object.totals !== null) {
      message.totals = Totals.fromAmino(object.totals);
    }
    message.settlements = object.settlements?.map(e => Settlement.fromAmino(e)) || [];
    if (object.next_settlement_id !== undefined && object.next_settlement_id !== null) {
      message.nextSettlementId = BigInt(object.next_settlement_id);
    }
    return message;
  },
  toAmino(message: GenesisState): GenesisStateAmino {
    const obj: any = {};
    obj.params = message.params ? Params.toAmino(message.params) : undefined;
    if (message.keys && message.keys.length > 0) {
      obj.keys = message.keys.map(e => e ? BridgeKey.toAmino(e) : undefined);
    }
    if (message.valsets && message.valsets.length > 0) {
      obj.valsets = message.valsets.map(e => e ? Valset.toAmino(e) : undefined);
    }
    if (message.anchors && message.anchors.length > 0) {
      obj.anchors = message.anchors.map(e => e ? Anchor.toAmino(e) : undefined);
    }
    if (message.attestations && message.attestations.length > 0) {
      obj.attestations = message.attestations.map(e => e ? Attestation.toAmino(e) : undefined);
    }
    if (message.signatures && message.signatures.length > 0) {
      obj.signatures = message.signatures.map(e => e ? AttestationSignatures.toAmino(e) : undefined);
    }
    if (message.deposits && message.deposits.length > 0) {
      obj.deposits = message.deposits.map(e => e ? DepositRecord.toAmino(e) : undefined);
    }
    obj.last_deposit_nonce = message.lastDepositNonce !== BigInt(0) ? message.lastDepositNonce?.toString() : undefined;
    if (message.withdrawals && message.withdrawals.length > 0) {
      obj.withdrawals = message.withdrawals.map(e => e ? Withdrawal.toAmino(e) : undefined);
    }
    obj.next_withdrawal_id = message.nextWithdrawalId !== BigInt(0) ? message.nextWithdrawalId?.toString() : undefined;
    obj.totals = message.totals ? Totals.toAmino(message.totals) : undefined;
    if (message.settlements && message.settlements.length > 0) {
      obj.settlements = message.settlements.map(e => e ? Settlement.toAmino(e) : undefined);
    }
    obj.next_settlement_id = message.nextSettlementId !== BigInt(0) ? message.nextSettlementId?.toString() : undefined;
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
      typeUrl: "/settle.bridge.v1.GenesisState",
      value: GenesisState.encode(message).finish()
    };
  }
};