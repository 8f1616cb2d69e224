/**
 * Integration: the real CometBFT v0.38.25 binary (tools/bin/cometbft) drives our ABCI socket server
 * with a tiny deterministic counter app. Checks the connections CometBFT opens, the ABCI call grammar
 * of a fresh start, a restart (Info's last height / app hash honoured, no InitChain, no replay), a
 * replay from scratch (Info says height 0), and that a ResponseException stops the node.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import pino from 'pino';
import {
  ExecTxResult,
  RequestCheckTx,
  RequestFinalizeBlock,
  RequestInfo,
  RequestPrepareProposal,
  RequestProcessProposal,
  ResponseCheckTx,
  ResponseCommit,
  ResponseFinalizeBlock,
  ResponseInfo,
  ResponseInitChain,
  ResponsePrepareProposal,
  ResponseProcessProposal,
  RequestInitChain,
} from 'cosmjs-types/tendermint/abci/types';
import { AbciServer, BaseAbciApplication, type AbciRequestType } from '../../../chain/abci';

const ROOT = path.resolve(__dirname, '../../..');
const COMETBFT = path.join(ROOT, 'tools/bin/cometbft');
const COMETBFT_VERSION = '0.38.25';

jest.setTimeout(60_000);

// ---------------------------------------------------------------------------------------------
// The counter app: counts blocks and txs; app hash = sha256(height_be8 ‖ txCount_be8).

function be8(n: bigint): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(n);
  return b;
}

function appHash(height: bigint, txCount: bigint): Uint8Array {
  return createHash('sha256').update(Buffer.concat([be8(height), be8(txCount)])).digest();
}

interface Call {
  connId: number;
  type: AbciRequestType;
}

class CounterApp extends BaseAbciApplication {
  height = 0n;
  txCount = 0n;
  hash: Uint8Array = new Uint8Array();
  private pending: { height: bigint; txCount: bigint; hash: Uint8Array } | null = null;
  readonly heights: Array<{ type: string; height: bigint }> = [];
  /** App hash returned by FinalizeBlock, by height (hex). */
  readonly hashes = new Map<bigint, string>();
  readonly infoRequests: RequestInfo[] = [];
  readonly infoResponses: ResponseInfo[] = [];
  initChainRequest: RequestInitChain | null = null;
  /** Throw from FinalizeBlock at this height (to see what CometBFT does with ResponseException). */
  failAtHeight: bigint | null = null;

  override async info(req: RequestInfo): Promise<ResponseInfo> {
    this.infoRequests.push(req);
    const res = ResponseInfo.fromPartial({
      data: 'counter',
      version: '1.0.0',
      appVersion: 1n,
      lastBlockHeight: this.height,
      lastBlockAppHash: this.hash,
    });
    this.infoResponses.push(res);
    return res;
  }

  override async initChain(req: RequestInitChain): Promise<ResponseInitChain> {
    this.initChainRequest = req;
    return ResponseInitChain.fromPartial({});
  }

  override async checkTx(req: RequestCheckTx): Promise<ResponseCheckTx> {
    return ResponseCheckTx.fromPartial({ code: req.tx.length > 0 ? 0 : 1, gasWanted: 1n });
  }

  override async prepareProposal(req: RequestPrepareProposal): Promise<ResponsePrepareProposal> {
    this.heights.push({ type: 'prepareProposal', height: req.height });
    return super.prepareProposal(req);
  }

  override async processProposal(req: RequestProcessProposal): Promise<ResponseProcessProposal> {
    this.heights.push({ type: 'processProposal', height: req.height });
    return super.processProposal(req);
  }

  override async finalizeBlock(req: RequestFinalizeBlock): Promise<ResponseFinalizeBlock> {
    this.heights.push({ type: 'finalizeBlock', height: req.height });
    if (req.height === this.failAtHeight) throw new Error(`counter app refuses block ${req.height}`);
    if (req.height !== this.height + 1n) {
      throw new Error(`FinalizeBlock for height ${req.height}, but the last committed height is ${this.height}`);
    }
    const txCount = this.txCount + BigInt(req.txs.length);
    const hash = appHash(req.height, txCount);
    this.pending = { height: req.height, txCount, hash }; // applied at Commit only
    this.hashes.set(req.height, Buffer.from(hash).toString('hex'));
    return ResponseFinalizeBlock.fromPartial({
      txResults: req.txs.map(() => ExecTxResult.fromPartial({ code: 0 })),
      appHash: hash,
    });
  }

  override async commit(): Promise<ResponseCommit> {
    if (!this.pending) throw new Error('Commit without FinalizeBlock');
    ({ height: this.height, txCount: this.txCount, hash: this.hash } = this.pending);
    this.pending = null;
    return ResponseCommit.fromPartial({});
  }
}

