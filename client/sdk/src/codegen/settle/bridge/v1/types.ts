/* eslint-disable */
import { BinaryReader, BinaryWriter } from "../../../binary";
import { isSet, DeepPartial, bytesFromBase64, base64FromBytes } from "../../../helpers";
import { JsonSafe } from "../../../json-safe";
export enum AttestationKind {
  ATTESTATION_KIND_UNSPECIFIED = 0,
  /** ATTESTATION_KIND_VALSET - a valset update to `nonce`, signed by set nonce − 1 */
  ATTESTATION_KIND_VALSET = 1,
  /** ATTESTATION_KIND_ANCHOR - anchor `nonce`, signed by the set in force */
  ATTESTATION_KIND_ANCHOR = 2,
  UNRECOGNIZED = -1,
}
export const AttestationKindAmino = AttestationKind;
export function attestationKindFromJSON(object: any): AttestationKind {
  switch (object) {
    case 0:
    case "ATTESTATION_KIND_UNSPECIFIED":
      return AttestationKind.ATTESTATION_KIND_UNSPECIFIED;
    case 1:
    case "ATTESTATION_KIND_VALSET":
      return AttestationKind.ATTESTATION_KIND_VALSET;
    case 2:
    case "ATTESTATION_KIND_ANCHOR":
      return AttestationKind.ATTESTATION_KIND_ANCHOR;
    case -1:
    case "UNRECOGNIZED":
    default:
      return AttestationKind.UNRECOGNIZED;
  }
}
export function attestationKindToJSON(object: AttestationKind): string {
  switch (object) {
    case AttestationKind.ATTESTATION_KIND_UNSPECIFIED:
      return "ATTESTATION_KIND_UNSPECIFIED";
    case AttestationKind.ATTESTATION_KIND_VALSET:
      return "ATTESTATION_KIND_VALSET";
    case AttestationKind.ATTESTATION_KIND_ANCHOR:
      return "ATTESTATION_KIND_ANCHOR";
    case AttestationKind.UNRECOGNIZED:
    default:
      return "UNRECOGNIZED";
  }
}
/** Params of the bridge module (see modules/bridge/README.md). EVM addresses are 0x-prefixed lower-case hex. */
export interface Params {
  authority: string;
  /** anchor_interval: an anchor is fixed for every height that is a multiple of it; 0 disables anchoring. */
  anchorInterval: bigint;
  /** evm_chain_id, bridge_contract: the domain of every signed digest; validators sign nothing while bridge_contract is empty. */
  evmChainId: bigint;
  bridgeContract: string;
  /** token: the EVM token (USDC) whose deposits are credited as `denom` and to which withdrawals pay out. */
  token: string;
  denom: string;
  /** challenge_delay_seconds: the contract's challenge delay (informational: the contract enforces it). */
  challengeDelaySeconds: bigint;
  /** min_withdrawal: the smallest MsgWithdraw amount, base units. */
  minWithdrawal: string;
  /** max_deposits_per_extension: deposit reports one validator may put in one vote extension. */
  maxDepositsPerExtension: number;
  /** signing_window: how many of the latest attestations validators (still) sign. */
  signingWindow: number;
}
export interface ParamsProtoMsg {
  typeUrl: "/settle.bridge.v1.Params";
  value: Uint8Array;
}
/**
 * Params of the bridge module (see modules/bridge/README.md). EVM addresses are 0x-prefixed lower-case hex.
 * @name ParamsAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.Params
 */
export interface ParamsAmino {
  authority?: string;
  /**
   * anchor_interval: an anchor is fixed for every height that is a multiple of it; 0 disables anchoring.
   */
  anchor_interval?: string;
  /**
   * evm_chain_id, bridge_contract: the domain of every signed digest; validators sign nothing while bridge_contract is empty.
   */
  evm_chain_id?: string;
  bridge_contract?: string;
  /**
   * token: the EVM token (USDC) whose deposits are credited as `denom` and to which withdrawals pay out.
   */
  token?: string;
  denom?: string;
  /**
   * challenge_delay_seconds: the contract's challenge delay (informational: the contract enforces it).
   */
  challenge_delay_seconds?: string;
  /**
   * min_withdrawal: the smallest MsgWithdraw amount, base units.
   */
  min_withdrawal?: string;
  /**
   * max_deposits_per_extension: deposit reports one validator may put in one vote extension.
   */
  max_deposits_per_extension?: number;
  /**
   * signing_window: how many of the latest attestations validators (still) sign.
   */
  signing_window?: number;
}
export interface ParamsAminoMsg {
  type: "/settle.bridge.v1.Params";
  value: ParamsAmino;
}
/** A validator's bridge key: its CometBFT consensus address (hex) and the EVM address it signs with. */
export interface BridgeKey {
  validatorAddress: string;
  evmAddress: string;
}
export interface BridgeKeyProtoMsg {
  typeUrl: "/settle.bridge.v1.BridgeKey";
  value: Uint8Array;
}
/**
 * A validator's bridge key: its CometBFT consensus address (hex) and the EVM address it signs with.
 * @name BridgeKeyAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.BridgeKey
 */
export interface BridgeKeyAmino {
  validator_address?: string;
  evm_address?: string;
}
export interface BridgeKeyAminoMsg {
  type: "/settle.bridge.v1.BridgeKey";
  value: BridgeKeyAmino;
}
/** The bridge validator set: EVM addresses ascending, powers normalised to 2^32. */
export interface Valset {
  nonce: bigint;
  validators: string[];
  powers: bigint[];
  /** checkpoint: keccak256(abi.encode(VALSET_CHECKPOINT_TAG, nonce, validators, powers)). */
  checkpoint: Uint8Array;
  /** height: the settle height whose registrations it was computed from. */
  height: bigint;
}
export interface ValsetProtoMsg {
  typeUrl: "/settle.bridge.v1.Valset";
  value: Uint8Array;
}
/**
 * The bridge validator set: EVM addresses ascending, powers normalised to 2^32.
 * @name ValsetAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.Valset
 */
export interface ValsetAmino {
  nonce?: string;
  validators?: string[];
  powers?: string[];
  /**
   * checkpoint: keccak256(abi.encode(VALSET_CHECKPOINT_TAG, nonce, validators, powers)).
   */
  checkpoint?: string;
  /**
   * height: the settle height whose registrations it was computed from.
   */
  height?: string;
}
export interface ValsetAminoMsg {
  type: "/settle.bridge.v1.Valset";
  value: ValsetAmino;
}
/** An anchor, as the contract's Anchor struct, plus where its withdrawals are. */
export interface Anchor {
  nonce: bigint;
  height: bigint;
  appHash: Uint8Array;
  settlementRoot: Uint8Array;
  withdrawalsRoot: Uint8Array;
  lastDepositNonce: bigint;
  valsetCheckpoint: Uint8Array;
  /** valset_nonce: the set whose checkpoint is valset_checkpoint (its members sign). */
  valsetNonce: bigint;
  /** withdrawal ids [first_withdrawal_id, first_withdrawal_id + withdrawal_count) are its leaves. */
  firstWithdrawalId: bigint;
  withdrawalCount: bigint;
  /** seq: its attestation. */
  seq: bigint;
  /** settlement ids [first_settlement_id, first_settlement_id + settlement_count) are the settlement root's leaves. */
  firstSettlementId: bigint;
  settlementCount: bigint;
}
export interface AnchorProtoMsg {
  typeUrl: "/settle.bridge.v1.Anchor";
  value: Uint8Array;
}
/**
 * An anchor, as the contract's Anchor struct, plus where its withdrawals are.
 * @name AnchorAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.Anchor
 */
export interface AnchorAmino {
  nonce?: string;
  height?: string;
  app_hash?: string;
  settlement_root?: string;
  withdrawals_root?: string;
  last_deposit_nonce?: string;
  valset_checkpoint?: string;
  /**
   * valset_nonce: the set whose checkpoint is valset_checkpoint (its members sign).
   */
  valset_nonce?: string;
  /**
   * withdrawal ids [first_withdrawal_id, first_withdrawal_id + withdrawal_count) are its leaves.
   */
  first_withdrawal_id?: string;
  withdrawal_count?: string;
  /**
   * seq: its attestation.
   */
  seq?: string;
  /**
   * settlement ids [first_settlement_id, first_settlement_id + settlement_count) are the settlement root's leaves.
   */
  first_settlement_id?: string;
  settlement_count?: string;
}
export interface AnchorAminoMsg {
  type: "/settle.bridge.v1.Anchor";
  value: AnchorAmino;
}
/** One expiry settlement of a position (recorded as options settles it): a leaf of the next anchor's settlement root. */
export interface Settlement {
  id: bigint;
  instrumentId: string;
  owner: string;
  subaccount: number;
  /** size: the position settled (contracts, negative for a short). */
  size: bigint;
  /** price: the settlement value per contract, base units of the settlement denom. */
  price: string;
  height: bigint;
}
export interface SettlementProtoMsg {
  typeUrl: "/settle.bridge.v1.Settlement";
  value: Uint8Array;
}
/**
 * One expiry settlement of a position (recorded as options settles it): a leaf of the next anchor's settlement root.
 * @name SettlementAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.Settlement
 */
