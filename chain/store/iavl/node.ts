import { pushUvarint, pushVarint, readUvarint, readVarint } from '../encoding';
import { StoreError } from '../errors';
import { sha256 } from '../hash';

/**
 * A node of the IAVL+ tree, laid out as in cosmos/iavl v1.
 *
 * Leaves hold a key and value. Inner nodes hold the smallest key of their right subtree and two
 * children. A node is identified once saved by its node key (version, nonce); before that it is
 * "unsaved" (version 0) and belongs to the working tree. Saved nodes are immutable: the tree
 * changes by cloning (copy-on-write), so any saved version stays readable.
 */
export class Node {
  /** Hash, set once computed; a node with a hash is never mutated again. */
  hash: Buffer | undefined = undefined;
  /** Node key of a saved node; 0/0 while unsaved. */
  version = 0;
  nonce = 0;
  /** Child node keys (inner nodes, saved). */
  leftVersion = 0;
  leftNonce = 0;
  rightVersion = 0;
  rightNonce = 0;
  /** In-memory children: always set on unsaved inner nodes; dropped from saved ones (the cache holds them). */
  left: Node | undefined = undefined;
  right: Node | undefined = undefined;

  constructor(
    public key: Uint8Array,
    public value: Uint8Array | undefined,
    public height: number,
    public size: number,
  ) {}

  static leaf(key: Uint8Array, value: Uint8Array): Node {
    return new Node(key, value, 0, 1);
  }

  isLeaf(): boolean {
    return this.height === 0;
  }

  isSaved(): boolean {
    return this.version !== 0;
  }

  /** A new unsaved inner node with the same key, children and shape. */
  cloneInner(left: Node, right: Node): Node {
    const n = new Node(this.key, undefined, this.height, this.size);
    n.left = left;
    n.right = right;
    return n;
  }

  /**
   * Computes this node's hash given its children's hashes, with `version` the version the node
   * is (or will be) saved at: sha256(varint height ‖ varint size ‖ varint version ‖ leaf: bytes key ‖
   * bytes sha256(value) | inner: bytes leftHash ‖ bytes rightHash), varints zig-zag, bytes
   * uvarint-length-prefixed.
   */
  computeHash(version: number, leftHash?: Uint8Array, rightHash?: Uint8Array): Buffer {
    const head: number[] = [];
    pushVarint(head, this.height);
    pushVarint(head, this.size);
    pushVarint(head, version);
    let buf: Buffer;
    if (this.value !== undefined) {
      pushUvarint(head, this.key.length);
      const valueHash = sha256(this.value);
      buf = Buffer.allocUnsafe(head.length + this.key.length + 33);
      let o = 0;
      for (const b of head) buf[o++] = b;
      buf.set(this.key, o);
      o += this.key.length;
      buf[o++] = 32;
      buf.set(valueHash, o);
    } else {
      if (!leftHash || !rightHash) throw new Error('inner node hash needs both child hashes');
      buf = Buffer.allocUnsafe(head.length + 66);
      let o = 0;
      for (const b of head) buf[o++] = b;
      buf[o++] = 32;
      buf.set(leftHash, o);
      o += 32;
      buf[o++] = 32;
      buf.set(rightHash, o);
    }
    return sha256(buf);
  }

  /** Serializes a saved node for the database (our own layout; only hashes must match iavl). */
  encode(): Buffer {
    if (!this.hash) throw new Error('cannot encode an unhashed node');
    const head: number[] = [];
    pushVarint(head, this.height);
    pushUvarint(head, this.size);
    pushUvarint(head, this.key.length);
    const tail: number[] = [];
    if (this.value !== undefined) {
      pushUvarint(tail, this.value.length);
      const buf = Buffer.allocUnsafe(head.length + this.key.length + tail.length + this.value.length + 32);
      let o = writeNumbers(buf, 0, head);
      buf.set(this.key, o);
      o = writeNumbers(buf, o + this.key.length, tail);
      buf.set(this.value, o);
      buf.set(this.hash, o + this.value.length);
      return buf;
    }
    pushUvarint(tail, this.leftVersion);
    pushUvarint(tail, this.leftNonce);
    pushUvarint(tail, this.rightVersion);
    pushUvarint(tail, this.rightNonce);
    const buf = Buffer.allocUnsafe(head.length + this.key.length + 32 + tail.length);
    let o = writeNumbers(buf, 0, head);
    buf.set(this.key, o);
    o += this.key.length;
    buf.set(this.hash, o);
    writeNumbers(buf, o + 32, tail);
    return buf;
  }

  static decode(version: number, nonce: number, buf: Uint8Array): Node {
    try {
      let o = 0;
      let height: number, size: number, keyLen: number;
      [height, o] = readVarint(buf, o);
      [size, o] = readUvarint(buf, o);
      [keyLen, o] = readUvarint(buf, o);
      const key = buf.subarray(o, o + keyLen);
      o += keyLen;
      let node: Node;
      if (height === 0) {
        let valueLen: number;
        [valueLen, o] = readUvarint(buf, o);
        node = new Node(key, buf.subarray(o, o + valueLen), 0, size);
        o += valueLen;
        node.hash = Buffer.from(buf.subarray(o, o + 32));
        o += 32;
      } else {
        node = new Node(key, undefined, height, size);
        node.hash = Buffer.from(buf.subarray(o, o + 32));
        o += 32;
        [node.leftVersion, o] = readUvarint(buf, o);
        [node.leftNonce, o] = readUvarint(buf, o);
        [node.rightVersion, o] = readUvarint(buf, o);
        [node.rightNonce, o] = readUvarint(buf, o);
      }
      if (o !== buf.length || key.length !== keyLen || node.hash.length !== 32 || height < 0 || size < 1) {
        throw new Error('length mismatch');
      }
      node.version = version;
      node.nonce = nonce;
      return node;
    } catch (err) {
      throw new StoreError('CORRUPT_DATABASE', `tree node ${version}/${nonce} cannot be decoded: ${(err as Error).message}`);
    }
  }
}

function writeNumbers(buf: Buffer, offset: number, bytes: number[]): number {
  for (const b of bytes) buf[offset++] = b;
  return offset;
}

export function nodeId(version: number, nonce: number): string {
  return version + ':' + nonce;
}
