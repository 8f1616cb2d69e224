import { TxResponse } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci';
import { GetTxRequest, GetTxResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import { Tx } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { ExecTxResult } from 'cosmjs-types/tendermint/abci/types';
import { Errors } from '../errors';
import { rfc3339 } from '../time';
import { encodeUvarint, readUvarint } from '../encoding';
import { sha256 } from '../store/hash';
import type { QueryHandler } from './module';

export const GET_TX_PATH = '/cosmos.tx.v1beta1.Service/GetTx';

/**
 * A local index of committed transactions by hash, written with each commit (outside the app hash),
 * so /cosmos.tx.v1beta1.Service/GetTx answers like the SDK's. Record: u64 height ‖ u32 index ‖
 * i64 seconds ‖ u32 nanos ‖ uvarint len ‖ tx bytes ‖ ExecTxResult protobuf.
 */
export function txIndexKey(hash: Uint8Array): Uint8Array {
  return Buffer.concat([Buffer.from('tx/'), hash]);
}

export function txHash(tx: Uint8Array): Buffer {
  return sha256(tx);
}

/** `encodedResult` is the tx's ExecTxResult, already encoded (FinalizeBlock encodes each result once). */
export function encodeTxRecord(height: number, index: number, timeNanos: bigint, tx: Uint8Array, encodedResult: Uint8Array): Uint8Array {
  const head = Buffer.alloc(24);
  head.writeBigUInt64BE(BigInt(height), 0);
  head.writeUInt32BE(index, 8);
  head.writeBigInt64BE(timeNanos / 1_000_000_000n, 12);
  head.writeUInt32BE(Number(timeNanos % 1_000_000_000n), 20);
  return Buffer.concat([head, encodeUvarint(tx.length), tx, encodedResult]);
}

function decodeTxRecord(raw: Uint8Array): { height: bigint; seconds: bigint; nanos: number; tx: Uint8Array; result: ExecTxResult } {
  const b = Buffer.from(raw);
  const [len, o] = readUvarint(b, 24);
  return {
    height: b.readBigUInt64BE(0),
    seconds: b.readBigInt64BE(12),
    nanos: b.readUInt32BE(20),
    tx: b.subarray(o, o + len),
    result: ExecTxResult.decode(b.subarray(o + len)),
  };
}

export function getTxHandler(read: (key: Uint8Array) => Uint8Array | undefined): QueryHandler {
  return (_ctx, request) => {
    const { hash } = GetTxRequest.decode(request);
    if (!/^[0-9a-fA-F]{64}$/.test(hash)) throw Errors.invalidRequest.wrap(`tx hash must be 64 hex characters, got "${hash}"`);
    const raw = read(txIndexKey(Buffer.from(hash, 'hex')));
    if (!raw) throw Errors.keyNotFound.wrap(`rpc error: code = NotFound desc = tx not found: ${hash.toUpperCase()}`);
    const rec = decodeTxRecord(raw);
    let tx: Tx | undefined;
    try {
      tx = Tx.decode(rec.tx);
    } catch {
      tx = undefined; // an undecodable tx was still included in a block; its bytes stay in tx_response
    }
    const r = rec.result;
    const txResponse = TxResponse.fromPartial({
      height: rec.height,
      txhash: hash.toUpperCase(),
      codespace: r.codespace,
      code: r.code,
      data: Buffer.from(r.data).toString('hex').toUpperCase(),
      rawLog: r.log,
      info: r.info,
      gasWanted: r.gasWanted,
      gasUsed: r.gasUsed,
      tx: tx ? { typeUrl: '/cosmos.tx.v1beta1.Tx', value: rec.tx } : undefined,
      timestamp: rfc3339(rec.seconds),
      events: r.events,
    });
    return GetTxResponse.encode({ tx, txResponse }).finish();
  };
}
