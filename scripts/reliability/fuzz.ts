/**
 * `npm run fuzz -- --inputs N --frames F`: the long fuzzing run.
 *
 * 1. Transaction fuzzing in-process (test/reliability/lib/fuzz.ts): N random and mutated txs through
 *    CheckTx, Simulate and FinalizeBlock, split over --jobs worker processes (seeds S, S+1, …).
 * 2. ABCI frame fuzzing (test/reliability/lib/abci-fuzz.ts): F random and mutated frames on loopback
 *    connections to a real `settled start --abci-only` (from dist/; `npm run build` first, which
 *    scripts/reliability/run.sh does).
 *
 *   --inputs N   tx inputs (default 1000000)       --frames F   ABCI frames (default 200000)
 *   --seed S     first seed (default 1)            --jobs J     tx-fuzz worker processes (default 2)
 *
 * Prints a summary; exit code 0 when no crash, no exception and no oracle violation was found.
 */
import { ArgCursor, runMain } from './cli';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { moduleAddress } from '../../modules/auth/keeper';
import { deriveKeys } from '../../test/reliability/lib/accounts';
import { bootstrapChain, runFrameFuzz, startAbciTarget, type AbciTarget } from '../../test/reliability/lib/abci-fuzz';
import { fuzzGenesis, fuzzPool, runTxFuzz, type TxFuzzResult } from '../../test/reliability/lib/fuzz';
import { dictionary } from '../../test/reliability/lib/protowire';

interface Args {
  inputs: number;
  frames: number;
  seed: number;
  jobs: number;
  worker: boolean;
  out: string;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { inputs: 1_000_000, frames: 200_000, seed: 1, jobs: 2, worker: false, out: '' };
  const args = new ArgCursor(argv);
  for (let k = args.next(); k !== undefined; k = args.next()) {
    switch (k) {
      case '--inputs': a.inputs = args.int(); break;
      case '--frames': a.frames = args.int(); break;
      case '--seed': a.seed = args.int(); break;
      case '--jobs': a.jobs = Math.max(1, args.int()); break;
      case '--worker': a.worker = true; break;
      case '--out': a.out = args.value(); break;
      case '--help':
      case '-h':
        process.stdout.write(fs.readFileSync(__filename, 'utf8').split('*/')[0] + '*/\n');
        process.exit(0);
      default: throw new Error(`unknown option ${k}`);
    }
  }
  return a;
}

const children = new Set<number>();
let target: AbciTarget | undefined;

function cleanup(): void {
  for (const pid of children) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
  if (target?.alive()) target.proc.kill('SIGKILL');
}

function freePortBase(): Promise<number> {
  const tryOne = (p: number): Promise<boolean> =>
    new Promise((resolve) => {
      const s = net.createServer();
      s.once('error', () => resolve(false));
      s.listen(p, '127.0.0.1', () => s.close(() => resolve(true)));
    });
  return (async () => {
    for (let i = 0; i < 200; i++) {
      const base = 20000 + 10 * Math.floor(Math.random() * 1200);
      let ok = true;
      for (const off of [0, 1, 2, 4, 5]) if (!(await tryOne(base + off))) ok = false;
      if (ok) return base;
    }
    throw new Error('no free ports');
  })();
}

async function txWorker(a: Args): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `settle-fuzz-${a.seed}-`));
  const t0 = Date.now();
  const res = await runTxFuzz({
    seed: a.seed,
    inputs: a.inputs,
    dir,
    onProgress: (done, r) => {
      if (done % 50_000 < 200) process.stdout.write(`  [seed ${a.seed}] ${done} inputs, ${Math.round(done / ((Date.now() - t0) / 1000))}/s, ${r.blocks} blocks, ${r.failures.length} failures\n`);
    },
  });
  fs.writeFileSync(a.out, JSON.stringify(res));
}

function runTxWorker(seed: number, inputs: number, out: string): Promise<TxFuzzResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, __filename, '--worker', '--seed', String(seed), '--inputs', String(inputs), '--out', out], { stdio: ['ignore', 'inherit', 'pipe'] });
    if (child.pid) children.add(child.pid);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    child.once('exit', (code, signal) => {
      if (child.pid) children.delete(child.pid);
      try {
        resolve(JSON.parse(fs.readFileSync(out, 'utf8')) as TxFuzzResult);
      } catch {
        resolve({ seed, inputs: 0, checkTx: 0, simulated: 0, finalized: 0, blocks: 0, proposalsChecked: 0, invariantChecks: 0, byMutator: {}, checkCodes: {}, failures: [`crash: fuzz worker exited with code ${code} signal ${signal}: ${stderr}`] });
      }
    });
  });
}

