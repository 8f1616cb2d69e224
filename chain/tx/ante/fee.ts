import { formatCoins } from '../../coins';
import { Errors } from '../../errors';
import { Dec } from '../../math';
import type { AnteDecorator, AnteDeps } from './context';

/** Fees only in the fee denom (auth's genesis `fee_denom`). */
export function validateFeeDenom(): AnteDecorator {
  return {
    name: 'validateFeeDenom',
    handle(a, next) {
      const { fee } = a.tx;
      const denom = a.params.feeDenom;
      for (const coin of fee) {
        if (coin.denom !== denom) throw Errors.insufficientFee.wrap(`fees must be paid in ${denom}, got ${formatCoins(fee)}`);
      }
      next(a);
    },
  };
}

/** In CheckTx (new and recheck), the fee covers gas limit × this node's minimum gas price. */
export function checkMinGasPrice(deps: Pick<AnteDeps, 'minGasPrice'>): AnteDecorator {
  const min = deps.minGasPrice && !deps.minGasPrice.amount.isZero() ? deps.minGasPrice : undefined;
  return {
    name: 'checkMinGasPrice',
    handle(a, next) {
      if (min && (a.mode === 'check' || a.mode === 'recheck')) {
        const { fee } = a.tx;
        const required = Dec.fromInt(a.tx.gasLimit).mul(min.amount, 'up').toBigInt('up');
        const paid = fee.find((c) => c.denom === min.denom)?.amount ?? 0n;
        if (paid < required) {
          throw Errors.insufficientFee.wrap(`insufficient fees; got: ${formatCoins(fee) || '0' + min.denom} required: ${required}${min.denom}`);
        }
      }
      next(a);
    },
  };
}

/** Moves the fee from the first signer to the fee collector, and emits `tx` {fee, fee_payer}. */
export function deductFee(deps: Pick<AnteDeps, 'fees'>): AnteDecorator {
  return {
    name: 'deductFee',
    handle(a, next) {
      const { fee, signers } = a.tx;
      const payer = signers[0].address;
      if (fee.length > 0) deps.fees.deductFee(a.ctx, payer, fee.map((c) => ({ denom: c.denom, amount: c.amount.toString() })));
      a.ctx.emit('tx', { fee: formatCoins(fee), fee_payer: payer });
      next(a);
    },
  };
}
