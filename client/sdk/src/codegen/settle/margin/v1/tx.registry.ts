//@ts-nocheck
/* eslint-disable */
import { GeneratedType, Registry } from "@cosmjs/proto-signing";
import { MsgDeposit, MsgWithdraw, MsgTransfer, MsgSetMarginMode, MsgSetCollateralAsset, MsgUpdateParams } from "./tx";
export const registry: ReadonlyArray<[string, GeneratedType]> = [["/settle.margin.v1.MsgDeposit", MsgDeposit], ["/settle.margin.v1.MsgWithdraw", MsgWithdraw], ["/settle.margin.v1.MsgTransfer", MsgTransfer], ["/settle.margin.v1.MsgSetMarginMode", MsgSetMarginMode], ["/settle.margin.v1.MsgSetCollateralAsset", MsgSetCollateralAsset], ["/settle.margin.v1.MsgUpdateParams", MsgUpdateParams]];
export const load = (protoRegistry: Registry) => {
  registry.forEach(([typeUrl, mod]) => {
    protoRegistry.register(typeUrl, mod);
  });
};
export const MessageComposer = {
  encoded: {
    deposit(value: MsgDeposit) {
      return {
        typeUrl: "/settle.margin.v1.MsgDeposit",
        value: MsgDeposit.encode(value).finish()
      };
    },
    withdraw(value: MsgWithdraw) {
      return {
        typeUrl: "/settle.margin.v1.MsgWithdraw",
        value: MsgWithdraw.encode(value).finish()
      };
    },
    transfer(value: MsgTransfer) {
      return {
        typeUrl: "/settle.margin.v1.MsgTransfer",
        value: MsgTransfer.encode(value).finish()
      };
    },
    setMarginMode(value: MsgSetMarginMode) {
      return {
        typeUrl: "/settle.margin.v1.MsgSetMarginMode",
        value: MsgSetMarginMode.encode(value).finish()
      };
    },
    setCollateralAsset(value: MsgSetCollateralAsset) {
      return {
        typeUrl: "/settle.margin.v1.MsgSetCollateralAsset",
        value: MsgSetCollateralAsset.encode(value).finish()
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/settle.margin.v1.MsgUpdateParams",
        value: MsgUpdateParams.encode(value).finish()
      };
    }
  },
  withTypeUrl: {
    deposit(value: MsgDeposit) {
      return {
        typeUrl: "/settle.margin.v1.MsgDeposit",
        value
      };
    },
    withdraw(value: MsgWithdraw) {
      return {
        typeUrl: "/settle.margin.v1.MsgWithdraw",
        value
      };
    },
    transfer(value: MsgTransfer) {
      return {
        typeUrl: "/settle.margin.v1.MsgTransfer",
        value
      };
    },
    setMarginMode(value: MsgSetMarginMode) {
      return {
        typeUrl: "/settle.margin.v1.MsgSetMarginMode",
        value
      };
    },
    setCollateralAsset(value: MsgSetCollateralAsset) {
      return {
        typeUrl: "/settle.margin.v1.MsgSetCollateralAsset",
        value
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/settle.margin.v1.MsgUpdateParams",
        value
      };
    }
  },
  toJSON: {
    deposit(value: MsgDeposit) {
      return {
        typeUrl: "/settle.margin.v1.MsgDeposit",
        value: MsgDeposit.toJSON(value)
      };
    },
    withdraw(value: MsgWithdraw) {
      return {
        typeUrl: "/settle.margin.v1.MsgWithdraw",
        value: MsgWithdraw.toJSON(value)
      };
    },
    transfer(value: MsgTransfer) {
      return {
        typeUrl: "/settle.margin.v1.MsgTransfer",
        value: MsgTransfer.toJSON(value)
      };
    },
    setMarginMode(value: MsgSetMarginMode) {
      return {
        typeUrl: "/settle.margin.v1.MsgSetMarginMode",
        value: MsgSetMarginMode.toJSON(value)
      };
    },
    setCollateralAsset(value: MsgSetCollateralAsset) {
      return {
        typeUrl: "/settle.margin.v1.MsgSetCollateralAsset",
        value: MsgSetCollateralAsset.toJSON(value)
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/settle.margin.v1.MsgUpdateParams",
        value: MsgUpdateParams.toJSON(value)
      };
    }
  },
  fromJSON: {
    deposit(value: any) {
      return {
        typeUrl: "/settle.margin.v1.MsgDeposit",
        value: MsgDeposit.fromJSON(value)
      };
    },
    withdraw(value: any) {
      return {
        typeUrl: "/settle.margin.v1.MsgWithdraw",
        value: MsgWithdraw.fromJSON(value)
      };
    },
    transfer(value: any) {
      return {
        typeUrl: "/settle.margin.v1.MsgTransfer",
        value: MsgTransfer.fromJSON(value)
      };
    },
    setMarginMode(value: any) {
      return {
        typeUrl: "/settle.margin.v1.MsgSetMarginMode",
        value: MsgSetMarginMode.fromJSON(value)
      };
    },
    setCollateralAsset(value: any) {
      return {
        typeUrl: "/settle.margin.v1.MsgSetCollateralAsset",
        value: MsgSetCollateralAsset.fromJSON(value)
      };
    },
    updateParams(value: any) {
      return {
        typeUrl: "/settle.margin.v1.MsgUpdateParams",
        value: MsgUpdateParams.fromJSON(value)
      };
    }
  },
  fromPartial: {
    deposit(value: MsgDeposit) {
      return {
        typeUrl: "/settle.margin.v1.MsgDeposit",
        value: MsgDeposit.fromPartial(value)
      };
    },
    withdraw(value: MsgWithdraw) {
      return {
        typeUrl: "/settle.margin.v1.MsgWithdraw",
        value: MsgWithdraw.fromPartial(value)
      };
    },
    transfer(value: MsgTransfer) {
      return {
        typeUrl: "/settle.margin.v1.MsgTransfer",
        value: MsgTransfer.fromPartial(value)
      };
    },
    setMarginMode(value: MsgSetMarginMode) {
      return {
        typeUrl: "/settle.margin.v1.MsgSetMarginMode",
        value: MsgSetMarginMode.fromPartial(value)
      };
    },
    setCollateralAsset(value: MsgSetCollateralAsset) {
      return {
        typeUrl: "/settle.margin.v1.MsgSetCollateralAsset",
        value: MsgSetCollateralAsset.fromPartial(value)
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/settle.margin.v1.MsgUpdateParams",
        value: MsgUpdateParams.fromPartial(value)
      };
    }
  }
};