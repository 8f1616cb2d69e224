import { SimulateRequest, SimulateResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import { AppError, Errors, lookupError } from '../errors';
import type { CacheMultiStore } from '../store';
import type { BlockInfo } from './context';
import type { QueryHandler } from './module';
import type { TxProcessor } from './tx-processor';

export const SIMULATE_PATH = '/cosmos.tx.v1beta1.Service/Simulate';

/**
 * cosmos.tx.v1beta1.Service/Simulate: runs a tx against the mempool's state (so pending sequences
 * count) without signature checks and with unlimited gas; CosmJS uses gasUsed for fee "auto".
 * A failing tx answers its own error code and log, as the SDK's gRPC error does.
 */
export function simulateHandler(txs: TxProcessor, state: () => { state: CacheMultiStore; block: BlockInfo }): QueryHandler {
  return (_ctx, request) => {
    const req = SimulateRequest.decode(request);
    if (req.txBytes.length === 0) throw Errors.invalidRequest.wrap('empty txBytes is not allowed');
    const s = state();
    const r = txs.simulate(s.state, req.txBytes, s.block);
    if (r.code !== 0) throw new AppError(lookupError(r.codespace, r.code) ?? Errors.internal, r.log);
    return SimulateResponse.encode({
      gasInfo: { gasWanted: r.gasWanted, gasUsed: r.gasUsed },
      result: { data: r.data, log: r.log, events: r.events, msgResponses: r.msgResponses },
    }).finish();
  };
}
