/* eslint-disable */
import { MsgDeposit, MsgWithdraw, MsgTransfer, MsgSetMarginMode, MsgSetCollateralAsset, MsgUpdateParams } from "./tx";
export const AminoConverter = {
  "/settle.margin.v1.MsgDeposit": {
    aminoType: "settle/margin/MsgDeposit",
    toAmino: MsgDeposit.toAmino,
    fromAmino: MsgDeposit.fromAmino
  },
  "/settle.margin.v1.MsgWithdraw": {
    aminoType: "settle/margin/MsgWithdraw",
    toAmino: MsgWithdraw.toAmino,
    fromAmino: MsgWithdraw.fromAmino
  },
  "/settle.margin.v1.MsgTransfer": {
    aminoType: "settle/margin/MsgTransfer",
    toAmino: MsgTransfer.toAmino,
    fromAmino: MsgTransfer.fromAmino
  },
  "/settle.margin.v1.MsgSetMarginMode": {
    aminoType: "settle/margin/MsgSetMarginMode",
    toAmino: MsgSetMarginMode.toAmino,
    fromAmino: MsgSetMarginMode.fromAmino
  },
  "/settle.margin.v1.MsgSetCollateralAsset": {
    aminoType: "settle/margin/MsgSetCollateralAsset",
    toAmino: MsgSetCollateralAsset.toAmino,
    fromAmino: MsgSetCollateralAsset.fromAmino
  },
  "/settle.margin.v1.MsgUpdateParams": {
    aminoType: "settle/margin/MsgUpdateParams",
    toAmino: MsgUpdateParams.toAmino,
    fromAmino: MsgUpdateParams.fromAmino
  }
};