import { readUvarint, readVarint } from '../encoding';
import { StoreError } from '../errors';
import { sha256Latin1 } from '../hash';

/**
 * A node of the IAVL+ tree, laid out as in cosmos/iavl v1.
 *
 * Leaves hold a key and value. Inner nodes hold the smallest key of their right subtree and two
 * children. A node is identified once saved by its node key (version, nonce); before that it is
 * "unsaved" (version 0) and belongs to the working tree. Saved nodes are immutable: the tree
 * changes by cloning (copy-on-write), so any saved version stays readable.
 */
export class Node {
  /** Hash as a 32-char latin1 string (see sha256Latin1), set once computed; a hashed node is never mutated again. */
  hash: string | undefined = undefined;
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
  computeHash(version: number, leftHash?: string, rightHash?: string): string {
    const leaf = this.value !== undefined;
    const need = 40 + (leaf ? this.key.length + 33 : 66);
    const buf = need <= scratch.length ? scratch : Buffer.allocUnsafe(need);
    let o = writeVarint(buf, 0, this.height);
    o = writeVarint(buf, o, this.size);
    o = writeVarint(buf, o, version);
    if (leaf) {
      o = writeUvarint(buf, o, this.key.length);
      buf.set(this.key, o);
      o += this.key.length;
      buf[o++] = 32;
      o += buf.write(sha256Latin1(this.value!), o, 32, 'latin1');
    } else {
      if (!leftHash || !rightHash) throw new Error('inner node hash needs both child hashes');
      buf[o++] = 32;
      o += buf.write(leftHash, o, 32, 'latin1');
      buf[o++] = 32;
      o += buf.write(rightHash, o, 32, 'latin1');
    }
    return sha256Latin1(buf.subarray(0, o));
  }

  /** Bytes `encodeInto` writes. */
  encodedSize(): number {
    return (
      varintLength(this.height * 2) + varintLength(this.size) + varintLength(this.key.length) + this.key.length + 32 +
      (this.value !== undefined
        ? varintLength(this.value.length) + this.value.length
        : varintLength(this.leftVersion) + varintLength(this.leftNonce) + varintLength(this.rightVersion) + varintLength(this.rightNonce))
    );
  }

  /** Serializes a saved node into `buf` at `o` (our own layout; only hashes must match iavl); returns the end offset. */
  encodeInto(buf: Buffer, o: number): number {
    if (!this.hash) throw new Error('cannot encode an unhashed node');
    o = writeVarint(buf, o, this.height);
    o = writeUvarint(buf, o, this.size);
    o = writeUvarint(buf, o, this.key.length);
    buf.set(this.key, o);
    o += this.key.length;
    if (this.value !== undefined) {
      o = writeUvarint(buf, o, this.value.length);
      buf.set(this.value, o);
      o += this.value.length;
      return o + buf.write(this.hash, o, 32, 'latin1');
    }
    o += buf.write(this.hash, o, 32, 'latin1');
    o = writeUvarint(buf, o, this.leftVersion);
    o = writeUvarint(buf, o, this.leftNonce);
    o = writeUvarint(buf, o, this.rightVersion);
    return writeUvarint(buf, o, this.rightNonce);
  }

  /** The hash as bytes (for proofs and commit info). */
  hashBytes(): Buffer {
    if (!this.hash) throw new Error('node is not hashed');
    return Buffer.from(this.hash, 'latin1');
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
        node.hash = latin1Of(buf, o);
        o += 32;
      } else {
        node = new Node(key, undefined, height, size);
        node.hash = latin1Of(buf, o);
        o += 32;
        [node.leftVersion, o] = readUvarint(buf, o);
        [node.leftNonce, o] = readUvarint(buf, o);
        [node.rightVersion, o] = readUvarint(buf, o);
        [node.rightNonce, o] = readUvarint(buf, o);
      }
      if (o !== buf.length || key.length !== keyLen || height < 0 || size < 1) {
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

const scratch = Buffer.alloc(4096);

export function varintLength(v: number): number {
  let n = 1;
  while (v >= 0x80) {
    v = Math.floor(v / 0x80);
    n++;
  }
  return n;
}

function latin1Of(buf: Uint8Array, offset: number): string {
  if (offset + 32 > buf.length) throw new Error('truncated hash');
  return Buffer.from(buf.buffer, buf.byteOffset + offset, 32).toString('latin1');
}

export function writeUvarint(buf: Buffer, o: number, v: number): number {
  while (v >= 0x80) {
    buf[o++] = (v % 0x80) | 0x80;
    v = Math.floor(v / 0x80);
  }
  buf[o++] = v;
  return o;
}

function writeVarint(buf: Buffer, o: number, v: number): number {
  return writeUvarint(buf, o, v >= 0 ? v * 2 : -v * 2 - 1);
}

export function nodeRef(tag: string, version: number, nonce: number): string {
  return tag + version + ':' + nonce;
}
