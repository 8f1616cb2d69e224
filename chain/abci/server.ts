/**
 * ABCI 2.0 socket server for CometBFT v0.38.
 *
 * - Framing: `uvarint(len) ‖ protobuf` both ways (./framing).
 * - Connections: CometBFT opens four (query, snapshot, mempool, consensus, in that order); any
 *   number is accepted. Each connection handles its requests strictly in arrival order and writes
 *   the responses in that order. Responses are written as soon as they are ready (batched with
 *   cork/uncork while more requests are queued); a Flush is answered only after every earlier
 *   response on the connection has been handed to the socket.
 * - Concurrency: by default (`concurrency: 'global'`) application calls from all connections are
 *   serialized through one lock, as CometBFT's own Go socket server and local client do, so a Query
 *   never observes a half-run FinalizeBlock/Commit. `'connection'` only serializes per connection.
 * - Errors: a malformed frame (bad varint, oversize, bad protobuf, empty/unknown/multiple oneof) or a
 *   throwing application handler is logged and answered with ResponseException after the earlier
 *   responses; then that connection is closed. Queued requests behind it are dropped. Nothing
 *   crashes the process and other connections are unaffected.
 */
import * as fs from 'node:fs';
import * as net from 'node:net';
import pino, { type Logger } from 'pino';
import type { RequestCheckTx } from 'cosmjs-types/tendermint/abci/types';
import type { AbciApplication } from './application';
import { formatAbciAddress, parseAbciAddress, type AbciAddress } from './address';
import { DEFAULT_MAX_MESSAGE_BYTES, FrameDecoder } from './framing';
import {
  decodeRequest,
  encodeExceptionFrame,
  encodeResponseFrame,
  type AbciRequest,
  type AbciRequestType,
} from './messages';

/** Call recorder hook: connection id (0, 1, … in accept order) and the request type. */
export type AbciRequestHook = (connId: number, type: AbciRequestType) => void;

export interface AbciServerOptions {
  /** pino logger; default `pino({ name: 'abci' })`. */
  logger?: Logger;
  /** Largest accepted request body in bytes; default 128 MiB (`DEFAULT_MAX_MESSAGE_BYTES`). */
  maxMessageBytes?: number;
  /** `'global'` (default): one app call at a time across all connections. `'connection'`: per connection. */
  concurrency?: 'global' | 'connection';
  /**
   * Called just before each request is handled (in handling order, Echo and Flush included), e.g. to
   * record the ABCI call sequence in tests. Exceptions it throws are logged and ignored.
   */
  onRequest?: AbciRequestHook;
  /** Per connection: stop reading from the socket while this many requests wait; default 1024. */
  maxQueuedRequests?: number;
  /**
   * How long an ended connection (after close(), a protocol error or an exception) may stay open
   * waiting for in-flight handlers and the peer's FIN before it is destroyed; default 5000 ms.
   */
  closeTimeoutMs?: number;
}

/**
 * Serializes async sections, in arrival order except that a waiting urgent section goes before
 * waiting ordinary ones. The server marks every request but CheckTx urgent: under a CheckTx flood
 * (thousands of rechecks after a block, or more broadcasts than the node can check), the block's
 * PrepareProposal, FinalizeBlock and Commit must not wait behind the mempool's queue, or blocks
 * stretch, grow and take longer still. Reordering across connections is safe: CometBFT orders
 * what must be ordered itself (it flushes the mempool connection before Commit), and within a
 * connection requests still run one at a time, in order.
 */
class PriorityMutex {
  private busy = false;
  private readonly urgent: Array<() => void> = [];
  private readonly ordinary: Array<() => void> = [];

  async run<T>(fn: () => Promise<T>, urgent: boolean): Promise<T> {
    if (this.busy) await new Promise<void>((resolve) => (urgent ? this.urgent : this.ordinary).push(resolve));
    this.busy = true;
    try {
      return await fn();
    } finally {
      const next = this.urgent.shift() ?? this.ordinary.shift();
      if (next) next();
      else this.busy = false;
    }
  }
}

/**
 * A connection's loop hands the event loop back after this long: each request is answered through
 * promises (microtasks), which run before any socket is read again, so without a pause a long CheckTx
 * queue would keep the consensus connection's next request unread until the queue was empty (in
 * bench:bank at 2,500 tx/s, PrepareProposal waited 513 ms per block behind it and blocks grew to
 * 2,700 txs). 10 ms leaves CometBFT's usual CheckTx batches (20 ms of broadcasts) uninterrupted; a
 * 1 ms slice cost more CPU and latency at 2,000 tx/s than it saved.
 */
