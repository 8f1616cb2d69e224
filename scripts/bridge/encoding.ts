// The bridge's digests and leaves in TypeScript, written from modules/bridge/README.md (the spec
// the settle chain implements). The tests check the contract's view functions against these, so a
// drift between the spec, this file and SettleBridge.sol fails a test.
import { concat, encodeAbiParameters, keccak256, toBytes, type Address, type Hex } from 'viem';

export const VALSET_CHECKPOINT_TAG = keccak256(toBytes('settle.bridge.v1.valset-checkpoint'));
export const VALSET_UPDATE_TAG = keccak256(toBytes('settle.bridge.v1.valset-update'));
export const ANCHOR_TAG = keccak256(toBytes('settle.bridge.v1.anchor'));
export const POWER_NORM = 1n << 32n;

export interface Valset {
  nonce: bigint;
  validators: Address[];
  powers: bigint[];
}

export interface Anchor {
  nonce: bigint;
  height: bigint;
  appHash: Hex;
  settlementRoot: Hex;
  withdrawalsRoot: Hex;
  lastDepositNonce: bigint;
  valsetCheckpoint: Hex;
}

/** Where a digest is valid: the settle chain id string, the EVM chain id and the bridge contract. */
export interface Domain {
  settleChainId: string;
  evmChainId: bigint;
  bridge: Address;
}

export function valsetCheckpoint(v: Valset): Hex {
  return keccak256(
    encodeAbiParameters(
      [{ type: 'bytes32' }, { type: 'uint64' }, { type: 'address[]' }, { type: 'uint64[]' }],
      [VALSET_CHECKPOINT_TAG, v.nonce, v.validators, v.powers],
    ),
  );
}

function domainWords(d: Domain): [Hex, bigint, Address] {
  return [keccak256(toBytes(d.settleChainId)), d.evmChainId, d.bridge];
}

export function valsetUpdateDigest(d: Domain, next: Valset): Hex {
  return keccak256(
    encodeAbiParameters(
      [{ type: 'bytes32' }, { type: 'bytes32' }, { type: 'uint256' }, { type: 'address' }, { type: 'bytes32' }],
      [VALSET_UPDATE_TAG, ...domainWords(d), valsetCheckpoint(next)],
    ),
  );
}

export function anchorDigest(d: Domain, a: Anchor): Hex {
  return keccak256(
    encodeAbiParameters(
      [
        { type: 'bytes32' }, { type: 'bytes32' }, { type: 'uint256' }, { type: 'address' },
        { type: 'uint64' }, { type: 'uint64' }, { type: 'bytes32' }, { type: 'bytes32' }, { type: 'bytes32' }, { type: 'uint64' }, { type: 'bytes32' },
      ],
      [
        ANCHOR_TAG, ...domainWords(d),
        a.nonce, a.height, a.appHash, a.settlementRoot, a.withdrawalsRoot, a.lastDepositNonce, a.valsetCheckpoint,
      ],
    ),
  );
}

/** The leaf types of a withdrawal in the StandardMerkleTree: (id, to, token, amount). */
export const WITHDRAWAL_LEAF_TYPES = ['uint64', 'address', 'address', 'uint256'];

export function withdrawalLeaf(id: bigint, to: Address, token: Address, amount: bigint): Hex {
  const inner = keccak256(
    encodeAbiParameters([{ type: 'uint64' }, { type: 'address' }, { type: 'address' }, { type: 'uint256' }], [id, to, token, amount]),
  );
  return keccak256(inner);
}

/** keccak256 of the two 32-byte nodes, the smaller (as big-endian strings) first. */
export function hashPair(a: Hex, b: Hex): Hex {
  const [x, y] = a.toLowerCase() < b.toLowerCase() ? [a, b] : [b, a];
  return keccak256(concat([x, y]));
}

/**
 * The withdrawals tree of the README (the StandardMerkleTree layout), written from the spec: leaves
 * sorted ascending, array of 2n − 1 nodes, sorted leaf i at 2n − 2 − i, node k = hashPair(2k + 1, 2k + 2).
 */
export function withdrawalsTree(leaves: Hex[]): Hex[] {
  if (leaves.length === 0) throw new Error('a withdrawals tree needs a leaf (use bytes32(0) as the root of none)');
  const sorted = leaves.map((l) => l.toLowerCase() as Hex).sort();
  const n = sorted.length;
  const tree: Hex[] = new Array(2 * n - 1);
  sorted.forEach((leaf, i) => (tree[2 * n - 2 - i] = leaf));
  for (let k = n - 2; k >= 0; k--) tree[k] = hashPair(tree[2 * k + 1], tree[2 * k + 2]);
  return tree;
}

/** The proof of `leaf` in `tree` (siblings bottom up). */
export function withdrawalProof(tree: Hex[], leaf: Hex): Hex[] {
  let j = tree.lastIndexOf(leaf.toLowerCase() as Hex);
  if (j < (tree.length - 1) / 2) throw new Error('not a leaf of the tree');
  const proof: Hex[] = [];
  while (j > 0) {
    proof.push(tree[j % 2 === 0 ? j - 1 : j + 1]);
    j = Math.floor((j - 1) / 2);
  }
  return proof;
}

/**
 * Powers normalised to 2^32: floor(stake_i * 2^32 / total), validators sorted by address ascending
 * (numerically; lower-case hex of equal length sorts the same). Zero-power entries are dropped.
 */
export function normalisedValset(nonce: bigint, members: { address: Address; stake: bigint }[]): Valset {
  const total = members.reduce((s, m) => s + m.stake, 0n);
  const sorted = [...members].sort((a, b) => (a.address.toLowerCase() < b.address.toLowerCase() ? -1 : 1));
  const kept = sorted.map((m) => ({ address: m.address, power: (m.stake * POWER_NORM) / total })).filter((m) => m.power > 0n);
  return { nonce, validators: kept.map((m) => m.address), powers: kept.map((m) => m.power) };
}
