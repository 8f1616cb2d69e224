/* eslint-disable */
import { BinaryReader, BinaryWriter } from "../../../binary";
import { isSet, DeepPartial } from "../../../helpers";
import { JsonSafe } from "../../../json-safe";
/**
 * Params are the liquidation module's governable parameters. Decimals are strings with up to 18
 * fractional digits; amounts are base units of the margin module's settlement denom.
 */
export interface Params {
  /** authority: the address allowed to change params. */
  authority: string;
  /**
   * start_discount: the auction's discount at its first block, as a share of a contract's maintenance
   * margin: a liquidator takes a long at mark − discount·MM and a short at mark + discount·MM.
   */
  startDiscount: string;
  /** discount_per_block: how much the discount grows each block the auction stays open. */
  discountPerBlock: string;
  /** max_discount: the discount never exceeds it. */
  maxDiscount: string;
  /**
   * penalty: a share of a contract's MM the liquidated subaccount pays the insurance fund per contract
   * taken (only while its equity covers it).
   */
  penalty: string;
  /**
   * max_share_per_block: per block, liquidators may take at most this share (rounded up, at least one
   * contract) of each position as it was at the block's first step in it.
   */
  maxSharePerBlock: string;
  /** max_new_auctions_per_block: detection opens at most this many auctions per block (the rest wait). */
  maxNewAuctionsPerBlock: number;
  /** max_adl_counterparties: ADL closes against at most this many opposite holders per position and block. */
  maxAdlCounterparties: number;
}
export interface ParamsProtoMsg {
  typeUrl: "/settle.liquidation.v1.Params";
  value: Uint8Array;
}
/**
 * Params are the liquidation module's governable parameters. Decimals are strings with up to 18
 * fractional digits; amounts are base units of the margin module's settlement denom.
 * @name ParamsAmino
 * @package settle.liquidation.v1
 * @see proto type: settle.liquidation.v1.Params
 */
export interface ParamsAmino {
  /**
   * authority: the address allowed to change params.
   */
  authority?: string;
  /**
   * start_discount: the auction's discount at its first block, as a share of a contract's maintenance
   * margin: a liquidator takes a long at mark − discount·MM and a short at mark + discount·MM.
   */
  start_discount?: string;
  /**
   * discount_per_block: how much the discount grows each block the auction stays open.
   */
  discount_per_block?: string;
  /**
   * max_discount: the discount never exceeds it.
   */
  max_discount?: string;
  /**
   * penalty: a share of a contract's MM the liquidated subaccount pays the insurance fund per contract
   * taken (only while its equity covers it).
   */
  penalty?: string;
  /**
   * max_share_per_block: per block, liquidators may take at most this share (rounded up, at least one
   * contract) of each position as it was at the block's first step in it.
   */
  max_share_per_block?: string;
  /**
   * max_new_auctions_per_block: detection opens at most this many auctions per block (the rest wait).
   */
  max_new_auctions_per_block?: number;
  /**
   * max_adl_counterparties: ADL closes against at most this many opposite holders per position and block.
   */
  max_adl_counterparties?: number;
}
export interface ParamsAminoMsg {
  type: "/settle.liquidation.v1.Params";
  value: ParamsAmino;
}
/** Auction is an open liquidation of one subaccount (a Dutch auction: the discount grows each block). */
export interface Auction {
  owner: string;
  subaccount: number;
  startHeight: bigint;
  /** start_equity, start_mm: the subaccount's equity and MM when detection opened the auction (quote units, decimals). */
  startEquity: string;
  startMm: string;
  /**
   * step_height, step: the block of the last liquidation step and, per instrument stepped in that block,
   * the contracts that may be taken in it (max_share_per_block of the position at its first step) and
   * those taken so far.
   */
  stepHeight: bigint;
  step: StepBudget[];
  /** bankrupt: equity fell below zero (withdrawals are blocked chain-wide while any auction is bankrupt). */
  bankrupt: boolean;
}
export interface AuctionProtoMsg {
  typeUrl: "/settle.liquidation.v1.Auction";
  value: Uint8Array;
}
/**
 * Auction is an open liquidation of one subaccount (a Dutch auction: the discount grows each block).
 * @name AuctionAmino
 * @package settle.liquidation.v1
 * @see proto type: settle.liquidation.v1.Auction
 */
