// The chain's own encodings (modules/bridge: hand-written ABI words, @noble keccak, libsecp256k1)
// equal viem's (scripts/bridge/encoding.ts, which the contract tests pin to SettleBridge.sol) and
// OpenZeppelin's StandardMerkleTree, byte for byte; signatures recover as ECDSA.recover does.
import { StandardMerkleTree } from '@openzeppelin/merkle-tree';
import { getAddress, keccak256 as viemKeccak, toBytes, toHex, type Address, type Hex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import * as ref from '../../../scripts/bridge/encoding';
import {
  anchorDigest,
  formatEvmAddress,
  normalisedValset,
  parseEvmAddress,
  valsetCheckpoint,
  valsetUpdateDigest,
  withdrawalLeaf,
  type Domain,
} from '../../../modules/bridge/encoding';
import { verifyProof, withdrawalProof, withdrawalsRoot, withdrawalsTree } from '../../../modules/bridge/merkle';
import { evmAddressOfPrivateKey, recoverSigner, signDigest } from '../../../modules/bridge/signatures';

const addr = (s: string): Address => getAddress(viemKeccak(toBytes(s)).slice(0, 42));
const b = (hex: Hex): Uint8Array => toBytes(hex);
const hex = (u: Uint8Array): Hex => toHex(u);
const key = (i: number): Uint8Array => b(viemKeccak(toBytes(`bridge key ${i}`)));

const refDomain: ref.Domain = { settleChainId: 'settle-localnet-1', evmChainId: 31337n, bridge: addr('bridge') };
const domain: Domain = { settleChainId: refDomain.settleChainId, evmChainId: refDomain.evmChainId, bridge: b(refDomain.bridge) };

test('tags and the valset checkpoint equal viem for sets of 1, 2, 7 and 100 validators', () => {
  for (const n of [1, 2, 7, 100]) {
    const members = Array.from({ length: n }, (_, i) => ({ address: addr(`v${i}`), stake: BigInt(1 + i * 13) }));
    const r = ref.normalisedValset(BigInt(n), members);
    const mine = normalisedValset(members.map((m) => ({ evmAddress: b(m.address), stake: m.stake })));
    expect(mine.validators.map((v) => getAddress(formatEvmAddress(v)))).toEqual(r.validators);
    expect(mine.powers).toEqual(r.powers);
    expect(hex(valsetCheckpoint(BigInt(n), mine.validators, mine.powers))).toBe(ref.valsetCheckpoint(r));
    expect(hex(valsetUpdateDigest(domain, valsetCheckpoint(BigInt(n), mine.validators, mine.powers)))).toBe(ref.valsetUpdateDigest(refDomain, r));
  }
});

test('the anchor digest equals viem, and every field (and the domain) changes it', () => {
  const a: ref.Anchor = {
    nonce: 7n,
    height: 1234n,
    appHash: viemKeccak(toBytes('app')),
    settlementRoot: viemKeccak(toBytes('settle')),
    withdrawalsRoot: viemKeccak(toBytes('w')),
    lastDepositNonce: 99n,
    valsetCheckpoint: viemKeccak(toBytes('cp')),
  };
  const mine = (x: ref.Anchor, d = domain) =>
    hex(anchorDigest(d, { ...x, appHash: b(x.appHash), settlementRoot: b(x.settlementRoot), withdrawalsRoot: b(x.withdrawalsRoot), valsetCheckpoint: b(x.valsetCheckpoint) }));
  expect(mine(a)).toBe(ref.anchorDigest(refDomain, a));
  const seen = new Set([mine(a)]);
  for (const changed of [{ ...a, nonce: 8n }, { ...a, height: 1235n }, { ...a, lastDepositNonce: 98n }, { ...a, appHash: a.settlementRoot }]) seen.add(mine(changed));
  seen.add(mine(a, { ...domain, evmChainId: 1n }));
  seen.add(mine(a, { ...domain, settleChainId: 'settle-1' }));
  expect(seen.size).toBe(7);
});

test('withdrawal leaves, roots and proofs equal StandardMerkleTree for 1..33 and 100 leaves; proofs verify, tampered ones do not', () => {
  const token = addr('usdc');
  for (const n of [...Array.from({ length: 33 }, (_, i) => i + 1), 100]) {
    const ws = Array.from({ length: n }, (_, i) => [BigInt(i + 1), addr(`to ${i}`), token, BigInt(1_000_000 + 7 * i)] as const);
    const tree = StandardMerkleTree.of(ws.map((w) => w.map(String)), ref.WITHDRAWAL_LEAF_TYPES);
    const leaves = ws.map(([id, to, tok, amount]) => withdrawalLeaf(id, b(to), b(tok), amount));
    const mine = withdrawalsTree(leaves);
    expect(hex(mine[0])).toBe(tree.root);
    expect(hex(withdrawalsRoot(leaves))).toBe(tree.root);
    ws.forEach((w, i) => {
      expect(hex(leaves[i])).toBe(tree.leafHash(w.map(String)));
      const proof = withdrawalProof(mine, leaves[i]);
      expect(proof.map(hex)).toEqual(tree.getProof(w.map(String)));
      expect(verifyProof(mine[0], leaves[i], proof)).toBe(true);
      const wrong = withdrawalLeaf(w[0], b(w[1]), b(w[2]), w[3] + 1n);
      expect(verifyProof(mine[0], wrong, proof)).toBe(false);
    });
  }
  expect(hex(withdrawalsRoot([]))).toBe(`0x${'00'.repeat(32)}`);
});

test('signatures: viem signs what the chain recovers and the reverse; malleable, bad-v and short signatures are refused', async () => {
  const digest = viemKeccak(toBytes('a digest'));
  for (let i = 0; i < 5; i++) {
    const account = privateKeyToAccount(hex(key(i)));
    expect(getAddress(formatEvmAddress(evmAddressOfPrivateKey(key(i))))).toBe(account.address);
    const viemSig = b(await account.signMessage({ message: { raw: digest } }));
    expect(getAddress(formatEvmAddress(recoverSigner(b(digest), viemSig)))).toBe(account.address);
    const mine = signDigest(key(i), b(digest));
    expect(hex(mine)).toBe(hex(viemSig)); // RFC 6979 nonces: both libraries give the same bytes
  }
  const sig = signDigest(key(0), b(digest));
  const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
  const highS = Buffer.from(sig);
  const s = BigInt(hex(sig.subarray(32, 64)));
  highS.set(b(`0x${(N - s).toString(16).padStart(64, '0')}`), 32);
  highS[64] = sig[64] === 27 ? 28 : 27;
  expect(() => recoverSigner(b(digest), highS)).toThrow(/lower half/);
  const badV = Buffer.from(sig);
  badV[64] = 1;
  expect(() => recoverSigner(b(digest), badV)).toThrow(/v must be 27 or 28/);
  expect(() => recoverSigner(b(digest), sig.subarray(0, 64))).toThrow(/65 bytes/);
  expect(formatEvmAddress(recoverSigner(b(viemKeccak(toBytes('other'))), sig))).not.toBe(formatEvmAddress(evmAddressOfPrivateKey(key(0))));
});

test('EVM address text: 0x and 40 hex digits, any case', () => {
  expect(formatEvmAddress(parseEvmAddress('0xAbCdEf0000000000000000000000000000000001'))).toBe('0xabcdef0000000000000000000000000000000001');
  for (const bad of ['', '0x12', 'abcdef0000000000000000000000000000000001', '0xZZcdef0000000000000000000000000000000001']) expect(() => parseEvmAddress(bad)).toThrow(/20-byte hex address/);
});
