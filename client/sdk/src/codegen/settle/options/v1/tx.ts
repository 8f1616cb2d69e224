/* eslint-disable */
import { OrderSpec, OrderSpecAmino, ComboLeg, ComboLegAmino, MmpConfig, MmpConfigAmino, Instrument, InstrumentAmino, Params, ParamsAmino } from "./types";
import { BinaryReader, BinaryWriter } from "../../../binary";
import { isSet, DeepPartial } from "../../../helpers";
import { JsonSafe } from "../../../json-safe";
export interface MsgPlaceOrder {
  owner: string;
  subaccount: number;
  order?: OrderSpec;
}
export interface MsgPlaceOrderProtoMsg {
  typeUrl: "/settle.options.v1.MsgPlaceOrder";
  value: Uint8Array;
}
/**
 * @name MsgPlaceOrderAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.MsgPlaceOrder
 */
export interface MsgPlaceOrderAmino {
  owner?: string;
  subaccount?: number;
  order?: OrderSpecAmino;
}
export interface MsgPlaceOrderAminoMsg {
  type: "settle/options/MsgPlaceOrder";
  value: MsgPlaceOrderAmino;
}
export interface MsgPlaceOrderResponse {
  orderId: bigint;
}
export interface MsgPlaceOrderResponseProtoMsg {
  typeUrl: "/settle.options.v1.MsgPlaceOrderResponse";
  value: Uint8Array;
}
/**
 * @name MsgPlaceOrderResponseAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.MsgPlaceOrderResponse
 */
export interface MsgPlaceOrderResponseAmino {
  order_id?: string;
}
export interface MsgPlaceOrderResponseAminoMsg {
  type: "settle/options/MsgPlaceOrderResponse";
  value: MsgPlaceOrderResponseAmino;
}
/** MsgCancelOrder: order_id when non-zero, else client_id. */
export interface MsgCancelOrder {
  owner: string;
  subaccount: number;
  orderId: bigint;
  clientId: bigint;
}
export interface MsgCancelOrderProtoMsg {
  typeUrl: "/settle.options.v1.MsgCancelOrder";
  value: Uint8Array;
}
/**
 * MsgCancelOrder: order_id when non-zero, else client_id.
 * @name MsgCancelOrderAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.MsgCancelOrder
 */
export interface MsgCancelOrderAmino {
  owner?: string;
  subaccount?: number;
  order_id?: string;
  client_id?: string;
}
export interface MsgCancelOrderAminoMsg {
  type: "settle/options/MsgCancelOrder";
  value: MsgCancelOrderAmino;
}
export interface MsgCancelOrderResponse {}
export interface MsgCancelOrderResponseProtoMsg {
  typeUrl: "/settle.options.v1.MsgCancelOrderResponse";
  value: Uint8Array;
}
/**
 * @name MsgCancelOrderResponseAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.MsgCancelOrderResponse
 */
export interface MsgCancelOrderResponseAmino {}
export interface MsgCancelOrderResponseAminoMsg {
  type: "settle/options/MsgCancelOrderResponse";
  value: MsgCancelOrderResponseAmino;
}
/**
 * MsgBatch: cancels (by client id) apply first, then places, in order; a place may reuse a client id
 * cancelled in the same batch (a replace). Any failure fails the whole batch.
 */
export interface MsgBatch {
  owner: string;
  subaccount: number;
  cancelClientIds: bigint[];
  places: OrderSpec[];
}
export interface MsgBatchProtoMsg {
  typeUrl: "/settle.options.v1.MsgBatch";
  value: Uint8Array;
}
/**
 * MsgBatch: cancels (by client id) apply first, then places, in order; a place may reuse a client id
 * cancelled in the same batch (a replace). Any failure fails the whole batch.
 * @name MsgBatchAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.MsgBatch
 */
export interface MsgBatchAmino {
  owner?: string;
  subaccount?: number;
  cancel_client_ids?: string[];
  places?: OrderSpecAmino[];
}
export interface MsgBatchAminoMsg {
  type: "settle/options/MsgBatch";
  value: MsgBatchAmino;
}
export interface MsgBatchResponse {
  orderIds: bigint[];
}
export interface MsgBatchResponseProtoMsg {
  typeUrl: "/settle.options.v1.MsgBatchResponse";
  value: Uint8Array;
}
/**
 * @name MsgBatchResponseAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.MsgBatchResponse
 */
export interface MsgBatchResponseAmino {
  order_ids?: string[];
}
export interface MsgBatchResponseAminoMsg {
  type: "settle/options/MsgBatchResponse";
  value: MsgBatchResponseAmino;
}
/** MsgMassCancel: the filters that are set must all match; none set cancels every open order. */
export interface MsgMassCancel {
  owner: string;
  subaccount: number;
  instrumentId: string;
  underlying: string;
  expiry: bigint;
}
export interface MsgMassCancelProtoMsg {
  typeUrl: "/settle.options.v1.MsgMassCancel";
  value: Uint8Array;
}
/**
 * MsgMassCancel: the filters that are set must all match; none set cancels every open order.
 * @name MsgMassCancelAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.MsgMassCancel
 */
export interface MsgMassCancelAmino {
  owner?: string;
  subaccount?: number;
  instrument_id?: string;
  underlying?: string;
  expiry?: string;
}
export interface MsgMassCancelAminoMsg {
  type: "settle/options/MsgMassCancel";
  value: MsgMassCancelAmino;
}
export interface MsgMassCancelResponse {
  cancelled: number;
}
export interface MsgMassCancelResponseProtoMsg {
  typeUrl: "/settle.options.v1.MsgMassCancelResponse";
  value: Uint8Array;
}
/**
 * @name MsgMassCancelResponseAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.MsgMassCancelResponse
 */
export interface MsgMassCancelResponseAmino {
  cancelled?: number;
}
export interface MsgMassCancelResponseAminoMsg {
  type: "settle/options/MsgMassCancelResponse";
  value: MsgMassCancelResponseAmino;
}
export interface MsgListInstrument {
  authority: string;
  instrument?: Instrument;
}
export interface MsgListInstrumentProtoMsg {
  typeUrl: "/settle.options.v1.MsgListInstrument";
  value: Uint8Array;
}
/**
 * @name MsgListInstrumentAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.MsgListInstrument
 */
export interface MsgListInstrumentAmino {
  authority?: string;
  instrument?: InstrumentAmino;
}
export interface MsgListInstrumentAminoMsg {
  type: "settle/options/MsgListInstrument";
  value: MsgListInstrumentAmino;
}
export interface MsgListInstrumentResponse {}
export interface MsgListInstrumentResponseProtoMsg {
  typeUrl: "/settle.options.v1.MsgListInstrumentResponse";
  value: Uint8Array;
}
/**
 * @name MsgListInstrumentResponseAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.MsgListInstrumentResponse
 */
export interface MsgListInstrumentResponseAmino {}
export interface MsgListInstrumentResponseAminoMsg {
  type: "settle/options/MsgListInstrumentResponse";
  value: MsgListInstrumentResponseAmino;
}
export interface MsgUpdateParams {
  authority: string;
  params?: Params;
}
export interface MsgUpdateParamsProtoMsg {
  typeUrl: "/settle.options.v1.MsgUpdateParams";
  value: Uint8Array;
}
/**
 * @name MsgUpdateParamsAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.MsgUpdateParams
 */
export interface MsgUpdateParamsAmino {
  authority?: string;
  params?: ParamsAmino;
}
export interface MsgUpdateParamsAminoMsg {
  type: "settle/options/MsgUpdateParams";
  value: MsgUpdateParamsAmino;
}
export interface MsgUpdateParamsResponse {}
export interface MsgUpdateParamsResponseProtoMsg {
  typeUrl: "/settle.options.v1.MsgUpdateParamsResponse";
  value: Uint8Array;
}
/**
 * @name MsgUpdateParamsResponseAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.MsgUpdateParamsResponse
 */
export interface MsgUpdateParamsResponseAmino {}
export interface MsgUpdateParamsResponseAminoMsg {
  type: "settle/options/MsgUpdateParamsResponse";
  value: MsgUpdateParamsResponseAmino;
}
export interface MsgPlaceCombo {
  owner: string;
  subaccount: number;
  clientId: bigint;
  legs: ComboLeg[];
  quantity: bigint;
  limitPrice: bigint;
}
export interface MsgPlaceComboProtoMsg {
  typeUrl: "/settle.options.v1.MsgPlaceCombo";
  value: Uint8Array;
}
/**
 * @name MsgPlaceComboAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.MsgPlaceCombo
 */
export interface MsgPlaceComboAmino {
  owner?: string;
  subaccount?: number;
  client_id?: string;
  legs?: ComboLegAmino[];
  quantity?: string;
  limit_price?: string;
}
export interface MsgPlaceComboAminoMsg {
  type: "settle/options/MsgPlaceCombo";
  value: MsgPlaceComboAmino;
}
export interface MsgPlaceComboResponse {
  comboId: bigint;
}
export interface MsgPlaceComboResponseProtoMsg {
  typeUrl: "/settle.options.v1.MsgPlaceComboResponse";
  value: Uint8Array;
}
/**
 * @name MsgPlaceComboResponseAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.MsgPlaceComboResponse
 */
export interface MsgPlaceComboResponseAmino {
  combo_id?: string;
}
export interface MsgPlaceComboResponseAminoMsg {
  type: "settle/options/MsgPlaceComboResponse";
  value: MsgPlaceComboResponseAmino;
}
/**
 * MsgCancelAllAfter: unless renewed, every open order of the subaccount is cancelled at the end of
 * block `height` (a dead-man switch a market maker renews while it is alive); 0 disarms it.
 */
export interface MsgCancelAllAfter {
  owner: string;
  subaccount: number;
  height: bigint;
}
export interface MsgCancelAllAfterProtoMsg {
  typeUrl: "/settle.options.v1.MsgCancelAllAfter";
  value: Uint8Array;
}
/**
 * MsgCancelAllAfter: unless renewed, every open order of the subaccount is cancelled at the end of
 * block `height` (a dead-man switch a market maker renews while it is alive); 0 disarms it.
 * @name MsgCancelAllAfterAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.MsgCancelAllAfter
 */
export interface MsgCancelAllAfterAmino {
  owner?: string;
  subaccount?: number;
  height?: string;
}
export interface MsgCancelAllAfterAminoMsg {
  type: "settle/options/MsgCancelAllAfter";
  value: MsgCancelAllAfterAmino;
}
export interface MsgCancelAllAfterResponse {}
export interface MsgCancelAllAfterResponseProtoMsg {
  typeUrl: "/settle.options.v1.MsgCancelAllAfterResponse";
  value: Uint8Array;
}
/**
 * @name MsgCancelAllAfterResponseAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.MsgCancelAllAfterResponse
 */
export interface MsgCancelAllAfterResponseAmino {}
export interface MsgCancelAllAfterResponseAminoMsg {
  type: "settle/options/MsgCancelAllAfterResponse";
  value: MsgCancelAllAfterResponseAmino;
}
export interface MsgSetMmp {
  owner: string;
  subaccount: number;
  config?: MmpConfig;
}
export interface MsgSetMmpProtoMsg {
  typeUrl: "/settle.options.v1.MsgSetMmp";
  value: Uint8Array;
}
/**
 * @name MsgSetMmpAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.MsgSetMmp
 */
export interface MsgSetMmpAmino {
  owner?: string;
  subaccount?: number;
  config?: MmpConfigAmino;
}
export interface MsgSetMmpAminoMsg {
  type: "settle/options/MsgSetMmp";
  value: MsgSetMmpAmino;
}
export interface MsgSetMmpResponse {}
export interface MsgSetMmpResponseProtoMsg {
  typeUrl: "/settle.options.v1.MsgSetMmpResponse";
  value: Uint8Array;
}
/**
 * @name MsgSetMmpResponseAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.MsgSetMmpResponse
 */
