/**
 * `settled devnet` end to end with the real CometBFT: a fresh devnet produces blocks, /status and
 * abci_info say what they should, dev accounts are printed once and written to the home, metrics are
 * served, malformed ABCI frames are rejected without harm, SIGINT/SIGTERM stop it cleanly, running it
 * again continues the same chain, and --reset starts a new one.
 */
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { SigningStargateClient } from '@cosmjs/stargate';
import { Response } from 'cosmjs-types/tendermint/abci/types';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import {
  PACKAGE_VERSION,
  blockFacts,
  checkGrammar,
  checkPrerequisites,
  freeBasePort,
  height,
  killAll,
  readTrace,
  rpc,
  settled,
  waitExit,
  waitFor,
  waitHeight,
  waitPidGone,
  type Proc,
} from './helpers';

jest.setTimeout(90_000);

let tmp: string;
let home: string;
let log: string;
let base: number;
let rpcPort: number;
let abciPort: number;
let metricsPort: number;
let node: Proc | undefined;
let firstRun: { height: number; block1: string; genesis: string } | undefined;

beforeAll(async () => {
  checkPrerequisites();
  tmp = makeTmpDir('devnet');
  home = path.join(tmp, 'devnet');
  log = path.join(tmp, 'devnet.log');
  base = await freeBasePort(1);
  rpcPort = base + 1;
  abciPort = base + 2;
  metricsPort = base + 5;
});

afterAll(async () => {
  await killAll([home]);
  if (process.env.KEEP_TEST_HOMES) process.stdout.write(`kept ${tmp}\n`);
  else removeDir(tmp);
});

function output(): string {
  return fs.readFileSync(log, 'utf8');
}

/** The stdout of the last run only. */
function lastRunOutput(): string {
  const all = output();
  return all.slice(all.lastIndexOf('===== settled'));
}

