//@ts-nocheck
/* eslint-disable */
import { GeneratedType, Registry } from "@cosmjs/proto-signing";
import { MsgLiquidate, MsgFundInsurance, MsgUpdateParams } from "./tx";
export const registry: ReadonlyArray<[string, GeneratedType]> = [["/settle.liquidation.v1.MsgLiquidate", MsgLiquidate], ["/settle.liquidation.v1.MsgFundInsurance", MsgFundInsurance], ["/settle.liquidation.v1.MsgUpdateParams", MsgUpdateParams]];
export const load = (protoRegistry: Registry) => {
  registry.forEach(([typeUrl, mod]) => {
    protoRegistry.register(typeUrl, mod);
  });
};
export const MessageComposer = {
  encoded: {
    liquidate(value: MsgLiquidate) {
      return {
        typeUrl: "/settle.liquidation.v1.MsgLiquidate",
        value: MsgLiquidate.encode(value).finish()
      };
    },
    fundInsurance(value: MsgFundInsurance) {
      return {
        typeUrl: "/settle.liquidation.v1.MsgFundInsurance",
        value: MsgFundInsurance.encode(value).finish()
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/settle.liquidation.v1.MsgUpdateParams",
        value: MsgUpdateParams.encode(value).finish()
      };
    }
  },
  withTypeUrl: {
    liquidate(value: MsgLiquidate) {
      return {
        typeUrl: "/settle.liquidation.v1.MsgLiquidate",
        value
      };
    },
    fundInsurance(value: MsgFundInsurance) {
      return {
        typeUrl: "/settle.liquidation.v1.MsgFundInsurance",
        value
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/settle.liquidation.v1.MsgUpdateParams",
        value
      };
    }
  },
  toJSON: {
    liquidate(value: MsgLiquidate) {
      return {
        typeUrl: "/settle.liquidation.v1.MsgLiquidate",
        value: MsgLiquidate.toJSON(value)
      };
    },
    fundInsurance(value: MsgFundInsurance) {
      return {
        typeUrl: "/settle.liquidation.v1.MsgFundInsurance",
        value: MsgFundInsurance.toJSON(value)
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/settle.liquidation.v1.MsgUpdateParams",
        value: MsgUpdateParams.toJSON(value)
      };
    }
  },
  fromJSON: {
    liquidate(value: any) {
      return {
        typeUrl: "/settle.liquidation.v1.MsgLiquidate",
        value: MsgLiquidate.fromJSON(value)
      };
    },
    fundInsurance(value: any) {
      return {
        typeUrl: "/settle.liquidation.v1.MsgFundInsurance",
        value: MsgFundInsurance.fromJSON(value)
      };
    },
    updateParams(value: any) {
      return {
        typeUrl: "/settle.liquidation.v1.MsgUpdateParams",
        value: MsgUpdateParams.fromJSON(value)
      };
    }
  },
  fromPartial: {
    liquidate(value: MsgLiquidate) {
      return {
        typeUrl: "/settle.liquidation.v1.MsgLiquidate",
        value: MsgLiquidate.fromPartial(value)
      };
    },
    fundInsurance(value: MsgFundInsurance) {
      return {
        typeUrl: "/settle.liquidation.v1.MsgFundInsurance",
        value: MsgFundInsurance.fromPartial(value)
      };
    },
    updateParams(value: MsgUpdateParams) {
      return {
        typeUrl: "/settle.liquidation.v1.MsgUpdateParams",
        value: MsgUpdateParams.fromPartial(value)
      };
    }
  }
};