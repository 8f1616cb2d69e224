/**
 * Fault injection on a 4-validator localnet (the real compiled `settled` + real CometBFT, loopback
 * only), in the spirit of CometBFT's e2e perturbations:
 *
 * - `FaultNet`: creates the localnet homes with `createLocalnet` (chain/node/localnet.ts), funds load
 *   accounts in the shared genesis, starts/stops each node (`settled start --home <node>`), and applies
 *   perturbations to a node's app process (settled) or its CometBFT process: kill (SIGKILL, then
 *   restart), pause (SIGSTOP 10 s, SIGCONT), graceful restart (SIGTERM, then start);
 * - `Load`: bank sends signed offline by CosmJS from several accounts, broadcast with
 *   broadcast_tx_sync to random nodes, each followed until /tx finds it; every tx hash the chain
 *   reports committed is recorded;
 * - `finalCheck`: every node has the same block hash and app hash at every height (and its own
 *   FinalizeBlock app hash from /block_results agrees); every committed tx is in every node's
 *   CometBFT tx index (or, where the kv indexer lost an entry in a kill, in the block itself) and in
 *   every node's settle GetTx index; every tx in the chain was one the load sent; every balance is the
 *   same on every node at one height and equals what the committed txs imply.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { QueryAccountInfoRequest, QueryAccountInfoResponse } from 'cosmjs-types/cosmos/auth/v1beta1/query';
import { QueryAllBalancesRequest, QueryAllBalancesResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { GetTxRequest, GetTxResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import { TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { readJson, writeJson } from '../../../chain/node/cometbft-config';
import { homePaths } from '../../../chain/node/home';
import { createLocalnet } from '../../../chain/node/localnet';
import { moduleAddress } from '../../../modules/auth/keeper';
import { isInjectedTx } from '../../../chain/app';
import { Rng } from '../../helpers/rng';
import { deriveKeys, fundedAppState, msgSend, signTx, txHashHex, type EncodedMsg, type Key } from './accounts';
import { readAppConfig, writeAppConfig } from '../../../chain/node/app-config';
import { harnessSource, marketGenesis, shortExpiryOf } from './fault-market';
import type { Instrument } from '../../../proto/gen/settle/options/v1/types';

export const FAULT_CHAIN_ID = 'settle-faults-1';
const FEE = 5000n;
const GENESIS_USETTLE = 1_000_000_000_000n;
const GENESIS_UUSDC = 1_000_000_000_000n;

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

// ---------------------------------------------------------------------------------------------
// RPC

export async function rpc<T = any>(port: number, route: string, timeoutMs = 5000): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${port}${route}`, { signal: AbortSignal.timeout(timeoutMs) });
  const body = (await res.json()) as { result?: T; error?: { message?: string; data?: string } };
  if (body.error) throw new Error(`RPC ${route.slice(0, 80)}: ${body.error.message ?? ''} ${body.error.data ?? ''}`);
  return body.result as T;
}

export async function heightOf(port: number, timeoutMs = 2000): Promise<number> {
  const st = await rpc(port, '/status', timeoutMs);
  return Number(st.sync_info.latest_block_height);
}

async function abciQuery(port: number, p: string, data: Uint8Array, height: number): Promise<{ code: number; value: Buffer; log: string }> {
  const r = await rpc(port, `/abci_query?path=${encodeURIComponent(JSON.stringify(p))}&data=0x${Buffer.from(data).toString('hex')}&height=${height}`, 10_000);
  return { code: Number(r.response.code ?? 0), value: Buffer.from(r.response.value ?? '', 'base64'), log: String(r.response.log ?? '') };
}

// ---------------------------------------------------------------------------------------------
// The localnet

export interface NetNode {
  index: number;
  name: string;
  home: string;
  rpc: number;
  log: string;
  proc?: ChildProcess;
  exited: boolean;
}

export type Target = 'app' | 'cometbft';
export type Kind = 'kill' | 'pause' | 'restart';
export const PERTURBATIONS: [Target, Kind][] = [
  ['app', 'kill'],
  ['app', 'pause'],
  ['app', 'restart'],
  ['cometbft', 'kill'],
  ['cometbft', 'pause'],
  ['cometbft', 'restart'],
];

export interface PerturbationRecord {
  n: number;
  node: number;
  target: Target;
  kind: Kind;
  heightBefore: number;
  /** Seconds from the end of the perturbation (restart launched / SIGCONT) to the next new block of the network. */
  networkSec: number;
  /** Seconds from the end of the perturbation until the perturbed node is back at the network's height. */
  catchUpSec: number;
  heightAfter: number;
}

