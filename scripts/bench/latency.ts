// npm run bench:latency [-- --rates 100,1000 --commit 400ms,200ms --validators 4 --duration 30 ...]
//
// Submit→commit latency on a local multi-validator network (default 4 validators on this machine,
// as `npm run localnet -- --validators 4` makes them: chain/node/localnet.ts), under bench:bank's
// pre-signed bank-send load (scripts/bench/bank.ts) sent to node0's RPC and timed by node0's
// NewBlockHeader events. For each timeout_commit in --commit and each offered rate: a fresh network
// whose genesis funds the bench accounts, then p50/p90/p99 broadcast→commit, committed tx/s and the
// block interval. Any other CometBFT setting can be tried on every node with --comet section.key=value
// (e.g. consensus.timeout_propose=500ms). See docs/performance.md ("Latency on the 4-validator localnet").
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { editCometConfig, FAST_BLOCK_TIMEOUTS, readJson, writeJson, type TomlValue } from '../../chain/node/cometbft-config';
import { devAccounts } from '../../chain/node/dev-accounts';
import { homePaths } from '../../chain/node/home';
import { SETTLED_V8_FLAGS } from '../../chain/node/v8-flags';
import { createLocalnet, LOCALNET_CHAIN_ID } from '../../chain/node/localnet';
import {
  benchAppState,
  canBind,
  closePools,
  fmt,
  killCurrentSync,
  log,
  makeKeys,
  ms,
  nowMs,
  parseArgs,
  pc,
  pidAlive,
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

const ROOT = path.resolve(__dirname, '../../..');
const MAIN = path.join(ROOT, 'dist/chain/node/main.js');
const STRIDE = 100;

interface LatencyOptions {
  validators: number;
  commits: string[];
  rest: string[];
}

export interface LatencyRun {
  timeoutCommit: string;
  rate: number;
  loadavg: string;
  result: PhaseResult;
}

const USAGE = `npm run bench:latency -- [options]
  --validators 4            validators on this machine
  --commit 400ms,200ms      consensus.timeout_commit values to try, each on fresh networks (default: settle's, ${FAST_BLOCK_TIMEOUTS.timeout_commit})
  and bench:bank's options (npm run bench:bank -- --help): --rates (default 100,1000), --duration, --warmup, --accounts,
  --comet section.key=value (every node), --quiet-wait, --keep, --json FILE. settled runs without the CPU profiler here.`;

export function splitLatencyArgs(argv: string[]): LatencyOptions {
  const o: LatencyOptions = { validators: 4, commits: [FAST_BLOCK_TIMEOUTS.timeout_commit], rest: [] };
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
    if (a === '--validators') {
      o.validators = Number(val());
      if (!Number.isInteger(o.validators) || o.validators < 1 || o.validators > 10) throw new Error('--validators: an integer from 1 to 10');
    } else if (a === '--commit') {
      o.commits = val()
        .split(',')
        .map((x) => x.trim());
      if (o.commits.some((c) => !/^\d+(ms|s)$/.test(c))) throw new Error('--commit: durations like 400ms or 1s, comma-separated');
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else o.rest.push(argv[i]);
  }
  if (!o.rest.some((a) => a === '--rates' || a.startsWith('--rates='))) o.rest.push('--rates', '100,1000');
  return o;
}

/** A base port whose node ports (base + 100·i + 0, 1, 2, 4, 5) are free on 127.0.0.1. */
async function freeNetBase(n: number): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const base = 30000 + 10 * Math.floor(Math.random() * 2000);
    let ok = true;
    for (let i = 0; i < n && ok; i++) for (const off of [0, 1, 2, 4, 5]) if (!(await canBind(base + STRIDE * i + off))) ok = false;
    if (ok) return base;
  }
  throw new Error('no free port range found');
}

interface NetProc {
  child: ChildProcess;
  exited: boolean;
  exit: Promise<number | null>;
  home: string;
}

