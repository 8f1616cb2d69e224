import { compareBytes } from '../encoding';
import type { KVPair } from '../types';
import type { Node } from './node';
import type { NodeDB } from './node-db';

/** Read operations shared by the working tree and saved versions. */

export function treeGet(ndb: NodeDB, root: Node | null | undefined, key: Uint8Array): Uint8Array | undefined {
  let node = root;
  if (!node) return undefined;
  while (node.height > 0) {
    node = compareBytes(key, node.key) < 0 ? ndb.left(node) : ndb.right(node);
  }
  return compareBytes(key, node.key) === 0 ? node.value : undefined;
}

/** Index the key has (or would have) in key order, and its value if present (iavl GetWithIndex). */
export function treeGetWithIndex(
  ndb: NodeDB,
  root: Node | null | undefined,
  key: Uint8Array,
): { index: number; value: Uint8Array | undefined } {
  let node = root;
  let index = 0;
  if (!node) return { index: 0, value: undefined };
  while (node.height > 0) {
    if (compareBytes(key, node.key) < 0) {
      node = ndb.left(node);
    } else {
      index += ndb.left(node).size;
      node = ndb.right(node);
    }
  }
  const c = compareBytes(key, node.key);
  if (c === 0) return { index, value: node.value };
  return { index: c < 0 ? index : index + 1, value: undefined };
}

export function treeGetByIndex(ndb: NodeDB, root: Node | null | undefined, index: number): Node | undefined {
  let node = root;
  if (!node || index < 0 || index >= node.size) return undefined;
  while (node.height > 0) {
    const left = ndb.left(node);
    if (index < left.size) {
      node = left;
    } else {
      index -= left.size;
      node = ndb.right(node);
    }
  }
  return node;
}

/**
 * In-order iteration over [start, end), ascending or descending. Subtrees wholly outside the range
 * are never loaded: an inner node's left subtree holds keys < node.key, its right subtree keys ≥ node.key.
 */
export function* treeIterate(
  ndb: NodeDB,
  root: Node | null | undefined,
  start: Uint8Array | undefined,
  end: Uint8Array | undefined,
  ascending: boolean,
): IterableIterator<KVPair> {
  if (!root) return;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.height === 0) {
      if ((start === undefined || compareBytes(node.key, start) >= 0) && (end === undefined || compareBytes(node.key, end) < 0)) {
        yield { key: node.key, value: node.value! };
      }
      continue;
    }
    const wantLeft = start === undefined || compareBytes(start, node.key) < 0;
    const wantRight = end === undefined || compareBytes(node.key, end) < 0;
    if (ascending) {
      if (wantRight) stack.push(ndb.right(node));
      if (wantLeft) stack.push(ndb.left(node));
    } else {
      if (wantLeft) stack.push(ndb.left(node));
      if (wantRight) stack.push(ndb.right(node));
    }
  }
}

/** One inner node on the path from the root to a leaf, with the hash of the sibling not taken. */
export interface PathStep {
  height: number;
  size: number;
  version: number;
  left?: Uint8Array;
  right?: Uint8Array;
}

/** The path to the leaf holding `key` (or where the search ends), root first, with the leaf. */
export function treePathToLeaf(ndb: NodeDB, root: Node, key: Uint8Array): { path: PathStep[]; leaf: Node } {
  const path: PathStep[] = [];
  let node = root;
  while (node.height > 0) {
    if (compareBytes(key, node.key) < 0) {
      path.push({ height: node.height, size: node.size, version: node.version, right: ndb.right(node).hashBytes() });
      node = ndb.left(node);
    } else {
      path.push({ height: node.height, size: node.size, version: node.version, left: ndb.left(node).hashBytes() });
      node = ndb.right(node);
    }
  }
  return { path, leaf: node };
}
