/* eslint-disable */
import { connectComet, HttpEndpoint } from "@cosmjs/tendermint-rpc";
import { QueryClient } from "@cosmjs/stargate";
export const createRPCQueryClient = async ({
  rpcEndpoint
}: {
  rpcEndpoint: string | HttpEndpoint;
}) => {
  const tmClient = await connectComet(rpcEndpoint);
  const client = new QueryClient(tmClient);
  return {
    settle: {
      bridge: {
        v1: (await import("./bridge/v1/query.rpc.Query")).createRpcQueryExtension(client)
      },
      liquidation: {
        v1: (await import("./liquidation/v1/query.rpc.Query")).createRpcQueryExtension(client)
      },
      margin: {
        v1: (await import("./margin/v1/query.rpc.Query")).createRpcQueryExtension(client)
      },
      options: {
        v1: (await import("./options/v1/query.rpc.Query")).createRpcQueryExtension(client)
      },
      oracle: {
        v1: (await import("./oracle/v1/query.rpc.Query")).createRpcQueryExtension(client)
      }
    }
  };
};