import { Params } from 'cosmjs-types/ibc/applications/transfer/v1/transfer';

/** ibc.applications.transfer.v1.Params: whether tokens may leave (send) and arrive (receive). */
export interface TransferParams {
  sendEnabled: boolean;
  receiveEnabled: boolean;
}

export const DEFAULT_PARAMS: Readonly<TransferParams> = Object.freeze({ sendEnabled: true, receiveEnabled: true });

export function encodeParams(p: TransferParams): Uint8Array {
  return Params.encode({ sendEnabled: p.sendEnabled, receiveEnabled: p.receiveEnabled }).finish();
}

export function decodeParams(bytes: Uint8Array): TransferParams {
  const p = Params.decode(bytes);
  return { sendEnabled: p.sendEnabled, receiveEnabled: p.receiveEnabled };
}
