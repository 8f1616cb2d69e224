import pino from 'pino';
import { Writable } from 'node:stream';
import { DaemonRunner, type Daemon } from '../../../../chain/node/daemons/daemon';
import { defaultFeederConfig } from '../../../../chain/node/daemons/feeder/config';
import { PriceFeeder } from '../../../../chain/node/daemons/feeder/feeder';

/** A logger whose lines are kept for assertions. */
function capture(): { logger: pino.Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      cb();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), lines };
}

/** A daemon that records its calls in `calls` and fails where told to. */
function fake(
  name: string,
  calls: string[],
  opts: { startFails?: 'throw' | 'reject' | 'hang'; stopFails?: 'throw' | 'reject' | 'hang'; health?: () => { ok: boolean; detail?: string } } = {},
): Daemon {
  const fail = (how: 'throw' | 'reject' | 'hang' | undefined, what: string): Promise<void> | void => {
    if (how === 'throw') throw new Error(`${name} ${what} exploded`);
    if (how === 'reject') return Promise.reject(new Error(`${name} ${what} rejected`));
    if (how === 'hang') return new Promise<void>(() => undefined);
    return Promise.resolve();
  };
  return {
    name,
    start: () => {
      calls.push(`start ${name}`);
      return fail(opts.startFails, 'start');
    },
    stop: () => {
      calls.push(`stop ${name}`);
      return fail(opts.stopFails, 'stop');
    },
    health: opts.health,
  };
}

const flush = (): Promise<void> => new Promise((r) => setImmediate(r));

describe('DaemonRunner', () => {
  it('starts in list order and stops in reverse order, once', async () => {
    const calls: string[] = [];
    const { logger, lines } = capture();
    const runner = new DaemonRunner([fake('a', calls), fake('b', calls), fake('c', calls)], logger);
    await runner.start();
    expect(calls).toEqual(['start a', 'start b', 'start c']);
    await runner.stop();
    await runner.stop(); // idempotent
    expect(calls).toEqual(['start a', 'start b', 'start c', 'stop c', 'stop b', 'stop a']);
    await flush();
    expect(lines.filter((l) => l.msg === 'daemon started').map((l) => l.daemon)).toEqual(['a', 'b', 'c']);
    expect(lines.filter((l) => l.msg === 'daemon stopped').map((l) => l.daemon)).toEqual(['c', 'b', 'a']);
  });

  it.each(['throw', 'reject'] as const)('a start that fails (%s) names the daemon, stops the ones started (reverse), never starts the rest', async (how) => {
    const calls: string[] = [];
    const { logger, lines } = capture();
    const runner = new DaemonRunner([fake('a', calls), fake('b', calls), fake('bad', calls, { startFails: how }), fake('d', calls)], logger);
    await expect(runner.start()).rejects.toThrow(/daemon "bad" failed to start: bad start (exploded|rejected)/);
    expect(calls).toEqual(['start a', 'start b', 'start bad', 'stop b', 'stop a']);
    await runner.stop(); // what the node's teardown does next: nothing left to stop
    expect(calls).toHaveLength(5);
    await flush();
    expect(lines.find((l) => l.msg === 'daemon failed to start')).toMatchObject({ daemon: 'bad', level: 50 });
  });

  it('a start that hangs fails after the timeout', async () => {
    const calls: string[] = [];
    const runner = new DaemonRunner([fake('a', calls), fake('slow', calls, { startFails: 'hang' })], capture().logger, 50);
    await expect(runner.start()).rejects.toThrow(/daemon "slow" failed to start: did not start within 50 ms/);
    expect(calls).toEqual(['start a', 'start slow', 'stop a']);
  });

  it('a stop that throws, rejects or hangs is logged and does not prevent the others from stopping', async () => {
    const calls: string[] = [];
    const { logger, lines } = capture();
    const runner = new DaemonRunner(
      [fake('a', calls), fake('throws', calls, { stopFails: 'throw' }), fake('b', calls), fake('rejects', calls, { stopFails: 'reject' }), fake('hangs', calls, { stopFails: 'hang' })],
      logger,
      50,
    );
    await runner.start();
    await expect(runner.stop()).resolves.toBeUndefined();
    expect(calls.filter((c) => c.startsWith('stop'))).toEqual(['stop hangs', 'stop rejects', 'stop b', 'stop throws', 'stop a']);
    await flush();
    const failed = lines.filter((l) => l.msg === 'daemon failed to stop cleanly');
    expect(failed.map((l) => l.daemon)).toEqual(['hangs', 'rejects', 'throws']);
    expect(failed.every((l) => l.level === 50)).toBe(true);
    expect(lines.filter((l) => l.msg === 'daemon stopped').map((l) => l.daemon)).toEqual(['b', 'a']);
  });

  it('health: ok by default while running, a daemon\'s own report, a throwing health() is not ok, stopped = not running', async () => {
    const calls: string[] = [];
    const runner = new DaemonRunner(
      [
        fake('plain', calls),
        fake('sick', calls, { health: () => ({ ok: false, detail: 'source down' }) }),
        fake('broken', calls, {
          health: () => {
            throw new Error('oops');
          },
        }),
      ],
      capture().logger,
    );
    expect(runner.health().map((h) => h.ok)).toEqual([false, false, false]);
    await runner.start();
    expect(runner.health()).toEqual([
      { name: 'plain', ok: true },
      { name: 'sick', ok: false, detail: 'source down' },
      { name: 'broken', ok: false, detail: 'health() threw: oops' },
    ]);
    await runner.stop();
    expect(runner.health()[0]).toEqual({ name: 'plain', ok: false, detail: 'not running' });
  });

  it('refuses two daemons with the same name', () => {
    expect(() => new DaemonRunner([fake('x', []), fake('x', [])], capture().logger)).toThrow(/two daemons are named "x"/);
  });

  it('runs the price feeder through the shape: health follows its snapshot', async () => {
    let now = 1_000_000;
    const config = defaultFeederConfig(); // one simulated source
    const feeder = new PriceFeeder({ config, logger: pino({ level: 'silent' }), now: () => now });
    const runner = new DaemonRunner([feeder], capture().logger);
    await runner.start();
    try {
      for (let i = 0; i < 100 && feeder.polls === 0; i++) await flush(); // start() polls once at once
      expect(runner.health()).toEqual([{ name: 'feeder', ok: true, detail: expect.stringMatching(/^snapshot 0 ms old, \d+ polls, 0 failed$/) }]);
      now += config.maxSnapshotAgeMs + 1;
      expect(runner.health()[0].ok).toBe(false);
    } finally {
      await runner.stop();
    }
  });
});
