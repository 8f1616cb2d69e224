// SettleBridge's vault against a real anvil: deposits move tokens in with sequential nonces;
// withdrawals in an anchor's StandardMerkleTree are claimable once, after the challenge delay, for
// exactly the leaf's amount; the guardian's pause stops both; the vault holds deposits − claims.
import { StandardMerkleTree } from '@openzeppelin/merkle-tree';
import { parseEventLogs, type Address, type Hex, type Log } from 'viem';
import type { PrivateKeyAccount } from 'viem/accounts';
import { WITHDRAWAL_LEAF_TYPES, type Valset } from '../../../scripts/bridge/encoding';
import { deployBridge, keyOf, validatorSet, type Deployment } from '../../../scripts/bridge/harness';
import { expectRevert, nextAnchor, submitAnchor, updateValset } from './helpers';

let d: Deployment;
let current: Valset;
const alice = keyOf('user', 1);
const bob = keyOf('user', 2);
const settleAddr = (i: number): Hex => `0x${i.toString(16).padStart(40, '0')}`;

const balance = (who: Address) => d.read<bigint>(d.usdc, d.usdcAbi, 'balanceOf', [who]);
const deposit = (from: PrivateKeyAccount, amount: bigint, recipient: Hex = settleAddr(1), token: Address = d.usdc) =>
  d.send(d.bridge, d.bridgeAbi, 'deposit', [token, amount, recipient], from);
const claim = (anchorNonce: bigint, w: Withdrawal, proof: Hex[], amount = w.amount) =>
  d.send(d.bridge, d.bridgeAbi, 'claim', [anchorNonce, w.id, w.to, w.token, amount, proof]);
const advance = async (seconds: bigint) => {
  await d.test.increaseTime({ seconds: Number(seconds) });
  await d.test.mine({ blocks: 1 });
};

interface Withdrawal {
  id: bigint;
  to: Address;
  token: Address;
  amount: bigint;
}
function treeOf(ws: Withdrawal[]) {
  return StandardMerkleTree.of(ws.map((w) => [w.id.toString(), w.to, w.token, w.amount.toString()]), WITHDRAWAL_LEAF_TYPES);
}
function proofOf(tree: StandardMerkleTree<string[]>, w: Withdrawal): Hex[] {
  for (const [i, v] of tree.entries()) if (BigInt(v[0]) === w.id) return tree.getProof(i) as Hex[];
  throw new Error(`withdrawal ${w.id} not in the tree`);
}

beforeAll(async () => {
  d = await deployBridge({ validators: 4, challengeDelay: 3600n });
  current = d.valset;
  for (const u of [alice, bob]) {
    await d.test.setBalance({ address: u.address, value: 10n ** 20n });
    await d.send(d.usdc, d.usdcAbi, 'mint', [u.address, 1_000_000_000n]);
    await d.send(d.usdc, d.usdcAbi, 'approve', [d.bridge, 2n ** 255n], u);
  }
}, 60_000);
afterAll(async () => d?.stop());

test('deposits move tokens into the vault and emit sequential nonces', async () => {
  const amounts = [100_000_000n, 250_000_000n, 1n];
  const from = [alice, bob, alice];
  for (let i = 0; i < amounts.length; i++) {
    const before = await balance(d.bridge);
    const r = await deposit(from[i], amounts[i], i === 1 ? `0x${'ab'.repeat(32)}` : settleAddr(i + 1));
    const [ev] = parseEventLogs({ abi: d.bridgeAbi, logs: r.logs, eventName: 'Deposited' }) as unknown as {
      args: { nonce: bigint; token: Address; from: Address; settleRecipient: Hex; amount: bigint };
    }[];
    expect(ev.args).toEqual({
      nonce: BigInt(i + 1),
      token: d.usdc,
      from: from[i].address,
      settleRecipient: i === 1 ? `0x${'ab'.repeat(32)}` : settleAddr(i + 1),
      amount: amounts[i],
    });
    expect(await balance(d.bridge)).toBe(before + amounts[i]);
  }
  expect(await d.read<bigint>(d.bridge, d.bridgeAbi, 'depositNonce')).toBe(3n);
});

test('bad deposits revert and change nothing', async () => {
  const before = await balance(d.bridge);
  await expectRevert(deposit(alice, 0n), 'InvalidAmount');
  await expectRevert(deposit(alice, 2n ** 128n), 'InvalidAmount');
  await expectRevert(deposit(alice, 5n, '0x1234'), 'InvalidRecipient');
  await expectRevert(deposit(alice, 5n, settleAddr(1), keyOf('not-a-token', 0).address), 'UnsupportedToken');
  expect(await balance(d.bridge)).toBe(before);
  expect(await d.read<bigint>(d.bridge, d.bridgeAbi, 'depositNonce')).toBe(3n);
});

