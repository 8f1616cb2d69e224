//@ts-nocheck
/* eslint-disable */
import { GeneratedType, Registry } from "@cosmjs/proto-signing";
import { MsgPlaceOrder, MsgCancelOrder, MsgBatch, MsgMassCancel, MsgPlaceCombo, MsgCancelAllAfter, MsgSetMmp, MsgResetMmp, MsgRequestQuote, MsgSubmitQuote, MsgCancelQuote, MsgAcceptQuote, MsgListInstrument, MsgUpdateParams } from "./tx";
export const registry: ReadonlyArray<[string, GeneratedType]> = [["/settle.options.v1.MsgPlaceOrder", MsgPlaceOrder], ["/settle.options.v1.MsgCancelOrder", MsgCancelOrder], ["/settle.options.v1.MsgBatch", MsgBatch], ["/settle.options.v1.MsgMassCancel", MsgMassCancel], ["/settle.options.v1.MsgPlaceCombo", MsgPlaceCombo], ["/settle.options.v1.MsgCancelAllAfter", MsgCancelAllAfter], ["/settle.options.v1.MsgSetMmp", MsgSetMmp], ["/settle.options.v1.MsgResetMmp", MsgResetMmp], ["/settle.options.v1.MsgRequestQuote", MsgRequestQuote], ["/settle.options.v1.MsgSubmitQuote", MsgSubmitQuote], ["/settle.options.v1.MsgCancelQuote", MsgCancelQuote], ["/settle.options.v1.MsgAcceptQuote", MsgAcceptQuote], ["/settle.options.v1.MsgListInstrument", MsgListInstrument], ["/settle.options.v1.MsgUpdateParams", MsgUpdateParams]];
export const load = (protoRegistry: Registry) => {
  registry.forEach(([typeUrl, mod]) => {
    protoRegistry.register(typeUrl, mod);
  });
};
export const MessageComposer = {
  encoded: {
    placeOrder(value: MsgPlaceOrder) {
      return {
        typeUrl: "/settle.options.v1.MsgPlaceOrder",
        value: MsgPlaceOrder.encode(value).finish()
      };
    },
    cancelOrder(value: MsgCancelOrder) {
      return {
        typeUrl: "/settle.options.v1.MsgCancelOrder",
        value: MsgCancelOrder.encode(value).finish()
      };
    },
    batch(value: MsgBatch) {
      return {
        typeUrl: "/settle.options.v1.MsgBatch",
        value: MsgBatch.encode(value).finish()
      };
    },
    massCancel(value: MsgMassCancel) {
      return {
        typeUrl: "/settle.options.v1.MsgMassCancel",
        value: MsgMassCancel.encode(value).finish()
      };
    },
    placeCombo(value: MsgPlaceCombo) {
      return {
        typeUrl: "/settle.options.v1.MsgPlaceCombo",
        value: MsgPlaceCombo.encode(value).finish()
      };
    },
    cancelAllAfter(value: MsgCancelAllAfter) {
      return {
        typeUrl: "/settle.options.v1.MsgCancelAllAfter",
        value: MsgCancelAllAfter.encode(value).finish()
      };
    },
    setMmp(value: MsgSetMmp) {
      return {
        typeUrl: "/settle.options.v1.MsgSetMmp",
        value: MsgSetMmp.encode(value).finish()
      };
    },
    resetMmp(value: MsgResetMmp) {
      return {
        typeUrl: "/settle.options.v1.MsgResetMmp",
        value: MsgResetMmp.encode(value).finish()
      };
    },
    requestQuote(value: MsgRequestQuote) {
      return {
        typeUrl: "/settle.options.v1.MsgRequestQuote",
        value: MsgRequestQuote.encode(value).finish()
      };
    },
    submitQuote(value: MsgSubmitQuote) {
      return {
        typeUrl: "/settle.options.v1.MsgSubmitQuote",
        value: MsgSubmitQuote.encode(value).finish()
      };
    },
    cancelQuote(value: MsgCancelQuote) {
      return {
        typeUrl: "/settle.options.v1.MsgCancelQuote",
        value: MsgCancelQuote.encode(value).finish()
      };
    },
    acceptQuote(value: MsgAcceptQuote) {
      return {
        typeUrl: "/settle.options.v1.MsgAcceptQuote",
        value: MsgAcceptQuote.encode(value).finish()
      };
    },
    listInstrument(value: MsgListInstrument) {
      return {
        typeUrl: "/settle.options.v1.MsgListInstrument",
        value: MsgListInstrument.encode(value).finish()
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/settle.options.v1.MsgUpdateParams",
        value: MsgUpdateParams.encode(value).finish()
      };
    }
  },
  withTypeUrl: {
    placeOrder(value: MsgPlaceOrder) {
      return {
        typeUrl: "/settle.options.v1.MsgPlaceOrder",
        value
      };
    },
    cancelOrder(value: MsgCancelOrder) {
      return {
        typeUrl: "/settle.options.v1.MsgCancelOrder",
        value
      };
    },
    batch(value: MsgBatch) {
      return {
        typeUrl: "/settle.options.v1.MsgBatch",
        value
      };
    },
    massCancel(value: MsgMassCancel) {
      return {
        typeUrl: "/settle.options.v1.MsgMassCancel",
        value
      };
    },
    placeCombo(value: MsgPlaceCombo) {
      return {
        typeUrl: "/settle.options.v1.MsgPlaceCombo",
        value
      };
    },
    cancelAllAfter(value: MsgCancelAllAfter) {
      return {
        typeUrl: "/settle.options.v1.MsgCancelAllAfter",
        value
      };
    },
    setMmp(value: MsgSetMmp) {
      return {
        typeUrl: "/settle.options.v1.MsgSetMmp",
        value
      };
    },
    resetMmp(value: MsgResetMmp) {
      return {
        typeUrl: "/settle.options.v1.MsgResetMmp",
        value
      };
    },
    requestQuote(value: MsgRequestQuote) {
      return {
        typeUrl: "/settle.options.v1.MsgRequestQuote",
        value
      };
    },
    submitQuote(value: MsgSubmitQuote) {
      return {
        typeUrl: "/settle.options.v1.MsgSubmitQuote",
        value
      };
    },
    cancelQuote(value: MsgCancelQuote) {
      return {
        typeUrl: "/settle.options.v1.MsgCancelQuote",
        value
      };
    },
    acceptQuote(value: MsgAcceptQuote) {
      return {
        typeUrl: "/settle.options.v1.MsgAcceptQuote",
        value
      };
    },
    listInstrument(value: MsgListInstrument) {
      return {
        typeUrl: "/settle.options.v1.MsgListInstrument",
        value
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/settle.options.v1.MsgUpdateParams",
        value
      };
    }
  },
  toJSON: {
    placeOrder(value: MsgPlaceOrder) {
      return {
        typeUrl: "/settle.options.v1.MsgPlaceOrder",
        value: MsgPlaceOrder.toJSON(value)
      };
    },
    cancelOrder(value: MsgCancelOrder) {
      return {
        typeUrl: "/settle.options.v1.MsgCancelOrder",
        value: MsgCancelOrder.toJSON(value)
      };
    },
    batch(value: MsgBatch) {
      return {
        typeUrl: "/settle.options.v1.MsgBatch",
        value: MsgBatch.toJSON(value)
      };
    },
    massCancel(value: MsgMassCancel) {
      return {
        typeUrl: "/settle.options.v1.MsgMassCancel",
        value: MsgMassCancel.toJSON(value)
      };
    },
    placeCombo(value: MsgPlaceCombo) {
      return {
        typeUrl: "/settle.options.v1.MsgPlaceCombo",
        value: MsgPlaceCombo.toJSON(value)
      };
    },
    cancelAllAfter(value: MsgCancelAllAfter) {
      return {
        typeUrl: "/settle.options.v1.MsgCancelAllAfter",
        value: MsgCancelAllAfter.toJSON(value)
      };
    },
    setMmp(value: MsgSetMmp) {
      return {
        typeUrl: "/settle.options.v1.MsgSetMmp",
        value: MsgSetMmp.toJSON(value)
      };
    },
    resetMmp(value: MsgResetMmp) {
      return {
        typeUrl: "/settle.options.v1.MsgResetMmp",
        value: MsgResetMmp.toJSON(value)
      };
    },
    requestQuote(value: MsgRequestQuote) {
      return {
        typeUrl: "/settle.options.v1.MsgRequestQuote",
        value: MsgRequestQuote.toJSON(value)
      };
    },
    submitQuote(value: MsgSubmitQuote) {
      return {
        typeUrl: "/settle.options.v1.MsgSubmitQuote",
        value: MsgSubmitQuote.toJSON(value)
      };
    },
    cancelQuote(value: MsgCancelQuote) {
      return {
        typeUrl: "/settle.options.v1.MsgCancelQuote",
        value: MsgCancelQuote.toJSON(value)
      };
    },
    acceptQuote(value: MsgAcceptQuote) {
      return {
        typeUrl: "/settle.options.v1.MsgAcceptQuote",
        value: MsgAcceptQuote.toJSON(value)
      };
    },
    listInstrument(value: MsgListInstrument) {
      return {
        typeUrl: "/settle.options.v1.MsgListInstrument",
        value: MsgListInstrument.toJSON(value)
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/settle.options.v1.MsgUpdateParams",
        value: MsgUpdateParams.toJSON(value)
      };
    }
  },
  fromJSON: {
    placeOrder(value: any) {
      return {
        typeUrl: "/settle.options.v1.MsgPlaceOrder",
        value: MsgPlaceOrder.fromJSON(value)
      };
    },
    cancelOrder(value: any) {
      return {
        typeUrl: "/settle.options.v1.MsgCancelOrder",
        value: MsgCancelOrder.fromJSON(value)
      };
    },
    batch(value: any) {
      return {
        typeUrl: "/settle.options.v1.MsgBatch",
        value: MsgBatch.fromJSON(value)
      };
    },
    massCancel(value: any) {
      return {
        typeUrl: "/settle.options.v1.MsgMassCancel",
        value: MsgMassCancel.fromJSON(value)
      };
    },
    placeCombo(value: any) {
      return {
        typeUrl: "/settle.options.v1.MsgPlaceCombo",
        value: MsgPlaceCombo.fromJSON(value)
      };
    },
    cancelAllAfter(value: any) {
      return {
        typeUrl: "/settle.options.v1.MsgCancelAllAfter",
        value: MsgCancelAllAfter.fromJSON(value)
      };
    },
    setMmp(value: any) {
      return {
        typeUrl: "/settle.options.v1.MsgSetMmp",
        value: MsgSetMmp.fromJSON(value)
      };
    },
    resetMmp(value: any) {
      return {
        typeUrl: "/settle.options.v1.MsgResetMmp",
        value: MsgResetMmp.fromJSON(value)
      };
    },
    requestQuote(value: any) {
      return {
        typeUrl: "/settle.options.v1.MsgRequestQuote",
        value: MsgRequestQuote.fromJSON(value)
      };
    },
    submitQuote(value: any) {
      return {
        typeUrl: "/settle.options.v1.MsgSubmitQuote",
        value: MsgSubmitQuote.fromJSON(value)
      };
    },
    cancelQuote(value: any) {
      return {
        typeUrl: "/settle.options.v1.MsgCancelQuote",
        value: MsgCancelQuote.fromJSON(value)
      };
    },
    acceptQuote(value: any) {
      return {
        typeUrl: "/settle.options.v1.MsgAcceptQuote",
        value: MsgAcceptQuote.fromJSON(value)
      };
    },
    listInstrument(value: any) {
      return {
        typeUrl: "/settle.options.v1.MsgListInstrument",
        value: MsgListInstrument.fromJSON(value)
      };
    },
    updateParams(value: any) {
      return {
        typeUrl: "/settle.options.v1.MsgUpdateParams",
        value: MsgUpdateParams.fromJSON(value)
      };
    }
  },
  fromPartial: {
    placeOrder(value: MsgPlaceOrder) {
      return {
        typeUrl: "/settle.options.v1.MsgPlaceOrder",
        value: MsgPlaceOrder.fromPartial(value)
      };
    },
    cancelOrder(value: MsgCancelOrder) {
      return {
        typeUrl: "/settle.options.v1.MsgCancelOrder",
        value: MsgCancelOrder.fromPartial(value)
      };
    },
    batch(value: MsgBatch) {
      return {
        typeUrl: "/settle.options.v1.MsgBatch",
        value: MsgBatch.fromPartial(value)
      };
    },
    massCancel(value: MsgMassCancel) {
      return {
        typeUrl: "/settle.options.v1.MsgMassCancel",
        value: MsgMassCancel.fromPartial(value)
      };
    },
    placeCombo(value: MsgPlaceCombo) {
      return {
        typeUrl: "/settle.options.v1.MsgPlaceCombo",
        value: MsgPlaceCombo.fromPartial(value)
      };
    },
    cancelAllAfter(value: MsgCancelAllAfter) {
      return {
        typeUrl: "/settle.options.v1.MsgCancelAllAfter",
        value: MsgCancelAllAfter.fromPartial(value)
      };
    },
    setMmp(value: MsgSetMmp) {
      return {
        typeUrl: "/settle.options.v1.MsgSetMmp",
        value: MsgSetMmp.fromPartial(value)
      };
    },
    resetMmp(value: MsgResetMmp) {
      return {
        typeUrl: "/settle.options.v1.MsgResetMmp",
        value: MsgResetMmp.fromPartial(value)
      };
    },
    requestQuote(value: MsgRequestQuote) {
      return {
        typeUrl: "/settle.options.v1.MsgRequestQuote",
        value: MsgRequestQuote.fromPartial(value)
      };
    },
    submitQuote(value: MsgSubmitQuote) {
      return {
        typeUrl: "/settle.options.v1.MsgSubmitQuote",
        value: MsgSubmitQuote.fromPartial(value)
      };
    },
    cancelQuote(value: MsgCancelQuote) {
      return {
        typeUrl: "/settle.options.v1.MsgCancelQuote",
        value: MsgCancelQuote.fromPartial(value)
      };
    },
    acceptQuote(value: MsgAcceptQuote) {
      return {
        typeUrl: "/settle.options.v1.MsgAcceptQuote",
        value: MsgAcceptQuote.fromPartial(value)
      };
    },
    listInstrument(value: MsgListInstrument) {
      return {
        typeUrl: "/settle.options.v1.MsgListInstrument",
        value: MsgListInstrument.fromPartial(value)
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/settle.options.v1.MsgUpdateParams",
        value: MsgUpdateParams.fromPartial(value)
      };
    }
  }
};