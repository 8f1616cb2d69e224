/* eslint-disable */
import { Rpc } from "../../../helpers";
import { BinaryReader } from "../../../binary";
import { MsgPlaceOrder, MsgPlaceOrderResponse, MsgCancelOrder, MsgCancelOrderResponse, MsgBatch, MsgBatchResponse, MsgMassCancel, MsgMassCancelResponse, MsgPlaceCombo, MsgPlaceComboResponse, MsgCancelAllAfter, MsgCancelAllAfterResponse, MsgSetMmp, MsgSetMmpResponse, MsgResetMmp, MsgResetMmpResponse, MsgRequestQuote, MsgRequestQuoteResponse, MsgSubmitQuote, MsgSubmitQuoteResponse, MsgCancelQuote, MsgCancelQuoteResponse, MsgAcceptQuote, MsgAcceptQuoteResponse, MsgListInstrument, MsgListInstrumentResponse, MsgUpdateParams, MsgUpdateParamsResponse } from "./tx";
/** Msg is the options module's transaction service. */
export interface Msg {
  /** PlaceOrder accepts one order; it is matched at the end of the block. */
  placeOrder(request: MsgPlaceOrder): Promise<MsgPlaceOrderResponse>;
  /** CancelOrder cancels one open order by id or client id. */
  cancelOrder(request: MsgCancelOrder): Promise<MsgCancelOrderResponse>;
  /** Batch cancels, then places, up to max_batch_orders orders of one subaccount, all or nothing. */
  batch(request: MsgBatch): Promise<MsgBatchResponse>;
  /** MassCancel cancels a subaccount's open orders, all or by instrument, underlying or expiry. */
  massCancel(request: MsgMassCancel): Promise<MsgMassCancelResponse>;
  /** PlaceCombo accepts a multi-leg order (2–4 legs), filled all or nothing at the end of the block. */
  placeCombo(request: MsgPlaceCombo): Promise<MsgPlaceComboResponse>;
  /** CancelAllAfter arms (or with height 0 disarms) the dead-man switch of a subaccount. */
  cancelAllAfter(request: MsgCancelAllAfter): Promise<MsgCancelAllAfterResponse>;
  /** SetMmp configures (or with interval 0 removes) market-maker protection on an underlying. */
  setMmp(request: MsgSetMmp): Promise<MsgSetMmpResponse>;
  /** ResetMmp lifts a freeze and restarts the counting interval. */
  resetMmp(request: MsgResetMmp): Promise<MsgResetMmpResponse>;
  /** RequestQuote opens a request for quotes on a multi-leg structure above the minimum size. */
  requestQuote(request: MsgRequestQuote): Promise<MsgRequestQuoteResponse>;
  /** SubmitQuote answers a request with firm leg prices. */
  submitQuote(request: MsgSubmitQuote): Promise<MsgSubmitQuoteResponse>;
  /** CancelQuote withdraws a maker's quote. */
  cancelQuote(request: MsgCancelQuote): Promise<MsgCancelQuoteResponse>;
  /** AcceptQuote executes the whole structure against one quote, at once and atomically. */
  acceptQuote(request: MsgAcceptQuote): Promise<MsgAcceptQuoteResponse>;
  /** ListInstrument lists one option (authority). */
  listInstrument(request: MsgListInstrument): Promise<MsgListInstrumentResponse>;
  /** UpdateParams replaces the module's params (authority). */
  updateParams(request: MsgUpdateParams): Promise<MsgUpdateParamsResponse>;
}
export class MsgClientImpl implements Msg {
  private readonly rpc: Rpc;
  constructor(rpc: Rpc) {
    this.rpc = rpc;
    this.placeOrder = this.placeOrder.bind(this);
    this.cancelOrder = this.cancelOrder.bind(this);
    this.batch = this.batch.bind(this);
    this.massCancel = this.massCancel.bind(this);
    this.placeCombo = this.placeCombo.bind(this);
    this.cancelAllAfter = this.cancelAllAfter.bind(this);
    this.setMmp = this.setMmp.bind(this);
    this.resetMmp = this.resetMmp.bind(this);
    this.requestQuote = this.requestQuote.bind(this);
    this.submitQuote = this.submitQuote.bind(this);
    this.cancelQuote = this.cancelQuote.bind(this);
    this.acceptQuote = this.acceptQuote.bind(this);
    this.listInstrument = this.listInstrument.bind(this);
    this.updateParams = this.updateParams.bind(this);
  }
  placeOrder(request: MsgPlaceOrder): Promise<MsgPlaceOrderResponse> {
    const data = MsgPlaceOrder.encode(request).finish();
    const promise = this.rpc.request("settle.options.v1.Msg", "PlaceOrder", data);
    return promise.then(data => MsgPlaceOrderResponse.decode(new BinaryReader(data)));
  }
  cancelOrder(request: MsgCancelOrder): Promise<MsgCancelOrderResponse> {
    const data = MsgCancelOrder.encode(request).finish();
    const promise = this.rpc.request("settle.options.v1.Msg", "CancelOrder", data);
    return promise.then(data => MsgCancelOrderResponse.decode(new BinaryReader(data)));
  }
  batch(request: MsgBatch): Promise<MsgBatchResponse> {
    const data = MsgBatch.encode(request).finish();
    const promise = this.rpc.request("settle.options.v1.Msg", "Batch", data);
    return promise.then(data => MsgBatchResponse.decode(new BinaryReader(data)));
  }
  massCancel(request: MsgMassCancel): Promise<MsgMassCancelResponse> {
    const data = MsgMassCancel.encode(request).finish();
    const promise = this.rpc.request("settle.options.v1.Msg", "MassCancel", data);
    return promise.then(data => MsgMassCancelResponse.decode(new BinaryReader(data)));
  }
  placeCombo(request: MsgPlaceCombo): Promise<MsgPlaceComboResponse> {
    const data = MsgPlaceCombo.encode(request).finish();
    const promise = this.rpc.request("settle.options.v1.Msg", "PlaceCombo", data);
    return promise.then(data => MsgPlaceComboResponse.decode(new BinaryReader(data)));
  }
  cancelAllAfter(request: MsgCancelAllAfter): Promise<MsgCancelAllAfterResponse> {
    const data = MsgCancelAllAfter.encode(request).finish();
    const promise = this.rpc.request("settle.options.v1.Msg", "CancelAllAfter", data);
    return promise.then(data => MsgCancelAllAfterResponse.decode(new BinaryReader(data)));
  }
  setMmp(request: MsgSetMmp): Promise<MsgSetMmpResponse> {
    const data = MsgSetMmp.encode(request).finish();
    const promise = this.rpc.request("settle.options.v1.Msg", "SetMmp", data);
    return promise.then(data => MsgSetMmpResponse.decode(new BinaryReader(data)));
  }
  resetMmp(request: MsgResetMmp): Promise<MsgResetMmpResponse> {
    const data = MsgResetMmp.encode(request).finish();
    const promise = this.rpc.request("settle.options.v1.Msg", "ResetMmp", data);
    return promise.then(data => MsgResetMmpResponse.decode(new BinaryReader(data)));
  }
  requestQuote(request: MsgRequestQuote): Promise<MsgRequestQuoteResponse> {
    const data = MsgRequestQuote.encode(request).finish();
    const promise = this.rpc.request("settle.options.v1.Msg", "RequestQuote", data);
    return promise.then(data => MsgRequestQuoteResponse.decode(new BinaryReader(data)));
  }
  submitQuote(request: MsgSubmitQuote): Promise<MsgSubmitQuoteResponse> {
    const data = MsgSubmitQuote.encode(request).finish();
    const promise = this.rpc.request("settle.options.v1.Msg", "SubmitQuote", data);
    return promise.then(data => MsgSubmitQuoteResponse.decode(new BinaryReader(data)));
  }
  cancelQuote(request: MsgCancelQuote): Promise<MsgCancelQuoteResponse> {
    const data = MsgCancelQuote.encode(request).finish();
    const promise = this.rpc.request("settle.options.v1.Msg", "CancelQuote", data);
    return promise.then(data => MsgCancelQuoteResponse.decode(new BinaryReader(data)));
  }
  acceptQuote(request: MsgAcceptQuote): Promise<MsgAcceptQuoteResponse> {
    const data = MsgAcceptQuote.encode(request).finish();
    const promise = this.rpc.request("settle.options.v1.Msg", "AcceptQuote", data);
    return promise.then(data => MsgAcceptQuoteResponse.decode(new BinaryReader(data)));
  }
  listInstrument(request: MsgListInstrument): Promise<MsgListInstrumentResponse> {
    const data = MsgListInstrument.encode(request).finish();
    const promise = this.rpc.request("settle.options.v1.Msg", "ListInstrument", data);
    return promise.then(data => MsgListInstrumentResponse.decode(new BinaryReader(data)));
  }
  updateParams(request: MsgUpdateParams): Promise<MsgUpdateParamsResponse> {
    const data = MsgUpdateParams.encode(request).finish();
    const promise = this.rpc.request("settle.options.v1.Msg", "UpdateParams", data);
    return promise.then(data => MsgUpdateParamsResponse.decode(new BinaryReader(data)));
  }
}