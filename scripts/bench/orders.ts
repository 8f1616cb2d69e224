// npm run bench:orders [-- --rates 2000,4000,8000,20000 --duration 30 ...]   (orders/s through the devnet)
// npm run bench:orders -- --in-process [--blocks 20 --block-orders 4000 ...]  (the app alone, for profiling)
//
// Options orders through a single-validator devnet (compiled settled + real CometBFT on 127.0.0.1), the
// speed proof of issue 14: for each offered rate (orders/s) a fresh devnet (bench:bank's machinery:
// scripts/bench/bank.ts) whose genesis funds market makers and takers; each deposits into a margin
// subaccount, then the generator signs and sends 200-order MsgBatch txs open-loop at the rate
// (sequence-free short-term order txs: see scripts/bench/orders-workload.ts for the order flow) while
// block headers are followed over the websocket. Prints committed orders/s, order→commit latency
// percentiles (broadcast to the NewBlockHeader of the block holding its tx), CheckTx refusals, txs that
// committed with a failure code, per-block figures (orders per block, interval, FinalizeBlock and Commit
// time, FinalizeBlock µs per order), CPU per order of settled, CometBFT and the generator, fills, and the
// machine speed probe. Target: ≥ 20,000 orders/s committed with p50 order→commit ≤ 400 ms.
import { spawnSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { Comet38Client, WebsocketClient } from '@cosmjs/tendermint-rpc';
import { devAccounts, fundDevAccounts } from '../../chain/node/dev-accounts';
import { DEVNET_CHAIN_ID } from '../../chain/node/devnet';
import { defaultAppState } from '../../chain/node/modules';
import { devnetListings } from '../../modules/options/params';
import { QueryInstrumentsRequest, QueryInstrumentsResponse, QueryMarketStatsRequest, QueryMarketStatsResponse } from '../../proto/gen/settle/options/v1/query';
import { ListingSchedule, OptionKind } from '../../proto/gen/settle/options/v1/types';
import {
  broadcast,
  COMET_METRICS,
  fmt,
  killCurrentSync,
  log,
  ms,
  nowMs,
  parseArgs as parseNodeArgs,
  pc,
  peakRssMb,
  percentile,
  POOL_FOR,
  rpcGet,
  scrapeMetrics,
  sleep,
  snapshotCpu,
  startNode,
  stepMeans,
  stopNode,
  tail,
  waitQuiet,
  type BlockSeen,
  type CpuSnapshot,
  type Options as NodeOptions,
} from './bank';
import { analyzeProfile, formatAnalysis } from './cpuprofile';
import { inProcessReport, runInProcess, type InProcessOptions } from './orders-in-process';
import { Workload, type WorkloadOptions } from './orders-workload';
import { verifySpeedProbeUs } from './speed-probe';

const RETRY_MS = 250;
/** The running devnet's temporary home (removed on a signal unless --keep). */
let liveTmp: string | undefined;
const MAX_ATTEMPTS = 20;

interface Options extends WorkloadOptions {
  rates: number[];
  duration: number;
  warmup: number;
  instruments: number;
  concurrency: number;
  drain: number;
  quietWait: number;
  json?: string;
  inProcess: boolean;
  blocks: number;
  warmupBlocks: number;
  blockOrders: number;
  checkTx: boolean;
  reference: boolean;
  node: NodeOptions;
}

const USAGE = `npm run bench:orders -- [options]
  --rates 2000,4000,8000,20000  offered rates (orders/s), each on a fresh devnet
  --duration 30                 measured window per rate (s)
  --warmup 5                    seconds of load before the window
  --makers 100 --takers 30      accounts (each with a margin subaccount)
  --taker-every 4               one taker tx (IOC orders crossing the quotes) in this many; the rest are makers'
                                post-only good-til-block quotes
  --batch 200                   orders per tx (MsgBatch)
  --good-til 5                  maker quotes live this many blocks after the height they were signed at
  --timeout 15                  short-term txs time out this many blocks after it (at most 20)
  --instruments 20              BTC options traded (the devnet's scheduled listings, latest expiries first)
  --concurrency 64              broadcast_tx_sync requests in flight at most
  --drain 60                    seconds to wait for the mempool to empty after the last broadcast
  --quiet-wait 120              before each rate, wait up to this long for the machine to be idle
  --profile                     run settled with --cpu-prof and print where its main thread went
  --json FILE                   also write the figures as JSON
  also bench:bank's node options: --comet section.key=value, --genesis a.b=json, --app key=toml, --node-flag F,
  --keep, --cometbft PATH, --nice N, --top N
In-process (no CometBFT; run under node --cpu-prof to profile):
  --in-process --blocks 20 --warmup-blocks 3 --block-orders 4000 [--no-check] [--reference]
  --reference                   the reference path (optimisations with a switch off): same digest, slower`;

function parseArgs(argv: string[]): Options {
  const o: Options = {
    rates: [2000, 4000, 8000, 20000],
    duration: 30,
    warmup: 5,
    makers: 100,
    takers: 30,
    takerEvery: 4,
    batch: 200,
    goodTil: 5,
    timeout: 15,
    instruments: 20,
    concurrency: 64,
    drain: 60,
    quietWait: 120,
    inProcess: false,
    blocks: 20,
    warmupBlocks: 3,
    blockOrders: 4000,
    checkTx: true,
    reference: false,
    node: parseNodeArgs([]),
  };
  let profile = false;
  const nodeArgs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    const num = (): number => {
      const v = Number(val());
      if (!Number.isFinite(v) || v <= 0) throw new Error(`${a} needs a positive number`);
      return v;
    };
    const int = (): number => Math.floor(num());
    switch (a) {
      case '--rates':
        o.rates = val().split(',').map((x) => Number(x.trim()));
        if (o.rates.some((r) => !Number.isFinite(r) || r <= 0)) throw new Error('--rates: positive numbers, comma-separated');
        break;
      case '--duration': o.duration = num(); break;
      case '--warmup': o.warmup = Number(val()); break;
      case '--makers': o.makers = int(); break;
      case '--takers': o.takers = int(); break;
      case '--taker-every': o.takerEvery = int(); break;
      case '--batch': o.batch = int(); break;
      case '--good-til': o.goodTil = int(); break;
      case '--timeout': o.timeout = Math.min(20, int()); break;
      case '--instruments': o.instruments = int(); break;
      case '--concurrency': o.concurrency = int(); break;
      case '--drain': o.drain = num(); break;
      case '--quiet-wait': o.quietWait = Number(val()); break;
      case '--profile': profile = true; break;
      case '--json': o.json = val(); break;
      case '--in-process': o.inProcess = true; break;
      case '--blocks': o.blocks = int(); break;
      case '--warmup-blocks': o.warmupBlocks = Math.floor(Number(val())); break;
      case '--block-orders': o.blockOrders = int(); break;
      case '--no-check': o.checkTx = false; break;
      case '--reference': o.reference = true; break;
      case '--help':
      case '-h':
        process.stdout.write(`${USAGE}\n`);
        process.exit(0);
        break;
      case '--keep':
        nodeArgs.push(a);
        break;
      case '--comet': case '--genesis': case '--app': case '--node-flag': case '--cometbft': case '--nice': case '--top':
        nodeArgs.push(a, val());
        break;
      default:
        throw new Error(`unknown option ${a}\n${USAGE}`);
    }
  }
  o.node = parseNodeArgs(nodeArgs);
  o.node.profile = profile;
  return o;
}

