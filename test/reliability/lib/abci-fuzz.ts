/**
 * ABCI frame fuzzing against the real `settled start --abci-only` process on a loopback port:
 * connections carrying random and mutated frames — valid requests of every type with random fields,
 * bodies with flipped bits, truncations, structure-aware protobuf mutations, random bytes, length
 * prefixes that lie (too long, too short, zero, overflowing, above the limit), frames split into
 * small writes — then a half-close. Oracles:
 *
 * - the settled process never exits;
 * - every connection is answered and closed by the server within a bound after our FIN (no hang);
 * - every frame that decodes as a request (the server's own decodeRequest) before the stream breaks
 *   gets a response of its own type, in order — a ResponseException is allowed only for the
 *   consensus calls that legitimately fail on out-of-sequence input (InitChain on an initialized
 *   chain, FinalizeBlock at the wrong height); an exception for Echo, Info, Query, CheckTx, snapshot,
 *   proposal or vote-extension calls would make CometBFT shut the node down;
 * - after every few connections a fresh connection still gets Echo and Info answered correctly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { SimulateRequest } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import { Request, Response, type RequestFinalizeBlock } from 'cosmjs-types/tendermint/abci/types';
import { decodeRequest, encodeFrame, FrameDecoder, type AbciRequestType } from '../../../chain/abci';
import { encodeUvarint } from '../../../chain/encoding';
import { Rng } from '../../helpers/rng';
import type { Key } from './accounts';
import { FUZZ_CHAIN_ID, initRequest, mutate, MUTATORS, type PoolTx } from './fuzz';

import { mutateMessage } from './protowire';

/** Request types whose handler may legitimately throw on input CometBFT would never send (the connection then closes). */
const MAY_THROW: ReadonlySet<AbciRequestType> = new Set<AbciRequestType>(['initChain', 'finalizeBlock']);

export interface AbciTarget {
  address: string;
  proc: ChildProcess;
  alive: () => boolean;
  exitInfo: () => string;
  stop: () => Promise<void>;
}

