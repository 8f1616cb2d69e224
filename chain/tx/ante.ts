import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import type { Context } from '../app';
import { addressBytes } from '../address';
import { formatCoins } from '../coins';
import { Errors } from '../errors';
import { rfc3339Nanos } from '../time';
import { Dec } from '../math';
import { GenerationalCache } from '../store/node-cache';
import type { DecodedSigner, DecodedTx } from './decode';
import type { GasMeter } from './gas';
import type { AccountKeeper, FeeKeeper } from './keepers';
import { secp256k1Address, verifySecp256k1 } from './secp256k1';
import { signBytes } from './sign-bytes';
import { sha256 } from '../store/hash';
import { base64, bytesEqual, latin1 } from '../store/encoding';

export type ExecMode = 'check' | 'recheck' | 'deliver' | 'simulate';

/** A node-local minimum gas price, enforced in CheckTx only (e.g. 0.025 usettle per gas unit). */
export interface MinGasPrice {
  denom: string;
  amount: Dec;
}

export interface AnteDeps {
  accounts: AccountKeeper;
  fees: FeeKeeper;
  minGasPrice?: MinGasPrice;
  /** Block gas limit from the consensus params; -1 or 0 for none. */
  maxBlockGas: () => bigint;
  /** Signatures verified in CheckTx, so FinalizeBlock does not verify them again. */
  verified: GenerationalCache<string, true>;
}

/**
 * The ante pipeline, in the Cosmos SDK's order: gas limit, memo, timeout height, tx size gas, fee
 * (denom, node minimum in CheckTx, deduction from the first signer), then per signer: account,
 * public key, sequence, signature (skipped when simulating), sequence increment. Runs on the tx's
 * branch; if it throws, the caller discards the branch, so a rejected tx changes nothing.
 */