export class FaultNet {
  readonly nodes: NetNode[] = [];
  readonly keys: Key[] = [];
  /** The market actors' accounts (after the bank load's in genesis); empty without a market. */
  readonly marketKeys: Key[] = [];
  /** The options listed in genesis (with a market). */
  instruments: Instrument[] = [];
  /** Process ids this harness started or signalled (for cleanup). */
  private readonly paused = new Set<number>();

  private constructor(readonly root: string, readonly main: string, readonly cometbft: string, readonly log: (l: string) => void) {}

  /**
   * Creates a 4-validator localnet in `root` (fresh) on ports from `basePort`, with `accounts` load
   * accounts funded in genesis.
   */
  /**
   * With `market`: `market.accounts` more funded accounts for the market actors (fault-market.ts), options
   * listed in genesis (one at the next daily expiry), and every node's feeder reading the harness's price
   * server at `market.priceUrl` instead of the simulated source.
   */
  static async create(opts: {
    root: string;
    repo: string;
    basePort: number;
    validators?: number;
    accounts: number;
    log?: (l: string) => void;
    market?: { accounts: number; priceUrl: string };
  }): Promise<FaultNet> {
    const main = path.join(opts.repo, 'dist/chain/node/main.js');
    const cometbft = path.join(opts.repo, 'tools/bin/cometbft');
    if (!fs.existsSync(main)) throw new Error(`${main} not found: run "npm run build" (npm test does it)`);
    if (!fs.existsSync(cometbft)) throw new Error(`${cometbft} not found: run scripts/install-cometbft.sh`);
    const net = new FaultNet(opts.root, main, cometbft, opts.log ?? (() => undefined));
    const n = opts.validators ?? 4;
    fs.rmSync(opts.root, { recursive: true, force: true });
    const manifest = createLocalnet(opts.root, n, opts.basePort, FAULT_CHAIN_ID, cometbft);
    net.keys.push(...(await deriveKeys('settle-faults', opts.accounts)));
    if (opts.market) net.marketKeys.push(...(await deriveKeys('settle-faults-market', opts.market.accounts)));
    const appState = fundedAppState(
      [...net.keys, ...net.marketKeys].map((k) => ({ address: k.address, coins: [{ denom: 'usettle', amount: String(GENESIS_USETTLE) }, { denom: 'uusdc', amount: String(GENESIS_UUSDC) }] })),
    );
    if (opts.market) {
      const genesisSeconds = BigInt(Math.floor(Date.parse(String(readJson(homePaths(manifest.nodes[0].home).genesis).genesis_time)) / 1000));
      net.instruments = marketGenesis(appState, genesisSeconds, shortExpiryOf(genesisSeconds));
    }
    for (const [i, m] of manifest.nodes.entries()) {
      const p = homePaths(m.home);
      const g = readJson(p.genesis);
      g.app_state = appState;
      writeJson(p.genesis, g);
      if (opts.market) {
        const c = readAppConfig(p.appConfig);
        c.oracle.sources = [harnessSource(opts.market.priceUrl)];
        writeAppConfig(p.appConfig, c);
      }
      net.nodes.push({ index: i, name: m.name, home: m.home, rpc: m.ports.rpc, log: path.join(m.home, 'settled.log'), exited: true });
    }
    return net;
  }

  /** An ABCI query at the latest height of the first node that answers (undefined: none did). */
  async query(p: string, data: Uint8Array): Promise<{ code: number; value: Buffer } | undefined> {
    for (const n of this.nodes) {
      if (n.exited) continue;
      try {
        return await abciQuery(n.rpc, p, data, 0);
      } catch {
        // next node
      }
    }
    return undefined;
  }

  start(i: number): void {
    const node = this.nodes[i];
    const fd = fs.openSync(node.log, 'a');
    fs.writeSync(fd, `\n===== settled start (harness)\n`);
    const child = spawn(process.execPath, [this.main, 'start', '--home', node.home, '--cometbft', this.cometbft], {
      stdio: ['ignore', fd, fd],
      env: { ...process.env, SETTLE_ABCI_TRACE: '', SETTLE_CRASH_AT: '' },
    });
    fs.closeSync(fd);
    node.proc = child;
    node.exited = false;
    child.once('exit', () => {
      if (node.proc === child) node.exited = true;
    });
  }

