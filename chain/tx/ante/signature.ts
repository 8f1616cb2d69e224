import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import { Errors } from '../../errors';
import { latin1 } from '../../encoding';
import { sha256 } from '../../store/hash';
import type { DecodedSigner } from '../decode';
import { verifySecp256k1 } from '../secp256k1';
import { signBytes } from '../sign-bytes';
import type { AnteDecorator, AnteDeps } from './context';

/** Per signer: gas for one secp256k1 verification (charged when simulating too, so estimates match). */
export function consumeSigGas(): AnteDecorator {
  return {
    name: 'consumeSigGas',
    perSigner: true,
    handle(a, next) {
      a.meter.consume(a.params.sigVerifyCostSecp256k1, 'ante verify: secp256k1');
      next(a);
    },
  };
}

/**
 * Per signer (not when simulating): a supported sign mode, and a valid signature over the sign bytes
 * with the chain id, the account number and the account's sequence, by `a.pubKey`. Signatures found
 * valid before (CheckTx, the worker prefetch) are taken from the verified cache.
 */
export function verifySignature(deps: Pick<AnteDeps, 'verified'>): AnteDecorator {
  return {
    name: 'verifySignature',
    perSigner: true,
    handle(a, next) {
      if (a.mode !== 'simulate') {
        const signer = a.tx.signers[a.signer];
        const acc = a.accounts[a.signer];
        const pubKey = a.pubKey;
        if (!pubKey) throw Errors.invalidPubKey.wrap(`signer ${signer.address} has no public key yet; the tx must include it`);
        if (signer.mode === SignMode.SIGN_MODE_UNSPECIFIED) {
          throw Errors.notSupported.wrap(`signer ${signer.address}: sign mode unspecified; use DIRECT or LEGACY_AMINO_JSON`);
        }
        const chainId = a.ctx.block.chainId;
        // The same decoded signer (the decoded-tx cache) verified before with the same chain id,
        // account number, sequence and key signed the same bytes: skip rebuilding and hashing them.
        const verifiedAs = `${chainId}\n${acc.accountNumber}\n${acc.sequence}\n${latin1(pubKey)}`;
        if (verifiedSigners.get(signer) !== verifiedAs) {
          const bytes = signBytes(a.tx, signer.mode, chainId, acc.accountNumber, acc.sequence);
          const id = verifiedId(bytes, pubKey, signer.signature);
          if (!deps.verified.get(id)) {
            if (!verifySecp256k1(pubKey, bytes, signer.signature)) {
              throw Errors.unauthorized.wrap(
                `signature verification failed; please verify account number (${acc.accountNumber}), sequence (${acc.sequence}) and chain-id (${chainId})`,
              );
            }
            deps.verified.put(id, true);
          }
          verifiedSigners.set(signer, verifiedAs);
        }
      }
      next(a);
    },
  };
}

/** Per decoded signer, the (chain id, account number, sequence, key) its signature last verified with. */
const verifiedSigners = new WeakMap<DecodedSigner, string>();

/** The verified-cache key of a signature: its sign bytes, key and signature, hashed. */
export function verifiedId(signBytes: Uint8Array, pubKey: Uint8Array, signature: Uint8Array): string {
  return sha256(Buffer.concat([signBytes, pubKey, signature])).toString('latin1');
}
