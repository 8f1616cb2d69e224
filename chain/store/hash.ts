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

type OneShotLatin1 = (alg: string, data: Uint8Array, enc: 'latin1') => string;

/**
 * sha256 as a 32-character latin1 string (one char per byte). Tree nodes keep their hashes in this
 * form: a short on-heap string costs the garbage collector far less than millions of small Buffers.
 */
export const sha256Latin1: (data: Uint8Array) => string = oneShot
  ? (data) => (oneShot as unknown as OneShotLatin1)('sha256', data, 'latin1')
  : (data) => crypto.createHash('sha256').update(data).digest('latin1' as crypto.BinaryToTextEncoding);
