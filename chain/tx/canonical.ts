import { AuthInfo, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { Errors } from '../errors';

/**
 * Every protobuf layer of a tx must be the canonical encoding of what it decodes to: fields in
 * order, no unknown fields, no defaults written out, minimal varints. CosmJS, Keplr, the Go SDK and
 * cosmpy all produce exactly that. Without it a relayer of someone else's tx could re-encode it
 * (the TxRaw envelope always, and in legacy amino JSON mode the body, auth info and messages too,
 * since those signatures cover JSON rather than bytes) into a valid tx with a different hash. The
 * SDK (ADR-027) rejects unknown fields; this is the same rule made exact.
 */
export function requireCanonical(layer: string, bytes: Uint8Array, reencoded: Uint8Array): void {
  if (bytes.length === reencoded.length && Buffer.from(bytes).equals(Buffer.from(reencoded))) return;
  throw Errors.txDecode.wrap(
    `${layer} is not canonically encoded (unknown fields, fields out of order, default values written out or padded varints); ` +
      're-encode the tx with a standard Cosmos client',
  );
}

export function requireCanonicalTx(bytes: Uint8Array, raw: TxRaw, body: TxBody, authInfo: AuthInfo): void {
  requireCanonical('TxRaw', bytes, TxRaw.encode(raw).finish());
  requireCanonical('TxBody', raw.bodyBytes, TxBody.encode(body).finish());
  requireCanonical('AuthInfo', raw.authInfoBytes, AuthInfo.encode(authInfo).finish());
}
