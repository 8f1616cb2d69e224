import { encodeNode, maxEncodedSize } from './node';
import type { NodeArena } from './node-arena';
import { NumberStack } from './number-stack';
import type { PageWriter } from './page-writer';

/**
 * The encodings of a version's new nodes, made while they are hashed (post-order, when each node's
 * record and bytes are in the CPU cache) and written out later in nonce order.
 */
export class EncodedNodes {
  private buf: Buffer = Buffer.allocUnsafeSlow(1 << 20);
  private used = 0;
  /** Indexed by nonce. */
  private start: Int32Array = new Int32Array(1024);
  private length: Int32Array = new Int32Array(1024);
  /** The encoded slots, children before parents. */
  readonly slots = new NumberStack();
  count = 0;

  reset(): void {
    this.used = 0;
    this.count = 0;
    this.slots.clear();
  }

  /** Encodes node `s` (hashed, child keys set) as the node with nonce `nonce`. */
  add(a: NodeArena, s: number, nonce: number): void {
    const need = this.used + maxEncodedSize(a, s);
    if (need > this.buf.length) {
      const next = Buffer.allocUnsafeSlow(Math.max(need, this.buf.length * 2));
      next.set(this.buf.subarray(0, this.used));
      this.buf = next;
    }
    if (nonce >= this.start.length) {
      const size = Math.max(nonce + 1, this.start.length * 2);
      this.start = grow(this.start, size);
      this.length = grow(this.length, size);
    }
    const end = encodeNode(a, s, this.buf, this.used);
    this.start[nonce] = this.used;
    this.length[nonce] = end - this.used;
    this.used = end;
    this.slots.push(s);
    this.count++;
  }

  /** Hands the encodings to `pages` in nonce order (nonces are 1…count). */
  writeTo(pages: PageWriter): void {
    for (let n = 1; n <= this.count; n++) pages.addEncoded(this.buf, this.start[n], this.length[n]);
    pages.finish();
  }
}

function grow(arr: Int32Array, size: number): Int32Array {
  const next = new Int32Array(size);
  next.set(arr);
  return next;
}