/** `settled init` + `settled start --abci-only` from dist/, ABCI on 127.0.0.1:<base+2>. */
export async function startAbciTarget(root: string, home: string, basePort: number, logFile: string): Promise<AbciTarget> {
  const main = path.join(root, 'dist/chain/node/main.js');
  if (!fs.existsSync(main)) throw new Error(`${main} not found: run "npm run build" first`);
  const run = (args: string[]): ChildProcess => {
    const fd = fs.openSync(logFile, 'a');
    const c = spawn(process.execPath, [main, ...args], { stdio: ['ignore', fd, fd], env: { ...process.env, SETTLE_ABCI_TRACE: '', SETTLE_CRASH_AT: '' } });
    fs.closeSync(fd);
    return c;
  };
  const init = run(['init', '--home', home, '--chain-id', FUZZ_CHAIN_ID, '--moniker', 'fuzz', '--base-port', String(basePort)]);
  const code = await new Promise<number | null>((resolve) => init.once('exit', resolve));
  if (code !== 0) throw new Error(`settled init exited with ${code}: ${fs.readFileSync(logFile, 'utf8').slice(-2000)}`);
  const proc = run(['start', '--abci-only', '--home', home, '--log-level', 'fatal']);
  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  proc.once('exit', (c, s) => (exited = { code: c, signal: s }));
  const address = `127.0.0.1:${basePort + 2}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited) throw new Error(`settled exited (${exited.code}) at start: ${fs.readFileSync(logFile, 'utf8').slice(-2000)}`);
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect({ host: '127.0.0.1', port: basePort + 2 });
      s.once('connect', () => {
        s.destroy();
        resolve(true);
      });
      s.once('error', () => resolve(false));
    });
    if (ok) break;
    if (Date.now() > deadline) throw new Error('settled --abci-only did not listen within 30 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    address,
    proc,
    alive: () => !exited,
    exitInfo: () => (exited ? `exited with code ${exited.code} signal ${exited.signal}` : 'running'),
    stop: async () => {
      if (exited) return;
      proc.kill('SIGTERM');
      const t = setTimeout(() => proc.kill('SIGKILL'), 10_000);
      await new Promise((r) => proc.once('exit', r));
      clearTimeout(t);
    },
  };
}

interface Conn {
  socket: net.Socket;
  responses: Response[];
  /** A response frame that does not decode as a tendermint.abci.Response (hex), if any. */
  bad?: string;
  closed: Promise<void>;
  isClosed: () => boolean;
}

function connect(address: string): Promise<Conn> {
  const [host, port] = address.split(':');
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port: Number(port) });
    const responses: Response[] = [];
    const decoder = new FrameDecoder(1 << 30);
    let closed = false;
    const closedP = new Promise<void>((r) => socket.once('close', () => ((closed = true), r())));
    const conn: Conn = { socket, responses, closed: closedP, isClosed: () => closed };
    socket.on('data', (chunk: Buffer) => {
      const { frames, error } = decoder.push(chunk);
      for (const f of frames) {
        try {
          responses.push(Response.decode(f));
        } catch (err) {
          conn.bad ??= `${(err as Error).message}: ${Buffer.from(f).toString('hex').slice(0, 2000)}`;
        }
      }
      if (error) conn.bad ??= `response framing: ${error.message}`;
    });
    socket.on('error', () => undefined);
    socket.once('connect', () => resolve(conn));
    socket.once('error', reject);
  });
}

async function waitResponses(c: Conn, n: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (c.responses.length < n && !c.isClosed()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 2));
  }
  return c.responses.length >= n;
}

function kindOf(res: Response): string {
  return Object.entries(res).filter(([, v]) => v !== undefined).map(([k]) => k).join(',');
}

/** Sets up the chain over the socket, as CometBFT would: Info, InitChain, block 1. */
export async function bootstrapChain(address: string, appState: unknown): Promise<void> {
  const c = await connect(address);
  const reqs: Request[] = [
    Request.fromPartial({ info: { version: '0.38.25' } }),
    Request.fromPartial({ initChain: initRequest(appState) }),
    Request.fromPartial({ finalizeBlock: { height: 1n, time: { seconds: 1_764_000_001n, nanos: 0 }, proposerAddress: Buffer.alloc(20, 7), hash: Buffer.alloc(32, 1) } }),
    Request.fromPartial({ commit: {} }),
  ];
  c.socket.write(Buffer.concat(reqs.map((r) => encodeFrame(Request.encode(r).finish()))));
  if (!(await waitResponses(c, 4, 20_000))) throw new Error(`bootstrap: got ${c.responses.length} responses`);
  const kinds = c.responses.map(kindOf);
  if (kinds.join(' ') !== 'info initChain finalizeBlock commit') throw new Error(`bootstrap: responses ${kinds.join(' ')}: ${JSON.stringify(c.responses.find((r) => r.exception))}`);
  c.socket.destroy();
}


export interface FrameFuzzConfig {
  seed: number;
  frames: number;
  address: string;
  pool: PoolTx[];
  dict: Uint8Array[];
  keys: Key[];
  alive: () => boolean;
  /** Connections open at once (default 3). */
  parallel?: number;
  /** Health check every N connections (default 25). */
  healthEvery?: number;
  onProgress?: (r: FrameFuzzResult) => void;
}

export interface FrameFuzzResult {
  seed: number;
  frames: number;
  connections: number;
  responses: number;
  exceptions: number;
  healthChecks: number;
  byKind: Record<string, number>;
  /** Responses by type (exception included). */
  answered: Record<string, number>;
  failures: string[];
}

const QUERY_PATHS = [
  '/cosmos.bank.v1beta1.Query/Balance', '/cosmos.bank.v1beta1.Query/AllBalances', '/cosmos.bank.v1beta1.Query/TotalSupply', '/cosmos.bank.v1beta1.Query/SupplyOf',
  '/cosmos.bank.v1beta1.Query/DenomMetadata', '/cosmos.bank.v1beta1.Query/DenomsMetadata', '/cosmos.bank.v1beta1.Query/SendEnabled', '/cosmos.bank.v1beta1.Query/Params',
  '/cosmos.bank.v1beta1.Query/SpendableBalances', '/cosmos.bank.v1beta1.Query/SpendableBalanceByDenom', '/cosmos.bank.v1beta1.Query/DenomMetadataByQueryString',
  '/cosmos.auth.v1beta1.Query/Account', '/cosmos.auth.v1beta1.Query/Accounts', '/cosmos.auth.v1beta1.Query/Params', '/cosmos.auth.v1beta1.Query/ModuleAccounts',
  '/cosmos.auth.v1beta1.Query/ModuleAccountByName', '/cosmos.auth.v1beta1.Query/Bech32Prefix', '/cosmos.auth.v1beta1.Query/AddressBytesToString',
  '/cosmos.auth.v1beta1.Query/AddressStringToBytes', '/cosmos.auth.v1beta1.Query/AccountInfo', '/cosmos.tx.v1beta1.Service/Simulate', '/cosmos.tx.v1beta1.Service/GetTx',
  '/store/bank/key', '/store/auth/key', '/store/consensus/key', '/store/nope/key', '/store/bank/subspace', '/app/version', '/', '', '/cosmos.nope.v1.Query/X',
];

type Frame = { bytes: Uint8Array; kind: string; type?: AbciRequestType; breaks: boolean; bodyLength: number };

/** A random request with random fields, or a mutation of one. */
function makeFrame(rng: Rng, c: FrameFuzzConfig, height: { value: number }): Frame {
  const tx = (): Uint8Array => mutate(rng, rng.pick(MUTATORS), c.pool, c.dict);
  const anyBytes = (): Uint8Array => (rng.next() < 0.5 ? rng.pick(c.dict) : rng.bytes(rng.int(64)));
  const h = (): bigint => rng.pick([0n, 1n, BigInt(height.value), BigInt(height.value + 1), BigInt(height.value + 2), -1n, 1n << 62n]);
  const time = { seconds: 1_764_000_000n + BigInt(rng.int(1e6)), nanos: rng.int(1e9) };
  let req: Request;
  const which = rng.int(16);
  switch (which) {
    case 0: req = Request.fromPartial({ echo: { message: Buffer.from(rng.bytes(rng.int(40))).toString('latin1') } }); break;
    case 1: req = Request.fromPartial({ flush: {} }); break;
    case 2: req = Request.fromPartial({ info: { version: 'x', blockVersion: BigInt(rng.int(100)), p2pVersion: 8n, abciVersion: '2.0.0' } }); break;
    case 3:
    case 4: {
      const p = rng.pick(QUERY_PATHS);
      let data = anyBytes();
      if (rng.next() < 0.5) data = mutateMessage(rng, rng.pick(c.pool).bytes, c.dict);
      if (p.endsWith('Simulate') && rng.next() < 0.7) data = SimulateRequest.encode({ txBytes: tx() }).finish();
      req = Request.fromPartial({ query: { path: p, data, height: h(), prove: rng.next() < 0.3 } });
      break;
    }
    case 5:
    case 6:
    case 7: req = Request.fromPartial({ checkTx: { tx: tx(), type: rng.int(3) } }); break;
    case 8: req = Request.fromPartial({ listSnapshots: {} }); break;
    case 9: req = Request.fromPartial({ offerSnapshot: { snapshot: { height: h(), format: rng.int(5), chunks: rng.int(5), hash: anyBytes(), metadata: anyBytes() }, appHash: anyBytes() } }); break;
    case 10: req = rng.next() < 0.5 ? Request.fromPartial({ loadSnapshotChunk: { height: h(), format: rng.int(3), chunk: rng.int(3) } }) : Request.fromPartial({ applySnapshotChunk: { index: rng.int(3), chunk: anyBytes(), sender: 'x' } }); break;
    case 11: req = Request.fromPartial({ prepareProposal: { maxTxBytes: rng.pick([-1n, 0n, 100n, 1n << 22n]), txs: [tx(), tx()], height: h(), time, proposerAddress: anyBytes() } }); break;
    case 12: req = Request.fromPartial({ processProposal: { txs: [tx(), tx()], hash: anyBytes(), height: h(), time, proposerAddress: anyBytes() } }); break;
    case 13: req = rng.next() < 0.5 ? Request.fromPartial({ extendVote: { hash: anyBytes(), height: h(), time, txs: [tx()] } }) : Request.fromPartial({ verifyVoteExtension: { hash: anyBytes(), validatorAddress: anyBytes(), height: h(), voteExtension: rng.next() < 0.5 ? new Uint8Array(0) : anyBytes() } }); break;
    case 14: {
      // FinalizeBlock, often at the right height (then Commit follows on the same connection)
      const fb: Partial<RequestFinalizeBlock> = { txs: [tx(), tx(), tx()], height: rng.next() < 0.6 ? BigInt(height.value + 1) : h(), time, proposerAddress: Buffer.alloc(20, 7), hash: anyBytes() };
      req = Request.fromPartial({ finalizeBlock: fb });
      break;
    }
    default: req = rng.next() < 0.3 ? Request.fromPartial({ initChain: initRequest({}) }) : Request.fromPartial({ commit: {} });
  }
  const body = Request.encode(req).finish();
  const r = rng.next();
  if (r < 0.55) return typed(body, 'valid');
  if (r < 0.65) return typed(flip(rng, body), 'bitflip');
  if (r < 0.72) return typed(body.subarray(0, rng.int(body.length)), 'truncated-body');
  if (r < 0.84) return typed(mutateMessage(rng, body, c.dict), 'proto');
  if (r < 0.88) return typed(rng.bytes(rng.int(100)), 'random-body');
  // lying length prefixes: the stream is broken from here on
  const lie = rng.int(5);
  const prefix =
    lie === 0 ? encodeUvarint(body.length + 1 + rng.int(100))
      : lie === 1 ? encodeUvarint(Math.max(0, body.length - 1 - rng.int(5)))
        : lie === 2 ? new Uint8Array(11).fill(0xff)
          : lie === 3 ? encodeUvarint(128 * 1024 * 1024 + 1 + rng.int(1000))
            : Uint8Array.of(0);
  return { bytes: Buffer.concat([prefix, body]), kind: `prefix-${['long', 'short', 'overflow', 'too-large', 'zero'][lie]}`, breaks: true, bodyLength: body.length };
}

function flip(rng: Rng, b: Uint8Array): Uint8Array {
  const c = Uint8Array.from(b);
  const n = 1 + rng.int(4);
  for (let i = 0; i < n && c.length > 0; i++) c[rng.int(c.length)] ^= 1 << rng.int(8);
  return c;
}

/** A frame around `body`, classified with the server's own decoder: which request it is, if any. */
function typed(body: Uint8Array, kind: string): Frame {
  const bytes = encodeFrame(body);
  try {
    return { bytes, kind, type: decodeRequest(body).type, breaks: false, bodyLength: body.length };
  } catch {
    return { bytes, kind, breaks: true, bodyLength: body.length };
  }
}

async function health(address: string, n: number): Promise<string | undefined> {
  const c = await connect(address).catch((e: Error) => e);
  if (c instanceof Error) return `health check ${n}: cannot connect: ${c.message}`;
  const msg = `health-${n}`;
  c.socket.write(Buffer.concat([encodeFrame(Request.encode(Request.fromPartial({ echo: { message: msg } })).finish()), encodeFrame(Request.encode(Request.fromPartial({ info: { version: '0.38.25' } })).finish())]));
  const ok = await waitResponses(c, 2, 10_000);
  c.socket.destroy();
  if (!ok) return `health check ${n}: ${c.responses.length} of 2 responses within 10 s`;
  if (c.responses[0].echo?.message !== msg) return `health check ${n}: echo answered ${JSON.stringify(c.responses[0])}`;
  if (c.responses[1].info?.data !== 'settle') return `health check ${n}: info answered ${kindOf(c.responses[1])}`;
  return undefined;
}

/** Current app height, via Info. */
async function appHeight(address: string): Promise<number> {
  const c = await connect(address);
  c.socket.write(encodeFrame(Request.encode(Request.fromPartial({ info: { version: '0.38.25' } })).finish()));
  await waitResponses(c, 1, 10_000);
  c.socket.destroy();
  return Number(c.responses[0]?.info?.lastBlockHeight ?? 0);
}

export async function runFrameFuzz(c: FrameFuzzConfig): Promise<FrameFuzzResult> {
  const r: FrameFuzzResult = { seed: c.seed, frames: 0, connections: 0, responses: 0, exceptions: 0, healthChecks: 0, byKind: {}, answered: {}, failures: [] };
  const height = { value: await appHeight(c.address) };
  const parallel = c.parallel ?? 3;
  const healthEvery = c.healthEvery ?? 25;
  const fail = (m: string): void => {
    if (r.failures.length < 50) r.failures.push(m);
  };

  const oneConnection = async (seed: number): Promise<void> => {
    const lr = new Rng(seed);
    const n = 1 + lr.int(12);
    const frames: Frame[] = [];
    for (let i = 0; i < n; i++) frames.push(makeFrame(lr, c, height));
    let conn: Conn;
    try {
      conn = await connect(c.address);
    } catch (err) {
      fail(`cannot connect: ${(err as Error).message}; settled ${c.alive() ? 'alive' : 'gone'}`);
      return;
    }
    r.connections++;
    const all = Buffer.concat(frames.map((f) => f.bytes));
    if (lr.next() < 0.3) {
      // in small pieces
      for (let off = 0; off < all.length && !conn.isClosed(); ) {
        const k = 1 + lr.int(64);
        conn.socket.write(all.subarray(off, off + k));
        off += k;
        if (lr.next() < 0.2) await new Promise((res) => setImmediate(res));
      }
    } else conn.socket.write(all);
    conn.socket.end();
    let timer: NodeJS.Timeout | undefined;
    const closed = await Promise.race([conn.closed.then(() => true), new Promise<boolean>((res) => (timer = setTimeout(() => res(false), 15_000)))]);
    clearTimeout(timer);
    if (!closed) {
      fail(`connection not closed by the server within 15 s of our FIN; frames: ${frames.map((f) => `${f.kind}:${f.type ?? '-'}`).join(' ')}`);
      conn.socket.destroy();
    }
    if (conn.bad) {
      fail(`the server sent a response that is not a valid Response (${conn.bad}); connection seed ${seed}; frames sent: ${frames.map((f) => `${f.kind}:${f.type ?? '-'}:${Buffer.from(f.bytes).toString('hex').slice(0, 600)}`).join(' ')}`);
    }
    r.frames += frames.length;
    r.responses += conn.responses.length;
    for (const res of conn.responses) {
      const k = kindOf(res);
      r.answered[k] = (r.answered[k] ?? 0) + 1;
      if (res.exception) r.exceptions++;
    }
    for (const f of frames) r.byKind[f.kind] = (r.byKind[f.kind] ?? 0) + 1;
    // Responses in order, one per request, until the first frame that breaks the stream.
    for (let i = 0; i < frames.length; i++) {
      const f = frames[i];
      const res = conn.responses[i];
      if (f.breaks || !f.type) {
        if (res && !res.exception) {
          // a prefix lie can still be a valid frame when the body after it happens to parse; not a finding
        }
        break;
      }
      if (!res) {
        fail(`no response to frame ${i} (${f.kind} ${f.type}); got ${conn.responses.length} responses for ${frames.length} frames`);
        break;
      }
      if (res.exception) {
        if (!MAY_THROW.has(f.type)) fail(`ResponseException for a well-formed ${f.type} (${f.kind}): "${res.exception.error}" [frame ${Buffer.from(f.bytes).toString('hex').slice(0, 3000)}]`);
        break;
      }
      if (kindOf(res) !== f.type) fail(`${f.type} answered with ${kindOf(res)}`);
      if (f.type === 'commit' || f.type === 'finalizeBlock') height.value = Math.max(height.value, await appHeight(c.address).catch(() => height.value));
    }
    if (!c.alive()) fail('settled exited');
  };

  let done = 0;
  let seedCounter = c.seed * 1_000_003;
  while (r.frames < c.frames && r.failures.length === 0) {
    const batch = [...Array(parallel).keys()].map(() => oneConnection(seedCounter++));
    await Promise.all(batch);
    done += parallel;
    if (done % healthEvery < parallel) {
      const h = await health(c.address, r.healthChecks);
      r.healthChecks++;
      if (h) fail(h);
      c.onProgress?.(r);
    }
    if (!c.alive()) {
      fail('settled exited');
      break;
    }
  }
  const h = await health(c.address, r.healthChecks);
  r.healthChecks++;
  if (h) fail(h);
  if (!c.alive()) fail('settled exited');
  return r;
}
