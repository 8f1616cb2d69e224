/**
 * `npm run test:faults -- --seed N --duration S`: the long fault-injection run on a 4-validator
 * localnet under steady load (test/reliability/lib/faults.ts). Perturbations one at a time, each
 * chosen by the seed (node, app or CometBFT process, kill / 10 s pause / graceful restart), each
 * followed by a bounded wait for recovery (the network makes a new block and the node is back at the
 * network's height within 20 s); then two of four validators killed (halt, no fork, resume); then the
 * final checks (identical history, no lost tx, identical balances matching the committed txs).
 *
 * Market load beside the bank sends (test/reliability/lib/fault-market.ts; off with --no-market): the
 * validators' feeders read BTC/USD from a price server in this process that shocks it up and down; a
 * maker quotes the options listed in genesis, writers sell them from thin subaccounts, a liquidator steps
 * the open auctions (and funds the insurance fund, and tries withdrawals while an auction is bankrupt).
 * Options are listed at the next daily expiry (08:00 UTC) and a Friday: a run that spans 08:00 UTC
 * (started before it, with a --duration past it) settles the daily expiry under the faults, and the
 * summary says whether it did.
 *
 *   --seed N            seed (default 1)
 *   --duration S        stop starting perturbations after S seconds (default 1800)
 *   --perturbations P   stop after P perturbations (default: unlimited within the duration)
 *   --accounts K        funded accounts sending load (default 8)
 *   --bound S           recovery bound per perturbation in seconds (default 20)
 *   --home DIR          where the localnet lives (default a temp folder; removed on success)
 *   --base-port P       first port (default 27756; node i uses P + 100 i, loopback only)
 *   --no-market         bank sends only
 *
 * Exit code 0 when every perturbation recovered within the bound and every final check passed.
 */
import { ArgCursor, runMain } from './cli';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Rng } from '../../test/helpers/rng';
import { FaultNet, finalCheck, Load, PERTURBATIONS, twoOfFour, type PerturbationRecord } from '../../test/reliability/lib/faults';
import { MarketLoad, PriceServer, settledOutcome, type marketOutcome } from '../../test/reliability/lib/fault-market';

interface Args {
  seed: number;
  duration: number;
  perturbations: number;
  accounts: number;
  bound: number;
  home: string;
  basePort: number;
  market: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { seed: 1, duration: 1800, perturbations: Infinity, accounts: 8, bound: 20, home: '', basePort: 27756, market: true };
  const args = new ArgCursor(argv);
  for (let k = args.next(); k !== undefined; k = args.next()) {
    switch (k) {
      case '--seed': a.seed = args.int(); break;
      case '--duration': a.duration = args.int(); break;
      case '--perturbations': a.perturbations = args.int(); break;
      case '--accounts': a.accounts = Math.max(2, args.int()); break;
      case '--bound': a.bound = args.int(); break;
      case '--home': a.home = args.value(); break;
      case '--base-port': a.basePort = args.int(); break;
      case '--no-market': a.market = false; break;
      case '--help':
      case '-h':
        process.stdout.write(fs.readFileSync(__filename, 'utf8').split('*/')[0] + '*/\n');
        process.exit(0);
      default: throw new Error(`unknown option ${k}`);
    }
  }
  return a;
}

let net: FaultNet | undefined;
let prices: PriceServer | undefined;

function out(line: string): void {
  process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
}