export interface AuctionAmino {
  owner?: string;
  subaccount?: number;
  start_height?: string;
  /**
   * start_equity, start_mm: the subaccount's equity and MM when detection opened the auction (quote units, decimals).
   */
  start_equity?: string;
  start_mm?: string;
  /**
   * step_height, step: the block of the last liquidation step and, per instrument stepped in that block,
   * the contracts that may be taken in it (max_share_per_block of the position at its first step) and
   * those taken so far.
   */
  step_height?: string;
  step?: StepBudgetAmino[];
  /**
   * bankrupt: equity fell below zero (withdrawals are blocked chain-wide while any auction is bankrupt).
   */
  bankrupt?: boolean;
}
export interface AuctionAminoMsg {
  type: "/settle.liquidation.v1.Auction";
  value: AuctionAmino;
}
/** StepBudget: one instrument's share of a position that liquidators may take in one block. */
export interface StepBudget {
  instrumentId: string;
  cap: bigint;
  taken: bigint;
}
export interface StepBudgetProtoMsg {
  typeUrl: "/settle.liquidation.v1.StepBudget";
  value: Uint8Array;
}
/**
 * StepBudget: one instrument's share of a position that liquidators may take in one block.
 * @name StepBudgetAmino
 * @package settle.liquidation.v1
 * @see proto type: settle.liquidation.v1.StepBudget
 */
export interface StepBudgetAmino {
  instrument_id?: string;
  cap?: string;
  taken?: string;
}
export interface StepBudgetAminoMsg {
  type: "/settle.liquidation.v1.StepBudget";
  value: StepBudgetAmino;
}
/**
 * InsuranceFund's totals since genesis; its balance is the insurance module account's bank balance of the
 * settlement denom, and equals initial + funded + penalties − covered.
 */
export interface InsuranceFund {
  initial: string;
  funded: string;
  penalties: string;
  covered: string;
}
export interface InsuranceFundProtoMsg {
  typeUrl: "/settle.liquidation.v1.InsuranceFund";
  value: Uint8Array;
}
/**
 * InsuranceFund's totals since genesis; its balance is the insurance module account's bank balance of the
 * settlement denom, and equals initial + funded + penalties − covered.
 * @name InsuranceFundAmino
 * @package settle.liquidation.v1
 * @see proto type: settle.liquidation.v1.InsuranceFund
 */
export interface InsuranceFundAmino {
  initial?: string;
  funded?: string;
  penalties?: string;
  covered?: string;
}
export interface InsuranceFundAminoMsg {
  type: "/settle.liquidation.v1.InsuranceFund";
  value: InsuranceFundAmino;
}
/** LiquidationRecord is one liquidation step, kept for the Liquidations query. */
export interface LiquidationRecord {
  id: bigint;
  height: bigint;
  /**
   * kind: "auction" (MsgLiquidate), "adl" (auto-deleveraging), "cover" (insurance fund covered a deficit),
   * "bad_debt" (the fund could not cover it all).
   */
  kind: string;
  owner: string;
  subaccount: number;
  /** counterparty: the liquidator's (or ADL counterparty's) subaccount; empty for cover and bad_debt. */
  counterpartyOwner: string;
  counterpartySubaccount: number;
  instrumentId: string;
  /** size: contracts taken from the liquidated subaccount (signed as its position was). */
  size: bigint;
  /** price: per contract, base units. */
  price: bigint;
  /** penalty (auction) or amount (cover, bad_debt): base units. */
  amount: string;
}
export interface LiquidationRecordProtoMsg {
  typeUrl: "/settle.liquidation.v1.LiquidationRecord";
  value: Uint8Array;
}
/**
 * LiquidationRecord is one liquidation step, kept for the Liquidations query.
 * @name LiquidationRecordAmino
 * @package settle.liquidation.v1
 * @see proto type: settle.liquidation.v1.LiquidationRecord
 */