// ---------------------------------------------------------------------------------------------
// Chain queries over CometBFT's RPC

async function abciQuery<T>(port: number, route: string, data: Uint8Array, decode: (b: Uint8Array) => T): Promise<T> {
  const r = await rpcGet<{ response: { code: number; log: string; value: string | null } }>(port, `/abci_query?path=%22${route}%22&data=0x${Buffer.from(data).toString('hex')}`);
  if (r.response.code !== 0) throw new Error(`${route}: ${r.response.log}`);
  return decode(Buffer.from(r.response.value ?? '', 'base64'));
}

/** The scheduled BTC options once the oracle priced them, latest expiries first (they outlive the run). */
async function tradedInstruments(port: number, n: number): Promise<string[]> {
  const deadline = nowMs() + 90_000;
  for (;;) {
    const r = await abciQuery(port, '/settle.options.v1.Query/Instruments', QueryInstrumentsRequest.encode({ underlying: 'BTC/USD', expiry: 0n, activeOnly: true }).finish(), QueryInstrumentsResponse.decode);
    const listed = r.instruments.filter((i) => i.kind === OptionKind.OPTION_KIND_CALL || i.kind === OptionKind.OPTION_KIND_PUT);
    if (listed.length > 0) {
      listed.sort((a, b) => (a.expiry === b.expiry ? (a.id < b.id ? -1 : 1) : a.expiry > b.expiry ? -1 : 1));
      return listed.slice(0, n).map((i) => i.id);
    }
    if (nowMs() > deadline) throw new Error('no BTC options were listed within 90 s');
    await sleep(1000);
  }
}

