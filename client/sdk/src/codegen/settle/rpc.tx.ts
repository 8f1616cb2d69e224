/* eslint-disable */
import { Rpc } from "../helpers";
export const createRPCMsgClient = async ({
  rpc
}: {
  rpc: Rpc;
}) => ({
  settle: {
    bridge: {
      v1: new (await import("./bridge/v1/tx.rpc.msg")).MsgClientImpl(rpc)
    },
    liquidation: {
      v1: new (await import("./liquidation/v1/tx.rpc.msg")).MsgClientImpl(rpc)
    },
    margin: {
      v1: new (await import("./margin/v1/tx.rpc.msg")).MsgClientImpl(rpc)
    },
    options: {
      v1: new (await import("./options/v1/tx.rpc.msg")).MsgClientImpl(rpc)
    },
    oracle: {
      v1: new (await import("./oracle/v1/tx.rpc.msg")).MsgClientImpl(rpc)
    }
  }
});