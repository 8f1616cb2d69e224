/**
 * EIP-191 secp256k1 signatures as the contract takes them (OpenZeppelin ECDSA.recover): 65 bytes
 * r ‖ s ‖ v, v ∈ {27, 28}, 0 < r < n, 0 < s ≤ n/2. Recovery through the `secp256k1` package
 * (libsecp256k1's binding, or its pure-JS fallback: both give the same answer or none).
 */
import { ethSignedHash, keccak256, type Bytes32 } from './encoding';

interface Secp256k1 {
  ecdsaSign(msg32: Uint8Array, seckey: Uint8Array): { signature: Uint8Array; recid: number };
  ecdsaRecover(sig: Uint8Array, recid: number, msg32: Uint8Array, compressed: boolean): Uint8Array;
  publicKeyCreate(seckey: Uint8Array, compressed: boolean): Uint8Array;
  privateKeyVerify(seckey: Uint8Array): boolean;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const secp = require('secp256k1') as Secp256k1;

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const HALF_N = N >> 1n;

const big = (b: Uint8Array): bigint => BigInt(`0x${Buffer.from(b).toString('hex') || '0'}`);

/** The EVM address of an uncompressed public key (65 bytes, 0x04 ‖ x ‖ y): the last 20 bytes of keccak256(x ‖ y). */
export function addressOfPublicKey(uncompressed: Uint8Array): Uint8Array {
  return keccak256(uncompressed.subarray(1)).subarray(12);
}

export function evmAddressOfPrivateKey(privateKey: Uint8Array): Uint8Array {
  if (privateKey.length !== 32 || !secp.privateKeyVerify(privateKey)) throw new Error('not a secp256k1 private key');
  return addressOfPublicKey(secp.publicKeyCreate(privateKey, false));
}

/** Signs the EIP-191 form of `digest`: r ‖ s ‖ v (libsecp256k1 signs low-s). */
export function signDigest(privateKey: Uint8Array, digest: Bytes32): Uint8Array {
  const { signature, recid } = secp.ecdsaSign(ethSignedHash(digest), privateKey);
  return Buffer.concat([signature, Uint8Array.of(27 + recid)]);
}

/** The signer of the EIP-191 form of `digest`; throws with the reason for anything ECDSA.recover refuses. */
export function recoverSigner(digest: Bytes32, signature: Uint8Array): Uint8Array {
  if (signature.length !== 65) throw new Error(`a signature has 65 bytes (r ‖ s ‖ v), got ${signature.length}`);
  const v = signature[64];
  if (v !== 27 && v !== 28) throw new Error(`v must be 27 or 28, got ${v}`);
  const r = big(signature.subarray(0, 32));
  const s = big(signature.subarray(32, 64));
  if (r === 0n || r >= N) throw new Error('r out of range');
  if (s === 0n || s > HALF_N) throw new Error('s must be in the lower half of the order (EIP-2)');
  let pub: Uint8Array;
  try {
    pub = secp.ecdsaRecover(signature.subarray(0, 64), v - 27, ethSignedHash(digest), false);
  } catch (err) {
    throw new Error(`no public key recovers from the signature: ${(err as Error).message}`);
  }
  return addressOfPublicKey(pub);
}