const YIELD_AFTER_MS = 10;
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

type QueueItem = { kind: 'request'; req: AbciRequest } | { kind: 'fatal'; code: string; message: string };

function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}

class Connection {
  private readonly decoder: FrameDecoder;
  private readonly queue: QueueItem[] = [];
  private running = false;
  /** No more requests will be accepted (fatal error, server closing, or peer gone). */
  private stopped = false;
  private inputEnded = false;
  private closed = false;
  private corked = false;
  private paused = false;
  private destroyTimer: NodeJS.Timeout | null = null;
  readonly closedPromise: Promise<void>;

  constructor(
    readonly id: number,
    private readonly socket: net.Socket,
    private readonly server: AbciServer,
    private readonly log: Logger,
  ) {
    this.decoder = new FrameDecoder(server.maxMessageBytes);
    this.closedPromise = new Promise((resolve) => socket.once('close', () => resolve()));
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('end', () => {
      this.inputEnded = true;
      this.maybeEnd();
    });
    socket.on('error', (err) => {
      this.log.debug({ connId: id, err: errorMessage(err) }, 'ABCI connection error');
    });
    socket.on('close', () => {
      this.closed = true;
      this.stopped = true;
      this.queue.length = 0;
      if (this.destroyTimer) clearTimeout(this.destroyTimer);
      this.log.info({ connId: id }, 'ABCI connection closed');
    });
  }

  private onData(chunk: Buffer): void {
    if (this.stopped) return; // discard input after a fatal error / during shutdown
    const { frames, error } = this.decoder.push(chunk);
    for (const frame of frames) {
      let req: AbciRequest;
      try {
        req = decodeRequest(frame);
      } catch (err) {
        const code = (err as { code?: string }).code ?? 'BAD_PROTOBUF';
        this.fatal(code, errorMessage(err));
        return;
      }
      if (req.type === 'checkTx') this.server.prefetch(req.value);
      this.queue.push({ kind: 'request', req });
    }
    if (error) {
      this.fatal(error.code, error.message);
      return;
    }
    if (!this.paused && this.queue.length >= this.server.maxQueuedRequests) {
      this.paused = true;
      this.socket.pause();
    }
    this.kick();
  }

  /** Queues a ResponseException after the earlier responses, then the connection closes. */
  private fatal(code: string, message: string): void {
    this.stopped = true;
    this.log.error({ connId: this.id, code, reason: message }, 'malformed ABCI message; closing the connection');
    this.queue.push({ kind: 'fatal', code, message });
    this.kick();
  }

  private kick(): void {
    if (!this.running) {
      this.running = true;
      void this.pump();
    }
  }

  private async pump(): Promise<void> {
    try {
      let sliceStart = performance.now();
      while (this.queue.length > 0 && !this.closed) {
        if (performance.now() - sliceStart >= YIELD_AFTER_MS) {
          this.uncork(); // the answers so far go out now, not when the queue is empty
          await yieldToEventLoop();
          sliceStart = performance.now();
          if (this.closed) break;
        }
        const item = this.queue.shift() as QueueItem;
        if (this.paused && !this.stopped && this.queue.length <= this.server.maxQueuedRequests / 2) {
          this.paused = false;
          this.socket.resume();
        }
        if (item.kind === 'fatal') {
          await this.write(encodeExceptionFrame(`${item.code}: ${item.message}`), true);
          this.endSocket();
          return;
        }
        const { req } = item;
        let frame: Buffer;
        try {
          frame = await this.handle(req);
        } catch (err) {
          const message = errorMessage(err);
          this.log.error(
            { connId: this.id, type: req.type, err },
            'ABCI application handler failed; answering ResponseException and closing the connection',
          );
          this.stopped = true;
          this.queue.length = 0;
          await this.write(encodeExceptionFrame(message || `${req.type} failed`), true);
          this.endSocket();
          return;
        }
        // Flush: every earlier response was written before this one, so just push it out now.
        await this.write(frame, req.type === 'flush' || this.queue.length === 0);
      }
    } catch (err) {
      // Only socket write failures get here; the socket is gone, nothing to answer.
      this.log.warn({ connId: this.id, err: errorMessage(err) }, 'ABCI connection write failed');
      this.socket.destroy();
    } finally {
      this.running = false;
      this.uncork();
    }
    this.maybeEnd();
  }

