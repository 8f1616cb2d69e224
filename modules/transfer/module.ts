import type { Module, StoreKey } from '../../chain/sdk';
import { defaultGenesis, exportGenesis, initGenesis } from './genesis';
import { TransferIbcApp } from './ibc-app';
import { TransferKeeper } from './keeper';
import { transferMsgs, type TransferMsgDeps } from './msgs';
import { transferQueries } from './queries';

/**
 * ICS-20 fungible token transfer: store, genesis, queries, MsgTransfer (given the bank and the IBC
 * core's PacketSender) and `app`, the IbcApp the composition root binds on port `transfer`.
 * Without `deps` (store-level tests) there is no MsgTransfer and no app.
 */
export function transferModule(key: StoreKey, deps?: TransferMsgDeps): Module & { keeper: TransferKeeper; app?: TransferIbcApp } {
  const keeper = new TransferKeeper(key);
  return {
    name: key.name,
    storeKey: key,
    keeper,
    app: deps ? new TransferIbcApp(keeper, deps.bank) : undefined,
    defaultGenesis,
    initGenesis: (ctx, state) => initGenesis(keeper, ctx, state),
    exportGenesis: (ctx) => exportGenesis(keeper, ctx),
    queries: transferQueries(keeper),
    msgs: deps ? transferMsgs(keeper, deps) : [],
  };
}