  startAll(): void {
    for (let i = 0; i < this.nodes.length; i++) this.start(i);
  }

  private pidFile(i: number, which: Target): number | undefined {
    const p = homePaths(this.nodes[i].home);
    try {
      const n = Number(fs.readFileSync(which === 'app' ? p.settledPid : p.cometbftPid, 'utf8').trim());
      return n > 0 ? n : undefined;
    } catch {
      return undefined;
    }
  }

  pid(i: number, which: Target): number | undefined {
    if (which === 'app') return this.nodes[i].proc?.pid;
    return this.pidFile(i, 'cometbft');
  }

  async heights(timeoutMs = 2000): Promise<(number | undefined)[]> {
    return Promise.all(this.nodes.map((n) => heightOf(n.rpc, timeoutMs).catch(() => undefined)));
  }

  async maxHeight(): Promise<number> {
    return Math.max(0, ...(await this.heights()).map((h) => h ?? 0));
  }

  tail(i: number, lines = 25): string {
    try {
      return fs.readFileSync(this.nodes[i].log, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  }

  /** Polls until every node in `which` is at height ≥ h; throws with the logs after timeoutMs. */
  async waitHeight(h: number, timeoutMs: number, which: number[] = this.nodes.map((n) => n.index)): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hs = await this.heights();
      if (which.every((i) => (hs[i] ?? 0) >= h)) return;
      if (Date.now() > deadline) {
        throw new Error(`timed out after ${timeoutMs} ms waiting for height ${h} on nodes ${which.join(',')} (heights ${hs.join(',')})\n${which.map((i) => `--- node${i}\n${this.tail(i)}`).join('\n')}`);
      }
      await sleep(150);
    }
  }

  private async waitExit(i: number, timeoutMs: number): Promise<boolean> {
    const node = this.nodes[i];
    const deadline = Date.now() + timeoutMs;
    while (!node.exited) {
      if (Date.now() > deadline) return false;
      await sleep(50);
    }
    return true;
  }

  private static alive(pid: number): boolean {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }

  private async waitPidGone(pid: number, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (FaultNet.alive(pid)) {
      if (Date.now() > deadline) return false;
      await sleep(50);
    }
    return true;
  }

  private signal(pid: number, sig: NodeJS.Signals): void {
    process.kill(pid, sig);
    if (sig === 'SIGSTOP') this.paused.add(pid);
    if (sig === 'SIGCONT') this.paused.delete(pid);
  }

  /** Stops node i (its settled process, which stops its CometBFT). */
  async stopNode(i: number, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const node = this.nodes[i];
    const comet = this.pidFile(i, 'cometbft');
    if (node.proc && !node.exited) {
      node.proc.kill(signal);
      if (!(await this.waitExit(i, 30_000))) {
        node.proc.kill('SIGKILL');
        await this.waitExit(i, 10_000);
      }
    }
    if (comet !== undefined && !(await this.waitPidGone(comet, signal === 'SIGKILL' ? 15_000 : 15_000))) {
      try {
        process.kill(comet, 'SIGKILL');
      } catch {
        // gone
      }
      await this.waitPidGone(comet, 5_000);
    }
  }