  private async handle(req: AbciRequest): Promise<Buffer> {
    switch (req.type) {
      case 'echo':
        this.server.notifyRequest(this.id, req.type);
        return encodeResponseFrame({ echo: { message: req.value.message } });
      case 'flush':
        this.server.notifyRequest(this.id, req.type);
        return encodeResponseFrame({ flush: {} });
      default: {
        const app = this.server.app;
        const type = req.type;
        const res: unknown = await this.server.callApp(() => {
          this.server.notifyRequest(this.id, type);
          // Each request type maps to the application method of the same name.
          const method = app[type] as ((r: unknown) => Promise<unknown>) | undefined;
          if (typeof method !== 'function') throw new Error(`the application does not implement ${type}`);
          return method.call(app, req.value);
        }, type !== 'checkTx');
        if (res === null || typeof res !== 'object') {
          throw new Error(`application returned no response for ${type}`);
        }
        try {
          return encodeResponseFrame({ [type]: res });
        } catch (err) {
          throw new Error(`cannot encode the application's ${type} response: ${errorMessage(err)}`);
        }
      }
    }
  }

  private write(frame: Buffer, flush: boolean): Promise<void> {
    if (this.closed || this.socket.destroyed || !this.socket.writable) return Promise.resolve();
    if (!flush && !this.corked) {
      this.corked = true;
      this.socket.cork();
    }
    const ok = this.socket.write(frame);
    if (flush) this.uncork();
    if (ok) return Promise.resolve();
    this.uncork();
    return new Promise((resolve) => {
      const done = (): void => {
        this.socket.off('drain', done);
        this.socket.off('close', done);
        resolve();
      };
      this.socket.on('drain', done);
      this.socket.on('close', done);
    });
  }

  private uncork(): void {
    if (this.corked) {
      this.corked = false;
      this.socket.uncork();
    }
  }

  /** After the peer finished sending and every answer is written, finish our side too. */
  private maybeEnd(): void {
    if (this.inputEnded && !this.running && this.queue.length === 0) this.endSocket();
  }

  private endSocket(): void {
    this.stopped = true;
    this.uncork();
    if (!this.socket.destroyed) this.socket.end();
    this.destroyLater(this.server.closeTimeoutMs);
  }

  /** A peer that never closes its side must not keep a half-open socket forever. */
  private destroyLater(timeoutMs: number): void {
    if (this.closed || this.destroyTimer) return;
    this.destroyTimer = setTimeout(() => {
      this.log.warn({ connId: this.id }, 'ABCI connection did not close in time; destroying it');
      this.socket.destroy();
    }, timeoutMs);
    this.destroyTimer.unref();
  }

  /** Graceful shutdown: drop queued requests, let an in-flight handler finish, then end the socket. */
  shutdown(timeoutMs: number): void {
    this.stopped = true;
    this.queue.length = 0;
    if (this.paused) {
      this.paused = false;
      this.socket.resume(); // keep reading (and discarding) so the peer's FIN is seen
    }
    this.destroyLater(timeoutMs);
    if (!this.running) this.endSocket();
    else void this.waitIdleThenEnd();
  }

  private async waitIdleThenEnd(): Promise<void> {
    while (this.running && !this.closed) await new Promise((r) => setTimeout(r, 5));
    this.endSocket();
  }
}

/**
 * ABCI socket server. Usage:
 * ```ts
 * const server = new AbciServer(app, { logger });
 * const addr = await server.listen('tcp://127.0.0.1:26658');
 * ...
 * await server.close();
 * ```
 */
export class AbciServer {
  readonly maxMessageBytes: number;
  readonly maxQueuedRequests: number;
  private readonly log: Logger;
  private readonly mutex: PriorityMutex | null;
  readonly closeTimeoutMs: number;
  private readonly onRequest?: AbciRequestHook;
  private readonly server: net.Server;
  private readonly connections = new Map<number, Connection>();
  private nextConnId = 0;
  private bound: AbciAddress | null = null;
  private closing: Promise<void> | null = null;

  constructor(
    readonly app: AbciApplication,
    options: AbciServerOptions = {},
  ) {
    this.log = options.logger ?? pino({ name: 'abci' });
    this.maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
    if (!Number.isSafeInteger(this.maxMessageBytes) || this.maxMessageBytes < 1) {
      throw new RangeError(`maxMessageBytes must be a positive integer, got ${options.maxMessageBytes}`);
    }
    this.maxQueuedRequests = options.maxQueuedRequests ?? 1024;
    this.closeTimeoutMs = options.closeTimeoutMs ?? 5000;
    this.mutex = (options.concurrency ?? 'global') === 'global' ? new PriorityMutex() : null;
    this.onRequest = options.onRequest;
    this.server = net.createServer({ allowHalfOpen: true }, (socket) => this.accept(socket));
    this.server.on('error', (err) => this.log.error({ err: errorMessage(err) }, 'ABCI server error'));
  }

