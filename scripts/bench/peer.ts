// npm run bench:peer [-- --rates 500,1000,2000 --duration 30 --repeats 1 ...]
//
// settle next to the reference Cosmos SDK chain on the same machine, in the same run: for each
// offered rate, bench:bank's pre-signed bank-send load (scripts/bench/bank.ts: same accounts, same
// MsgSend, fee and gas, same open-loop schedule, window and latency measurement) against a fresh
// single-validator settle devnet and a fresh single-validator simd (ibc-go v8.8.0's simapp: Cosmos
// SDK v0.50, CometBFT v0.38; scripts/install-simd.sh) with the same genesis accounts and CometBFT
// settings (scripts/bench/simd-net.ts), alternating which goes first. Prints per run committed tx/s,
// p50/p99 broadcast→commit, CPU µs per committed tx of the app and of CometBFT (simd is one process:
// one figure), peak RSS, the host's load, and per pair the ratio settle / simd. See docs/performance.md.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as crypto from 'node:crypto';
import { editCometConfig, type TomlValue } from '../../chain/node/cometbft-config';
import { devAccounts } from '../../chain/node/dev-accounts';
import {
  benchAppState,
  closePools,
  fmt,
  freeBasePort,
  killCurrentSync,
  log,
  makeKeys,
  ms,
  nowMs,
  parseArgs,
  pc,
  presign,
  rpcGet,
  runPhase,
  sleep,
  tail,
  SETTLE_SIGN_CHAIN,
  type NodeStarter,
  type Options,
  type PhaseResult,
  type RunningNode,
} from './bank';
import { createSimdTemplate, prepareSimdHome, spawnSimd, SIMD_CHAIN_ID, SIMD_PREFIX } from './simd-net';

const ROOT = path.resolve(__dirname, '../../..');
const SIMD = path.join(ROOT, 'tools/bin/simd');

export type Chain = 'settle' | 'simd';

export interface PeerRun {
  chain: Chain;
  rate: number;
  repeat: number;
  loadavg: string;
  result: PhaseResult;
}

interface PeerOptions {
  repeats: number;
  simd: string;
  only?: Chain;
  rest: string[];
}

const PEER_USAGE = `npm run bench:peer -- [options]
  --repeats 1          settle/simd pairs per rate (the first of a pair alternates: settle first, then simd first, ...)
  --only settle|simd   run one side only
  --simd PATH          the simd binary (default tools/bin/simd, built by scripts/install-simd.sh)
  and bench:bank's options (npm run bench:bank -- --help): --rates (default 500,1000,2000), --duration, --warmup,
  --accounts, --concurrency, --drain, --comet section.key=value (applied to both chains' config.toml), --quiet-wait,
  --keep, --json FILE. settled runs without the CPU profiler here.`;

/** Splits bench:peer's own options from bench:bank's. */
export function splitPeerArgs(argv: string[]): PeerOptions {
  const o: PeerOptions = { repeats: 1, simd: SIMD, rest: [] };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let inline: string | undefined;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) {
      inline = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const val = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--repeats') {
      o.repeats = Number(val());
      if (!Number.isInteger(o.repeats) || o.repeats < 1) throw new Error('--repeats: a positive integer');
    } else if (a === '--simd') o.simd = path.resolve(val());
    else if (a === '--only') {
      const v = val();
      if (v !== 'settle' && v !== 'simd') throw new Error('--only settle|simd');
      o.only = v;
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(`${PEER_USAGE}\n`);
      process.exit(0);
    } else o.rest.push(argv[i]);
  }
  if (!o.rest.some((a) => a === '--rates' || a.startsWith('--rates='))) o.rest.push('--rates', '500,1000,2000');
  return o;
}

/** The order of a pair: settle first on even repeats, simd first on odd ones. */
export function pairOrder(repeat: number): Chain[] {
  return repeat % 2 === 0 ? ['settle', 'simd'] : ['simd', 'settle'];
}

