/* eslint-disable */
import { Rpc } from "../../../helpers";
import { BinaryReader } from "../../../binary";
import { MsgRegisterBridgeKey, MsgRegisterBridgeKeyResponse, MsgWithdraw, MsgWithdrawResponse, MsgUpdateParams, MsgUpdateParamsResponse } from "./tx";
/** Msg is the bridge module's transaction service. */
export interface Msg {
  /** RegisterBridgeKey sets a validator's EVM signing address (proof of possession by both keys). */
  registerBridgeKey(request: MsgRegisterBridgeKey): Promise<MsgRegisterBridgeKeyResponse>;
  /** Withdraw burns bridged coins and queues a withdrawal to an EVM address (claimed with a proof after the next anchor). */
  withdraw(request: MsgWithdraw): Promise<MsgWithdrawResponse>;
  /** UpdateParams replaces the module's params (authority). */
  updateParams(request: MsgUpdateParams): Promise<MsgUpdateParamsResponse>;
}
export class MsgClientImpl implements Msg {
  private readonly rpc: Rpc;
  constructor(rpc: Rpc) {
    this.rpc = rpc;
    this.registerBridgeKey = this.registerBridgeKey.bind(this);
    this.withdraw = this.withdraw.bind(this);
    this.updateParams = this.updateParams.bind(this);
  }
  registerBridgeKey(request: MsgRegisterBridgeKey): Promise<MsgRegisterBridgeKeyResponse> {
    const data = MsgRegisterBridgeKey.encode(request).finish();
    const promise = this.rpc.request("settle.bridge.v1.Msg", "RegisterBridgeKey", data);
    return promise.then(data => MsgRegisterBridgeKeyResponse.decode(new BinaryReader(data)));
  }
  withdraw(request: MsgWithdraw): Promise<MsgWithdrawResponse> {
    const data = MsgWithdraw.encode(request).finish();
    const promise = this.rpc.request("settle.bridge.v1.Msg", "Withdraw", data);
    return promise.then(data => MsgWithdrawResponse.decode(new BinaryReader(data)));
  }
  updateParams(request: MsgUpdateParams): Promise<MsgUpdateParamsResponse> {
    const data = MsgUpdateParams.encode(request).finish();
    const promise = this.rpc.request("settle.bridge.v1.Msg", "UpdateParams", data);
    return promise.then(data => MsgUpdateParamsResponse.decode(new BinaryReader(data)));
  }
}