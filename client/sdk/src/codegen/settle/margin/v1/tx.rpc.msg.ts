/* eslint-disable */
import { Rpc } from "../../../helpers";
import { BinaryReader } from "../../../binary";
import { MsgDeposit, MsgDepositResponse, MsgWithdraw, MsgWithdrawResponse, MsgTransfer, MsgTransferResponse, MsgSetMarginMode, MsgSetMarginModeResponse, MsgSetCollateralAsset, MsgSetCollateralAssetResponse, MsgUpdateParams, MsgUpdateParamsResponse } from "./tx";
/** Msg is the margin module's transaction service. */
export interface Msg {
  /** Deposit moves collateral from the owner's bank balance into a subaccount (created on first deposit). */
  deposit(request: MsgDeposit): Promise<MsgDepositResponse>;
  /** Withdraw moves collateral from a subaccount back to the owner's bank balance. */
  withdraw(request: MsgWithdraw): Promise<MsgWithdrawResponse>;
  /** Transfer moves collateral between two of the owner's cross subaccounts. */
  transfer(request: MsgTransfer): Promise<MsgTransferResponse>;
  /** SetMarginMode switches a subaccount between standard and portfolio margin. */
  setMarginMode(request: MsgSetMarginMode): Promise<MsgSetMarginModeResponse>;
  /** SetCollateralAsset lists or changes a collateral asset (authority). */
  setCollateralAsset(request: MsgSetCollateralAsset): Promise<MsgSetCollateralAssetResponse>;
  /** UpdateParams replaces the module's params (authority). */
  updateParams(request: MsgUpdateParams): Promise<MsgUpdateParamsResponse>;
}
export class MsgClientImpl implements Msg {
  private readonly rpc: Rpc;
  constructor(rpc: Rpc) {
    this.rpc = rpc;
    this.deposit = this.deposit.bind(this);
    this.withdraw = this.withdraw.bind(this);
    this.transfer = this.transfer.bind(this);
    this.setMarginMode = this.setMarginMode.bind(this);
    this.setCollateralAsset = this.setCollateralAsset.bind(this);
    this.updateParams = this.updateParams.bind(this);
  }
  deposit(request: MsgDeposit): Promise<MsgDepositResponse> {
    const data = MsgDeposit.encode(request).finish();
    const promise = this.rpc.request("settle.margin.v1.Msg", "Deposit", data);
    return promise.then(data => MsgDepositResponse.decode(new BinaryReader(data)));
  }
  withdraw(request: MsgWithdraw): Promise<MsgWithdrawResponse> {
    const data = MsgWithdraw.encode(request).finish();
    const promise = this.rpc.request("settle.margin.v1.Msg", "Withdraw", data);
    return promise.then(data => MsgWithdrawResponse.decode(new BinaryReader(data)));
  }
  transfer(request: MsgTransfer): Promise<MsgTransferResponse> {
    const data = MsgTransfer.encode(request).finish();
    const promise = this.rpc.request("settle.margin.v1.Msg", "Transfer", data);
    return promise.then(data => MsgTransferResponse.decode(new BinaryReader(data)));
  }
  setMarginMode(request: MsgSetMarginMode): Promise<MsgSetMarginModeResponse> {
    const data = MsgSetMarginMode.encode(request).finish();
    const promise = this.rpc.request("settle.margin.v1.Msg", "SetMarginMode", data);
    return promise.then(data => MsgSetMarginModeResponse.decode(new BinaryReader(data)));
  }
  setCollateralAsset(request: MsgSetCollateralAsset): Promise<MsgSetCollateralAssetResponse> {
    const data = MsgSetCollateralAsset.encode(request).finish();
    const promise = this.rpc.request("settle.margin.v1.Msg", "SetCollateralAsset", data);
    return promise.then(data => MsgSetCollateralAssetResponse.decode(new BinaryReader(data)));
  }
  updateParams(request: MsgUpdateParams): Promise<MsgUpdateParamsResponse> {
    const data = MsgUpdateParams.encode(request).finish();
    const promise = this.rpc.request("settle.margin.v1.Msg", "UpdateParams", data);
    return promise.then(data => MsgUpdateParamsResponse.decode(new BinaryReader(data)));
  }
}