  /**
   * Applies one perturbation to node i and waits for recovery: the network makes a new block and the
   * node is back at the network's height. Throws when either takes longer than `boundSec`.
   */
  async perturb(n: number, i: number, target: Target, kind: Kind, boundSec = 20): Promise<PerturbationRecord> {
    const node = this.nodes[i];
    const heightBefore = await this.maxHeight();
    const pid = this.pid(i, target);
    if (pid === undefined) throw new Error(`node${i}: no ${target} pid`);
    if (kind === 'pause') {
      this.signal(pid, 'SIGSTOP');
      await sleep(10_000);
      this.signal(pid, 'SIGCONT');
    } else {
      const sig: NodeJS.Signals = kind === 'kill' ? 'SIGKILL' : 'SIGTERM';
      const comet = this.pidFile(i, 'cometbft');
      process.kill(pid, sig);
      // app killed: CometBFT exits by itself when its ABCI connections drop; app stopped: it stops CometBFT.
      // CometBFT killed or stopped: settled notices and exits 1 (no automatic restart), then we restart the node.
      if (!(await this.waitExit(i, 30_000))) throw new Error(`node${i}: settled did not exit after ${sig} to its ${target}\n${this.tail(i)}`);
      if (comet !== undefined && !(await this.waitPidGone(comet, 20_000))) throw new Error(`node${i}: CometBFT (pid ${comet}) still alive 20 s after settled exited`);
      this.start(i);
    }
    const resumed = Date.now();
    const atResume = await this.maxHeight();
    let networkSec = -1;
    let catchUpSec = -1;
    const deadline = resumed + boundSec * 1000;
    for (;;) {
      const hs = await this.heights(1500);
      const others = hs.filter((_, j) => j !== i).map((h) => h ?? 0);
      const net = Math.max(...others, hs[i] ?? 0);
      if (networkSec < 0 && net > atResume) networkSec = (Date.now() - resumed) / 1000;
      if (catchUpSec < 0 && (hs[i] ?? 0) >= Math.max(...others) - 1 && (hs[i] ?? 0) > heightBefore) catchUpSec = (Date.now() - resumed) / 1000;
      if (networkSec >= 0 && catchUpSec >= 0) break;
      if (node.exited && kind !== 'pause') throw new Error(`node${i} exited again after the ${target} ${kind}\n${this.tail(i)}`);
      if (Date.now() > deadline) {
        throw new Error(
          `perturbation ${n} (${target} ${kind} on node${i}): no recovery within ${boundSec} s (network ${networkSec < 0 ? 'stalled' : `ok after ${networkSec} s`}, node ${catchUpSec < 0 ? 'behind' : 'caught up'}; heights ${hs.join(',')})\n${this.tail(i)}`,
        );
      }
      await sleep(100);
    }
    return { n, node: i, target, kind, heightBefore, networkSec, catchUpSec, heightAfter: await this.maxHeight() };
  }

  /** Stops every node gracefully (SIGKILL after a bound); resumes paused processes first. */
  async stopAll(): Promise<void> {
    for (const pid of this.paused) {
      try {
        process.kill(pid, 'SIGCONT');
      } catch {
        // gone
      }
    }
    this.paused.clear();
    await Promise.all(this.nodes.map((_, i) => this.stopNode(i).catch(() => undefined)));
  }