export interface MsgSetMmpResponseAmino {}
export interface MsgSetMmpResponseAminoMsg {
  type: "settle/options/MsgSetMmpResponse";
  value: MsgSetMmpResponseAmino;
}
export interface MsgResetMmp {
  owner: string;
  subaccount: number;
  underlying: string;
}
export interface MsgResetMmpProtoMsg {
  typeUrl: "/settle.options.v1.MsgResetMmp";
  value: Uint8Array;
}
/**
 * @name MsgResetMmpAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.MsgResetMmp
 */
export interface MsgResetMmpAmino {
  owner?: string;
  subaccount?: number;
  underlying?: string;
}
export interface MsgResetMmpAminoMsg {
  type: "settle/options/MsgResetMmp";
  value: MsgResetMmpAmino;
}
export interface MsgResetMmpResponse {}
export interface MsgResetMmpResponseProtoMsg {
  typeUrl: "/settle.options.v1.MsgResetMmpResponse";
  value: Uint8Array;
}
/**
 * @name MsgResetMmpResponseAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.MsgResetMmpResponse
 */
export interface MsgResetMmpResponseAmino {}
export interface MsgResetMmpResponseAminoMsg {
  type: "settle/options/MsgResetMmpResponse";
  value: MsgResetMmpResponseAmino;
}
export interface MsgRequestQuote {
  owner: string;
  subaccount: number;
  legs: ComboLeg[];
  quantity: bigint;
  expiresAt: bigint;
}
export interface MsgRequestQuoteProtoMsg {
  typeUrl: "/settle.options.v1.MsgRequestQuote";
  value: Uint8Array;
}
/**
 * @name MsgRequestQuoteAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.MsgRequestQuote
 */
export interface MsgRequestQuoteAmino {
  owner?: string;
  subaccount?: number;
  legs?: ComboLegAmino[];
  quantity?: string;
  expires_at?: string;
}
export interface MsgRequestQuoteAminoMsg {
  type: "settle/options/MsgRequestQuote";
  value: MsgRequestQuoteAmino;
}
export interface MsgRequestQuoteResponse {
  rfqId: bigint;
}
export interface MsgRequestQuoteResponseProtoMsg {
  typeUrl: "/settle.options.v1.MsgRequestQuoteResponse";
  value: Uint8Array;
}
/**
 * @name MsgRequestQuoteResponseAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.MsgRequestQuoteResponse
 */
export interface MsgRequestQuoteResponseAmino {
  rfq_id?: string;
}
export interface MsgRequestQuoteResponseAminoMsg {
  type: "settle/options/MsgRequestQuoteResponse";
  value: MsgRequestQuoteResponseAmino;
}
export interface MsgSubmitQuote {
  owner: string;
  subaccount: number;
  rfqId: bigint;
  legPrices: bigint[];
  expiresAt: bigint;
}
export interface MsgSubmitQuoteProtoMsg {
  typeUrl: "/settle.options.v1.MsgSubmitQuote";
  value: Uint8Array;
}
/**
 * @name MsgSubmitQuoteAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.MsgSubmitQuote
 */
export interface MsgSubmitQuoteAmino {
  owner?: string;
  subaccount?: number;
  rfq_id?: string;
  leg_prices?: string[];
  expires_at?: string;
}
export interface MsgSubmitQuoteAminoMsg {
  type: "settle/options/MsgSubmitQuote";
  value: MsgSubmitQuoteAmino;
}
export interface MsgSubmitQuoteResponse {
  quoteId: bigint;
}
export interface MsgSubmitQuoteResponseProtoMsg {
  typeUrl: "/settle.options.v1.MsgSubmitQuoteResponse";
  value: Uint8Array;
}
/**
 * @name MsgSubmitQuoteResponseAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.MsgSubmitQuoteResponse
 */
export interface MsgSubmitQuoteResponseAmino {
  quote_id?: string;
}
export interface MsgSubmitQuoteResponseAminoMsg {
  type: "settle/options/MsgSubmitQuoteResponse";
  value: MsgSubmitQuoteResponseAmino;
}
export interface MsgCancelQuote {
  owner: string;
  quoteId: bigint;
}
export interface MsgCancelQuoteProtoMsg {
  typeUrl: "/settle.options.v1.MsgCancelQuote";
  value: Uint8Array;
}
/**
 * @name MsgCancelQuoteAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.MsgCancelQuote
 */
export interface MsgCancelQuoteAmino {
  owner?: string;
  quote_id?: string;
}
export interface MsgCancelQuoteAminoMsg {
  type: "settle/options/MsgCancelQuote";
  value: MsgCancelQuoteAmino;
}
export interface MsgCancelQuoteResponse {}
export interface MsgCancelQuoteResponseProtoMsg {
  typeUrl: "/settle.options.v1.MsgCancelQuoteResponse";
  value: Uint8Array;
}
/**
 * @name MsgCancelQuoteResponseAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.MsgCancelQuoteResponse
 */
export interface MsgCancelQuoteResponseAmino {}
export interface MsgCancelQuoteResponseAminoMsg {
  type: "settle/options/MsgCancelQuoteResponse";
  value: MsgCancelQuoteResponseAmino;
}
/**
 * MsgAcceptQuote: the requester takes one quote; `max_net_price` (per unit, may be negative) guards
 * against a quote worse than the taker saw.
 */
export interface MsgAcceptQuote {
  owner: string;
  rfqId: bigint;
  quoteId: bigint;
  maxNetPrice: bigint;
}
export interface MsgAcceptQuoteProtoMsg {
  typeUrl: "/settle.options.v1.MsgAcceptQuote";
  value: Uint8Array;
}
/**
 * MsgAcceptQuote: the requester takes one quote; `max_net_price` (per unit, may be negative) guards
 * against a quote worse than the taker saw.
 * @name MsgAcceptQuoteAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.MsgAcceptQuote
 */
export interface MsgAcceptQuoteAmino {
  owner?: string;
  rfq_id?: string;
  quote_id?: string;
  max_net_price?: string;
}
export interface MsgAcceptQuoteAminoMsg {
  type: "settle/options/MsgAcceptQuote";
  value: MsgAcceptQuoteAmino;
}
export interface MsgAcceptQuoteResponse {
  /** net_cost: what the taker paid in all (negative: received), fees apart. */
  netCost: bigint;
}
export interface MsgAcceptQuoteResponseProtoMsg {
  typeUrl: "/settle.options.v1.MsgAcceptQuoteResponse";
  value: Uint8Array;
}
/**
 * @name MsgAcceptQuoteResponseAmino
 * @package settle.options.v1
 * @see proto type: settle.options.v1.MsgAcceptQuoteResponse
 */
