// Balance queries per second and their latency through the three ways in to one devnet node:
// CometBFT RPC abci_query (what CosmJS uses), the LCD (REST + JSON) and gRPC (@grpc/grpc-js). A
// fresh devnet (compiled settled + real CometBFT) in a temporary home, stopped at the end. Each
// way gets the same number of requests from the same number of concurrent callers, after a warm-up.
//   npm run bench:gateway [-- --requests 3000 --concurrency 16]
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { QueryBalanceRequest } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { devAccounts } from '../../chain/node/dev-accounts';

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
}

const REQUESTS = arg('requests', 3000);
const CONCURRENCY = arg('concurrency', 16);
const ROOT = path.resolve(__dirname, '../../..');

function canBind(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

async function freeBase(): Promise<number> {
  for (let base = 24000; base < 32000; base += 10) {
    let ok = true;
    for (const off of [0, 1, 2, 4, 5, 6, 7]) if (!(await canBind(base + off))) ok = false;
    if (ok) return base;
  }
  throw new Error('no free ports');
}

async function waitReady(rpc: string, lcd: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      const st = (await (await fetch(`${rpc}/status`)).json()) as any;
      if (Number(st.result.sync_info.latest_block_height) >= 2 && (await fetch(`${lcd}/cosmos/bank/v1beta1/params`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('devnet did not start');
}

async function run(name: string, one: () => Promise<void>): Promise<void> {
  for (let i = 0; i < 200; i++) await one(); // warm-up
  const lat: number[] = [];
  let next = 0;
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        next++;
        const t = process.hrtime.bigint();
        await one();
        lat.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }),
  );
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  lat.sort((a, b) => a - b);
  const q = (p: number) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))].toFixed(2);
  console.log(`${name.padEnd(22)} ${(REQUESTS / secs).toFixed(0).padStart(6)} req/s   p50 ${q(0.5)} ms   p99 ${q(0.99)} ms`);
}

async function main(): Promise<void> {
  const [alice] = await devAccounts();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-gateway-'));
  const base = await freeBase();
  const rpc = `http://127.0.0.1:${base + 1}`;
  const lcd = `http://127.0.0.1:${base + 6}`;
  const log = fs.openSync(path.join(tmp, 'devnet.log'), 'a');
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/chain/node/main.js'), 'devnet', '--home', path.join(tmp, 'devnet'), '--base-port', String(base), '--log-level', 'warn'], {
    stdio: ['ignore', log, log],
  });
  try {
    await waitReady(rpc, lcd);
    const req = QueryBalanceRequest.encode({ address: alice.address, denom: 'usettle' }).finish();
    const hexData = Buffer.from(req).toString('hex');
    console.log(`balance queries, ${REQUESTS} requests, ${CONCURRENCY} concurrent callers, one devnet node (${os.cpus().length} cores)`);
    await run('CometBFT abci_query', async () => {
      const r = (await (await fetch(`${rpc}/abci_query?path="/cosmos.bank.v1beta1.Query/Balance"&data=0x${hexData}`)).json()) as any;
      if (r.result.response.code !== 0) throw new Error('query failed');
    });
    await run('LCD (REST JSON)', async () => {
      const r = await fetch(`${lcd}/cosmos/bank/v1beta1/balances/${alice.address}/by_denom?denom=usettle`);
      if (!r.ok) throw new Error(`LCD ${r.status}`);
      await r.json();
    });
    const client = new grpc.Client(`127.0.0.1:${base + 7}`, grpc.credentials.createInsecure());
    await run('gRPC (@grpc/grpc-js)', () =>
      new Promise<void>((resolve, reject) => {
        client.makeUnaryRequest('/cosmos.bank.v1beta1.Query/Balance', (b: Buffer) => b, (b: Buffer) => b, Buffer.from(req), (err) => (err ? reject(err) : resolve()));
      }),
    );
    client.close();
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
