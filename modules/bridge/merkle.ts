/**
 * The withdrawals tree: OpenZeppelin's StandardMerkleTree layout (README "Withdrawals"), computed
 * deterministically by the chain. Leaves sorted ascending, an array of 2n − 1 nodes, sorted leaf i at
 * 2n − 2 − i, node k = hashPair(node 2k + 1, node 2k + 2).
 */
import { keccak256, type Bytes32 } from './encoding';

/** keccak256 of the two 32-byte nodes, the smaller (as big-endian strings) first. */
export function hashPair(a: Bytes32, b: Bytes32): Bytes32 {
  return Buffer.compare(Buffer.from(a), Buffer.from(b)) <= 0 ? keccak256(Buffer.concat([a, b])) : keccak256(Buffer.concat([b, a]));
}

export function withdrawalsTree(leaves: Bytes32[]): Bytes32[] {
  if (leaves.length === 0) throw new Error('a withdrawals tree needs a leaf (the root of none is bytes32(0))');
  const sorted = [...leaves].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const n = sorted.length;
  const tree: Bytes32[] = new Array(2 * n - 1);
  sorted.forEach((leaf, i) => (tree[2 * n - 2 - i] = leaf));
  for (let k = n - 2; k >= 0; k--) tree[k] = hashPair(tree[2 * k + 1], tree[2 * k + 2]);
  return tree;
}

export function withdrawalsRoot(leaves: Bytes32[]): Bytes32 {
  return leaves.length === 0 ? new Uint8Array(32) : withdrawalsTree(leaves)[0];
}

/** The proof of `leaf` (siblings bottom up); throws when it is not a leaf of the tree. */
export function withdrawalProof(tree: Bytes32[], leaf: Bytes32): Bytes32[] {
  const firstLeaf = (tree.length - 1) / 2;
  let j = -1;
  for (let i = tree.length - 1; i >= firstLeaf; i--) {
    if (Buffer.compare(Buffer.from(tree[i]), Buffer.from(leaf)) === 0) {
      j = i;
      break;
    }
  }
  if (j < 0) throw new Error('not a leaf of the tree');
  const proof: Bytes32[] = [];
  while (j > 0) {
    proof.push(tree[j % 2 === 0 ? j - 1 : j + 1]);
    j = Math.floor((j - 1) / 2);
  }
  return proof;
}

/** MerkleProof.verify: fold the proof with hashPair from the leaf; true when it gives the root. */
export function verifyProof(root: Bytes32, leaf: Bytes32, proof: Bytes32[]): boolean {
  let h = leaf;
  for (const p of proof) h = hashPair(h, p);
  return Buffer.compare(Buffer.from(h), Buffer.from(root)) === 0;
}