async function main(): Promise<number> {
  const a = parseArgs(process.argv.slice(2));
  const repo = path.resolve(__dirname, '../..');
  const root = a.home ? path.resolve(a.home) : fs.mkdtempSync(path.join(os.tmpdir(), 'settle-faults-'));
  const rng = new Rng(a.seed);
  const started = Date.now();
  out(`fault injection: seed ${a.seed}, duration ${a.duration} s${Number.isFinite(a.perturbations) ? `, at most ${a.perturbations} perturbations` : ''}, ${a.accounts} load accounts, localnet in ${root}`);
  if (a.market) {
    prices = new PriceServer(a.seed);
    await prices.start();
  }
  const market = prices ? { accounts: 4, priceUrl: prices.url } : undefined;
  net = await FaultNet.create({ root: path.join(root, 'localnet'), repo, basePort: a.basePort, accounts: a.accounts, log: out, market });
  const n = net;
  if (prices) prices.shortExpiry = Number(n.instruments.reduce((m, i) => (i.expiry < m ? i.expiry : m), n.instruments[0].expiry));
  net.startAll();
  await net.waitHeight(2, 90_000);
  out(`4 validators producing blocks (height ${await net.maxHeight()})`);
  const load = new Load(net, new Rng(rng.int(2 ** 31)), a.accounts);
  load.start();
  const query = (p: string, d: Uint8Array) => n.query(p, d);
  const actors = prices ? new MarketLoad(n.marketKeys, n.instruments, prices, query) : undefined;
  const marketLoad = actors ? new Load(net, new Rng(rng.int(2 ** 31)), 4, { plan: (i, r) => actors.plan(i, r), committed: (i, k, c, s) => actors.committed(i, k, c, s) }) : undefined;
  marketLoad?.start();

  const records: PerturbationRecord[] = [];
  const problems: string[] = [];
  let halt: Awaited<ReturnType<typeof twoOfFour>> | undefined;
  try {
    await new Promise((r) => setTimeout(r, 3000));
    while ((Date.now() - started) / 1000 < a.duration && records.length < a.perturbations) {
      const [target, kind] = rng.pick(PERTURBATIONS);
      const node = rng.int(net.nodes.length);
      const rec = await net.perturb(records.length + 1, node, target, kind, a.bound);
      records.push(rec);
      out(
        `#${rec.n} ${rec.target} ${rec.kind} node${rec.node}: network ${rec.networkSec.toFixed(1)} s, node caught up ${rec.catchUpSec.toFixed(1)} s, height ${rec.heightBefore} → ${rec.heightAfter}; load committed ${load.stats.committed}`,
      );
      await new Promise((r) => setTimeout(r, 1000 + rng.int(2000)));
    }
    halt = await twoOfFour(net, rng, 10, out);
    out(`two of four killed (node${halt.killed.join(', node')}): halted at ${halt.haltedAt} for ${halt.observedSec.toFixed(0)} s, resumed to ${halt.resumedTo}${halt.problems.length ? `; PROBLEMS: ${halt.problems.join('; ')}` : ''}`);
    problems.push(...halt.problems);
  } catch (err) {
    problems.push(`aborted: ${(err as Error).message}`);
    out(`ABORTED: ${(err as Error).message}`);
  }
  let outcome: Awaited<ReturnType<typeof marketOutcome>> | undefined;
  if (actors) {
    // the short expiry (45 s after genesis, on the run's one-minute grid) settles under the faults
    outcome = await settledOutcome(query, n.instruments, Number(prices!.shortExpiry ?? 0));
    if (outcome.unsettled.length > 0) problems.push(`the short expiry's instruments did not settle: ${outcome.unsettled.join(', ')}`);
  }
  out('stopping the load');
  await load.stop();
  await marketLoad?.stop();
  await prices?.stop();
  let report: Awaited<ReturnType<typeof finalCheck>> | undefined;
  try {
    report = await finalCheck(net, load, out, marketLoad);
    problems.push(...report.problems);
  } catch (err) {
    problems.push(`final check failed: ${(err as Error).message}`);
  }
  await net.stopAll();

  const by: Record<string, number> = {};
  for (const r of records) by[`${r.target} ${r.kind}`] = (by[`${r.target} ${r.kind}`] ?? 0) + 1;
  const stat = (xs: number[]): string => (xs.length ? `max ${Math.max(...xs).toFixed(1)} s, mean ${(xs.reduce((s, x) => s + x, 0) / xs.length).toFixed(1)} s` : '-');
  const lines = [
    '',
    'summary',
    `  seed ${a.seed}, ${((Date.now() - started) / 1000).toFixed(0)} s`,
    `  perturbations applied ${records.length}, recovered within ${a.bound} s: ${records.filter((r) => r.networkSec <= a.bound && r.catchUpSec <= a.bound).length} (${Object.entries(by).sort().map(([k, v]) => `${k} ${v}`).join(', ')})`,
    `  time to the next block: ${stat(records.map((r) => r.networkSec))}; perturbed node back at the network's height: ${stat(records.map((r) => r.catchUpSec))}`,
    halt ? `  two of four killed: no block for ${halt.observedSec.toFixed(0)} s at height ${halt.haltedAt}, no fork, resumed to ${halt.resumedTo}` : '  two of four: not run',
    report
      ? `  heights compared on ${report.nodes} nodes: 1..${report.height} (block hash + app hash; FinalizeBlock app hash per node)`
      : '  final check: not completed',
    report ? `  txs: load signed ${load.stats.signed}, reported committed ${report.committedTxsChecked}, in the chain ${report.chainTxs} (+ ${report.injectedTxs} oracle injections); each checked on every node (CometBFT /tx: ${report.cometIndexGaps} index gaps found in blocks instead; settle GetTx: ${report.settleIndexChecked} lookups)` : '',
    report && report.cometIndexGaps > 0 ? `  CometBFT kv index gaps (tx in the node's block, not in its /tx index): ${report.cometIndexGapDetails.join('; ')}` : '',
    report ? `  balances: ${report.accountsCompared} accounts x ${report.nodes} nodes at height ${report.height} (${report.balanceQueries} queries), compared with each other and with genesis + committed txs` : '',
    `  load: ${JSON.stringify(load.stats)}; CheckTx rejections ${JSON.stringify(load.rejections)}`,
    actors && marketLoad
      ? `  market: txs by kind and result ${JSON.stringify(actors.stats.results)}; most auctions open at once ${actors.stats.auctionsSeen}; liquidation records ${JSON.stringify(outcome?.records ?? {})}; short expiry ${new Date(Number(prices?.shortExpiry ?? 0) * 1000).toISOString()} settled ${outcome?.settled.length ?? 0} of ${(outcome?.settled.length ?? 0) + (outcome?.unsettled.length ?? 0)}; market load ${JSON.stringify(marketLoad.stats)}`
      : '  market: off',
    `  problems ${problems.length}`,
    ...problems.slice(0, 40).map((p) => `    ${p.slice(0, 3000)}`),
    problems.length === 0 ? 'PASSED' : 'FAILED',
    '',
  ];
  process.stdout.write(lines.join('\n'));
  if (problems.length === 0 && !a.home) fs.rmSync(root, { recursive: true, force: true });
  else process.stdout.write(`(localnet kept in ${root})\n`);
  return problems.length === 0 ? 0 : 1;
}

function cleanup(): void {
  net?.killAllSync();
  void prices?.stop();
}
runMain(main, cleanup);
