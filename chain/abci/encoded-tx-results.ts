import { BinaryWriter } from 'cosmjs-types/binary';
import { ResponseFinalizeBlock } from 'cosmjs-types/tendermint/abci/types';

/**
 * Tx results an application has already encoded (settle does, for its local tx index), attached to
 * its FinalizeBlock response so the server writes those bytes instead of encoding every result a
 * second time (~25 attributes per bank send). Kept beside the response, never in it, so wrappers
 * that pass the response on need not know.
 */
const attached = new WeakMap<ResponseFinalizeBlock, Uint8Array[]>();

/** `encoded[i]` must be `ExecTxResult.encode(res.txResults[i])`, and the results must not change afterwards. */
export function attachEncodedTxResults(res: ResponseFinalizeBlock, encoded: Uint8Array[]): void {
  attached.set(res, encoded);
}

/** Field 21 (finalize_block) of `Response`, length-delimited: (21 << 3) | 2. */
const RESPONSE_FINALIZE_BLOCK_TAG = 170;
/** Field 2 (tx_results) of `ResponseFinalizeBlock`, length-delimited. */
const TX_RESULTS_TAG = 18;

/**
 * The `Response` body for a FinalizeBlock response with attached encoded results, or undefined when
 * none are attached (or they do not match). The tx results come after the other fields; protobuf
 * parsers accept fields in any order, and decoding gives the same message.
 */
export function encodeFinalizeBlockResponse(res: ResponseFinalizeBlock): Uint8Array | undefined {
  const encoded = attached.get(res);
  if (!encoded || encoded.length !== res.txResults.length) return undefined;
  const w = BinaryWriter.create();
  w.uint32(RESPONSE_FINALIZE_BLOCK_TAG).fork();
  ResponseFinalizeBlock.encode({ ...res, txResults: [] }, w);
  for (const r of encoded) w.uint32(TX_RESULTS_TAG).bytes(r);
  w.ldelim();
  return w.finish();
}
