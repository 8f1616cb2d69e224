// SettleBridge against a real anvil: the digests match the spec (scripts/bridge/encoding.ts),
// anchors need > 2/3 of the power from distinct validators in valset order over the right domain,
// and a valset rotation moves signing to the new set while earlier anchors stay recorded.
import { StandardMerkleTree } from '@openzeppelin/merkle-tree';
import type { Hex } from 'viem';
import {
  ANCHOR_TAG,
  anchorDigest,
  VALSET_CHECKPOINT_TAG,
  VALSET_UPDATE_TAG,
  valsetCheckpoint,
  valsetUpdateDigest,
  WITHDRAWAL_LEAF_TYPES,
  withdrawalLeaf,
  type Anchor,
  type Valset,
} from '../../../scripts/bridge/encoding';
import { deployBridge, keyOf, signDigest, validatorSet, type Deployment } from '../../../scripts/bridge/harness';
import { expectRevert, h, nextAnchor, submitAnchor, updateValset } from './helpers';

let d: Deployment;
let current: Valset;

beforeAll(async () => {
  d = await deployBridge({ validators: 4 });
  current = d.valset;
}, 60_000);
afterAll(async () => d?.stop());

const lastAnchorNonce = () => d.read<bigint>(d.bridge, d.bridgeAbi, 'lastAnchorNonce');

test('the genesis valset is 4 validators sorted by address with power 2^30 each', () => {
  expect(current.validators).toEqual([...current.validators].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)));
  expect(current.powers).toEqual([1n << 30n, 1n << 30n, 1n << 30n, 1n << 30n]);
});

test('the contract computes the digests and leaves of the spec', async () => {
  expect(await d.read<Hex>(d.bridge, d.bridgeAbi, 'VALSET_CHECKPOINT_TAG')).toBe(VALSET_CHECKPOINT_TAG);
  expect(await d.read<Hex>(d.bridge, d.bridgeAbi, 'VALSET_UPDATE_TAG')).toBe(VALSET_UPDATE_TAG);
  expect(await d.read<Hex>(d.bridge, d.bridgeAbi, 'ANCHOR_TAG')).toBe(ANCHOR_TAG);
  expect(await d.read<Hex>(d.bridge, d.bridgeAbi, 'settleChainId')).toBe(h('settle-test-1'));
  const cp = valsetCheckpoint(current);
  expect(await d.read<Hex>(d.bridge, d.bridgeAbi, 'valsetCheckpoint')).toBe(cp);
  expect(await d.read<Hex>(d.bridge, d.bridgeAbi, 'checkpoint', [current.nonce, current.validators, current.powers])).toBe(cp);
  const next = validatorSet(1n, [keyOf('other', 0), keyOf('other', 1)]);
  expect(await d.read<Hex>(d.bridge, d.bridgeAbi, 'valsetUpdateDigest', [valsetCheckpoint(next)])).toBe(valsetUpdateDigest(d.domain, next));
  const a = await nextAnchor(d, current, { lastDepositNonce: 7n });
  expect(await d.read<Hex>(d.bridge, d.bridgeAbi, 'anchorDigest', [a])).toBe(anchorDigest(d.domain, a));
  // the withdrawal leaf is OpenZeppelin's StandardMerkleTree leaf (the reference implementation)
  const w: [bigint, Hex, Hex, bigint] = [42n, keyOf('user', 0).address, d.usdc, 1_234_567n];
  const tree = StandardMerkleTree.of([w.map(String)], WITHDRAWAL_LEAF_TYPES);
  expect(withdrawalLeaf(...w)).toBe(tree.leafHash(w.map(String)));
  expect(await d.read<Hex>(d.bridge, d.bridgeAbi, 'withdrawalLeaf', w)).toBe(tree.leafHash(w.map(String)));
});

test('an anchor signed by 3 of 4 validators is recorded', async () => {
  const a = await nextAnchor(d, current);
  const r = await submitAnchor(d, a, current, d.validators.slice(0, 3));
  expect(r.status).toBe('success');
  expect(await lastAnchorNonce()).toBe(1n);
  const [root, submittedAt] = await d.read<[Hex, bigint]>(d.bridge, d.bridgeAbi, 'anchors', [1n]);
  expect(root).toBe(a.withdrawalsRoot);
  expect(submittedAt).toBeGreaterThan(0n);
});

test('2 of 4 signatures (exactly 1/2 of the power) revert', async () => {
  const a = await nextAnchor(d, current);
  await expectRevert(submitAnchor(d, a, current, d.validators.slice(1, 3)), 'InsufficientPower');
  await expectRevert(submitAnchor(d, a, current, []), 'InsufficientPower');
  expect(await lastAnchorNonce()).toBe(1n);
});

test('a duplicate signer, unsorted signatures or a non-member revert', async () => {
  const a = await nextAnchor(d, current);
  const digest = anchorDigest(d.domain, a);
  const sigs = await signDigest(digest, d.validators.slice(0, 3));
  const send = (s: typeof sigs) => d.send(d.bridge, d.bridgeAbi, 'submitAnchor', [a, current, s]);
  // the first signer twice and the second: 3 signatures, only 2 validators
  await expectRevert(send([sigs[0], sigs[0], sigs[1]]), 'DuplicateSigner');
  await expectRevert(send([sigs[0], sigs[2], sigs[1]]), 'SignersNotAscending');
  // 3 members and an outsider, in ascending address order
  await expectRevert(send(await signDigest(digest, [...d.validators.slice(0, 3), keyOf('outsider', 0)])), 'UnknownSigner');
  expect(await lastAnchorNonce()).toBe(1n);
  await submitAnchor(d, a, current, d.validators.slice(1, 4));
  expect(await lastAnchorNonce()).toBe(2n);
});

