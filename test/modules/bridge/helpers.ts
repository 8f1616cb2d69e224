// Shared by the bridge tests: anchors built on the deployment's current valset, submitted with
// chosen signers, and an assertion that a call reverts with a named custom error.
import { keccak256, toBytes, type Hex } from 'viem';
import type { PrivateKeyAccount } from 'viem/accounts';
import { anchorDigest, valsetCheckpoint, valsetUpdateDigest, type Anchor, type Valset } from '../../../scripts/bridge/encoding';
import { signDigest, type Deployment } from '../../../scripts/bridge/harness';

export const h = (s: string): Hex => keccak256(toBytes(s));

/** The next anchor (nonce = lastAnchorNonce + 1) for the valset in force, with the given fields. */
export async function nextAnchor(d: Deployment, current: Valset, fields: Partial<Anchor> = {}): Promise<Anchor> {
  const last = await d.read<bigint>(d.bridge, d.bridgeAbi, 'lastAnchorNonce');
  return {
    nonce: last + 1n,
    height: 100n * (last + 1n),
    appHash: h(`app ${last + 1n}`),
    settlementRoot: h(`settlements ${last + 1n}`),
    withdrawalsRoot: h(`withdrawals ${last + 1n}`),
    lastDepositNonce: 0n,
    valsetCheckpoint: valsetCheckpoint(current),
    ...fields,
  };
}

export async function submitAnchor(d: Deployment, a: Anchor, current: Valset, signers: PrivateKeyAccount[]) {
  const sigs = await signDigest(anchorDigest(d.domain, a), signers);
  return d.send(d.bridge, d.bridgeAbi, 'submitAnchor', [a, current, sigs]);
}

export async function updateValset(d: Deployment, next: Valset, current: Valset, signers: PrivateKeyAccount[]) {
  const sigs = await signDigest(valsetUpdateDigest(d.domain, next), signers);
  return d.send(d.bridge, d.bridgeAbi, 'updateValset', [next, current, sigs]);
}

/** The call fails, and viem decoded the contract's custom error `name` from the revert data. */
export async function expectRevert(p: Promise<unknown>, name: string): Promise<void> {
  await expect(p).rejects.toThrow(new RegExp(`Error: ${name}\\(`));
}
