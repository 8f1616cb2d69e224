/**
 * ABCI call recorder, for tests and debugging: with `SETTLE_ABCI_TRACE` set, `settled start` appends
 * one JSON line per ABCI call to a file — `{"conn":3,"type":"finalizeBlock","height":7}` — after a
 * `{"event":"start","pid":…}` line at each start. Value `1` (or `true`) writes
 * `<home>/abci-trace.jsonl`; any other value is the file's path. Writes are synchronous so that a
 * SIGKILLed process loses nothing it recorded. Echo and Flush (answered by the server) are left out.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ABCI_APPLICATION_METHODS, bindAbciApplication, type AbciApplication, type AbciRequestHook } from '../abci';

export const TRACE_ENV = 'SETTLE_ABCI_TRACE';

export function traceFileFromEnv(home: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const v = env[TRACE_ENV];
  if (!v || v === '0' || v === 'false') return undefined;
  if (v === '1' || v === 'true') return path.join(home, 'abci-trace.jsonl');
  return path.resolve(v);
}

export class AbciTrace {
  private fd: number | null;
  /** Connection of the request being dispatched (set by the server's onRequest hook just before the call). */
  private conn = -1;

  constructor(readonly file: string) {
    this.fd = fs.openSync(file, 'a');
    this.write({ event: 'start', pid: process.pid });
  }

  private write(obj: Record<string, unknown>): void {
    if (this.fd === null) return;
    fs.writeSync(this.fd, `${JSON.stringify(obj)}\n`);
  }

  /** For AbciServerOptions.onRequest: remembers the connection id of the call about to run. */
  readonly onRequest: AbciRequestHook = (connId) => {
    this.conn = connId;
  };

  wrap(app: AbciApplication): AbciApplication {
    const out = bindAbciApplication(app);
    for (const name of ABCI_APPLICATION_METHODS) {
      const method = (app[name] as (r: unknown) => Promise<unknown>).bind(app);
      out[name] = (req: unknown) => {
        const height = (req as { height?: unknown } | undefined)?.height;
        const rec: Record<string, unknown> = { conn: this.conn, type: name };
        if (typeof height === 'bigint') rec.height = Number(height);
        this.write(rec);
        return method(req);
      };
    }
    return out as unknown as AbciApplication;
  }

  close(): void {
    if (this.fd !== null) {
      fs.closeSync(this.fd);
      this.fd = null;
    }
  }
}
