import * as crypto from 'node:crypto';
import { sha256 } from '../store/hash';
import { GenerationalCache } from '../store/node-cache';
import { native, nativeLoadError } from './secp256k1-native';

/** secp256k1 group order n and n/2 (signatures must be low-S, as the Cosmos SDK requires). */
const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const HALF_N = N >> 1n;

// DER SubjectPublicKeyInfo prefix for a 33-byte compressed secp256k1 point: OpenSSL accepts compressed
// points, so no curve arithmetic is needed here.
const SPKI_PREFIX = Buffer.from('3036301006072a8648ce3d020106052b8104000a032200', 'hex');

const keys = new GenerationalCache<string, crypto.KeyObject>(100_000);

function publicKey(compressed: Uint8Array): crypto.KeyObject {
  const id = Buffer.from(compressed).toString('latin1');
  let key = keys.get(id);
  if (!key) {
    key = crypto.createPublicKey({ key: Buffer.concat([SPKI_PREFIX, compressed]), format: 'der', type: 'spki' });
    keys.put(id, key);
  }
  return key;
}

/** True for a valid compressed secp256k1 point (33 bytes, 0x02/0x03 prefix, on the curve). */
export function isValidPubKey(compressed: Uint8Array): boolean {
  if (compressed.length !== 33 || (compressed[0] !== 2 && compressed[0] !== 3)) return false;
  try {
    publicKey(compressed);
    return true;
  } catch {
    return false;
  }
}

export type Secp256k1Backend = 'libsecp256k1' | 'openssl';

/** The library verifySecp256k1 uses in this process, and why it is not libsecp256k1 when it is not. */
export function secp256k1Backend(): { backend: Secp256k1Backend; reason?: string } {
  return native ? { backend: 'libsecp256k1' } : { backend: 'openssl', reason: nativeLoadError };
}

/**
 * Verifies a 64-byte r‖s signature over sha256(message) by a 33-byte compressed key, rejecting
 * high-S signatures. libsecp256k1 does the math when its binding loaded, else OpenSSL; both give
 * the same verdict for every input (the differential test), so consensus never depends on which.
 */
export function verifySecp256k1(compressedPubKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  return verifySecp256k1With(native ? 'libsecp256k1' : 'openssl', compressedPubKey, message, signature);
}

/** verifySecp256k1 on a chosen library (the differential test runs both). */
export function verifySecp256k1With(backend: Secp256k1Backend, compressedPubKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (signature.length !== 64) return false;
  const s = BigInt('0x' + Buffer.from(signature.subarray(32)).toString('hex'));
  if (s === 0n || s > HALF_N) return false;
  // Compressed keys only. This also keeps both libraries exact: libsecp256k1 would take a 65-byte
  // uncompressed key, and OpenSSL's DER parser ignores bytes after the 33 (every key reaching here
  // was already length-checked by decodeTx, genesis or the account keeper, so none is longer).
  if (compressedPubKey.length !== 33 || (compressedPubKey[0] !== 2 && compressedPubKey[0] !== 3)) return false;
  if (backend === 'libsecp256k1') {
    if (!native) throw new Error(`libsecp256k1 is not available: ${nativeLoadError}`);
    try {
      return native.ecdsaVerify(signature, sha256(message), compressedPubKey);
    } catch {
      return false; // r or s ≥ n, or the key is not a point on the curve
    }
  }
  let key: crypto.KeyObject;
  try {
    key = publicKey(compressedPubKey);
  } catch {
    return false;
  }
  return crypto.verify('sha256', message, { key, dsaEncoding: 'ieee-p1363' }, signature);
}

/** Cosmos address bytes of a secp256k1 key: ripemd160(sha256(compressed key)). */
export function secp256k1Address(compressedPubKey: Uint8Array): Buffer {
  const sha = sha256(compressedPubKey);
  return crypto.createHash('ripemd160').update(sha).digest();
}
