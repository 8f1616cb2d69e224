import { calculateExistenceRoot, iavlSpec, ics23, tendermintSpec, verifyMembership as ics23Membership, verifyNonMembership as ics23NonMembership } from '@confio/ics23';
import { MerkleProof } from 'cosmjs-types/ibc/core/commitment/v1/commitment';
import { CommitmentProof } from 'cosmjs-types/cosmos/ics23/v1/proofs';
import { CommitmentErrors } from './errors';

/**
 * ibc-go 23-commitment MerkleProof verification against a counterparty's app hash. The counterparty is
 * a Cosmos multistore: proofs[0] proves the key in the `ibc` store's IAVL tree (iavlSpec), proofs[1]
 * proves that store's root under the name "ibc" in the multistore's simple Merkle tree
 * (tendermintSpec). The path is [prefix, key] (the prefix is the counterparty's commitment prefix).
 */
const SPECS = [iavlSpec, tendermintSpec];

export interface MerklePath {
  prefix: Uint8Array;
  key: Uint8Array;
}

function decodeProofs(proofBytes: Uint8Array): ics23.CommitmentProof[] {
  if (proofBytes.length === 0) throw CommitmentErrors.invalidProof.wrap('proof cannot be empty');
  let merkle: MerkleProof;
  try {
    merkle = MerkleProof.decode(proofBytes);
  } catch (e) {
    throw CommitmentErrors.invalidMerkleProof.wrap(`proof bytes do not decode as a MerkleProof: ${(e as Error).message}`);
  }
  if (merkle.proofs.length !== SPECS.length) {
    throw CommitmentErrors.invalidMerkleProof.wrap(`expected ${SPECS.length} proofs (iavl, then the multistore's), got ${merkle.proofs.length}`);
  }
  return merkle.proofs.map((p) => ics23.CommitmentProof.decode(CommitmentProof.encode(p).finish()));
}

/** The store root proven by proofs[1] must be the root the key proof computes; returns it. */
function subRoot(proof: ics23.CommitmentProof): Uint8Array {
  if (proof.exist) return calculateExistenceRoot(proof.exist);
  const ne = proof.nonexist;
  const neighbour = ne?.left ?? ne?.right;
  if (!neighbour) throw CommitmentErrors.invalidMerkleProof.wrap('proof has neither an existence nor a non-existence proof with a neighbour');
  return calculateExistenceRoot(neighbour);
}

function verifyStoreRoot(storeProof: ics23.CommitmentProof, root: Uint8Array, path: MerklePath, storeRoot: Uint8Array): void {
  if (!safe(() => ics23Membership(storeProof, SPECS[1], root, path.prefix, storeRoot))) {
    throw CommitmentErrors.invalidProof.wrap(`the ${Buffer.from(path.prefix).toString()} store root is not proven under the consensus state's root`);
  }
}

function safe(f: () => boolean): boolean {
  try {
    return f();
  } catch {
    return false;
  }
}

/** Throws unless `proof` shows key = value in the counterparty's store under `root`. */
export function verifyMembership(proofBytes: Uint8Array, root: Uint8Array, path: MerklePath, value: Uint8Array): void {
  const [keyProof, storeProof] = decodeProofs(proofBytes);
  if (!keyProof.exist) throw CommitmentErrors.invalidProof.wrap('membership needs an existence proof');
  const storeRoot = calculateExistenceRootSafe(keyProof.exist);
  if (!storeRoot || !safe(() => ics23Membership(keyProof, SPECS[0], storeRoot, path.key, value))) {
    throw CommitmentErrors.invalidProof.wrap(`key ${JSON.stringify(Buffer.from(path.key).toString())} with the expected value is not proven`);
  }
  verifyStoreRoot(storeProof, root, path, storeRoot);
}

/** Throws unless `proof` shows the key is absent from the counterparty's store under `root`. */
export function verifyNonMembership(proofBytes: Uint8Array, root: Uint8Array, path: MerklePath): void {
  const [keyProof, storeProof] = decodeProofs(proofBytes);
  if (!keyProof.nonexist) throw CommitmentErrors.invalidProof.wrap('non-membership needs a non-existence proof');
  let storeRoot: Uint8Array;
  try {
    storeRoot = subRoot(keyProof);
  } catch (e) {
    throw CommitmentErrors.invalidMerkleProof.wrap((e as Error).message);
  }
  if (!safe(() => ics23NonMembership(keyProof, SPECS[0], storeRoot, path.key))) {
    throw CommitmentErrors.invalidProof.wrap(`absence of key ${JSON.stringify(Buffer.from(path.key).toString())} is not proven`);
  }
  verifyStoreRoot(storeProof, root, path, storeRoot);
}

function calculateExistenceRootSafe(p: ics23.IExistenceProof): Uint8Array | undefined {
  try {
    return calculateExistenceRoot(p);
  } catch {
    return undefined;
  }
}
