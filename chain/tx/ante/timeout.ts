import { Errors } from '../../errors';
import { rfc3339Nanos } from '../../time';
import type { AnteDecorator } from './context';

/** `timeout_height`, when set, is not passed. */
export function txTimeoutHeight(): AnteDecorator {
  return {
    name: 'txTimeoutHeight',
    handle(a, next) {
      const { block } = a.ctx;
      const timeout = a.tx.body.timeoutHeight;
      if (timeout > 0n && BigInt(block.height) > timeout) {
        throw Errors.txTimeoutHeight.wrap(`block height: ${block.height}, timeout height: ${timeout}`);
      }
      next(a);
    },
  };
}

/** `timeout_timestamp`, when set, is not before the block time (CheckTx: the last block's time). */
export function txTimeoutTimestamp(): AnteDecorator {
  return {
    name: 'txTimeoutTimestamp',
    handle(a, next) {
      const timeout = a.tx.timeoutNanos;
      if (timeout !== undefined && a.ctx.block.timeNanos > timeout) {
        throw Errors.txTimeout.wrap(`block time: ${rfc3339Nanos(a.ctx.block.timeNanos)}, timeout timestamp: ${rfc3339Nanos(timeout)}`);
      }
      next(a);
    },
  };
}