describe('settled devnet', () => {
  it('creates a devnet and produces blocks (height >= 5)', async () => {
    node = settled(['devnet', '--home', home, '--base-port', String(base)], log, { SETTLE_ABCI_TRACE: '1' });
    await waitHeight(rpcPort, 5, 45_000, node);
    await waitFor('the ready banner', async () => (output().includes('settle devnet is producing blocks') ? true : undefined), 10_000, node);
  });

  it('answers /status with the chain id, the moniker and a 0.38 node version', async () => {
    const st = await rpc(rpcPort, '/status');
    expect(st.node_info.network).toBe('settle-devnet-1');
    expect(st.node_info.moniker).toBe('settle-devnet');
    expect(st.node_info.version).toMatch(/^0\.38\./);
    expect(st.node_info.other.tx_index).toBe('on');
    expect(Number(st.sync_info.latest_block_height)).toBeGreaterThanOrEqual(5);
  });

  it("answers abci_info with settle's name, version and last block", async () => {
    const info = (await rpc(rpcPort, '/abci_info')).response;
    expect(info.data).toBe('settle');
    expect(info.version).toBe(PACKAGE_VERSION);
    expect(Number(info.last_block_height)).toBeGreaterThanOrEqual(5);
    expect(info.last_block_app_hash).toMatch(/^[A-Za-z0-9+/=]{44}$/); // 32 bytes, base64
  });

  it('prints the dev accounts with mnemonics once and writes them to the home', () => {
    const out = output();
    expect(out).toContain('Created a new devnet');
    const file = JSON.parse(fs.readFileSync(path.join(home, 'dev-accounts.json'), 'utf8'));
    expect(file.chainId).toBe('settle-devnet-1');
    expect(file.accounts.map((a: { name: string }) => a.name)).toEqual(['alice', 'bob', 'carol', 'dave', 'maker', 'keeper']);
    for (const a of file.accounts) {
      expect(a.address).toMatch(/^settle1[02-9ac-hj-np-z]{38}$/);
      expect(a.mnemonic.split(' ')).toHaveLength(24);
      expect(a.hdPath).toBe("m/44'/118'/0'/0/0");
      expect(out).toContain(a.mnemonic);
      expect(out).toContain(a.address);
    }
    expect(fs.statSync(path.join(home, 'dev-accounts.json')).mode & 0o077).toBe(0);
  });

  it('funds the dev accounts in genesis: CosmJS reads their balances and alice can pay bob', async () => {
    const file = JSON.parse(fs.readFileSync(path.join(home, 'dev-accounts.json'), 'utf8'));
    expect(file.fundedInGenesis).toBe(true);
    const [alice, bob] = file.accounts;
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(alice.mnemonic, { prefix: 'settle' });
    const client = await SigningStargateClient.connectWithSigner(`http://127.0.0.1:${rpcPort}`, wallet, { broadcastPollIntervalMs: 200 });
    try {
      expect(await client.getChainId()).toBe('settle-devnet-1');
      expect(await client.getAllBalances(alice.address)).toEqual(alice.coins);
      const res = await client.sendTokens(alice.address, bob.address, [{ denom: 'uusdc', amount: '1234' }], {
        amount: [{ denom: 'usettle', amount: '5000' }],
        gas: '200000',
      });
      expect(res.code).toBe(0);
      const uusdc = bob.coins.find((c: { denom: string }) => c.denom === 'uusdc').amount;
      expect(await client.getBalance(bob.address, 'uusdc')).toEqual({ denom: 'uusdc', amount: (BigInt(uusdc) + 1234n).toString() });
    } finally {
      client.disconnect();
    }
    // the devnet's liquidation daemon (dev account keeper) moves 500,000 USDC into its subaccount once at start: the only other tx
    const keeper = file.accounts.find((a: { name: string }) => a.name === 'keeper');
    const query = await SigningStargateClient.connect(`http://127.0.0.1:${rpcPort}`);
    try {
      for (let i = 0; i < 100 && (await query.getBalance(keeper.address, 'uusdc')).amount !== '500000000000'; i++) await new Promise((r) => setTimeout(r, 200));
      expect(await query.getBalance(keeper.address, 'uusdc')).toEqual({ denom: 'uusdc', amount: '500000000000' });
    } finally {
      query.disconnect();
    }
    const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    expect(metrics).toMatch(/^settle_txs_total\{result="success"\} 2$/m);
    expect(metrics).toMatch(/^settle_check_tx_total\{type="new",result="accepted"\} 2$/m);
  });

  it('writes the fast-block CometBFT settings, the kv indexer and the genesis', () => {
    const toml = fs.readFileSync(path.join(home, 'config/config.toml'), 'utf8');
    expect(toml).toMatch(/^timeout_commit = "400ms"$/m);
    expect(toml).toMatch(/^indexer = "kv"$/m);
    expect(toml).toMatch(/^create_empty_blocks = true$/m);
    expect(toml).toContain(`proxy_app = "tcp://127.0.0.1:${abciPort}"`);
    const genesis = JSON.parse(fs.readFileSync(path.join(home, 'config/genesis.json'), 'utf8'));
    expect(genesis.chain_id).toBe('settle-devnet-1');
    expect(genesis.initial_height).toBe('1');
    expect(genesis.consensus_params.abci.vote_extensions_enable_height).toBe('1');
    expect(genesis.app_state).toEqual(expect.objectContaining({ consensus: expect.anything(), bank: expect.anything() }));
    expect(genesis.app_state.bank.balances).toHaveLength(6);
  });

  it('serves Prometheus metrics: height, FinalizeBlock and Commit durations, tx counts, daemon health', async () => {
    const res = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(res.status).toBe(200);
    const text = await res.text();
    const h = Number(/^settle_block_height (\d+)$/m.exec(text)?.[1]);
    expect(h).toBeGreaterThanOrEqual(5);
    expect(Number(/^settle_finalize_block_duration_seconds_count (\d+)$/m.exec(text)?.[1])).toBeGreaterThanOrEqual(5);
    expect(Number(/^settle_commit_duration_seconds_count (\d+)$/m.exec(text)?.[1])).toBeGreaterThanOrEqual(5);
    expect(text).toMatch(/^settle_txs_total\{result="success"\} \d+$/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
    expect(text).toMatch(/^settle_daemon_healthy\{daemon="feeder"\} 1$/m); // the price feeder runs through the daemon runner
    expect(text).toMatch(/^settle_daemon_healthy\{daemon="liquidator"\} 1$/m); // and so does the devnet's liquidation daemon
    expect((await fetch(`http://127.0.0.1:${metricsPort}/nope`)).status).toBe(404);
  });

  it('rejects malformed ABCI frames without taking the node down', async () => {
    /** Sends bytes to the ABCI port; resolves with what came back before the server closed the connection. */
    const send = (bytes: Buffer, destroyAfterWrite = false): Promise<Buffer> =>
      new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        const sock = net.connect(abciPort, '127.0.0.1', () => {
          sock.write(bytes);
          if (destroyAfterWrite) sock.destroy();
        });
        sock.on('data', (c) => chunks.push(c));
        sock.on('close', () => resolve(Buffer.concat(chunks)));
        sock.on('error', (e) => (destroyAfterWrite ? resolve(Buffer.alloc(0)) : reject(e)));
        sock.setTimeout(10_000, () => {
          sock.destroy();
          reject(new Error('the server kept the connection open'));
        });
      });
    const exceptionOf = (reply: Buffer): string => {
      expect(reply.length).toBeGreaterThan(1);
      const len = reply[0]; // replies here are < 128 bytes: one-byte varint
      const res = Response.decode(reply.subarray(1, 1 + len));
      return res.exception?.error ?? '';
    };
    const before = await height(rpcPort);
    expect(exceptionOf(await send(Buffer.alloc(11, 0xff)))).toMatch(/^BAD_VARINT/);
    expect(exceptionOf(await send(Buffer.from([0x05, 0xff, 0xff, 0xff, 0xff, 0xff])))).toMatch(/^BAD_PROTOBUF/);
    expect(exceptionOf(await send(Buffer.from([0x80, 0x80, 0x80, 0x80, 0x10])))).toMatch(/^FRAME_TOO_LARGE/);
    expect(exceptionOf(await send(Buffer.from([0x00])))).toMatch(/^EMPTY_REQUEST/);
    // An HTTP request: 'G' (0x47) reads as a 71-byte frame, the rest as garbage protobuf.
    const http = Buffer.from(`GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: curl/8.0\r\nAccept: */*\r\nX-Pad: ${'x'.repeat(60)}\r\n\r\n`);
    expect(exceptionOf(await send(http))).toMatch(/^(BAD_PROTOBUF|UNKNOWN_REQUEST|EMPTY_REQUEST|MULTIPLE_REQUESTS)/);
    await send(Buffer.from([0x64, 0x0a, 0x02]), true); // a frame cut short by a vanished peer
    await waitHeight(rpcPort, before + 3, 20_000, node);
    expect(node?.exited).toBe(false);
  });

  it('stops cleanly on SIGINT: CometBFT stopped, database closed, pid files removed', async () => {
    const p = node as Proc;
    const cometPid = Number(fs.readFileSync(path.join(home, 'cometbft.pid'), 'utf8'));
    const facts = await blockFacts(rpcPort, 1, 1);
    firstRun = { height: await height(rpcPort), block1: facts.get(1)!.blockHash, genesis: fs.readFileSync(path.join(home, 'config/genesis.json'), 'utf8') };
    p.child.kill('SIGINT');
    expect(await waitExit(p, 20_000)).toBe(0);
    expect(await waitPidGone(cometPid, 5_000)).toBe(true);
    expect(fs.existsSync(path.join(home, 'settled.pid'))).toBe(false);
    expect(fs.existsSync(path.join(home, 'cometbft.pid'))).toBe(false);
    expect(output()).toContain('application database closed');
    // The ABCI calls of this first run: Info, InitChain, then one [P]QE-FinalizeBlock-Commit round per height.
    const [session] = readTrace(path.join(home, 'abci-trace.jsonl'));
    const res = checkGrammar(session, { fresh: true, firstHeight: [1], singleValidator: true, partialTail: true });
    expect(res.committed.length).toBeGreaterThanOrEqual(firstRun.height);
  });

  it('continues the same chain when run again (no new keys, no mnemonics printed)', async () => {
    node = settled(['devnet', '--home', home], log);
    const prev = firstRun as NonNullable<typeof firstRun>;
    await waitHeight(rpcPort, prev.height + 3, 30_000, node);
    const facts = await blockFacts(rpcPort, 1, 1);
    expect(facts.get(1)!.blockHash).toBe(prev.block1);
    expect(fs.readFileSync(path.join(home, 'config/genesis.json'), 'utf8')).toBe(prev.genesis);
    await waitFor('the ready banner', async () => (lastRunOutput().includes('continuing the existing chain') ? true : undefined), 10_000, node);
    expect(lastRunOutput()).not.toContain('mnemonic:');
  });

  it('refuses a second node on the same home while one runs', async () => {
    const second = settled(['devnet', '--home', home], log);
    expect(await waitExit(second, 20_000)).toBe(1);
    expect(lastRunOutput()).toMatch(/already running/);
    expect(node?.exited).toBe(false);
  });

  it('stops cleanly on SIGTERM', async () => {
    const p = node as Proc;
    p.child.kill('SIGTERM');
    expect(await waitExit(p, 20_000)).toBe(0);
  });

  it('--reset starts a new chain', async () => {
    node = settled(['devnet', '--home', home, '--reset', '--base-port', String(base)], log);
    await waitHeight(rpcPort, 2, 30_000, node);
    const facts = await blockFacts(rpcPort, 1, 1);
    expect(facts.get(1)!.blockHash).not.toBe(firstRun?.block1);
    await waitFor('the ready banner', async () => (lastRunOutput().includes('settle devnet is producing blocks') ? true : undefined), 10_000, node);
    expect(lastRunOutput()).toContain('Created a new devnet');
    expect(lastRunOutput()).toContain('mnemonic:');
    node.child.kill('SIGTERM');
    expect(await waitExit(node, 20_000)).toBe(0);
  });
});
