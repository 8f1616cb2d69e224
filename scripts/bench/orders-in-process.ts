// bench:orders --in-process: the same order flow as the devnet run (scripts/bench/orders-workload.ts)
// through SettleApp directly, one block at a time (CheckTx of the block's txs, FinalizeBlock, Commit), no
// CometBFT, no sockets. The oracle's BTC/USD price and vol surface are in genesis (heartbeat one day, so
// they stay fresh without vote extensions) with BTC options listed at the surface's expiry. Prints µs per
// order by phase and a digest of every FinalizeBlock response and the last app hash: the same options give
// the same digest on every run and every code version that keeps results bit-identical. Run it under
// `node --cpu-prof` and read the profile with cpuprofile.js to see where FinalizeBlock's time goes.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { RequestFinalizeBlock, RequestInitChain, ResponseFinalizeBlock } from 'cosmjs-types/tendermint/abci/types';
import pino from 'pino';
import { SettleApp } from '../../chain/app';
import { Dec } from '../../chain/math';
import { defaultAppState, settleModules } from '../../chain/node/modules';
import { instrumentId } from '../../modules/options/instruments';
import { Instrument, InstrumentStatus, OptionKind } from '../../proto/gen/settle/options/v1/types';
import { verifySpeedProbeUs } from './speed-probe';
import { Workload, type WorkloadOptions } from './orders-workload';

const CHAIN_ID = 'settle-bench-orders-1';
export const GENESIS_TIME = 1_764_000_000n;
/** 30 days after genesis at 08:00 UTC. */
const EXPIRY = (GENESIS_TIME / 86_400n + 30n) * 86_400n + 28_800n;

export interface InProcessOptions extends WorkloadOptions {
  blocks: number;
  warmupBlocks: number;
  /** Orders per block (a multiple of the batch size). */
  blockOrders: number;
  instruments: number;
  checkTx: boolean;
  /** The reference path: every optimisation that has a switch turned off (the risk memo, health sessions). Same results, slower. */
  reference?: boolean;
}

/** BTC calls and puts at the genesis surface's expiry, strikes 100,000 ± 1,000 k. */
function instruments(n: number): Instrument[] {
  const out: Instrument[] = [];
  for (let i = 0; out.length < n; i++) {
    const strike = 100_000 + 1_000 * (i % 2 === 0 ? i / 2 : -(i + 1) / 2);
    for (const kind of [OptionKind.OPTION_KIND_CALL, OptionKind.OPTION_KIND_PUT]) {
      if (out.length >= n) break;
      out.push({
        id: instrumentId('BTC/USD', EXPIRY, Dec.fromInt(BigInt(strike)), kind),
        underlying: 'BTC/USD',
        expiry: EXPIRY,
        strike: String(strike),
        kind,
        contractSize: '0.01',
        tickSize: 10_000n,
        minSize: 1n,
        openInterestCap: 0n,
        status: InstrumentStatus.INSTRUMENT_STATUS_ACTIVE,
        settlementPrice: '',
      });
    }
  }
  return out;
}

/** settle's default genesis with BTC/USD priced at 100,000 and a flat 50 % smile, and the instruments listed. */
function genesisState(listed: Instrument[]): Record<string, unknown> {
  const state = defaultAppState();
  const oracle = state.oracle as Record<string, any>;
  const nanos = (GENESIS_TIME * 1_000_000_000n).toString();
  oracle.params.heartbeatSeconds = '86400';
  if (!oracle.markets.some((m: { id: string }) => m.id === 'BTC/USD')) oracle.markets.push({ id: 'BTC/USD', decimals: 2, minReportPower: '', enabled: true, index: oracle.markets.length });
  oracle.prices = [{ market: 'BTC/USD', price: '100000', height: '0', timeNanos: nanos, power: '0' }];
  const years = Dec.fromInt(EXPIRY - GENESIS_TIME).divInt(31_557_600n, 'down');
  oracle.surfaces = [{ market: 'BTC/USD', slices: [{ expiry: EXPIRY.toString(), a: Dec.parse('0.25').mul(years, 'down').toString(), b: '0.0001', rho: '0', m: '0', sigma: '0.1' }], height: '0', timeNanos: nanos }];
  oracle.checkpoints = [{ market: 'BTC/USD', checkpoints: [{ timeNanos: nanos, cumulative: '0', price: '100000' }] }];
  oracle.blockTimeNanos = nanos;
  (state.options as { instruments: unknown[] }).instruments = listed.map((i) => Instrument.toJSON(i));
  return state;
}

