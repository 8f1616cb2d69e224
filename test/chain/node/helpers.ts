/**
 * Helpers for the node integration tests: they run the compiled `settled` (dist/chain/node/main.js,
 * built by `npm test` / `npm run build`) with the real CometBFT from tools/bin, on free ports, in
 * temporary homes, and always kill what they started.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
export const MAIN = path.join(ROOT, 'dist/chain/node/main.js');
export const COMETBFT = path.join(ROOT, 'tools/bin/cometbft');
export const PACKAGE_VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** Fails fast, with the fix, when the build or CometBFT is missing. */
export function checkPrerequisites(): void {
  if (!fs.existsSync(MAIN)) {
    throw new Error(`${MAIN} not found: the node tests run the compiled settled. Run "npm run build" (npm test does it).`);
  }
  if (!fs.existsSync(COMETBFT)) {
    throw new Error(`CometBFT not found at ${COMETBFT}: run scripts/install-cometbft.sh (npm test does it).`);
  }
  const v = spawnSync(COMETBFT, ['version'], { encoding: 'utf8' }).stdout.trim();
  if (!v.startsWith('0.38.')) throw new Error(`${COMETBFT} is version ${v}, expected 0.38.x`);
}

// ---------------------------------------------------------------------------------------------
// Ports

function canBind(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

/**
 * A base port B such that the node ports (B+100i + 0,1,2,4,5, and the devnet gateways 6,7, for i < nodes) are all free now.
 * Random start so that concurrent test files rarely probe the same range; below Linux's ephemeral
 * range (32768+), so outgoing connections never take a port a node is about to listen on.
 */
export async function freeBasePort(nodes = 1): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const base = 20000 + 10 * Math.floor(Math.random() * 1200);
    let ok = true;
    for (let i = 0; i < nodes && ok; i++) {
      for (const off of [0, 1, 2, 4, 5, 6, 7]) {
        if (!(await canBind(base + 100 * i + off))) {
          ok = false;
          break;
        }
      }
    }
    if (ok) return base;
  }
  throw new Error('no free port range found');
}

// ---------------------------------------------------------------------------------------------
// Processes

export interface Proc {
  child: ChildProcess;
  logFile: string;
  exited: boolean;
  code: number | null;
  signal: NodeJS.Signals | null;
  exit: Promise<number | null>;
}

const procs: Proc[] = [];
const homes = new Set<string>();

/** Runs `node dist/chain/node/main.js ...args`, stdout+stderr appended to logFile. */
export function settled(args: string[], logFile: string, env: NodeJS.ProcessEnv = {}): Proc {
  const fd = fs.openSync(logFile, 'a');
  fs.writeSync(fd, `\n===== settled ${args.join(' ')}\n`);
  const child = spawn(process.execPath, [MAIN, ...args], {
    stdio: ['ignore', fd, fd],
    env: { ...process.env, SETTLE_ABCI_TRACE: '', SETTLE_CRASH_AT: '', ...env },
  });
  fs.closeSync(fd);
  const p: Proc = { child, logFile, exited: false, code: null, signal: null, exit: Promise.resolve(null) };
  p.exit = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      p.exited = true;
      p.code = code;
      p.signal = signal;
      resolve(code);
    });
  });
  procs.push(p);
  const homeIdx = args.indexOf('--home');
  if (homeIdx >= 0) homes.add(args[homeIdx + 1]);
  return p;
}

/** Runs a short settled command to completion. */
export async function settledRun(args: string[], logFile: string, timeoutMs = 120_000, env: NodeJS.ProcessEnv = {}): Promise<number | null> {
  const p = settled(args, logFile, env);
  const timer = setTimeout(() => p.child.kill('SIGKILL'), timeoutMs);
  const code = await p.exit;
  clearTimeout(timer);
  return code;
}

export function tail(file: string, lines = 40): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readPidFile(file: string): number | undefined {
  try {
    const n = Number(fs.readFileSync(file, 'utf8').trim());
    return n > 0 ? n : undefined;
  } catch {
    return undefined;
  }
}

/** Pids recorded in a home (settled.pid, cometbft.pid) and its node subfolders. */
function pidsUnder(home: string): number[] {
  const out: number[] = [];
  const visit = (dir: string, depth: number): void => {
    for (const f of ['settled.pid', 'cometbft.pid']) {
      const pid = readPidFile(path.join(dir, f));
      if (pid !== undefined) out.push(pid);
    }
    if (depth > 0 && fs.existsSync(dir)) {
      for (const d of fs.readdirSync(dir)) {
        const sub = path.join(dir, d);
        if (fs.statSync(sub).isDirectory()) visit(sub, depth - 1);
      }
    }
  };
  visit(home, 1);
  return out;
}