export interface LiquidationRecordAmino {
  id?: string;
  height?: string;
  /**
   * kind: "auction" (MsgLiquidate), "adl" (auto-deleveraging), "cover" (insurance fund covered a deficit),
   * "bad_debt" (the fund could not cover it all).
   */
  kind?: string;
  owner?: string;
  subaccount?: number;
  /**
   * counterparty: the liquidator's (or ADL counterparty's) subaccount; empty for cover and bad_debt.
   */
  counterparty_owner?: string;
  counterparty_subaccount?: number;
  instrument_id?: string;
  /**
   * size: contracts taken from the liquidated subaccount (signed as its position was).
   */
  size?: string;
  /**
   * price: per contract, base units.
   */
  price?: string;
  /**
   * penalty (auction) or amount (cover, bad_debt): base units.
   */
  amount?: string;
}
export interface LiquidationRecordAminoMsg {
  type: "/settle.liquidation.v1.LiquidationRecord";
  value: LiquidationRecordAmino;
}
function createBaseParams(): Params {
  return {
    authority: "",
    startDiscount: "",
    discountPerBlock: "",
    maxDiscount: "",
    penalty: "",
    maxSharePerBlock: "",
    maxNewAuctionsPerBlock: 0,
    maxAdlCounterparties: 0
  };
}
export const Params = {
  typeUrl: "/settle.liquidation.v1.Params",
  encode(message: Params, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    if (message.startDiscount !== "") {
      writer.uint32(18).string(message.startDiscount);
    }
    if (message.discountPerBlock !== "") {
      writer.uint32(26).string(message.discountPerBlock);
    }
    if (message.maxDiscount !== "") {
      writer.uint32(34).string(message.maxDiscount);
    }
    if (message.penalty !== "") {
      writer.uint32(42).string(message.penalty);
    }
    if (message.maxSharePerBlock !== "") {
      writer.uint32(50).string(message.maxSharePerBlock);
    }
    if (message.maxNewAuctionsPerBlock !== 0) {
      writer.uint32(56).uint32(message.maxNewAuctionsPerBlock);
    }
    if (message.maxAdlCounterparties !== 0) {
      writer.uint32(64).uint32(message.maxAdlCounterparties);
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
          message.startDiscount = reader.string();
          break;
        case 3:
          message.discountPerBlock = reader.string();
          break;
        case 4:
          message.maxDiscount = reader.string();
          break;
        case 5:
          message.penalty = reader.string();
          break;
        case 6:
          message.maxSharePerBlock = reader.string();
          break;
        case 7:
          message.maxNewAuctionsPerBlock = reader.uint32();
          break;
        case 8:
          message.maxAdlCounterparties = reader.uint32();
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
      startDiscount: isSet(object.startDiscount) ? String(object.startDiscount) : "",
      discountPerBlock: isSet(object.discountPerBlock) ? String(object.discountPerBlock) : "",
      maxDiscount: isSet(object.maxDiscount) ? String(object.maxDiscount) : "",
      penalty: isSet(object.penalty) ? String(object.penalty) : "",
      maxSharePerBlock: isSet(object.maxSharePerBlock) ? String(object.maxSharePerBlock) : "",
      maxNewAuctionsPerBlock: isSet(object.maxNewAuctionsPerBlock) ? Number(object.maxNewAuctionsPerBlock) : 0,
      maxAdlCounterparties: isSet(object.maxAdlCounterparties) ? Number(object.maxAdlCounterparties) : 0
    };
  },
  toJSON(message: Params): JsonSafe<Params> {
    const obj: any = {};
    message.authority !== undefined && (obj.authority = message.authority);
    message.startDiscount !== undefined && (obj.startDiscount = message.startDiscount);
    message.discountPerBlock !== undefined && (obj.discountPerBlock = message.discountPerBlock);
    message.maxDiscount !== undefined && (obj.maxDiscount = message.maxDiscount);
    message.penalty !== undefined && (obj.penalty = message.penalty);
    message.maxSharePerBlock !== undefined && (obj.maxSharePerBlock = message.maxSharePerBlock);
    message.maxNewAuctionsPerBlock !== undefined && (obj.maxNewAuctionsPerBlock = Math.round(message.maxNewAuctionsPerBlock));
    message.maxAdlCounterparties !== undefined && (obj.maxAdlCounterparties = Math.round(message.maxAdlCounterparties));
    return obj;
  },
  fromPartial(object: DeepPartial<Params>): Params {
    const message = createBaseParams();
    message.authority = object.authority ?? "";
    message.startDiscount = object.startDiscount ?? "";
    message.discountPerBlock = object.discountPerBlock ?? "";
    message.maxDiscount = object.maxDiscount ?? "";
    message.penalty = object.penalty ?? "";
    message.maxSharePerBlock = object.maxSharePerBlock ?? "";
    message.maxNewAuctionsPerBlock = object.maxNewAuctionsPerBlock ?? 0;
    message.maxAdlCounterparties = object.maxAdlCounterparties ?? 0;
    return message;
  },
  fromAmino(object: ParamsAmino): Params {
    const message = createBaseParams();
    if (object.authority !== undefined && object.authority !== null) {
      message.authority = object.authority;
    }
    if (object.start_discount !== undefined && object.start_discount !== null) {
      message.startDiscount = object.start_discount;
    }
    if (object.discount_per_block !== undefined && object.discount_per_block !== null) {
      message.discountPerBlock = object.discount_per_block;
    }
    if (object.max_discount !== undefined && object.max_discount !== null) {
      message.maxDiscount = object.max_discount;
    }
    if (object.penalty !== undefined && object.penalty !== null) {
      message.penalty = object.penalty;
    }
    if (object.max_share_per_block !== undefined && object.max_share_per_block !== null) {
      message.maxSharePerBlock = object.max_share_per_block;
    }
    if (object.max_new_auctions_per_block !== undefined && object.max_new_auctions_per_block !== null) {
      message.maxNewAuctionsPerBlock = object.max_new_auctions_per_block;
    }
    if (object.max_adl_counterparties !== undefined && object.max_adl_counterparties !== null) {
      message.maxAdlCounterparties = object.max_adl_counterparties;
    }
    return message;
  },
  toAmino(message: Params): ParamsAmino {
    const obj: any = {};
    obj.authority = message.authority === "" ? undefined : message.authority;
    obj.start_discount = message.startDiscount === "" ? undefined : message.startDiscount;
    obj.discount_per_block = message.discountPerBlock === "" ? undefined : message.discountPerBlock;
    obj.max_discount = message.maxDiscount === "" ? undefined : message.maxDiscount;
    obj.penalty = message.penalty === "" ? undefined : message.penalty;
    obj.max_share_per_block = message.maxSharePerBlock === "" ? undefined : message.maxSharePerBlock;
    obj.max_new_auctions_per_block = message.maxNewAuctionsPerBlock === 0 ? undefined : message.maxNewAuctionsPerBlock;
    obj.max_adl_counterparties = message.maxAdlCounterparties === 0 ? undefined : message.maxAdlCounterparties;
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
      typeUrl: "/settle.liquidation.v1.Params",
      value: Params.encode(message).finish()
    };
  }
};
function createBaseAuction(): Auction {
  return {
    owner: "",
    subaccount: 0,
    startHeight: BigInt(0),
    startEquity: "",
    startMm: "",
    stepHeight: BigInt(0),
    step: [],
    bankrupt: false
  };
}
export const Auction = {
  typeUrl: "/settle.liquidation.v1.Auction",
  encode(message: Auction, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(16).uint32(message.subaccount);
    }
    if (message.startHeight !== BigInt(0)) {
      writer.uint32(24).int64(message.startHeight);
    }
    if (message.startEquity !== "") {
      writer.uint32(34).string(message.startEquity);
    }
    if (message.startMm !== "") {
      writer.uint32(42).string(message.startMm);
    }
    if (message.stepHeight !== BigInt(0)) {
      writer.uint32(48).int64(message.stepHeight);
    }
    for (const v of message.step) {
      StepBudget.encode(v!, writer.uint32(58).fork()).ldelim();
    }
    if (message.bankrupt === true) {
      writer.uint32(72).bool(message.bankrupt);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): Auction {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseAuction();
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
          message.startHeight = reader.int64();
          break;
        case 4:
          message.startEquity = reader.string();
          break;
        case 5:
          message.startMm = reader.string();
          break;
        case 6:
          message.stepHeight = reader.int64();
          break;
        case 7:
          message.step.push(StepBudget.decode(reader, reader.uint32()));
          break;
        case 9:
          message.bankrupt = reader.bool();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): Auction {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      startHeight: isSet(object.startHeight) ? BigInt(object.startHeight.toString()) : BigInt(0),
      startEquity: isSet(object.startEquity) ? String(object.startEquity) : "",
      startMm: isSet(object.startMm) ? String(object.startMm) : "",
      stepHeight: isSet(object.stepHeight) ? BigInt(object.stepHeight.toString()) : BigInt(0),
      step: Array.isArray(object?.step) ? object.step.map((e: any) => StepBudget.fromJSON(e)) : [],
      bankrupt: isSet(object.bankrupt) ? Boolean(object.bankrupt) : false
    };
  },
  toJSON(message: Auction): JsonSafe<Auction> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    message.startHeight !== undefined && (obj.startHeight = (message.startHeight || BigInt(0)).toString());
    message.startEquity !== undefined && (obj.startEquity = message.startEquity);
    message.startMm !== undefined && (obj.startMm = message.startMm);
    message.stepHeight !== undefined && (obj.stepHeight = (message.stepHeight || BigInt(0)).toString());
    if (message.step) {
      obj.step = message.step.map(e => e ? StepBudget.toJSON(e) : undefined);
    } else {
      obj.step = [];
    }
    message.bankrupt !== undefined && (obj.bankrupt = message.bankrupt);
    return obj;
  },
  fromPartial(object: DeepPartial<Auction>): Auction {
    const message = createBaseAuction();
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.startHeight = object.startHeight !== undefined && object.startHeight !== null ? BigInt(object.startHeight.toString()) : BigInt(0);
    message.startEquity = object.startEquity ?? "";
    message.startMm = object.startMm ?? "";
    message.stepHeight = object.stepHeight !== undefined && object.stepHeight !== null ? BigInt(object.stepHeight.toString()) : BigInt(0);
    message.step = object.step?.map(e => StepBudget.fromPartial(e)) || [];
    message.bankrupt = object.bankrupt ?? false;
    return message;
  },
  fromAmino(object: AuctionAmino): Auction {
    const message = createBaseAuction();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    if (object.start_height !== undefined && object.start_height !== null) {
      message.startHeight = BigInt(object.start_height);
    }
    if (object.start_equity !== undefined && object.start_equity !== null) {
      message.startEquity = object.start_equity;
    }
    if (object.start_mm !== undefined && object.start_mm !== null) {
      message.startMm = object.start_mm;
    }
    if (object.step_height !== undefined && object.step_height !== null) {
      message.stepHeight = BigInt(object.step_height);
    }
    message.step = object.step?.map(e => StepBudget.fromAmino(e)) || [];
    if (object.bankrupt !== undefined && object.bankrupt !== null) {
      message.bankrupt = object.bankrupt;
    }
    return message;
  },
  toAmino(message: Auction): AuctionAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    obj.start_height = message.startHeight !== BigInt(0) ? message.startHeight?.toString() : undefined;
    obj.start_equity = message.startEquity === "" ? undefined : message.startEquity;
    obj.start_mm = message.startMm === "" ? undefined : message.startMm;
    obj.step_height = message.stepHeight !== BigInt(0) ? message.stepHeight?.toString() : undefined;
    if (message.step && message.step.length > 0) {
      obj.step = message.step.map(e => e ? StepBudget.toAmino(e) : undefined);
    }
    obj.bankrupt = message.bankrupt === false ? undefined : message.bankrupt;
    return obj;
  },
  fromAminoMsg(object: AuctionAminoMsg): Auction {
    return Auction.fromAmino(object.value);
  },
  fromProtoMsg(message: AuctionProtoMsg): Auction {
    return Auction.decode(message.value);
  },
  toProto(message: Auction): Uint8Array {
    return Auction.encode(message).finish();
  },
  toProtoMsg(message: Auction): AuctionProtoMsg {
    return {
      typeUrl: "/settle.liquidation.v1.Auction",
      value: Auction.encode(message).finish()
    };
  }
};
function createBaseStepBudget(): StepBudget {
  return {
    instrumentId: "",
    cap: BigInt(0),
    taken: BigInt(0)
  };
}
export const StepBudget = {
  typeUrl: "/settle.liquidation.v1.StepBudget",
  encode(message: StepBudget, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.instrumentId !== "") {
      writer.uint32(10).string(message.instrumentId);
    }
    if (message.cap !== BigInt(0)) {
      writer.uint32(16).uint64(message.cap);
    }
    if (message.taken !== BigInt(0)) {
      writer.uint32(24).uint64(message.taken);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): StepBudget {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseStepBudget();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.instrumentId = reader.string();
          break;
        case 2:
          message.cap = reader.uint64();
          break;
        case 3:
          message.taken = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): StepBudget {
    return {
      instrumentId: isSet(object.instrumentId) ? String(object.instrumentId) : "",
      cap: isSet(object.cap) ? BigInt(object.cap.toString()) : BigInt(0),
      taken: isSet(object.taken) ? BigInt(object.taken.toString()) : BigInt(0)
    };
  },
  toJSON(message: StepBudget): JsonSafe<StepBudget> {
    const obj: any = {};
    message.instrumentId !== undefined && (obj.instrumentId = message.instrumentId);
    message.cap !== undefined && (obj.cap = (message.cap || BigInt(0)).toString());
    message.taken !== undefined && (obj.taken = (message.taken || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<StepBudget>): StepBudget {
    const message = createBaseStepBudget();
    message.instrumentId = object.instrumentId ?? "";
    message.cap = object.cap !== undefined && object.cap !== null ? BigInt(object.cap.toString()) : BigInt(0);
    message.taken = object.taken !== undefined && object.taken !== null ? BigInt(object.taken.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: StepBudgetAmino): StepBudget {
    const message = createBaseStepBudget();
    if (object.instrument_id !== undefined && object.instrument_id !== null) {
      message.instrumentId = object.instrument_id;
    }
    if (object.cap !== undefined && object.cap !== null) {
      message.cap = BigInt(object.cap);
    }
    if (object.taken !== undefined && object.taken !== null) {
      message.taken = BigInt(object.taken);
    }
    return message;
  },
  toAmino(message: StepBudget): StepBudgetAmino {
    const obj: any = {};
    obj.instrument_id = message.instrumentId === "" ? undefined : message.instrumentId;
    obj.cap = message.cap !== BigInt(0) ? message.cap?.toString() : undefined;
    obj.taken = message.taken !== BigInt(0) ? message.taken?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: StepBudgetAminoMsg): StepBudget {
    return StepBudget.fromAmino(object.value);
  },
  fromProtoMsg(message: StepBudgetProtoMsg): StepBudget {
    return StepBudget.decode(message.value);
  },
  toProto(message: StepBudget): Uint8Array {
    return StepBudget.encode(message).finish();
  },
  toProtoMsg(message: StepBudget): StepBudgetProtoMsg {
    return {
      typeUrl: "/settle.liquidation.v1.StepBudget",
      value: StepBudget.encode(message).finish()
    };
  }
};
function createBaseInsuranceFund(): InsuranceFund {
  return {
    initial: "",
    funded: "",
    penalties: "",
    covered: ""
  };
}
export const InsuranceFund = {
  typeUrl: "/settle.liquidation.v1.InsuranceFund",
  encode(message: InsuranceFund, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.initial !== "") {
      writer.uint32(10).string(message.initial);
    }
    if (message.funded !== "") {
      writer.uint32(18).string(message.funded);
    }
    if (message.penalties !== "") {
      writer.uint32(26).string(message.penalties);
    }
    if (message.covered !== "") {
      writer.uint32(34).string(message.covered);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): InsuranceFund {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseInsuranceFund();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.initial = reader.string();
          break;
        case 2:
          message.funded = reader.string();
          break;
        case 3:
          message.penalties = reader.string();
          break;
        case 4:
          message.covered = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): InsuranceFund {
    return {
      initial: isSet(object.initial) ? String(object.initial) : "",
      funded: isSet(object.funded) ? String(object.funded) : "",
      penalties: isSet(object.penalties) ? String(object.penalties) : "",
      covered: isSet(object.covered) ? String(object.covered) : ""
    };
  },
  toJSON(message: InsuranceFund): JsonSafe<InsuranceFund> {
    const obj: any = {};
    message.initial !== undefined && (obj.initial = message.initial);
    message.funded !== undefined && (obj.funded = message.funded);
    message.penalties !== undefined && (obj.penalties = message.penalties);
    message.covered !== undefined && (obj.covered = message.covered);
    return obj;
  },
  fromPartial(object: DeepPartial<InsuranceFund>): InsuranceFund {
    const message = createBaseInsuranceFund();
    message.initial = object.initial ?? "";
    message.funded = object.funded ?? "";
    message.penalties = object.penalties ?? "";
    message.covered = object.covered ?? "";
    return message;
  },
  fromAmino(object: InsuranceFundAmino): InsuranceFund {
    const message = createBaseInsuranceFund();
    if (object.initial !== undefined && object.initial !== null) {
      message.initial = object.initial;
    }
    if (object.funded !== undefined && object.funded !== null) {
      message.funded = object.funded;
    }
    if (object.penalties !== undefined && object.penalties !== null) {
      message.penalties = object.penalties;
    }
    if (object.covered !== undefined && object.covered !== null) {
      message.covered = object.covered;
    }
    return message;
  },
  toAmino(message: InsuranceFund): InsuranceFundAmino {
    const obj: any = {};
    obj.initial = message.initial === "" ? undefined : message.initial;
    obj.funded = message.funded === "" ? undefined : message.funded;
    obj.penalties = message.penalties === "" ? undefined : message.penalties;
    obj.covered = message.covered === "" ? undefined : message.covered;
    return obj;
  },
  fromAminoMsg(object: InsuranceFundAminoMsg): InsuranceFund {
    return InsuranceFund.fromAmino(object.value);
  },
  fromProtoMsg(message: InsuranceFundProtoMsg): InsuranceFund {
    return InsuranceFund.decode(message.value);
  },
  toProto(message: InsuranceFund): Uint8Array {
    return InsuranceFund.encode(message).finish();
  },
  toProtoMsg(message: InsuranceFund): InsuranceFundProtoMsg {
    return {
      typeUrl: "/settle.liquidation.v1.InsuranceFund",
      value: InsuranceFund.encode(message).finish()
    };
  }
};
function createBaseLiquidationRecord(): LiquidationRecord {
  return {
    id: BigInt(0),
    height: BigInt(0),
    kind: "",
    owner: "",
    subaccount: 0,
    counterpartyOwner: "",
    counterpartySubaccount: 0,
    instrumentId: "",
    size: BigInt(0),
    price: BigInt(0),
    amount: ""
  };
}
export const LiquidationRecord = {
  typeUrl: "/settle.liquidation.v1.LiquidationRecord",
  encode(message: LiquidationRecord, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.id !== BigInt(0)) {
      writer.uint32(8).uint64(message.id);
    }
    if (message.height !== BigInt(0)) {
      writer.uint32(16).int64(message.height);
    }
    if (message.kind !== "") {
      writer.uint32(26).string(message.kind);
    }
    if (message.owner !== "") {
      writer.uint32(34).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(40).uint32(message.subaccount);
    }
    if (message.counterpartyOwner !== "") {
      writer.uint32(50).string(message.counterpartyOwner);
    }
    if (message.counterpartySubaccount !== 0) {
      writer.uint32(56).uint32(message.counterpartySubaccount);
    }
    if (message.instrumentId !== "") {
      writer.uint32(66).string(message.instrumentId);
    }
    if (message.size !== BigInt(0)) {
      writer.uint32(72).int64(message.size);
    }
    if (message.price !== BigInt(0)) {
      writer.uint32(80).int64(message.price);
    }
    if (message.amount !== "") {
      writer.uint32(90).string(message.amount);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): LiquidationRecord {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseLiquidationRecord();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.id = reader.uint64();
          break;
        case 2:
          message.height = reader.int64();
          break;
        case 3:
          message.kind = reader.string();
          break;
        case 4:
          message.owner = reader.string();
          break;
        case 5:
          message.subaccount = reader.uint32();
          break;
        case 6:
          message.counterpartyOwner = reader.string();
          break;
        case 7:
          message.counterpartySubaccount = reader.uint32();
          break;
        case 8:
          message.instrumentId = reader.string();
          break;
        case 9:
          message.size = reader.int64();
          break;
        case 10:
          message.price = reader.int64();
          break;
        case 11:
          message.amount = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): LiquidationRecord {
    return {
      id: isSet(object.id) ? BigInt(object.id.toString()) : BigInt(0),
      height: isSet(object.height) ? BigInt(object.height.toString()) : BigInt(0),
      kind: isSet(object.kind) ? String(object.kind) : "",
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      counterpartyOwner: isSet(object.counterpartyOwner) ? String(object.counterpartyOwner) : "",
      counterpartySubaccount: isSet(object.counterpartySubaccount) ? Number(object.counterpartySubaccount) : 0,
      instrumentId: isSet(object.instrumentId) ? String(object.instrumentId) : "",
      size: isSet(object.size) ? BigInt(object.size.toString()) : BigInt(0),
      price: isSet(object.price) ? BigInt(object.price.toString()) : BigInt(0),
      amount: isSet(object.amount) ? String(object.amount) : ""
    };
  },
  toJSON(message: LiquidationRecord): JsonSafe<LiquidationRecord> {
    const obj: any = {};
    message.id !== undefined && (obj.id = (message.id || BigInt(0)).toString());
    message.height !== undefined && (obj.height = (message.height || BigInt(0)).toString());
    message.kind !== undefined && (obj.kind = message.kind);
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    message.counterpartyOwner !== undefined && (obj.counterpartyOwner = message.counterpartyOwner);
    message.counterpartySubaccount !== undefined && (obj.counterpartySubaccount = Math.round(message.counterpartySubaccount));
    message.instrumentId !== undefined && (obj.instrumentId = message.instrumentId);
    message.size !== undefined && (obj.size = (message.size || BigInt(0)).toString());
    message.price !== undefined && (obj.price = (message.price || BigInt(0)).toString());
    message.amount !== undefined && (obj.amount = message.amount);
    return obj;
  },
  fromPartial(object: DeepPartial<LiquidationRecord>): LiquidationRecord {
    const message = createBaseLiquidationRecord();
    message.id = object.id !== undefined && object.id !== null ? BigInt(object.id.toString()) : BigInt(0);
    message.height = object.height !== undefined && object.height !== null ? BigInt(object.height.toString()) : BigInt(0);
    message.kind = object.kind ?? "";
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.counterpartyOwner = object.counterpartyOwner ?? "";
    message.counterpartySubaccount = object.counterpartySubaccount ?? 0;
    message.instrumentId = object.instrumentId ?? "";
    message.size = object.size !== undefined && object.size !== null ? BigInt(object.size.toString()) : BigInt(0);
    message.price = object.price !== undefined && object.price !== null ? BigInt(object.price.toString()) : BigInt(0);
    message.amount = object.amount ?? "";
    return message;
  },
  fromAmino(object: LiquidationRecordAmino): LiquidationRecord {
    const message = createBaseLiquidationRecord();
    if (object.id !== undefined && object.id !== null) {
      message.id = BigInt(object.id);
    }
    if (object.height !== undefined && object.height !== null) {
      message.height = BigInt(object.height);
    }
    if (object.kind !== undefined && object.kind !== null) {
      message.kind = object.kind;
    }
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    if (object.counterparty_owner !== undefined && object.counterparty_owner !== null) {
      message.counterpartyOwner = object.counterparty_owner;
    }
    if (object.counterparty_subaccount !== undefined && object.counterparty_subaccount !== null) {
      message.counterpartySubaccount = object.counterparty_subaccount;
    }
    if (object.instrument_id !== undefined && object.instrument_id !== null) {
      message.instrumentId = object.instrument_id;
    }
    if (object.size !== undefined && object.size !== null) {
      message.size = BigInt(object.size);
    }
    if (object.price !== undefined && object.price !== null) {
      message.price = BigInt(object.price);
    }
    if (object.amount !== undefined && object.amount !== null) {
      message.amount = object.amount;
    }
    return message;
  },
  toAmino(message: LiquidationRecord): LiquidationRecordAmino {
    const obj: any = {};
    obj.id = message.id !== BigInt(0) ? message.id?.toString() : undefined;
    obj.height = message.height !== BigInt(0) ? message.height?.toString() : undefined;
    obj.kind = message.kind === "" ? undefined : message.kind;
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    obj.counterparty_owner = message.counterpartyOwner === "" ? undefined : message.counterpartyOwner;
    obj.counterparty_subaccount = message.counterpartySubaccount === 0 ? undefined : message.counterpartySubaccount;
    obj.instrument_id = message.instrumentId === "" ? undefined : message.instrumentId;
    obj.size = message.size !== BigInt(0) ? message.size?.toString() : undefined;
    obj.price = message.price !== BigInt(0) ? message.price?.toString() : undefined;
    obj.amount = message.amount === "" ? undefined : message.amount;
    return obj;
  },
  fromAminoMsg(object: LiquidationRecordAminoMsg): LiquidationRecord {
    return LiquidationRecord.fromAmino(object.value);
  },
  fromProtoMsg(message: LiquidationRecordProtoMsg): LiquidationRecord {
    return LiquidationRecord.decode(message.value);
  },
  toProto(message: LiquidationRecord): Uint8Array {
    return LiquidationRecord.encode(message).finish();
  },
  toProtoMsg(message: LiquidationRecord): LiquidationRecordProtoMsg {
    return {
      typeUrl: "/settle.liquidation.v1.LiquidationRecord",
      value: LiquidationRecord.encode(message).finish()
    };
  }
};