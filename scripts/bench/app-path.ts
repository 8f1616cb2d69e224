// npm run bench:app [-- --accounts 1000 --blocks 20 --block-txs 1000 --recheck 0.6 --alloc-profile]
//
// The application's own cost per bank send, in-process: no CometBFT, no sockets, no load generator.
// The same pre-signed MsgSends as bench:bank go through SettleApp the way a busy single validator
// drives it, one block at a time: CheckTx for the block's new txs, FinalizeBlock, Commit, then a
// recheck of the txs left in the mempool (a fraction of a block, 0.6 by default, as measured at
// 2,000 tx/s). Prints µs per committed tx by phase and the garbage collector's share. With
// --alloc-profile it also samples allocations (including the objects already collected) and
// prints where the bytes are allocated: the per-tx garbage that bench:bank's GC figure comes from.
//
// It answers "did this change make the app path cheaper?" in ~1 minute with run-to-run noise of a
// few percent; bench:bank remains the end-to-end figure.

import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as inspector from 'node:inspector';
import { PerformanceObserver } from 'node:perf_hooks';
import { encodeSecp256k1Pubkey } from '@cosmjs/amino';
import { DirectSecp256k1Wallet, encodePubkey, makeAuthInfoBytes, makeSignDoc } from '@cosmjs/proto-signing';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { RequestFinalizeBlock, RequestInitChain } from 'cosmjs-types/tendermint/abci/types';
import pino from 'pino';
import { SettleApp } from '../../chain/app';
import { Dec } from '../../chain/math';
import { fundDevAccounts, type DevAccount } from '../../chain/node/dev-accounts';
import { defaultAppState, settleModules } from '../../chain/node/modules';
import { verifySpeedProbeUs } from './speed-probe';

const CHAIN_ID = 'settle-bench-app-1';
const FEE = [{ denom: 'usettle', amount: '2500' }];
const GAS = 100_000;

interface Options {
  accounts: number;
  blocks: number;
  blockTxs: number;
  recheck: number;
  warmupBlocks: number;
  allocProfile: boolean;
  top: number;
}

const USAGE = `npm run bench:app -- [options]
  --accounts 1000      sender accounts funded at genesis
  --blocks 20          measured blocks
  --warmup-blocks 3    blocks run before measuring
  --block-txs 1000     txs per block (each checked once as new)
  --recheck 0.6        txs rechecked after each commit, as a fraction of a block
  --alloc-profile      sample allocations (collected objects included) and list where the bytes come from
  --top 30             rows of the allocation list`;

function parseArgs(argv: string[]): Options {
  const o: Options = { accounts: 1000, blocks: 20, blockTxs: 1000, recheck: 0.6, warmupBlocks: 3, allocProfile: false, top: 30 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = (): number => {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v) || v < 0) throw new Error(`${a}: a non-negative number, got ${argv[i]}`);
      return v;
    };
    if (a === '--accounts') o.accounts = Math.max(1, Math.floor(num()));
    else if (a === '--blocks') o.blocks = Math.max(1, Math.floor(num()));
    else if (a === '--warmup-blocks') o.warmupBlocks = Math.floor(num());
    else if (a === '--block-txs') o.blockTxs = Math.max(1, Math.floor(num()));
    else if (a === '--recheck') o.recheck = num();
    else if (a === '--alloc-profile') o.allocProfile = true;
    else if (a === '--top') o.top = Math.floor(num());
    else if (a === '--help') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else throw new Error(`unknown option ${a}\n${USAGE}`);
  }
  return o;
}