// ---------------------------------------------------------------------------------------------
// CometBFT process handling.

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Sets `key = value` inside `[section]` (or at top level when section is ''). */
function setToml(toml: string, section: string, key: string, value: string): string {
  const lines = toml.split('\n');
  let current = '';
  for (let i = 0; i < lines.length; i++) {
    const sec = /^\s*\[([^\]]+)\]\s*$/.exec(lines[i]);
    if (sec) {
      current = sec[1];
      continue;
    }
    if (current === section && new RegExp(`^\\s*${key}\\s*=`).test(lines[i])) {
      lines[i] = `${key} = ${value}`;
      return lines.join('\n');
    }
  }
  throw new Error(`config.toml has no key ${section ? `[${section}] ` : ''}${key}`);
}

interface Node {
  proc: ChildProcess;
  output: string[];
  exit: Promise<number | null>;
  exited: boolean;
}

const nodes: Node[] = [];

function startNode(home: string): Node {
  const proc = spawn(COMETBFT, ['start', '--home', home], { stdio: ['ignore', 'pipe', 'pipe'] });
  const node: Node = { proc, output: [], exited: false, exit: Promise.resolve(null) };
  const keep = (chunk: Buffer): void => {
    node.output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (node.output.length > 400) node.output.splice(0, node.output.length - 400);
  };
  proc.stdout?.on('data', keep);
  proc.stderr?.on('data', keep);
  node.exit = new Promise((resolve) =>
    proc.once('exit', (code) => {
      node.exited = true;
      resolve(code);
    }),
  );
  nodes.push(node);
  return node;
}

async function stopNode(node: Node): Promise<void> {
  if (node.exited) return;
  node.proc.kill('SIGTERM');
  const timer = setTimeout(() => node.proc.kill('SIGKILL'), 10_000);
  await node.exit;
  clearTimeout(timer);
}

function tail(node: Node, n = 40): string {
  return node.output.slice(-n).join('\n');
}

async function rpc(port: number, route: string): Promise<any> {
  const res = await fetch(`http://127.0.0.1:${port}${route}`);
  const body = (await res.json()) as { result?: unknown; error?: unknown };
  if (body.error) throw new Error(`RPC ${route}: ${JSON.stringify(body.error)}`);
  return body.result;
}

