import type { KVPair } from '../types';
import { NONE } from './node-arena';
import type { NodeDB } from './node-db';

/**
 * Read operations shared by the working tree and saved versions. Nodes are arena slots (NONE for an
 * empty tree); keys and values handed out are private copies.
 */

/** The leaf where a search for `key` ends. */
function findLeaf(ndb: NodeDB, root: number, key: Uint8Array): number {
  const a = ndb.arena;
  let s = root;
  while (a.height(s) > 0) s = a.compareKey(key, s) < 0 ? ndb.left(s) : ndb.right(s);
  return s;
}

export function treeGet(ndb: NodeDB, root: number, key: Uint8Array): Uint8Array | undefined {
  if (root === NONE) return undefined;
  const s = findLeaf(ndb, root, key);
  const a = ndb.arena;
  return a.compareKey(key, s) === 0 ? a.bytes.copy(a.value(s)) : undefined;
}

/** Index the key has (or would have) in key order, and whether it is present (iavl GetWithIndex). */
export function treeGetWithIndex(ndb: NodeDB, root: number, key: Uint8Array): { index: number; leaf: number; found: boolean } {
  const a = ndb.arena;
  let s = root;
  let index = 0;
  if (s === NONE) return { index: 0, leaf: NONE, found: false };
  while (a.height(s) > 0) {
    if (a.compareKey(key, s) < 0) {
      s = ndb.left(s);
    } else {
      index += a.size(ndb.left(s));
      s = ndb.right(s);
    }
  }
  const c = a.compareKey(key, s);
  if (c === 0) return { index, leaf: s, found: true };
  return { index: c < 0 ? index : index + 1, leaf: s, found: false };
}

export function treeGetByIndex(ndb: NodeDB, root: number, index: number): number {
  const a = ndb.arena;
  let s = root;
  if (s === NONE || index < 0 || index >= a.size(s)) return NONE;
  while (a.height(s) > 0) {
    const left = ndb.left(s);
    if (index < a.size(left)) {
      s = left;
    } else {
      index -= a.size(left);
      s = ndb.right(s);
    }
  }
  return s;
}

/**
 * In-order iteration over [start, end), ascending or descending. Subtrees wholly outside the range
 * are never loaded: an inner node's left subtree holds keys < node.key, its right subtree keys ≥ node.key.
 *
 * The iterator holds slots between steps; when `token()` changes (slots were freed or the tree was
 * written), it finds its place again from `rootOf()` by the last key it yielded.
 */
export function* treeIterate(
  ndb: NodeDB,
  rootOf: () => number,
  token: () => number,
  start: Uint8Array | undefined,
  end: Uint8Array | undefined,
  ascending: boolean,
): IterableIterator<KVPair> {
  const a = ndb.arena;
  let lo = start;
  let hi = end;
  ndb.releaseDeferred();
  let seen = token();
  const root = rootOf();
  if (root === NONE) return;
  let stack: number[] = [root];
  while (stack.length > 0) {
    const s = stack.pop()!;
    if (a.height(s) === 0) {
      if ((lo === undefined || a.compareKey(lo, s) <= 0) && (hi === undefined || a.compareKey(hi, s) > 0)) {
        const key = a.keyCopy(s);
        yield { key, value: a.bytes.copy(a.value(s)) };
        ndb.releaseDeferred();
        if (token() !== seen) {
          if (ascending) lo = successor(key);
          else hi = key;
          seen = token();
          const r = rootOf();
          stack = r === NONE ? [] : [r];
        }
      }
      continue;
    }
    const wantLeft = lo === undefined || a.compareKey(lo, s) < 0;
    const wantRight = hi === undefined || a.compareKey(hi, s) > 0;
    if (ascending) {
      if (wantRight) stack.push(ndb.right(s));
      if (wantLeft) stack.push(ndb.left(s));
    } else {
      if (wantLeft) stack.push(ndb.left(s));
      if (wantRight) stack.push(ndb.right(s));
    }
  }
}

/** The smallest key after `key`. */
function successor(key: Uint8Array): Uint8Array {
  const out = new Uint8Array(key.length + 1);
  out.set(key);
  return out;
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
export function treePathToLeaf(ndb: NodeDB, root: number, key: Uint8Array): { path: PathStep[]; leaf: number } {
  const a = ndb.arena;
  const path: PathStep[] = [];
  let s = root;
  while (a.height(s) > 0) {
    const step = { height: a.height(s), size: a.size(s), version: a.version(s) };
    if (a.compareKey(key, s) < 0) {
      path.push({ ...step, right: a.hashBytes(ndb.right(s)) });
      s = ndb.left(s);
    } else {
      path.push({ ...step, left: a.hashBytes(ndb.left(s)) });
      s = ndb.right(s);
    }
  }
  return { path, leaf: s };
}
