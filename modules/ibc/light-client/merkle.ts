/**
 * CometBFT's simple Merkle tree (crypto/merkle HashFromByteSlices, RFC 6962): leaf sha256(0x00‖leaf),
 * inner sha256(0x01‖left‖right), split at the largest power of two below the count; the root of no
 * leaves is sha256 of nothing.
 */
import { concatBytes, sha256 } from '../../../chain/sdk';

const LEAF = Uint8Array.of(0);
const INNER = Uint8Array.of(1);

function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function root(items: readonly Uint8Array[], from: number, to: number): Buffer {
  const n = to - from;
  if (n === 1) return sha256(concatBytes(LEAF, items[from]));
  const k = splitPoint(n);
  return sha256(concatBytes(INNER, root(items, from, from + k), root(items, from + k, to)));
}

export function merkleRoot(items: readonly Uint8Array[]): Buffer {
  return items.length === 0 ? sha256(new Uint8Array(0)) : root(items, 0, items.length);
}