export interface MsgAcceptQuoteResponseAmino {
  /**
   * net_cost: what the taker paid in all (negative: received), fees apart.
   */
  net_cost?: string;
}
export interface MsgAcceptQuoteResponseAminoMsg {
  type: "settle/options/MsgAcceptQuoteResponse";
  value: MsgAcceptQuoteResponseAmino;
}
function createBaseMsgPlaceOrder(): MsgPlaceOrder {
  return {
    owner: "",
    subaccount: 0,
    order: undefined
  };
}
export const MsgPlaceOrder = {
  typeUrl: "/settle.options.v1.MsgPlaceOrder",
  encode(message: MsgPlaceOrder, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(16).uint32(message.subaccount);
    }
    if (message.order !== undefined) {
      OrderSpec.encode(message.order, writer.uint32(26).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgPlaceOrder {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgPlaceOrder();
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
          message.order = OrderSpec.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgPlaceOrder {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      order: isSet(object.order) ? OrderSpec.fromJSON(object.order) : undefined
    };
  },
  toJSON(message: MsgPlaceOrder): JsonSafe<MsgPlaceOrder> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    message.order !== undefined && (obj.order = message.order ? OrderSpec.toJSON(message.order) : undefined);
    return obj;
  },
  fromPartial(object: DeepPartial<MsgPlaceOrder>): MsgPlaceOrder {
    const message = createBaseMsgPlaceOrder();
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.order = object.order !== undefined && object.order !== null ? OrderSpec.fromPartial(object.order) : undefined;
    return message;
  },
  fromAmino(object: MsgPlaceOrderAmino): MsgPlaceOrder {
    const message = createBaseMsgPlaceOrder();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    if (object.order !== undefined && object.order !== null) {
      message.order = OrderSpec.fromAmino(object.order);
    }
    return message;
  },
  toAmino(message: MsgPlaceOrder): MsgPlaceOrderAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    obj.order = message.order ? OrderSpec.toAmino(message.order) : undefined;
    return obj;
  },
  fromAminoMsg(object: MsgPlaceOrderAminoMsg): MsgPlaceOrder {
    return MsgPlaceOrder.fromAmino(object.value);
  },
  toAminoMsg(message: MsgPlaceOrder): MsgPlaceOrderAminoMsg {
    return {
      type: "settle/options/MsgPlaceOrder",
      value: MsgPlaceOrder.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgPlaceOrderProtoMsg): MsgPlaceOrder {
    return MsgPlaceOrder.decode(message.value);
  },
  toProto(message: MsgPlaceOrder): Uint8Array {
    return MsgPlaceOrder.encode(message).finish();
  },
  toProtoMsg(message: MsgPlaceOrder): MsgPlaceOrderProtoMsg {
    return {
      typeUrl: "/settle.options.v1.MsgPlaceOrder",
      value: MsgPlaceOrder.encode(message).finish()
    };
  }
};
function createBaseMsgPlaceOrderResponse(): MsgPlaceOrderResponse {
  return {
    orderId: BigInt(0)
  };
}
export const MsgPlaceOrderResponse = {
  typeUrl: "/settle.options.v1.MsgPlaceOrderResponse",
  encode(message: MsgPlaceOrderResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.orderId !== BigInt(0)) {
      writer.uint32(8).uint64(message.orderId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgPlaceOrderResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgPlaceOrderResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.orderId = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgPlaceOrderResponse {
    return {
      orderId: isSet(object.orderId) ? BigInt(object.orderId.toString()) : BigInt(0)
    };
  },
  toJSON(message: MsgPlaceOrderResponse): JsonSafe<MsgPlaceOrderResponse> {
    const obj: any = {};
    message.orderId !== undefined && (obj.orderId = (message.orderId || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<MsgPlaceOrderResponse>): MsgPlaceOrderResponse {
    const message = createBaseMsgPlaceOrderResponse();
    message.orderId = object.orderId !== undefined && object.orderId !== null ? BigInt(object.orderId.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: MsgPlaceOrderResponseAmino): MsgPlaceOrderResponse {
    const message = createBaseMsgPlaceOrderResponse();
    if (object.order_id !== undefined && object.order_id !== null) {
      message.orderId = BigInt(object.order_id);
    }
    return message;
  },
  toAmino(message: MsgPlaceOrderResponse): MsgPlaceOrderResponseAmino {
    const obj: any = {};
    obj.order_id = message.orderId !== BigInt(0) ? message.orderId?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: MsgPlaceOrderResponseAminoMsg): MsgPlaceOrderResponse {
    return MsgPlaceOrderResponse.fromAmino(object.value);
  },
  toAminoMsg(message: MsgPlaceOrderResponse): MsgPlaceOrderResponseAminoMsg {
    return {
      type: "settle/options/MsgPlaceOrderResponse",
      value: MsgPlaceOrderResponse.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgPlaceOrderResponseProtoMsg): MsgPlaceOrderResponse {
    return MsgPlaceOrderResponse.decode(message.value);
  },
  toProto(message: MsgPlaceOrderResponse): Uint8Array {
    return MsgPlaceOrderResponse.encode(message).finish();
  },
  toProtoMsg(message: MsgPlaceOrderResponse): MsgPlaceOrderResponseProtoMsg {
    return {
      typeUrl: "/settle.options.v1.MsgPlaceOrderResponse",
      value: MsgPlaceOrderResponse.encode(message).finish()
    };
  }
};
function createBaseMsgCancelOrder(): MsgCancelOrder {
  return {
    owner: "",
    subaccount: 0,
    orderId: BigInt(0),
    clientId: BigInt(0)
  };
}
export const MsgCancelOrder = {
  typeUrl: "/settle.options.v1.MsgCancelOrder",
  encode(message: MsgCancelOrder, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(16).uint32(message.subaccount);
    }
    if (message.orderId !== BigInt(0)) {
      writer.uint32(24).uint64(message.orderId);
    }
    if (message.clientId !== BigInt(0)) {
      writer.uint32(32).uint64(message.clientId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgCancelOrder {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgCancelOrder();
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
          message.orderId = reader.uint64();
          break;
        case 4:
          message.clientId = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgCancelOrder {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      orderId: isSet(object.orderId) ? BigInt(object.orderId.toString()) : BigInt(0),
      clientId: isSet(object.clientId) ? BigInt(object.clientId.toString()) : BigInt(0)
    };
  },
  toJSON(message: MsgCancelOrder): JsonSafe<MsgCancelOrder> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    message.orderId !== undefined && (obj.orderId = (message.orderId || BigInt(0)).toString());
    message.clientId !== undefined && (obj.clientId = (message.clientId || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<MsgCancelOrder>): MsgCancelOrder {
    const message = createBaseMsgCancelOrder();
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.orderId = object.orderId !== undefined && object.orderId !== null ? BigInt(object.orderId.toString()) : BigInt(0);
    message.clientId = object.clientId !== undefined && object.clientId !== null ? BigInt(object.clientId.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: MsgCancelOrderAmino): MsgCancelOrder {
    const message = createBaseMsgCancelOrder();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    if (object.order_id !== undefined && object.order_id !== null) {
      message.orderId = BigInt(object.order_id);
    }
    if (object.client_id !== undefined && object.client_id !== null) {
      message.clientId = BigInt(object.client_id);
    }
    return message;
  },
  toAmino(message: MsgCancelOrder): MsgCancelOrderAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    obj.order_id = message.orderId !== BigInt(0) ? message.orderId?.toString() : undefined;
    obj.client_id = message.clientId !== BigInt(0) ? message.clientId?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: MsgCancelOrderAminoMsg): MsgCancelOrder {
    return MsgCancelOrder.fromAmino(object.value);
  },
  toAminoMsg(message: MsgCancelOrder): MsgCancelOrderAminoMsg {
    return {
      type: "settle/options/MsgCancelOrder",
      value: MsgCancelOrder.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgCancelOrderProtoMsg): MsgCancelOrder {
    return MsgCancelOrder.decode(message.value);
  },
  toProto(message: MsgCancelOrder): Uint8Array {
    return MsgCancelOrder.encode(message).finish();
  },
  toProtoMsg(message: MsgCancelOrder): MsgCancelOrderProtoMsg {
    return {
      typeUrl: "/settle.options.v1.MsgCancelOrder",
      value: MsgCancelOrder.encode(message).finish()
    };
  }
};
function createBaseMsgCancelOrderResponse(): MsgCancelOrderResponse {
  return {};
}
export const MsgCancelOrderResponse = {
  typeUrl: "/settle.options.v1.MsgCancelOrderResponse",
  encode(_: MsgCancelOrderResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgCancelOrderResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgCancelOrderResponse();
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
  fromJSON(_: any): MsgCancelOrderResponse {
    return {};
  },
  toJSON(_: MsgCancelOrderResponse): JsonSafe<MsgCancelOrderResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial(_: DeepPartial<MsgCancelOrderResponse>): MsgCancelOrderResponse {
    const message = createBaseMsgCancelOrderResponse();
    return message;
  },
  fromAmino(_: MsgCancelOrderResponseAmino): MsgCancelOrderResponse {
    const message = createBaseMsgCancelOrderResponse();
    return message;
  },
  toAmino(_: MsgCancelOrderResponse): MsgCancelOrderResponseAmino {
    const obj: any = {};
    return obj;
  },
  fromAminoMsg(object: MsgCancelOrderResponseAminoMsg): MsgCancelOrderResponse {
    return MsgCancelOrderResponse.fromAmino(object.value);
  },
  toAminoMsg(message: MsgCancelOrderResponse): MsgCancelOrderResponseAminoMsg {
    return {
      type: "settle/options/MsgCancelOrderResponse",
      value: MsgCancelOrderResponse.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgCancelOrderResponseProtoMsg): MsgCancelOrderResponse {
    return MsgCancelOrderResponse.decode(message.value);
  },
  toProto(message: MsgCancelOrderResponse): Uint8Array {
    return MsgCancelOrderResponse.encode(message).finish();
  },
  toProtoMsg(message: MsgCancelOrderResponse): MsgCancelOrderResponseProtoMsg {
    return {
      typeUrl: "/settle.options.v1.MsgCancelOrderResponse",
      value: MsgCancelOrderResponse.encode(message).finish()
    };
  }
};
function createBaseMsgBatch(): MsgBatch {
  return {
    owner: "",
    subaccount: 0,
    cancelClientIds: [],
    places: []
  };
}
export const MsgBatch = {
  typeUrl: "/settle.options.v1.MsgBatch",
  encode(message: MsgBatch, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(16).uint32(message.subaccount);
    }
    if (message.cancelClientIds.length > 0) {
      writer.uint32(26).fork();
      for (const v of message.cancelClientIds) {
        writer.uint64(v);
      }
      writer.ldelim();
    }
    for (const v of message.places) {
      OrderSpec.encode(v!, writer.uint32(34).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgBatch {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgBatch();
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
          if ((tag & 7) === 2) {
            const end2 = reader.uint32() + reader.pos;
            while (reader.pos < end2) {
              message.cancelClientIds.push(reader.uint64());
            }
          } else {
            message.cancelClientIds.push(reader.uint64());
          }
          break;
        case 4:
          message.places.push(OrderSpec.decode(reader, reader.uint32()));
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgBatch {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      cancelClientIds: Array.isArray(object?.cancelClientIds) ? object.cancelClientIds.map((e: any) => BigInt(e.toString())) : [],
      places: Array.isArray(object?.places) ? object.places.map((e: any) => OrderSpec.fromJSON(e)) : []
    };
  },
  toJSON(message: MsgBatch): JsonSafe<MsgBatch> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    if (message.cancelClientIds) {
      obj.cancelClientIds = message.cancelClientIds.map(e => (e || BigInt(0)).toString());
    } else {
      obj.cancelClientIds = [];
    }
    if (message.places) {
      obj.places = message.places.map(e => e ? OrderSpec.toJSON(e) : undefined);
    } else {
      obj.places = [];
    }
    return obj;
  },
  fromPartial(object: DeepPartial<MsgBatch>): MsgBatch {
    const message = createBaseMsgBatch();
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.cancelClientIds = object.cancelClientIds?.map(e => BigInt(e.toString())) || [];
    message.places = object.places?.map(e => OrderSpec.fromPartial(e)) || [];
    return message;
  },
  fromAmino(object: MsgBatchAmino): MsgBatch {
    const message = createBaseMsgBatch();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    message.cancelClientIds = object.cancel_client_ids?.map(e => BigInt(e)) || [];
    message.places = object.places?.map(e => OrderSpec.fromAmino(e)) || [];
    return message;
  },
  toAmino(message: MsgBatch): MsgBatchAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    if (message.cancelClientIds && message.cancelClientIds.length > 0) {
      obj.cancel_client_ids = message.cancelClientIds.map(e => e.toString());
    }
    if (message.places && message.places.length > 0) {
      obj.places = message.places.map(e => e ? OrderSpec.toAmino(e) : undefined);
    }
    return obj;
  },
  fromAminoMsg(object: MsgBatchAminoMsg): MsgBatch {
    return MsgBatch.fromAmino(object.value);
  },
  toAminoMsg(message: MsgBatch): MsgBatchAminoMsg {
    return {
      type: "settle/options/MsgBatch",
      value: MsgBatch.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgBatchProtoMsg): MsgBatch {
    return MsgBatch.decode(message.value);
  },
  toProto(message: MsgBatch): Uint8Array {
    return MsgBatch.encode(message).finish();
  },
  toProtoMsg(message: MsgBatch): MsgBatchProtoMsg {
    return {
      typeUrl: "/settle.options.v1.MsgBatch",
      value: MsgBatch.encode(message).finish()
    };
  }
};
function createBaseMsgBatchResponse(): MsgBatchResponse {
  return {
    orderIds: []
  };
}
export const MsgBatchResponse = {
  typeUrl: "/settle.options.v1.MsgBatchResponse",
  encode(message: MsgBatchResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.orderIds.length > 0) {
      writer.uint32(10).fork();
      for (const v of message.orderIds) {
        writer.uint64(v);
      }
      writer.ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgBatchResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgBatchResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          if ((tag & 7) === 2) {
            const end2 = reader.uint32() + reader.pos;
            while (reader.pos < end2) {
              message.orderIds.push(reader.uint64());
            }
          } else {
            message.orderIds.push(reader.uint64());
          }
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgBatchResponse {
    return {
      orderIds: Array.isArray(object?.orderIds) ? object.orderIds.map((e: any) => BigInt(e.toString())) : []
    };
  },
  toJSON(message: MsgBatchResponse): JsonSafe<MsgBatchResponse> {
    const obj: any = {};
    if (message.orderIds) {
      obj.orderIds = message.orderIds.map(e => (e || BigInt(0)).toString());
    } else {
      obj.orderIds = [];
    }
    return obj;
  },
  fromPartial(object: DeepPartial<MsgBatchResponse>): MsgBatchResponse {
    const message = createBaseMsgBatchResponse();
    message.orderIds = object.orderIds?.map(e => BigInt(e.toString())) || [];
    return message;
  },
  fromAmino(object: MsgBatchResponseAmino): MsgBatchResponse {
    const message = createBaseMsgBatchResponse();
    message.orderIds = object.order_ids?.map(e => BigInt(e)) || [];
    return message;
  },
  toAmino(message: MsgBatchResponse): MsgBatchResponseAmino {
    const obj: any = {};
    if (message.orderIds && message.orderIds.length > 0) {
      obj.order_ids = message.orderIds.map(e => e.toString());
    }
    return obj;
  },
  fromAminoMsg(object: MsgBatchResponseAminoMsg): MsgBatchResponse {
    return MsgBatchResponse.fromAmino(object.value);
  },
  toAminoMsg(message: MsgBatchResponse): MsgBatchResponseAminoMsg {
    return {
      type: "settle/options/MsgBatchResponse",
      value: MsgBatchResponse.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgBatchResponseProtoMsg): MsgBatchResponse {
    return MsgBatchResponse.decode(message.value);
  },
  toProto(message: MsgBatchResponse): Uint8Array {
    return MsgBatchResponse.encode(message).finish();
  },
  toProtoMsg(message: MsgBatchResponse): MsgBatchResponseProtoMsg {
    return {
      typeUrl: "/settle.options.v1.MsgBatchResponse",
      value: MsgBatchResponse.encode(message).finish()
    };
  }
};
function createBaseMsgMassCancel(): MsgMassCancel {
  return {
    owner: "",
    subaccount: 0,
    instrumentId: "",
    underlying: "",
    expiry: BigInt(0)
  };
}
export const MsgMassCancel = {
  typeUrl: "/settle.options.v1.MsgMassCancel",
  encode(message: MsgMassCancel, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(16).uint32(message.subaccount);
    }
    if (message.instrumentId !== "") {
      writer.uint32(26).string(message.instrumentId);
    }
    if (message.underlying !== "") {
      writer.uint32(34).string(message.underlying);
    }
    if (message.expiry !== BigInt(0)) {
      writer.uint32(40).int64(message.expiry);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgMassCancel {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgMassCancel();
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
          message.instrumentId = reader.string();
          break;
        case 4:
          message.underlying = reader.string();
          break;
        case 5:
          message.expiry = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgMassCancel {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      instrumentId: isSet(object.instrumentId) ? String(object.instrumentId) : "",
      underlying: isSet(object.underlying) ? String(object.underlying) : "",
      expiry: isSet(object.expiry) ? BigInt(object.expiry.toString()) : BigInt(0)
    };
  },
  toJSON(message: MsgMassCancel): JsonSafe<MsgMassCancel> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    message.instrumentId !== undefined && (obj.instrumentId = message.instrumentId);
    message.underlying !== undefined && (obj.underlying = message.underlying);
    message.expiry !== undefined && (obj.expiry = (message.expiry || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<MsgMassCancel>): MsgMassCancel {
    const message = createBaseMsgMassCancel();
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.instrumentId = object.instrumentId ?? "";
    message.underlying = object.underlying ?? "";
    message.expiry = object.expiry !== undefined && object.expiry !== null ? BigInt(object.expiry.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: MsgMassCancelAmino): MsgMassCancel {
    const message = createBaseMsgMassCancel();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    if (object.instrument_id !== undefined && object.instrument_id !== null) {
      message.instrumentId = object.instrument_id;
    }
    if (object.underlying !== undefined && object.underlying !== null) {
      message.underlying = object.underlying;
    }
    if (object.expiry !== undefined && object.expiry !== null) {
      message.expiry = BigInt(object.expiry);
    }
    return message;
  },
  toAmino(message: MsgMassCancel): MsgMassCancelAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    obj.instrument_id = message.instrumentId === "" ? undefined : message.instrumentId;
    obj.underlying = message.underlying === "" ? undefined : message.underlying;
    obj.expiry = message.expiry !== BigInt(0) ? message.expiry?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: MsgMassCancelAminoMsg): MsgMassCancel {
    return MsgMassCancel.fromAmino(object.value);
  },
  toAminoMsg(message: MsgMassCancel): MsgMassCancelAminoMsg {
    return {
      type: "settle/options/MsgMassCancel",
      value: MsgMassCancel.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgMassCancelProtoMsg): MsgMassCancel {
    return MsgMassCancel.decode(message.value);
  },
  toProto(message: MsgMassCancel): Uint8Array {
    return MsgMassCancel.encode(message).finish();
  },
  toProtoMsg(message: MsgMassCancel): MsgMassCancelProtoMsg {
    return {
      typeUrl: "/settle.options.v1.MsgMassCancel",
      value: MsgMassCancel.encode(message).finish()
    };
  }
};
function createBaseMsgMassCancelResponse(): MsgMassCancelResponse {
  return {
    cancelled: 0
  };
}
export const MsgMassCancelResponse = {
  typeUrl: "/settle.options.v1.MsgMassCancelResponse",
  encode(message: MsgMassCancelResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.cancelled !== 0) {
      writer.uint32(8).uint32(message.cancelled);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgMassCancelResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgMassCancelResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.cancelled = reader.uint32();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgMassCancelResponse {
    return {
      cancelled: isSet(object.cancelled) ? Number(object.cancelled) : 0
    };
  },
  toJSON(message: MsgMassCancelResponse): JsonSafe<MsgMassCancelResponse> {
    const obj: any = {};
    message.cancelled !== undefined && (obj.cancelled = Math.round(message.cancelled));
    return obj;
  },
  fromPartial(object: DeepPartial<MsgMassCancelResponse>): MsgMassCancelResponse {
    const message = createBaseMsgMassCancelResponse();
    message.cancelled = object.cancelled ?? 0;
    return message;
  },
  fromAmino(object: MsgMassCancelResponseAmino): MsgMassCancelResponse {
    const message = createBaseMsgMassCancelResponse();
    if (object.cancelled !== undefined && object.cancelled !== null) {
      message.cancelled = object.cancelled;
    }
    return message;
  },
  toAmino(message: MsgMassCancelResponse): MsgMassCancelResponseAmino {
    const obj: any = {};
    obj.cancelled = message.cancelled === 0 ? undefined : message.cancelled;
    return obj;
  },
  fromAminoMsg(object: MsgMassCancelResponseAminoMsg): MsgMassCancelResponse {
    return MsgMassCancelResponse.fromAmino(object.value);
  },
  toAminoMsg(message: MsgMassCancelResponse): MsgMassCancelResponseAminoMsg {
    return {
      type: "settle/options/MsgMassCancelResponse",
      value: MsgMassCancelResponse.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgMassCancelResponseProtoMsg): MsgMassCancelResponse {
    return MsgMassCancelResponse.decode(message.value);
  },
  toProto(message: MsgMassCancelResponse): Uint8Array {
    return MsgMassCancelResponse.encode(message).finish();
  },
  toProtoMsg(message: MsgMassCancelResponse): MsgMassCancelResponseProtoMsg {
    return {
      typeUrl: "/settle.options.v1.MsgMassCancelResponse",
      value: MsgMassCancelResponse.encode(message).finish()
    };
  }
};
function createBaseMsgListInstrument(): MsgListInstrument {
  return {
    authority: "",
    instrument: undefined
  };
}
export const MsgListInstrument = {
  typeUrl: "/settle.options.v1.MsgListInstrument",
  encode(message: MsgListInstrument, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    if (message.instrument !== undefined) {
      Instrument.encode(message.instrument, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgListInstrument {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgListInstrument();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.authority = reader.string();
          break;
        case 2:
          message.instrument = Instrument.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgListInstrument {
    return {
      authority: isSet(object.authority) ? String(object.authority) : "",
      instrument: isSet(object.instrument) ? Instrument.fromJSON(object.instrument) : undefined
    };
  },
  toJSON(message: MsgListInstrument): JsonSafe<MsgListInstrument> {
    const obj: any = {};
    message.authority !== undefined && (obj.authority = message.authority);
    message.instrument !== undefined && (obj.instrument = message.instrument ? Instrument.toJSON(message.instrument) : undefined);
    return obj;
  },
  fromPartial(object: DeepPartial<MsgListInstrument>): MsgListInstrument {
    const message = createBaseMsgListInstrument();
    message.authority = object.authority ?? "";
    message.instrument = object.instrument !== undefined && object.instrument !== null ? Instrument.fromPartial(object.instrument) : undefined;
    return message;
  },
  fromAmino(object: MsgListInstrumentAmino): MsgListInstrument {
    const message = createBaseMsgListInstrument();
    if (object.authority !== undefined && object.authority !== null) {
      message.authority = object.authority;
    }
    if (object.instrument !== undefined && object.instrument !== null) {
      message.instrument = Instrument.fromAmino(object.instrument);
    }
    return message;
  },
  toAmino(message: MsgListInstrument): MsgListInstrumentAmino {
    const obj: any = {};
    obj.authority = message.authority === "" ? undefined : message.authority;
    obj.instrument = message.instrument ? Instrument.toAmino(message.instrument) : undefined;
    return obj;
  },
  fromAminoMsg(object: MsgListInstrumentAminoMsg): MsgListInstrument {
    return MsgListInstrument.fromAmino(object.value);
  },
  toAminoMsg(message: MsgListInstrument): MsgListInstrumentAminoMsg {
    return {
      type: "settle/options/MsgListInstrument",
      value: MsgListInstrument.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgListInstrumentProtoMsg): MsgListInstrument {
    return MsgListInstrument.decode(message.value);
  },
  toProto(message: MsgListInstrument): Uint8Array {
    return MsgListInstrument.encode(message).finish();
  },
  toProtoMsg(message: MsgListInstrument): MsgListInstrumentProtoMsg {
    return {
      typeUrl: "/settle.options.v1.MsgListInstrument",
      value: MsgListInstrument.encode(message).finish()
    };
  }
};
function createBaseMsgListInstrumentResponse(): MsgListInstrumentResponse {
  return {};
}
export const MsgListInstrumentResponse = {
  typeUrl: "/settle.options.v1.MsgListInstrumentResponse",
  encode(_: MsgListInstrumentResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgListInstrumentResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgListInstrumentResponse();
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
  fromJSON(_: any): MsgListInstrumentResponse {
    return {};
  },
  toJSON(_: MsgListInstrumentResponse): JsonSafe<MsgListInstrumentResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial(_: DeepPartial<MsgListInstrumentResponse>): MsgListInstrumentResponse {
    const message = createBaseMsgListInstrumentResponse();
    return message;
  },
  fromAmino(_: MsgListInstrumentResponseAmino): MsgListInstrumentResponse {
    const message = createBaseMsgListInstrumentResponse();
    return message;
  },
  toAmino(_: MsgListInstrumentResponse): MsgListInstrumentResponseAmino {
    const obj: any = {};
    return obj;
  },
  fromAminoMsg(object: MsgListInstrumentResponseAminoMsg): MsgListInstrumentResponse {
    return MsgListInstrumentResponse.fromAmino(object.value);
  },
  toAminoMsg(message: MsgListInstrumentResponse): MsgListInstrumentResponseAminoMsg {
    return {
      type: "settle/options/MsgListInstrumentResponse",
      value: MsgListInstrumentResponse.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgListInstrumentResponseProtoMsg): MsgListInstrumentResponse {
    return MsgListInstrumentResponse.decode(message.value);
  },
  toProto(message: MsgListInstrumentResponse): Uint8Array {
    return MsgListInstrumentResponse.encode(message).finish();
  },
  toProtoMsg(message: MsgListInstrumentResponse): MsgListInstrumentResponseProtoMsg {
    return {
      typeUrl: "/settle.options.v1.MsgListInstrumentResponse",
      value: MsgListInstrumentResponse.encode(message).finish()
    };
  }
};
function createBaseMsgUpdateParams(): MsgUpdateParams {
  return {
    authority: "",
    params: undefined
  };
}
export const MsgUpdateParams = {
  typeUrl: "/settle.options.v1.MsgUpdateParams",
  encode(message: MsgUpdateParams, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.authority !== "") {
      writer.uint32(10).string(message.authority);
    }
    if (message.params !== undefined) {
      Params.encode(message.params, writer.uint32(18).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgUpdateParams {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgUpdateParams();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.authority = reader.string();
          break;
        case 2:
          message.params = Params.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgUpdateParams {
    return {
      authority: isSet(object.authority) ? String(object.authority) : "",
      params: isSet(object.params) ? Params.fromJSON(object.params) : undefined
    };
  },
  toJSON(message: MsgUpdateParams): JsonSafe<MsgUpdateParams> {
    const obj: any = {};
    message.authority !== undefined && (obj.authority = message.authority);
    message.params !== undefined && (obj.params = message.params ? Params.toJSON(message.params) : undefined);
    return obj;
  },
  fromPartial(object: DeepPartial<MsgUpdateParams>): MsgUpdateParams {
    const message = createBaseMsgUpdateParams();
    message.authority = object.authority ?? "";
    message.params = object.params !== undefined && object.params !== null ? Params.fromPartial(object.params) : undefined;
    return message;
  },
  fromAmino(object: MsgUpdateParamsAmino): MsgUpdateParams {
    const message = createBaseMsgUpdateParams();
    if (object.authority !== undefined && object.authority !== null) {
      message.authority = object.authority;
    }
    if (object.params !== undefined && object.params !== null) {
      message.params = Params.fromAmino(object.params);
    }
    return message;
  },
  toAmino(message: MsgUpdateParams): MsgUpdateParamsAmino {
    const obj: any = {};
    obj.authority = message.authority === "" ? undefined : message.authority;
    obj.params = message.params ? Params.toAmino(message.params) : undefined;
    return obj;
  },
  fromAminoMsg(object: MsgUpdateParamsAminoMsg): MsgUpdateParams {
    return MsgUpdateParams.fromAmino(object.value);
  },
  toAminoMsg(message: MsgUpdateParams): MsgUpdateParamsAminoMsg {
    return {
      type: "settle/options/MsgUpdateParams",
      value: MsgUpdateParams.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgUpdateParamsProtoMsg): MsgUpdateParams {
    return MsgUpdateParams.decode(message.value);
  },
  toProto(message: MsgUpdateParams): Uint8Array {
    return MsgUpdateParams.encode(message).finish();
  },
  toProtoMsg(message: MsgUpdateParams): MsgUpdateParamsProtoMsg {
    return {
      typeUrl: "/settle.options.v1.MsgUpdateParams",
      value: MsgUpdateParams.encode(message).finish()
    };
  }
};
function createBaseMsgUpdateParamsResponse(): MsgUpdateParamsResponse {
  return {};
}
export const MsgUpdateParamsResponse = {
  typeUrl: "/settle.options.v1.MsgUpdateParamsResponse",
  encode(_: MsgUpdateParamsResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgUpdateParamsResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgUpdateParamsResponse();
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
  fromJSON(_: any): MsgUpdateParamsResponse {
    return {};
  },
  toJSON(_: MsgUpdateParamsResponse): JsonSafe<MsgUpdateParamsResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial(_: DeepPartial<MsgUpdateParamsResponse>): MsgUpdateParamsResponse {
    const message = createBaseMsgUpdateParamsResponse();
    return message;
  },
  fromAmino(_: MsgUpdateParamsResponseAmino): MsgUpdateParamsResponse {
    const message = createBaseMsgUpdateParamsResponse();
    return message;
  },
  toAmino(_: MsgUpdateParamsResponse): MsgUpdateParamsResponseAmino {
    const obj: any = {};
    return obj;
  },
  fromAminoMsg(object: MsgUpdateParamsResponseAminoMsg): MsgUpdateParamsResponse {
    return MsgUpdateParamsResponse.fromAmino(object.value);
  },
  toAminoMsg(message: MsgUpdateParamsResponse): MsgUpdateParamsResponseAminoMsg {
    return {
      type: "settle/options/MsgUpdateParamsResponse",
      value: MsgUpdateParamsResponse.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgUpdateParamsResponseProtoMsg): MsgUpdateParamsResponse {
    return MsgUpdateParamsResponse.decode(message.value);
  },
  toProto(message: MsgUpdateParamsResponse): Uint8Array {
    return MsgUpdateParamsResponse.encode(message).finish();
  },
  toProtoMsg(message: MsgUpdateParamsResponse): MsgUpdateParamsResponseProtoMsg {
    return {
      typeUrl: "/settle.options.v1.MsgUpdateParamsResponse",
      value: MsgUpdateParamsResponse.encode(message).finish()
    };
  }
};
function createBaseMsgPlaceCombo(): MsgPlaceCombo {
  return {
    owner: "",
    subaccount: 0,
    clientId: BigInt(0),
    legs: [],
    quantity: BigInt(0),
    limitPrice: BigInt(0)
  };
}
export const MsgPlaceCombo = {
  typeUrl: "/settle.options.v1.MsgPlaceCombo",
  encode(message: MsgPlaceCombo, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(16).uint32(message.subaccount);
    }
    if (message.clientId !== BigInt(0)) {
      writer.uint32(24).uint64(message.clientId);
    }
    for (const v of message.legs) {
      ComboLeg.encode(v!, writer.uint32(34).fork()).ldelim();
    }
    if (message.quantity !== BigInt(0)) {
      writer.uint32(40).uint64(message.quantity);
    }
    if (message.limitPrice !== BigInt(0)) {
      writer.uint32(48).int64(message.limitPrice);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgPlaceCombo {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgPlaceCombo();
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
          message.clientId = reader.uint64();
          break;
        case 4:
          message.legs.push(ComboLeg.decode(reader, reader.uint32()));
          break;
        case 5:
          message.quantity = reader.uint64();
          break;
        case 6:
          message.limitPrice = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgPlaceCombo {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      clientId: isSet(object.clientId) ? BigInt(object.clientId.toString()) : BigInt(0),
      legs: Array.isArray(object?.legs) ? object.legs.map((e: any) => ComboLeg.fromJSON(e)) : [],
      quantity: isSet(object.quantity) ? BigInt(object.quantity.toString()) : BigInt(0),
      limitPrice: isSet(object.limitPrice) ? BigInt(object.limitPrice.toString()) : BigInt(0)
    };
  },
  toJSON(message: MsgPlaceCombo): JsonSafe<MsgPlaceCombo> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    message.clientId !== undefined && (obj.clientId = (message.clientId || BigInt(0)).toString());
    if (message.legs) {
      obj.legs = message.legs.map(e => e ? ComboLeg.toJSON(e) : undefined);
    } else {
      obj.legs = [];
    }
    message.quantity !== undefined && (obj.quantity = (message.quantity || BigInt(0)).toString());
    message.limitPrice !== undefined && (obj.limitPrice = (message.limitPrice || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<MsgPlaceCombo>): MsgPlaceCombo {
    const message = createBaseMsgPlaceCombo();
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.clientId = object.clientId !== undefined && object.clientId !== null ? BigInt(object.clientId.toString()) : BigInt(0);
    message.legs = object.legs?.map(e => ComboLeg.fromPartial(e)) || [];
    message.quantity = object.quantity !== undefined && object.quantity !== null ? BigInt(object.quantity.toString()) : BigInt(0);
    message.limitPrice = object.limitPrice !== undefined && object.limitPrice !== null ? BigInt(object.limitPrice.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: MsgPlaceComboAmino): MsgPlaceCombo {
    const message = createBaseMsgPlaceCombo();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    if (object.client_id !== undefined && object.client_id !== null) {
      message.clientId = BigInt(object.client_id);
    }
    message.legs = object.legs?.map(e => ComboLeg.fromAmino(e)) || [];
    if (object.quantity !== undefined && object.quantity !== null) {
      message.quantity = BigInt(object.quantity);
    }
    if (object.limit_price !== undefined && object.limit_price !== null) {
      message.limitPrice = BigInt(object.limit_price);
    }
    return message;
  },
  toAmino(message: MsgPlaceCombo): MsgPlaceComboAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    obj.client_id = message.clientId !== BigInt(0) ? message.clientId?.toString() : undefined;
    if (message.legs && message.legs.length > 0) {
      obj.legs = message.legs.map(e => e ? ComboLeg.toAmino(e) : undefined);
    }
    obj.quantity = message.quantity !== BigInt(0) ? message.quantity?.toString() : undefined;
    obj.limit_price = message.limitPrice !== BigInt(0) ? message.limitPrice?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: MsgPlaceComboAminoMsg): MsgPlaceCombo {
    return MsgPlaceCombo.fromAmino(object.value);
  },
  toAminoMsg(message: MsgPlaceCombo): MsgPlaceComboAminoMsg {
    return {
      type: "settle/options/MsgPlaceCombo",
      value: MsgPlaceCombo.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgPlaceComboProtoMsg): MsgPlaceCombo {
    return MsgPlaceCombo.decode(message.value);
  },
  toProto(message: MsgPlaceCombo): Uint8Array {
    return MsgPlaceCombo.encode(message).finish();
  },
  toProtoMsg(message: MsgPlaceCombo): MsgPlaceComboProtoMsg {
    return {
      typeUrl: "/settle.options.v1.MsgPlaceCombo",
      value: MsgPlaceCombo.encode(message).finish()
    };
  }
};
function createBaseMsgPlaceComboResponse(): MsgPlaceComboResponse {
  return {
    comboId: BigInt(0)
  };
}
export const MsgPlaceComboResponse = {
  typeUrl: "/settle.options.v1.MsgPlaceComboResponse",
  encode(message: MsgPlaceComboResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.comboId !== BigInt(0)) {
      writer.uint32(8).uint64(message.comboId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgPlaceComboResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgPlaceComboResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.comboId = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgPlaceComboResponse {
    return {
      comboId: isSet(object.comboId) ? BigInt(object.comboId.toString()) : BigInt(0)
    };
  },
  toJSON(message: MsgPlaceComboResponse): JsonSafe<MsgPlaceComboResponse> {
    const obj: any = {};
    message.comboId !== undefined && (obj.comboId = (message.comboId || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<MsgPlaceComboResponse>): MsgPlaceComboResponse {
    const message = createBaseMsgPlaceComboResponse();
    message.comboId = object.comboId !== undefined && object.comboId !== null ? BigInt(object.comboId.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: MsgPlaceComboResponseAmino): MsgPlaceComboResponse {
    const message = createBaseMsgPlaceComboResponse();
    if (object.combo_id !== undefined && object.combo_id !== null) {
      message.comboId = BigInt(object.combo_id);
    }
    return message;
  },
  toAmino(message: MsgPlaceComboResponse): MsgPlaceComboResponseAmino {
    const obj: any = {};
    obj.combo_id = message.comboId !== BigInt(0) ? message.comboId?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: MsgPlaceComboResponseAminoMsg): MsgPlaceComboResponse {
    return MsgPlaceComboResponse.fromAmino(object.value);
  },
  toAminoMsg(message: MsgPlaceComboResponse): MsgPlaceComboResponseAminoMsg {
    return {
      type: "settle/options/MsgPlaceComboResponse",
      value: MsgPlaceComboResponse.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgPlaceComboResponseProtoMsg): MsgPlaceComboResponse {
    return MsgPlaceComboResponse.decode(message.value);
  },
  toProto(message: MsgPlaceComboResponse): Uint8Array {
    return MsgPlaceComboResponse.encode(message).finish();
  },
  toProtoMsg(message: MsgPlaceComboResponse): MsgPlaceComboResponseProtoMsg {
    return {
      typeUrl: "/settle.options.v1.MsgPlaceComboResponse",
      value: MsgPlaceComboResponse.encode(message).finish()
    };
  }
};
function createBaseMsgCancelAllAfter(): MsgCancelAllAfter {
  return {
    owner: "",
    subaccount: 0,
    height: BigInt(0)
  };
}
export const MsgCancelAllAfter = {
  typeUrl: "/settle.options.v1.MsgCancelAllAfter",
  encode(message: MsgCancelAllAfter, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(16).uint32(message.subaccount);
    }
    if (message.height !== BigInt(0)) {
      writer.uint32(24).uint64(message.height);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgCancelAllAfter {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgCancelAllAfter();
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
          message.height = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgCancelAllAfter {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      height: isSet(object.height) ? BigInt(object.height.toString()) : BigInt(0)
    };
  },
  toJSON(message: MsgCancelAllAfter): JsonSafe<MsgCancelAllAfter> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    message.height !== undefined && (obj.height = (message.height || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<MsgCancelAllAfter>): MsgCancelAllAfter {
    const message = createBaseMsgCancelAllAfter();
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.height = object.height !== undefined && object.height !== null ? BigInt(object.height.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: MsgCancelAllAfterAmino): MsgCancelAllAfter {
    const message = createBaseMsgCancelAllAfter();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    if (object.height !== undefined && object.height !== null) {
      message.height = BigInt(object.height);
    }
    return message;
  },
  toAmino(message: MsgCancelAllAfter): MsgCancelAllAfterAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    obj.height = message.height !== BigInt(0) ? message.height?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: MsgCancelAllAfterAminoMsg): MsgCancelAllAfter {
    return MsgCancelAllAfter.fromAmino(object.value);
  },
  toAminoMsg(message: MsgCancelAllAfter): MsgCancelAllAfterAminoMsg {
    return {
      type: "settle/options/MsgCancelAllAfter",
      value: MsgCancelAllAfter.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgCancelAllAfterProtoMsg): MsgCancelAllAfter {
    return MsgCancelAllAfter.decode(message.value);
  },
  toProto(message: MsgCancelAllAfter): Uint8Array {
    return MsgCancelAllAfter.encode(message).finish();
  },
  toProtoMsg(message: MsgCancelAllAfter): MsgCancelAllAfterProtoMsg {
    return {
      typeUrl: "/settle.options.v1.MsgCancelAllAfter",
      value: MsgCancelAllAfter.encode(message).finish()
    };
  }
};
function createBaseMsgCancelAllAfterResponse(): MsgCancelAllAfterResponse {
  return {};
}
export const MsgCancelAllAfterResponse = {
  typeUrl: "/settle.options.v1.MsgCancelAllAfterResponse",
  encode(_: MsgCancelAllAfterResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgCancelAllAfterResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgCancelAllAfterResponse();
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
  fromJSON(_: any): MsgCancelAllAfterResponse {
    return {};
  },
  toJSON(_: MsgCancelAllAfterResponse): JsonSafe<MsgCancelAllAfterResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial(_: DeepPartial<MsgCancelAllAfterResponse>): MsgCancelAllAfterResponse {
    const message = createBaseMsgCancelAllAfterResponse();
    return message;
  },
  fromAmino(_: MsgCancelAllAfterResponseAmino): MsgCancelAllAfterResponse {
    const message = createBaseMsgCancelAllAfterResponse();
    return message;
  },
  toAmino(_: MsgCancelAllAfterResponse): MsgCancelAllAfterResponseAmino {
    const obj: any = {};
    return obj;
  },
  fromAminoMsg(object: MsgCancelAllAfterResponseAminoMsg): MsgCancelAllAfterResponse {
    return MsgCancelAllAfterResponse.fromAmino(object.value);
  },
  toAminoMsg(message: MsgCancelAllAfterResponse): MsgCancelAllAfterResponseAminoMsg {
    return {
      type: "settle/options/MsgCancelAllAfterResponse",
      value: MsgCancelAllAfterResponse.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgCancelAllAfterResponseProtoMsg): MsgCancelAllAfterResponse {
    return MsgCancelAllAfterResponse.decode(message.value);
  },
  toProto(message: MsgCancelAllAfterResponse): Uint8Array {
    return MsgCancelAllAfterResponse.encode(message).finish();
  },
  toProtoMsg(message: MsgCancelAllAfterResponse): MsgCancelAllAfterResponseProtoMsg {
    return {
      typeUrl: "/settle.options.v1.MsgCancelAllAfterResponse",
      value: MsgCancelAllAfterResponse.encode(message).finish()
    };
  }
};
function createBaseMsgSetMmp(): MsgSetMmp {
  return {
    owner: "",
    subaccount: 0,
    config: undefined
  };
}
export const MsgSetMmp = {
  typeUrl: "/settle.options.v1.MsgSetMmp",
  encode(message: MsgSetMmp, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(16).uint32(message.subaccount);
    }
    if (message.config !== undefined) {
      MmpConfig.encode(message.config, writer.uint32(26).fork()).ldelim();
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSetMmp {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSetMmp();
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
          message.config = MmpConfig.decode(reader, reader.uint32());
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgSetMmp {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      config: isSet(object.config) ? MmpConfig.fromJSON(object.config) : undefined
    };
  },
  toJSON(message: MsgSetMmp): JsonSafe<MsgSetMmp> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    message.config !== undefined && (obj.config = message.config ? MmpConfig.toJSON(message.config) : undefined);
    return obj;
  },
  fromPartial(object: DeepPartial<MsgSetMmp>): MsgSetMmp {
    const message = createBaseMsgSetMmp();
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.config = object.config !== undefined && object.config !== null ? MmpConfig.fromPartial(object.config) : undefined;
    return message;
  },
  fromAmino(object: MsgSetMmpAmino): MsgSetMmp {
    const message = createBaseMsgSetMmp();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    if (object.config !== undefined && object.config !== null) {
      message.config = MmpConfig.fromAmino(object.config);
    }
    return message;
  },
  toAmino(message: MsgSetMmp): MsgSetMmpAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    obj.config = message.config ? MmpConfig.toAmino(message.config) : undefined;
    return obj;
  },
  fromAminoMsg(object: MsgSetMmpAminoMsg): MsgSetMmp {
    return MsgSetMmp.fromAmino(object.value);
  },
  toAminoMsg(message: MsgSetMmp): MsgSetMmpAminoMsg {
    return {
      type: "settle/options/MsgSetMmp",
      value: MsgSetMmp.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgSetMmpProtoMsg): MsgSetMmp {
    return MsgSetMmp.decode(message.value);
  },
  toProto(message: MsgSetMmp): Uint8Array {
    return MsgSetMmp.encode(message).finish();
  },
  toProtoMsg(message: MsgSetMmp): MsgSetMmpProtoMsg {
    return {
      typeUrl: "/settle.options.v1.MsgSetMmp",
      value: MsgSetMmp.encode(message).finish()
    };
  }
};
function createBaseMsgSetMmpResponse(): MsgSetMmpResponse {
  return {};
}
export const MsgSetMmpResponse = {
  typeUrl: "/settle.options.v1.MsgSetMmpResponse",
  encode(_: MsgSetMmpResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSetMmpResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSetMmpResponse();
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
  fromJSON(_: any): MsgSetMmpResponse {
    return {};
  },
  toJSON(_: MsgSetMmpResponse): JsonSafe<MsgSetMmpResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial(_: DeepPartial<MsgSetMmpResponse>): MsgSetMmpResponse {
    const message = createBaseMsgSetMmpResponse();
    return message;
  },
  fromAmino(_: MsgSetMmpResponseAmino): MsgSetMmpResponse {
    const message = createBaseMsgSetMmpResponse();
    return message;
  },
  toAmino(_: MsgSetMmpResponse): MsgSetMmpResponseAmino {
    const obj: any = {};
    return obj;
  },
  fromAminoMsg(object: MsgSetMmpResponseAminoMsg): MsgSetMmpResponse {
    return MsgSetMmpResponse.fromAmino(object.value);
  },
  toAminoMsg(message: MsgSetMmpResponse): MsgSetMmpResponseAminoMsg {
    return {
      type: "settle/options/MsgSetMmpResponse",
      value: MsgSetMmpResponse.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgSetMmpResponseProtoMsg): MsgSetMmpResponse {
    return MsgSetMmpResponse.decode(message.value);
  },
  toProto(message: MsgSetMmpResponse): Uint8Array {
    return MsgSetMmpResponse.encode(message).finish();
  },
  toProtoMsg(message: MsgSetMmpResponse): MsgSetMmpResponseProtoMsg {
    return {
      typeUrl: "/settle.options.v1.MsgSetMmpResponse",
      value: MsgSetMmpResponse.encode(message).finish()
    };
  }
};
function createBaseMsgResetMmp(): MsgResetMmp {
  return {
    owner: "",
    subaccount: 0,
    underlying: ""
  };
}
export const MsgResetMmp = {
  typeUrl: "/settle.options.v1.MsgResetMmp",
  encode(message: MsgResetMmp, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(16).uint32(message.subaccount);
    }
    if (message.underlying !== "") {
      writer.uint32(26).string(message.underlying);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgResetMmp {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgResetMmp();
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
          message.underlying = reader.string();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgResetMmp {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      underlying: isSet(object.underlying) ? String(object.underlying) : ""
    };
  },
  toJSON(message: MsgResetMmp): JsonSafe<MsgResetMmp> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    message.underlying !== undefined && (obj.underlying = message.underlying);
    return obj;
  },
  fromPartial(object: DeepPartial<MsgResetMmp>): MsgResetMmp {
    const message = createBaseMsgResetMmp();
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.underlying = object.underlying ?? "";
    return message;
  },
  fromAmino(object: MsgResetMmpAmino): MsgResetMmp {
    const message = createBaseMsgResetMmp();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    if (object.underlying !== undefined && object.underlying !== null) {
      message.underlying = object.underlying;
    }
    return message;
  },
  toAmino(message: MsgResetMmp): MsgResetMmpAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    obj.underlying = message.underlying === "" ? undefined : message.underlying;
    return obj;
  },
  fromAminoMsg(object: MsgResetMmpAminoMsg): MsgResetMmp {
    return MsgResetMmp.fromAmino(object.value);
  },
  toAminoMsg(message: MsgResetMmp): MsgResetMmpAminoMsg {
    return {
      type: "settle/options/MsgResetMmp",
      value: MsgResetMmp.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgResetMmpProtoMsg): MsgResetMmp {
    return MsgResetMmp.decode(message.value);
  },
  toProto(message: MsgResetMmp): Uint8Array {
    return MsgResetMmp.encode(message).finish();
  },
  toProtoMsg(message: MsgResetMmp): MsgResetMmpProtoMsg {
    return {
      typeUrl: "/settle.options.v1.MsgResetMmp",
      value: MsgResetMmp.encode(message).finish()
    };
  }
};
function createBaseMsgResetMmpResponse(): MsgResetMmpResponse {
  return {};
}
export const MsgResetMmpResponse = {
  typeUrl: "/settle.options.v1.MsgResetMmpResponse",
  encode(_: MsgResetMmpResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgResetMmpResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgResetMmpResponse();
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
  fromJSON(_: any): MsgResetMmpResponse {
    return {};
  },
  toJSON(_: MsgResetMmpResponse): JsonSafe<MsgResetMmpResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial(_: DeepPartial<MsgResetMmpResponse>): MsgResetMmpResponse {
    const message = createBaseMsgResetMmpResponse();
    return message;
  },
  fromAmino(_: MsgResetMmpResponseAmino): MsgResetMmpResponse {
    const message = createBaseMsgResetMmpResponse();
    return message;
  },
  toAmino(_: MsgResetMmpResponse): MsgResetMmpResponseAmino {
    const obj: any = {};
    return obj;
  },
  fromAminoMsg(object: MsgResetMmpResponseAminoMsg): MsgResetMmpResponse {
    return MsgResetMmpResponse.fromAmino(object.value);
  },
  toAminoMsg(message: MsgResetMmpResponse): MsgResetMmpResponseAminoMsg {
    return {
      type: "settle/options/MsgResetMmpResponse",
      value: MsgResetMmpResponse.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgResetMmpResponseProtoMsg): MsgResetMmpResponse {
    return MsgResetMmpResponse.decode(message.value);
  },
  toProto(message: MsgResetMmpResponse): Uint8Array {
    return MsgResetMmpResponse.encode(message).finish();
  },
  toProtoMsg(message: MsgResetMmpResponse): MsgResetMmpResponseProtoMsg {
    return {
      typeUrl: "/settle.options.v1.MsgResetMmpResponse",
      value: MsgResetMmpResponse.encode(message).finish()
    };
  }
};
function createBaseMsgRequestQuote(): MsgRequestQuote {
  return {
    owner: "",
    subaccount: 0,
    legs: [],
    quantity: BigInt(0),
    expiresAt: BigInt(0)
  };
}
export const MsgRequestQuote = {
  typeUrl: "/settle.options.v1.MsgRequestQuote",
  encode(message: MsgRequestQuote, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(16).uint32(message.subaccount);
    }
    for (const v of message.legs) {
      ComboLeg.encode(v!, writer.uint32(26).fork()).ldelim();
    }
    if (message.quantity !== BigInt(0)) {
      writer.uint32(32).uint64(message.quantity);
    }
    if (message.expiresAt !== BigInt(0)) {
      writer.uint32(40).uint64(message.expiresAt);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRequestQuote {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRequestQuote();
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
          message.legs.push(ComboLeg.decode(reader, reader.uint32()));
          break;
        case 4:
          message.quantity = reader.uint64();
          break;
        case 5:
          message.expiresAt = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgRequestQuote {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      legs: Array.isArray(object?.legs) ? object.legs.map((e: any) => ComboLeg.fromJSON(e)) : [],
      quantity: isSet(object.quantity) ? BigInt(object.quantity.toString()) : BigInt(0),
      expiresAt: isSet(object.expiresAt) ? BigInt(object.expiresAt.toString()) : BigInt(0)
    };
  },
  toJSON(message: MsgRequestQuote): JsonSafe<MsgRequestQuote> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    if (message.legs) {
      obj.legs = message.legs.map(e => e ? ComboLeg.toJSON(e) : undefined);
    } else {
      obj.legs = [];
    }
    message.quantity !== undefined && (obj.quantity = (message.quantity || BigInt(0)).toString());
    message.expiresAt !== undefined && (obj.expiresAt = (message.expiresAt || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<MsgRequestQuote>): MsgRequestQuote {
    const message = createBaseMsgRequestQuote();
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.legs = object.legs?.map(e => ComboLeg.fromPartial(e)) || [];
    message.quantity = object.quantity !== undefined && object.quantity !== null ? BigInt(object.quantity.toString()) : BigInt(0);
    message.expiresAt = object.expiresAt !== undefined && object.expiresAt !== null ? BigInt(object.expiresAt.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: MsgRequestQuoteAmino): MsgRequestQuote {
    const message = createBaseMsgRequestQuote();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    message.legs = object.legs?.map(e => ComboLeg.fromAmino(e)) || [];
    if (object.quantity !== undefined && object.quantity !== null) {
      message.quantity = BigInt(object.quantity);
    }
    if (object.expires_at !== undefined && object.expires_at !== null) {
      message.expiresAt = BigInt(object.expires_at);
    }
    return message;
  },
  toAmino(message: MsgRequestQuote): MsgRequestQuoteAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    if (message.legs && message.legs.length > 0) {
      obj.legs = message.legs.map(e => e ? ComboLeg.toAmino(e) : undefined);
    }
    obj.quantity = message.quantity !== BigInt(0) ? message.quantity?.toString() : undefined;
    obj.expires_at = message.expiresAt !== BigInt(0) ? message.expiresAt?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: MsgRequestQuoteAminoMsg): MsgRequestQuote {
    return MsgRequestQuote.fromAmino(object.value);
  },
  toAminoMsg(message: MsgRequestQuote): MsgRequestQuoteAminoMsg {
    return {
      type: "settle/options/MsgRequestQuote",
      value: MsgRequestQuote.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgRequestQuoteProtoMsg): MsgRequestQuote {
    return MsgRequestQuote.decode(message.value);
  },
  toProto(message: MsgRequestQuote): Uint8Array {
    return MsgRequestQuote.encode(message).finish();
  },
  toProtoMsg(message: MsgRequestQuote): MsgRequestQuoteProtoMsg {
    return {
      typeUrl: "/settle.options.v1.MsgRequestQuote",
      value: MsgRequestQuote.encode(message).finish()
    };
  }
};
function createBaseMsgRequestQuoteResponse(): MsgRequestQuoteResponse {
  return {
    rfqId: BigInt(0)
  };
}
export const MsgRequestQuoteResponse = {
  typeUrl: "/settle.options.v1.MsgRequestQuoteResponse",
  encode(message: MsgRequestQuoteResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.rfqId !== BigInt(0)) {
      writer.uint32(8).uint64(message.rfqId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgRequestQuoteResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgRequestQuoteResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.rfqId = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgRequestQuoteResponse {
    return {
      rfqId: isSet(object.rfqId) ? BigInt(object.rfqId.toString()) : BigInt(0)
    };
  },
  toJSON(message: MsgRequestQuoteResponse): JsonSafe<MsgRequestQuoteResponse> {
    const obj: any = {};
    message.rfqId !== undefined && (obj.rfqId = (message.rfqId || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<MsgRequestQuoteResponse>): MsgRequestQuoteResponse {
    const message = createBaseMsgRequestQuoteResponse();
    message.rfqId = object.rfqId !== undefined && object.rfqId !== null ? BigInt(object.rfqId.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: MsgRequestQuoteResponseAmino): MsgRequestQuoteResponse {
    const message = createBaseMsgRequestQuoteResponse();
    if (object.rfq_id !== undefined && object.rfq_id !== null) {
      message.rfqId = BigInt(object.rfq_id);
    }
    return message;
  },
  toAmino(message: MsgRequestQuoteResponse): MsgRequestQuoteResponseAmino {
    const obj: any = {};
    obj.rfq_id = message.rfqId !== BigInt(0) ? message.rfqId?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: MsgRequestQuoteResponseAminoMsg): MsgRequestQuoteResponse {
    return MsgRequestQuoteResponse.fromAmino(object.value);
  },
  toAminoMsg(message: MsgRequestQuoteResponse): MsgRequestQuoteResponseAminoMsg {
    return {
      type: "settle/options/MsgRequestQuoteResponse",
      value: MsgRequestQuoteResponse.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgRequestQuoteResponseProtoMsg): MsgRequestQuoteResponse {
    return MsgRequestQuoteResponse.decode(message.value);
  },
  toProto(message: MsgRequestQuoteResponse): Uint8Array {
    return MsgRequestQuoteResponse.encode(message).finish();
  },
  toProtoMsg(message: MsgRequestQuoteResponse): MsgRequestQuoteResponseProtoMsg {
    return {
      typeUrl: "/settle.options.v1.MsgRequestQuoteResponse",
      value: MsgRequestQuoteResponse.encode(message).finish()
    };
  }
};
function createBaseMsgSubmitQuote(): MsgSubmitQuote {
  return {
    owner: "",
    subaccount: 0,
    rfqId: BigInt(0),
    legPrices: [],
    expiresAt: BigInt(0)
  };
}
export const MsgSubmitQuote = {
  typeUrl: "/settle.options.v1.MsgSubmitQuote",
  encode(message: MsgSubmitQuote, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.subaccount !== 0) {
      writer.uint32(16).uint32(message.subaccount);
    }
    if (message.rfqId !== BigInt(0)) {
      writer.uint32(24).uint64(message.rfqId);
    }
    if (message.legPrices.length > 0) {
      writer.uint32(34).fork();
      for (const v of message.legPrices) {
        writer.uint64(v);
      }
      writer.ldelim();
    }
    if (message.expiresAt !== BigInt(0)) {
      writer.uint32(40).uint64(message.expiresAt);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSubmitQuote {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSubmitQuote();
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
          message.rfqId = reader.uint64();
          break;
        case 4:
          if ((tag & 7) === 2) {
            const end2 = reader.uint32() + reader.pos;
            while (reader.pos < end2) {
              message.legPrices.push(reader.uint64());
            }
          } else {
            message.legPrices.push(reader.uint64());
          }
          break;
        case 5:
          message.expiresAt = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgSubmitQuote {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      subaccount: isSet(object.subaccount) ? Number(object.subaccount) : 0,
      rfqId: isSet(object.rfqId) ? BigInt(object.rfqId.toString()) : BigInt(0),
      legPrices: Array.isArray(object?.legPrices) ? object.legPrices.map((e: any) => BigInt(e.toString())) : [],
      expiresAt: isSet(object.expiresAt) ? BigInt(object.expiresAt.toString()) : BigInt(0)
    };
  },
  toJSON(message: MsgSubmitQuote): JsonSafe<MsgSubmitQuote> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.subaccount !== undefined && (obj.subaccount = Math.round(message.subaccount));
    message.rfqId !== undefined && (obj.rfqId = (message.rfqId || BigInt(0)).toString());
    if (message.legPrices) {
      obj.legPrices = message.legPrices.map(e => (e || BigInt(0)).toString());
    } else {
      obj.legPrices = [];
    }
    message.expiresAt !== undefined && (obj.expiresAt = (message.expiresAt || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<MsgSubmitQuote>): MsgSubmitQuote {
    const message = createBaseMsgSubmitQuote();
    message.owner = object.owner ?? "";
    message.subaccount = object.subaccount ?? 0;
    message.rfqId = object.rfqId !== undefined && object.rfqId !== null ? BigInt(object.rfqId.toString()) : BigInt(0);
    message.legPrices = object.legPrices?.map(e => BigInt(e.toString())) || [];
    message.expiresAt = object.expiresAt !== undefined && object.expiresAt !== null ? BigInt(object.expiresAt.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: MsgSubmitQuoteAmino): MsgSubmitQuote {
    const message = createBaseMsgSubmitQuote();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.subaccount !== undefined && object.subaccount !== null) {
      message.subaccount = object.subaccount;
    }
    if (object.rfq_id !== undefined && object.rfq_id !== null) {
      message.rfqId = BigInt(object.rfq_id);
    }
    message.legPrices = object.leg_prices?.map(e => BigInt(e)) || [];
    if (object.expires_at !== undefined && object.expires_at !== null) {
      message.expiresAt = BigInt(object.expires_at);
    }
    return message;
  },
  toAmino(message: MsgSubmitQuote): MsgSubmitQuoteAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.subaccount = message.subaccount === 0 ? undefined : message.subaccount;
    obj.rfq_id = message.rfqId !== BigInt(0) ? message.rfqId?.toString() : undefined;
    if (message.legPrices && message.legPrices.length > 0) {
      obj.leg_prices = message.legPrices.map(e => e.toString());
    }
    obj.expires_at = message.expiresAt !== BigInt(0) ? message.expiresAt?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: MsgSubmitQuoteAminoMsg): MsgSubmitQuote {
    return MsgSubmitQuote.fromAmino(object.value);
  },
  toAminoMsg(message: MsgSubmitQuote): MsgSubmitQuoteAminoMsg {
    return {
      type: "settle/options/MsgSubmitQuote",
      value: MsgSubmitQuote.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgSubmitQuoteProtoMsg): MsgSubmitQuote {
    return MsgSubmitQuote.decode(message.value);
  },
  toProto(message: MsgSubmitQuote): Uint8Array {
    return MsgSubmitQuote.encode(message).finish();
  },
  toProtoMsg(message: MsgSubmitQuote): MsgSubmitQuoteProtoMsg {
    return {
      typeUrl: "/settle.options.v1.MsgSubmitQuote",
      value: MsgSubmitQuote.encode(message).finish()
    };
  }
};
function createBaseMsgSubmitQuoteResponse(): MsgSubmitQuoteResponse {
  return {
    quoteId: BigInt(0)
  };
}
export const MsgSubmitQuoteResponse = {
  typeUrl: "/settle.options.v1.MsgSubmitQuoteResponse",
  encode(message: MsgSubmitQuoteResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.quoteId !== BigInt(0)) {
      writer.uint32(8).uint64(message.quoteId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgSubmitQuoteResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgSubmitQuoteResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.quoteId = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgSubmitQuoteResponse {
    return {
      quoteId: isSet(object.quoteId) ? BigInt(object.quoteId.toString()) : BigInt(0)
    };
  },
  toJSON(message: MsgSubmitQuoteResponse): JsonSafe<MsgSubmitQuoteResponse> {
    const obj: any = {};
    message.quoteId !== undefined && (obj.quoteId = (message.quoteId || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<MsgSubmitQuoteResponse>): MsgSubmitQuoteResponse {
    const message = createBaseMsgSubmitQuoteResponse();
    message.quoteId = object.quoteId !== undefined && object.quoteId !== null ? BigInt(object.quoteId.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: MsgSubmitQuoteResponseAmino): MsgSubmitQuoteResponse {
    const message = createBaseMsgSubmitQuoteResponse();
    if (object.quote_id !== undefined && object.quote_id !== null) {
      message.quoteId = BigInt(object.quote_id);
    }
    return message;
  },
  toAmino(message: MsgSubmitQuoteResponse): MsgSubmitQuoteResponseAmino {
    const obj: any = {};
    obj.quote_id = message.quoteId !== BigInt(0) ? message.quoteId?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: MsgSubmitQuoteResponseAminoMsg): MsgSubmitQuoteResponse {
    return MsgSubmitQuoteResponse.fromAmino(object.value);
  },
  toAminoMsg(message: MsgSubmitQuoteResponse): MsgSubmitQuoteResponseAminoMsg {
    return {
      type: "settle/options/MsgSubmitQuoteResponse",
      value: MsgSubmitQuoteResponse.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgSubmitQuoteResponseProtoMsg): MsgSubmitQuoteResponse {
    return MsgSubmitQuoteResponse.decode(message.value);
  },
  toProto(message: MsgSubmitQuoteResponse): Uint8Array {
    return MsgSubmitQuoteResponse.encode(message).finish();
  },
  toProtoMsg(message: MsgSubmitQuoteResponse): MsgSubmitQuoteResponseProtoMsg {
    return {
      typeUrl: "/settle.options.v1.MsgSubmitQuoteResponse",
      value: MsgSubmitQuoteResponse.encode(message).finish()
    };
  }
};
function createBaseMsgCancelQuote(): MsgCancelQuote {
  return {
    owner: "",
    quoteId: BigInt(0)
  };
}
export const MsgCancelQuote = {
  typeUrl: "/settle.options.v1.MsgCancelQuote",
  encode(message: MsgCancelQuote, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.quoteId !== BigInt(0)) {
      writer.uint32(16).uint64(message.quoteId);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgCancelQuote {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgCancelQuote();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.owner = reader.string();
          break;
        case 2:
          message.quoteId = reader.uint64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgCancelQuote {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      quoteId: isSet(object.quoteId) ? BigInt(object.quoteId.toString()) : BigInt(0)
    };
  },
  toJSON(message: MsgCancelQuote): JsonSafe<MsgCancelQuote> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.quoteId !== undefined && (obj.quoteId = (message.quoteId || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<MsgCancelQuote>): MsgCancelQuote {
    const message = createBaseMsgCancelQuote();
    message.owner = object.owner ?? "";
    message.quoteId = object.quoteId !== undefined && object.quoteId !== null ? BigInt(object.quoteId.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: MsgCancelQuoteAmino): MsgCancelQuote {
    const message = createBaseMsgCancelQuote();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.quote_id !== undefined && object.quote_id !== null) {
      message.quoteId = BigInt(object.quote_id);
    }
    return message;
  },
  toAmino(message: MsgCancelQuote): MsgCancelQuoteAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.quote_id = message.quoteId !== BigInt(0) ? message.quoteId?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: MsgCancelQuoteAminoMsg): MsgCancelQuote {
    return MsgCancelQuote.fromAmino(object.value);
  },
  toAminoMsg(message: MsgCancelQuote): MsgCancelQuoteAminoMsg {
    return {
      type: "settle/options/MsgCancelQuote",
      value: MsgCancelQuote.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgCancelQuoteProtoMsg): MsgCancelQuote {
    return MsgCancelQuote.decode(message.value);
  },
  toProto(message: MsgCancelQuote): Uint8Array {
    return MsgCancelQuote.encode(message).finish();
  },
  toProtoMsg(message: MsgCancelQuote): MsgCancelQuoteProtoMsg {
    return {
      typeUrl: "/settle.options.v1.MsgCancelQuote",
      value: MsgCancelQuote.encode(message).finish()
    };
  }
};
function createBaseMsgCancelQuoteResponse(): MsgCancelQuoteResponse {
  return {};
}
export const MsgCancelQuoteResponse = {
  typeUrl: "/settle.options.v1.MsgCancelQuoteResponse",
  encode(_: MsgCancelQuoteResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgCancelQuoteResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgCancelQuoteResponse();
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
  fromJSON(_: any): MsgCancelQuoteResponse {
    return {};
  },
  toJSON(_: MsgCancelQuoteResponse): JsonSafe<MsgCancelQuoteResponse> {
    const obj: any = {};
    return obj;
  },
  fromPartial(_: DeepPartial<MsgCancelQuoteResponse>): MsgCancelQuoteResponse {
    const message = createBaseMsgCancelQuoteResponse();
    return message;
  },
  fromAmino(_: MsgCancelQuoteResponseAmino): MsgCancelQuoteResponse {
    const message = createBaseMsgCancelQuoteResponse();
    return message;
  },
  toAmino(_: MsgCancelQuoteResponse): MsgCancelQuoteResponseAmino {
    const obj: any = {};
    return obj;
  },
  fromAminoMsg(object: MsgCancelQuoteResponseAminoMsg): MsgCancelQuoteResponse {
    return MsgCancelQuoteResponse.fromAmino(object.value);
  },
  toAminoMsg(message: MsgCancelQuoteResponse): MsgCancelQuoteResponseAminoMsg {
    return {
      type: "settle/options/MsgCancelQuoteResponse",
      value: MsgCancelQuoteResponse.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgCancelQuoteResponseProtoMsg): MsgCancelQuoteResponse {
    return MsgCancelQuoteResponse.decode(message.value);
  },
  toProto(message: MsgCancelQuoteResponse): Uint8Array {
    return MsgCancelQuoteResponse.encode(message).finish();
  },
  toProtoMsg(message: MsgCancelQuoteResponse): MsgCancelQuoteResponseProtoMsg {
    return {
      typeUrl: "/settle.options.v1.MsgCancelQuoteResponse",
      value: MsgCancelQuoteResponse.encode(message).finish()
    };
  }
};
function createBaseMsgAcceptQuote(): MsgAcceptQuote {
  return {
    owner: "",
    rfqId: BigInt(0),
    quoteId: BigInt(0),
    maxNetPrice: BigInt(0)
  };
}
export const MsgAcceptQuote = {
  typeUrl: "/settle.options.v1.MsgAcceptQuote",
  encode(message: MsgAcceptQuote, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.owner !== "") {
      writer.uint32(10).string(message.owner);
    }
    if (message.rfqId !== BigInt(0)) {
      writer.uint32(16).uint64(message.rfqId);
    }
    if (message.quoteId !== BigInt(0)) {
      writer.uint32(24).uint64(message.quoteId);
    }
    if (message.maxNetPrice !== BigInt(0)) {
      writer.uint32(32).int64(message.maxNetPrice);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgAcceptQuote {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgAcceptQuote();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.owner = reader.string();
          break;
        case 2:
          message.rfqId = reader.uint64();
          break;
        case 3:
          message.quoteId = reader.uint64();
          break;
        case 4:
          message.maxNetPrice = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgAcceptQuote {
    return {
      owner: isSet(object.owner) ? String(object.owner) : "",
      rfqId: isSet(object.rfqId) ? BigInt(object.rfqId.toString()) : BigInt(0),
      quoteId: isSet(object.quoteId) ? BigInt(object.quoteId.toString()) : BigInt(0),
      maxNetPrice: isSet(object.maxNetPrice) ? BigInt(object.maxNetPrice.toString()) : BigInt(0)
    };
  },
  toJSON(message: MsgAcceptQuote): JsonSafe<MsgAcceptQuote> {
    const obj: any = {};
    message.owner !== undefined && (obj.owner = message.owner);
    message.rfqId !== undefined && (obj.rfqId = (message.rfqId || BigInt(0)).toString());
    message.quoteId !== undefined && (obj.quoteId = (message.quoteId || BigInt(0)).toString());
    message.maxNetPrice !== undefined && (obj.maxNetPrice = (message.maxNetPrice || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<MsgAcceptQuote>): MsgAcceptQuote {
    const message = createBaseMsgAcceptQuote();
    message.owner = object.owner ?? "";
    message.rfqId = object.rfqId !== undefined && object.rfqId !== null ? BigInt(object.rfqId.toString()) : BigInt(0);
    message.quoteId = object.quoteId !== undefined && object.quoteId !== null ? BigInt(object.quoteId.toString()) : BigInt(0);
    message.maxNetPrice = object.maxNetPrice !== undefined && object.maxNetPrice !== null ? BigInt(object.maxNetPrice.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: MsgAcceptQuoteAmino): MsgAcceptQuote {
    const message = createBaseMsgAcceptQuote();
    if (object.owner !== undefined && object.owner !== null) {
      message.owner = object.owner;
    }
    if (object.rfq_id !== undefined && object.rfq_id !== null) {
      message.rfqId = BigInt(object.rfq_id);
    }
    if (object.quote_id !== undefined && object.quote_id !== null) {
      message.quoteId = BigInt(object.quote_id);
    }
    if (object.max_net_price !== undefined && object.max_net_price !== null) {
      message.maxNetPrice = BigInt(object.max_net_price);
    }
    return message;
  },
  toAmino(message: MsgAcceptQuote): MsgAcceptQuoteAmino {
    const obj: any = {};
    obj.owner = message.owner === "" ? undefined : message.owner;
    obj.rfq_id = message.rfqId !== BigInt(0) ? message.rfqId?.toString() : undefined;
    obj.quote_id = message.quoteId !== BigInt(0) ? message.quoteId?.toString() : undefined;
    obj.max_net_price = message.maxNetPrice !== BigInt(0) ? message.maxNetPrice?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: MsgAcceptQuoteAminoMsg): MsgAcceptQuote {
    return MsgAcceptQuote.fromAmino(object.value);
  },
  toAminoMsg(message: MsgAcceptQuote): MsgAcceptQuoteAminoMsg {
    return {
      type: "settle/options/MsgAcceptQuote",
      value: MsgAcceptQuote.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgAcceptQuoteProtoMsg): MsgAcceptQuote {
    return MsgAcceptQuote.decode(message.value);
  },
  toProto(message: MsgAcceptQuote): Uint8Array {
    return MsgAcceptQuote.encode(message).finish();
  },
  toProtoMsg(message: MsgAcceptQuote): MsgAcceptQuoteProtoMsg {
    return {
      typeUrl: "/settle.options.v1.MsgAcceptQuote",
      value: MsgAcceptQuote.encode(message).finish()
    };
  }
};
function createBaseMsgAcceptQuoteResponse(): MsgAcceptQuoteResponse {
  return {
    netCost: BigInt(0)
  };
}
export const MsgAcceptQuoteResponse = {
  typeUrl: "/settle.options.v1.MsgAcceptQuoteResponse",
  encode(message: MsgAcceptQuoteResponse, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
    if (message.netCost !== BigInt(0)) {
      writer.uint32(8).int64(message.netCost);
    }
    return writer;
  },
  decode(input: BinaryReader | Uint8Array, length?: number): MsgAcceptQuoteResponse {
    const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
    let end = length === undefined ? reader.len : reader.pos + length;
    const message = createBaseMsgAcceptQuoteResponse();
    while (reader.pos < end) {
      const tag = reader.uint32();
      switch (tag >>> 3) {
        case 1:
          message.netCost = reader.int64();
          break;
        default:
          reader.skipType(tag & 7);
          break;
      }
    }
    return message;
  },
  fromJSON(object: any): MsgAcceptQuoteResponse {
    return {
      netCost: isSet(object.netCost) ? BigInt(object.netCost.toString()) : BigInt(0)
    };
  },
  toJSON(message: MsgAcceptQuoteResponse): JsonSafe<MsgAcceptQuoteResponse> {
    const obj: any = {};
    message.netCost !== undefined && (obj.netCost = (message.netCost || BigInt(0)).toString());
    return obj;
  },
  fromPartial(object: DeepPartial<MsgAcceptQuoteResponse>): MsgAcceptQuoteResponse {
    const message = createBaseMsgAcceptQuoteResponse();
    message.netCost = object.netCost !== undefined && object.netCost !== null ? BigInt(object.netCost.toString()) : BigInt(0);
    return message;
  },
  fromAmino(object: MsgAcceptQuoteResponseAmino): MsgAcceptQuoteResponse {
    const message = createBaseMsgAcceptQuoteResponse();
    if (object.net_cost !== undefined && object.net_cost !== null) {
      message.netCost = BigInt(object.net_cost);
    }
    return message;
  },
  toAmino(message: MsgAcceptQuoteResponse): MsgAcceptQuoteResponseAmino {
    const obj: any = {};
    obj.net_cost = message.netCost !== BigInt(0) ? message.netCost?.toString() : undefined;
    return obj;
  },
  fromAminoMsg(object: MsgAcceptQuoteResponseAminoMsg): MsgAcceptQuoteResponse {
    return MsgAcceptQuoteResponse.fromAmino(object.value);
  },
  toAminoMsg(message: MsgAcceptQuoteResponse): MsgAcceptQuoteResponseAminoMsg {
    return {
      type: "settle/options/MsgAcceptQuoteResponse",
      value: MsgAcceptQuoteResponse.toAmino(message)
    };
  },
  fromProtoMsg(message: MsgAcceptQuoteResponseProtoMsg): MsgAcceptQuoteResponse {
    return MsgAcceptQuoteResponse.decode(message.value);
  },
  toProto(message: MsgAcceptQuoteResponse): Uint8Array {
    return MsgAcceptQuoteResponse.encode(message).finish();
  },
  toProtoMsg(message: MsgAcceptQuoteResponse): MsgAcceptQuoteResponseProtoMsg {
    return {
      typeUrl: "/settle.options.v1.MsgAcceptQuoteResponse",
      value: MsgAcceptQuoteResponse.encode(message).finish()
    };
  }
};