// npm run bench:bridge [-- --validators 4,20 --leaves 1,1000,100000]
// Gas of SettleBridge on a local anvil: submitAnchor with the fewest signatures that pass (> 2/3 of
// equal powers) and with every validator signing, updateValset, deposit, and claim against
// withdrawals trees (OpenZeppelin StandardMerkleTree) of each size, with the claimed leaf's proof depth.
import { StandardMerkleTree } from '@openzeppelin/merkle-tree';
import type { Hex } from 'viem';
import { anchorDigest, valsetCheckpoint, valsetUpdateDigest, WITHDRAWAL_LEAF_TYPES, type Anchor, type Valset } from '../bridge/encoding';
import { deployBridge, keyOf, signDigest, validatorSet, type Deployment } from '../bridge/harness';

function arg(name: string, fallback: string): number[] {
  const i = process.argv.indexOf(`--${name}`);
  return (i >= 0 ? process.argv[i + 1] : fallback).split(',').map(Number);
}
const VALIDATORS = arg('validators', '4,20');
const LEAVES = arg('leaves', '1,1000,100000');

const h = (s: string) => `0x${Buffer.from(s.padEnd(32, '.').slice(0, 32)).toString('hex')}` as Hex;
const row = (what: string, gas: bigint, note = '') => console.log(`${what.padEnd(56)} ${gas.toString().padStart(9)} gas  ${note}`);

async function anchor(d: Deployment, current: Valset, withdrawalsRoot: Hex, signers: number): Promise<bigint> {
  const nonce = (await d.read<bigint>(d.bridge, d.bridgeAbi, 'lastAnchorNonce')) + 1n;
  const a: Anchor = {
    nonce, height: nonce * 100n, appHash: h(`app ${nonce}`), settlementRoot: h(`settle ${nonce}`), withdrawalsRoot,
    lastDepositNonce: await d.read<bigint>(d.bridge, d.bridgeAbi, 'depositNonce'), valsetCheckpoint: valsetCheckpoint(current),
  };
  const sigs = await signDigest(anchorDigest(d.domain, a), d.validators.slice(0, signers));
  return (await d.send(d.bridge, d.bridgeAbi, 'submitAnchor', [a, current, sigs])).gasUsed;
}

/** The fewest of n equal powers whose sum is > 2/3 of the total. */
const minSigners = (n: number) => Math.floor((2 * n) / 3) + 1;

async function signingCosts(n: number): Promise<void> {
  const d = await deployBridge({ validators: n });
  try {
    const k = minSigners(n);
    await anchor(d, d.valset, h('w'), n); // warm-up: the first anchor also sets zeroed counters
    row(`submitAnchor, ${n} validators, ${k} sign`, await anchor(d, d.valset, h('w'), k));
    row(`submitAnchor, ${n} validators, ${n} sign`, await anchor(d, d.valset, h('w'), n));
    const next = validatorSet(1n, Array.from({ length: n }, (_, i) => keyOf('validator-v2', i)));
    const sigs = await signDigest(valsetUpdateDigest(d.domain, next), d.validators.slice(0, k));
    row(`updateValset, ${n} -> ${n} validators, ${k} sign`, (await d.send(d.bridge, d.bridgeAbi, 'updateValset', [next, d.valset, sigs])).gasUsed);
  } finally {
    await d.stop();
  }
}

async function claimCosts(): Promise<void> {
  const d = await deployBridge({ validators: 4, challengeDelay: 60n });
  try {
    const user = keyOf('user', 1);
    await d.test.setBalance({ address: user.address, value: 10n ** 20n });
    await d.send(d.usdc, d.usdcAbi, 'mint', [user.address, 10n ** 30n]);
    await d.send(d.usdc, d.usdcAbi, 'approve', [d.bridge, 2n ** 255n], user);
    const settleRecipient = `0x${'11'.repeat(20)}`;
    row('deposit (first ever: zeroed counter and vault balance)', (await d.send(d.bridge, d.bridgeAbi, 'deposit', [d.usdc, 10n ** 27n, settleRecipient], user)).gasUsed);
    row('deposit', (await d.send(d.bridge, d.bridgeAbi, 'deposit', [d.usdc, 10n ** 27n, settleRecipient], user)).gasUsed);
    let firstId = 1n;
    for (const n of LEAVES) {
      const t0 = Date.now();
      // recipients that hold no tokens yet, as most withdrawal recipients
      const recipients = Array.from({ length: Math.min(n, 1000) }, (_, i) => keyOf(`recipient-${n}`, i).address);
      const values = Array.from({ length: n }, (_, i) => [
        (firstId + BigInt(i)).toString(), recipients[i % recipients.length], d.usdc, (1_000_000n + BigInt(i)).toString(),
      ]);
      const tree = StandardMerkleTree.of(values, WITHDRAWAL_LEAF_TYPES);
      const treeMs = Date.now() - t0;
      await anchor(d, d.valset, tree.root as Hex, 3);
      const anchorNonce = await d.read<bigint>(d.bridge, d.bridgeAbi, 'lastAnchorNonce');
      await d.test.increaseTime({ seconds: 60 });
      await d.test.mine({ blocks: 1 });
      // two claims to new recipients: the first sets a fresh word of the claimed bitmap, the second the same word
      for (const [label, idx] of [['fresh bitmap word', 0], ['bitmap word in use', 1]] as const) {
        if (idx >= n) continue;
        const [id, to, token, amount] = values[idx];
        const proof = tree.getProof(values[idx]) as Hex[];
        const r = await d.send(d.bridge, d.bridgeAbi, 'claim', [anchorNonce, BigInt(id), to, token, BigInt(amount), proof]);
        row(`claim, ${n} leaves, depth ${proof.length}, ${label}`, r.gasUsed, idx === 0 ? `(tree built in ${treeMs} ms)` : '');
      }
      firstId += 256n * BigInt(Math.ceil((n + 1) / 256)); // next tree's ids start in a fresh bitmap word
    }
  } finally {
    await d.stop();
  }
}

async function main(): Promise<void> {
  console.log('SettleBridge gas on anvil (solc 0.8.30, optimizer 200 runs, EVM cancun); equal powers normalised to 2^32');
  for (const n of VALIDATORS) await signingCosts(n);
  await claimCosts();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
