/** What the reliability commands share: reading `--flag value` arguments, and the process lifecycle. */

/** Walks argv; `value()` and `int()` read the current flag's value. */
export class ArgCursor {
  private i = -1;
  private flag = '';

  constructor(private readonly argv: string[]) {}

  /** The next flag, or undefined at the end. */
  next(): string | undefined {
    this.flag = this.argv[++this.i];
    return this.flag;
  }

  value(): string {
    const x = this.argv[++this.i];
    if (x === undefined) throw new Error(`${this.flag} needs a value`);
    return x;
  }

  int(): number {
    const n = Number(this.value());
    if (!Number.isInteger(n) || n < 0) throw new Error(`${this.flag} needs a non-negative integer`);
    return n;
  }
}

/**
 * Runs `main` and exits with its code; `cleanup` (killing child processes) runs on every way out:
 * success, failure, an uncaught exception, SIGINT and SIGTERM.
 */
export function runMain(main: () => Promise<number>, cleanup: () => void): void {
  process.on('uncaughtException', (err) => {
    process.stderr.write(`uncaught: ${err.stack ?? String(err)}\n`);
    process.emit('SIGTERM');
  });
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  process.on('SIGTERM', () => {
    cleanup();
    process.exit(143);
  });
  main().then(
    (code) => {
      cleanup();
      process.exit(code);
    },
    (err) => {
      cleanup();
      process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
      process.exit(2);
    },
  );
}