function spawnSettled(home: string, logFile: string, cometbft: string): NetProc {
  const fd = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, [...SETTLED_V8_FLAGS, MAIN, 'start', '--home', home, '--log-format', 'json', '--cometbft', cometbft], {
    stdio: ['ignore', fd, fd],
    env: { ...process.env, SETTLE_ABCI_TRACE: '', SETTLE_CRASH_AT: '' },
  });
  fs.closeSync(fd);
  const p: NetProc = { child, exited: false, exit: Promise.resolve(null), home };
  p.exit = new Promise((resolve) =>
    child.once('exit', (code) => {
      p.exited = true;
      resolve(code);
    }),
  );
  return p;
}

function cometPidOf(home: string): number | undefined {
  try {
    return Number(fs.readFileSync(homePaths(home).cometbftPid, 'utf8').trim()) || undefined;
  } catch {
    return undefined;
  }
}

/** SIGTERM each settled (each stops its CometBFT), bounded; SIGKILL what is left. */
async function stopProcs(procs: NetProc[]): Promise<void> {
  const cometPids = procs.map((p) => cometPidOf(p.home));
  for (const p of procs) if (!p.exited) p.child.kill('SIGTERM');
  await Promise.race([Promise.all(procs.map((p) => p.exit)), sleep(30_000)]);
  for (const p of procs) if (!p.exited) p.child.kill('SIGKILL');
  const deadline = nowMs() + 10_000;
  for (const c of cometPids) {
    while (c && pidAlive(c) && nowMs() < deadline) await sleep(100);
    if (c && pidAlive(c)) process.kill(c, 'SIGKILL');
  }
}

/** A fresh n-validator localnet (bench accounts funded, `opts.comet` on every node); node0 is the one measured. */
function localnetStarter(n: number): NodeStarter {
  return async (opts: Options, appState: Record<string, unknown>): Promise<RunningNode> => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'settle-bench-latency-'));
    const root = path.join(tmp, 'net');
    const base = await freeNetBase(n);
    const manifest = createLocalnet(root, n, base, LOCALNET_CHAIN_ID, opts.cometbft);
    for (const m of manifest.nodes) {
      const p = homePaths(m.home);
      const g = readJson(p.genesis);
      g.app_state = appState;
      writeJson(p.genesis, g);
      if (Object.keys(opts.comet).length > 0) editCometConfig(p.cometConfig, opts.comet as Record<string, Record<string, TomlValue>>);
    }
    const procs = manifest.nodes.map((m) => spawnSettled(m.home, path.join(m.home, 'settled.log'), opts.cometbft));
    const others = procs.slice(1);
    const node0 = manifest.nodes[0];
    const node: RunningNode = {
      tmp,
      home: node0.home,
      base,
      rpcPort: node0.ports.rpc,
      metricsPort: node0.ports.appMetrics,
      cometMetricsPort: node0.ports.cometMetrics,
      child: procs[0].child,
      exited: false,
      exit: procs[0].exit,
      logFile: path.join(node0.home, 'settled.log'),
      profDir: path.join(tmp, 'profile'),
      others: {
        stop: () => stopProcs(others),
        killSync: () => {
          for (const p of others) if (!p.exited) p.child.kill('SIGKILL');
        },
      },
    };
    void procs[0].exit.then(() => (node.exited = true));
    const deadline = nowMs() + 120_000;
    for (const [i, m] of manifest.nodes.entries()) {
      for (;;) {
        if (procs[i].exited) {
          await stopProcs(procs);
          throw new Error(`${m.name} exited during start-up. Log:\n${tail(path.join(m.home, 'settled.log'))}`);
        }
        try {
          const st = await rpcGet(m.ports.rpc, '/status', 2000);
          if (Number(st.sync_info.latest_block_height) >= 2) break;
        } catch {
          // not up yet
        }
        if (nowMs() > deadline) {
          await stopProcs(procs);
          throw new Error(`the localnet did not reach height 2 within 120 s. node0 log:\n${tail(node.logFile)}`);
        }
        await sleep(200);
      }
    }
    node.cometPid = cometPidOf(node0.home);
    return node;
  };
}

function loadavg(): string {
  return os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
}

