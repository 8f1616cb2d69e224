/** Test helpers for the ABCI server: a raw socket client and a log capture. */
import * as net from 'node:net';
import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';
import { Request, Response } from 'cosmjs-types/tendermint/abci/types';
import { FrameDecoder, encodeRequestFrame, parseAbciAddress } from '../../../chain/abci';

/** A bare socket speaking the ABCI framing, for driving the server byte by byte. */
export class RawClient {
  readonly responses: Response[] = [];
  /** Resolves when the server ends or closes the connection. */
  readonly ended: Promise<void>;
  private readonly decoder = new FrameDecoder(1 << 30);
  private waiters: Array<() => void> = [];
  private isEnded = false;

  private constructor(readonly socket: net.Socket) {
    socket.on('data', (chunk: Buffer) => {
      const { frames, error } = this.decoder.push(chunk);
      if (error) throw error;
      for (const f of frames) this.responses.push(Response.decode(f));
      this.wake();
    });
    socket.on('error', () => undefined);
    this.ended = new Promise((resolve) => {
      const done = (): void => {
        this.isEnded = true;
        this.wake();
        resolve();
      };
      socket.once('end', done);
      socket.once('close', done);
    });
  }

  static connect(address: string): Promise<RawClient> {
    const a = parseAbciAddress(address);
    return new Promise((resolve, reject) => {
      const s = a.kind === 'unix' ? net.connect({ path: a.path }) : net.connect({ host: a.host, port: a.port });
      s.once('connect', () => resolve(new RawClient(s)));
      s.once('error', reject);
    });
  }

  write(bytes: Uint8Array): void {
    this.socket.write(bytes);
  }

  send(...requests: Request[]): void {
    this.write(Buffer.concat(requests.map((r) => encodeRequestFrame(r))));
  }

  /** Waits until at least `n` responses arrived (or the connection ended), returns them all. */
  async waitFor(n: number, timeoutMs = 5000): Promise<Response[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.responses.length < n && !this.isEnded) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${n} responses (got ${this.responses.length})`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
    return this.responses;
  }

  destroy(): void {
    this.socket.destroy();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }
}

/** A pino logger whose records are kept in memory. */
export function captureLogger(): { logger: Logger; records: Array<Record<string, unknown>> } {
  const records: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const line of chunk.toString('utf8').split('\n')) if (line) records.push(JSON.parse(line));
      cb();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), records };
}

/** The oneof member set on a Response (e.g. 'echo', 'exception'). */
export function kindOf(res: Response): string {
  const keys = Object.entries(res)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k);
  return keys.join(',');
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