test('a signature over any tampered field reverts', async () => {
  const a = await nextAnchor(d, current);
  const sigs = await signDigest(anchorDigest(d.domain, a), d.validators);
  const tampered: Partial<Anchor>[] = [
    { height: a.height + 1n },
    { appHash: h('other app hash') },
    { settlementRoot: h('other settlements') },
    { withdrawalsRoot: h('other withdrawals') },
    { lastDepositNonce: a.lastDepositNonce + 1n },
  ];
  for (const t of tampered) {
    // the signatures recover to addresses outside the set (or out of order)
    await expect(d.send(d.bridge, d.bridgeAbi, 'submitAnchor', [{ ...a, ...t }, current, sigs])).rejects.toThrow(
      /Error: (UnknownSigner|SignersNotAscending|DuplicateSigner)\(/,
    );
  }
  await expectRevert(d.send(d.bridge, d.bridgeAbi, 'submitAnchor', [{ ...a, nonce: a.nonce + 1n }, current, sigs]), 'BadAnchorNonce');
  await expectRevert(d.send(d.bridge, d.bridgeAbi, 'submitAnchor', [{ ...a, valsetCheckpoint: h('x') }, current, sigs]), 'AnchorValsetMismatch');
  // signed, but claims a deposit the contract never took (no deposits on this deployment)
  const ahead = { ...a, lastDepositNonce: 1n };
  const aheadSigs = await signDigest(anchorDigest(d.domain, ahead), d.validators);
  await expectRevert(d.send(d.bridge, d.bridgeAbi, 'submitAnchor', [ahead, current, aheadSigs]), 'DepositNonceAhead');
  const forgedSet = { ...current, powers: [1n << 31n, 1n << 30n, 1n << 29n, 1n << 29n] };
  await expectRevert(d.send(d.bridge, d.bridgeAbi, 'submitAnchor', [a, forgedSet, sigs]), 'ValsetMismatch');
  expect(await lastAnchorNonce()).toBe(2n);
  await d.send(d.bridge, d.bridgeAbi, 'submitAnchor', [a, current, sigs]);
  expect(await lastAnchorNonce()).toBe(3n);
});

test('signatures for another domain (settle chain, EVM chain or contract) revert', async () => {
  const a = await nextAnchor(d, current);
  const domains = [
    { ...d.domain, settleChainId: 'settle-test-2' },
    { ...d.domain, evmChainId: 1n },
    { ...d.domain, bridge: keyOf('other-contract', 0).address },
  ];
  for (const dom of domains) {
    const sigs = await signDigest(anchorDigest(dom, a), d.validators);
    await expect(d.send(d.bridge, d.bridgeAbi, 'submitAnchor', [a, current, sigs])).rejects.toThrow(
      /Error: (UnknownSigner|SignersNotAscending|DuplicateSigner)\(/,
    );
  }
  expect(await lastAnchorNonce()).toBe(3n);
});

test('a valset rotation: the new set (unequal power) signs anchors, the old one no longer can', async () => {
  const newKeys = [0, 1, 2, 3, 4].map((i) => keyOf('validator-v2', i));
  const next = validatorSet(1n, newKeys, [50n, 20n, 10n, 10n, 10n]);
  // invalid next sets
  await expectRevert(updateValset(d, { ...next, nonce: 2n }, current, d.validators), 'BadValsetNonce');
  await expectRevert(updateValset(d, { ...next, validators: [...next.validators].reverse() }, current, d.validators), 'InvalidValset');
  await expectRevert(updateValset(d, { ...next, powers: next.powers.map((p, i) => (i === 0 ? 0n : p)) }, current, d.validators), 'InvalidValset');
  await expectRevert(updateValset(d, { ...next, powers: next.powers.map((p, i) => (i === 0 ? p + (1n << 32n) : p)) }, current, d.validators), 'InvalidValset');
  await expectRevert(updateValset(d, next, current, d.validators.slice(0, 2)), 'InsufficientPower');
  await expectRevert(updateValset(d, next, current, newKeys), 'UnknownSigner');
  expect(await d.read<bigint>(d.bridge, d.bridgeAbi, 'valsetNonce')).toBe(0n);

  await updateValset(d, next, current, d.validators.slice(1, 4));
  const previous = current;
  current = next;
  expect(await d.read<bigint>(d.bridge, d.bridgeAbi, 'valsetNonce')).toBe(1n);
  expect(await d.read<Hex>(d.bridge, d.bridgeAbi, 'valsetCheckpoint')).toBe(valsetCheckpoint(next));

  // the old set can no longer sign (its checkpoint is not the current one)
  const stale = await nextAnchor(d, previous);
  await expectRevert(submitAnchor(d, stale, previous, d.validators), 'ValsetMismatch');
  // the new set: 50 + 20 of 100 is 70% > 2/3; 50 + 10 is 60% is not
  const byStake = (i: number) => newKeys[i];
  const a = await nextAnchor(d, current);
  await expectRevert(submitAnchor(d, a, current, [byStake(0), byStake(2)]), 'InsufficientPower');
  await submitAnchor(d, a, current, [byStake(0), byStake(1)]);
  expect(await lastAnchorNonce()).toBe(4n);
  // anchors recorded before the rotation are still there
  const [root1] = await d.read<[Hex, bigint]>(d.bridge, d.bridgeAbi, 'anchors', [1n]);
  expect(root1).toBe(h('withdrawals 1'));
});