  /** Hands a CheckTx request to the app's optional prefetch hook; a throwing hook is logged and ignored. */
  prefetch(req: RequestCheckTx): void {
    if (!this.app.prefetchCheckTx) return;
    try {
      this.app.prefetchCheckTx(req);
    } catch (err) {
      this.log.warn({ err: errorMessage(err) }, 'prefetchCheckTx threw; ignored');
    }
  }

  /** The address actually bound (with the real port when listening on port 0), once listening. */
  get address(): string | undefined {
    return this.bound ? formatAbciAddress(this.bound) : undefined;
  }

  /** Number of open connections. */
  get connectionCount(): number {
    return this.connections.size;
  }

  /** Starts listening on `tcp://host:port`, `host:port` or `unix:///path`; resolves with the bound address. */
  async listen(address: string): Promise<string> {
    if (this.bound || this.closing) throw new Error('ABCI server is already listening or closed');
    const parsed = parseAbciAddress(address);
    if (parsed.kind === 'unix') {
      try {
        await this.listenOn({ path: parsed.path });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE' || !(await isStaleUnixSocket(parsed.path))) throw err;
        this.log.warn({ path: parsed.path }, 'removing stale ABCI unix socket file');
        fs.unlinkSync(parsed.path);
        await this.listenOn({ path: parsed.path });
      }
      this.bound = parsed;
    } else {
      await this.listenOn({ host: parsed.host, port: parsed.port });
      const info = this.server.address() as net.AddressInfo;
      this.bound = { kind: 'tcp', host: info.address, port: info.port };
    }
    this.log.info({ address: this.address }, 'ABCI server listening');
    return this.address as string;
  }

  private listenOn(opts: net.ListenOptions): Promise<void> {
    return new Promise((resolve, reject) => {
      const onError = (err: Error): void => {
        this.server.off('listening', onListening);
        reject(err);
      };
      const onListening = (): void => {
        this.server.off('error', onError);
        resolve();
      };
      this.server.once('error', onError);
      this.server.once('listening', onListening);
      this.server.listen(opts);
    });
  }

  private accept(socket: net.Socket): void {
    if (this.closing) {
      socket.destroy();
      return;
    }
    const id = this.nextConnId++;
    const conn = new Connection(id, socket, this, this.log);
    this.connections.set(id, conn);
    socket.once('close', () => this.connections.delete(id));
    this.log.info({ connId: id, remote: socket.remoteAddress ?? 'unix' }, 'ABCI connection opened');
  }

  /** @internal */
  notifyRequest(connId: number, type: AbciRequestType): void {
    this.log.debug({ connId, type }, 'ABCI request');
    if (!this.onRequest) return;
    try {
      this.onRequest(connId, type);
    } catch (err) {
      this.log.warn({ err: errorMessage(err) }, 'onRequest hook threw; ignored');
    }
  }

  /** @internal Runs an application call; with the global mutex, `urgent` calls go before waiting ordinary ones. */
  callApp<T>(fn: () => Promise<T>, urgent = true): Promise<T> {
    return this.mutex ? this.mutex.run(fn, urgent) : fn();
  }

  /**
   * Stops accepting connections, drops queued requests, lets in-flight handlers finish, ends every
   * connection (destroying those still open after `closeTimeoutMs`), and resolves when all are closed.
   */
  close(): Promise<void> {
    if (this.closing) return this.closing;
    this.closing = (async () => {
      const listening = this.server.listening;
      const serverClosed = new Promise<void>((resolve) => {
        if (!listening) return resolve();
        this.server.close(() => resolve());
      });
      const conns = [...this.connections.values()];
      for (const c of conns) c.shutdown(this.closeTimeoutMs);
      await Promise.all(conns.map((c) => c.closedPromise));
      await serverClosed;
      this.log.info({ address: this.address }, 'ABCI server closed');
    })();
    return this.closing;
  }
}

/** A unix socket file nobody listens on (left by a crashed process) can be removed safely. */
function isStaleUnixSocket(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    let st: fs.Stats;
    try {
      st = fs.statSync(path);
    } catch {
      return resolve(false);
    }
    if (!st.isSocket()) return resolve(false);
    const probe = net.connect({ path });
    probe.once('connect', () => {
      probe.destroy();
      resolve(false);
    });
    probe.once('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'ECONNREFUSED'));
  });
}
