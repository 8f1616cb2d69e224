/**
 * Runs CometBFT as a child of settled and routes its log lines into settled's pino logger.
 *
 * - The child gets its own process group (`detached`), so a terminal's Ctrl-C reaches settled only;
 *   settled then stops CometBFT itself, in order (CometBFT first, then the ABCI server and the
 *   database). Were both signalled at once, CometBFT could exit before settled knew a shutdown was
 *   under way, which is indistinguishable from a crash.
 * - CometBFT logs JSON (config.toml `log_format = "json"`); each line is re-logged with
 *   `module: "cometbft"`, CometBFT's own module as `cmtModule`, its level mapped to pino's. Other
 *   lines (a Go panic's trace on stderr) are logged verbatim, stderr at error level.
 * - Restart policy: none. Any exit we did not ask for — including exit code 0, which is what
 *   CometBFT does after it loses an ABCI connection — is reported to `onUnexpectedExit`, and settled
 *   shuts down with a non-zero code. Restarting CometBFT inside a live settled would run a new
 *   handshake against an app that may hold a half-finished block; a process manager (systemd,
 *   Docker, Kubernetes) restarting the whole node is the safe and observable way to recover.
 * - The child's pid is written to `<home>/cometbft.pid`, so that a settled restarted after being
 *   SIGKILLed can wait for (or kill) a CometBFT left behind by its previous run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as readline from 'node:readline';
import type { Logger } from 'pino';
import { livePid, removeFile, waitForExit, writePid } from './home';

export interface SupervisorOptions {
  binary: string;
  home: string;
  logger: Logger;
  pidFile: string;
  /** Wait this long after SIGTERM before SIGKILL. */
  stopTimeoutMs: number;
  /** Called once if CometBFT exits without stop() having been called. */
  onUnexpectedExit: (info: ExitInfo) => void;
}

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The last lines CometBFT wrote (raw), for the error report. */
  lastLines: string[];
}

const KEEP_LINES = 30;
const RENAMED_FIELDS: Record<string, string> = { module: 'cmtModule', msg: 'detail', level: 'cmtLevel', time: 'cmtTime' };

/** Maps one CometBFT output line to a pino call. Exported for tests. */
export function routeCometLine(logger: Logger, line: string, stream: 'stdout' | 'stderr', stopping = false): void {
  if (line.trim() === '') return;
  let rec: Record<string, unknown> | undefined;
  if (line.startsWith('{')) {
    try {
      const parsed = JSON.parse(line) as unknown;
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) rec = parsed as Record<string, unknown>;
    } catch {
      rec = undefined;
    }
  }
  if (!rec) {
    if (stream === 'stderr') logger.error({ stream }, line);
    else logger.info({ stream }, line);
    return;
  }
  const { _msg, level, ts: _ts, ...rest } = rec;
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rest)) fields[RENAMED_FIELDS[k] ?? k] = v;
  const msg = typeof _msg === 'string' ? _msg : '';
  switch (level) {
    case 'debug':
      logger.debug(fields, msg);
      break;
    case 'warn':
      logger.warn(fields, msg);
      break;
    case 'error':
      if (stopping) logger.warn(fields, msg);
      else logger.error(fields, msg);
      break;
    default:
      logger.info(fields, msg);
  }
}

export class CometbftSupervisor {
  private child: ChildProcess | null = null;
  private stopping = false;
  private readonly lastLines: string[] = [];
  private readonly log: Logger;
  private exitPromise: Promise<ExitInfo> | null = null;