async function waitFor<T>(
  node: Node,
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (node.exited) throw new Error(`cometbft exited while waiting for ${what}. Last output:\n${tail(node)}`);
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch {
      // RPC not up yet
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}. Last output:\n${tail(node)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function waitForHeight(node: Node, rpcPort: number, height: number): Promise<number> {
  return waitFor(node, `block height ${height}`, async () => {
    const st = await rpc(rpcPort, '/status');
    const h = Number(st.sync_info.latest_block_height);
    return h >= height ? h : undefined;
  });
}

// ---------------------------------------------------------------------------------------------
// The ABCI grammar (spec/abci/abci++_comet_expected_behavior.md), vote extensions disabled.

const LETTERS: Partial<Record<AbciRequestType, string>> = {
  info: 'I',
  initChain: 'C',
  offerSnapshot: 'O',
  applySnapshotChunk: 'A',
  prepareProposal: 'P',
  processProposal: 'Q',
  extendVote: 'E',
  verifyVoteExtension: 'V',
  finalizeBlock: 'F',
  commit: 'K',
};
/** consensus-round = proposer [prepare [process]] / non-proposer [process]; height = *round decide commit. */
const ROUND = '(?:PQ?|Q)';
const HEIGHTS = `(?:${ROUND}*FK)+${ROUND}*F?`;
const CLEAN_START = new RegExp(`^IC${HEIGHTS}$`);
const RECOVERY = new RegExp(`^I${HEIGHTS}$`);

function grammar(calls: Call[]): string {
  return calls.map((c) => LETTERS[c.type] ?? '').join('');
}

// ---------------------------------------------------------------------------------------------

describe('ABCI server against a real CometBFT v0.38 node', () => {
  let home: string;
  let rpcPort: number;
  let p2pPort: number;
  let app: CounterApp;
  let server: AbciServer;
  let calls: Call[] = [];
  const extraServers: AbciServer[] = [];
  const logger = pino({ level: process.env.ABCI_TEST_LOG ?? 'silent' });

  function configure(proxyApp: string): void {
    const file = path.join(home, 'config/config.toml');
    let toml = fs.readFileSync(file, 'utf8');
    toml = setToml(toml, '', 'proxy_app', JSON.stringify(proxyApp));
    toml = setToml(toml, '', 'moniker', '"abci-it"');
    toml = setToml(toml, 'rpc', 'laddr', JSON.stringify(`tcp://127.0.0.1:${rpcPort}`));
    toml = setToml(toml, 'p2p', 'laddr', JSON.stringify(`tcp://127.0.0.1:${p2pPort}`));
    toml = setToml(toml, 'p2p', 'external_address', '""');
    toml = setToml(toml, 'p2p', 'seeds', '""');
    toml = setToml(toml, 'p2p', 'persistent_peers', '""');
    toml = setToml(toml, 'p2p', 'pex', 'false');
    toml = setToml(toml, 'consensus', 'timeout_commit', '"300ms"');
    toml = setToml(toml, 'consensus', 'create_empty_blocks', 'true');
    toml = setToml(toml, 'instrumentation', 'prometheus', 'false');
    fs.writeFileSync(file, toml);
  }

  function serverFor(a: CounterApp, sink: Call[]): AbciServer {
    return new AbciServer(a, {
      logger,
      onRequest: (connId, type) => sink.push({ connId, type }),
    });
  }

  beforeAll(async () => {
    if (!fs.existsSync(COMETBFT)) {
      throw new Error(`CometBFT binary not found at ${COMETBFT}. Run scripts/install-cometbft.sh first (needs Go >= 1.22.11).`);
    }
    const v = spawnSync(COMETBFT, ['version'], { encoding: 'utf8' });
    if (v.stdout.trim() !== COMETBFT_VERSION) {
      throw new Error(
        `${COMETBFT} reports version '${v.stdout.trim()}${v.stderr}', expected ${COMETBFT_VERSION}. Run scripts/install-cometbft.sh.`,
      );
    }
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'settle-abci-it-'));
    const init = spawnSync(COMETBFT, ['init', '--home', home], { encoding: 'utf8' });
    if (init.status !== 0) throw new Error(`cometbft init failed: ${init.stderr}`);
    rpcPort = await freePort();
    p2pPort = await freePort();
    app = new CounterApp();
    server = serverFor(app, calls);
    configure(await server.listen('tcp://127.0.0.1:0'));
  });

  afterAll(async () => {
    await Promise.all(nodes.map((n) => stopNode(n)));
    await server?.close();
    await Promise.all(extraServers.map((s) => s.close()));
    if (home) fs.rmSync(home, { recursive: true, force: true });
  });

  let committedAtStop = 0n;
  let latest: CounterApp;
  let hashAtStop: Uint8Array = new Uint8Array();

  it('fresh start: 4 connections, Info handshake, InitChain, then Prepare/Process/Finalize/Commit per height', async () => {
    const node = startNode(home);
    await waitForHeight(node, rpcPort, 1);
    expect(server.connectionCount).toBe(4); // query, snapshot, mempool, consensus

    // A tx through the mempool connection (CheckTx) into a block (FinalizeBlock).
    const tx = Buffer.from('hello-settle').toString('hex');
    const bres = await rpc(rpcPort, `/broadcast_tx_sync?tx=0x${tx}`);
    expect(bres.code).toBe(0);
    await waitFor(node, 'the tx to be committed', async () => (app.txCount >= 1n ? true : undefined));
    await waitForHeight(node, rpcPort, 3);
    await stopNode(node);
    committedAtStop = app.height;
    hashAtStop = app.hash;

    // Handshake: Info carries CometBFT's versions.
    expect(app.infoRequests[0]).toMatchObject({
      version: COMETBFT_VERSION,
      abciVersion: '2.0.0',
      blockVersion: 11n,
      p2pVersion: 8n,
    });
    expect(app.initChainRequest?.chainId).toMatch(/^test-chain-/);
    expect(app.initChainRequest?.validators).toHaveLength(1);

    // Call grammar, no vote extensions (vote_extensions_enable_height = 0).
    const g = grammar(calls);
    expect(g).toMatch(CLEAN_START);
    expect(g).not.toMatch(/[EVOA]/);

    // Which connection gets what.
    const conn = (t: AbciRequestType): number[] => [...new Set(calls.filter((c) => c.type === t).map((c) => c.connId))];
    const [queryConn] = conn('info');
    const consensus = new Set(
      calls.filter((c) => ['initChain', 'prepareProposal', 'processProposal', 'finalizeBlock', 'commit'].includes(c.type)).map((c) => c.connId),
    );
    expect(consensus.size).toBe(1);
    const [consensusConn] = [...consensus];
    expect(conn('checkTx')).toEqual([queryConn + 2]); // mempool: third connection
    expect(consensusConn).toBe(queryConn + 3); // consensus: fourth; snapshot (second) stays silent
    expect(calls.some((c) => c.connId === queryConn + 1)).toBe(false);
    // CometBFT flushes the mempool connection before every Commit.
    expect(calls.some((c) => c.connId === queryConn + 2 && c.type === 'flush')).toBe(true);

    // Heights: FinalizeBlock 1, 2, 3, ... consecutively; proposals for the height being decided.
    const fin = app.heights.filter((h) => h.type === 'finalizeBlock').map((h) => Number(h.height));
    expect(fin.slice(0, 3)).toEqual([1, 2, 3]);
    fin.forEach((h, i) => expect(h).toBe(i + 1));
    let next = 1n;
    for (const h of app.heights) {
      expect(h.height).toBe(next);
      if (h.type === 'finalizeBlock') next += 1n;
    }
    expect(committedAtStop).toBeGreaterThanOrEqual(3n);
  });

  it('restart: Info reports the last committed height and app hash; no InitChain; continues at the next height', async () => {
    calls.length = 0;
    const before = app.heights.length;
    const node = startNode(home);
    const h = await waitForHeight(node, rpcPort, Number(committedAtStop) + 2);
    const headers = new Map<number, string>();
    for (let height = 2; height <= h; height++) {
      const b = await rpc(rpcPort, `/block?height=${height}`);
      headers.set(height, String(b.block.header.app_hash).toLowerCase());
    }
    await stopNode(node);

    const info = app.infoResponses[app.infoResponses.length - 1];
    expect(info.lastBlockHeight).toBe(committedAtStop);
    expect(Buffer.from(info.lastBlockAppHash)).toEqual(Buffer.from(hashAtStop));
    const g = grammar(calls);
    expect(g).toMatch(RECOVERY);
    expect(g).not.toContain('C');
    const fin = app.heights.slice(before).filter((x) => x.type === 'finalizeBlock');
    expect(fin[0].height).toBe(committedAtStop + 1n);
    expect(app.height).toBeGreaterThanOrEqual(BigInt(h));
    // Every stored block header carries the app hash we returned for the previous height.
    for (let height = 2; height <= h; height++) {
      expect(headers.get(height)).toBe(app.hashes.get(BigInt(height - 1)));
    }
    committedAtStop = app.height;
  });

  it('an app that reports height 0 gets InitChain and a replay of every block (FinalizeBlock+Commit only)', async () => {
    const fresh = new CounterApp();
    const freshCalls: Call[] = [];
    const s2 = serverFor(fresh, freshCalls);
    extraServers.push(s2);
    configure(await s2.listen('tcp://127.0.0.1:0'));
    const node = startNode(home);
    await waitFor(node, 'the replay to catch up', async () => (fresh.height > committedAtStop ? true : undefined));
    await stopNode(node);

    const g = grammar(freshCalls);
    expect(g).toMatch(CLEAN_START);
    // The replayed heights 1..committedAtStop come without proposals.
    const replay = fresh.heights.slice(0, Number(committedAtStop));
    expect(replay.every((x) => x.type === 'finalizeBlock')).toBe(true);
    expect(replay.map((x) => Number(x.height))).toEqual(Array.from({ length: Number(committedAtStop) }, (_, i) => i + 1));
    // The replay reproduces the original app's hashes (and CometBFT checked them against its state).
    for (const [height, hash] of app.hashes) {
      if (height <= committedAtStop) expect(fresh.hashes.get(height)).toBe(hash);
    }
    latest = fresh;
  });

  it("CometBFT checks Info's last_block_app_hash: a wrong one stops it at the handshake", async () => {
    const liar = new CounterApp();
    liar.height = latest.height;
    liar.txCount = latest.txCount;
    liar.hash = appHash(999n, 999n);
    const s = serverFor(liar, []);
    extraServers.push(s);
    configure(await s.listen('tcp://127.0.0.1:0'));
    const node = startNode(home);
    const timer = setTimeout(() => node.proc.kill('SIGKILL'), 20_000);
    const code = await node.exit;
    clearTimeout(timer);
    expect(code).not.toBe(0);
    expect(tail(node, 400)).toMatch(/AppHash does not match AppHash after replay/);
    expect(liar.heights).toEqual([]); // nothing was executed
  });

  it('a ResponseException (FinalizeBlock throws) makes CometBFT stop', async () => {
    const failing = new CounterApp();
    failing.height = latest.height;
    failing.txCount = latest.txCount;
    failing.hash = latest.hash;
    failing.failAtHeight = latest.height + 1n;
    const s3 = serverFor(failing, []);
    extraServers.push(s3);
    configure(await s3.listen('tcp://127.0.0.1:0'));
    const node = startNode(home);
    const timer = setTimeout(() => node.proc.kill('SIGKILL'), 20_000);
    await node.exit;
    clearTimeout(timer);
    const out = tail(node, 400);
    // The socket client stops on the exception and CometBFT shuts itself down (SIGTERM to itself).
    expect(out).toMatch(/Stopping abci.socketClient for error: counter app refuses block/);
    expect(out).toMatch(/consensus connection terminated/);
    expect(failing.height).toBe(latest.height); // nothing committed
  });
});
