import { Errors } from '../../errors';
import type { AnteDecorator } from './context';

/**
 * The gas limit is positive and within the block gas limit (not when simulating: that runs with unlimited gas).
 * A tx over the block limit could never be proposed, so CheckTx refuses it rather than let it sit in the mempool.
 */
export function validateGasLimit(): AnteDecorator {
  return {
    name: 'validateGasLimit',
    handle(a, next) {
      if (a.mode !== 'simulate') {
        if (a.tx.gasLimit === 0n) throw Errors.invalidGasLimit.wrap('must provide positive gas');
        const maxGas = a.ctx.block.maxGas ?? -1n;
        if (maxGas > 0n && a.tx.gasLimit > maxGas) {
          throw Errors.invalidGasLimit.wrap(`tx gas limit ${a.tx.gasLimit} exceeds the block gas limit ${maxGas}`);
        }
      }
      next(a);
    },
  };
}

/** The memo has at most `max_memo_characters` characters (Unicode code points). */
export function validateMemo(): AnteDecorator {
  return {
    name: 'validateMemo',
    handle(a, next) {
      const memo = a.tx.body.memo;
      const max = a.params.maxMemoCharacters;
      // A string has at most as many code points as UTF-16 units: count them only when it can matter.
      if (memo.length > max) {
        const chars = [...memo].length;
        if (chars > max) throw Errors.memoTooLarge.wrap(`maximum number of characters is ${max} but received ${chars} characters`);
      }
      next(a);
    },
  };
}

/** At most `tx_sig_limit` signatures. */
export function validateSigCount(): AnteDecorator {
  return {
    name: 'validateSigCount',
    handle(a, next) {
      if (a.tx.signers.length > a.params.txSigLimit) {
        throw Errors.tooManySignatures.wrap(`signatures: ${a.tx.signers.length}, limit: ${a.params.txSigLimit}`);
      }
      next(a);
    },
  };
}