/** Starts a fresh simd from the template for one phase (bench:bank's runPhase drives it). */
function simdStarter(simd: string, template: string): NodeStarter {
  return async (opts: Options): Promise<RunningNode> => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'settle-bench-simd-'));
    const home = path.join(tmp, 'node');
    const base = await freeBasePort();
    prepareSimdHome(template, home, base);
    if (Object.keys(opts.comet).length > 0) editCometConfig(path.join(home, 'config', 'config.toml'), opts.comet as Record<string, Record<string, TomlValue>>);
    const logFile = path.join(tmp, 'simd.log');
    const child = spawnSimd(simd, home, logFile);
    const node: RunningNode = {
      tmp,
      home,
      base,
      rpcPort: base + 1,
      metricsPort: base + 5,
      cometMetricsPort: base + 4,
      child,
      exited: false,
      exit: Promise.resolve(null),
      logFile,
      profDir: path.join(tmp, 'profile'),
    };
    node.exit = new Promise((resolve) =>
      child.once('exit', (code) => {
        node.exited = true;
        resolve(code);
      }),
    );
    const deadline = nowMs() + 90_000;
    for (;;) {
      if (node.exited) throw new Error(`simd exited during start-up. Log:\n${tail(logFile)}`);
      try {
        const st = await rpcGet(node.rpcPort, '/status', 2000);
        if (Number(st.sync_info.latest_block_height) >= 2) break;
      } catch {
        // not up yet
      }
      if (nowMs() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`simd did not reach height 2 within 90 s. Log:\n${tail(logFile)}`);
      }
      await sleep(200);
    }
    return node;
  };
}

function loadavg(): string {
  return os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
}

