/* eslint-disable */
import { Rpc } from "../../../helpers";
import { BinaryReader } from "../../../binary";
import { MsgLiquidate, MsgLiquidateResponse, MsgFundInsurance, MsgFundInsuranceResponse, MsgUpdateParams, MsgUpdateParamsResponse } from "./tx";
/** Msg is the liquidation module's transaction service. */
export interface Msg {
  /** Liquidate takes part of a position of a subaccount under liquidation at the auction's discounted price. */
  liquidate(request: MsgLiquidate): Promise<MsgLiquidateResponse>;
  /** FundInsurance moves settlement-denom coins from the sender to the insurance fund. */
  fundInsurance(request: MsgFundInsurance): Promise<MsgFundInsuranceResponse>;
  /** UpdateParams replaces the module's params (authority). */
  updateParams(request: MsgUpdateParams): Promise<MsgUpdateParamsResponse>;
}
export class MsgClientImpl implements Msg {
  private readonly rpc: Rpc;
  constructor(rpc: Rpc) {
    this.rpc = rpc;
    this.liquidate = this.liquidate.bind(this);
    this.fundInsurance = this.fundInsurance.bind(this);
    this.updateParams = this.updateParams.bind(this);
  }
  liquidate(request: MsgLiquidate): Promise<MsgLiquidateResponse> {
    const data = MsgLiquidate.encode(request).finish();
    const promise = this.rpc.request("settle.liquidation.v1.Msg", "Liquidate", data);
    return promise.then(data => MsgLiquidateResponse.decode(new BinaryReader(data)));
  }
  fundInsurance(request: MsgFundInsurance): Promise<MsgFundInsuranceResponse> {
    const data = MsgFundInsurance.encode(request).finish();
    const promise = this.rpc.request("settle.liquidation.v1.Msg", "FundInsurance", data);
    return promise.then(data => MsgFundInsuranceResponse.decode(new BinaryReader(data)));
  }
  updateParams(request: MsgUpdateParams): Promise<MsgUpdateParamsResponse> {
    const data = MsgUpdateParams.encode(request).finish();
    const promise = this.rpc.request("settle.liquidation.v1.Msg", "UpdateParams", data);
    return promise.then(data => MsgUpdateParamsResponse.decode(new BinaryReader(data)));
  }
}