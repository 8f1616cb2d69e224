/* eslint-disable */
import { BinaryReader, BinaryWriter } from "../../../binary";
import { isSet, DeepPartial, bytesFromBase64, base64FromBytes } from "../../../helpers";
import { JsonSafe } from "../../../json-safe";
/** EventBridgeKeyRegistered: a validator set (or replaced) its EVM signing address. */
export interface EventBridgeKeyRegistered {
  validatorAddress: string;
  evmAddress: string;
}
export interface EventBridgeKeyRegisteredProtoMsg {
  typeUrl: "/settle.bridge.v1.EventBridgeKeyRegistered";
  value: Uint8Array;
}
/**
 * EventBridgeKeyRegistered: a validator set (or replaced) its EVM signing address.
 * @name EventBridgeKeyRegisteredAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.EventBridgeKeyRegistered
 */
export interface EventBridgeKeyRegisteredAmino {
  validator_address?: string;
  evm_address?: string;
}
export interface EventBridgeKeyRegisteredAminoMsg {
  type: "/settle.bridge.v1.EventBridgeKeyRegistered";
  value: EventBridgeKeyRegisteredAmino;
}
/** EventValsetCreated: a new bridge valset, to be signed by the previous one (none for nonce 0). */
export interface EventValsetCreated {
  nonce: bigint;
  seq: bigint;
  checkpoint: Uint8Array;
  validators: number;
}
export interface EventValsetCreatedProtoMsg {
  typeUrl: "/settle.bridge.v1.EventValsetCreated";
  value: Uint8Array;
}
/**
 * EventValsetCreated: a new bridge valset, to be signed by the previous one (none for nonce 0).
 * @name EventValsetCreatedAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.EventValsetCreated
 */
export interface EventValsetCreatedAmino {
  nonce?: string;
  seq?: string;
  checkpoint?: string;
  validators?: number;
}
export interface EventValsetCreatedAminoMsg {
  type: "/settle.bridge.v1.EventValsetCreated";
  value: EventValsetCreatedAmino;
}
/** EventAnchorCreated: an anchor was fixed; validators sign it in their next vote extensions. */
export interface EventAnchorCreated {
  nonce: bigint;
  seq: bigint;
  height: bigint;
  appHash: Uint8Array;
  withdrawalsRoot: Uint8Array;
}
export interface EventAnchorCreatedProtoMsg {
  typeUrl: "/settle.bridge.v1.EventAnchorCreated";
  value: Uint8Array;
}
/**
 * EventAnchorCreated: an anchor was fixed; validators sign it in their next vote extensions.
 * @name EventAnchorCreatedAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.EventAnchorCreated
 */
export interface EventAnchorCreatedAmino {
  nonce?: string;
  seq?: string;
  height?: string;
  app_hash?: string;
  withdrawals_root?: string;
}
export interface EventAnchorCreatedAminoMsg {
  type: "/settle.bridge.v1.EventAnchorCreated";
  value: EventAnchorCreatedAmino;
}
/** EventAttestationSigned: an attestation crossed 2/3 of its signer set's power. */
export interface EventAttestationSigned {
  seq: bigint;
  signedPower: bigint;
}
export interface EventAttestationSignedProtoMsg {
  typeUrl: "/settle.bridge.v1.EventAttestationSigned";
  value: Uint8Array;
}
/**
 * EventAttestationSigned: an attestation crossed 2/3 of its signer set's power.
 * @name EventAttestationSignedAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.EventAttestationSigned
 */
export interface EventAttestationSignedAmino {
  seq?: string;
  signed_power?: string;
}
export interface EventAttestationSignedAminoMsg {
  type: "/settle.bridge.v1.EventAttestationSigned";
  value: EventAttestationSignedAmino;
}
/** EventDepositCredited: deposit `nonce` was consumed (credited = coins minted to the recipient). */
export interface EventDepositCredited {
  nonce: bigint;
  recipient: string;
  amount: string;
  credited: boolean;
}
export interface EventDepositCreditedProtoMsg {
  typeUrl: "/settle.bridge.v1.EventDepositCredited";
  value: Uint8Array;
}
/**
 * EventDepositCredited: deposit `nonce` was consumed (credited = coins minted to the recipient).
 * @name EventDepositCreditedAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.EventDepositCredited
 */
