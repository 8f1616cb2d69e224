//@ts-nocheck
/* eslint-disable */
import { GeneratedType, Registry } from "@cosmjs/proto-signing";
import { MsgCreateMarket, MsgUpdateParams } from "./tx";
export const registry: ReadonlyArray<[string, GeneratedType]> = [["/settle.oracle.v1.MsgCreateMarket", MsgCreateMarket], ["/settle.oracle.v1.MsgUpdateParams", MsgUpdateParams]];
export const load = (protoRegistry: Registry) => {
  registry.forEach(([typeUrl, mod]) => {
    protoRegistry.register(typeUrl, mod);
  });
};
export const MessageComposer = {
  encoded: {
    createMarket(value: MsgCreateMarket) {
      return {
        typeUrl: "/settle.oracle.v1.MsgCreateMarket",
        value: MsgCreateMarket.encode(value).finish()
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/settle.oracle.v1.MsgUpdateParams",
        value: MsgUpdateParams.encode(value).finish()
      };
    }
  },
  withTypeUrl: {
    createMarket(value: MsgCreateMarket) {
      return {
        typeUrl: "/settle.oracle.v1.MsgCreateMarket",
        value
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/settle.oracle.v1.MsgUpdateParams",
        value
      };
    }
  },
  toJSON: {
    createMarket(value: MsgCreateMarket) {
      return {
        typeUrl: "/settle.oracle.v1.MsgCreateMarket",
        value: MsgCreateMarket.toJSON(value)
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/settle.oracle.v1.MsgUpdateParams",
        value: MsgUpdateParams.toJSON(value)
      };
    }
  },
  fromJSON: {
    createMarket(value: any) {
      return {
        typeUrl: "/settle.oracle.v1.MsgCreateMarket",
        value: MsgCreateMarket.fromJSON(value)
      };
    },
    updateParams(value: any) {
      return {
        typeUrl: "/settle.oracle.v1.MsgUpdateParams",
        value: MsgUpdateParams.fromJSON(value)
      };
    }
  },
  fromPartial: {
    createMarket(value: MsgCreateMarket) {
      return {
        typeUrl: "/settle.oracle.v1.MsgCreateMarket",
        value: MsgCreateMarket.fromPartial(value)
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/settle.oracle.v1.MsgUpdateParams",
        value: MsgUpdateParams.fromPartial(value)
      };
    }
  }
};