import { CommitmentProof, ExistenceProof, HashOp, InnerOp, LeafOp, LengthOp } from 'cosmjs-types/cosmos/ics23/v1/proofs';
import { concatBytes, encodeUvarint, readUvarint } from '../encoding';
import { StoreError } from './errors';
import { EMPTY_HASH, sha256 } from './hash';

/** One store's entry in the commit info: its name and root hash at the version. */
export interface StoreInfo {
  name: string;
  hash: Uint8Array;
}

export interface CommitInfo {
  version: number;
  stores: StoreInfo[];
}

/**
 * Cosmos SDK commit info hashing: a simple (RFC-6962) Merkle tree over the stores sorted by name,
 * each leaf the KV pair uvarint(len name) ‖ name ‖ uvarint(32) ‖ sha256(root hash),
 * leaf hash sha256(0x00 ‖ leaf), inner hash sha256(0x01 ‖ left ‖ right).
 */
export function commitInfoHash(stores: StoreInfo[]): Buffer {
  if (stores.length === 0) return EMPTY_HASH;
  return merkleRoot(sortedLeaves(stores));
}

function sortedLeaves(stores: StoreInfo[]): Buffer[] {
  return [...stores].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map(leafBytes);
}

function leafBytes(s: StoreInfo): Buffer {
  const name = Buffer.from(s.name, 'utf8');
  return concatBytes(encodeUvarint(name.length), name, encodeUvarint(32), sha256(s.hash));
}

function leafHash(leaf: Uint8Array): Buffer {
  return sha256(concatBytes(Uint8Array.of(0), leaf));
}

function innerHash(left: Uint8Array, right: Uint8Array): Buffer {
  return sha256(concatBytes(Uint8Array.of(1), left, right));
}

/** Largest power of two strictly less than n (n ≥ 2). */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function merkleRoot(leaves: Buffer[]): Buffer {
  if (leaves.length === 1) return leafHash(leaves[0]);
  const k = splitPoint(leaves.length);
  return innerHash(merkleRoot(leaves.slice(0, k)), merkleRoot(leaves.slice(k)));
}

/** Inner ops from the leaf up to the root for leaf `index` (the `ics23:simple` path). */
function merklePath(leaves: Buffer[], index: number): InnerOp[] {
  if (leaves.length <= 1) return [];
  const k = splitPoint(leaves.length);
  if (index < k) {
    const sibling = merkleRoot(leaves.slice(k));
    return [
      ...merklePath(leaves.slice(0, k), index),
      InnerOp.fromPartial({ hash: HashOp.SHA256, prefix: Uint8Array.of(1), suffix: sibling }),
    ];
  }
  const sibling = merkleRoot(leaves.slice(0, k));
  return [
    ...merklePath(leaves.slice(k), index - k),
    InnerOp.fromPartial({ hash: HashOp.SHA256, prefix: concatBytes(Uint8Array.of(1), sibling), suffix: new Uint8Array(0) }),
  ];
}

/** Existence proof of a store's root hash in the commit info (spec: tendermintSpec). */
export function storeRootProof(stores: StoreInfo[], name: string): CommitmentProof {
  const sorted = [...stores].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const index = sorted.findIndex((s) => s.name === name);
  if (index < 0) throw new StoreError('UNKNOWN_STORE', `store "${name}" is not in the commit info`);
  const leaves = sorted.map(leafBytes);
  return CommitmentProof.fromPartial({
    exist: ExistenceProof.fromPartial({
      key: Buffer.from(name, 'utf8'),
      value: sorted[index].hash,
      leaf: LeafOp.fromPartial({
        hash: HashOp.SHA256,
        prehashKey: HashOp.NO_HASH,
        prehashValue: HashOp.SHA256,
        length: LengthOp.VAR_PROTO,
        prefix: Uint8Array.of(0),
      }),
      path: merklePath(leaves, index),
    }),
  });
}

/** Compact database encoding of a commit info. */
export function encodeCommitInfo(ci: CommitInfo): Buffer {
  const parts: Uint8Array[] = [encodeUvarint(ci.version), encodeUvarint(ci.stores.length)];
  for (const s of ci.stores) {
    const name = Buffer.from(s.name, 'utf8');
    parts.push(encodeUvarint(name.length), name, encodeUvarint(s.hash.length), s.hash);
  }
  return concatBytes(...parts);
}

export function decodeCommitInfo(buf: Uint8Array): CommitInfo {
  try {
    let o = 0;
    let version: number, count: number;
    [version, o] = readUvarint(buf, o);
    [count, o] = readUvarint(buf, o);
    const stores: StoreInfo[] = [];
    for (let i = 0; i < count; i++) {
      let n: number;
      [n, o] = readUvarint(buf, o);
      const name = Buffer.from(buf.subarray(o, o + n)).toString('utf8');
      o += n;
      [n, o] = readUvarint(buf, o);
      const hash = Uint8Array.from(buf.subarray(o, o + n));
      o += n;
      stores.push({ name, hash });
    }
    if (o !== buf.length) throw new Error('trailing bytes');
    return { version, stores };
  } catch (err) {
    throw new StoreError('CORRUPT_DATABASE', `commit info cannot be decoded: ${(err as Error).message}`);
  }
}