export function runAnte(ctx: Context, tx: DecodedTx, meter: GasMeter, mode: ExecMode, deps: AnteDeps): void {
  const params = deps.accounts.txParams(ctx);
  if (mode !== 'simulate') {
    if (tx.gasLimit === 0n) throw Errors.invalidGasLimit.wrap('must provide positive gas');
    const maxGas = deps.maxBlockGas();
    if (maxGas > 0n && tx.gasLimit > maxGas) {
      throw Errors.invalidGasLimit.wrap(`tx gas limit ${tx.gasLimit} exceeds the block gas limit ${maxGas}`);
    }
  }
  if ([...tx.body.memo].length > params.maxMemoCharacters) {
    throw Errors.memoTooLarge.wrap(`maximum number of characters is ${params.maxMemoCharacters} but received ${[...tx.body.memo].length} characters`);
  }
  if (tx.body.timeoutHeight > 0n && BigInt(ctx.block.height) > tx.body.timeoutHeight) {
    throw Errors.txTimeoutHeight.wrap(`block height: ${ctx.block.height}, timeout height: ${tx.body.timeoutHeight}`);
  }
  if (tx.timeoutNanos !== undefined && ctx.block.timeNanos > tx.timeoutNanos) {
    throw Errors.txTimeout.wrap(`block time: ${rfc3339Nanos(ctx.block.timeNanos)}, timeout timestamp: ${rfc3339Nanos(tx.timeoutNanos)}`);
  }
  if (tx.signers.length > params.txSigLimit) {
    throw Errors.tooManySignatures.wrap(`signatures: ${tx.signers.length}, limit: ${params.txSigLimit}`);
  }
  meter.consume(params.txSizeCostPerByte * BigInt(tx.bytes.length), 'txSize');
  if (mode === 'simulate') {
    // A simulated tx carries empty signatures; charge for the 64 bytes each real one will add.
    const missing = tx.signers.filter((s) => s.signature.length === 0).length;
    meter.consume(params.txSizeCostPerByte * 64n * BigInt(missing), 'txSize (simulated signatures)');
  }

  for (const coin of tx.fee) {
    if (coin.denom !== params.feeDenom) throw Errors.insufficientFee.wrap(`fees must be paid in ${params.feeDenom}, got ${formatCoins(tx.fee)}`);
  }
  if ((mode === 'check' || mode === 'recheck') && deps.minGasPrice && !deps.minGasPrice.amount.isZero()) {
    const required = Dec.fromInt(tx.gasLimit).mul(deps.minGasPrice.amount, 'up').toBigInt('up');
    const paid = tx.fee.find((c) => c.denom === deps.minGasPrice!.denom)?.amount ?? 0n;
    if (paid < required) {
      throw Errors.insufficientFee.wrap(`insufficient fees; got: ${formatCoins(tx.fee) || '0' + deps.minGasPrice.denom} required: ${required}${deps.minGasPrice.denom}`);
    }
  }

  const accounts = tx.signers.map((s) => {
    const acc = deps.accounts.getSignerAccount(ctx, s.address);
    if (!acc) throw Errors.unknownAddress.wrap(`account ${s.address} does not exist`);
    return acc;
  });
  if (tx.fee.length > 0) {
    deps.fees.deductFee(ctx, tx.signers[0].address, tx.fee.map((c) => ({ denom: c.denom, amount: c.amount.toString() })));
  }
  ctx.emit('tx', { fee: formatCoins(tx.fee), fee_payer: tx.signers[0].address });

  tx.signers.forEach((signer, i) => {
    const acc = accounts[i];
    let pubKey = acc.pubKey;
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
    if (signer.sequence !== acc.sequence) {
      throw Errors.wrongSequence.wrap(`account sequence mismatch, expected ${acc.sequence}, got ${signer.sequence}`);
    }
    meter.consume(params.sigVerifyCostSecp256k1, 'ante verify: secp256k1');
    if (mode !== 'simulate') {
      if (signer.mode === SignMode.SIGN_MODE_UNSPECIFIED) {
        throw Errors.notSupported.wrap(`signer ${signer.address}: sign mode unspecified; use DIRECT or LEGACY_AMINO_JSON`);
      }
      // The same decoded signer (the decoded-tx cache) verified before with the same chain id,
      // account number, sequence and key signed the same bytes: skip rebuilding and hashing them.
      const verifiedAs = `${ctx.block.chainId}\n${acc.accountNumber}\n${acc.sequence}\n${latin1(pubKey)}`;
      if (verifiedSigners.get(signer) !== verifiedAs) {
        const bytes = signBytes(tx, signer.mode, ctx.block.chainId, acc.accountNumber, acc.sequence);
        const id = verifiedId(bytes, pubKey, signer.signature);
        if (!deps.verified.get(id)) {
          if (!verifySecp256k1(pubKey, bytes, signer.signature)) {
            throw Errors.unauthorized.wrap(
              `signature verification failed; please verify account number (${acc.accountNumber}), sequence (${acc.sequence}) and chain-id (${ctx.block.chainId})`,
            );
          }
          deps.verified.put(id, true);
        }
        verifiedSigners.set(signer, verifiedAs);
      }
    }
    deps.accounts.setSequenceAndPubKey(ctx, signer.address, acc.sequence + 1n, acc.pubKey ? undefined : pubKey);
    ctx.emit('tx', { acc_seq: `${signer.address}/${acc.sequence}` });
    ctx.emit('tx', { signature: base64(signer.signature) });
  });
}

/** Per decoded signer, the (chain id, account number, sequence, key) its signature last verified with. */
const verifiedSigners = new WeakMap<DecodedSigner, string>();

/** The verified-cache key of a signature: its sign bytes, key and signature, hashed. */
export function verifiedId(signBytes: Uint8Array, pubKey: Uint8Array, signature: Uint8Array): string {
  return sha256(Buffer.concat([signBytes, pubKey, signature])).toString('latin1');
}

