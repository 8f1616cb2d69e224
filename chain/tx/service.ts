import { SimulateRequest, SimulateResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import type { SettleApp } from '../app';
import { AppError, Errors, lookupError } from '../errors';
import type { TxPipeline } from './pipeline';

export const SIMULATE_PATH = '/cosmos.tx.v1beta1.Service/Simulate';

/**
 * cosmos.tx.v1beta1.Service/Simulate: runs a tx against the mempool's state (so pending sequences
 * count) without signature checks and with unlimited gas; CosmJS uses gasUsed for fee "auto".
 */
export function registerTxService(app: SettleApp, pipeline: TxPipeline): void {
  app.queries.register(SIMULATE_PATH, (_ctx, request) => {
    const req = SimulateRequest.decode(request);
    if (req.txBytes.length === 0) throw Errors.invalidRequest.wrap('empty txBytes is not allowed');
    const { state, block } = app.simulationState();
    const r = pipeline.simulate(state, req.txBytes, block);
    if (r.code !== 0) {
      const registered = lookupError(r.codespace, r.code) ?? Errors.internal;
      throw new AppError(registered, r.log);
    }
    return SimulateResponse.encode({
      gasInfo: { gasWanted: r.gasWanted, gasUsed: r.gasUsed },
      result: { data: r.data, log: r.log, events: r.events, msgResponses: r.msgResponses },
    }).finish();
  });
}
