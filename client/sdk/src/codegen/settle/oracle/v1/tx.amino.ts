/* eslint-disable */
import { MsgCreateMarket, MsgUpdateParams } from "./tx";
export const AminoConverter = {
  "/settle.oracle.v1.MsgCreateMarket": {
    aminoType: "settle/oracle/MsgCreateMarket",
    toAmino: MsgCreateMarket.toAmino,
    fromAmino: MsgCreateMarket.fromAmino
  },
  "/settle.oracle.v1.MsgUpdateParams": {
    aminoType: "settle/oracle/MsgUpdateParams",
    toAmino: MsgUpdateParams.toAmino,
    fromAmino: MsgUpdateParams.fromAmino
  }
};