import { addressBytes } from '../../address';
import { Errors } from '../../errors';
import { bytesEqual } from '../../encoding';
import { secp256k1Address } from '../secp256k1';
import type { AnteDecorator } from './context';

/**
 * Per signer: its public key, into `a.pubKey`: the account's stored key, or the key in the tx, which
 * must equal the stored one or, on a first signature, hash to the signer's address. (The key is
 * stored by `incrementSequence`, once everything else has passed.)
 */
export function resolvePubKey(): AnteDecorator {
  return {
    name: 'resolvePubKey',
    perSigner: true,
    handle(a, next) {
      const signer = a.tx.signers[a.signer];
      let pubKey = a.accounts[a.signer].pubKey;
      if (signer.pubKey) {
        if (pubKey && !bytesEqual(pubKey, signer.pubKey)) {
          throw Errors.invalidPubKey.wrap(`signer ${signer.address}: the public key differs from the account's`);
        }
        if (!pubKey && !bytesEqual(secp256k1Address(signer.pubKey), addressBytes(signer.address))) {
          throw Errors.invalidPubKey.wrap(`pubKey does not match signer address ${signer.address}`);
        }
        pubKey = signer.pubKey;
      }
      if (!pubKey) throw Errors.invalidPubKey.wrap(`signer ${signer.address} has no public key yet; the tx must include it`);
      a.pubKey = pubKey;
      next(a);
    },
  };
}
