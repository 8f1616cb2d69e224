/**
 * Daemons: processes that run beside consensus inside `settled start` (the price feeder; later a
 * liquidation keeper, a bridge watcher). They are node-side, not part of the state machine: the wall
 * clock, the network and timers are allowed here, and nothing they do may change what the app
 * computes except through a tx or a vote extension.
 *
 * Every daemon has one shape, `Daemon`; the node runs its list with `DaemonRunner`: started in
 * order (a start that throws, rejects or hangs past the timeout fails the node's start-up with the
 * daemon's name), stopped in reverse order (a stop that throws or hangs is logged and the others
 * still stop). A daemon's failure never takes consensus down: every call the runner makes into a
 * daemon is caught and logged, and a daemon's own background work (timers, sockets) must catch its
 * errors too — report them through `health()` and the log, never throw out of a callback.
 */
import type { Logger } from 'pino';

export interface DaemonHealth {
  ok: boolean;
  /** One line for logs and operators, e.g. "last snapshot 800 ms old, 3 polls failed". */
  detail?: string;
}

export interface Daemon {
  /** Short, stable, unique among the node's daemons: used in logs (`daemon=<name>`) and metrics labels. */
  readonly name: string;
  /** Begins the work (timers, connections) and returns; background work must not throw out of its callbacks. */
  start(): Promise<void> | void;
  /** Ends the work and releases what start took; called once, also after a failed start of a later daemon. */
  stop(): Promise<void> | void;
  /** Cheap, synchronous: whether the daemon is doing its job right now. */
  health?(): DaemonHealth;
}

export interface DaemonStatus extends DaemonHealth {
  name: string;
}

export const DEFAULT_DAEMON_TIMEOUT_MS = 10_000;

/** Runs a node's daemons: start in order, stop in reverse order. Not a framework: a list and two loops. */
export class DaemonRunner {
  private started: Daemon[] = [];

  constructor(
    readonly daemons: readonly Daemon[],
    private readonly log: Logger,
    /** Bound on each start() and stop(). */
    private readonly timeoutMs = DEFAULT_DAEMON_TIMEOUT_MS,
  ) {
    const names = new Set<string>();
    for (const d of daemons) {
      if (names.has(d.name)) throw new Error(`two daemons are named "${d.name}"`);
      names.add(d.name);
    }
  }

  /**
   * Starts every daemon in list order. If one fails, the ones already started are stopped (reverse
   * order) and the error is thrown, naming the daemon, so the node's start-up stops.
   */
  async start(): Promise<void> {
    for (const d of this.daemons) {
      try {
        await withTimeout(() => d.start(), this.timeoutMs, `did not start within ${this.timeoutMs} ms`);
      } catch (err) {
        this.log.error({ daemon: d.name, err }, 'daemon failed to start');
        await this.stop();
        throw new Error(`daemon "${d.name}" failed to start: ${(err as Error)?.message ?? String(err)}`, { cause: err });
      }
      this.started.push(d);
      this.log.info({ daemon: d.name }, 'daemon started');
    }
  }

  /** Stops the started daemons in reverse order; never throws (a failing stop is logged, the rest still stop). Idempotent. */
  async stop(): Promise<void> {
    while (this.started.length > 0) {
      const d = this.started.pop()!;
      try {
        await withTimeout(() => d.stop(), this.timeoutMs, `did not stop within ${this.timeoutMs} ms`);
        this.log.info({ daemon: d.name }, 'daemon stopped');
      } catch (err) {
        this.log.error({ daemon: d.name, err }, 'daemon failed to stop cleanly');
      }
    }
  }

  /** Every daemon's health (a daemon without health() is ok while started; a throwing health() is not ok). */
  health(): DaemonStatus[] {
    return this.daemons.map((d) => {
      if (!this.started.includes(d)) return { name: d.name, ok: false, detail: 'not running' };
      try {
        return { name: d.name, ...(d.health?.() ?? { ok: true }) };
      } catch (err) {
        return { name: d.name, ok: false, detail: `health() threw: ${(err as Error)?.message ?? String(err)}` };
      }
    });
  }
}

/** Runs fn (sync or async); rejects with `message` if it has not settled within ms. */
async function withTimeout(fn: () => Promise<void> | void, ms: number, message: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      Promise.resolve().then(fn),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(message)), ms);
        timer.unref();
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
