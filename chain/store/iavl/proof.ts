import {
  CommitmentProof,
  ExistenceProof,
  HashOp,
  InnerOp,
  LeafOp,
  LengthOp,
} from 'cosmjs-types/cosmos/ics23/v1/proofs';
import { concatBytes, varintBytes } from '../encoding';
import type { Node } from './node';
import type { NodeDB } from './node-db';
import { treeGetByIndex, treeGetWithIndex, treePathToLeaf } from './tree-read';

/** ICS-23 proofs over a saved IAVL version, in the form cosmos/iavl v1 produces (spec: iavlSpec). */

function leafOp(version: number): LeafOp {
  return LeafOp.fromPartial({
    hash: HashOp.SHA256,
    prehashKey: HashOp.NO_HASH,
    prehashValue: HashOp.SHA256,
    length: LengthOp.VAR_PROTO,
    prefix: concatBytes(varintBytes(0), varintBytes(1), varintBytes(version)),
  });
}

function existenceProof(ndb: NodeDB, root: Node, key: Uint8Array): ExistenceProof {
  const { path, leaf } = treePathToLeaf(ndb, root, key);
  const ops: InnerOp[] = [];
  const len = Uint8Array.of(0x20);
  for (let i = path.length - 1; i >= 0; i--) {
    const s = path[i];
    const head = concatBytes(varintBytes(s.height), varintBytes(s.size), varintBytes(s.version));
    ops.push(
      s.left
        ? InnerOp.fromPartial({ hash: HashOp.SHA256, prefix: concatBytes(head, len, s.left, len), suffix: new Uint8Array(0) })
        : InnerOp.fromPartial({ hash: HashOp.SHA256, prefix: concatBytes(head, len), suffix: concatBytes(len, s.right!) }),
    );
  }
  return ExistenceProof.fromPartial({ key: leaf.key, value: leaf.value, leaf: leafOp(leaf.version), path: ops });
}

/** A membership proof if `key` is in the tree, otherwise a non-membership proof (its neighbours). */
export function iavlProof(ndb: NodeDB, root: Node | null, key: Uint8Array): { proof: CommitmentProof; value?: Uint8Array } {
  // An empty tree proves nothing verifiable; like the Cosmos SDK, answer a neighbourless non-membership proof.
  if (!root) return { proof: CommitmentProof.fromPartial({ nonexist: { key } }) };
  const { index, value } = treeGetWithIndex(ndb, root, key);
  if (value !== undefined) {
    return { proof: CommitmentProof.fromPartial({ exist: existenceProof(ndb, root, key) }), value };
  }
  const leftNode = index >= 1 ? treeGetByIndex(ndb, root, index - 1) : undefined;
  const rightNode = treeGetByIndex(ndb, root, index);
  return {
    proof: CommitmentProof.fromPartial({
      nonexist: {
        key,
        left: leftNode ? existenceProof(ndb, root, leftNode.key) : undefined,
        right: rightNode ? existenceProof(ndb, root, rightNode.key) : undefined,
      },
    }),
  };
}
