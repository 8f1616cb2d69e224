import { Params as ClientParams } from 'cosmjs-types/ibc/core/client/v1/client';
import { Params as ConnectionParams } from 'cosmjs-types/ibc/core/connection/v1/connection';
import { Errors, type Context, type KVStore, type QueryContext, type StoreKey } from '../../chain/sdk';
import type { IbcKeeper } from './keeper';
import { key, Paths } from './keys';
import { defaultClientParams, defaultConnectionParams, validateClientParams, validateConnectionParams } from './params';

/**
 * The ibc genesis section: the client and connection params, and the rest of the store verbatim
 * (`state`: key hex, value base64), so export → import reproduces the store byte for byte.
 * (ibc-go's structured client/connection/channel genesis is not read; see README.)
 */
export interface IbcGenesis {
  client_params: { allowed_clients: string[] };
  connection_params: { max_expected_time_per_block: string };
  state: { key: string; value: string }[];
}

export function defaultGenesis(): IbcGenesis {
  return {
    client_params: { allowed_clients: defaultClientParams().allowedClients },
    connection_params: { max_expected_time_per_block: defaultConnectionParams().maxExpectedTimePerBlock.toString() },
    state: [],
  };
}

const PARAM_KEYS = new Set<string>([key(Paths.clientParams).toString('hex'), key(Paths.connectionParams).toString('hex')]);

export function initGenesis(keeper: IbcKeeper, storeKey: StoreKey, ctx: Context, raw: unknown): void {
  const g = raw as Partial<IbcGenesis> | undefined;
  if (!g || typeof g !== 'object') throw Errors.invalidRequest.wrap('ibc genesis must be an object');
  const clientParams = ClientParams.fromPartial({ allowedClients: g.client_params?.allowed_clients ?? [] });
  let maxTime: bigint;
  try {
    maxTime = BigInt(g.connection_params?.max_expected_time_per_block ?? '');
  } catch {
    throw Errors.invalidRequest.wrap('ibc genesis: connection_params.max_expected_time_per_block must be an integer string (nanoseconds)');
  }
  const connectionParams = ConnectionParams.fromPartial({ maxExpectedTimePerBlock: maxTime });
  validateClientParams(clientParams);
  validateConnectionParams(connectionParams);
  keeper.clients.setParams(ctx, clientParams);
  keeper.connections.setParams(ctx, connectionParams);
  const store = ctx.kvStore(storeKey) as KVStore;
  for (const [i, e] of (g.state ?? []).entries()) {
    if (typeof e?.key !== 'string' || typeof e.value !== 'string' || !/^([0-9a-f]{2})+$/.test(e.key) || PARAM_KEYS.has(e.key)) {
      throw Errors.invalidRequest.wrap(`ibc genesis: state entry ${i} needs a non-empty lowercase hex key other than the params' and a base64 value`);
    }
    store.set(Buffer.from(e.key, 'hex'), Buffer.from(e.value, 'base64'));
  }
}

export function exportGenesis(keeper: IbcKeeper, storeKey: StoreKey, ctx: QueryContext): IbcGenesis {
  const state: { key: string; value: string }[] = [];
  for (const { key: k, value } of ctx.kvStore(storeKey).iterator()) {
    const hex = Buffer.from(k).toString('hex');
    if (!PARAM_KEYS.has(hex)) state.push({ key: hex, value: Buffer.from(value).toString('base64') });
  }
  return {
    client_params: { allowed_clients: keeper.clients.params(ctx).allowedClients },
    connection_params: { max_expected_time_per_block: keeper.connections.params(ctx).maxExpectedTimePerBlock.toString() },
    state,
  };
}