export interface SettlementAmino {
  id?: string;
  instrument_id?: string;
  owner?: string;
  subaccount?: number;
  /**
   * size: the position settled (contracts, negative for a short).
   */
  size?: string;
  /**
   * price: the settlement value per contract, base units of the settlement denom.
   */
  price?: string;
  height?: string;
}
export interface SettlementAminoMsg {
  type: "/settle.bridge.v1.Settlement";
  value: SettlementAmino;
}
/** Something the validators sign, in the order the relayer submits them (seq). */
export interface Attestation {
  seq: bigint;
  kind: AttestationKind;
  nonce: bigint;
  /** digest: the 32-byte digest signed (EIP-191 form) by the signers. */
  digest: Uint8Array;
  /** signer_valset_nonce: the set whose members sign it. */
  signerValsetNonce: bigint;
  signedPower: bigint;
  totalPower: bigint;
  /** complete: signed by more than 2/3 of the signer set's power (submittable). */
  complete: boolean;
  height: bigint;
}
export interface AttestationProtoMsg {
  typeUrl: "/settle.bridge.v1.Attestation";
  value: Uint8Array;
}
/**
 * Something the validators sign, in the order the relayer submits them (seq).
 * @name AttestationAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.Attestation
 */
export interface AttestationAmino {
  seq?: string;
  kind?: AttestationKind;
  nonce?: string;
  /**
   * digest: the 32-byte digest signed (EIP-191 form) by the signers.
   */
  digest?: string;
  /**
   * signer_valset_nonce: the set whose members sign it.
   */
  signer_valset_nonce?: string;
  signed_power?: string;
  total_power?: string;
  /**
   * complete: signed by more than 2/3 of the signer set's power (submittable).
   */
  complete?: boolean;
  height?: string;
}
export interface AttestationAminoMsg {
  type: "/settle.bridge.v1.Attestation";
  value: AttestationAmino;
}
/** One validator's signature of an attestation: 65 bytes r ‖ s ‖ v (v 27 or 28, low s). */
export interface AttestationSignature {
  evmAddress: string;
  signature: Uint8Array;
}
export interface AttestationSignatureProtoMsg {
  typeUrl: "/settle.bridge.v1.AttestationSignature";
  value: Uint8Array;
}
/**
 * One validator's signature of an attestation: 65 bytes r ‖ s ‖ v (v 27 or 28, low s).
 * @name AttestationSignatureAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.AttestationSignature
 */
export interface AttestationSignatureAmino {
  evm_address?: string;
  signature?: string;
}
export interface AttestationSignatureAminoMsg {
  type: "/settle.bridge.v1.AttestationSignature";
  value: AttestationSignatureAmino;
}
/** A Deposited event of the contract, as validators report it. */
export interface Deposit {
  nonce: bigint;
  token: string;
  from: string;
  recipient: Uint8Array;
  /** amount: base units, decimal. */
  amount: string;
}
export interface DepositProtoMsg {
  typeUrl: "/settle.bridge.v1.Deposit";
  value: Uint8Array;
}
/**
 * A Deposited event of the contract, as validators report it.
 * @name DepositAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.Deposit
 */
export interface DepositAmino {
  nonce?: string;
  token?: string;
  from?: string;
  recipient?: string;
  /**
   * amount: base units, decimal.
   */
  amount?: string;
}
export interface DepositAminoMsg {
  type: "/settle.bridge.v1.Deposit";
  value: DepositAmino;
}
/** A credited deposit. */
export interface DepositRecord {
  deposit?: Deposit;
  height: bigint;
  /** credited: false when the token is not the bridged one or the recipient cannot hold coins (the event was consumed, nothing minted). */
  credited: boolean;
}
export interface DepositRecordProtoMsg {
  typeUrl: "/settle.bridge.v1.DepositRecord";
  value: Uint8Array;
}
/**
 * A credited deposit.
 * @name DepositRecordAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.DepositRecord
 */
export interface DepositRecordAmino {
  deposit?: DepositAmino;
  height?: string;
  /**
   * credited: false when the token is not the bridged one or the recipient cannot hold coins (the event was consumed, nothing minted).
   */
  credited?: boolean;
}
export interface DepositRecordAminoMsg {
  type: "/settle.bridge.v1.DepositRecord";
  value: DepositRecordAmino;
}
export interface Withdrawal {
  id: bigint;
  sender: string;
  to: string;
  token: string;
  amount: string;
  height: bigint;
  /** anchor_nonce: the anchor whose withdrawals root includes it (0 until anchored). */
  anchorNonce: bigint;
}
export interface WithdrawalProtoMsg {
  typeUrl: "/settle.bridge.v1.Withdrawal";
  value: Uint8Array;
}
/**
 * @name WithdrawalAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.Withdrawal
 */
export interface WithdrawalAmino {
  id?: string;
  sender?: string;
  to?: string;
  token?: string;
  amount?: string;
  height?: string;
  /**
   * anchor_nonce: the anchor whose withdrawals root includes it (0 until anchored).
   */
  anchor_nonce?: string;
}
export interface WithdrawalAminoMsg {
  type: "/settle.bridge.v1.Withdrawal";
  value: WithdrawalAmino;
}
/** Running totals, base units of `denom`: the invariant deposited − withdrawn = bank supply. */
export interface Totals {
  deposited: string;
  withdrawn: string;
}
export interface TotalsProtoMsg {
  typeUrl: "/settle.bridge.v1.Totals";
  value: Uint8Array;
}
/**
 * Running totals, base units of `denom`: the invariant deposited − withdrawn = bank supply.
 * @name TotalsAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.Totals
 */
export interface TotalsAmino {
  deposited?: string;
  withdrawn?: string;
}
export interface TotalsAminoMsg {
  type: "/settle.bridge.v1.Totals";
  value: TotalsAmino;
}
/** The bridge module's section of a validator's vote extension. */
export interface BridgeVoteExtension {
  signatures: SignedAttestation[];
  deposits: Deposit[];
}
export interface BridgeVoteExtensionProtoMsg {
  typeUrl: "/settle.bridge.v1.BridgeVoteExtension";
  value: Uint8Array;
}
/**
 * The bridge module's section of a validator's vote extension.
 * @name BridgeVoteExtensionAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.BridgeVoteExtension
 */
export interface BridgeVoteExtensionAmino {
  signatures?: SignedAttestationAmino[];
  deposits?: DepositAmino[];
}
export interface BridgeVoteExtensionAminoMsg {
  type: "/settle.bridge.v1.BridgeVoteExtension";
  value: BridgeVoteExtensionAmino;
}
export interface SignedAttestation {
  seq: bigint;
  signature: Uint8Array;
}
export interface SignedAttestationProtoMsg {
  typeUrl: "/settle.bridge.v1.SignedAttestation";
  value: Uint8Array;
}
/**
 * @name SignedAttestationAmino
 * @package settle.bridge.v1
 * @see proto type: settle.bridge.v1.SignedAttestation
 */
