import { calculateExistenceRoot, ics23, iavlSpec, tendermintSpec, verifyMembership, verifyNonMembership } from '@confio/ics23';
import { fromBech32 } from '@cosmjs/encoding';
import type { CometClient } from '@cosmjs/tendermint-rpc';

/** A value read from a settle store and proven against an app hash. */
export interface ProvenValue {
  /** The height whose state was read. The app hash committing to it is in block `height + 1`'s header. */
  height: number;
  /** The value, or undefined when the proof shows the key is absent. */
  value: Uint8Array | undefined;
  appHash: Uint8Array;
}

interface ProofOpLike {
  type: string;
  key: Uint8Array;
  data: Uint8Array;
}

/**
 * Checks the two ICS-23 proof ops of a settle (Cosmos SDK) store query: `ics23:iavl` proves the key
 * (present with `value`, or absent) under a store root, `ics23:simple` proves that store root under
 * `appHash`. Throws with the reason when anything does not verify.
 */
export function verifyStoreProof(ops: readonly ProofOpLike[], appHash: Uint8Array, storeName: string, key: Uint8Array, value: Uint8Array | undefined): void {
  if (ops.length !== 2 || ops[0].type !== 'ics23:iavl' || ops[1].type !== 'ics23:simple') {
    throw new Error(`expected proof ops [ics23:iavl, ics23:simple], got [${ops.map((o) => o.type).join(', ')}]`);
  }
  if (!bytesEqual(ops[0].key, key)) throw new Error('the iavl proof op is for another key');
  if (new TextDecoder().decode(ops[1].key) !== storeName) throw new Error(`the simple proof op is for store "${new TextDecoder().decode(ops[1].key)}", not "${storeName}"`);
  const storeProof = ics23.CommitmentProof.decode(ops[1].data);
  if (!storeProof.exist?.value) throw new Error('the simple proof op carries no store root');
  const storeRoot = storeProof.exist.value;
  if (!verifyMembership(storeProof, tendermintSpec, appHash, new TextEncoder().encode(storeName), storeRoot)) {
    throw new Error(`the store root of "${storeName}" does not verify against the app hash`);
  }
  const keyProof = ics23.CommitmentProof.decode(ops[0].data);
  const ok = value === undefined ? verifyNonMembership(keyProof, iavlSpec, storeRoot, key) : verifyMembership(keyProof, iavlSpec, storeRoot, key, value);
  if (!ok) throw new Error(value === undefined ? 'the key is not proven absent' : 'the value does not verify against the store root');
  // both proofs must chain to the same app hash (calculateExistenceRoot recomputes it)
  if (!bytesEqual(calculateExistenceRoot(storeProof.exist as ics23.IExistenceProof), appHash)) throw new Error('the proofs do not chain to the app hash');
}

/**
 * Reads `key` from store `storeName` with a proof, fetches the header of the next block (whose app
 * hash commits to that state) and verifies the proof against it. `height` 0 reads the latest state;
 * that state's app hash appears in the next block, so this waits for it (up to `waitMs`).
 *
 * The header comes from the same RPC node; to trust it without trusting the node, check the header
 * with a CometBFT light client (its commit signatures) before relying on the result.
 */
export async function queryVerified(comet: CometClient, storeName: string, key: Uint8Array, height = 0, waitMs = 10_000): Promise<ProvenValue> {
  const res = await comet.abciQuery({ path: `/store/${storeName}/key`, data: key, height: height || undefined, prove: true });
  if (res.code) throw new Error(`query failed with code ${res.code} (${res.codespace}): ${res.log}`);
  if (!res.proof || !res.height) throw new Error('the node returned no proof or no height');
  const proven = res.height;
  const header = await headerAt(comet, proven + 1, waitMs);
  const value = res.value.length > 0 ? res.value : undefined;
  verifyStoreProof(res.proof.ops, header.appHash, storeName, key, value);
  return { height: proven, value, appHash: header.appHash };
}

async function headerAt(comet: CometClient, height: number, waitMs: number): Promise<{ appHash: Uint8Array }> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const { block } = await comet.block(height);
      return { appHash: block.header.appHash };
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`block ${height} did not appear within ${waitMs} ms: ${(err as Error).message}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** The bank store key of an account's balance in a denom (Cosmos SDK x/bank layout). */
export function balanceKey(address: string, denom: string): Uint8Array {
  const addr = fromBech32(address).data;
  const d = new TextEncoder().encode(denom);
  const key = new Uint8Array(2 + addr.length + d.length);
  key[0] = 0x02;
  key[1] = addr.length;
  key.set(addr, 2);
  key.set(d, 2 + addr.length);
  return key;
}

/**
 * An account's balance in one denom, proven against the app hash in the next block's header. An
 * account without that denom is proven absent and reported as 0.
 */
export async function getVerifiedBalance(comet: CometClient, address: string, denom: string, height = 0): Promise<{ amount: bigint; height: number; appHash: Uint8Array }> {
  const proven = await queryVerified(comet, 'bank', balanceKey(address, denom), height);
  const amount = proven.value === undefined ? 0n : BigInt(new TextDecoder().decode(proven.value));
  return { amount, height: proven.height, appHash: proven.appHash };
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The margin store key of a subaccount's position in one instrument (modules/margin/keys.ts). */
export function positionKey(owner: string, subaccount: number, instrumentId: string): Uint8Array {
  const addr = fromBech32(owner).data;
  const id = new TextEncoder().encode(instrumentId);
  const key = new Uint8Array(1 + addr.length + 4 + id.length);
  key[0] = 0x05;
  key.set(addr, 1);
  new DataView(key.buffer).setUint32(1 + addr.length, subaccount);
  key.set(id, 1 + addr.length + 4);
  return key;
}

/** The margin store key of a subaccount's collateral in one denom (modules/margin/keys.ts). */
export function collateralKey(owner: string, subaccount: number, denom: string): Uint8Array {
  const addr = fromBech32(owner).data;
  const d = new TextEncoder().encode(denom);
  const key = new Uint8Array(1 + addr.length + 4 + d.length);
  key[0] = 0x04;
  key.set(addr, 1);
  new DataView(key.buffer).setUint32(1 + addr.length, subaccount);
  key.set(d, 1 + addr.length + 4);
  return key;
}