export function latencyTable(runs: LatencyRun[]): string {
  const L = [
    '| timeout_commit | offered tx/s | committed tx/s | p50 | p90 | p99 | block interval mean / p50 / max | txs/block | refused / rejected / lost | machine CPU | load avg before | probe µs |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
  ];
  for (const run of runs) {
    const r = run.result;
    const refused = Object.values(r.refusals).reduce((a, b) => a + b, 0);
    const rejected = Object.values(r.rejected).reduce((a, b) => a + b, 0) + r.skipped;
    L.push(
      `| ${run.timeoutCommit} | ${fmt(run.rate)} | ${fmt(r.committedPerSec)} | ${ms(r.latency.p50)} | ${ms(r.latency.p90)} | ${ms(r.latency.p99)} | ` +
        `${ms(r.blocks.intervalMeanMs)} / ${ms(r.blocks.intervalP50Ms)} / ${ms(r.blocks.intervalMaxMs)} | ${fmt(r.blocks.txsMean)} | ${fmt(refused)} / ${fmt(rejected)} / ${fmt(r.notCommitted + r.deliverFailed)} | ` +
        `${pc(r.cpu.machine)} of ${r.cpu.cores * 100}% | ${run.loadavg} | ${r.probeUs?.toFixed(0) ?? '?'} |`,
    );
  }
  return L.join('\n');
}

async function main(): Promise<void> {
  const lo = splitLatencyArgs(process.argv.slice(2));
  const opts = parseArgs(lo.rest);
  opts.profile = false;
  if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} not found: run "npm run build" (npm run bench:latency does)`);
  const onSignal = (sig: NodeJS.Signals): void => {
    log(`${sig}: stopping`);
    killCurrentSync();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.stdout.write(
    [
      `bench:latency — ${lo.validators}-validator localnet on one machine — ${new Date().toISOString()}`,
      `  machine  ${os.availableParallelism()} × ${os.cpus()[0]?.model ?? '?'}, ${fmt(os.totalmem() / 2 ** 30, 1)} GiB; load average ${loadavg()}`,
      `  load     rates ${opts.rates.join(', ')} tx/s to node0's RPC; ${opts.warmup} s warm-up + ${opts.duration} s window; ${opts.accounts} accounts; timeout_commit ${lo.commits.join(', ')}` +
        `${Object.keys(opts.comet).length ? `; config.toml ${JSON.stringify(opts.comet)}` : ''}`,
      '',
    ].join('\n'),
  );
  const keys = await makeKeys(opts.accounts);
  const { appState, numbers } = benchAppState(await devAccounts(), keys);
  const maxTotal = Math.floor(Math.max(...opts.rates) * (opts.warmup + opts.duration));
  const txs = await presign(keys, numbers, maxTotal, opts.signers, { ...SETTLE_SIGN_CHAIN, chainId: LOCALNET_CHAIN_ID });
  const hashes = new Map<string, number>();
  {
    const crypto = await import('node:crypto');
    txs.forEach((t, k) => hashes.set(crypto.createHash('sha256').update(t).digest('hex'), k));
  }
  const runs: LatencyRun[] = [];
  const baseComet = structuredClone(opts.comet);
  try {
    for (const commit of lo.commits) {
      opts.comet = structuredClone(baseComet);
      (opts.comet.consensus ??= {}).timeout_commit = commit;
      for (const rate of opts.rates) {
        const before = loadavg();
        log(`timeout_commit ${commit}, rate ${rate} (load average ${before})`);
        const result = await runPhase(opts, rate, txs, hashes, appState, localnetStarter(lo.validators));
        closePools();
        const run: LatencyRun = { timeoutCommit: commit, rate, loadavg: before, result };
        runs.push(run);
        process.stdout.write(`${latencyTable([run]).split('\n')[2]}\n`);
      }
    }
  } finally {
    killCurrentSync();
    closePools();
  }
  process.stdout.write(`\n${latencyTable(runs)}\n`);
  if (opts.json) {
    fs.writeFileSync(opts.json, `${JSON.stringify({ options: opts, validators: lo.validators, runs: runs.map((r) => ({ ...r, result: { ...r.result, profile: undefined } })) }, null, 2)}\n`);
    log(`figures written to ${opts.json}`);
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (err: Error) => {
      killCurrentSync();
      process.stderr.write(`bench:latency failed: ${err.stack ?? err.message}\n`);
      process.exit(1);
    },
  );
}
