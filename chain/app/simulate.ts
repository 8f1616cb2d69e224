import { SimulateRequest, SimulateResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import { AuthInfo, Tx, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
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
 * The deprecated `tx` field (a decoded Tx, which the Go relayer still sends) is re-encoded as the SDK does.
 */
export function simulateHandler(txs: TxProcessor, state: () => { state: CacheMultiStore; block: BlockInfo }): QueryHandler {
  return (_ctx, request) => {
    const req = SimulateRequest.decode(request);
    const txBytes = req.txBytes.length > 0 ? req.txBytes : req.tx ? encodeTx(req.tx) : undefined;
    if (txBytes === undefined) throw Errors.invalidRequest.wrap('empty txBytes is not allowed');
    const s = state();
    const r = txs.simulate(s.state, txBytes, s.block);
    if (r.code !== 0) throw new AppError(lookupError(r.codespace, r.code) ?? Errors.internal, r.log);
    return SimulateResponse.encode({
      gasInfo: { gasWanted: r.gasWanted, gasUsed: r.gasUsed },
      result: { data: r.data, log: r.log, events: r.events, msgResponses: r.msgResponses },
    }).finish();
  };
}

/** The SDK's TxEncoder for a decoded Tx: TxRaw of the re-encoded body and auth info. */
function encodeTx(tx: Tx): Uint8Array {
  return TxRaw.encode({
    bodyBytes: TxBody.encode(tx.body ?? TxBody.fromPartial({})).finish(),
    authInfoBytes: AuthInfo.encode(tx.authInfo ?? AuthInfo.fromPartial({})).finish(),
    signatures: tx.signatures,
  }).finish();
}
