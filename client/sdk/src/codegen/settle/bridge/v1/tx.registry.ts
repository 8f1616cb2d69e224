//@ts-nocheck
/* eslint-disable */
import { GeneratedType, Registry } from "@cosmjs/proto-signing";
import { MsgRegisterBridgeKey, MsgWithdraw, MsgUpdateParams } from "./tx";
export const registry: ReadonlyArray<[string, GeneratedType]> = [["/settle.bridge.v1.MsgRegisterBridgeKey", MsgRegisterBridgeKey], ["/settle.bridge.v1.MsgWithdraw", MsgWithdraw], ["/settle.bridge.v1.MsgUpdateParams", MsgUpdateParams]];
export const load = (protoRegistry: Registry) => {
  registry.forEach(([typeUrl, mod]) => {
    protoRegistry.register(typeUrl, mod);
  });
};
export const MessageComposer = {
  encoded: {
    registerBridgeKey(value: MsgRegisterBridgeKey) {
      return {
        typeUrl: "/settle.bridge.v1.MsgRegisterBridgeKey",
        value: MsgRegisterBridgeKey.encode(value).finish()
      };
    },
    withdraw(value: MsgWithdraw) {
      return {
        typeUrl: "/settle.bridge.v1.MsgWithdraw",
        value: MsgWithdraw.encode(value).finish()
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/settle.bridge.v1.MsgUpdateParams",
        value: MsgUpdateParams.encode(value).finish()
      };
    }
  },
  withTypeUrl: {
    registerBridgeKey(value: MsgRegisterBridgeKey) {
      return {
        typeUrl: "/settle.bridge.v1.MsgRegisterBridgeKey",
        value
      };
    },
    withdraw(value: MsgWithdraw) {
      return {
        typeUrl: "/settle.bridge.v1.MsgWithdraw",
        value
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/settle.bridge.v1.MsgUpdateParams",
        value
      };
    }
  },
  toJSON: {
    registerBridgeKey(value: MsgRegisterBridgeKey) {
      return {
        typeUrl: "/settle.bridge.v1.MsgRegisterBridgeKey",
        value: MsgRegisterBridgeKey.toJSON(value)
      };
    },
    withdraw(value: MsgWithdraw) {
      return {
        typeUrl: "/settle.bridge.v1.MsgWithdraw",
        value: MsgWithdraw.toJSON(value)
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/settle.bridge.v1.MsgUpdateParams",
        value: MsgUpdateParams.toJSON(value)
      };
    }
  },
  fromJSON: {
    registerBridgeKey(value: any) {
      return {
        typeUrl: "/settle.bridge.v1.MsgRegisterBridgeKey",
        value: MsgRegisterBridgeKey.fromJSON(value)
      };
    },
    withdraw(value: any) {
      return {
        typeUrl: "/settle.bridge.v1.MsgWithdraw",
        value: MsgWithdraw.fromJSON(value)
      };
    },
    updateParams(value: any) {
      return {
        typeUrl: "/settle.bridge.v1.MsgUpdateParams",
        value: MsgUpdateParams.fromJSON(value)
      };
    }
  },
  fromPartial: {
    registerBridgeKey(value: MsgRegisterBridgeKey) {
      return {
        typeUrl: "/settle.bridge.v1.MsgRegisterBridgeKey",
        value: MsgRegisterBridgeKey.fromPartial(value)
      };
    },
    withdraw(value: MsgWithdraw) {
      return {
        typeUrl: "/settle.bridge.v1.MsgWithdraw",
        value: MsgWithdraw.fromPartial(value)
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/settle.bridge.v1.MsgUpdateParams",
        value: MsgUpdateParams.fromPartial(value)
      };
    }
  }
};