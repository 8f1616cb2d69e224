import { loadSignerAccounts } from './accounts';
import type { AnteDecorator, AnteDeps } from './context';
import { checkMinGasPrice, deductFee, validateFeeDenom } from './fee';
import { resolvePubKey } from './pubkey';
import { checkSequence, incrementSequence } from './sequence';
import { consumeSigGas, verifySignature } from './signature';
import { txTimeoutHeight, txTimeoutTimestamp } from './timeout';
import { consumeTxSizeGas } from './tx-size-gas';
import { validateGasLimit, validateMemo, validateSigCount } from './validate';

export { AnteContext } from './context';
export type { AnteDecorator, AnteDeps, AnteHandler, AnteNext, ExecMode, MinGasPrice } from './context';
export { composeAnte, insertAnteAfter, insertAnteBefore, replaceAnte } from './compose';
export { verifiedId } from './signature';
export {
  checkMinGasPrice, checkSequence, consumeSigGas, consumeTxSizeGas, deductFee, incrementSequence, loadSignerAccounts, resolvePubKey,
  txTimeoutHeight, txTimeoutTimestamp, validateFeeDenom, validateGasLimit, validateMemo, validateSigCount, verifySignature,
};

/**
 * settle's ante chain, in the Cosmos SDK's order (docs/transactions.md): the tx-wide checks, the fee,
 * then per signer (all five for one signer before the next): key, sequence, signature gas, signature,
 * sequence increment. A tx the chain rejects changes nothing (the caller discards its branch).
 */
export function defaultAnteDecorators(deps: AnteDeps): AnteDecorator[] {
  return [
    validateGasLimit(),
    validateMemo(),
    txTimeoutHeight(),
    txTimeoutTimestamp(),
    validateSigCount(),
    consumeTxSizeGas(),
    validateFeeDenom(),
    checkMinGasPrice(deps),
    loadSignerAccounts(deps),
    deductFee(deps),
    resolvePubKey(),
    checkSequence(),
    consumeSigGas(),
    verifySignature(deps),
    incrementSequence(deps),
  ];
}
