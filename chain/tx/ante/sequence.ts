import { Errors } from '../../errors';
import { base64 } from '../../encoding';
import type { AnteDecorator, AnteDeps } from './context';

/** Per signer: the tx's sequence is the account's. */
export function checkSequence(): AnteDecorator {
  return {
    name: 'checkSequence',
    perSigner: true,
    handle(a, next) {
      const expected = a.accounts[a.signer].sequence;
      const got = a.tx.signers[a.signer].sequence;
      if (got !== expected) throw Errors.wrongSequence.wrap(`account sequence mismatch, expected ${expected}, got ${got}`);
      next(a);
    },
  };
}

/**
 * Per signer: stores sequence + 1 (and the public key on the account's first signature), and emits
 * `tx` {acc_seq} and `tx` {signature}.
 */
export function incrementSequence(deps: Pick<AnteDeps, 'accounts'>): AnteDecorator {
  return {
    name: 'incrementSequence',
    perSigner: true,
    handle(a, next) {
      const signer = a.tx.signers[a.signer];
      const acc = a.accounts[a.signer];
      deps.accounts.setSequenceAndPubKey(a.ctx, signer.address, acc.sequence + 1n, acc.pubKey ? undefined : a.pubKey);
      a.ctx.emit('tx', { acc_seq: `${signer.address}/${acc.sequence}` });
      a.ctx.emit('tx', { signature: base64(signer.signature) });
      next(a);
    },
  };
}