/** bench:bank's deterministic keys and tx shape: account k mod N sends 1 uusdc to the next one. */
async function signTxs(n: number, total: number): Promise<{ txs: Uint8Array[]; accounts: DevAccount[] }> {
  const wallets = await Promise.all(
    Array.from({ length: n }, (_, i) => DirectSecp256k1Wallet.fromKey(crypto.createHash('sha256').update(`settle-bench-bank/${i}`).digest(), 'settle')),
  );
  const accs = await Promise.all(wallets.map(async (w) => (await w.getAccounts())[0]));
  const coins = [
    { denom: 'usettle', amount: '1000000000000' },
    { denom: 'uusdc', amount: '1000000000000' },
  ];
  const accounts: DevAccount[] = accs.map((a, i) => ({ name: `bench${i}`, address: a.address, mnemonic: '', hdPath: '', coins }));
  const { appState } = fundDevAccounts(defaultAppState(), accounts);
  const numbers = new Map((appState.auth as { accounts: Array<{ address: string; account_number: string }> }).accounts.map((a) => [a.address, Number(a.account_number)]));
  const bodies = accs.map((a, i) =>
    TxBody.encode(
      TxBody.fromPartial({
        messages: [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.encode({ fromAddress: a.address, toAddress: accs[(i + 1) % n].address, amount: [{ denom: 'uusdc', amount: '1' }] }).finish() }],
      }),
    ).finish(),
  );
  const txs: Uint8Array[] = [];
  for (let k = 0; k < total; k++) {
    const i = k % n;
    const pubkey = encodePubkey(encodeSecp256k1Pubkey(accs[i].pubkey));
    const authInfoBytes = makeAuthInfoBytes([{ pubkey, sequence: Math.floor(k / n) }], FEE, GAS, undefined, undefined);
    const { signed, signature } = await wallets[i].signDirect(accs[i].address, makeSignDoc(bodies[i], authInfoBytes, CHAIN_ID, numbers.get(accs[i].address)!));
    txs.push(TxRaw.encode({ bodyBytes: signed.bodyBytes, authInfoBytes: signed.authInfoBytes, signatures: [Buffer.from(signature.signature, 'base64')] }).finish());
  }
  return { txs, accounts };
}

interface Phases {
  check: number;
  finalize: number;
  commit: number;
  recheck: number;
  committed: number;
  rechecked: number;
}

function post<T>(session: inspector.Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))));
}

interface SamplingNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SamplingNode[];
}

