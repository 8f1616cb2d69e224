import * as crypto from 'node:crypto';

// crypto.hash (Node ≥ 20.12) is a one-shot OpenSSL digest, about twice as fast as createHash for the
// small inputs a Merkle tree hashes.
const oneShot: ((alg: string, data: Uint8Array, enc: 'buffer') => Buffer) | undefined = (crypto as unknown as {
  hash?: (alg: string, data: Uint8Array, enc: 'buffer') => Buffer;
}).hash;

export function sha256(data: Uint8Array): Buffer {
  if (oneShot) return oneShot('sha256', data, 'buffer');
  return crypto.createHash('sha256').update(data).digest();
}

export const EMPTY_HASH: Buffer = sha256(new Uint8Array(0));
