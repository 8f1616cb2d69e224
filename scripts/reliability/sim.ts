/**
 * `npm run sim -- --seeds K --blocks B`: the long seeded simulation (see test/reliability/lib/sim.ts).
 * For each seed it runs the simulation twice, in two separate Node processes (so that anything that
 * differs between processes — hash seeds, per-process randomness, timing — shows up), each run with
 * the reopen-every-block shadow app, the model checks, the invariants after every block and a genesis
 * export/import, then compares the two runs height by height and prints the first diverging height.
 *
 *   --seeds K        number of seeds (default 10)          --first-seed S   first seed (default 1)
 *   --blocks B       blocks per run (default 500)           --max-txs N      most txs per block (default 12)
 *   --jobs J         runs in parallel (default 2)           --dir D          working folder (default a temp folder)
 *   --no-shadow      skip the shadow app                    --export-every N export/import every N blocks (default: last block only)
 *
 * Exit code 0 when every run passed and every pair agreed; 1 otherwise.
 */
import { spawn } from 'node:child_process';
import { ArgCursor, runMain } from './cli';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describeDivergence, firstDivergence, runSimulation, type SimResult } from '../../test/reliability/lib/sim';
import { emptyOptionsStats } from '../../test/reliability/lib/sim-options';
import { emptyLiquidationStats } from '../../test/reliability/lib/sim-liquidation';

