/* eslint-disable */
import { Rpc } from "../../../helpers";
import { BinaryReader } from "../../../binary";
import { MsgCreateMarket, MsgCreateMarketResponse, MsgUpdateParams, MsgUpdateParamsResponse } from "./tx";
/** Msg is the oracle's transaction service; every message is signed by the params' authority. */
export interface Msg {
  /** CreateMarket adds a market the validators start reporting from the next block. */
  createMarket(request: MsgCreateMarket): Promise<MsgCreateMarketResponse>;
  /** UpdateParams replaces the module's params. */
  updateParams(request: MsgUpdateParams): Promise<MsgUpdateParamsResponse>;
}
export class MsgClientImpl implements Msg {
  private readonly rpc: Rpc;
  constructor(rpc: Rpc) {
    this.rpc = rpc;
    this.createMarket = this.createMarket.bind(this);
    this.updateParams = this.updateParams.bind(this);
  }
  createMarket(request: MsgCreateMarket): Promise<MsgCreateMarketResponse> {
    const data = MsgCreateMarket.encode(request).finish();
    const promise = this.rpc.request("settle.oracle.v1.Msg", "CreateMarket", data);
    return promise.then(data => MsgCreateMarketResponse.decode(new BinaryReader(data)));
  }
  updateParams(request: MsgUpdateParams): Promise<MsgUpdateParamsResponse> {
    const data = MsgUpdateParams.encode(request).finish();
    const promise = this.rpc.request("settle.oracle.v1.Msg", "UpdateParams", data);
    return promise.then(data => MsgUpdateParamsResponse.decode(new BinaryReader(data)));
  }
}