const refusedOf = (r: PhaseResult): number => Object.values(r.refusals).reduce((a, b) => a + b, 0);
const rejectedOf = (r: PhaseResult): number => Object.values(r.rejected).reduce((a, b) => a + b, 0) + r.skipped;
const mb = (x: number | undefined): string => (x === undefined ? '?' : `${fmt(x)} MB`);
const ratio = (a: number, b: number, d = 2): string => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${fmt(a / b, d)}×` : '-');

/** CPU µs per committed tx: app, CometBFT and their sum (simd: one process, so the app figure is both and CometBFT is NaN). */
export function cpuPerTx(r: PhaseResult): { app: number; comet: number; total: number } {
  const app = r.cpu.usPerTx.settled;
  const comet = r.cpu.usPerTx.comet;
  return { app, comet, total: app + (Number.isFinite(comet) ? comet : 0) };
}

export function runLine(run: PeerRun): string {
  const r = run.result;
  const cpu = cpuPerTx(r);
  const cpuText = Number.isFinite(cpu.comet) ? `${fmt(cpu.app)} + ${fmt(cpu.comet)} = ${fmt(cpu.total)}` : `${fmt(cpu.total)} (one process)`;
  const rss = Number.isFinite(r.peakRss.comet ?? NaN) ? `${mb(r.peakRss.settled)} + ${mb(r.peakRss.comet)}` : mb(r.peakRss.settled);
  return (
    `| ${fmt(run.rate)} | ${run.repeat + 1} | ${run.chain} | ${fmt(r.committedPerSec)} | ${ms(r.latency.p50)} | ${ms(r.latency.p99)} | ${cpuText} | ${rss} | ` +
    `${fmt(rejectedOf(r))} / ${fmt(refusedOf(r))} / ${fmt(r.notCommitted + r.deliverFailed)} | ${ms(r.blocks.intervalMeanMs)} | ${fmt(r.blocks.txsMean)} | ${pc(r.cpu.others)} | ${run.loadavg} | ${r.probeUs?.toFixed(0) ?? '?'} |`
  );
}

export function runsTable(runs: PeerRun[]): string {
  return [
    '| offered tx/s | pair | chain | committed tx/s | p50 | p99 | CPU µs/tx app + CometBFT | peak RSS app + CometBFT | rejected / refused / lost or failed | block interval | txs/block | other procs | load avg before | probe µs |',
    '| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
    ...runs.map(runLine),
  ].join('\n');
}

/** One row per settle/simd pair: settle / simd for committed tx/s, p50, p99, CPU per tx and RSS. */
export function ratioTable(runs: PeerRun[]): string {
  const L = [
    '| offered tx/s | pair | committed settle / simd | p50 settle / simd | p99 settle / simd | CPU µs/tx settle / simd | peak RSS settle / simd |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const rates = [...new Set(runs.map((r) => r.rate))];
  for (const rate of rates) {
    const reps = [...new Set(runs.filter((r) => r.rate === rate).map((r) => r.repeat))];
    for (const rep of reps) {
      const s = runs.find((r) => r.rate === rate && r.repeat === rep && r.chain === 'settle')?.result;
      const d = runs.find((r) => r.rate === rate && r.repeat === rep && r.chain === 'simd')?.result;
      if (!s || !d) continue;
      const rssS = (s.peakRss.settled ?? NaN) + (s.peakRss.comet ?? 0);
      L.push(
        `| ${fmt(rate)} | ${rep + 1} | ${fmt(s.committedPerSec)} / ${fmt(d.committedPerSec)} = ${ratio(s.committedPerSec, d.committedPerSec)} | ` +
          `${ms(s.latency.p50)} / ${ms(d.latency.p50)} = ${ratio(s.latency.p50, d.latency.p50)} | ${ms(s.latency.p99)} / ${ms(d.latency.p99)} = ${ratio(s.latency.p99, d.latency.p99)} | ` +
          `${fmt(cpuPerTx(s).total)} / ${fmt(cpuPerTx(d).total)} = ${ratio(cpuPerTx(s).total, cpuPerTx(d).total)} | ${mb(rssS)} / ${mb(d.peakRss.settled)} = ${ratio(rssS, d.peakRss.settled ?? NaN)} |`,
      );
    }
  }
  return L.join('\n');
}

/** Per chain: the highest committed tx/s of a run with p50 ≤ `p50Ms`, nothing rejected, refused or lost. */
export function bestCommitted(runs: PeerRun[], chain: Chain, p50Ms: number): number {
  const ok = runs.filter(
    (r) => r.chain === chain && r.result.latency.p50 <= p50Ms && rejectedOf(r.result) === 0 && refusedOf(r.result) === 0 && r.result.notCommitted === 0 && r.result.deliverFailed === 0,
  );
  return Math.max(0, ...ok.map((r) => r.result.committedPerSec));
}

async function main(): Promise<void> {
  const peer = splitPeerArgs(process.argv.slice(2));
  const opts = parseArgs(peer.rest);
  opts.profile = false;
  const chains: Chain[] = peer.only ? [peer.only] : ['settle', 'simd'];
  if (chains.includes('simd') && !fs.existsSync(peer.simd)) throw new Error(`${peer.simd} not found: run scripts/install-simd.sh (npm run bench:peer does)`);
  const onSignal = (sig: NodeJS.Signals): void => {
    log(`${sig}: stopping`);
    killCurrentSync();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  process.stdout.write(
    [
      `bench:peer — settle vs simd (ibc-go v8.8.0 simapp, Cosmos SDK v0.50.9, CometBFT v0.38.11 in-process) — ${new Date().toISOString()}`,
      `  machine  ${os.availableParallelism()} × ${os.cpus()[0]?.model ?? '?'}, ${fmt(os.totalmem() / 2 ** 30, 1)} GiB; load average ${loadavg()}`,
      `  load     rates ${opts.rates.join(', ')} tx/s; ${opts.warmup} s warm-up + ${opts.duration} s window; ${opts.accounts} accounts; ${peer.repeats} pair(s) per rate; ` +
        `MsgSend 1uusdc, fee 2500usettle, gas 100000 on both chains`,
      '',
    ].join('\n'),
  );

  const maxTotal = Math.floor(Math.max(...opts.rates) * (opts.warmup + opts.duration));
  const setup = new Map<Chain, { txs: Uint8Array[]; hashes: Map<string, number>; appState: Record<string, unknown>; start?: NodeStarter }>();
  let template: string | undefined;
  const hashesOf = (txs: Uint8Array[]): Map<string, number> => {
    const m = new Map<string, number>();
    txs.forEach((t, k) => m.set(crypto.createHash('sha256').update(t).digest('hex'), k));
    return m;
  };
  if (chains.includes('settle')) {
    const keys = await makeKeys(opts.accounts);
    const { appState, numbers } = benchAppState(await devAccounts(), keys);
    const txs = await presign(keys, numbers, maxTotal, opts.signers, SETTLE_SIGN_CHAIN);
    setup.set('settle', { txs, hashes: hashesOf(txs), appState });
  }
  if (chains.includes('simd')) {
    const keys = await makeKeys(opts.accounts, SIMD_PREFIX);
    const t = createSimdTemplate(peer.simd, keys.map((k) => k.address));
    template = t.home;
    log(`simd genesis template ${t.home} (bench accounts numbered ${t.numbers[0]}..${t.numbers[t.numbers.length - 1]})`);
    const txs = await presign(keys, t.numbers, maxTotal, opts.signers, { ...SETTLE_SIGN_CHAIN, chainId: SIMD_CHAIN_ID, prefix: SIMD_PREFIX });
    setup.set('simd', { txs, hashes: hashesOf(txs), appState: {}, start: simdStarter(peer.simd, t.home) });
  }

  const runs: PeerRun[] = [];
  try {
    for (const rate of opts.rates) {
      for (let repeat = 0; repeat < peer.repeats; repeat++) {
        for (const chain of pairOrder(repeat).filter((c) => chains.includes(c))) {
          const s = setup.get(chain)!;
          const before = loadavg();
          log(`rate ${rate}, pair ${repeat + 1}: ${chain} (load average ${before})`);
          const result = await runPhase(opts, rate, s.txs, s.hashes, s.appState, s.start);
          closePools();
          const run: PeerRun = { chain, rate, repeat, loadavg: before, result };
          runs.push(run);
          process.stdout.write(`${runLine(run)}\n`);
        }
      }
    }
  } finally {
    killCurrentSync();
    closePools();
    if (template && !opts.keep) fs.rmSync(template, { recursive: true, force: true });
  }
  process.stdout.write(`\nRuns (CPU = utime+stime from /proc over the window ÷ committed txs; simd runs CometBFT in-process, so its CPU and RSS are one figure):\n\n${runsTable(runs)}\n`);
  if (chains.length === 2) {
    process.stdout.write(`\nRatios settle / simd, per pair:\n\n${ratioTable(runs)}\n`);
    const s = bestCommitted(runs, 'settle', 1000);
    const d = bestCommitted(runs, 'simd', 1000);
    process.stdout.write(
      `\nHighest committed tx/s with p50 ≤ 1 s and nothing rejected, refused or lost: settle ${fmt(s)}, simd ${fmt(d)} → ${ratio(s, d)} (aim ≥ 2×). ` +
        `Note: the highest rate tried bounds both figures.\n`,
    );
  }
  if (opts.json) {
    fs.writeFileSync(opts.json, `${JSON.stringify({ options: opts, runs: runs.map((r) => ({ ...r, result: { ...r.result, profile: undefined } })) }, null, 2)}\n`);
    log(`figures written to ${opts.json}`);
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (err: Error) => {
      killCurrentSync();
      process.stderr.write(`bench:peer failed: ${err.stack ?? err.message}\n`);
      process.exit(1);
    },
  );
}