interface Args {
  seeds: number;
  firstSeed: number;
  blocks: number;
  maxTxs: number;
  jobs: number;
  dir: string;
  shadow: boolean;
  exportEvery: number;
  worker: boolean;
  seed: number;
  out: string;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { seeds: 10, firstSeed: 1, blocks: 500, maxTxs: 12, jobs: 2, dir: '', shadow: true, exportEvery: 0, worker: false, seed: 1, out: '' };
  const args = new ArgCursor(argv);
  for (let k = args.next(); k !== undefined; k = args.next()) {
    switch (k) {
      case '--seeds': a.seeds = args.int(); break;
      case '--first-seed': a.firstSeed = args.int(); break;
      case '--blocks': a.blocks = args.int(); break;
      case '--max-txs': a.maxTxs = args.int(); break;
      case '--jobs': a.jobs = Math.max(1, args.int()); break;
      case '--dir': a.dir = args.value(); break;
      case '--no-shadow': a.shadow = false; break;
      case '--export-every': a.exportEvery = args.int(); break;
      case '--worker': a.worker = true; break;
      case '--seed': a.seed = args.int(); break;
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

function exportHeights(blocks: number, every: number): number[] {
  const out = new Set<number>([blocks]);
  if (every > 0) for (let h = every; h < blocks; h += every) out.add(h);
  return [...out];
}

/** Worker: one run, its result as JSON in --out. */
async function worker(a: Args): Promise<void> {
  const res = await runSimulation({ seed: a.seed, blocks: a.blocks, dir: a.dir, maxTxs: a.maxTxs, shadow: a.shadow, exportHeights: exportHeights(a.blocks, a.exportEvery) });
  fs.writeFileSync(a.out, JSON.stringify(res));
  fs.rmSync(a.dir, { recursive: true, force: true });
}

const children = new Set<number>();

function runWorker(a: Args, seed: number, run: string, dir: string): Promise<SimResult> {
  const out = path.join(dir, `result-${seed}-${run}.json`);
  const args = [...process.execArgv, __filename, '--worker', '--seed', String(seed), '--blocks', String(a.blocks), '--max-txs', String(a.maxTxs), '--dir', path.join(dir, `run-${seed}-${run}`), '--out', out, '--export-every', String(a.exportEvery)];
  if (!a.shadow) args.push('--no-shadow');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    if (child.pid) children.add(child.pid);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    child.once('exit', (code, signal) => {
      if (child.pid) children.delete(child.pid);
      try {
        resolve(JSON.parse(fs.readFileSync(out, 'utf8')) as SimResult);
      } catch {
        resolve({ seed, heights: [], txs: 0, byKind: {}, codes: {}, invariantChecks: 0, modelChecks: 0, shadowBlocks: 0, exportChecks: 0, oraclePriceUpdates: 0, injected: 0, forgedSameContent: 0, forgedProposalsRejected: 0, badExtensionsRejected: 0, riskChecked: {}, invariantNames: [], options: emptyOptionsStats(), liquidation: emptyLiquidationStats(), failures: [`crash: worker exited with code ${code} signal ${signal}: ${stderr}`] });
      }
    });
  });
}

async function main(): Promise<number> {
  const a = parseArgs(process.argv.slice(2));
  if (a.worker) {
    await worker(a);
    return 0;
  }
  const dir = a.dir || fs.mkdtempSync(path.join(os.tmpdir(), 'settle-sim-'));
  fs.mkdirSync(dir, { recursive: true });
  const started = Date.now();
  process.stdout.write(`simulation: ${a.seeds} seeds from ${a.firstSeed}, 2 runs each in separate processes, ${a.blocks} blocks, ≤${a.maxTxs} txs per block, shadow ${a.shadow ? 'on' : 'off'}, ${a.jobs} jobs, in ${dir}\n`);

  const seeds = [...Array(a.seeds).keys()].map((i) => a.firstSeed + i);
  const queue = seeds.flatMap((s) => [{ seed: s, run: 'a' }, { seed: s, run: 'b' }]);
  const results = new Map<string, SimResult>();
  const reported = new Set<number>();
  let failed = false;
  const report = (seed: number): void => {
    const x = results.get(`${seed}a`);
    const y = results.get(`${seed}b`);
    if (!x || !y || reported.has(seed)) return;
    reported.add(seed);
    const div = firstDivergence(x.heights, y.heights);
    const probs = [...x.failures.map((f) => `run a: ${f}`), ...y.failures.map((f) => `run b: ${f}`)];
    if (div) {
      const app = firstDivergence(x.heights, y.heights, 'appHash');
      probs.unshift(
        `runs diverge first at ${describeDivergence(div)}`,
        app ? `first app hash divergence at ${describeDivergence(app)}` : `the app hashes agree at every height (${x.heights.length}); only ${div.fields.join(', ')} differ`,
      );
    }
    if (probs.length > 0) failed = true;
    const last = x.heights[x.heights.length - 1];
    process.stdout.write(
      `seed ${seed}: ${probs.length === 0 ? 'ok' : 'FAILED'}  heights ${x.heights.length}+${y.heights.length}  txs ${x.txs}+${y.txs}  invariant checks ${x.invariantChecks}+${y.invariantChecks}  model checks ${x.modelChecks + y.modelChecks}  shadow blocks ${x.shadowBlocks + y.shadowBlocks}  export/import ${x.exportChecks + y.exportChecks}  final app hash ${last?.appHash.slice(0, 16) ?? '-'}\n`,
    );
    for (const p of probs) process.stdout.write(`  ${p}\n`);
  };
  const workers = [...Array(Math.min(a.jobs, queue.length)).keys()].map(async () => {
    for (;;) {
      const job = queue.shift();
      if (!job) return;
      const t = Date.now();
      const r = await runWorker(a, job.seed, job.run, dir);
      results.set(`${job.seed}${job.run}`, r);
      process.stdout.write(`  seed ${job.seed} run ${job.run}: ${r.heights.length} heights, ${r.txs} txs, ${((Date.now() - t) / 1000).toFixed(1)} s${r.failures.length ? ', FAILED' : ''}\n`);
      report(job.seed);
    }
  });
  await Promise.all(workers);

  const all = [...results.values()];
  const sum = (f: (r: SimResult) => number): number => all.reduce((s, r) => s + f(r), 0);
  const kinds: Record<string, number> = {};
  const codes: Record<string, number> = {};
  for (const r of all) {
    for (const [k, v] of Object.entries(r.byKind)) kinds[k] = (kinds[k] ?? 0) + v;
    for (const [k, v] of Object.entries(r.codes)) codes[k] = (codes[k] ?? 0) + v;
  }
  const crashes = all.filter((r) => r.failures.some((f) => f.startsWith('crash'))).length;
  // the options module's activity, summed over the runs
  const merge = (pick: (r: SimResult) => Record<string, number>): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const r of all) for (const [k, v] of Object.entries(pick(r) ?? {})) out[k] = (out[k] ?? 0) + v;
    return out;
  };
  const list = (m: Record<string, number>): string => Object.entries(m).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
  const usdc = (f: (r: SimResult) => string): string => (Number(all.reduce((x, r) => x + BigInt(f(r) ?? '0'), 0n)) / 1e6).toFixed(2);
  const opt = (f: (o: SimResult['options']) => number): number => sum((r) => f(r.options ?? emptyOptionsStats()));
  const liq = (f: (l: SimResult['liquidation']) => number): number => sum((r) => f(r.liquidation ?? emptyLiquidationStats()));
  const invariantNames = [...new Set(all.flatMap((r) => r.invariantNames ?? []))];
  process.stdout.write(
    [
      '',
      'summary',
      `  seeds ${a.seeds} x 2 runs: ${all.length} runs, ${sum((r) => r.heights.length)} heights, ${sum((r) => r.txs)} txs`,
      `  tx kinds: ${Object.entries(kinds).sort().map(([k, v]) => `${k} ${v}`).join(', ')}`,
      `  result codes: ${Object.entries(codes).sort().map(([k, v]) => `${k} ${v}`).join(', ')}`,
      `  invariant checks ${sum((r) => r.invariantChecks)}, model checks ${sum((r) => r.modelChecks)}, shadow blocks ${sum((r) => r.shadowBlocks)}, export/import checks ${sum((r) => r.exportChecks)}`,
      `  options: orders placed ${opt((o) => o.ordersPlaced)}, fills ${opt((o) => o.fills)} (${opt((o) => o.contracts)} contracts, premium ${usdc((r) => r.options?.premium)} USDC, fees ${usdc((r) => r.options?.fees)} USDC), cancelled by txs ${opt((o) => o.cancelledByTx)}, rested ${opt((o) => o.rested)}, most open orders ${Math.max(0, ...all.map((r) => r.options?.maxOpenOrders ?? 0))}, most open interest ${Math.max(0, ...all.map((r) => r.options?.maxOpenInterest ?? 0))}`,
      `  options orders done at the end of the block: ${list(merge((r) => r.options?.done))}; sizes cut without an event: decrement-both ${opt((o) => o.stpDecrements)}, reduce-only ${opt((o) => o.reduceOnlyCuts)}`,
      `  options tx failures by code: ${list(merge((r) => r.options?.failures))}`,
      `  options txs planned: ${list(merge((r) => r.options?.variants))}`,
      `  margin txs of subaccounts with positions (the margin check decides): ${list(merge((r) => r.riskChecked))}`,
      `  options checks: orders, books, positions, open interest, fills and fees against the model ${opt((o) => o.checks)} blocks; shadow book comparisons ${opt((o) => o.shadowBookChecks)}; invariants every block: ${invariantNames.join(', ')}`,
      `  liquidation: auctions opened ${liq((l) => l.auctionsStarted)} (orders cancelled ${liq((l) => l.ordersCancelled)}, most open at once ${Math.max(0, ...all.map((r) => r.liquidation?.maxOpenAuctions ?? 0))}), ended ${list(merge((r) => r.liquidation?.auctionsEnded))}; records ${list(merge((r) => r.liquidation?.records))}; penalties ${usdc((r) => r.liquidation?.penalties)} USDC, covered ${usdc((r) => r.liquidation?.covered)} USDC, funded ${usdc((r) => r.liquidation?.funded)} USDC`,
      `  liquidation txs: ${list(merge((r) => r.liquidation?.liquidateTxs))}; withdrawals blocked (margin/17) ${liq((l) => l.withdrawalsBlocked)}; blocks with a bankrupt auction ${liq((l) => l.bankruptBlocks)}`,
      `  stale prices: blocks with ${'BTC/USD'} stale at EndBlock ${liq((l) => l.staleBlocks)}, blocks with EventLiquidationsPaused ${liq((l) => l.pausedBlocks)}; expiry: settlement prices fixed ${liq((l) => l.settlementPricesFixed)}, positions settled ${liq((l) => l.settledPositions)}, instruments settled ${liq((l) => l.instrumentsSettled)}, delayed blocks ${liq((l) => l.settlementDelayedBlocks)}; open-interest stat drift (max) ${Math.max(0, ...all.map((r) => r.options?.oiDrift ?? 0))}`,
      `  oracle: blocks with injected vote extensions ${sum((r) => r.injected)}, price updates stored ${sum((r) => r.oraclePriceUpdates)}, forged injections (bit flips, missing, dropped votes) refused by ProcessProposal ${sum((r) => r.forgedProposalsRejected)}, garbage extensions refused by VerifyVoteExtension ${sum((r) => r.badExtensionsRejected)}`,
      `  divergences ${seeds.filter((s) => results.get(`${s}a`) && results.get(`${s}b`) && firstDivergence(results.get(`${s}a`)!.heights, results.get(`${s}b`)!.heights)).length}, runs with failures ${all.filter((r) => r.failures.length > 0).length}, crashes ${crashes}`,
      `  ${((Date.now() - started) / 1000).toFixed(0)} s`,
      failed ? 'FAILED' : 'PASSED',
      '',
    ].join('\n'),
  );
  if (!a.dir) fs.rmSync(dir, { recursive: true, force: true });
  return failed ? 1 : 0;
}

function killChildren(): void {
  for (const pid of children) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
}
runMain(main, killChildren);
