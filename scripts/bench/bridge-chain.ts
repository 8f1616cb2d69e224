// npm run bench:bridge-chain
// The chain side of the bridge, in-process: what one bridge signature costs a node (recovery in
// VerifyVoteExtension, again in Prepare/ProcessProposal and FinalizeBlock), signing one digest
// (ExtendVote), and fixing an anchor's withdrawals root (beginBlock every anchor_interval) for
// 1,000 and 10,000 withdrawals. Medians of repeated runs on this machine.
import { anchorDigest, keccak256, withdrawalLeaf } from '../../modules/bridge/encoding';
import { withdrawalsRoot } from '../../modules/bridge/merkle';
import { recoverSigner, signDigest } from '../../modules/bridge/signatures';

function timeIt(runs: number, f: () => void): number {
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    f();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const key = keccak256(Buffer.from('bench key'));
const domain = { settleChainId: 'settle-1', evmChainId: 1n, bridge: new Uint8Array(20).fill(1) };
const digests = Array.from({ length: 1000 }, (_, i) => anchorDigest(domain, { nonce: BigInt(i + 1), height: 10n, appHash: keccak256(Uint8Array.of(i)), settlementRoot: new Uint8Array(32), withdrawalsRoot: new Uint8Array(32), lastDepositNonce: 0n, valsetCheckpoint: new Uint8Array(32) }));
const sigs = digests.map((d) => signDigest(key, d));

const signMs = timeIt(5, () => digests.forEach((d) => signDigest(key, d)));
const recoverMs = timeIt(5, () => digests.forEach((d, i) => recoverSigner(d, sigs[i])));
console.log(`sign one digest (EIP-191, libsecp256k1)           ${(signMs * 1000 / digests.length).toFixed(1).padStart(8)} µs   (${Math.round(digests.length / (signMs / 1000))}/s)`);
console.log(`recover one signature (checks + ecrecover)         ${(recoverMs * 1000 / digests.length).toFixed(1).padStart(8)} µs   (${Math.round(digests.length / (recoverMs / 1000))}/s)`);
for (const n of [1000, 10000]) {
  const to = new Uint8Array(20).fill(2);
  const token = new Uint8Array(20).fill(3);
  const ms = timeIt(5, () => {
    const leaves = Array.from({ length: n }, (_, i) => withdrawalLeaf(BigInt(i + 1), to, token, 1_000_000n + BigInt(i)));
    withdrawalsRoot(leaves);
  });
  console.log(`withdrawals root of ${String(n).padEnd(6)} leaves (leaves + tree)     ${ms.toFixed(1).padStart(8)} ms`);
}