/** Waits (bounded) until every tx is committed; throws on a failure code. */
async function awaitCommitted(port: number, txs: Uint8Array[], what: string): Promise<void> {
  const deadline = nowMs() + 60_000;
  for (const tx of txs) {
    const hash = crypto.createHash('sha256').update(tx).digest('hex');
    for (;;) {
      try {
        const r = await rpcGet<{ tx_result: { code: number; log: string } }>(port, `/tx?hash=0x${hash}`, 5000);
        if (r.tx_result.code !== 0) throw new Error(`${what} tx ${hash} failed: ${r.tx_result.log}`);
        break;
      } catch (err) {
        if ((err as Error).message.includes('failed:')) throw err;
        if (nowMs() > deadline) throw new Error(`${what} tx ${hash} not committed within 60 s`);
        await sleep(200);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// One rate

interface PhaseResult {
  rate: number;
  probeUs?: number;
  ordersPerTx: number;
  dispatchedPerSec: number;
  maxDispatchLagMs: number;
  committedPerSec: number;
  committedSlices: number[];
  latency: { n: number; p50: number; p90: number; p99: number; max: number };
  accepted: number;
  rejected: Record<string, number>;
  refusals: Record<string, number>;
  dropped: number;
  notCommitted: number;
  failedTxs: number;
  fills?: number;
  blocks: { count: number; intervalMeanMs: number; ordersMean: number; ordersMax: number; finalizeMeanMs: number; commitMeanMs: number; finalizeUsPerOrder: number };
  consensusSteps: Array<[string, number]>;
  cpu: { settled: number; settledMain: number; comet: number; bench: number; others: number; machine: number; usPerOrder: { settled: number; settledMain: number; comet: number; bench: number } };
  gcShare?: number;
  peakRss: { settled?: number; comet?: number };
  profileText?: string;
}

async function runPhase(o: Options, rate: number): Promise<PhaseResult> {
  await waitQuiet(o.quietWait);
  const probeUs = verifySpeedProbeUs();
  const devs = await devAccounts();
  const base = fundDevAccounts(defaultAppState(), devs).appState;
  (base.options as { params: { listings: unknown[] } }).params.listings = devnetListings().map((l) => ListingSchedule.toJSON(l));
  const { workload, appState } = await Workload.create(o, DEVNET_CHAIN_ID, base);
  log(`rate ${fmt(rate)} orders/s: starting a fresh devnet (machine speed probe: ${probeUs?.toFixed(1) ?? '?'} µs per libsecp256k1 verify)`);
  const node = await startNode(o.node, appState);
  liveTmp = o.node.keep ? undefined : node.tmp;
  const seen: BlockSeen[] = [];
  let wsError = '';
  const ws = new WebsocketClient(`ws://127.0.0.1:${node.rpcPort}`, (err: unknown) => {
    wsError = String(err);
  });
  const comet = Comet38Client.create(ws);
  const sub = comet.subscribeNewBlockHeader().subscribe({
    next: (h) => seen.push({ height: h.height, seenAt: nowMs(), headerMs: h.time.getTime() }),
    error: (err: unknown) => {
      wsError = String(err);
    },
    complete: () => undefined,
  });
  try {
    const instruments = await tradedInstruments(node.rpcPort, o.instruments);
    log(`devnet up (RPC 127.0.0.1:${node.rpcPort}); trading ${instruments.length} instruments, e.g. ${instruments[0]}`);
    const deposits = workload.depositTxs();
    const answers = await Promise.all(deposits.map((tx, i) => broadcast(node.rpcPort, o.concurrency, i, tx)));
    const bad = answers.find((a) => a.code !== 0);
    if (bad) throw new Error(`a deposit was refused: ${bad.codespace}/${bad.code} ${bad.log ?? bad.error}`);
    await awaitCommitted(node.rpcPort, deposits, 'deposit');
    log(`${deposits.length} accounts deposited; ${o.warmup} s warm-up, then ${o.duration} s measured`);
    return await load(o, rate, node, workload, instruments, seen, probeUs, () => wsError);
  } finally {
    sub.unsubscribe();
    comet.disconnect();
    await stopNode(node);
    if (!o.node.keep) fs.rmSync(node.tmp, { recursive: true, force: true });
    else log(`kept ${node.tmp}`);
  }
}

async function load(
  o: Options,
  rate: number,
  node: Awaited<ReturnType<typeof startNode>>,
  workload: Workload,
  instruments: string[],
  seen: BlockSeen[],
  probeUs: number | undefined,
  wsError: () => string,
): Promise<PhaseResult> {
  const txRate = rate / o.batch;
  const total = Math.ceil(txRate * (o.warmup + o.duration));
  const sendAt = new Float64Array(total).fill(NaN);
  const accepted = new Uint8Array(total);
  const attempts = new Uint16Array(total);
  const hashes = new Map<string, number>();
  const txs: Uint8Array[] = new Array(total);
  const rejected: Record<string, number> = {};
  const refusals: Record<string, number> = {};
  let dropped = 0;
  let inflight = 0;
  let maxLag = 0;
  const height = (): bigint => BigInt(seen.length > 0 ? seen[seen.length - 1].height : 1);
  const send = (k: number): void => {
    inflight++;
    attempts[k]++;
    void broadcast(node.rpcPort, o.concurrency, k, txs[k]).then((r) => {
      inflight--;
      // a retry of a tx whose first answer was lost (timeout) but which CometBFT took: it is in the mempool
      if (r.code === 0 || (attempts[k] > 1 && /already exists in cache/.test(r.error ?? ''))) {
        accepted[k] = 1;
        return;
      }
      const full = r.code === 20 && (r.codespace === 'sdk' || !r.codespace);
      if (r.error || full) {
        const key = r.error ? r.error.replace(/[0-9]+/g, 'N') : 'sdk/20: mempool is full (CheckTx)';
        refusals[key] = (refusals[key] ?? 0) + 1;
        if (attempts[k] < MAX_ATTEMPTS) {
          inflight++;
          setTimeout(() => {
            inflight--;
            send(k);
          }, RETRY_MS);
        } else dropped++;
        return;
      }
      const key = `${r.codespace || 'sdk'}/${r.code}: ${(r.log ?? '').replace(/[0-9]+/g, 'N').slice(0, 90)}`;
      rejected[key] = (rejected[key] ?? 0) + 1;
    });
  };

  let cpuBefore: CpuSnapshot | undefined;
  let cpuAfter: CpuSnapshot | undefined;
  let metricsBefore = new Map<string, number>();
  let metricsAfter = new Map<string, number>();
  let cometBefore = new Map<string, number>();
  let cometAfter = new Map<string, number>();
  let peakRss: { settled?: number; comet?: number } = {};
  const start = nowMs();
  const windowFrom = start + o.warmup * 1000;
  const windowTo = windowFrom + o.duration * 1000;
  let next = 0;
  await new Promise<void>((resolve) => {
    const tick = (): void => {
      const t = nowMs();
      const due = Math.min(total, Math.floor((txRate * (t - start)) / 1000));
      while (next < due && inflight < o.concurrency) {
        const k = next++;
        txs[k] = workload.tx(k, height(), instruments);
        hashes.set(crypto.createHash('sha256').update(txs[k]).digest('hex'), k);
        sendAt[k] = nowMs();
        send(k);
      }
      if (next < due) maxLag = Math.max(maxLag, ((due - next) / txRate) * 1000);
      if (!cpuBefore && t >= windowFrom) {
        cpuBefore = snapshotCpu(node.child.pid, node.cometPid);
        void scrapeMetrics(node.metricsPort).then((m) => (metricsBefore = m));
        void scrapeMetrics(node.cometMetricsPort, COMET_METRICS).then((m) => (cometBefore = m));
      }
      if (!cpuAfter && t >= windowTo) {
        cpuAfter = snapshotCpu(node.child.pid, node.cometPid);
        peakRss = { settled: peakRssMb(node.child.pid), comet: peakRssMb(node.cometPid) };
        void scrapeMetrics(node.metricsPort).then((m) => (metricsAfter = m));
        void scrapeMetrics(node.cometMetricsPort, COMET_METRICS).then((m) => (cometAfter = m));
      }
      if ((next >= total && cpuAfter) || node.exited) return resolve();
      setTimeout(tick, 1);
    };
    tick();
  });
  if (node.exited) throw new Error(`settled exited under load. Log:\n${tail(node.logFile)}`);
  log(`sent ${fmt(total)} txs (${fmt(total * o.batch)} orders); draining`);

  const drainDeadline = nowMs() + o.drain * 1000;
  while (inflight > 0 && nowMs() < drainDeadline) await sleep(50);
  let lastHeightAtEmpty = -1;
  while (nowMs() < drainDeadline) {
    try {
      const r = await rpcGet(node.rpcPort, '/num_unconfirmed_txs', 2000);
      if (Number(r.n_txs) === 0) {
        if (lastHeightAtEmpty < 0) lastHeightAtEmpty = seen.length > 0 ? seen[seen.length - 1].height : 0;
        else if (seen.length > 0 && seen[seen.length - 1].height > lastHeightAtEmpty) break;
      }
    } catch {
      // busy
    }
    await sleep(200);
  }
  if (wsError()) log(`websocket: ${wsError()}`);
  if (metricsAfter.size === 0) metricsAfter = await scrapeMetrics(node.metricsPort);

  // which txs each height holds, and when it was seen committed
  const firstHeight = seen.length > 0 ? seen[0].height : 1;
  const lastHeight = seen.length > 0 ? seen[seen.length - 1].height : 1;
  const seenAt = new Map(seen.map((b) => [b.height, b]));
  const commitAt = new Float64Array(total).fill(NaN);
  const ordersPerHeight = new Map<number, number>();
  for (let h = firstHeight; h <= lastHeight; h++) {
    const b = await rpcGet(node.rpcPort, `/block?height=${h}`, 30_000);
    const list = (b.block.data.txs ?? []) as string[];
    const at = seenAt.get(h)?.seenAt ?? seenAt.get(h + 1)?.seenAt ?? NaN;
    let orders = 0;
    for (const t of list) {
      const k = hashes.get(crypto.createHash('sha256').update(Buffer.from(t, 'base64')).digest('hex'));
      if (k !== undefined) {
        commitAt[k] = at;
        orders += o.batch;
      }
    }
    ordersPerHeight.set(h, orders);
  }
  const appBlocks = new Map<number, { finalizeMs: number; commitMs: number; failed: number }>();
  for (const line of fs.readFileSync(node.logFile, 'utf8').split('\n')) {
    if (!line.includes('"committed block"')) continue;
    try {
      const r = JSON.parse(line) as { height: number; finalizeMs: number; commitMs: number; failedTxs: number };
      appBlocks.set(r.height, { finalizeMs: r.finalizeMs, commitMs: r.commitMs, failed: r.failedTxs });
    } catch {
      // not JSON
    }
  }
  let fills = 0;
  try {
    for (const id of instruments) {
      const s = await abciQuery(node.rpcPort, '/settle.options.v1.Query/MarketStats', QueryMarketStatsRequest.encode({ instrumentId: id }).finish(), QueryMarketStatsResponse.decode);
      fills += Number(s.stats?.volume ?? 0n);
    }
  } catch (err) {
    log(`MarketStats: ${(err as Error).message}`);
  }

  // ---- figures
  const inWindow = (t: number): boolean => t >= windowFrom && t < windowTo;
  let dispatched = 0;
  let committed = 0;
  let notCommitted = 0;
  const slices = new Array(Math.ceil(o.duration / 5)).fill(0);
  const lat: number[] = [];
  for (let k = 0; k < total; k++) {
    if (inWindow(sendAt[k])) dispatched++;
    if (accepted[k] && Number.isNaN(commitAt[k])) notCommitted++;
    if (inWindow(commitAt[k])) {
      committed++;
      slices[Math.floor((commitAt[k] - windowFrom) / 5000)]++;
    }
    if (inWindow(sendAt[k]) && !Number.isNaN(commitAt[k])) lat.push(commitAt[k] - sendAt[k]);
  }
  const sortedLat = Float64Array.from(lat).sort();
  const windowBlocks = seen.filter((b) => inWindow(b.seenAt));
  const intervals: number[] = [];
  for (let i = 1; i < windowBlocks.length; i++) intervals.push(windowBlocks[i].headerMs - windowBlocks[i - 1].headerMs);
  const blockOrders = windowBlocks.map((b) => ordersPerHeight.get(b.height) ?? 0);
  const app = windowBlocks.map((b) => appBlocks.get(b.height)).filter((x): x is NonNullable<typeof x> => x !== undefined);
  const finalizeMs = app.reduce((s, a) => s + a.finalizeMs, 0);
  const ordersInBlocks = blockOrders.reduce((s, x) => s + x, 0);
  let failedTxs = 0;
  for (const [h, a] of appBlocks) if (h >= firstHeight && h <= lastHeight) failedTxs += a.failed;
  const gcKeys = [...metricsAfter.keys()].filter((k) => k.startsWith('nodejs_gc_duration_seconds_sum'));
  const gcSeconds = gcKeys.reduce((s, k) => s + (metricsAfter.get(k) ?? 0) - (metricsBefore.get(k) ?? 0), 0);
  const b = cpuBefore!;
  const a = cpuAfter!;
  const wall = (a.at - b.at) / 1000;
  const cores = os.availableParallelism();
  const share = (x: number | undefined, y: number | undefined): number => ((x ?? NaN) - (y ?? NaN)) / wall;
  const committedPerSec = (committed * o.batch) / o.duration;
  const cpu = {
    settled: share(a.settled, b.settled),
    settledMain: share(a.settledMain, b.settledMain),
    comet: share(a.comet, b.comet),
    bench: (a.benchUser + a.benchSys - b.benchUser - b.benchSys) / wall,
    machine: (a.machineBusy - b.machineBusy) / ((a.machineTotal - b.machineTotal) / cores),
    others: 0,
    usPerOrder: { settled: NaN, settledMain: NaN, comet: NaN, bench: NaN },
  };
  cpu.others = cpu.machine - cpu.settled - cpu.comet - cpu.bench;
  const per = (x: number): number => (x * 1e6) / Math.max(1, committedPerSec);
  cpu.usPerOrder = { settled: per(cpu.settled), settledMain: per(cpu.settledMain), comet: per(cpu.comet), bench: per(cpu.bench) };
  const result: PhaseResult = {
    rate,
    probeUs,
    ordersPerTx: o.batch,
    dispatchedPerSec: (dispatched * o.batch) / o.duration,
    maxDispatchLagMs: maxLag,
    committedPerSec,
    committedSlices: slices.map((s) => (s * o.batch) / 5),
    latency: { n: sortedLat.length, p50: percentile(sortedLat, 50), p90: percentile(sortedLat, 90), p99: percentile(sortedLat, 99), max: sortedLat.length ? sortedLat[sortedLat.length - 1] : NaN },
    accepted: accepted.reduce((s, x) => s + x, 0),
    rejected,
    refusals,
    dropped,
    notCommitted,
    failedTxs,
    fills,
    blocks: {
      count: windowBlocks.length,
      intervalMeanMs: intervals.reduce((s, x) => s + x, 0) / Math.max(1, intervals.length),
      ordersMean: ordersInBlocks / Math.max(1, blockOrders.length),
      ordersMax: Math.max(0, ...blockOrders),
      finalizeMeanMs: finalizeMs / Math.max(1, app.length),
      commitMeanMs: app.reduce((s, x) => s + x.commitMs, 0) / Math.max(1, app.length),
      finalizeUsPerOrder: (finalizeMs * 1000) / Math.max(1, ordersInBlocks),
    },
    consensusSteps: stepMeans(cometBefore, cometAfter),
    cpu,
    gcShare: gcKeys.length ? gcSeconds / o.duration : undefined,
    peakRss,
  };
  if (cpu.others > 0.25) log(`warning: other processes used ${pc(cpu.others)} of a core during the window; the figures are disturbed`);
  if (o.node.profile) {
    await stopNode(node); // writes the profile
    const files = fs.existsSync(node.profDir) ? fs.readdirSync(node.profDir).filter((f) => f.endsWith('.cpuprofile')) : [];
    if (files.length > 0) {
      const profile = analyzeProfile(JSON.parse(fs.readFileSync(`${node.profDir}/${files[0]}`, 'utf8')), { fromUs: windowFrom * 1000, toUs: windowTo * 1000 });
      result.profileText = formatAnalysis(profile, o.node.top, { cpuSeconds: cpu.settledMain * o.duration, txs: committed * o.batch });
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Report

function phaseReport(r: PhaseResult, o: Options): string {
  const sum = (x: Record<string, number>): number => Object.values(x).reduce((s, v) => s + v, 0);
  const L = [
    `=== offered ${fmt(r.rate)} orders/s (${fmt(r.rate / o.batch, 1)} txs/s of ${o.batch} orders) — ${o.duration} s window after ${o.warmup} s warm-up; ${o.makers} makers, ${o.takers} takers, one taker tx in ${o.takerEvery}`,
    `  dispatched         ${fmt(r.dispatchedPerSec)} orders/s (max lag behind schedule ${ms(r.maxDispatchLagMs)})`,
    `  committed          ${fmt(r.committedPerSec)} orders/s; per 5 s: ${r.committedSlices.map((s) => fmt(s)).join(' ')}`,
    `  order→commit       p50 ${ms(r.latency.p50)}, p90 ${ms(r.latency.p90)}, p99 ${ms(r.latency.p99)}, max ${ms(r.latency.max)} (${fmt(r.latency.n)} txs sent in the window)`,
    `  CheckTx            ${fmt(r.accepted)} txs accepted, ${fmt(sum(r.rejected))} rejected, ${fmt(sum(r.refusals))} refusals retried (${fmt(r.dropped)} given up)`,
    ...Object.entries(r.rejected).sort((x, y) => y[1] - x[1]).slice(0, 4).map(([k, v]) => `                       rejected ${fmt(v)} × ${k}`),
    ...Object.entries(r.refusals).sort((x, y) => y[1] - x[1]).slice(0, 4).map(([k, v]) => `                       refused ${fmt(v)} × ${k.slice(0, 90)}`),
    `  delivered          ${fmt(r.notCommitted)} accepted txs never committed; ${fmt(r.failedTxs)} committed with a failure code; ${r.fills !== undefined ? `${fmt(r.fills)} contracts filled in all` : ''}`,
    `  blocks             ${r.blocks.count} in the window; interval mean ${ms(r.blocks.intervalMeanMs)}; orders/block mean ${fmt(r.blocks.ordersMean)}, max ${fmt(r.blocks.ordersMax)}`,
    `  app per block      FinalizeBlock mean ${ms(r.blocks.finalizeMeanMs)} (${fmt(r.blocks.finalizeUsPerOrder)} µs per order), Commit mean ${ms(r.blocks.commitMeanMs)}`,
  ];
  if (r.consensusSteps.length > 0) L.push(`  CometBFT per block ${r.consensusSteps.map(([k, v]) => `${k} ${ms(v)}`).join(', ')}`);
  const u = r.cpu.usPerOrder;
  L.push(
    `  machine speed      ${r.probeUs !== undefined ? `${r.probeUs.toFixed(1)} µs per libsecp256k1 verify before the run (~55 on a quiet 2-core machine of this project; higher means a busy host)` : 'probe unavailable'}`,
    `  memory             peak RSS settled ${r.peakRss.settled !== undefined ? `${fmt(r.peakRss.settled)} MB` : '?'}, CometBFT ${r.peakRss.comet !== undefined ? `${fmt(r.peakRss.comet)} MB` : '?'}`,
    `  CPU (100% = 1 core) settled ${pc(r.cpu.settled)} (main thread ${pc(r.cpu.settledMain)}), CometBFT ${pc(r.cpu.comet)}, load generator ${pc(r.cpu.bench)}, other processes ${pc(r.cpu.others)}; machine ${pc(r.cpu.machine)}` +
      (r.gcShare !== undefined ? `; settled GC pauses ${pc(r.gcShare)}` : ''),
    `  CPU per committed order settled ${fmt(u.settled)} µs (main thread ${fmt(u.settledMain)} µs), CometBFT ${fmt(u.comet)} µs, load generator ${fmt(u.bench)} µs`,
  );
  if (r.profileText) L.push('', r.profileText.replace(/^/gm, '  '));
  return L.join('\n');
}

function summary(results: PhaseResult[]): string {
  const L = [
    '',
    '| offered orders/s | committed orders/s | p50 | p90 | p99 | rejected / refused | failed txs | orders/block | block interval | FinalizeBlock µs/order | µs CPU/order settled (main) + CometBFT | other procs | probe µs |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const sum = (x: Record<string, number>): number => Object.values(x).reduce((s, v) => s + v, 0);
  for (const r of results) {
    L.push(
      `| ${fmt(r.rate)} | ${fmt(r.committedPerSec)} | ${ms(r.latency.p50)} | ${ms(r.latency.p90)} | ${ms(r.latency.p99)} | ${fmt(sum(r.rejected))} / ${fmt(sum(r.refusals))} | ${fmt(r.failedTxs)} | ` +
        `${fmt(r.blocks.ordersMean)} | ${ms(r.blocks.intervalMeanMs)} | ${fmt(r.blocks.finalizeUsPerOrder)} | ${fmt(r.cpu.usPerOrder.settled)} (${fmt(r.cpu.usPerOrder.settledMain)}) + ${fmt(r.cpu.usPerOrder.comet)} | ${pc(r.cpu.others)} | ${r.probeUs?.toFixed(1) ?? '-'} |`,
    );
  }
  const ok = results.filter((r) => r.committedPerSec >= 0.95 * r.rate && r.latency.p50 <= 400 && r.failedTxs === 0 && r.notCommitted === 0);
  const best = ok.length > 0 ? Math.max(...ok.map((r) => r.committedPerSec)) : 0;
  L.push(
    '',
    `Best committed rate with p50 ≤ 400 ms (committed ≥ 95% of offered, no failed txs): ${best > 0 ? `${fmt(best)} orders/s` : 'none of those tried'}. ` +
      `Target ≥ 20,000 orders/s with p50 ≤ 400 ms — ${best >= 20000 ? 'MET' : 'not met'}.`,
  );
  return L.join('\n');
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  if (o.inProcess) {
    const io: InProcessOptions = { ...o };
    const r = await runInProcess(io, log);
    process.stdout.write(`${inProcessReport(io, r)}\n`);
    return;
  }
  const git = (args: string[]): string => spawnSync('git', args, { encoding: 'utf8' }).stdout?.trim() ?? '';
  process.stdout.write(
    `settle options-orders benchmark — ${new Date().toISOString()}\n  code ${git(['rev-parse', '--short', 'HEAD'])}; machine ${os.availableParallelism()} × ${os.cpus()[0]?.model ?? '?'}, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}\n\n`,
  );
  const onSignal = (sig: NodeJS.Signals): void => {
    log(`${sig}: stopping`);
    killCurrentSync();
    if (liveTmp) fs.rmSync(liveTmp, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const results: PhaseResult[] = [];
  try {
    for (const rate of o.rates) {
      const r = await runPhase(o, rate);
      results.push(r);
      process.stdout.write(`${phaseReport(r, o)}\n\n`);
    }
  } finally {
    killCurrentSync();
    for (const pool of POOL_FOR.values()) void pool.destroy();
  }
  process.stdout.write(`${summary(results)}\n`);
  if (o.json) fs.writeFileSync(o.json, `${JSON.stringify({ options: { ...o, node: undefined }, results }, null, 2)}\n`);
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (err: Error) => {
      killCurrentSync();
      process.stderr.write(`bench:orders failed: ${err.stack ?? err.message}\n`);
      process.exit(1);
    },
  );
}