export interface SignedAttestationAmino {
  seq?: string;
  signature?: string;
}
export interface SignedAttestationAminoMsg {
  type: "/settle.bridge.v1.SignedAttestation";
  value: SignedAttestationAmino;
}
function createBaseParams(): Params {
  return {
    authority: "",
    anchorInterval: BigInt(0),
    evmChainId: BigInt(0),
    bridgeContract: "",
    token: "",
    denom: "",
    challengeDelaySeconds: BigInt(0),
    minWithdrawal: "",
    maxDepositsPerExtension: 0,
    signingWindow: 0
  };
}
export const Params = {
  typeUrl: "/settle.bridge.v1.Params",
  encode(message: Params, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    if (message.anchorInterval !== BigInt(0)) {
      writer.uint32(16).uint64(message.anchorInterval);
    }
    if (message.evmChainId !== BigInt(0)) {
      writer.uint32(24).uint64(message.evmChainId);
    }
    if (message.bridgeContract !== "") {
      writer.uint32(34).string(message.bridgeContract);
    }
    if (message.token !== "") {
      writer.uint32(42).string(message.token);
    }
    if (message.denom !== "") {
      writer.uint32(50).string(message.denom);
    }
    if (message.challengeDelaySeconds !== BigInt(0)) {
      writer.uint32(56).uint64(message.challengeDelaySeconds);
    }
    if (message.minWithdrawal !== "") {
      writer.uint32(66).string(message.minWithdrawal);
    }
    if (message.maxDepositsPerExtension !== 0) {
      writer.uint32(72).uint32(message.maxDepositsPerExtension);
    }
    if (message.signingWindow !== 0) {
      writer.uint32(80).uint32(message.signingWindow);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Params {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseParams();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.authority = reader.string();
          break;
        case 2:
          message.anchorInterval = reader.uint64();
          break;
        case 3:
          message.evmChainId = reader.uint64();
          break;
        case 4:
          message.bridgeContract = reader.string();
          break;
        case 5:
          message.token = reader.string();
          break;
        case 6:
          message.denom = reader.string();
          break;
        case 7:
          message.challengeDelaySeconds = reader.uint64();
          break;
        case 8:
          message.minWithdrawal = reader.string();
          break;
        case 9:
          message.maxDepositsPerExtension = reader.uint32();
          break;
        case 10:
          message.signingWindow = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Params {
    return {
      authority: isSet(object.authority) ? String(object.authority) : "",
      anchorInterval: isSet(object.anchorInterval) ? BigInt(object.anchorInterval.toString()) : BigInt(0),
      evmChainId: isSet(object.evmChainId) ? BigInt(object.evmChainId.toString()) : BigInt(0),
      bridgeContract: isSet(object.bridgeContract) ? String(object.bridgeContract) : "",
      token: isSet(object.token) ? String(object.token) : "",
      denom: isSet(object.denom) ? String(object.denom) : "",
      challengeDelaySeconds: isSet(object.challengeDelaySeconds) ? BigInt(object.challengeDelaySeconds.toString()) : BigInt(0),
      minWithdrawal: isSet(object.minWithdrawal) ? String(object.minWithdrawal) : "",
      maxDepositsPerExtension: isSet(object.maxDepositsPerExtension) ? Number(object.maxDepositsPerExtension) : 0,
      signingWindow: isSet(object.signingWindow) ? Number(object.signingWindow) : 0
    };
  },
  toJSON(message: Params): JsonSafe<Params> {
    const obj: any = {};
    message.authority !== undefined && (obj.authority = message.authority);
    message.anchorInterval !== undefined && (obj.anchorInterval = (message.anchorInterval || BigInt(0)).toString());
    message.evmChainId !== undefined && (obj.evmChainId = (message.evmChainId || BigInt(0)).toString());
    message.bridgeContract !== undefined && (obj.bridgeContract = message.bridgeContract);
    message.token !== undefined && (obj.token = message.token);
    message.denom !== undefined && (obj.denom = message.denom);
    message.challengeDelaySeconds !== undefined && (obj.challengeDelaySeconds = (message.challengeDelaySeconds || BigInt(0)).toString());
    message.minWithdrawal !== undefined && (obj.minWithdrawal = message.minWithdrawal);
    message.maxDepositsPerExtension !== undefined && (obj.maxDepositsPerExtension = Math.round(message.maxDepositsPerExtension));
    message.signingWindow !== undefined && (obj.signingWindow = Math.round(message.signingWindow));
    return obj;
  },
  fromPartial(object: DeepPartial<Params>): Params {
    const message = createBaseParams();
    message.authority = object.authority ?? "";
    message.anchorInterval = object.anchorInterval !== undefined && object.anchorInterval !== null ? BigInt(object.anchorInterval.toString()) : BigInt(0);
    message.evmChainId = object.evmChainId !== undefined && object.evmChainId !== null ? BigInt(object.evmChainId.toString()) : BigInt(0);
    message.bridgeContract = object.bridgeContract ?? "";
    message.token = object.token ?? "";
    message.denom = object.denom ?? "";
    message.challengeDelaySeconds = object.challengeDelaySeconds !== undefined && object.challengeDelaySeconds !== null ? BigInt(object.challengeDelaySeconds.toString()) : BigInt(0);
    message.minWithdrawal = object.minWithdrawal ?? "";
    message.maxDepositsPerExtension = object.maxDepositsPerExtension ?? 0;
    message.signingWindow = object.signingWindow ?? 0;
    return message;
  },
  fromAmino(object: ParamsAmino): Params {
    const message = createBaseParams();
    if (object.authority !== undefined && object.authority !== null) {
      message.authority = object.authority;
    }
    if (object.anchor_interval !== undefined && object.anchor_interval !== null) {
      message.anchorInterval = BigInt(object.anchor_interval);
    }
    if (object.evm_chain_id !== undefined && object.evm_chain_id !== null) {
      message.evmChainId = BigInt(object.evm_chain_id);
    }
    if (object.bridge_contract !== undefined && object.bridge_contract !== null) {
      message.bridgeContract = object.bridge_contract;
    }
    if (object.token !== undefined && object.token !== null) {
      message.token = object.token;
    }
    if (object.denom !== undefined && object.denom !== null) {
      message.denom = object.denom;
    }
    if (object.challenge_delay_seconds !== undefined && object.challenge_delay_seconds !== null) {
      message.challengeDelaySeconds = BigInt(object.challenge_delay_seconds);
    }
    if (object.min_withdrawal !== undefined && object.min_withdrawal !== null) {
      message.minWithdrawal = object.min_withdrawal;
    }
    if (object.max_deposits_per_extension !== undefined && object.max_deposits_per_extension !== null) {
      message.maxDepositsPerExtension = object.max_deposits_per_extension;
    }
    if (object.signing_window !== undefined && object.signing_window !== null) {
      message.signingWindow = object.signing_window;
    }
    return message;
  },
  toAmino(message: Params): ParamsAmino {
    const obj: any = {};
    obj.authority = message.authority === "" ? undefined : message.authority;
    obj.anchor_interval = message.anchorInterval !== BigInt(0) ? message.anchorInterval?.toString() : undefined;
    obj.evm_chain_id = message.evmChainId !== BigInt(0) ? message.evmChainId?.toString() : undefined;
    obj.bridge_contract = message.bridgeContract === "" ? undefined : message.bridgeContract;
    obj.token = message.token === "" ? undefined : message.token;
    obj.denom = message.denom === "" ? undefined : message.denom;
    obj.challenge_delay_seconds = message.challengeDelaySeconds !== BigInt(0) ? message.challengeDelaySeconds?.toString() : undefined;
    obj.min_withdrawal = message.minWithdrawal === "" ? undefined : message.minWithdrawal;
    obj.max_deposits_per_extension = message.maxDepositsPerExtension === 0 ? undefined : message.maxDepositsPerExtension;
    obj.signing_window = message.signingWindow === 0 ? undefined : message.signingWindow;
    return obj;
  },
  fromAminoMsg(object: ParamsAminoMsg): Params {
    return Params.fromAmino(object.value);
  },
  fromProtoMsg(message: ParamsProtoMsg): Params {
    return Params.decode(message.value);
  },
  toProto(message: Params): Uint8Array {
    return Params.encode(message).finish();
  },
  toProtoMsg(message: Params): ParamsProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.Params",
      value: Params.encode(message).finish()
    };
  }
};
function createBaseBridgeKey(): BridgeKey {
  return {
    validatorAddress: "",
    evmAddress: ""
  };
}
export const BridgeKey = {
  typeUrl: "/settle.bridge.v1.BridgeKey",
  encode(message: BridgeKey, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.validatorAddress !== "") {
      writer.uint32(10).string(message.validatorAddress);
    }
    if (message.evmAddress !== "") {
      writer.uint32(18).string(message.evmAddress);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): BridgeKey {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseBridgeKey();
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
  fromJSON(object: any): BridgeKey {
    return {
      validatorAddress: isSet(object.validatorAddress) ? String(object.validatorAddress) : "",
      evmAddress: isSet(object.evmAddress) ? String(object.evmAddress) : ""
    };
  },
  toJSON(message: BridgeKey): JsonSafe<BridgeKey> {
    const obj: any = {};
    message.validatorAddress !== undefined && (obj.validatorAddress = message.validatorAddress);
    message.evmAddress !== undefined && (obj.evmAddress = message.evmAddress);
    return obj;
  },
  fromPartial(object: DeepPartial<BridgeKey>): BridgeKey {
    const message = createBaseBridgeKey();
    message.validatorAddress = object.validatorAddress ?? "";
    message.evmAddress = object.evmAddress ?? "";
    return message;
  },
  fromAmino(object: BridgeKeyAmino): BridgeKey {
    const message = createBaseBridgeKey();
    if (object.validator_address !== undefined && object.validator_address !== null) {
      message.validatorAddress = object.validator_address;
    }
    if (object.evm_address !== undefined && object.evm_address !== null) {
      message.evmAddress = object.evm_address;
    }
    return message;
  },
  toAmino(message: BridgeKey): BridgeKeyAmino {
    const obj: any = {};
    obj.validator_address = message.validatorAddress === "" ? undefined : message.validatorAddress;
    obj.evm_address = message.evmAddress === "" ? undefined : message.evmAddress;
    return obj;
  },
  fromAminoMsg(object: BridgeKeyAminoMsg): BridgeKey {
    return BridgeKey.fromAmino(object.value);
  },
  fromProtoMsg(message: BridgeKeyProtoMsg): BridgeKey {
    return BridgeKey.decode(message.value);
  },
  toProto(message: BridgeKey): Uint8Array {
    return BridgeKey.encode(message).finish();
  },
  toProtoMsg(message: BridgeKey): BridgeKeyProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.BridgeKey",
      value: BridgeKey.encode(message).finish()
    };
  }
};
function createBaseValset(): Valset {
  return {
    nonce: BigInt(0),
    validators: [],
    powers: [],
    checkpoint: new Uint8Array(),
    height: BigInt(0)
  };
}
export const Valset = {
  typeUrl: "/settle.bridge.v1.Valset",
  encode(message: Valset, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.nonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.nonce);
    }
    for (const v of message.validators) {
      writer.uint32(18).string(v!);
    }
    if (message.powers.length > 0) {
      writer.uint32(26).fork();
      for (const v of message.powers) {
        writer.uint64(v);
      }
      writer.ldelim();
    }
    if (message.checkpoint.length !== 0) {
      writer.uint32(34).bytes(message.checkpoint);
    }
    if (message.height !== BigInt(0)) {
      writer.uint32(40).uint64(message.height);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Valset {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseValset();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.nonce = reader.uint64();
          break;
        case 2:
          message.validators.push(reader.string());
          break;
        case 3:
          if ((tag & 7) === 2) {
            const end2 = reader.uint32() + reader.pos;
            while (reader.pos < end2) {
              message.powers.push(reader.uint64());
            }
          } else {
            message.powers.push(reader.uint64());
          }
          break;
        case 4:
          message.checkpoint = reader.bytes();
          break;
        case 5:
          message.height = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Valset {
    return {
      nonce: isSet(object.nonce) ? BigInt(object.nonce.toString()) : BigInt(0),
      validators: Array.isArray(object?.validators) ? object.validators.map((e: any) => String(e)) : [],
      powers: Array.isArray(object?.powers) ? object.powers.map((e: any) => BigInt(e.toString())) : [],
      checkpoint: isSet(object.checkpoint) ? bytesFromBase64(object.checkpoint) : new Uint8Array(),
      height: isSet(object.height) ? BigInt(object.height.toString()) : BigInt(0)
    };
  },
  toJSON(message: Valset): JsonSafe<Valset> {
    const obj: any = {};
    message.nonce !== undefined && (obj.nonce = (message.nonce || BigInt(0)).toString());
    if (message.validators) {
      obj.validators = message.validators.map(e => e);
    } else {
      obj.validators = [];
    }
    if (message.powers) {
      obj.powers = message.powers.map(e => (e || BigInt(0)).toString());
    } else {
      obj.powers = [];
    }
    message.checkpoint !== undefined && (obj.checkpoint = base64FromBytes(message.checkpoint !== undefined ? message.checkpoint : new Uint8Array()));
    message.height !== undefined && (obj.height = (message.height || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<Valset>): Valset {
    const message = createBaseValset();
    message.nonce = object.nonce !== undefined && object.nonce !== null ? BigInt(object.nonce.toString()) : BigInt(0);
    message.validators = object.validators?.map(e => e) || [];
    message.powers = object.powers?.map(e => BigInt(e.toString())) || [];
    message.checkpoint = object.checkpoint ?? new Uint8Array();
    message.height = object.height !== undefined && object.height !== null ? BigInt(object.height.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: ValsetAmino): Valset {
    const message = createBaseValset();
    if (object.nonce !== undefined && object.nonce !== null) {
      message.nonce = BigInt(object.nonce);
    }
    message.validators = object.validators?.map(e => e) || [];
    message.powers = object.powers?.map(e => BigInt(e)) || [];
    if (object.checkpoint !== undefined && object.checkpoint !== null) {
      message.checkpoint = bytesFromBase64(object.checkpoint);
    }
    if (object.height !== undefined && object.height !== null) {
      message.height = BigInt(object.height);
    }
    return message;
  },
  toAmino(message: Valset): ValsetAmino {
    const obj: any = {};
    obj.nonce = message.nonce !== BigInt(0) ? message.nonce?.toString() : undefined;
    if (message.validators && message.validators.length > 0) {
      obj.validators = message.validators.map(e => e);
    }
    if (message.powers && message.powers.length > 0) {
      obj.powers = message.powers.map(e => e.toString());
    }
    obj.checkpoint = message.checkpoint ? base64FromBytes(message.checkpoint) : undefined;
    obj.height = message.height !== BigInt(0) ? message.height?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: ValsetAminoMsg): Valset {
    return Valset.fromAmino(object.value);
  },
  fromProtoMsg(message: ValsetProtoMsg): Valset {
    return Valset.decode(message.value);
  },
  toProto(message: Valset): Uint8Array {
    return Valset.encode(message).finish();
  },
  toProtoMsg(message: Valset): ValsetProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.Valset",
      value: Valset.encode(message).finish()
    };
  }
};
function createBaseAnchor(): Anchor {
  return {
    nonce: BigInt(0),
    height: BigInt(0),
    appHash: new Uint8Array(),
    settlementRoot: new Uint8Array(),
    withdrawalsRoot: new Uint8Array(),
    lastDepositNonce: BigInt(0),
    valsetCheckpoint: new Uint8Array(),
    valsetNonce: BigInt(0),
    firstWithdrawalId: BigInt(0),
    withdrawalCount: BigInt(0),
    seq: BigInt(0),
    firstSettlementId: BigInt(0),
    settlementCount: BigInt(0)
  };
}
export const Anchor = {
  typeUrl: "/settle.bridge.v1.Anchor",
  encode(message: Anchor, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.nonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.nonce);
    }
    if (message.height !== BigInt(0)) {
      writer.uint32(16).uint64(message.height);
    }
    if (message.appHash.length !== 0) {
      writer.uint32(26).bytes(message.appHash);
    }
    if (message.settlementRoot.length !== 0) {
      writer.uint32(34).bytes(message.settlementRoot);
    }
    if (message.withdrawalsRoot.length !== 0) {
      writer.uint32(42).bytes(message.withdrawalsRoot);
    }
    if (message.lastDepositNonce !== BigInt(0)) {
      writer.uint32(48).uint64(message.lastDepositNonce);
    }
    if (message.valsetCheckpoint.length !== 0) {
      writer.uint32(58).bytes(message.valsetCheckpoint);
    }
    if (message.valsetNonce !== BigInt(0)) {
      writer.uint32(64).uint64(message.valsetNonce);
    }
    if (message.firstWithdrawalId !== BigInt(0)) {
      writer.uint32(72).uint64(message.firstWithdrawalId);
    }
    if (message.withdrawalCount !== BigInt(0)) {
      writer.uint32(80).uint64(message.withdrawalCount);
    }
    if (message.seq !== BigInt(0)) {
      writer.uint32(88).uint64(message.seq);
    }
    if (message.firstSettlementId !== BigInt(0)) {
      writer.uint32(96).uint64(message.firstSettlementId);
    }
    if (message.settlementCount !== BigInt(0)) {
      writer.uint32(104).uint64(message.settlementCount);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Anchor {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseAnchor();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.nonce = reader.uint64();
          break;
        case 2:
          message.height = reader.uint64();
          break;
        case 3:
          message.appHash = reader.bytes();
          break;
        case 4:
          message.settlementRoot = reader.bytes();
          break;
        case 5:
          message.withdrawalsRoot = reader.bytes();
          break;
        case 6:
          message.lastDepositNonce = reader.uint64();
          break;
        case 7:
          message.valsetCheckpoint = reader.bytes();
          break;
        case 8:
          message.valsetNonce = reader.uint64();
          break;
        case 9:
          message.firstWithdrawalId = reader.uint64();
          break;
        case 10:
          message.withdrawalCount = reader.uint64();
          break;
        case 11:
          message.seq = reader.uint64();
          break;
        case 12:
          message.firstSettlementId = reader.uint64();
          break;
        case 13:
          message.settlementCount = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Anchor {
    return {
      nonce: isSet(object.nonce) ? BigInt(object.nonce.toString()) : BigInt(0),
      height: isSet(object.height) ? BigInt(object.height.toString()) : BigInt(0),
      appHash: isSet(object.appHash) ? bytesFromBase64(object.appHash) : new Uint8Array(),
      settlementRoot: isSet(object.settlementRoot) ? bytesFromBase64(object.settlementRoot) : new Uint8Array(),
      withdrawalsRoot: isSet(object.withdrawalsRoot) ? bytesFromBase64(object.withdrawalsRoot) : new Uint8Array(),
      lastDepositNonce: isSet(object.lastDepositNonce) ? BigInt(object.lastDepositNonce.toString()) : BigInt(0),
      valsetCheckpoint: isSet(object.valsetCheckpoint) ? bytesFromBase64(object.valsetCheckpoint) : new Uint8Array(),
      valsetNonce: isSet(object.valsetNonce) ? BigInt(object.valsetNonce.toString()) : BigInt(0),
      firstWithdrawalId: isSet(object.firstWithdrawalId) ? BigInt(object.firstWithdrawalId.toString()) : BigInt(0),
      withdrawalCount: isSet(object.withdrawalCount) ? BigInt(object.withdrawalCount.toString()) : BigInt(0),
      seq: isSet(object.seq) ? BigInt(object.seq.toString()) : BigInt(0),
      firstSettlementId: isSet(object.firstSettlementId) ? BigInt(object.firstSettlementId.toString()) : BigInt(0),
      settlementCount: isSet(object.settlementCount) ? BigInt(object.settlementCount.toString()) : BigInt(0)
    };
  },
  toJSON(message: Anchor): JsonSafe<Anchor> {
    const obj: any = {};
    message.nonce !== undefined && (obj.nonce = (message.nonce || BigInt(0)).toString());
    message.height !== undefined && (obj.height = (message.height || BigInt(0)).toString());
    message.appHash !== undefined && (obj.appHash = base64FromBytes(message.appHash !== undefined ? message.appHash : new Uint8Array()));
    message.settlementRoot !== undefined && (obj.settlementRoot = base64FromBytes(message.settlementRoot !== undefined ? message.settlementRoot : new Uint8Array()));
    message.withdrawalsRoot !== undefined && (obj.withdrawalsRoot = base64FromBytes(message.withdrawalsRoot !== undefined ? message.withdrawalsRoot : new Uint8Array()));
    message.lastDepositNonce !== undefined && (obj.lastDepositNonce = (message.lastDepositNonce || BigInt(0)).toString());
    message.valsetCheckpoint !== undefined && (obj.valsetCheckpoint = base64FromBytes(message.valsetCheckpoint !== undefined ? message.valsetCheckpoint : new Uint8Array()));
    message.valsetNonce !== undefined && (obj.valsetNonce = (message.valsetNonce || BigInt(0)).toString());
    message.firstWithdrawalId !== undefined && (obj.firstWithdrawalId = (message.firstWithdrawalId || BigInt(0)).toString());
    message.withdrawalCount !== undefined && (obj.withdrawalCount = (message.withdrawalCount || BigInt(0)).toString());
    message.seq !== undefined && (obj.seq = (message.seq || BigInt(0)).toString());
    message.firstSettlementId !== undefined && (obj.firstSettlementId = (message.firstSettlementId || BigInt(0)).toString());
    message.settlementCount !== undefined && (obj.settlementCount = (message.settlementCount || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<Anchor>): Anchor {
    const message = createBaseAnchor();
    message.nonce = object.nonce !== undefined && object.nonce !== null ? BigInt(object.nonce.toString()) : BigInt(0);
    message.height = object.height !== undefined && object.height !== null ? BigInt(object.height.toString()) : BigInt(0);
    message.appHash = object.appHash ?? new Uint8Array();
    message.settlementRoot = object.settlementRoot ?? new Uint8Array();
    message.withdrawalsRoot = object.withdrawalsRoot ?? new Uint8Array();
    message.lastDepositNonce = object.lastDepositNonce !== undefined && object.lastDepositNonce !== null ? BigInt(object.lastDepositNonce.toString()) : BigInt(0);
    message.valsetCheckpoint = object.valsetCheckpoint ?? new Uint8Array();
    message.valsetNonce = object.valsetNonce !== undefined && object.valsetNonce !== null ? BigInt(object.valsetNonce.toString()) : BigInt(0);
    message.firstWithdrawalId = object.firstWithdrawalId !== undefined && object.firstWithdrawalId !== null ? BigInt(object.firstWithdrawalId.toString()) : BigInt(0);
    message.withdrawalCount = object.withdrawalCount !== undefined && object.withdrawalCount !== null ? BigInt(object.withdrawalCount.toString()) : BigInt(0);
    message.seq = object.seq !== undefined && object.seq !== null ? BigInt(object.seq.toString()) : BigInt(0);
    message.firstSettlementId = object.firstSettlementId !== undefined && object.firstSettlementId !== null ? BigInt(object.firstSettlementId.toString()) : BigInt(0);
    message.settlementCount = object.settlementCount !== undefined && object.settlementCount !== null ? BigInt(object.settlementCount.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: AnchorAmino): Anchor {
    const message = createBaseAnchor();
    if (object.nonce !== undefined && object.nonce !== null) {
      message.nonce = BigInt(object.nonce);
    }
    if (object.height !== undefined && object.height !== null) {
      message.height = BigInt(object.height);
    }
    if (object.app_hash !== undefined && object.app_hash !== null) {
      message.appHash = bytesFromBase64(object.app_hash);
    }
    if (object.settlement_root !== undefined && object.settlement_root !== null) {
      message.settlementRoot = bytesFromBase64(object.settlement_root);
    }
    if (object.withdrawals_root !== undefined && object.withdrawals_root !== null) {
      message.withdrawalsRoot = bytesFromBase64(object.withdrawals_root);
    }
    if (object.last_deposit_nonce !== undefined && object.last_deposit_nonce !== null) {
      message.lastDepositNonce = BigInt(object.last_deposit_nonce);
    }
    if (object.valset_checkpoint !== undefined && object.valset_checkpoint !== null) {
      message.valsetCheckpoint = bytesFromBase64(object.valset_checkpoint);
    }
    if (object.valset_nonce !== undefined && object.valset_nonce !== null) {
      message.valsetNonce = BigInt(object.valset_nonce);
    }
    if (object.first_withdrawal_id !== undefined && object.first_withdrawal_id !== null) {
      message.firstWithdrawalId = BigInt(object.first_withdrawal_id);
    }
    if (object.withdrawal_count !== undefined && object.withdrawal_count !== null) {
      message.withdrawalCount = BigInt(object.withdrawal_count);
    }
    if (object.seq !== undefined && object.seq !== null) {
      message.seq = BigInt(object.seq);
    }
    if (object.first_settlement_id !== undefined && object.first_settlement_id !== null) {
      message.firstSettlementId = BigInt(object.first_settlement_id);
    }
    if (object.settlement_count !== undefined && object.settlement_count !== null) {
      message.settlementCount = BigInt(object.settlement_count);
    }
    return message;
  },
  toAmino(message: Anchor): AnchorAmino {
    const obj: any = {};
    obj.nonce = message.nonce !== BigInt(0) ? message.nonce?.toString() : undefined;
    obj.height = message.height !== BigInt(0) ? message.height?.toString() : undefined;
    obj.app_hash = message.appHash ? base64FromBytes(message.appHash) : undefined;
    obj.settlement_root = message.settlementRoot ? base64FromBytes(message.settlementRoot) : undefined;
    obj.withdrawals_root = message.withdrawalsRoot ? base64FromBytes(message.withdrawalsRoot) : undefined;
    obj.last_deposit_nonce = message.lastDepositNonce !== BigInt(0) ? message.lastDepositNonce?.toString() : undefined;
    obj.valset_checkpoint = message.valsetCheckpoint ? base64FromBytes(message.valsetCheckpoint) : undefined;
    obj.valset_nonce = message.valsetNonce !== BigInt(0) ? message.valsetNonce?.toString() : undefined;
    obj.first_withdrawal_id = message.firstWithdrawalId !== BigInt(0) ? message.firstWithdrawalId?.toString() : undefined;
    obj.withdrawal_count = message.withdrawalCount !== BigInt(0) ? message.withdrawalCount?.toString() : undefined;
    obj.seq = message.seq !== BigInt(0) ? message.seq?.toString() : undefined;
    obj.first_settlement_id = message.firstSettlementId !== BigInt(0) ? message.firstSettlementId?.toString() : undefined;
    obj.settlement_count = message.settlementCount !== BigInt(0) ? message.settlementCount?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: AnchorAminoMsg): Anchor {
    return Anchor.fromAmino(object.value);
  },
  fromProtoMsg(message: AnchorProtoMsg): Anchor {
    return Anchor.decode(message.value);
  },
  toProto(message: Anchor): Uint8Array {
    return Anchor.encode(message).finish();
  },
  toProtoMsg(message: Anchor): AnchorProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.Anchor",
      value: Anchor.encode(message).finish()
    };
  }
};
function createBaseSettlement(): Settlement {
  return {
    id: BigInt(0),
    instrumentId: "",
    owner: "",
    subaccount: 0,
    size: BigInt(0),
    price: "",
    height: BigInt(0)
  };
}
export const Settlement = {
  typeUrl: "/settle.bridge.v1.Settlement",
  encode(message: Settlement, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
    }
    if (message.instrumentId !== "") {
      writer.uint32(18).string(message.instrumentId);
    }
    if (message.owner !== "") {
      writer.uint32(26).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(32).uint32(message.subaccount);
    }
    if (message.size !== BigInt(0)) {
      writer.uint32(40).int64(message.size);
    }
    if (message.price !== "") {
      writer.uint32(50).string(message.price);
    }
    if (message.height !== BigInt(0)) {
      writer.uint32(56).uint64(message.height);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Settlement {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseSettlement();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.id = reader.uint64();
          break;
        case 2:
          message.instrumentId = reader.string();
          break;
        case 3:
          message.owner = reader.string();
          break;
        case 4:
          message.subaccount = reader.uint32();
          break;
        case 5:
          message.size = reader.int64();
          break;
        case 6:
          message.price = reader.string();
          break;
        case 7:
          message.height = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Settlement {
    return {
      id: isSet(object.id) ? BigInt(object.id.toString()) : BigInt(0),
      instrumentId: isSet(object.instrumentId) ? String(object.instrumentId) : "",
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      size: isSet(object.size) ? BigInt(object.size.toString()) : BigInt(0),
      price: isSet(object.price) ? String(object.price) : "",
      height: isSet(object.height) ? BigInt(object.height.toString()) : BigInt(0)
    };
  },
  toJSON(message: Settlement): JsonSafe<Settlement> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    message.instrumentId !== undefined && (obj.instrumentId = message.instrumentId);
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    message.size !== undefined && (obj.size = (message.size || BigInt(0)).toString());
    message.price !== undefined && (obj.price = message.price);
    message.height !== undefined && (obj.height = (message.height || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<Settlement>): Settlement {
    const message = createBaseSettlement();
    message.id = object.id !== undefined && object.id !== null ? BigInt(object.id.toString()) : BigInt(0);
    message.instrumentId = object.instrumentId ?? "";
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.size = object.size !== undefined && object.size !== null ? BigInt(object.size.toString()) : BigInt(0);
    message.price = object.price ?? "";
    message.height = object.height !== undefined && object.height !== null ? BigInt(object.height.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: SettlementAmino): Settlement {
    const message = createBaseSettlement();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id);
    }
    if (object.instrument_id !== undefined && object.instrument_id !== null) {
      message.instrumentId = object.instrument_id;
    }
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    if (object.size !== undefined && object.size !== null) {
      message.size = BigInt(object.size);
    }
    if (object.price !== undefined && object.price !== null) {
      message.price = object.price;
    }
    if (object.height !== undefined && object.height !== null) {
      message.height = BigInt(object.height);
    }
    return message;
  },
  toAmino(message: Settlement): SettlementAmino {
    const obj: any = {};
    obj.id = message.id !== BigInt(0) ? message.id?.toString() : undefined;
    obj.instrument_id = message.instrumentId === "" ? undefined : message.instrumentId;
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    obj.size = message.size !== BigInt(0) ? message.size?.toString() : undefined;
    obj.price = message.price === "" ? undefined : message.price;
    obj.height = message.height !== BigInt(0) ? message.height?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: SettlementAminoMsg): Settlement {
    return Settlement.fromAmino(object.value);
  },
  fromProtoMsg(message: SettlementProtoMsg): Settlement {
    return Settlement.decode(message.value);
  },
  toProto(message: Settlement): Uint8Array {
    return Settlement.encode(message).finish();
  },
  toProtoMsg(message: Settlement): SettlementProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.Settlement",
      value: Settlement.encode(message).finish()
    };
  }
};
function createBaseAttestation(): Attestation {
  return {
    seq: BigInt(0),
    kind: 0,
    nonce: BigInt(0),
    digest: new Uint8Array(),
    signerValsetNonce: BigInt(0),
    signedPower: BigInt(0),
    totalPower: BigInt(0),
    complete: false,
    height: BigInt(0)
  };
}
export const Attestation = {
  typeUrl: "/settle.bridge.v1.Attestation",
  encode(message: Attestation, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.seq !== BigInt(0)) {
      writer.uint32(8).uint64(message.seq);
    }
    if (message.kind !== 0) {
      writer.uint32(16).int32(message.kind);
    }
    if (message.nonce !== BigInt(0)) {
      writer.uint32(24).uint64(message.nonce);
    }
    if (message.digest.length !== 0) {
      writer.uint32(34).bytes(message.digest);
    }
    if (message.signerValsetNonce !== BigInt(0)) {
      writer.uint32(40).uint64(message.signerValsetNonce);
    }
    if (message.signedPower !== BigInt(0)) {
      writer.uint32(48).uint64(message.signedPower);
    }
    if (message.totalPower !== BigInt(0)) {
      writer.uint32(56).uint64(message.totalPower);
    }
    if (message.complete === true) {
      writer.uint32(64).bool(message.complete);
    }
    if (message.height !== BigInt(0)) {
      writer.uint32(72).uint64(message.height);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Attestation {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseAttestation();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.seq = reader.uint64();
          break;
        case 2:
          message.kind = reader.int32() as any;
          break;
        case 3:
          message.nonce = reader.uint64();
          break;
        case 4:
          message.digest = reader.bytes();
          break;
        case 5:
          message.signerValsetNonce = reader.uint64();
          break;
        case 6:
          message.signedPower = reader.uint64();
          break;
        case 7:
          message.totalPower = reader.uint64();
          break;
        case 8:
          message.complete = reader.bool();
          break;
        case 9:
          message.height = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Attestation {
    return {
      seq: isSet(object.seq) ? BigInt(object.seq.toString()) : BigInt(0),
      kind: isSet(object.kind) ? attestationKindFromJSON(object.kind) : -1,
      nonce: isSet(object.nonce) ? BigInt(object.nonce.toString()) : BigInt(0),
      digest: isSet(object.digest) ? bytesFromBase64(object.digest) : new Uint8Array(),
      signerValsetNonce: isSet(object.signerValsetNonce) ? BigInt(object.signerValsetNonce.toString()) : BigInt(0),
      signedPower: isSet(object.signedPower) ? BigInt(object.signedPower.toString()) : BigInt(0),
      totalPower: isSet(object.totalPower) ? BigInt(object.totalPower.toString()) : BigInt(0),
      complete: isSet(object.complete) ? Boolean(object.complete) : false,
      height: isSet(object.height) ? BigInt(object.height.toString()) : BigInt(0)
    };
  },
  toJSON(message: Attestation): JsonSafe<Attestation> {
    const obj: any = {};
    message.seq !== undefined && (obj.seq = (message.seq || BigInt(0)).toString());
    message.kind !== undefined && (obj.kind = attestationKindToJSON(message.kind));
    message.nonce !== undefined && (obj.nonce = (message.nonce || BigInt(0)).toString());
    message.digest !== undefined && (obj.digest = base64FromBytes(message.digest !== undefined ? message.digest : new Uint8Array()));
    message.signerValsetNonce !== undefined && (obj.signerValsetNonce = (message.signerValsetNonce || BigInt(0)).toString());
    message.signedPower !== undefined && (obj.signedPower = (message.signedPower || BigInt(0)).toString());
    message.totalPower !== undefined && (obj.totalPower = (message.totalPower || BigInt(0)).toString());
    message.complete !== undefined && (obj.complete = message.complete);
    message.height !== undefined && (obj.height = (message.height || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<Attestation>): Attestation {
    const message = createBaseAttestation();
    message.seq = object.seq !== undefined && object.seq !== null ? BigInt(object.seq.toString()) : BigInt(0);
    message.kind = object.kind ?? 0;
    message.nonce = object.nonce !== undefined && object.nonce !== null ? BigInt(object.nonce.toString()) : BigInt(0);
    message.digest = object.digest ?? new Uint8Array();
    message.signerValsetNonce = object.signerValsetNonce !== undefined && object.signerValsetNonce !== null ? BigInt(object.signerValsetNonce.toString()) : BigInt(0);
    message.signedPower = object.signedPower !== undefined && object.signedPower !== null ? BigInt(object.signedPower.toString()) : BigInt(0);
    message.totalPower = object.totalPower !== undefined && object.totalPower !== null ? BigInt(object.totalPower.toString()) : BigInt(0);
    message.complete = object.complete ?? false;
    message.height = object.height !== undefined && object.height !== null ? BigInt(object.height.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: AttestationAmino): Attestation {
    const message = createBaseAttestation();
    if (object.seq !== undefined && object.seq !== null) {
      message.seq = BigInt(object.seq);
    }
    if (object.kind !== undefined && object.kind !== null) {
      message.kind = object.kind;
    }
    if (object.nonce !== undefined && object.nonce !== null) {
      message.nonce = BigInt(object.nonce);
    }
    if (object.digest !== undefined && object.digest !== null) {
      message.digest = bytesFromBase64(object.digest);
    }
    if (object.signer_valset_nonce !== undefined && object.signer_valset_nonce !== null) {
      message.signerValsetNonce = BigInt(object.signer_valset_nonce);
    }
    if (object.signed_power !== undefined && object.signed_power !== null) {
      message.signedPower = BigInt(object.signed_power);
    }
    if (object.total_power !== undefined && object.total_power !== null) {
      message.totalPower = BigInt(object.total_power);
    }
    if (object.complete !== undefined && object.complete !== null) {
      message.complete = object.complete;
    }
    if (object.height !== undefined && object.height !== null) {
      message.height = BigInt(object.height);
    }
    return message;
  },
  toAmino(message: Attestation): AttestationAmino {
    const obj: any = {};
    obj.seq = message.seq !== BigInt(0) ? message.seq?.toString() : undefined;
    obj.kind = message.kind === 0 ? undefined : message.kind;
    obj.nonce = message.nonce !== BigInt(0) ? message.nonce?.toString() : undefined;
    obj.digest = message.digest ? base64FromBytes(message.digest) : undefined;
    obj.signer_valset_nonce = message.signerValsetNonce !== BigInt(0) ? message.signerValsetNonce?.toString() : undefined;
    obj.signed_power = message.signedPower !== BigInt(0) ? message.signedPower?.toString() : undefined;
    obj.total_power = message.totalPower !== BigInt(0) ? message.totalPower?.toString() : undefined;
    obj.complete = message.complete === false ? undefined : message.complete;
    obj.height = message.height !== BigInt(0) ? message.height?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: AttestationAminoMsg): Attestation {
    return Attestation.fromAmino(object.value);
  },
  fromProtoMsg(message: AttestationProtoMsg): Attestation {
    return Attestation.decode(message.value);
  },
  toProto(message: Attestation): Uint8Array {
    return Attestation.encode(message).finish();
  },
  toProtoMsg(message: Attestation): AttestationProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.Attestation",
      value: Attestation.encode(message).finish()
    };
  }
};
function createBaseAttestationSignature(): AttestationSignature {
  return {
    evmAddress: "",
    signature: new Uint8Array()
  };
}
export const AttestationSignature = {
  typeUrl: "/settle.bridge.v1.AttestationSignature",
  encode(message: AttestationSignature, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.evmAddress !== "") {
      writer.uint32(10).string(message.evmAddress);
    }
    if (message.signature.length !== 0) {
      writer.uint32(18).bytes(message.signature);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): AttestationSignature {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseAttestationSignature();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.evmAddress = reader.string();
          break;
        case 2:
          message.signature = reader.bytes();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): AttestationSignature {
    return {
      evmAddress: isSet(object.evmAddress) ? String(object.evmAddress) : "",
      signature: isSet(object.signature) ? bytesFromBase64(object.signature) : new Uint8Array()
    };
  },
  toJSON(message: AttestationSignature): JsonSafe<AttestationSignature> {
    const obj: any = {};
    message.evmAddress !== undefined && (obj.evmAddress = message.evmAddress);
    message.signature !== undefined && (obj.signature = base64FromBytes(message.signature !== undefined ? message.signature : new Uint8Array()));
    return obj;
  },
  fromPartial(object: DeepPartial<AttestationSignature>): AttestationSignature {
    const message = createBaseAttestationSignature();
    message.evmAddress = object.evmAddress ?? "";
    message.signature = object.signature ?? new Uint8Array();
    return message;
  },
  fromAmino(object: AttestationSignatureAmino): AttestationSignature {
    const message = createBaseAttestationSignature();
    if (object.evm_address !== undefined && object.evm_address !== null) {
      message.evmAddress = object.evm_address;
    }
    if (object.signature !== undefined && object.signature !== null) {
      message.signature = bytesFromBase64(object.signature);
    }
    return message;
  },
  toAmino(message: AttestationSignature): AttestationSignatureAmino {
    const obj: any = {};
    obj.evm_address = message.evmAddress === "" ? undefined : message.evmAddress;
    obj.signature = message.signature ? base64FromBytes(message.signature) : undefined;
    return obj;
  },
  fromAminoMsg(object: AttestationSignatureAminoMsg): AttestationSignature {
    return AttestationSignature.fromAmino(object.value);
  },
  fromProtoMsg(message: AttestationSignatureProtoMsg): AttestationSignature {
    return AttestationSignature.decode(message.value);
  },
  toProto(message: AttestationSignature): Uint8Array {
    return AttestationSignature.encode(message).finish();
  },
  toProtoMsg(message: AttestationSignature): AttestationSignatureProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.AttestationSignature",
      value: AttestationSignature.encode(message).finish()
    };
  }
};
function createBaseDeposit(): Deposit {
  return {
    nonce: BigInt(0),
    token: "",
    from: "",
    recipient: new Uint8Array(),
    amount: ""
  };
}
export const Deposit = {
  typeUrl: "/settle.bridge.v1.Deposit",
  encode(message: Deposit, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.nonce !== BigInt(0)) {
      writer.uint32(8).uint64(message.nonce);
    }
    if (message.token !== "") {
      writer.uint32(18).string(message.token);
    }
    if (message.from !== "") {
      writer.uint32(26).string(message.from);
    }
    if (message.recipient.length !== 0) {
      writer.uint32(34).bytes(message.recipient);
    }
    if (message.amount !== "") {
      writer.uint32(42).string(message.amount);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Deposit {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseDeposit();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.nonce = reader.uint64();
          break;
        case 2:
          message.token = reader.string();
          break;
        case 3:
          message.from = reader.string();
          break;
        case 4:
          message.recipient = reader.bytes();
          break;
        case 5:
          message.amount = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Deposit {
    return {
      nonce: isSet(object.nonce) ? BigInt(object.nonce.toString()) : BigInt(0),
      token: isSet(object.token) ? String(object.token) : "",
      from: isSet(object.from) ? String(object.from) : "",
      recipient: isSet(object.recipient) ? bytesFromBase64(object.recipient) : new Uint8Array(),
      amount: isSet(object.amount) ? String(object.amount) : ""
    };
  },
  toJSON(message: Deposit): JsonSafe<Deposit> {
    const obj: any = {};
    message.nonce !== undefined && (obj.nonce = (message.nonce || BigInt(0)).toString());
    message.token !== undefined && (obj.token = message.token);
    message.from !== undefined && (obj.from = message.from);
    message.recipient !== undefined && (obj.recipient = base64FromBytes(message.recipient !== undefined ? message.recipient : new Uint8Array()));
    message.amount !== undefined && (obj.amount = message.amount);
    return obj;
  },
  fromPartial(object: DeepPartial<Deposit>): Deposit {
    const message = createBaseDeposit();
    message.nonce = object.nonce !== undefined && object.nonce !== null ? BigInt(object.nonce.toString()) : BigInt(0);
    message.token = object.token ?? "";
    message.from = object.from ?? "";
    message.recipient = object.recipient ?? new Uint8Array();
    message.amount = object.amount ?? "";
    return message;
  },
  fromAmino(object: DepositAmino): Deposit {
    const message = createBaseDeposit();
    if (object.nonce !== undefined && object.nonce !== null) {
      message.nonce = BigInt(object.nonce);
    }
    if (object.token !== undefined && object.token !== null) {
      message.token = object.token;
    }
    if (object.from !== undefined && object.from !== null) {
      message.from = object.from;
    }
    if (object.recipient !== undefined && object.recipient !== null) {
      message.recipient = bytesFromBase64(object.recipient);
    }
    if (object.amount !== undefined && object.amount !== null) {
      message.amount = object.amount;
    }
    return message;
  },
  toAmino(message: Deposit): DepositAmino {
    const obj: any = {};
    obj.nonce = message.nonce !== BigInt(0) ? message.nonce?.toString() : undefined;
    obj.token = message.token === "" ? undefined : message.token;
    obj.from = message.from === "" ? undefined : message.from;
    obj.recipient = message.recipient ? base64FromBytes(message.recipient) : undefined;
    obj.amount = message.amount === "" ? undefined : message.amount;
    return obj;
  },
  fromAminoMsg(object: DepositAminoMsg): Deposit {
    return Deposit.fromAmino(object.value);
  },
  fromProtoMsg(message: DepositProtoMsg): Deposit {
    return Deposit.decode(message.value);
  },
  toProto(message: Deposit): Uint8Array {
    return Deposit.encode(message).finish();
  },
  toProtoMsg(message: Deposit): DepositProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.Deposit",
      value: Deposit.encode(message).finish()
    };
  }
};
function createBaseDepositRecord(): DepositRecord {
  return {
    deposit: undefined,
    height: BigInt(0),
    credited: false
  };
}
export const DepositRecord = {
  typeUrl: "/settle.bridge.v1.DepositRecord",
  encode(message: DepositRecord, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.deposit !== undefined) {
      Deposit.encode(message.deposit, writer.uint32(10).fork()).ldelim();
    }
    if (message.height !== BigInt(0)) {
      writer.uint32(16).uint64(message.height);
    }
    if (message.credited === true) {
      writer.uint32(24).bool(message.credited);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): DepositRecord {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseDepositRecord();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.deposit = Deposit.decode(reader, reader.uint32());
          break;
        case 2:
          message.height = reader.uint64();
          break;
        case 3:
          message.credited = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): DepositRecord {
    return {
      deposit: isSet(object.deposit) ? Deposit.fromJSON(object.deposit) : undefined,
      height: isSet(object.height) ? BigInt(object.height.toString()) : BigInt(0),
      credited: isSet(object.credited) ? Boolean(object.credited) : false
    };
  },
  toJSON(message: DepositRecord): JsonSafe<DepositRecord> {
    const obj: any = {};
    message.deposit !== undefined && (obj.deposit = message.deposit ? Deposit.toJSON(message.deposit) : undefined);
    message.height !== undefined && (obj.height = (message.height || BigInt(0)).toString());
    message.credited !== undefined && (obj.credited = message.credited);
    return obj;
  },
  fromPartial(object: DeepPartial<DepositRecord>): DepositRecord {
    const message = createBaseDepositRecord();
    message.deposit = object.deposit !== undefined && object.deposit !== null ? Deposit.fromPartial(object.deposit) : undefined;
    message.height = object.height !== undefined && object.height !== null ? BigInt(object.height.toString()) : BigInt(0);
    message.credited = object.credited ?? false;
    return message;
  },
  fromAmino(object: DepositRecordAmino): DepositRecord {
    const message = createBaseDepositRecord();
    if (object.deposit !== undefined && object.deposit !== null) {
      message.deposit = Deposit.fromAmino(object.deposit);
    }
    if (object.height !== undefined && object.height !== null) {
      message.height = BigInt(object.height);
    }
    if (object.credited !== undefined && object.credited !== null) {
      message.credited = object.credited;
    }
    return message;
  },
  toAmino(message: DepositRecord): DepositRecordAmino {
    const obj: any = {};
    obj.deposit = message.deposit ? Deposit.toAmino(message.deposit) : undefined;
    obj.height = message.height !== BigInt(0) ? message.height?.toString() : undefined;
    obj.credited = message.credited === false ? undefined : message.credited;
    return obj;
  },
  fromAminoMsg(object: DepositRecordAminoMsg): DepositRecord {
    return DepositRecord.fromAmino(object.value);
  },
  fromProtoMsg(message: DepositRecordProtoMsg): DepositRecord {
    return DepositRecord.decode(message.value);
  },
  toProto(message: DepositRecord): Uint8Array {
    return DepositRecord.encode(message).finish();
  },
  toProtoMsg(message: DepositRecord): DepositRecordProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.DepositRecord",
      value: DepositRecord.encode(message).finish()
    };
  }
};
function createBaseWithdrawal(): Withdrawal {
  return {
    id: BigInt(0),
    sender: "",
    to: "",
    token: "",
    amount: "",
    height: BigInt(0),
    anchorNonce: BigInt(0)
  };
}
export const Withdrawal = {
  typeUrl: "/settle.bridge.v1.Withdrawal",
  encode(message: Withdrawal, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
    }
    if (message.sender !== "") {
      writer.uint32(18).string(message.sender);
    }
    if (message.to !== "") {
      writer.uint32(26).string(message.to);
    }
    if (message.token !== "") {
      writer.uint32(34).string(message.token);
    }
    if (message.amount !== "") {
      writer.uint32(42).string(message.amount);
    }
    if (message.height !== BigInt(0)) {
      writer.uint32(48).uint64(message.height);
    }
    if (message.anchorNonce !== BigInt(0)) {
      writer.uint32(56).uint64(message.anchorNonce);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Withdrawal {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseWithdrawal();
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
          message.token = reader.string();
          break;
        case 5:
          message.amount = reader.string();
          break;
        case 6:
          message.height = reader.uint64();
          break;
        case 7:
          message.anchorNonce = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Withdrawal {
    return {
      id: isSet(object.id) ? BigInt(object.id.toString()) : BigInt(0),
      sender: isSet(object.sender) ? String(object.sender) : "",
      to: isSet(object.to) ? String(object.to) : "",
      token: isSet(object.token) ? String(object.token) : "",
      amount: isSet(object.amount) ? String(object.amount) : "",
      height: isSet(object.height) ? BigInt(object.height.toString()) : BigInt(0),
      anchorNonce: isSet(object.anchorNonce) ? BigInt(object.anchorNonce.toString()) : BigInt(0)
    };
  },
  toJSON(message: Withdrawal): JsonSafe<Withdrawal> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    message.sender !== undefined && (obj.sender = message.sender);
    message.to !== undefined && (obj.to = message.to);
    message.token !== undefined && (obj.token = message.token);
    message.amount !== undefined && (obj.amount = message.amount);
    message.height !== undefined && (obj.height = (message.height || BigInt(0)).toString());
    message.anchorNonce !== undefined && (obj.anchorNonce = (message.anchorNonce || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<Withdrawal>): Withdrawal {
    const message = createBaseWithdrawal();
    message.id = object.id !== undefined && object.id !== null ? BigInt(object.id.toString()) : BigInt(0);
    message.sender = object.sender ?? "";
    message.to = object.to ?? "";
    message.token = object.token ?? "";
    message.amount = object.amount ?? "";
    message.height = object.height !== undefined && object.height !== null ? BigInt(object.height.toString()) : BigInt(0);
    message.anchorNonce = object.anchorNonce !== undefined && object.anchorNonce !== null ? BigInt(object.anchorNonce.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: WithdrawalAmino): Withdrawal {
    const message = createBaseWithdrawal();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id);
    }
    if (object.sender !== undefined && object.sender !== null) {
      message.sender = object.sender;
    }
    if (object.to !== undefined && object.to !== null) {
      message.to = object.to;
    }
    if (object.token !== undefined && object.token !== null) {
      message.token = object.token;
    }
    if (object.amount !== undefined && object.amount !== null) {
      message.amount = object.amount;
    }
    if (object.height !== undefined && object.height !== null) {
      message.height = BigInt(object.height);
    }
    if (object.anchor_nonce !== undefined && object.anchor_nonce !== null) {
      message.anchorNonce = BigInt(object.anchor_nonce);
    }
    return message;
  },
  toAmino(message: Withdrawal): WithdrawalAmino {
    const obj: any = {};
    obj.id = message.id !== BigInt(0) ? message.id?.toString() : undefined;
    obj.sender = message.sender === "" ? undefined : message.sender;
    obj.to = message.to === "" ? undefined : message.to;
    obj.token = message.token === "" ? undefined : message.token;
    obj.amount = message.amount === "" ? undefined : message.amount;
    obj.height = message.height !== BigInt(0) ? message.height?.toString() : undefined;
    obj.anchor_nonce = message.anchorNonce !== BigInt(0) ? message.anchorNonce?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: WithdrawalAminoMsg): Withdrawal {
    return Withdrawal.fromAmino(object.value);
  },
  fromProtoMsg(message: WithdrawalProtoMsg): Withdrawal {
    return Withdrawal.decode(message.value);
  },
  toProto(message: Withdrawal): Uint8Array {
    return Withdrawal.encode(message).finish();
  },
  toProtoMsg(message: Withdrawal): WithdrawalProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.Withdrawal",
      value: Withdrawal.encode(message).finish()
    };
  }
};
function createBaseTotals(): Totals {
  return {
    deposited: "",
    withdrawn: ""
  };
}
export const Totals = {
  typeUrl: "/settle.bridge.v1.Totals",
  encode(message: Totals, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.deposited !== "") {
      writer.uint32(10).string(message.deposited);
    }
    if (message.withdrawn !== "") {
      writer.uint32(18).string(message.withdrawn);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Totals {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseTotals();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.deposited = reader.string();
          break;
        case 2:
          message.withdrawn = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Totals {
    return {
      deposited: isSet(object.deposited) ? String(object.deposited) : "",
      withdrawn: isSet(object.withdrawn) ? String(object.withdrawn) : ""
    };
  },
  toJSON(message: Totals): JsonSafe<Totals> {
    const obj: any = {};
    message.deposited !== undefined && (obj.deposited = message.deposited);
    message.withdrawn !== undefined && (obj.withdrawn = message.withdrawn);
    return obj;
  },
  fromPartial(object: DeepPartial<Totals>): Totals {
    const message = createBaseTotals();
    message.deposited = object.deposited ?? "";
    message.withdrawn = object.withdrawn ?? "";
    return message;
  },
  fromAmino(object: TotalsAmino): Totals {
    const message = createBaseTotals();
    if (object.deposited !== undefined && object.deposited !== null) {
      message.deposited = object.deposited;
    }
    if (object.withdrawn !== undefined && object.withdrawn !== null) {
      message.withdrawn = object.withdrawn;
    }
    return message;
  },
  toAmino(message: Totals): TotalsAmino {
    const obj: any = {};
    obj.deposited = message.deposited === "" ? undefined : message.deposited;
    obj.withdrawn = message.withdrawn === "" ? undefined : message.withdrawn;
    return obj;
  },
  fromAminoMsg(object: TotalsAminoMsg): Totals {
    return Totals.fromAmino(object.value);
  },
  fromProtoMsg(message: TotalsProtoMsg): Totals {
    return Totals.decode(message.value);
  },
  toProto(message: Totals): Uint8Array {
    return Totals.encode(message).finish();
  },
  toProtoMsg(message: Totals): TotalsProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.Totals",
      value: Totals.encode(message).finish()
    };
  }
};
function createBaseBridgeVoteExtension(): BridgeVoteExtension {
  return {
    signatures: [],
    deposits: []
  };
}
export const BridgeVoteExtension = {
  typeUrl: "/settle.bridge.v1.BridgeVoteExtension",
  encode(message: BridgeVoteExtension, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    for (const v of message.signatures) {
      SignedAttestation.encode(v!, writer.uint32(10).fork()).ldelim();
    }
    for (const v of message.deposits) {
      Deposit.encode(v!, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): BridgeVoteExtension {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseBridgeVoteExtension();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.signatures.push(SignedAttestation.decode(reader, reader.uint32()));
          break;
        case 2:
          message.deposits.push(Deposit.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): BridgeVoteExtension {
    return {
      signatures: Array.isArray(object?.signatures) ? object.signatures.map((e: any) => SignedAttestation.fromJSON(e)) : [],
      deposits: Array.isArray(object?.deposits) ? object.deposits.map((e: any) => Deposit.fromJSON(e)) : []
    };
  },
  toJSON(message: BridgeVoteExtension): JsonSafe<BridgeVoteExtension> {
    const obj: any = {};
    if (message.signatures) {
      obj.signatures = message.signatures.map(e => e ? SignedAttestation.toJSON(e) : undefined);
    } else {
      obj.signatures = [];
    }
    if (message.deposits) {
      obj.deposits = message.deposits.map(e => e ? Deposit.toJSON(e) : undefined);
    } else {
      obj.deposits = [];
    }
    return obj;
  },
  fromPartial(object: DeepPartial<BridgeVoteExtension>): BridgeVoteExtension {
    const message = createBaseBridgeVoteExtension();
    message.signatures = object.signatures?.map(e => SignedAttestation.fromPartial(e)) || [];
    message.deposits = object.deposits?.map(e => Deposit.fromPartial(e)) || [];
    return message;
  },
  fromAmino(object: BridgeVoteExtensionAmino): BridgeVoteExtension {
    const message = createBaseBridgeVoteExtension();
    message.signatures = object.signatures?.map(e => SignedAttestation.fromAmino(e)) || [];
    message.deposits = object.deposits?.map(e => Deposit.fromAmino(e)) || [];
    return message;
  },
  toAmino(message: BridgeVoteExtension): BridgeVoteExtensionAmino {
    const obj: any = {};
    if (message.signatures && message.signatures.length > 0) {
      obj.signatures = message.signatures.map(e => e ? SignedAttestation.toAmino(e) : undefined);
    }
    if (message.deposits && message.deposits.length > 0) {
      obj.deposits = message.deposits.map(e => e ? Deposit.toAmino(e) : undefined);
    }
    return obj;
  },
  fromAminoMsg(object: BridgeVoteExtensionAminoMsg): BridgeVoteExtension {
    return BridgeVoteExtension.fromAmino(object.value);
  },
  fromProtoMsg(message: BridgeVoteExtensionProtoMsg): BridgeVoteExtension {
    return BridgeVoteExtension.decode(message.value);
  },
  toProto(message: BridgeVoteExtension): Uint8Array {
    return BridgeVoteExtension.encode(message).finish();
  },
  toProtoMsg(message: BridgeVoteExtension): BridgeVoteExtensionProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.BridgeVoteExtension",
      value: BridgeVoteExtension.encode(message).finish()
    };
  }
};
function createBaseSignedAttestation(): SignedAttestation {
  return {
    seq: BigInt(0),
    signature: new Uint8Array()
  };
}
export const SignedAttestation = {
  typeUrl: "/settle.bridge.v1.SignedAttestation",
  encode(message: SignedAttestation, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.seq !== BigInt(0)) {
      writer.uint32(8).uint64(message.seq);
    }
    if (message.signature.length !== 0) {
      writer.uint32(18).bytes(message.signature);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): SignedAttestation {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseSignedAttestation();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.seq = reader.uint64();
          break;
        case 2:
          message.signature = reader.bytes();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): SignedAttestation {
    return {
      seq: isSet(object.seq) ? BigInt(object.seq.toString()) : BigInt(0),
      signature: isSet(object.signature) ? bytesFromBase64(object.signature) : new Uint8Array()
    };
  },
  toJSON(message: SignedAttestation): JsonSafe<SignedAttestation> {
    const obj: any = {};
    message.seq !== undefined && (obj.seq = (message.seq || BigInt(0)).toString());
    message.signature !== undefined && (obj.signature = base64FromBytes(message.signature !== undefined ? message.signature : new Uint8Array()));
    return obj;
  },
  fromPartial(object: DeepPartial<SignedAttestation>): SignedAttestation {
    const message = createBaseSignedAttestation();
    message.seq = object.seq !== undefined && object.seq !== null ? BigInt(object.seq.toString()) : BigInt(0);
    message.signature = object.signature ?? new Uint8Array();
    return message;
  },
  fromAmino(object: SignedAttestationAmino): SignedAttestation {
    const message = createBaseSignedAttestation();
    if (object.seq !== undefined && object.seq !== null) {
      message.seq = BigInt(object.seq);
    }
    if (object.signature !== undefined && object.signature !== null) {
      message.signature = bytesFromBase64(object.signature);
    }
    return message;
  },
  toAmino(message: SignedAttestation): SignedAttestationAmino {
    const obj: any = {};
    obj.seq = message.seq !== BigInt(0) ? message.seq?.toString() : undefined;
    obj.signature = message.signature ? base64FromBytes(message.signature) : undefined;
    return obj;
  },
  fromAminoMsg(object: SignedAttestationAminoMsg): SignedAttestation {
    return SignedAttestation.fromAmino(object.value);
  },
  fromProtoMsg(message: SignedAttestationProtoMsg): SignedAttestation {
    return SignedAttestation.decode(message.value);
  },
  toProto(message: SignedAttestation): Uint8Array {
    return SignedAttestation.encode(message).finish();
  },
  toProtoMsg(message: SignedAttestation): SignedAttestationProtoMsg {
    return {
      typeUrl: "/settle.bridge.v1.SignedAttestation",
      value: SignedAttestation.encode(message).finish()
    };
  }
};