export interface EventDepositCreditedAmino {
  nonce?: string;
  recipient?: string;
  amount?: string;
  credited?: boolean;
}
export interface EventDepositCreditedAminoMsg {
  type: "/settle.bridge.v1.EventDepositCredited";
  value: EventDepositCreditedAmino;
}
/** EventWithdrawal: coins burnt, withdrawal `id` queued for the next anchor. */
export interface EventWithdrawal {
  id: bigint;
  sender: string;
  to: string;
  amount: string;
}
export interface EventWithdrawalProtoMsg {
  typeUrl: "/settle.bridge.v1.EventWithdrawal";
  value: Uint8Array;
}
/**
 * EventWithdrawal: coins burnt, withdrawal `id` queued for the next anchor.
 * @name EventWithdrawalAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.EventWithdrawal
 */
export interface EventWithdrawalAmino {
  id?: string;
  sender?: string;
  to?: string;
  amount?: string;
}
export interface EventWithdrawalAminoMsg {
  type: "/settle.bridge.v1.EventWithdrawal";
  value: EventWithdrawalAmino;
}
function createBaseEventBridgeKeyRegistered(): EventBridgeKeyRegistered {
  return {
    validatorAddress: "",
    evmAddress: ""
  };
}
export const EventBridgeKeyRegistered = {
  typeUrl: "/settle.bridge.v1.EventBridgeKeyRegistered",
  encode(message: EventBridgeKeyRegistered, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.validatorAddress !== "") {
      writer.uint32(10).string(message.validatorAddress);
    }
    if (message.evmAddress !== "") {
      writer.uint32(18).string(message.evmAddress);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventBridgeKeyRegistered {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventBridgeKeyRegistered();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.validatorAddress = reader.string();
          break;
        case 2:
          message.evmAddress = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventBridgeKeyRegistered {
    return {
      validatorAddress: isSet(object.validatorAddress) ? String(object.validatorAddress) : "",
      evmAddress: isSet(object.evmAddress) ? String(object.evmAddress) : ""
    };
  },
  toJSON(message: EventBridgeKeyRegistered): JsonSafe<EventBridgeKeyRegistered> {
    const obj: any = {};
    message.validatorAddress !== undefined && (obj.validatorAddress = message.validatorAddress);
    message.evmAddress !== undefined && (obj.evmAddress = message.evmAddress);
    return obj;
  },
  fromPartial(object: DeepPartial<EventBridgeKeyRegistered>): EventBridgeKeyRegistered {
    const message = createBaseEventBridgeKeyRegistered();
    message.validatorAddress = object.validatorAddress ?? "";
    message.evmAddress = object.evmAddress ?? "";
    return message;
  },
  fromAmino(object: EventBridgeKeyRegisteredAmino): EventBridgeKeyRegistered {
    const message = createBaseEventBridgeKeyRegistered();
    if (object.validator_address !== undefined && object.validator_address !== null) {
      message.validatorAddress = object.validator_address;
    }
    if (object.evm_address !== undefined && object.evm_address !== null) {
      message.evmAddress = object.evm_address;
    }
    return message;
  },
  toAmino(message: EventBridgeKeyRegistered): EventBridgeKeyRegisteredAmino {
    const obj: any = {};
    obj.validator_address = message.validatorAddress === "" ? undefined : message.validatorAddress;
    obj.evm_address = message.evmAddress === "" ? undefined : message.evmAddress;
    return obj;
  },
  fromAminoMsg(object: EventBridgeKeyRegisteredAminoMsg): EventBridgeKeyRegistered {
    return EventBridgeKeyRegistered.fromAmino(object.value);
  },
  fromProtoMsg(message: EventBridgeKeyRegisteredProtoMsg): EventBridgeKeyRegistered {
    return EventBridgeKeyRegistered.decode(message.value);
  },
  toProto(message: EventBridgeKeyRegistered): Uint8Array {
    return EventBridgeKeyRegistered.encode(message).finish();
  },
  toProtoMsg(message: EventBridgeKeyRegistered): EventBridgeKeyRegisteredProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.EventBridgeKeyRegistered",
      value: EventBridgeKeyRegistered.encode(message).finish()
    };
  }
};
function createBaseEventValsetCreated(): EventValsetCreated {
  return {
    nonce: BigInt(0),
    seq: BigInt(0),
    checkpoint: new Uint8Array(),
    validators: 0
  };
}
export const EventValsetCreated = {
  typeUrl: "/settle.bridge.v1.EventValsetCreated",
  encode(message: EventValsetCreated, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.nonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.nonce);
    }
    if (message.seq !== BigInt(0)) {
      writer.uint32(16).uint64(message.seq);
    }
    if (message.checkpoint.length !== 0) {
      writer.uint32(26).bytes(message.checkpoint);
    }
    if (message.validators !== 0) {
      writer.uint32(32).uint32(message.validators);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventValsetCreated {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventValsetCreated();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.nonce = reader.uint64();
          break;
        case 2:
          message.seq = reader.uint64();
          break;
        case 3:
          message.checkpoint = reader.bytes();
          break;
        case 4:
          message.validators = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventValsetCreated {
    return {
      nonce: isSet(object.nonce) ? BigInt(object.nonce.toString()) : BigInt(0),
      seq: isSet(object.seq) ? BigInt(object.seq.toString()) : BigInt(0),
      checkpoint: isSet(object.checkpoint) ? bytesFromBase64(object.checkpoint) : new Uint8Array(),
      validators: isSet(object.validators) ? Number(object.validators) : 0
    };
  },
  toJSON(message: EventValsetCreated): JsonSafe<EventValsetCreated> {
    const obj: any = {};
    message.nonce !== undefined && (obj.nonce = (message.nonce || BigInt(0)).toString());
    message.seq !== undefined && (obj.seq = (message.seq || BigInt(0)).toString());
    message.checkpoint !== undefined && (obj.checkpoint = base64FromBytes(message.checkpoint !== undefined ? message.checkpoint : new Uint8Array()));
    message.validators !== undefined && (obj.validators = Math.round(message.validators));
    return obj;
  },
  fromPartial(object: DeepPartial<EventValsetCreated>): EventValsetCreated {
    const message = createBaseEventValsetCreated();
    message.nonce = object.nonce !== undefined && object.nonce !== null ? BigInt(object.nonce.toString()) : BigInt(0);
    message.seq = object.seq !== undefined && object.seq !== null ? BigInt(object.seq.toString()) : BigInt(0);
    message.checkpoint = object.checkpoint ?? new Uint8Array();
    message.validators = object.validators ?? 0;
    return message;
  },
  fromAmino(object: EventValsetCreatedAmino): EventValsetCreated {
    const message = createBaseEventValsetCreated();
    if (object.nonce !== undefined && object.nonce !== null) {
      message.nonce = BigInt(object.nonce);
    }
    if (object.seq !== undefined && object.seq !== null) {
      message.seq = BigInt(object.seq);
    }
    if (object.checkpoint !== undefined && object.checkpoint !== null) {
      message.checkpoint = bytesFromBase64(object.checkpoint);
    }
    if (object.validators !== undefined && object.validators !== null) {
      message.validators = object.validators;
    }
    return message;
  },
  toAmino(message: EventValsetCreated): EventValsetCreatedAmino {
    const obj: any = {};
    obj.nonce = message.nonce !== BigInt(0) ? message.nonce?.toString() : undefined;
    obj.seq = message.seq !== BigInt(0) ? message.seq?.toString() : undefined;
    obj.checkpoint = message.checkpoint ? base64FromBytes(message.checkpoint) : undefined;
    obj.validators = message.validators === 0 ? undefined : message.validators;
    return obj;
  },
  fromAminoMsg(object: EventValsetCreatedAminoMsg): EventValsetCreated {
    return EventValsetCreated.fromAmino(object.value);
  },
  fromProtoMsg(message: EventValsetCreatedProtoMsg): EventValsetCreated {
    return EventValsetCreated.decode(message.value);
  },
  toProto(message: EventValsetCreated): Uint8Array {
    return EventValsetCreated.encode(message).finish();
  },
  toProtoMsg(message: EventValsetCreated): EventValsetCreatedProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.EventValsetCreated",
      value: EventValsetCreated.encode(message).finish()
    };
  }
};
function createBaseEventAnchorCreated(): EventAnchorCreated {
  return {
    nonce: BigInt(0),
    seq: BigInt(0),
    height: BigInt(0),
    appHash: new Uint8Array(),
    withdrawalsRoot: new Uint8Array()
  };
}
export const EventAnchorCreated = {
  typeUrl: "/settle.bridge.v1.EventAnchorCreated",
  encode(message: EventAnchorCreated, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.nonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.nonce);
    }
    if (message.seq !== BigInt(0)) {
      writer.uint32(16).uint64(message.seq);
    }
    if (message.height !== BigInt(0)) {
      writer.uint32(24).uint64(message.height);
    }
    if (message.appHash.length !== 0) {
      writer.uint32(34).bytes(message.appHash);
    }
    if (message.withdrawalsRoot.length !== 0) {
      writer.uint32(42).bytes(message.withdrawalsRoot);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventAnchorCreated {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventAnchorCreated();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.nonce = reader.uint64();
          break;
        case 2:
          message.seq = reader.uint64();
          break;
        case 3:
          message.height = reader.uint64();
          break;
        case 4:
          message.appHash = reader.bytes();
          break;
        case 5:
          message.withdrawalsRoot = reader.bytes();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventAnchorCreated {
    return {
      nonce: isSet(object.nonce) ? BigInt(object.nonce.toString()) : BigInt(0),
      seq: isSet(object.seq) ? BigInt(object.seq.toString()) : BigInt(0),
      height: isSet(object.height) ? BigInt(object.height.toString()) : BigInt(0),
      appHash: isSet(object.appHash) ? bytesFromBase64(object.appHash) : new Uint8Array(),
      withdrawalsRoot: isSet(object.withdrawalsRoot) ? bytesFromBase64(object.withdrawalsRoot) : new Uint8Array()
    };
  },
  toJSON(message: EventAnchorCreated): JsonSafe<EventAnchorCreated> {
    const obj: any = {};
    message.nonce !== undefined && (obj.nonce = (message.nonce || BigInt(0)).toString());
    message.seq !== undefined && (obj.seq = (message.seq || BigInt(0)).toString());
    message.height !== undefined && (obj.height = (message.height || BigInt(0)).toString());
    message.appHash !== undefined && (obj.appHash = base64FromBytes(message.appHash !== undefined ? message.appHash : new Uint8Array()));
    message.withdrawalsRoot !== undefined && (obj.withdrawalsRoot = base64FromBytes(message.withdrawalsRoot !== undefined ? message.withdrawalsRoot : new Uint8Array()));
    return obj;
  },
  fromPartial(object: DeepPartial<EventAnchorCreated>): EventAnchorCreated {
    const message = createBaseEventAnchorCreated();
    message.nonce = object.nonce !== undefined && object.nonce !== null ? BigInt(object.nonce.toString()) : BigInt(0);
    message.seq = object.seq !== undefined && object.seq !== null ? BigInt(object.seq.toString()) : BigInt(0);
    message.height = object.height !== undefined && object.height !== null ? BigInt(object.height.toString()) : BigInt(0);
    message.appHash = object.appHash ?? new Uint8Array();
    message.withdrawalsRoot = object.withdrawalsRoot ?? new Uint8Array();
    return message;
  },
  fromAmino(object: EventAnchorCreatedAmino): EventAnchorCreated {
    const message = createBaseEventAnchorCreated();
    if (object.nonce !== undefined && object.nonce !== null) {
      message.nonce = BigInt(object.nonce);
    }
    if (object.seq !== undefined && object.seq !== null) {
      message.seq = BigInt(object.seq);
    }
    if (object.height !== undefined && object.height !== null) {
      message.height = BigInt(object.height);
    }
    if (object.app_hash !== undefined && object.app_hash !== null) {
      message.appHash = bytesFromBase64(object.app_hash);
    }
    if (object.withdrawals_root !== undefined && object.withdrawals_root !== null) {
      message.withdrawalsRoot = bytesFromBase64(object.withdrawals_root);
    }
    return message;
  },
  toAmino(message: EventAnchorCreated): EventAnchorCreatedAmino {
    const obj: any = {};
    obj.nonce = message.nonce !== BigInt(0) ? message.nonce?.toString() : undefined;
    obj.seq = message.seq !== BigInt(0) ? message.seq?.toString() : undefined;
    obj.height = message.height !== BigInt(0) ? message.height?.toString() : undefined;
    obj.app_hash = message.appHash ? base64FromBytes(message.appHash) : undefined;
    obj.withdrawals_root = message.withdrawalsRoot ? base64FromBytes(message.withdrawalsRoot) : undefined;
    return obj;
  },
  fromAminoMsg(object: EventAnchorCreatedAminoMsg): EventAnchorCreated {
    return EventAnchorCreated.fromAmino(object.value);
  },
  fromProtoMsg(message: EventAnchorCreatedProtoMsg): EventAnchorCreated {
    return EventAnchorCreated.decode(message.value);
  },
  toProto(message: EventAnchorCreated): Uint8Array {
    return EventAnchorCreated.encode(message).finish();
  },
  toProtoMsg(message: EventAnchorCreated): EventAnchorCreatedProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.EventAnchorCreated",
      value: EventAnchorCreated.encode(message).finish()
    };
  }
};
function createBaseEventAttestationSigned(): EventAttestationSigned {
  return {
    seq: BigInt(0),
    signedPower: BigInt(0)
  };
}
export const EventAttestationSigned = {
  typeUrl: "/settle.bridge.v1.EventAttestationSigned",
  encode(message: EventAttestationSigned, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.seq !== BigInt(0)) {
      writer.uint32(8).uint64(message.seq);
    }
    if (message.signedPower !== BigInt(0)) {
      writer.uint32(16).uint64(message.signedPower);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventAttestationSigned {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventAttestationSigned();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.seq = reader.uint64();
          break;
        case 2:
          message.signedPower = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventAttestationSigned {
    return {
      seq: isSet(object.seq) ? BigInt(object.seq.toString()) : BigInt(0),
      signedPower: isSet(object.signedPower) ? BigInt(object.signedPower.toString()) : BigInt(0)
    };
  },
  toJSON(message: EventAttestationSigned): JsonSafe<EventAttestationSigned> {
    const obj: any = {};
    message.seq !== undefined && (obj.seq = (message.seq || BigInt(0)).toString());
    message.signedPower !== undefined && (obj.signedPower = (message.signedPower || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<EventAttestationSigned>): EventAttestationSigned {
    const message = createBaseEventAttestationSigned();
    message.seq = object.seq !== undefined && object.seq !== null ? BigInt(object.seq.toString()) : BigInt(0);
    message.signedPower = object.signedPower !== undefined && object.signedPower !== null ? BigInt(object.signedPower.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: EventAttestationSignedAmino): EventAttestationSigned {
    const message = createBaseEventAttestationSigned();
    if (object.seq !== undefined && object.seq !== null) {
      message.seq = BigInt(object.seq);
    }
    if (object.signed_power !== undefined && object.signed_power !== null) {
      message.signedPower = BigInt(object.signed_power);
    }
    return message;
  },
  toAmino(message: EventAttestationSigned): EventAttestationSignedAmino {
    const obj: any = {};
    obj.seq = message.seq !== BigInt(0) ? message.seq?.toString() : undefined;
    obj.signed_power = message.signedPower !== BigInt(0) ? message.signedPower?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: EventAttestationSignedAminoMsg): EventAttestationSigned {
    return EventAttestationSigned.fromAmino(object.value);
  },
  fromProtoMsg(message: EventAttestationSignedProtoMsg): EventAttestationSigned {
    return EventAttestationSigned.decode(message.value);
  },
  toProto(message: EventAttestationSigned): Uint8Array {
    return EventAttestationSigned.encode(message).finish();
  },
  toProtoMsg(message: EventAttestationSigned): EventAttestationSignedProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.EventAttestationSigned",
      value: EventAttestationSigned.encode(message).finish()
    };
  }
};
function createBaseEventDepositCredited(): EventDepositCredited {
  return {
    nonce: BigInt(0),
    recipient: "",
    amount: "",
    credited: false
  };
}
export const EventDepositCredited = {
  typeUrl: "/settle.bridge.v1.EventDepositCredited",
  encode(message: EventDepositCredited, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.nonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.nonce);
    }
    if (message.recipient !== "") {
      writer.uint32(18).string(message.recipient);
    }
    if (message.amount !== "") {
      writer.uint32(26).string(message.amount);
    }
    if (message.credited === true) {
      writer.uint32(32).bool(message.credited);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventDepositCredited {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventDepositCredited();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.nonce = reader.uint64();
          break;
        case 2:
          message.recipient = reader.string();
          break;
        case 3:
          message.amount = reader.string();
          break;
        case 4:
          message.credited = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventDepositCredited {
    return {
      nonce: isSet(object.nonce) ? BigInt(object.nonce.toString()) : BigInt(0),
      recipient: isSet(object.recipient) ? String(object.recipient) : "",
      amount: isSet(object.amount) ? String(object.amount) : "",
      credited: isSet(object.credited) ? Boolean(object.credited) : false
    };
  },
  toJSON(message: EventDepositCredited): JsonSafe<EventDepositCredited> {
    const obj: any = {};
    message.nonce !== undefined && (obj.nonce = (message.nonce || BigInt(0)).toString());
    message.recipient !== undefined && (obj.recipient = message.recipient);
    message.amount !== undefined && (obj.amount = message.amount);
    message.credited !== undefined && (obj.credited = message.credited);
    return obj;
  },
  fromPartial(object: DeepPartial<EventDepositCredited>): EventDepositCredited {
    const message = createBaseEventDepositCredited();
    message.nonce = object.nonce !== undefined && object.nonce !== null ? BigInt(object.nonce.toString()) : BigInt(0);
    message.recipient = object.recipient ?? "";
    message.amount = object.amount ?? "";
    message.credited = object.credited ?? false;
    return message;
  },
  fromAmino(object: EventDepositCreditedAmino): EventDepositCredited {
    const message = createBaseEventDepositCredited();
    if (object.nonce !== undefined && object.nonce !== null) {
      message.nonce = BigInt(object.nonce);
    }
    if (object.recipient !== undefined && object.recipient !== null) {
      message.recipient = object.recipient;
    }
    if (object.amount !== undefined && object.amount !== null) {
      message.amount = object.amount;
    }
    if (object.credited !== undefined && object.credited !== null) {
      message.credited = object.credited;
    }
    return message;
  },
  toAmino(message: EventDepositCredited): EventDepositCreditedAmino {
    const obj: any = {};
    obj.nonce = message.nonce !== BigInt(0) ? message.nonce?.toString() : undefined;
    obj.recipient = message.recipient === "" ? undefined : message.recipient;
    obj.amount = message.amount === "" ? undefined : message.amount;
    obj.credited = message.credited === false ? undefined : message.credited;
    return obj;
  },
  fromAminoMsg(object: EventDepositCreditedAminoMsg): EventDepositCredited {
    return EventDepositCredited.fromAmino(object.value);
  },
  fromProtoMsg(message: EventDepositCreditedProtoMsg): EventDepositCredited {
    return EventDepositCredited.decode(message.value);
  },
  toProto(message: EventDepositCredited): Uint8Array {
    return EventDepositCredited.encode(message).finish();
  },
  toProtoMsg(message: EventDepositCredited): EventDepositCreditedProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.EventDepositCredited",
      value: EventDepositCredited.encode(message).finish()
    };
  }
};
function createBaseEventWithdrawal(): EventWithdrawal {
  return {
    id: BigInt(0),
    sender: "",
    to: "",
    amount: ""
  };
}
export const EventWithdrawal = {
  typeUrl: "/settle.bridge.v1.EventWithdrawal",
  encode(message: EventWithdrawal, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
    }
    if (message.sender !== "") {
      writer.uint32(18).string(message.sender);
    }
    if (message.to !== "") {
      writer.uint32(26).string(message.to);
    }
    if (message.amount !== "") {
      writer.uint32(34).string(message.amount);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): EventWithdrawal {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseEventWithdrawal();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.id = reader.uint64();
          break;
        case 2:
          message.sender = reader.string();
          break;
        case 3:
          message.to = reader.string();
          break;
        case 4:
          message.amount = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): EventWithdrawal {
    return {
      id: isSet(object.id) ? BigInt(object.id.toString()) : BigInt(0),
      sender: isSet(object.sender) ? String(object.sender) : "",
      to: isSet(object.to) ? String(object.to) : "",
      amount: isSet(object.amount) ? String(object.amount) : ""
    };
  },
  toJSON(message: EventWithdrawal): JsonSafe<EventWithdrawal> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    message.sender !== undefined && (obj.sender = message.sender);
    message.to !== undefined && (obj.to = message.to);
    message.amount !== undefined && (obj.amount = message.amount);
    return obj;
  },
  fromPartial(object: DeepPartial<EventWithdrawal>): EventWithdrawal {
    const message = createBaseEventWithdrawal();
    message.id = object.id !== undefined && object.id !== null ? BigInt(object.id.toString()) : BigInt(0);
    message.sender = object.sender ?? "";
    message.to = object.to ?? "";
    message.amount = object.amount ?? "";
    return message;
  },
  fromAmino(object: EventWithdrawalAmino): EventWithdrawal {
    const message = createBaseEventWithdrawal();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id);
    }
    if (object.sender !== undefined && object.sender !== null) {
      message.sender = object.sender;
    }
    if (object.to !== undefined && object.to !== null) {
      message.to = object.to;
    }
    if (object.amount !== undefined && object.amount !== null) {
      message.amount = object.amount;
    }
    return message;
  },
  toAmino(message: EventWithdrawal): EventWithdrawalAmino {
    const obj: any = {};
    obj.id = message.id !== BigInt(0) ? message.id?.toString() : undefined;
    obj.sender = message.sender === "" ? undefined : message.sender;
    obj.to = message.to === "" ? undefined : message.to;
    obj.amount = message.amount === "" ? undefined : message.amount;
    return obj;
  },
  fromAminoMsg(object: EventWithdrawalAminoMsg): EventWithdrawal {
    return EventWithdrawal.fromAmino(object.value);
  },
  fromProtoMsg(message: EventWithdrawalProtoMsg): EventWithdrawal {
    return EventWithdrawal.decode(message.value);
  },
  toProto(message: EventWithdrawal): Uint8Array {
    return EventWithdrawal.encode(message).finish();
  },
  toProtoMsg(message: EventWithdrawal): EventWithdrawalProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.EventWithdrawal",
      value: EventWithdrawal.encode(message).finish()
    };
  }
};