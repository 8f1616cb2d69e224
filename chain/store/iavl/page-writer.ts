import { writeUvarint } from '../../encoding';

/** Nodes per page: a version's new nodes, in nonce (pre-order) order, are stored PAGE_NODES to a record. */
export const PAGE_NODES = 32;

/** Page output is cut from chunks of this size (LevelDB copies what a batch is given). */
const OUT_CHUNK = 1 << 20;

/**
 * Groups a version's encoded nodes, handed over in nonce order, into pages of PAGE_NODES:
 * `uvarint count ‖ count × uvarint length ‖ nodes`. A page's nodes are gathered in a scratch body;
 * header and body then go to a larger output chunk.
 */
export class PageWriter {
  private body: Buffer = Buffer.allocUnsafeSlow(64 * 1024);
  private bodyUsed = 0;
  private readonly lengths = new Int32Array(PAGE_NODES);
  private inPage = 0;
  private page = 0;
  private chunk: Buffer = Buffer.allocUnsafeSlow(OUT_CHUNK);
  private chunkUsed = 0;

  constructor(
    /** Receives each page: its number, its bytes and its node count. */
    private readonly put: (page: number, bytes: Buffer, count: number) => void,
  ) {}

  /** The next node's encoding: `len` bytes of `src` from `start`. */
  addEncoded(src: Uint8Array, start: number, len: number): void {
    const need = this.bodyUsed + len;
    if (need > this.body.length) {
      const next = Buffer.allocUnsafeSlow(Math.max(need, this.body.length * 2));
      next.set(this.body.subarray(0, this.bodyUsed));
      this.body = next;
    }
    const body = this.body;
    const o = this.bodyUsed;
    if (len <= 256) {
      for (let i = 0; i < len; i++) body[o + i] = src[start + i];
    } else {
      body.set(src.subarray(start, start + len), o);
    }
    this.lengths[this.inPage++] = len;
    this.bodyUsed = o + len;
    if (this.inPage === PAGE_NODES) this.flush();
  }

  /** Writes the last, partial page. */
  finish(): void {
    if (this.inPage > 0) this.flush();
  }

  private flush(): void {
    const n = this.inPage;
    const max = 1 + n * 5 + this.bodyUsed;
    if (this.chunkUsed + max > this.chunk.length) {
      this.chunk = Buffer.allocUnsafeSlow(Math.max(OUT_CHUNK, max));
      this.chunkUsed = 0;
    }
    const begin = this.chunkUsed;
    let o = writeUvarint(this.chunk, begin, n);
    for (let i = 0; i < n; i++) o = writeUvarint(this.chunk, o, this.lengths[i]);
    this.chunk.set(this.body.subarray(0, this.bodyUsed), o);
    o += this.bodyUsed;
    this.chunkUsed = o;
    this.put(this.page++, this.chunk.subarray(begin, o), n);
    this.inPage = 0;
    this.bodyUsed = 0;
  }
}
