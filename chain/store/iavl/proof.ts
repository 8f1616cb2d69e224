import {
  CommitmentProof,
  ExistenceProof,
  HashOp,
  InnerOp,
  LeafOp,
  LengthOp,
} from 'cosmjs-types/cosmos/ics23/v1/proofs';
import { concatBytes, encodeVarint } from '../../encoding';
import { NONE } from './node-arena';
import type { NodeDB } from './node-db';
import { treeGetByIndex, treeGetWithIndex, treePathToLeaf } from './tree-read';

/** ICS-23 proofs over a saved IAVL version, in the form cosmos/iavl v1 produces (spec: iavlSpec). */

function leafOp(version: number): LeafOp {
  return LeafOp.fromPartial({
    hash: HashOp.SHA256,
    prehashKey: HashOp.NO_HASH,
    prehashValue: HashOp.SHA256,
    length: LengthOp.VAR_PROTO,
    prefix: concatBytes(encodeVarint(0), encodeVarint(1), encodeVarint(version)),
  });
}

function existenceProof(ndb: NodeDB, root: number, key: Uint8Array): ExistenceProof {
  const { path, leaf } = treePathToLeaf(ndb, root, key);
  const ops: InnerOp[] = [];
  const len = Uint8Array.of(0x20);
  for (let i = path.length - 1; i >= 0; i--) {
    const s = path[i];
    const head = concatBytes(encodeVarint(s.height), encodeVarint(s.size), encodeVarint(s.version));
    ops.push(
      s.left
        ? InnerOp.fromPartial({ hash: HashOp.SHA256, prefix: concatBytes(head, len, s.left, len), suffix: new Uint8Array(0) })
        : InnerOp.fromPartial({ hash: HashOp.SHA256, prefix: concatBytes(head, len), suffix: concatBytes(len, s.right!) }),
    );
  }
  const a = ndb.arena;
  return ExistenceProof.fromPartial({ key: a.keyCopy(leaf), value: a.bytes.copy(a.value(leaf)), leaf: leafOp(a.version(leaf)), path: ops });
}

/**
 * A membership proof if `key` is in the tree, otherwise a non-membership proof (its neighbours).
 * `root` is a slot, NONE for an empty tree; the caller runs this as one operation (no deferred frees).
 */
export function iavlProof(ndb: NodeDB, root: number, key: Uint8Array): { proof: CommitmentProof; value?: Uint8Array } {
  // An empty tree proves nothing verifiable; like the Cosmos SDK, answer a neighbourless non-membership proof.
  if (root === NONE) return { proof: CommitmentProof.fromPartial({ nonexist: { key } }) };
  const a = ndb.arena;
  const { index, leaf, found } = treeGetWithIndex(ndb, root, key);
  if (found) {
    const value = a.bytes.copy(a.value(leaf));
    return { proof: CommitmentProof.fromPartial({ exist: existenceProof(ndb, root, key) }), value };
  }
  const leftNode = index >= 1 ? treeGetByIndex(ndb, root, index - 1) : NONE;
  const rightNode = treeGetByIndex(ndb, root, index);
  const leftKey = leftNode !== NONE ? a.keyCopy(leftNode) : undefined;
  const rightKey = rightNode !== NONE ? a.keyCopy(rightNode) : undefined;
  return {
    proof: CommitmentProof.fromPartial({
      nonexist: {
        key,
        left: leftKey ? existenceProof(ndb, root, leftKey) : undefined,
        right: rightKey ? existenceProof(ndb, root, rightKey) : undefined,
      },
    }),
  };
}
