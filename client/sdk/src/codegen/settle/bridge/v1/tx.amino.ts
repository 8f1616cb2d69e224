/* eslint-disable */
import { MsgRegisterBridgeKey, MsgWithdraw, MsgUpdateParams } from "./tx";
export const AminoConverter = {
  "/settle.bridge.v1.MsgRegisterBridgeKey": {
    aminoType: "settle/bridge/MsgRegisterBridgeKey",
    toAmino: MsgRegisterBridgeKey.toAmino,
    fromAmino: MsgRegisterBridgeKey.fromAmino
  },
  "/settle.bridge.v1.MsgWithdraw": {
    aminoType: "settle/bridge/MsgWithdraw",
    toAmino: MsgWithdraw.toAmino,
    fromAmino: MsgWithdraw.fromAmino
  },
  "/settle.bridge.v1.MsgUpdateParams": {
    aminoType: "settle/bridge/MsgUpdateParams",
    toAmino: MsgUpdateParams.toAmino,
    fromAmino: MsgUpdateParams.fromAmino
  }
};