  constructor(private readonly options: SupervisorOptions) {
    this.log = options.logger.child({ module: 'cometbft' });
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /**
   * A CometBFT left running by a previous settled of this home (one that was SIGKILLed) holds the
   * block store lock; it normally exits by itself once its ABCI connections drop. Wait for it a
   * little, then kill it.
   */
  static async reapLeftover(pidFile: string, home: string, logger: Logger, timeoutMs: number): Promise<void> {
    const pid = livePid(pidFile, 'cometbft');
    if (pid === undefined) {
      removeFile(pidFile);
      return;
    }
    logger.warn({ pid, home }, 'a CometBFT from a previous run of this home is still running; waiting for it to exit');
    if (!(await waitForExit(pid, timeoutMs))) {
      logger.warn({ pid }, 'killing the leftover CometBFT');
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone meanwhile
      }
      await waitForExit(pid, 5_000);
    }
    removeFile(pidFile);
  }

  start(): void {
    if (this.child) throw new Error('CometBFT is already started');
    const { binary, home } = this.options;
    const child = spawn(binary, ['start', '--home', home], { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: cometbftEnvironment(process.env) });
    this.child = child;
    this.exitPromise = new Promise<ExitInfo>((resolve) => {
      let done = false;
      const finish = (code: number | null, signal: NodeJS.Signals | null): void => {
        if (done) return;
        done = true;
        removeFile(this.options.pidFile);
        const info: ExitInfo = { code, signal, lastLines: [...this.lastLines] };
        if (this.stopping) {
          this.log.info({ code, signal }, 'CometBFT stopped');
        } else {
          this.log.error({ code, signal, lastLines: info.lastLines.slice(-10) }, 'CometBFT exited unexpectedly');
          this.options.onUnexpectedExit(info);
        }
        resolve(info);
      };
      child.once('error', (err) => {
        this.lastLines.push(`spawn error: ${err.message}`);
        finish(null, null);
      });
      // 'close' (not 'exit'): fires after the last output line was read.
      child.once('close', (code, signal) => finish(code, signal));
    });
    if (child.pid !== undefined) writePid(this.options.pidFile, child.pid);
    const pipe = (stream: NodeJS.ReadableStream, name: 'stdout' | 'stderr'): void => {
      const rl = readline.createInterface({ input: stream, crlfDelay: Infinity });
      rl.on('line', (line) => {
        this.lastLines.push(line);
        if (this.lastLines.length > KEEP_LINES) this.lastLines.shift();
        // Once we asked CometBFT to stop, its shutdown complaints ("use of closed network connection")
        // are expected: logged as warnings, not errors.
        routeCometLine(this.log, line, name, this.stopping);
      });
    };
    if (child.stdout) pipe(child.stdout, 'stdout');
    if (child.stderr) pipe(child.stderr, 'stderr');
    this.log.info({ pid: child.pid, binary, home }, 'CometBFT started');
  }

  /** Resolves when the child has exited (immediately if it was never started). */
  async exited(): Promise<ExitInfo | undefined> {
    return this.exitPromise ?? undefined;
  }

  /** Asks CometBFT to stop (SIGTERM), kills it after the timeout, resolves once it has exited. */
  async stop(): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (!child || !this.exitPromise) return;
    if (child.exitCode === null && child.signalCode === null) {
      this.log.info({ pid: child.pid }, 'stopping CometBFT');
      child.kill('SIGTERM');
      const timer = setTimeout(() => {
        this.log.warn({ pid: child.pid, timeoutMs: this.options.stopTimeoutMs }, 'CometBFT did not stop in time; killing it');
        child.kill('SIGKILL');
      }, this.options.stopTimeoutMs);
      await this.exitPromise;
      clearTimeout(timer);
    } else {
      await this.exitPromise;
    }
  }
}

/**
 * The environment CometBFT runs with: settled's own, plus GOGC=400 unless the operator set GOGC.
 * Go's default (100) collects whenever the heap doubles; under load CometBFT allocates for every
 * RPC request, tx result and index row, and GOGC=400 took ~25 µs of its CPU off every committed
 * tx at 2,000 tx/s (docs/performance.md) for a few hundred MB more memory.
 */
export function cometbftEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return env.GOGC === undefined || env.GOGC === '' ? { ...env, GOGC: '400' } : env;
}
