/* eslint-disable */
import { MsgLiquidate, MsgFundInsurance, MsgUpdateParams } from "./tx";
export const AminoConverter = {
  "/settle.liquidation.v1.MsgLiquidate": {
    aminoType: "settle/liquidation/MsgLiquidate",
    toAmino: MsgLiquidate.toAmino,
    fromAmino: MsgLiquidate.fromAmino
  },
  "/settle.liquidation.v1.MsgFundInsurance": {
    aminoType: "settle/liquidation/MsgFundInsurance",
    toAmino: MsgFundInsurance.toAmino,
    fromAmino: MsgFundInsurance.fromAmino
  },
  "/settle.liquidation.v1.MsgUpdateParams": {
    aminoType: "settle/liquidation/MsgUpdateParams",
    toAmino: MsgUpdateParams.toAmino,
    fromAmino: MsgUpdateParams.fromAmino
  }
};