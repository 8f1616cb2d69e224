/**
 * Fault injection, short version (the long one: `npm run test:faults -- --seed N --duration S`). See
 * test/reliability/lib/faults.ts and docs/reliability.md.
 *
 * A 4-validator localnet (compiled settled + real CometBFT, loopback) under steady load (bank sends
 * from 6 accounts to random nodes). Each of the six perturbations — kill (SIGKILL, restart), pause
 * (SIGSTOP 10 s, SIGCONT), graceful restart, on a node's app process or its CometBFT process — once,
 * in an order and on nodes chosen by the seed; after each the network makes a block and the node is
 * back at the network's height within 20 s. Then two of four validators are killed: no block and no
 * fork; restarted, the chain resumes with the same history. At the end every node has the same block
 * hash and app hash at every height, every committed tx is on every node (CometBFT's and settle's tx
 * index), every tx in the chain came from the load, and every balance is the same on every node and
 * equals genesis plus the committed txs.
 *
 * Beside the bank load, market load (test/reliability/lib/fault-market.ts): the validators' feeders read
 * BTC/USD from a price server in the harness that shocks it up and down; a maker quotes the options
 * listed in genesis, writers sell them from thin subaccounts, a liquidator steps the open auctions (and
 * funds the insurance fund, and tries withdrawals): trading and liquidations run through the
 * perturbations, and the histories still agree. Options expire on a one-minute grid in this genesis: the
 * short expiry (45 s after genesis, a 30 s settlement window) passes and settles under the faults.
 */
import * as path from 'node:path';
import { checkPrerequisites, freeBasePort } from '../chain/node/helpers';
import { Rng } from '../helpers/rng';
import { makeTmpDir, removeDir } from '../helpers/tmpdir';
import { FaultNet, finalCheck, Load, PERTURBATIONS, twoOfFour, type PerturbationRecord } from './lib/faults';
import { MarketLoad, PriceServer, settledOutcome } from './lib/fault-market';

jest.setTimeout(240_000);

const SEED = Number(process.env.FAULT_SEED ?? 20261125);
const ROOT = path.resolve(__dirname, '../..');
let tmp: string;
let net: FaultNet | undefined;
let load: Load | undefined;
let market: Load | undefined;
let actors: MarketLoad | undefined;
const prices = new PriceServer(SEED);
const rng = new Rng(SEED);
const records: PerturbationRecord[] = [];

beforeAll(async () => {
  checkPrerequisites();
  tmp = makeTmpDir('faults');
  await prices.start();
  net = await FaultNet.create({ root: path.join(tmp, 'localnet'), repo: ROOT, basePort: await freeBasePort(4), accounts: 6, market: { accounts: 4, priceUrl: prices.url } });
  prices.shortExpiry = Number(net.instruments.reduce((m, i) => (i.expiry < m ? i.expiry : m), net.instruments[0].expiry));
  net.startAll();
  await net.waitHeight(2, 90_000);
  load = new Load(net, new Rng(rng.int(2 ** 31)), 6);
  load.start();
  const n = net;
  actors = new MarketLoad(net.marketKeys, net.instruments, prices, (p, d) => n.query(p, d));
  const a = actors;
  market = new Load(net, new Rng(rng.int(2 ** 31)), 4, { plan: (i, r) => a.plan(i, r), committed: (i, k, code, space) => a.committed(i, k, code, space) });
  market.start();
});

afterAll(async () => {
  await load?.stop().catch(() => undefined);
  await market?.stop().catch(() => undefined);
  await prices.stop();
  await net?.stopAll().catch(() => undefined);
  net?.killAllSync();
  if (process.env.KEEP_TEST_HOMES) process.stdout.write(`kept ${tmp}\n`);
  else if (tmp) removeDir(tmp);
});

describe(`fault injection on a 4-validator localnet under load (seed ${SEED})`, () => {
  test('each perturbation (app/CometBFT × kill/pause/restart) is followed by blocks within 20 s and the node catches up', async () => {
    const order = [...PERTURBATIONS].sort(() => rng.next() - 0.5);
    for (const [target, kind] of order) {
      const rec = await net!.perturb(records.length + 1, rng.int(4), target, kind, 20);
      records.push(rec);
      expect(rec.networkSec).toBeLessThanOrEqual(20);
      expect(rec.catchUpSec).toBeLessThanOrEqual(20);
    }
    expect(records.map((r) => `${r.target} ${r.kind}`).sort()).toEqual(PERTURBATIONS.map(([t, k]) => `${t} ${k}`).sort());
  });

  test('two of four validators killed: no block, no fork; restarted, the chain resumes with the same history', async () => {
    const r = await twoOfFour(net!, rng, 8);
    expect(r.problems).toEqual([]);
    expect(r.observedSec).toBeGreaterThanOrEqual(8);
    expect(r.resumedTo).toBeGreaterThan(r.haltedAt);
  });

  test('the market traded through the perturbations: quotes, thin writers selling, liquidator steps; the short expiry settled', async () => {
    const outcome = await settledOutcome((p: string, d: Uint8Array) => net!.query(p, d), net!.instruments, prices.shortExpiry!);
    process.stdout.write(`market: ${JSON.stringify(actors!.stats)}; liquidation records ${JSON.stringify(outcome.records)}; settled ${outcome.settled.join(', ')} (price fixed at height ${outcome.fixedHeight}${outcome.fallback ? ' by the fallback window' : ''}; perturbations from height ${records[0]?.heightBefore} to ${records[records.length - 1]?.heightAfter})\n`);
    const r = actors!.stats.results;
    expect(r['write ok/0']).toBeGreaterThan(0);
    expect(r['quote ok/0']).toBeGreaterThan(0);
    // the call and put at the short expiry, settled on the chain the perturbations ran on
    expect(outcome.unsettled).toEqual([]);
    expect(outcome.settled).toHaveLength(2);
    // on the TWAP of its own window (the harness's prices are fresh throughout)
    expect(outcome.fallback).toBe(false);
  });

  test('identical block hash and app hash at every height, no lost tx, identical balances matching the committed txs', async () => {
    await load!.stop();
    await market!.stop();
    const report = await finalCheck(net!, load!, undefined, market);
    expect(report.problems).toEqual([]);
    expect(report.committedTxsChecked).toBeGreaterThan(50);
    expect(report.chainTxs).toBeGreaterThanOrEqual(report.committedTxsChecked);
    expect(report.accountsCompared).toBeGreaterThanOrEqual(6);
  });
});
