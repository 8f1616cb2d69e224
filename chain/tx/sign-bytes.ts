import { makeSignDoc as makeAminoSignDoc, serializeSignDoc } from '@cosmjs/amino';
import { SignDoc } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import { formatCoins } from '../coins';
import type { DecodedTx } from './decode';

/** The bytes a signer signed, per sign mode: SignDoc (direct) or the canonical amino JSON StdSignDoc. */
export function signBytes(tx: DecodedTx, mode: SignMode, chainId: string, accountNumber: bigint, sequence: bigint): Uint8Array {
  if (mode === SignMode.SIGN_MODE_DIRECT) {
    return SignDoc.encode({ bodyBytes: tx.raw.bodyBytes, authInfoBytes: tx.raw.authInfoBytes, chainId, accountNumber }).finish();
  }
  const msgs = tx.msgs.map((m) => ({ type: m.registration.amino.type, value: m.registration.amino.toJSON(m.msg) as Record<string, unknown> }));
  const fee = { amount: tx.fee.map((c) => ({ denom: c.denom, amount: c.amount.toString() })), gas: tx.gasLimit.toString() };
  const doc = makeAminoSignDoc(msgs, fee, chainId, tx.body.memo, accountNumber.toString(), sequence.toString(), tx.body.timeoutHeight);
  return serializeSignDoc(doc);
}

export function describeFee(tx: DecodedTx): string {
  return formatCoins(tx.fee);
}