export interface InProcessResult {
  orders: number;
  txs: number;
  /** Wall time of each phase of the measured blocks; `cpu`: the process's CPU time (user + system, all threads) over them, less sensitive to other load on the machine. */
  ms: { check: number; finalize: number; commit: number; gc: number; wall: number; cpu: number };
  /** sha256 over every FinalizeBlock response (encoded) of the run, measured blocks and warm-up. */
  responsesDigest: string;
  appHash: string;
  failedTxs: number;
  /** FinalizeBlock events of the measured blocks by type (EventFill: fills). */
  events: Record<string, number>;
  /** Gas used and size of the measured txs (each a batch of `batch` orders). */
  txGas: Range<bigint>;
  txGasLimit: Range<bigint>;
  txBytes: Range<number>;
}

/** Runs the workload through a fresh app in a temporary directory. */
export async function runInProcess(o: InProcessOptions, log: (line: string) => void = () => undefined): Promise<InProcessResult> {
  const listed = instruments(o.instruments);
  const { workload, appState } = await Workload.create(o, CHAIN_ID, genesisState(listed));
  const ids = listed.map((i) => i.id);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'settle-bench-orders-'));
  const app = await SettleApp.open({ dbPath: dir, ...settleModules({ riskCache: !o.reference, healthSessions: !o.reference }), logger: pino({ level: 'silent' }), sync: false });
  const digest = createHash('sha256');
  let failedTxs = 0;
  const events: Record<string, number> = {};
  const txGas = { min: -1n, max: 0n };
  const txGasLimit = { min: -1n, max: 0n };
  const txBytes = { min: -1, max: 0 };
  try {
    await app.initChain(
      RequestInitChain.fromPartial({ chainId: CHAIN_ID, initialHeight: 1n, time: { seconds: GENESIS_TIME, nanos: 0 }, appStateBytes: Buffer.from(JSON.stringify(appState)), consensusParams: { block: { maxBytes: 4_194_304n, maxGas: -1n } } }),
    );
    let height = 0;
    const now = (): number => Number(process.hrtime.bigint()) / 1e6;
    const ms = { check: 0, finalize: 0, commit: 0, gc: 0, wall: 0, cpu: 0 };
    let gcMs = 0;
    const gc = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) gcMs += e.duration;
    });
    gc.observe({ entryTypes: ['gc'] });
    const block = async (txs: Uint8Array[], measured: boolean): Promise<void> => {
      height++;
      let t = now();
      if (o.checkTx) {
        for (const tx of txs) {
          const r = await app.checkTx({ tx, type: 0 });
          if (r.code !== 0) throw new Error(`CheckTx at height ${height}: ${r.codespace}/${r.code} ${r.log}`);
        }
      }
      const tCheck = now() - t;
      t = now();
      const res = await app.finalizeBlock(RequestFinalizeBlock.fromPartial({ height: BigInt(height), time: { seconds: GENESIS_TIME + BigInt(height), nanos: 0 }, proposerAddress: Buffer.alloc(20, 1), txs }));
      const tFinalize = now() - t;
      t = now();
      await app.commit({});
      const tCommit = now() - t;
      digest.update(ResponseFinalizeBlock.encode(res).finish());
      const failed = res.txResults.filter((r) => r.code !== 0);
      failedTxs += failed.length;
      if (failed.length > 0) log(`height ${height}: ${failed.length} txs failed, e.g. ${failed[0].codespace}/${failed[0].code} ${failed[0].log.slice(0, 200)}`);
      if (measured) {
        for (const e of res.events) events[e.type] = (events[e.type] ?? 0) + 1;
        for (const r of res.txResults) for (const e of r.events) events[e.type] = (events[e.type] ?? 0) + 1;
        for (const r of res.txResults) {
          widen(txGas, r.gasUsed);
          widen(txGasLimit, r.gasWanted);
        }
        for (const tx of txs) widen(txBytes, tx.length);
        ms.check += tCheck;
        ms.finalize += tFinalize;
        ms.commit += tCommit;
      }
    };
    await block(workload.depositTxs(), false);
    const perBlock = Math.max(1, Math.round(o.blockOrders / o.batch));
    let k = 0;
    let wallStart = now();
    let cpuStart = process.cpuUsage();
    for (let b = 0; b < o.warmupBlocks + o.blocks; b++) {
      if (b === o.warmupBlocks) {
        wallStart = now();
        cpuStart = process.cpuUsage();
        gcMs = 0;
      }
      const txs: Uint8Array[] = [];
      for (let i = 0; i < perBlock; i++) txs.push(workload.tx(k++, BigInt(height), ids));
      await block(txs, b >= o.warmupBlocks);
    }
    ms.wall = now() - wallStart;
    const cpu = process.cpuUsage(cpuStart);
    ms.cpu = (cpu.user + cpu.system) / 1000;
    ms.gc = gcMs;
    gc.disconnect();
    const orders = o.blocks * perBlock * o.batch;
    const info = await app.info({ version: '', blockVersion: 0n, p2pVersion: 0n, abciVersion: '' });
    return { orders, txs: o.blocks * perBlock, ms, responsesDigest: digest.digest('hex'), appHash: Buffer.from(info.lastBlockAppHash).toString('hex'), failedTxs, events, txGas, txGasLimit, txBytes };
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function inProcessReport(o: InProcessOptions, r: InProcessResult): string {
  const us = (x: number): string => `${((x * 1000) / r.orders).toFixed(1).padStart(7)} µs`;
  const probe = verifySpeedProbeUs();
  return [
    `=== in-process (machine speed probe: ${probe?.toFixed(1) ?? '?'} µs per libsecp256k1 verify; ~55 on a quiet 2-core machine of this project)`,
    `  ${o.blocks} blocks × ${o.blockOrders} orders (${o.blockOrders / o.batch} txs of ${o.batch}) after ${o.warmupBlocks} warm-up blocks; ${o.makers} makers, ${o.takers} takers, one taker tx in ${o.takerEvery}; ${o.instruments} instruments`,
    `  per order (wall time of each phase)`,
    `    CheckTx           ${o.checkTx ? us(r.ms.check) : '      - (--no-check)'}`,
    `    FinalizeBlock     ${us(r.ms.finalize)}`,
    `    Commit            ${us(r.ms.commit)}`,
    `    total             ${us(r.ms.check + r.ms.finalize + r.ms.commit)}   → ${Math.floor((r.orders / r.ms.wall) * 1000).toLocaleString('en-US')} orders/s on one thread`,
    `    of which GC       ${us(r.ms.gc)}`,
    `  process CPU         ${us(r.ms.cpu)}   (user + system of all threads over the measured blocks)`,
    `  failed txs ${r.failedTxs}; events in the measured blocks: ${Object.entries(r.events).filter(([k]) => k.startsWith('settle.options')).map(([k, v]) => `${k.replace('settle.options.v1.', '')} ${v}`).join(', ')}`,
    `  gas used per ${o.batch}-order tx ${span(r.txGas)} of a limit of ${span(r.txGasLimit)} (tx size ${span(r.txBytes)} B)`,
    `  FinalizeBlock responses sha256 ${r.responsesDigest}`,
    `  last app hash ${r.appHash}`,
  ].join('\n');
}

interface Range<T> {
  min: T;
  max: T;
}

/** Widens a range that starts as { min: -1, max: 0 } (amounts here are never negative). */
function widen<T extends number | bigint>(r: Range<T>, v: T): void {
  if (r.min < 0 || v < r.min) r.min = v;
  if (v > r.max) r.max = v;
}

function span(r: Range<number | bigint>): string {
  return `${r.min.toLocaleString('en-US')}–${r.max.toLocaleString('en-US')}`;
}
