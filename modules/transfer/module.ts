import type { Module, StoreKey } from '../../chain/sdk';
import { defaultGenesis, exportGenesis, initGenesis } from './genesis';
import { TransferKeeper } from './keeper';
import { transferQueries } from './queries';

/**
 * ICS-20 fungible token transfer: store, genesis and queries. Not yet in the composition root: the
 * messages (MsgTransfer) and the packet callbacks need the IBC core's channels and SendPacket (README).
 */
export function transferModule(key: StoreKey): Module & { keeper: TransferKeeper } {
  const keeper = new TransferKeeper(key);
  return {
    name: key.name,
    storeKey: key,
    keeper,
    defaultGenesis,
    initGenesis: (ctx, state) => initGenesis(keeper, ctx, state),
    exportGenesis: (ctx) => exportGenesis(keeper, ctx),
    queries: transferQueries(keeper),
    msgs: [],
  };
}
