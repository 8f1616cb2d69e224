import type { QueryClient } from '@cosmjs/stargate';
import { createRpcQueryExtension as liquidation } from './codegen/settle/liquidation/v1/query.rpc.Query';
import { createRpcQueryExtension as margin } from './codegen/settle/margin/v1/query.rpc.Query';
import { createRpcQueryExtension as options } from './codegen/settle/options/v1/query.rpc.Query';
import { createRpcQueryExtension as oracle } from './codegen/settle/oracle/v1/query.rpc.Query';

/** settle's query services as a CosmJS QueryClient extension: `q.settle.margin.health({ owner, number })`. */
export interface SettleExtension {
  settle: {
    oracle: ReturnType<typeof oracle>;
    margin: ReturnType<typeof margin>;
    options: ReturnType<typeof options>;
    liquidation: ReturnType<typeof liquidation>;
  };
}

export function setupSettleExtension(base: QueryClient): SettleExtension {
  return { settle: { oracle: oracle(base), margin: margin(base), options: options(base), liquidation: liquidation(base) } };
}
