/* eslint-disable */
import { MsgPlaceOrder, MsgCancelOrder, MsgBatch, MsgMassCancel, MsgPlaceCombo, MsgCancelAllAfter, MsgSetMmp, MsgResetMmp, MsgRequestQuote, MsgSubmitQuote, MsgCancelQuote, MsgAcceptQuote, MsgListInstrument, MsgUpdateParams } from "./tx";
export const AminoConverter = {
  "/settle.options.v1.MsgPlaceOrder": {
    aminoType: "settle/options/MsgPlaceOrder",
    toAmino: MsgPlaceOrder.toAmino,
    fromAmino: MsgPlaceOrder.fromAmino
  },
  "/settle.options.v1.MsgCancelOrder": {
    aminoType: "settle/options/MsgCancelOrder",
    toAmino: MsgCancelOrder.toAmino,
    fromAmino: MsgCancelOrder.fromAmino
  },
  "/settle.options.v1.MsgBatch": {
    aminoType: "settle/options/MsgBatch",
    toAmino: MsgBatch.toAmino,
    fromAmino: MsgBatch.fromAmino
  },
  "/settle.options.v1.MsgMassCancel": {
    aminoType: "settle/options/MsgMassCancel",
    toAmino: MsgMassCancel.toAmino,
    fromAmino: MsgMassCancel.fromAmino
  },
  "/settle.options.v1.MsgPlaceCombo": {
    aminoType: "settle/options/MsgPlaceCombo",
    toAmino: MsgPlaceCombo.toAmino,
    fromAmino: MsgPlaceCombo.fromAmino
  },
  "/settle.options.v1.MsgCancelAllAfter": {
    aminoType: "settle/options/MsgCancelAllAfter",
    toAmino: MsgCancelAllAfter.toAmino,
    fromAmino: MsgCancelAllAfter.fromAmino
  },
  "/settle.options.v1.MsgSetMmp": {
    aminoType: "settle/options/MsgSetMmp",
    toAmino: MsgSetMmp.toAmino,
    fromAmino: MsgSetMmp.fromAmino
  },
  "/settle.options.v1.MsgResetMmp": {
    aminoType: "settle/options/MsgResetMmp",
    toAmino: MsgResetMmp.toAmino,
    fromAmino: MsgResetMmp.fromAmino
  },
  "/settle.options.v1.MsgRequestQuote": {
    aminoType: "settle/options/MsgRequestQuote",
    toAmino: MsgRequestQuote.toAmino,
    fromAmino: MsgRequestQuote.fromAmino
  },
  "/settle.options.v1.MsgSubmitQuote": {
    aminoType: "settle/options/MsgSubmitQuote",
    toAmino: MsgSubmitQuote.toAmino,
    fromAmino: MsgSubmitQuote.fromAmino
  },
  "/settle.options.v1.MsgCancelQuote": {
    aminoType: "settle/options/MsgCancelQuote",
    toAmino: MsgCancelQuote.toAmino,
    fromAmino: MsgCancelQuote.fromAmino
  },
  "/settle.options.v1.MsgAcceptQuote": {
    aminoType: "settle/options/MsgAcceptQuote",
    toAmino: MsgAcceptQuote.toAmino,
    fromAmino: MsgAcceptQuote.fromAmino
  },
  "/settle.options.v1.MsgListInstrument": {
    aminoType: "settle/options/MsgListInstrument",
    toAmino: MsgListInstrument.toAmino,
    fromAmino: MsgListInstrument.fromAmino
  },
  "/settle.options.v1.MsgUpdateParams": {
    aminoType: "settle/options/MsgUpdateParams",
    toAmino: MsgUpdateParams.toAmino,
    fromAmino: MsgUpdateParams.fromAmino
  }
};