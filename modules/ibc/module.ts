import type { Module, StoreKey } from '../../chain/sdk';
import { defaultGenesis, exportGenesis, initGenesis } from './genesis';
import { IbcKeeper } from './keeper';
import { ibcMsgs } from './msgs';
import { ibcQueries, type IbcHost } from './queries';
import { PortRouter } from './router';

/**
 * The IBC core (ibc-go v8's 02-client, 03-connection, 04-channel over store `ibc`). Apps bind their
 * port on `router` (see router.ts) in the composition root.
 */
export function ibcModule(key: StoreKey, host: IbcHost, router: PortRouter = new PortRouter()): Module & { keeper: IbcKeeper; router: PortRouter } {
  const keeper = new IbcKeeper(key, router);
  return {
    name: key.name,
    storeKey: key,
    keeper,
    router,
    defaultGenesis,
    initGenesis: (ctx, state) => initGenesis(keeper, key, ctx, state),
    exportGenesis: (ctx) => exportGenesis(keeper, key, ctx),
    queries: ibcQueries(keeper, host),
    msgs: ibcMsgs(keeper),
  };
}
