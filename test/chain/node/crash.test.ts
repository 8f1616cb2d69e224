/**
 * Crash recovery with the real CometBFT: one node home goes through a SIGKILL of settled at a
 * random moment, a crash between FinalizeBlock and Commit, a crash right after Commit (before
 * CometBFT hears of it), a SIGKILL of the CometBFT child, and a graceful restart. After each restart
 * the chain continues and every earlier height keeps its block hash and app hash. The ABCI calls of
 * every run are recorded (SETTLE_ABCI_TRACE) and checked against CometBFT's ABCI grammar, including
 * the recovery grammar (Info, then replay, no InitChain).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import {
  blockFacts,
  checkGrammar,
  checkPrerequisites,
  freeBasePort,
  height,
  killAll,
  readTrace,
  settled,
  settledRun,
  tail,
  waitExit,
  waitHeight,
  waitPidGone,
  type BlockFacts,
  type Proc,
} from './helpers';

jest.setTimeout(90_000);

let tmp: string;
let home: string;
let log: string;
let rpcPort: number;
let node: Proc;
/** Everything observed so far, by height: must never change. */
const seen = new Map<number, BlockFacts>();
const TRACE = { SETTLE_ABCI_TRACE: '1' };

function start(env: NodeJS.ProcessEnv = {}): Proc {
  node = settled(['start', '--home', home], log, { ...TRACE, ...env });
  return node;
}

/** Records heights [1, upTo] and checks that those seen before are unchanged. */
async function recordAndCompare(upTo: number): Promise<void> {
  const facts = await blockFacts(rpcPort, 1, upTo);
  for (const [h, f] of facts) {
    const before = seen.get(h);
    if (before) {
      expect({ height: h, ...f }).toEqual({ height: h, ...before });
    } else {
      seen.set(h, f);
    }
  }
}

function cometPid(): number {
  return Number(fs.readFileSync(path.join(home, 'cometbft.pid'), 'utf8'));
}

beforeAll(async () => {
  checkPrerequisites();
  tmp = makeTmpDir('crash');
  home = path.join(tmp, 'node');
  log = path.join(tmp, 'node.log');
  const base = await freeBasePort(1);
  rpcPort = base + 1;
  const code = await settledRun(['init', '--home', home, '--chain-id', 'settle-crash-1', '--moniker', 'crash-node', '--base-port', String(base)], log);
  if (code !== 0) throw new Error(`settled init failed:\n${tail(log)}`);
});

afterAll(async () => {
  await killAll([home]);
  if (process.env.KEEP_TEST_HOMES) process.stdout.write(`kept ${tmp}\n`);
  else removeDir(tmp);
});

describe('crash recovery', () => {
  it('a fresh node produces blocks', async () => {
    start();
    await waitHeight(rpcPort, 4, 30_000, node);
    await recordAndCompare(await height(rpcPort));
  });

  it('SIGKILL of settled mid-run: CometBFT exits too; after a restart the chain continues unchanged', async () => {
    const comet = cometPid();
    node.child.kill('SIGKILL');
    await waitExit(node, 10_000);
    // CometBFT loses its ABCI connections and shuts itself down.
    expect(await waitPidGone(comet, 15_000)).toBe(true);
    const before = Math.max(...seen.keys());
    start();
    const h = await waitHeight(rpcPort, before + 4, 30_000, node);
    await recordAndCompare(h);
  });

  it('graceful restart (SIGTERM) continues the chain', async () => {
    node.child.kill('SIGTERM');
    expect(await waitExit(node, 20_000)).toBe(0);
    const before = Math.max(...seen.keys());
    start();
    const h = await waitHeight(rpcPort, before + 3, 30_000, node);
    await recordAndCompare(h);
  });

  it('crash between FinalizeBlock and Commit: CometBFT replays the block', async () => {
    node.child.kill('SIGTERM');
    expect(await waitExit(node, 20_000)).toBe(0);
    const at = Math.max(...seen.keys()) + 6;
    const crashing = start({ SETTLE_CRASH_AT: `after-finalize:${at}` });
    await waitExit(crashing, 30_000);
    expect(crashing.signal).toBe('SIGKILL');
    start();
    const h = await waitHeight(rpcPort, at + 3, 30_000, node);
    await recordAndCompare(h);
    const sessions = readTrace(path.join(home, 'abci-trace.jsonl'));
    const recovered = checkGrammar(sessions[sessions.length - 1], { fresh: false, partialTail: true, singleValidator: true });
    expect(recovered.replayed[0]).toBe(at); // FinalizeBlock+Commit for `at` with no proposal: a replay
  });

  it('crash right after Commit, before CometBFT hears of it: no replay, same state', async () => {
    node.child.kill('SIGTERM');
    expect(await waitExit(node, 20_000)).toBe(0);
    const at = Math.max(...seen.keys()) + 6;
    const crashing = start({ SETTLE_CRASH_AT: `after-commit:${at}` });
    await waitExit(crashing, 30_000);
    expect(crashing.signal).toBe('SIGKILL');
    start();
    const h = await waitHeight(rpcPort, at + 3, 30_000, node);
    await recordAndCompare(h);
    const sessions = readTrace(path.join(home, 'abci-trace.jsonl'));
    const recovered = checkGrammar(sessions[sessions.length - 1], { fresh: false, partialTail: true, singleValidator: true });
    expect(recovered.finalized[0]).toBe(at + 1); // the app already had `at`: CometBFT replays it from its own store
  });

  it('SIGKILL of the CometBFT child: settled shuts down with an error; a restart continues the chain', async () => {
    const before = Math.max(...seen.keys());
    process.kill(cometPid(), 'SIGKILL');
    expect(await waitExit(node, 20_000)).toBe(1);
    expect(tail(log, 200)).toContain('CometBFT exited unexpectedly');
    expect(fs.existsSync(path.join(home, 'settled.pid'))).toBe(false);
    start();
    const h = await waitHeight(rpcPort, before + 4, 30_000, node);
    await recordAndCompare(h);
  });

  it('every run followed the ABCI grammar (fresh start, then recovery)', async () => {
    node.child.kill('SIGTERM');
    expect(await waitExit(node, 20_000)).toBe(0);
    const sessions = readTrace(path.join(home, 'abci-trace.jsonl'));
    expect(sessions.length).toBe(8);
    let lastCommitted = 0;
    sessions.forEach((session, i) => {
      const res = checkGrammar(session, {
        fresh: i === 0,
        partialTail: true,
        singleValidator: true,
        // After a kill the app has the last height whose Commit was called, or the one before it.
        firstHeight: i === 0 ? [1] : [lastCommitted, lastCommitted + 1],
      });
      expect(res.finalized.length).toBeGreaterThan(0);
      lastCommitted = res.committed[res.committed.length - 1];
    });
    expect(seen.size).toBeGreaterThan(30);
  });
});