/** SIGKILLs every process the tests started (and CometBFT children and localnet nodes found by pid file). */
export async function killAll(extraHomes: string[] = []): Promise<void> {
  const pids = new Set<number>();
  for (const p of procs) if (!p.exited && p.child.pid) pids.add(p.child.pid);
  for (const h of [...homes, ...extraHomes]) for (const pid of pidsUnder(h)) pids.add(pid);
  for (const pid of pids) {
    try {
      if (pidAlive(pid)) process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
  await Promise.all(procs.map((p) => p.exit));
}

/** Waits for a process to exit; fails with its log tail after timeoutMs. */
export async function waitExit(p: Proc, timeoutMs: number): Promise<number | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  const r = await Promise.race([p.exit, timeout]);
  clearTimeout(timer);
  if (r === 'timeout') throw new Error(`process did not exit within ${timeoutMs} ms. Log:\n${tail(p.logFile)}`);
  return r;
}

export async function waitPidGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (pidAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

// ---------------------------------------------------------------------------------------------
// RPC

export async function rpc<T = any>(rpcPort: number, route: string): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${rpcPort}${route}`, { signal: AbortSignal.timeout(5000) });
  const body = (await res.json()) as { result?: T; error?: unknown };
  if (body.error) throw new Error(`RPC ${route}: ${JSON.stringify(body.error)}`);
  return body.result as T;
}

export async function height(rpcPort: number): Promise<number> {
  const st = await rpc(rpcPort, '/status');
  return Number(st.sync_info.latest_block_height);
}

/**
 * The app's last committed height (/abci_info). CometBFT stores a block before the app commits it, so
 * /status can be one ahead: a query at that height fails until the app's Commit returns.
 */
export async function appHeight(rpcPort: number): Promise<number> {
  const info = await rpc(rpcPort, '/abci_info');
  return Number(info.response.last_block_height);
}

/**
 * Polls until `probe` returns a value; fails after timeoutMs, or at once if `proc` exited, with the
 * log tail in the message.
 */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number, proc?: Proc): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    if (proc?.exited) throw new Error(`process exited (code ${proc.code}, signal ${proc.signal}) while waiting for ${what}. Log:\n${tail(proc.logFile)}`);
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (err) {
      last = (err as Error).message;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${last})` : ''}${proc ? `. Log:\n${tail(proc.logFile)}` : ''}`);
    }
    await sleep(150);
  }
}

export function waitHeight(rpcPort: number, h: number, timeoutMs: number, proc?: Proc): Promise<number> {
  return waitFor(
    `height ${h} on RPC port ${rpcPort}`,
    async () => {
      const cur = await height(rpcPort);
      return cur >= h ? cur : undefined;
    },
    timeoutMs,
    proc,
  );
}

export interface BlockFacts {
  blockHash: string;
  appHash: string;
  time: string;
}

/** Block hash and header app hash (the state after the previous block) of each height in [from, to]. */
export async function blockFacts(rpcPort: number, from: number, to: number): Promise<Map<number, BlockFacts>> {
  const out = new Map<number, BlockFacts>();
  for (let h = from; h <= to; h++) {
    const b = await rpc(rpcPort, `/block?height=${h}`);
    out.set(h, { blockHash: b.block_id.hash, appHash: b.block.header.app_hash, time: b.block.header.time });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// ABCI trace and grammar

export interface TraceRecord {
  event?: 'start';
  pid?: number;
  conn?: number;
  type?: string;
  height?: number;
}

/** The trace file split into sessions (one per `settled start`). */
export function readTrace(file: string): TraceRecord[][] {
  const sessions: TraceRecord[][] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line) as TraceRecord;
    if (rec.event === 'start') sessions.push([]);
    else sessions[sessions.length - 1]?.push(rec);
  }
  return sessions;
}

const CONSENSUS = new Set(['initChain', 'prepareProposal', 'processProposal', 'extendVote', 'verifyVoteExtension', 'finalizeBlock', 'commit']);
const LETTER: Record<string, string> = {
  prepareProposal: 'P',
  processProposal: 'Q',
  extendVote: 'E',
  verifyVoteExtension: 'V',
};
/**
 * The calls of one height before FinalizeBlock, per CometBFT's spec/abci/abci++_comet_expected_behavior.md
 * with vote extensions on: any number of rounds, each  *got-vote [prepare-proposal [process-proposal]]
 * [extend]  (proposer) or  *got-vote [process-proposal] [extend]  (others), extend = *got-vote
 * extend-vote *got-vote. Rounds are not visible in the trace (the requests carry no round), so over
 * several rounds any sequence of these four calls is possible: the general check is only that nothing
 * else appears. A single validator is always the proposer and never sees another's vote, so each of
 * its heights is one round: [PrepareProposal] ProcessProposal ExtendVote (PrepareProposal is skipped
 * when the proposal comes back from CometBFT's WAL after a restart).
 */
const HEIGHT_PREFIX = /^[PQEV]*$/;
const SINGLE_VALIDATOR_HEIGHT = /^P?QE$/;

export interface GrammarResult {
  /** Heights decided (FinalizeBlock) in this session, in order. */
  finalized: number[];
  /** Heights whose Commit was called. */
  committed: number[];
  /** Heights executed by replay (FinalizeBlock+Commit with no proposal/vote calls before them). */
  replayed: number[];
}

/**
 * Checks one session's calls against the ABCI grammar: `Info` first (handshake), `InitChain` iff
 * `fresh`, then heights of  [rounds] FinalizeBlock Commit  with consecutive heights, all consensus
 * calls on one connection and every height's calls carrying that height. A killed session may end in
 * the middle of a height (`partialTail`). Throws with a readable explanation.
 */
export function checkGrammar(
  session: TraceRecord[],
  opts: { fresh: boolean; partialTail?: boolean; firstHeight?: number[]; singleValidator?: boolean },
): GrammarResult {
  const where = (i: number): string =>
    `at call ${i}: ${session
      .slice(Math.max(0, i - 6), i + 3)
      .map((r) => `${r.type}${r.height !== undefined ? `@${r.height}` : ''}`)
      .join(' ')}`;
  if (session.length === 0 || session[0].type !== 'info') throw new Error(`session does not start with Info: ${where(0)}`);
  if (session.some((r) => ['offerSnapshot', 'applySnapshotChunk'].includes(r.type ?? ''))) throw new Error('unexpected state-sync calls');
  const calls = session.map((r, i) => ({ ...r, i })).filter((r) => CONSENSUS.has(r.type ?? ''));
  const conns = new Set(calls.map((c) => c.conn));
  if (conns.size > 1) throw new Error(`consensus calls on several connections: ${[...conns].join(', ')}`);
  if (calls.length > 0 && calls[0].conn === session[0].conn) throw new Error('Info and consensus calls on the same connection');

  let k = 0;
  if (opts.fresh) {
    if (calls[0]?.type !== 'initChain') throw new Error(`fresh start without InitChain first: ${where(calls[0]?.i ?? 0)}`);
    k = 1;
  }
  if (calls.slice(k).some((c) => c.type === 'initChain')) throw new Error(`InitChain where not allowed: ${where(calls.find((c, j) => j >= k && c.type === 'initChain')!.i)}`);

  const result: GrammarResult = { finalized: [], committed: [], replayed: [] };
  let prevHeight: number | undefined;
  while (k < calls.length) {
    // One height: everything up to and including Commit.
    let j = k;
    while (j < calls.length && calls[j].type !== 'finalizeBlock') j++;
    const prefix = calls.slice(k, j);
    const letters = prefix.map((c) => LETTER[c.type as string]).join('');
    const h = (prefix[0] ?? calls[j])?.height;
    if (h === undefined) throw new Error(`call without height: ${where(calls[k].i)}`);
    if (prefix.some((c) => c.height !== h)) throw new Error(`calls of different heights in one height: ${where(calls[k].i)}`);
    if (!HEIGHT_PREFIX.test(letters)) throw new Error(`calls before FinalizeBlock do not follow the grammar ("${letters}"): ${where(calls[k].i)}`);
    if (opts.singleValidator && letters !== '' && j < calls.length && !SINGLE_VALIDATOR_HEIGHT.test(letters)) {
      throw new Error(`a single validator's height ${h} was "${letters}", expected [P]QE: ${where(calls[k].i)}`);
    }
    if (prevHeight === undefined) {
      if (opts.firstHeight && !opts.firstHeight.includes(h)) throw new Error(`first height ${h}, expected one of ${opts.firstHeight.join(', ')}`);
    } else if (h !== prevHeight + 1) throw new Error(`height ${h} follows ${prevHeight}: ${where(calls[k].i)}`);
    if (j >= calls.length) {
      if (!opts.partialTail) throw new Error(`session ends inside height ${h} before FinalizeBlock`);
      break;
    }
    if (calls[j].height !== h) throw new Error(`FinalizeBlock@${calls[j].height} in height ${h}: ${where(calls[j].i)}`);
    result.finalized.push(h);
    if (prefix.length === 0) result.replayed.push(h);
    if (j + 1 >= calls.length) {
      if (!opts.partialTail) throw new Error(`session ends after FinalizeBlock@${h} without Commit`);
      break;
    }
    if (calls[j + 1].type !== 'commit') throw new Error(`FinalizeBlock not followed by Commit: ${where(calls[j + 1].i)}`);
    result.committed.push(h);
    prevHeight = h;
    k = j + 2;
  }
  return result;
}