test('a withdrawal claims after the delay, once, for exactly its amount', async () => {
  const ws: Withdrawal[] = [
    { id: 1n, to: keyOf('recipient', 1).address, token: d.usdc, amount: 40_000_000n },
    { id: 2n, to: keyOf('recipient', 2).address, token: d.usdc, amount: 10_000_000n },
    { id: 3n, to: keyOf('recipient', 3).address, token: d.usdc, amount: 5n },
  ];
  const tree = treeOf(ws);
  const a = await nextAnchor(d, current, { withdrawalsRoot: tree.root as Hex, lastDepositNonce: 3n });
  await submitAnchor(d, a, current, d.validators.slice(0, 3));

  await expectRevert(claim(1n, ws[0], proofOf(tree, ws[0])), 'ChallengePending');
  await advance(d.challengeDelay - 10n);
  await expectRevert(claim(1n, ws[0], proofOf(tree, ws[0])), 'ChallengePending');
  await advance(10n);

  await expectRevert(claim(1n, ws[0], proofOf(tree, ws[0]), ws[0].amount + 1n), 'InvalidProof');
  await expectRevert(claim(1n, ws[0], proofOf(tree, ws[1])), 'InvalidProof');
  await expectRevert(claim(1n, { ...ws[0], to: alice.address }, proofOf(tree, ws[0])), 'InvalidProof');
  await expectRevert(claim(2n, ws[0], proofOf(tree, ws[0])), 'UnknownAnchor');
  expect(await balance(ws[0].to)).toBe(0n);

  const vault = await balance(d.bridge);
  await claim(1n, ws[0], proofOf(tree, ws[0]));
  expect(await balance(ws[0].to)).toBe(ws[0].amount);
  expect(await balance(d.bridge)).toBe(vault - ws[0].amount);
  expect(await d.read<boolean>(d.bridge, d.bridgeAbi, 'isClaimed', [1n])).toBe(true);
  await expectRevert(claim(1n, ws[0], proofOf(tree, ws[0])), 'AlreadyClaimed');
  expect(await balance(ws[0].to)).toBe(ws[0].amount);
});

test('the guardian pause blocks deposits and claims; only the guardian pauses', async () => {
  await expectRevert(d.send(d.bridge, d.bridgeAbi, 'pause', [], alice), 'NotGuardian');
  await d.send(d.bridge, d.bridgeAbi, 'pause', [], d.guardian);
  const w: Withdrawal = { id: 2n, to: keyOf('recipient', 2).address, token: d.usdc, amount: 10_000_000n };
  const tree = treeOf([
    { id: 1n, to: keyOf('recipient', 1).address, token: d.usdc, amount: 40_000_000n },
    w,
    { id: 3n, to: keyOf('recipient', 3).address, token: d.usdc, amount: 5n },
  ]);
  await expectRevert(deposit(alice, 7n), 'EnforcedPause');
  await expectRevert(claim(1n, w, proofOf(tree, w)), 'EnforcedPause');
  await expectRevert(d.send(d.bridge, d.bridgeAbi, 'unpause', [], alice), 'NotGuardian');
  await d.send(d.bridge, d.bridgeAbi, 'unpause', [], d.guardian);
  await claim(1n, w, proofOf(tree, w));
  expect(await balance(w.to)).toBe(w.amount);
});

test('withdrawals of an anchor stay claimable after a valset rotation; later anchors use the new set', async () => {
  const next = validatorSet(1n, [0, 1, 2].map((i) => keyOf('validator-v2', i)));
  await updateValset(d, next, current, d.validators.slice(0, 3));
  current = next;
  const w: Withdrawal = { id: 3n, to: keyOf('recipient', 3).address, token: d.usdc, amount: 5n };
  const tree1 = treeOf([
    { id: 1n, to: keyOf('recipient', 1).address, token: d.usdc, amount: 40_000_000n },
    { id: 2n, to: keyOf('recipient', 2).address, token: d.usdc, amount: 10_000_000n },
    w,
  ]);
  await claim(1n, w, proofOf(tree1, w));
  expect(await balance(w.to)).toBe(5n);

  const w4: Withdrawal = { id: 4n, to: bob.address, token: d.usdc, amount: 123n };
  const tree2 = treeOf([w4]); // a one-leaf tree: the root is the leaf, the proof is empty
  const a = await nextAnchor(d, current, { withdrawalsRoot: tree2.root as Hex, lastDepositNonce: 3n });
  await submitAnchor(d, a, current, [0, 1, 2].map((i) => keyOf('validator-v2', i)));
  await advance(d.challengeDelay);
  const bobBefore = await balance(bob.address);
  await claim(2n, w4, []);
  expect(await balance(bob.address)).toBe(bobBefore + 123n);
});

test('vault balance = deposits − claims, from the events', async () => {
  const logs = (await d.pub.getLogs({ address: d.bridge, fromBlock: 0n, toBlock: 'latest' })) as Log[];
  const events = parseEventLogs({ abi: d.bridgeAbi, logs }) as unknown as { eventName: string; args: { amount: bigint } }[];
  const sum = (name: string) => events.filter((e) => e.eventName === name).reduce((s, e) => s + e.args.amount, 0n);
  expect(events.filter((e) => e.eventName === 'Claimed')).toHaveLength(4);
  expect(sum('Deposited')).toBe(350_000_001n);
  expect(sum('Claimed')).toBe(40_000_000n + 10_000_000n + 5n + 123n);
  expect(await balance(d.bridge)).toBe(sum('Deposited') - sum('Claimed'));
});
