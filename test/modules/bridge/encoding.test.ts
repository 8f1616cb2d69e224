// The withdrawals tree written from the README spec (scripts/bridge/encoding.ts) gives the same
// leaves, roots and proofs as OpenZeppelin's StandardMerkleTree (the reference) for every tree of
// 1 to 40 leaves and for 64, 65, 100 and 257; the normalised valset follows the spec's rounding.
import { StandardMerkleTree } from '@openzeppelin/merkle-tree';
import { getAddress, keccak256, toBytes, type Address, type Hex } from 'viem';
import {
  normalisedValset,
  POWER_NORM,
  WITHDRAWAL_LEAF_TYPES,
  withdrawalLeaf,
  withdrawalProof,
  withdrawalsTree,
} from '../../../scripts/bridge/encoding';

const addr = (s: string): Address => getAddress(keccak256(toBytes(s)).slice(0, 42));
const withdrawals = (n: number) =>
  Array.from({ length: n }, (_, i) => [BigInt(i + 1), addr(`to ${i}`), addr('usdc'), BigInt(1000 + 7 * i)] as [bigint, Address, Address, bigint]);

test('the spec tree equals StandardMerkleTree for 1..40, 64, 65, 100 and 257 leaves (root and every proof)', () => {
  for (const n of [...Array.from({ length: 40 }, (_, i) => i + 1), 64, 65, 100, 257]) {
    const ws = withdrawals(n);
    const ref = StandardMerkleTree.of(ws.map((w) => w.map(String)), WITHDRAWAL_LEAF_TYPES);
    const leaves = ws.map((w) => withdrawalLeaf(...w));
    const tree = withdrawalsTree(leaves);
    expect(tree[0]).toBe(ref.root);
    for (let i = 0; i < n; i++) {
      expect(leaves[i]).toBe(ref.leafHash(ws[i].map(String)));
      expect(withdrawalProof(tree, leaves[i])).toEqual(ref.getProof(ws[i].map(String)));
    }
  }
});

test('normalised powers: floor(stake · 2^32 / total), sorted by address, zero powers dropped', () => {
  const members = [
    { address: addr('c'), stake: 2n },
    { address: addr('a'), stake: 1n },
    { address: addr('b'), stake: 10n ** 12n },
  ];
  const v = normalisedValset(5n, members);
  const total = 2n + 1n + 10n ** 12n;
  const expected = members
    .map((m) => ({ a: m.address, p: (m.stake * POWER_NORM) / total }))
    .filter((m) => m.p > 0n)
    .sort((x, y) => (BigInt(x.a) < BigInt(y.a) ? -1 : 1));
  expect(v).toEqual({ nonce: 5n, validators: expected.map((m) => m.a), powers: expected.map((m) => m.p) });
  expect(v.validators).toHaveLength(1); // stakes 1 and 2 of 10^12 round to 0
  expect(v.powers.reduce((s, p) => s + p, 0n) <= POWER_NORM).toBe(true);
});

test('the spec tree rejects an empty set and a non-leaf', () => {
  expect(() => withdrawalsTree([])).toThrow(/needs a leaf/);
  const tree = withdrawalsTree(withdrawals(3).map((w) => withdrawalLeaf(...w)));
  expect(() => withdrawalProof(tree, tree[0] as Hex)).toThrow(/not a leaf/);
});
