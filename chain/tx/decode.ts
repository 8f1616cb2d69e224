import '../proto-fixes'; // before any protobuf is written
import { AuthInfo, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import type { Coin } from 'cosmjs-types/cosmos/base/v1beta1/coin';
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import type { MsgRegistration } from '../app';
import { Amount, notPositive, parseCoins } from '../coins';
import { AppError, Errors } from '../errors';
import { requireCanonical, requireCanonicalTx } from './canonical';

/** Largest tx accepted (CometBFT's default mempool max_tx_bytes is 1 MiB). */
export const MAX_TX_BYTES = 1024 * 1024;
export const SECP256K1_PUBKEY_TYPE = '/cosmos.crypto.secp256k1.PubKey';

export interface DecodedMsg {
  typeUrl: string;
  msg: unknown;
  registration: MsgRegistration;
}

export interface DecodedSigner {
  address: string;
  /** Compressed secp256k1 key from the signer info, if given. */
  pubKey?: Uint8Array;
  mode: SignMode;
  sequence: bigint;
  signature: Uint8Array;
}

export interface DecodedTx {
  bytes: Uint8Array;
  raw: TxRaw;
  body: TxBody;
  authInfo: AuthInfo;
  msgs: DecodedMsg[];
  signers: DecodedSigner[];
  fee: Amount[];
  gasLimit: bigint;
  /** TxBody.timeout_timestamp in ns since the epoch, if set (a block later than this rejects the tx). */
  timeoutNanos?: bigint;
}

/**
 * Decodes a TxRaw and runs every stateless check: size, at least one known message, the messages'
 * own checks, extension options, fee coins, one signer info and signature per required signer (the
 * messages' signers in first-seen order, as the SDK's GetSigners), single-key secp256k1 signers in
 * direct or legacy amino mode. Throws a registered AppError.
 */
export function decodeTx(bytes: Uint8Array, registry: ReadonlyMap<string, MsgRegistration>): DecodedTx {
  if (bytes.length === 0) throw Errors.txDecode.wrap('empty tx');
  if (bytes.length > MAX_TX_BYTES) throw Errors.txTooLarge.wrap(`tx is ${bytes.length} bytes; the limit is ${MAX_TX_BYTES}`);
  let raw: TxRaw, body: TxBody, authInfo: AuthInfo;
  try {
    raw = TxRaw.decode(bytes);
    body = TxBody.decode(raw.bodyBytes);
    authInfo = AuthInfo.decode(raw.authInfoBytes);
  } catch (err) {
    throw Errors.txDecode.wrap(`cannot decode tx: ${(err as Error).message}`);
  }
  requireCanonicalTx(bytes, raw, body, authInfo);
  if (body.messages.length === 0) throw Errors.invalidRequest.wrap('must contain at least one message');
  if (body.extensionOptions.length > 0) throw Errors.unknownExtensionOptions.wrap(`unsupported extension option ${body.extensionOptions[0].typeUrl}`);
  if (body.nonCriticalExtensionOptions.length > 0) {
    throw Errors.unknownExtensionOptions.wrap(`unsupported non-critical extension option ${body.nonCriticalExtensionOptions[0].typeUrl}; settle accepts none`);
  }
  if (body.unordered) throw Errors.notSupported.wrap('unordered transactions are not supported; send ordered txs with account sequences');
  if (authInfo.tip) throw Errors.notSupported.wrap('tips are not supported (deprecated in the Cosmos SDK); pay fees in the fee denom');
  const timeoutNanos = body.timeoutTimestamp ? body.timeoutTimestamp.seconds * 1_000_000_000n + BigInt(body.timeoutTimestamp.nanos) : undefined;
  if (timeoutNanos !== undefined && timeoutNanos <= 0n) throw Errors.invalidRequest.wrap('timeout timestamp must be after 1970-01-01T00:00:00Z');

  const msgs: DecodedMsg[] = body.messages.map((any, i) => {
    const registration = registry.get(any.typeUrl);
    if (!registration) throw Errors.unknownRequest.wrap(`unrecognized message type ${any.typeUrl || '(empty)'} (message ${i})`);
    let msg: unknown;
    try {
      msg = registration.decode(any.value);
    } catch (err) {
      throw Errors.txDecode.wrap(`cannot decode message ${i} (${any.typeUrl}): ${(err as Error).message}`);
    }
    requireCanonical(`message ${i} (${any.typeUrl})`, any.value, registration.encode(msg));
    try {
      registration.validateBasic(msg);
    } catch (err) {
      if (err instanceof AppError) throw new AppError(err.registered, `message ${i}: ${err.message}`);
      throw err;
    }
    return { typeUrl: any.typeUrl, msg, registration };
  });

  const addresses: string[] = [];
  for (const m of msgs) for (const a of m.registration.signers(m.msg)) if (!addresses.includes(a)) addresses.push(a);

  const fee = authInfo.fee;
  if (!fee) throw Errors.insufficientFee.wrap('tx has no fee');
  if (fee.payer || fee.granter) throw Errors.notSupported.wrap('fee payer and fee granter are not supported');
  const feeCoins = parseFee(fee.amount);

  if (authInfo.signerInfos.length !== addresses.length) {
    throw Errors.unauthorized.wrap(`wrong number of signer infos; expected ${addresses.length}, got ${authInfo.signerInfos.length}`);
  }
  if (raw.signatures.length !== addresses.length) {
    throw Errors.unauthorized.wrap(`wrong number of signatures; expected ${addresses.length}, got ${raw.signatures.length}`);
  }
  const signers: DecodedSigner[] = authInfo.signerInfos.map((info, i) => {
    const single = info.modeInfo?.single;
    if (!single) throw Errors.notSupported.wrap(`signer ${i}: only single-key signers are supported (no multisig)`);
    // UNSPECIFIED is what CosmJS puts in a tx it only simulates; the ante pipeline refuses it otherwise.
    if (single.mode !== SignMode.SIGN_MODE_DIRECT && single.mode !== SignMode.SIGN_MODE_LEGACY_AMINO_JSON && single.mode !== SignMode.SIGN_MODE_UNSPECIFIED) {
      throw Errors.notSupported.wrap(`signer ${i}: sign mode ${single.mode} is not supported; use DIRECT or LEGACY_AMINO_JSON`);
    }
    if (single.mode === SignMode.SIGN_MODE_LEGACY_AMINO_JSON && timeoutNanos !== undefined) {
      throw Errors.notSupported.wrap(`signer ${i}: a timeout timestamp is not covered by a legacy amino JSON signature; sign in direct mode or use a timeout height`);
    }
    let pubKey: Uint8Array | undefined;
    if (info.publicKey) {
      if (info.publicKey.typeUrl !== SECP256K1_PUBKEY_TYPE) {
        throw Errors.invalidPubKey.wrap(`signer ${i}: unsupported public key type ${info.publicKey.typeUrl}`);
      }
      let decoded: PubKey;
      try {
        decoded = PubKey.decode(info.publicKey.value);
      } catch {
        throw Errors.invalidPubKey.wrap(`signer ${i}: cannot decode public key`);
      }
      requireCanonical(`signer ${i}'s public key`, info.publicKey.value, PubKey.encode(decoded).finish());
      pubKey = decoded.key;
      if (pubKey.length !== 33) throw Errors.invalidPubKey.wrap(`signer ${i}: public key must be 33 bytes (compressed), got ${pubKey.length}`);
    }
    return { address: addresses[i], pubKey, mode: single.mode, sequence: info.sequence, signature: raw.signatures[i] };
  });

  return { bytes, raw, body, authInfo, msgs, signers, fee: feeCoins, gasLimit: fee.gasLimit, timeoutNanos };
}

/**
 * The SDK accepts a fee whose coins are all zero as no fee (DeductFees is skipped when Coins.IsZero());
 * the Go relayer simulates with such a fee ("0usettle" at gas 0). A zero coin beside non-zero ones is refused.
 */
function parseFee(coins: Coin[]): Amount[] {
  const fee = parseCoins(coins, 'fee', { allowZero: true });
  if (fee.every((c) => c.amount === 0n)) return [];
  const zero = coins.find((c) => BigInt(c.amount) === 0n);
  if (zero) throw notPositive('fee', zero);
  return fee;
}
