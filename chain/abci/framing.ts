/**
 * ABCI socket framing: every message is `uvarint(len(body)) ‖ body`, where body is a protobuf
 * `tendermint.abci.Request` (client → app) or `Response` (app → client). This is what CometBFT's
 * `abci/types.WriteMessage` produces (`libs/protoio.NewDelimitedWriter` → `binary.PutUvarint`).
 */
import { decodeUvarint, encodeUvarint, MAX_UVARINT_BYTES } from '../encoding';

/**
 * Default largest accepted request body: 128 MiB. CometBFT's largest possible block is 100 MiB
 * (`types.MaxBlockSizeBytes`), and a PrepareProposal/FinalizeBlock request carries a block's txs
 * plus commit info (and vote extensions), so the limit sits a little above that.
 */
export const DEFAULT_MAX_MESSAGE_BYTES = 128 * 1024 * 1024;

export type FramingErrorCode = 'BAD_VARINT' | 'FRAME_TOO_LARGE';

export class FramingError extends Error {
  constructor(readonly code: FramingErrorCode, message: string) {
    super(message);
    this.name = 'FramingError';
  }
}

/** Prefixes `body` with its uvarint length, in one buffer. */
export function encodeFrame(body: Uint8Array): Buffer {
  const header = encodeUvarint(body.length);
  const out = Buffer.allocUnsafe(header.length + body.length);
  out.set(header, 0);
  out.set(body, header.length);
  return out;
}

export interface FrameDecodeResult {
  /** Complete frame bodies, in arrival order (may be views into the pushed chunk). */
  frames: Uint8Array[];
  /** Set when the stream turned invalid after `frames`; the decoder accepts nothing more. */
  error?: FramingError;
}

/**
 * Incremental frame decoder for a byte stream that arrives in arbitrary chunks (a frame may be split
 * across chunks, a chunk may hold many frames). Bodies that are whole inside one chunk are returned
 * without copying; a split body is assembled into one buffer allocated once its length is known
 * (after the length has been checked against the limit), so large frames cost O(n).
 */
export class FrameDecoder {
  private header: number[] = [];
  private body: Buffer | null = null;
  private filled = 0;
  private failed: FramingError | null = null;

  constructor(readonly maxFrameBytes: number = DEFAULT_MAX_MESSAGE_BYTES) {
    if (!Number.isSafeInteger(maxFrameBytes) || maxFrameBytes < 0) {
      throw new RangeError(`maxFrameBytes must be a non-negative integer, got ${maxFrameBytes}`);
    }
  }

  /** Bytes held for a frame that is not complete yet. */
  get pendingBytes(): number {
    return this.header.length + this.filled;
  }

  push(chunk: Uint8Array): FrameDecodeResult {
    const frames: Uint8Array[] = [];
    if (this.failed) return { frames, error: this.failed };
    let pos = 0;
    while (pos < chunk.length) {
      if (this.body !== null) {
        const n = Math.min(this.body.length - this.filled, chunk.length - pos);
        this.body.set(chunk.subarray(pos, pos + n), this.filled);
        this.filled += n;
        pos += n;
        if (this.filled === this.body.length) {
          frames.push(this.body);
          this.body = null;
          this.filled = 0;
        }
        continue;
      }
      // Reading the length prefix, one byte at a time (at most 10).
      const b = chunk[pos++];
      this.header.push(b);
      if (b >= 0x80 && this.header.length < MAX_UVARINT_BYTES) continue;
      const r = decodeUvarint(this.header);
      if (r.kind !== 'ok') {
        return { frames, error: this.fail('BAD_VARINT', 'invalid length prefix: the uvarint overflows 64 bits') };
      }
      this.header = [];
      if (r.value > BigInt(this.maxFrameBytes)) {
        return {
          frames,
          error: this.fail(
            'FRAME_TOO_LARGE',
            `message of ${r.value} bytes exceeds the limit of ${this.maxFrameBytes} bytes (maxMessageBytes)`,
          ),
        };
      }
      const len = Number(r.value);
      if (chunk.length - pos >= len) {
        frames.push(chunk.subarray(pos, pos + len));
        pos += len;
      } else {
        this.body = Buffer.allocUnsafe(len);
        this.filled = 0;
      }
    }
    return { frames };
  }

  private fail(code: FramingErrorCode, message: string): FramingError {
    this.failed = new FramingError(code, message);
    this.header = [];
    this.body = null;
    this.filled = 0;
    return this.failed;
  }
}
