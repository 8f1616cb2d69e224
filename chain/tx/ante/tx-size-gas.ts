import type { AnteDecorator } from './context';

/**
 * Gas for the tx's size (`tx_size_cost_per_byte`); when simulating, also for the 64 bytes each
 * empty signature will have in the real tx.
 */
export function consumeTxSizeGas(): AnteDecorator {
  return {
    name: 'consumeTxSizeGas',
    handle(a, next) {
      const perByte = a.params.txSizeCostPerByte;
      a.meter.consume(perByte * BigInt(a.tx.bytes.length), 'txSize');
      if (a.mode === 'simulate') {
        let missing = 0;
        for (const s of a.tx.signers) if (s.signature.length === 0) missing++;
        a.meter.consume(perByte * 64n * BigInt(missing), 'txSize (simulated signatures)');
      }
      next(a);
    },
  };
}