  /** SIGKILLs everything this net may have running (settled children, CometBFTs from pid files). Synchronous, for exit paths. */
  killAllSync(): void {
    for (const pid of this.paused) {
      try {
        process.kill(pid, 'SIGCONT');
      } catch {
        // gone
      }
    }
    for (const [i, n] of this.nodes.entries()) {
      for (const pid of [n.proc && !n.exited ? n.proc.pid : undefined, this.pidFile(i, 'app'), this.pidFile(i, 'cometbft')]) {
        if (pid === undefined) continue;
        try {
          if (FaultNet.alive(pid)) process.kill(pid, 'SIGKILL');
        } catch {
          // gone
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Load

export interface SentTx {
  hash: string;
  from: string;
  to: string;
  amount: bigint;
  sequence: bigint;
  /** A market actor's tx (fault-market.ts): its kind; such txs may fail. */
  kind?: string;
  /** Height and index where /tx found it. */
  committed?: { height: number; index: number; code: number };
}

export class Load {
  readonly sent = new Map<string, SentTx>();
  readonly stats = { signed: 0, broadcastErrors: 0, checkTxRejected: 0, committed: 0, timeouts: 0, resyncs: 0 };
  readonly rejections: Record<string, number> = {};
  private running = false;
  private loops: Promise<void>[] = [];

  /**
   * Bank sends among the net's load accounts; with `market`, the market actors' txs instead (one loop per
   * market account, numbered after the load accounts in genesis), planned by `market.plan` and reported back
   * with their results.
   */
  constructor(
    private readonly net: FaultNet,
    private readonly rng: Rng,
    private readonly senders: number,
    private readonly market?: {
      plan: (actor: number, r: Rng) => Promise<{ msgs: EncodedMsg[]; gas: bigint; kind: string } | undefined>;
      committed: (actor: number, kind: string, code: number, codespace: string) => void;
    },
  ) {}

  start(): void {
    this.running = true;
    const keys = this.market ? this.net.marketKeys : this.net.keys;
    const first = this.market ? this.net.keys.length : 0;
    for (let s = 0; s < this.senders; s++) this.loops.push(this.loop(keys[s], first + s, new Rng(this.rng.int(2 ** 31)), s));
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
    this.loops = [];
  }

  private async liveNode(r: Rng): Promise<number> {
    const order = [...this.net.nodes.keys()].sort(() => r.next() - 0.5);
    for (const i of order) if (!this.net.nodes[i].exited) return i;
    return order[0];
  }

  private async chainSequence(address: string, accountNumber: number): Promise<bigint | undefined> {
    for (const n of this.net.nodes) {
      try {
        const r = await abciQuery(n.rpc, '/cosmos.auth.v1beta1.Query/AccountInfo', QueryAccountInfoRequest.encode({ address }).finish(), 0);
        if (r.code !== 0) continue;
        const info = QueryAccountInfoResponse.decode(r.value).info;
        if (info && Number(info.accountNumber) === accountNumber) return info.sequence;
      } catch {
        // next node
      }
    }
    return undefined;
  }

  private async loop(key: Key, accountNumber: number, r: Rng, actor: number): Promise<void> {
    let seq = 0n;
    const keys = this.net.keys;
    while (this.running) {
      let msgs: EncodedMsg[];
      let gas = 200_000n;
      let to = '';
      let amount = 0n;
      let kind: string | undefined;
      if (this.market) {
        const planned = await this.market.plan(actor, r).catch(() => undefined);
        if (!planned) {
          await sleep(300 + r.int(300));
          continue;
        }
        ({ msgs, gas, kind } = planned);
      } else {
        to = keys[(accountNumber + 1 + r.int(keys.length - 1)) % keys.length].address;
        amount = BigInt(1 + r.int(1_000_000));
        msgs = [msgSend(key.address, to, [{ denom: 'uusdc', amount: String(amount) }])];
      }
      const tx = await signTx(key, msgs, {
        chainId: FAULT_CHAIN_ID,
        accountNumber: BigInt(accountNumber),
        sequence: seq,
        fee: [{ denom: 'usettle', amount: String(FEE) }],
        gas,
      });
      this.stats.signed++;
      const hash = txHashHex(tx);
      const rec: SentTx = { hash, from: key.address, to, amount, sequence: seq, kind };
      // broadcast: try nodes until one answers
      let accepted = false;
      let resync = false;
      for (let attempt = 0; attempt < 4 && this.running && !accepted && !resync; attempt++) {
        const i = await this.liveNode(r);
        try {
          const res = await rpc(this.net.nodes[i].rpc, `/broadcast_tx_sync?tx=0x${Buffer.from(tx).toString('hex')}`, 4000);
          const code = Number(res.code);
          this.sent.set(hash, rec);
          if (code === 0) accepted = true;
          else {
            this.stats.checkTxRejected++;
            const k = `${res.codespace || ''}/${code}`;
            this.rejections[k] = (this.rejections[k] ?? 0) + 1;
            const m = /expected (\d+), got/.exec(String(res.log));
            if (m) seq = BigInt(m[1]);
            resync = !m;
            break;
          }
        } catch (err) {
          const msg = (err as Error).message;
          if (/already exists in cache|tx already exists/i.test(msg)) {
            this.sent.set(hash, rec);
            accepted = true;
          } else {
            // the node may have taken it before failing to answer (a paused app): its fate is settled by the final scan
            this.sent.set(hash, rec);
            this.stats.broadcastErrors++;
            await sleep(200 + r.int(300));
          }
        }
      }
      if (!accepted) {
        if (resync) {
          const s = await this.chainSequence(key.address, accountNumber);
          if (s !== undefined) seq = s;
          this.stats.resyncs++;
        }
        continue;
      }
      // follow it until committed
      const deadline = Date.now() + 30_000;
      let found = false;
      while (Date.now() < deadline) {
        await sleep(250 + r.int(250));
        const i = await this.liveNode(r);
        try {
          const t = await rpc(this.net.nodes[i].rpc, `/tx?hash=0x${hash}`, 3000);
          rec.committed = { height: Number(t.height), index: Number(t.index), code: Number(t.tx_result?.code ?? 0) };
          this.stats.committed++;
          if (this.market && kind) this.market.committed(actor, kind, rec.committed.code, String(t.tx_result?.codespace ?? ''));
          found = true;
          break;
        } catch {
          // not yet, or node down
        }
        if (!this.running && Date.now() > deadline - 20_000) break;
      }
      if (found) {
        seq++;
      } else {
        this.stats.timeouts++;
        const s = await this.chainSequence(key.address, accountNumber);
        if (s !== undefined) seq = s;
        this.stats.resyncs++;
      }
      await sleep(50 + r.int(200));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Checks

export interface FinalReport {
  height: number;
  heightsCompared: number;
  nodes: number;
  committedTxsChecked: number;
  chainTxs: number;
  /** Blocks whose first tx is the oracle's vote-extension injection. */
  injectedTxs: number;
  cometIndexGaps: number;
  /** Where CometBFT's kv index lacked a committed tx (node, height). */
  cometIndexGapDetails: string[];
  settleIndexChecked: number;
  accountsCompared: number;
  balanceQueries: number;
  problems: string[];
}

/** Block hash and header app hash of heights [from, to] via /blockchain (20 per call). */
async function blockMetas(port: number, from: number, to: number): Promise<Map<number, { blockHash: string; appHash: string }>> {
  const out = new Map<number, { blockHash: string; appHash: string }>();
  for (let lo = from; lo <= to; lo += 20) {
    const hi = Math.min(to, lo + 19);
    const r = await rpc(port, `/blockchain?minHeight=${lo}&maxHeight=${hi}`, 10_000);
    for (const m of r.block_metas) out.set(Number(m.header.height), { blockHash: m.block_id.hash, appHash: m.header.app_hash });
  }
  return out;
}

/** Identical block hash and app hash at every height in [1, upTo] on the given nodes. */
export async function compareHistories(net: FaultNet, upTo: number, which: number[] = net.nodes.map((n) => n.index)): Promise<string[]> {
  const metas = await Promise.all(which.map((i) => blockMetas(net.nodes[i].rpc, 1, upTo)));
  const problems: string[] = [];
  for (let h = 1; h <= upTo; h++) {
    const ref = metas[0].get(h);
    if (!ref) problems.push(`node${which[0]} has no block ${h}`);
    for (let k = 1; k < which.length; k++) {
      const m = metas[k].get(h);
      if (!m || !ref) continue;
      if (m.blockHash !== ref.blockHash || m.appHash !== ref.appHash) problems.push(`height ${h}: node${which[k]} block ${m.blockHash} app ${m.appHash} vs node${which[0]} block ${ref.blockHash} app ${ref.appHash}`);
    }
    if (problems.length > 20) break;
  }
  return problems;
}

function balancesKey(coins: { denom: string; amount: string }[]): string {
  return coins.map((c) => `${c.amount}${c.denom}`).join(',');
}

export async function finalCheck(net: FaultNet, load: Load, log: (l: string) => void = () => undefined, market?: Load): Promise<FinalReport> {
  const problems: string[] = [];
  const all = net.nodes.map((n) => n.index);
  // Let everyone settle at a common height.
  const start = await net.maxHeight();
  await net.waitHeight(start + 2, 60_000);
  const hs = (await net.heights()).map((h) => h ?? 0);
  const H = Math.min(...hs);
  log(`final check at height ${H} (node heights ${hs.join(',')})`);

  // 1. identical history
  problems.push(...(await compareHistories(net, H)));
  // each node's own FinalizeBlock app hash for a sample of heights (all heights up to 2000, then every 5th)
  const sample: number[] = [];
  for (let h = 1; h < H; h++) if (h <= 2000 || h % 5 === 0) sample.push(h);
  for (const h of sample) {
    const appHashes = await Promise.all(all.map((i) => rpc(net.nodes[i].rpc, `/block_results?height=${h}`, 10_000).then((r) => String(r.app_hash)).catch((e: Error) => `error ${e.message}`)));
    if (new Set(appHashes).size !== 1) problems.push(`height ${h}: FinalizeBlock app hashes differ between nodes: ${appHashes.join(' ')}`);
    if (problems.length > 40) break;
  }

  // 2. every tx in the chain, from node 0's blocks and results
  const chain = new Map<string, { height: number; index: number; code: number; bytes: Buffer }>();
  let injected = 0;
  for (let h = 1; h <= H; h++) {
    const b = await rpc(net.nodes[0].rpc, `/block?height=${h}`, 10_000);
    const txs: string[] = b.block.data.txs ?? [];
    if (txs.length === 0) continue;
    const res = await rpc(net.nodes[0].rpc, `/block_results?height=${h}`, 10_000);
    txs.forEach((t, idx) => {
      const bytes = Buffer.from(t, 'base64');
      if (idx === 0 && isInjectedTx(bytes)) {
        injected++; // the oracle's vote-extension injection, not a user tx
        return;
      }
      chain.set(crypto.createHash('sha256').update(bytes).digest('hex').toUpperCase(), { height: h, index: idx, code: Number(res.txs_results?.[idx]?.code ?? 0), bytes });
    });
  }
  // (the market actors' txs, when there are any, are the load's too; they may fail)
  const sent = new Map([...load.sent, ...(market?.sent ?? [])]);
  const committed = [...sent.values()].filter((t) => t.committed && t.committed.height <= H);
  for (const t of committed) {
    const c = chain.get(t.hash);
    if (!c) problems.push(`tx ${t.hash} reported committed at height ${t.committed!.height} is not in the chain`);
    else if (c.height !== t.committed!.height || c.index !== t.committed!.index) problems.push(`tx ${t.hash}: reported at ${t.committed!.height}/${t.committed!.index}, chain has it at ${c.height}/${c.index}`);
  }
  for (const [hash, c] of chain) {
    if (!sent.has(hash)) problems.push(`tx ${hash} at height ${c.height} was never sent by the load`);
    if (c.code !== 0 && !sent.get(hash)?.kind) problems.push(`tx ${hash} at height ${c.height} failed with code ${c.code}`);
  }

  // 3. every committed tx findable on every node: CometBFT's index (/tx) and settle's own (GetTx)
  let gaps = 0;
  const gapDetails: string[] = [];
  let settleChecked = 0;
  for (const [hash, c] of chain) {
    for (const i of all) {
      const port = net.nodes[i].rpc;
      try {
        const t = await rpc(port, `/tx?hash=0x${hash}`, 5000);
        if (Number(t.height) !== c.height || Number(t.index) !== c.index) problems.push(`node${i} /tx ${hash}: at ${t.height}/${t.index}, chain ${c.height}/${c.index}`);
      } catch {
        // CometBFT's kv indexer writes asynchronously and can lose the entries of the last blocks in a kill; the block itself must have it
        gaps++;
        if (gapDetails.length < 20) gapDetails.push(`node${i} height ${c.height} tx ${hash.slice(0, 12)}`);
        const b = await rpc(port, `/block?height=${c.height}`, 10_000);
        const inBlock = (b.block.data.txs ?? []).some((x: string) => Buffer.from(x, 'base64').equals(c.bytes));
        if (!inBlock) problems.push(`node${i}: tx ${hash} neither in its tx index nor in its block ${c.height}`);
      }
      const q = await abciQuery(port, '/cosmos.tx.v1beta1.Service/GetTx', GetTxRequest.encode({ hash }).finish(), 0);
      settleChecked++;
      if (q.code !== 0) problems.push(`node${i}: settle's GetTx does not find ${hash} (height ${c.height}): ${q.code} ${q.log}`);
      else {
        const r = GetTxResponse.decode(q.value);
        if (Number(r.txResponse?.height) !== c.height) problems.push(`node${i}: GetTx ${hash} at height ${r.txResponse?.height}, chain ${c.height}`);
      }
    }
    if (problems.length > 60) break;
  }

  // 4. balances: equal on every node at height H, and equal to genesis + the chain's txs
  const expected = new Map<string, Map<string, bigint>>();
  const add = (a: string, d: string, v: bigint): void => {
    let m = expected.get(a);
    if (!m) expected.set(a, (m = new Map()));
    m.set(d, (m.get(d) ?? 0n) + v);
  };
  for (const k of net.keys) {
    add(k.address, 'usettle', GENESIS_USETTLE);
    add(k.address, 'uusdc', GENESIS_UUSDC);
  }
  const feeCollector = moduleAddress('fee_collector');
  for (const [hash, c] of chain) {
    if (c.code !== 0 || !load.sent.has(hash)) continue;
    const body = TxBody.decode(TxRaw.decode(c.bytes).bodyBytes);
    for (const m of body.messages) {
      const s = MsgSend.decode(m.value);
      for (const coin of s.amount) {
        add(s.fromAddress, coin.denom, -BigInt(coin.amount));
        add(s.toAddress, coin.denom, BigInt(coin.amount));
      }
      add(s.fromAddress, 'usettle', -FEE);
      add(feeCollector, 'usettle', FEE);
    }
  }
  // with a market, the fee collector (fills' fees too), the market accounts and the margin and insurance module
  // accounts are compared between nodes only
  const nodesOnly = new Set<string>();
  if (market) for (const a of [feeCollector, moduleAddress('margin'), moduleAddress('insurance'), ...net.marketKeys.map((k) => k.address)]) nodesOnly.add(a);
  for (const a of nodesOnly) if (!expected.has(a)) expected.set(a, new Map());
  let queries = 0;
  for (const [addr, want] of expected) {
    const wantKey = [...want.entries()].filter(([, v]) => v !== 0n).sort(([a], [b]) => (a < b ? -1 : 1)).map(([d, v]) => `${v}${d}`).join(',');
    const got: string[] = [];
    for (const i of all) {
      const q = await abciQuery(net.nodes[i].rpc, '/cosmos.bank.v1beta1.Query/AllBalances', QueryAllBalancesRequest.encode({ address: addr, resolveDenom: false }).finish(), H);
      queries++;
      got.push(q.code === 0 ? balancesKey(QueryAllBalancesResponse.decode(q.value).balances) : `error ${q.code} ${q.log}`);
    }
    if (new Set(got).size !== 1) problems.push(`balances of ${addr} at height ${H} differ between nodes: ${got.join(' | ')}`);
    else if (got[0] !== wantKey && !nodesOnly.has(addr)) problems.push(`balances of ${addr} at height ${H}: ${got[0]}, the chain's txs imply ${wantKey}`);
  }
  return { height: H, heightsCompared: H, nodes: all.length, committedTxsChecked: committed.length, chainTxs: chain.size, injectedTxs: injected, cometIndexGaps: gaps, cometIndexGapDetails: gapDetails, settleIndexChecked: settleChecked, accountsCompared: expected.size, balanceQueries: queries, problems };
}

export interface HaltReport {
  killed: number[];
  haltedAt: number;
  observedSec: number;
  resumedTo: number;
  problems: string[];
}

/**
 * Two of four validators killed: the other two (half the voting power, below 2/3) must stop making
 * blocks and must not fork; both restarted, the chain resumes with the same history.
 */
export async function twoOfFour(net: FaultNet, rng: Rng, observeSec = 10, log: (l: string) => void = () => undefined): Promise<HaltReport> {
  const problems: string[] = [];
  const order = [...net.nodes.keys()].sort(() => rng.next() - 0.5);
  const killed = order.slice(0, 2).sort();
  const alive = order.slice(2).sort();
  log(`two of four: killing node${killed[0]} and node${killed[1]}`);
  await Promise.all(killed.map((i) => net.stopNode(i, 'SIGKILL')));
  await sleep(3000); // a height already decided by +2/3 may still be committed
  const at = Math.max(...(await Promise.all(alive.map((i) => heightOf(net.nodes[i].rpc)))));
  const t0 = Date.now();
  while (Date.now() - t0 < observeSec * 1000) {
    const hs = await Promise.all(alive.map((i) => heightOf(net.nodes[i].rpc).catch(() => -1)));
    if (hs.some((h) => h > at)) {
      problems.push(`with two of four validators down the chain went on: heights ${hs.join(',')} > ${at}`);
      break;
    }
    await sleep(500);
  }
  const observedSec = (Date.now() - t0) / 1000;
  problems.push(...(await compareHistories(net, at, alive)).map((p) => `while halted: ${p}`));
  const before = await blockMetas(net.nodes[alive[0]].rpc, 1, at);
  for (const i of killed) net.start(i);
  await net.waitHeight(at + 3, 90_000);
  const after = await Promise.all(net.nodes.map((n) => blockMetas(n.rpc, 1, at)));
  for (const [k, m] of after.entries()) {
    for (let h = 1; h <= at; h++) {
      if (m.get(h)?.blockHash !== before.get(h)?.blockHash) {
        problems.push(`after resuming, node${k} has another block at height ${h}`);
        break;
      }
    }
  }
  const resumedTo = await net.maxHeight();
  return { killed, haltedAt: at, observedSec, resumedTo, problems };
}