async function main(): Promise<number> {
  const a = parseArgs(process.argv.slice(2));
  if (a.worker) {
    await txWorker(a);
    return 0;
  }
  const started = Date.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'settle-fuzzrun-'));
  let failed = false;
  const lines: string[] = ['', 'summary'];

  // 1. txs
  if (a.inputs > 0) {
    process.stdout.write(`tx fuzzing: ${a.inputs} inputs over ${a.jobs} processes (seeds ${a.seed}..${a.seed + a.jobs - 1})\n`);
    const per = Math.ceil(a.inputs / a.jobs);
    const results = await Promise.all([...Array(a.jobs).keys()].map((j) => runTxWorker(a.seed + j, Math.min(per, a.inputs - j * per), path.join(dir, `tx-${j}.json`))));
    const sum = (f: (r: TxFuzzResult) => number): number => results.reduce((s, r) => s + f(r), 0);
    const merge = (f: (r: TxFuzzResult) => Record<string, number>): string => {
      const m: Record<string, number> = {};
      for (const r of results) for (const [k, v] of Object.entries(f(r))) m[k] = (m[k] ?? 0) + v;
      return Object.entries(m).sort().map(([k, v]) => `${k} ${v}`).join(', ');
    };
    const failures = results.flatMap((r) => r.failures.map((f) => `seed ${r.seed}: ${f}`));
    const crashes = failures.filter((f) => /crash|threw/.test(f)).length;
    if (failures.length > 0) failed = true;
    lines.push(
      `  tx inputs ${sum((r) => r.inputs)}: CheckTx ${sum((r) => r.checkTx)}, Simulate ${sum((r) => r.simulated)}, in FinalizeBlock ${sum((r) => r.finalized)} (${sum((r) => r.blocks)} blocks, app hash compared with an empty-block twin at each), ProcessProposal with a forged injection ${sum((r) => r.proposalsChecked)}, invariant checks ${sum((r) => r.invariantChecks)}`,
      `  mutators: ${merge((r) => r.byMutator)}`,
      `  CheckTx codes: ${merge((r) => r.checkCodes)}`,
      `  tx-fuzz crashes/exceptions ${crashes}, oracle violations ${failures.length - crashes}`,
      ...failures.slice(0, 20).map((f) => `    ${f.slice(0, 2000)}`),
    );
  }

  // 2. ABCI frames against the real settled
  if (a.frames > 0) {
    const root = path.resolve(__dirname, '../..');
    const home = path.join(dir, 'abci-home');
    const base = await freePortBase();
    const log = path.join(dir, 'settled.log');
    process.stdout.write(`ABCI frame fuzzing: ${a.frames} frames against settled --abci-only on 127.0.0.1:${base + 2}\n`);
    target = await startAbciTarget(root, home, base, log);
    const keys = await deriveKeys('settle-fuzz', 8);
    await bootstrapChain(target.address, await fuzzGenesis(keys));
    const pool = await fuzzPool(keys);
    const dict = dictionary({ addresses: [...keys.map((k) => k.address), moduleAddress('fee_collector')], pubkeys: keys.map((k) => k.pubkey) });
    const t0 = Date.now();
    let next = 20_000;
    const fr = await runFrameFuzz({
      seed: a.seed,
      frames: a.frames,
      address: target.address,
      pool,
      dict,
      keys,
      alive: target.alive,
      onProgress: (r) => {
        if (r.frames >= next) {
          next += 20_000;
          process.stdout.write(`  ${r.frames} frames, ${r.connections} connections, ${Math.round(r.frames / ((Date.now() - t0) / 1000))}/s\n`);
        }
      },
    });
    const alive = target.alive();
    const exitInfo = target.exitInfo();
    await target.stop();
    if (fr.failures.length > 0 || !alive) failed = true;
    lines.push(
      `  ABCI frames ${fr.frames} on ${fr.connections} connections: ${fr.responses} responses, ${fr.exceptions} ResponseExceptions (malformed frames, out-of-sequence consensus calls), ${fr.healthChecks} health checks (Echo+Info on a fresh connection)`,
      `  frame kinds: ${Object.entries(fr.byKind).sort().map(([k, v]) => `${k} ${v}`).join(', ')}`,
      `  responses by type: ${Object.entries(fr.answered).sort().map(([k, v]) => `${k} ${v}`).join(', ')}`,
      `  settled: ${alive ? 'still running at the end (no crash)' : `CRASHED: ${exitInfo}; log ${log}`}`,
      `  frame oracle violations ${fr.failures.length}`,
      ...fr.failures.slice(0, 20).map((f) => `    ${f.slice(0, 2000)}`),
    );
  }
  lines.push(`  ${((Date.now() - started) / 1000).toFixed(0)} s`, failed ? 'FAILED' : 'PASSED', '');
  process.stdout.write(lines.join('\n'));
  if (!failed) fs.rmSync(dir, { recursive: true, force: true });
  else process.stdout.write(`(kept ${dir})\n`);
  return failed ? 1 : 0;
}

runMain(main, cleanup);