/** Bytes allocated by (function, its caller, the caller's caller), largest first. */
function allocationRows(head: SamplingNode, top: number): string[] {
  const bySite = new Map<string, number>();
  let total = 0;
  const name = (n: SamplingNode): string => {
    const f = n.callFrame;
    const file = f.url.replace(/^.*\/(dist|node_modules)\//, '').replace(/^file:\/\//, '');
    return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
  };
  const walk = (n: SamplingNode, stack: string[]): void => {
    if (n.selfSize > 0) {
      const site = [name(n), ...stack.slice(-2).reverse()].join('  <  ');
      bySite.set(site, (bySite.get(site) ?? 0) + n.selfSize);
      total += n.selfSize;
    }
    const here = [...stack, name(n)];
    for (const c of n.children) walk(c, here);
  };
  walk(head, []);
  return [...bySite]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([site, bytes]) => `  ${((bytes / total) * 100).toFixed(1).padStart(5)}%  ${site.slice(0, 200)}`);
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const perBlock = o.blockTxs;
  const leftover = Math.floor(perBlock * o.recheck);
  const blocks = o.warmupBlocks + o.blocks;
  const total = blocks * perBlock + leftover;
  process.stdout.write(`[bench:app] signing ${total} txs from ${o.accounts} accounts\n`);
  const { txs, accounts } = await signTxs(o.accounts, total);
  const probe = verifySpeedProbeUs();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'settle-bench-app-'));
  const app = await SettleApp.open({ dbPath: dir, ...settleModules({ minGasPrice: { denom: 'usettle', amount: Dec.parse('0.0025') } }), logger: pino({ level: 'silent' }), sync: false });
  const { appState } = fundDevAccounts(defaultAppState(), accounts);
  const t0 = 1_764_000_000n;
  await app.initChain(RequestInitChain.fromPartial({ chainId: CHAIN_ID, initialHeight: 1n, time: { seconds: t0, nanos: 0 }, appStateBytes: Buffer.from(JSON.stringify(appState)), consensusParams: { block: { maxBytes: 4_194_304n, maxGas: -1n } } }));

  let gcMs = 0;
  let measuring = false;
  const gcObserver = new PerformanceObserver((list) => {
    if (measuring) for (const e of list.getEntries()) gcMs += e.duration;
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  const session = new inspector.Session();
  session.connect();

  const p: Phases = { check: 0, finalize: 0, commit: 0, recheck: 0, committed: 0, rechecked: 0 };
  const now = (): number => Number(process.hrtime.bigint()) / 1e6;
  // The mempool: txs [from, next) have passed CheckTx and are not in a block yet.
  let from = 0;
  let next = 0;
  const checkNew = async (count: number): Promise<number> => {
    const start = now();
    for (const end = next + count; next < end; next++) {
      const r = await app.checkTx({ tx: txs[next], type: 0 });
      if (r.code !== 0) throw new Error(`CheckTx of tx ${next}: ${r.codespace}/${r.code} ${r.log}`);
    }
    return now() - start;
  };
  await checkNew(leftover);
  let cpuStart = process.cpuUsage();
  let wallStart = now();
  for (let b = 1; b <= blocks; b++) {
    if (b === o.warmupBlocks + 1) {
      measuring = true;
      wallStart = now();
      cpuStart = process.cpuUsage();
      Object.assign(p, { check: 0, finalize: 0, commit: 0, recheck: 0, committed: 0, rechecked: 0 });
      if (o.allocProfile) {
        await post(session, 'HeapProfiler.enable');
        await post(session, 'HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
      }
    }
    p.check += await checkNew(perBlock);
    const blockTxs = txs.slice(from, from + perBlock);
    let t = now();
    const res = await app.finalizeBlock(RequestFinalizeBlock.fromPartial({ height: BigInt(b), time: { seconds: t0 + BigInt(b), nanos: 0 }, proposerAddress: Buffer.alloc(20, 1), txs: blockTxs }));
    p.finalize += now() - t;
    const failed = res.txResults.findIndex((r) => r.code !== 0);
    if (failed >= 0) throw new Error(`block ${b} tx ${failed}: ${res.txResults[failed].log}`);
    t = now();
    await app.commit({});
    p.commit += now() - t;
    from += perBlock;
    t = now();
    for (let k = from; k < next; k++) {
      const r = await app.checkTx({ tx: txs[k], type: 1 });
      if (r.code !== 0) throw new Error(`recheck of tx ${k}: ${r.log}`);
    }
    p.recheck += now() - t;
    p.committed += perBlock;
    p.rechecked += next - from;
  }
  const wall = now() - wallStart;
  const windowUs = `${Math.round(wallStart * 1000)}–${Math.round((wallStart + wall) * 1000)}`;
  const cpu = process.cpuUsage(cpuStart);
  let profile: { profile: { head: SamplingNode } } | undefined;
  if (o.allocProfile) profile = await post(session, 'HeapProfiler.stopSampling');
  measuring = false;
  gcObserver.disconnect();
  session.disconnect();
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });

  const us = (ms: number): string => `${((ms * 1000) / p.committed).toFixed(1).padStart(7)} µs`;
  const lines = [
    `=== app path (machine speed probe: ${probe?.toFixed(1) ?? '?'} µs per libsecp256k1 verify; ~55 on a quiet 2-core machine of this project): ${o.blocks} blocks × ${perBlock} MsgSends after ${o.warmupBlocks} warm-up blocks; ${(p.rechecked / o.blocks).toFixed(0)} rechecks per block; ${o.accounts} accounts`,
    `  per committed tx (wall time of each phase; the process is single-threaded here except LevelDB and GC helpers)`,
    `    CheckTx (new)     ${us(p.check)}   (${((p.check * 1000) / p.committed).toFixed(1)} µs per new tx)`,
    `    FinalizeBlock     ${us(p.finalize)}`,
    `    Commit            ${us(p.commit)}`,
    `    recheck           ${us(p.recheck)}   (${p.rechecked > 0 ? ((p.recheck * 1000) / p.rechecked).toFixed(1) : '-'} µs per recheck)`,
    `    total             ${us(p.check + p.finalize + p.commit + p.recheck)}   → ${Math.floor((p.committed / wall) * 1000).toLocaleString('en-US')} tx/s on one thread`,
    `    of which GC pauses ${us(gcMs)}   (${((gcMs / wall) * 100).toFixed(1)}% of the time)`,
    `  process CPU (all threads) ${(((cpu.user + cpu.system) / 1000) * 1000 / p.committed).toFixed(1)} µs per committed tx over ${(wall / 1000).toFixed(1)} s`,
    `  measured window on the monotonic clock: ${windowUs} µs (with node --cpu-prof: cpuprofile.js FILE --from-us A --to-us B)`,
  ];
  if (profile) lines.push('', '  bytes allocated, by site (function  <  caller  <  its caller), share of all sampled bytes', ...allocationRows(profile.profile.head, o.top));
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:app failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
