// The pure parts of bench:peer and bench:latency (no timings, no simd build): the simd genesis and
// config edits, option splitting, run order, and the ratio/summary figures computed from results.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { applyTomlEdits, FAST_BLOCK_TIMEOUTS, FAST_GOSSIP, SETTLE_CONSENSUS_PARAMS } from '../../chain/node/cometbft-config';
import type { PhaseResult } from '../../scripts/bench/bank';
import { splitLatencyArgs } from '../../scripts/bench/latency';
import { bestCommitted, cpuPerTx, pairOrder, ratioTable, splitPeerArgs, type PeerRun } from '../../scripts/bench/peer';
import { BENCH_COINS, simdAppEdits, simdBenchGenesis, simdCometEdits } from '../../scripts/bench/simd-net';
import { parseStoreRows, storeRatioTable } from '../../scripts/bench/store-peer';
import { makeTmpDir, removeDir } from '../helpers/tmpdir';

const COMETBFT = path.resolve(__dirname, '../../tools/bin/cometbft');

/** The shape `simd genesis collect-gentxs` writes (Cosmos SDK v0.50), cut down to what the edit reads. */
function simdGenesis(): Record<string, any> {
  return {
    chain_id: 'simd-bench-1',
    app_state: {
      auth: { accounts: [{ '@type': '/cosmos.auth.v1beta1.BaseAccount', address: 'cosmos1val', pub_key: null, account_number: '0', sequence: '0' }] },
      bank: { balances: [{ address: 'cosmos1val', coins: [{ denom: 'stake', amount: '1000' }] }], supply: [{ denom: 'stake', amount: '1000' }] },
    },
    consensus: { params: { block: { max_bytes: '22020096', max_gas: '-1' }, abci: { vote_extensions_enable_height: '0' } } },
  };
}

describe('simd genesis for bench:peer', () => {
  it('numbers the bench accounts after the existing ones, funds them, drops the supply and sets settle block limits', () => {
    const base = simdGenesis();
    const { genesis, numbers } = simdBenchGenesis(base, ['cosmos1a', 'cosmos1b', 'cosmos1c']);
    expect(numbers).toEqual([1n, 2n, 3n]);
    expect(genesis.app_state.auth.accounts.map((a: any) => [a.address, a.account_number])).toEqual([
      ['cosmos1val', '0'],
      ['cosmos1a', '1'],
      ['cosmos1b', '2'],
      ['cosmos1c', '3'],
    ]);
    expect(genesis.app_state.bank.balances[2]).toEqual({ address: 'cosmos1b', coins: BENCH_COINS });
    expect(genesis.app_state.bank.supply).toEqual([]);
    expect(genesis.consensus.params.block).toEqual({ max_bytes: String(SETTLE_CONSENSUS_PARAMS.blockMaxBytes), max_gas: String(SETTLE_CONSENSUS_PARAMS.blockMaxGas) });
    expect(genesis.consensus.params.abci.vote_extensions_enable_height).toBe('0');
    expect(base.app_state.auth.accounts).toHaveLength(1); // the input is not changed
  });

  it('refuses an address twice and a genesis without auth or bank', () => {
    expect(() => simdBenchGenesis(simdGenesis(), ['cosmos1val'])).toThrow(/already in the simd genesis/);
    expect(() => simdBenchGenesis(simdGenesis(), ['cosmos1a', 'cosmos1a'])).toThrow(/already/);
    const g = simdGenesis();
    delete g.app_state.bank;
    expect(() => simdBenchGenesis(g, ['cosmos1a'])).toThrow(/no auth accounts or bank balances/);
  });
});

describe('simd config for bench:peer', () => {
  let dir = '';
  beforeAll(() => {
    dir = makeTmpDir('bench-peer');
  });
  afterAll(() => removeDir(dir));

  it("applies to CometBFT v0.38's config.toml with settle's devnet timeouts, gossip and flush settings", () => {
    const r = spawnSync(COMETBFT, ['init', '--home', dir], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const toml = applyTomlEdits(fs.readFileSync(path.join(dir, 'config', 'config.toml'), 'utf8'), simdCometEdits(20000));
    const c = parseToml(toml) as Record<string, any>;
    for (const [k, v] of Object.entries(FAST_BLOCK_TIMEOUTS)) expect(c.consensus[k]).toBe(v);
    expect(c.consensus.peer_gossip_sleep_duration).toBe(FAST_GOSSIP.peer_gossip_sleep_duration);
    expect(c.p2p.flush_throttle_timeout).toBe(FAST_GOSSIP.flush_throttle_timeout);
    expect(c.rpc.laddr).toBe('tcp://127.0.0.1:20001');
    expect(c.p2p.laddr).toBe('tcp://127.0.0.1:20000');
    expect(c.instrumentation.prometheus_listen_addr).toBe('127.0.0.1:20004');
    expect(c.tx_index.indexer).toBe('kv');
    expect(c.mempool.size).toBe(5000);
  });

  it('app.toml: no fee floor, no gRPC or REST server', () => {
    const appToml = ['minimum-gas-prices = ""', '[api]', 'enable = true', '[grpc]', 'enable = true', ''].join('\n');
    const c = parseToml(applyTomlEdits(appToml, simdAppEdits())) as Record<string, any>;
    expect(c['minimum-gas-prices']).toBe('0stake');
    expect(c.api.enable).toBe(false);
    expect(c.grpc.enable).toBe(false);
  });
});

describe('bench:peer and bench:latency options', () => {
  it("splits bench:peer's own options from bench:bank's and defaults the rates", () => {
    const o = splitPeerArgs(['--repeats', '3', '--duration', '20', '--only=simd', '--comet', 'consensus.timeout_commit=200ms']);
    expect(o.repeats).toBe(3);
    expect(o.only).toBe('simd');
    expect(o.rest).toEqual(['--duration', '20', '--comet', 'consensus.timeout_commit=200ms', '--rates', '500,1000,2000']);
    expect(splitPeerArgs(['--rates=100']).rest).toEqual(['--rates=100']);
    expect(() => splitPeerArgs(['--repeats', '0'])).toThrow(/positive integer/);
    expect(() => splitPeerArgs(['--only', 'gaia'])).toThrow(/settle\|simd/);
  });

  it('alternates which chain goes first', () => {
    expect([0, 1, 2].map(pairOrder)).toEqual([
      ['settle', 'simd'],
      ['simd', 'settle'],
      ['settle', 'simd'],
    ]);
  });

  it('bench:latency: validators, timeout_commit values, default rates 100 and 1,000', () => {
    const o = splitLatencyArgs(['--commit', '400ms,200ms', '--validators=4', '--duration', '30']);
    expect(o.commits).toEqual(['400ms', '200ms']);
    expect(o.validators).toBe(4);
    expect(o.rest).toEqual(['--duration', '30', '--rates', '100,1000']);
    expect(splitLatencyArgs([]).commits).toEqual([FAST_BLOCK_TIMEOUTS.timeout_commit]);
    expect(() => splitLatencyArgs(['--commit', 'fast'])).toThrow(/durations/);
  });
});

/** A phase result with the fields the peer summary reads; the rest neutral. */
function result(committed: number, p50: number, usApp: number, usComet: number, extra: Partial<PhaseResult> = {}): PhaseResult {
  return {
    rate: 0,
    txsPlanned: 0,
    dispatchedPerSec: committed,
    maxDispatchLagMs: 0,
    committedPerSec: committed,
    committedInWindow: committed * 30,
    committedSlices: [],
    latency: { n: 1, p50, p90: p50, p99: 2 * p50, max: 2 * p50, mean: p50 },
    accepted: 1,
    rejected: {},
    refusals: {},
    dropped: 0,
    skipped: 0,
    notCommitted: 0,
    deliverFailed: 0,
    blocks: { count: 1, intervalMeanMs: 400, intervalP50Ms: 400, intervalMaxMs: 400, txsMean: 1, txsMax: 1, finalizeMeanMs: 0, commitMeanMs: 0, finalizeShare: 0, commitShare: 0 },
    mempool: { mean: 0, max: 0 },
    checkTx: { newPerSec: 0, recheckPerSec: 0 },
    peakRss: { settled: 200, comet: Number.isNaN(usComet) ? undefined : 300 },
    cpu: {
      settled: 0,
      settledMain: 0,
      settledThreads: {},
      comet: 0,
      bench: 0,
      machine: 0,
      others: 0,
      cores: 2,
      usPerTx: { settled: usApp, settledMain: usApp, comet: usComet, bench: 0 },
    },
    consensusSteps: [],
    ...extra,
  };
}

describe('bench:peer figures', () => {
  const runs: PeerRun[] = [
    { chain: 'settle', rate: 1000, repeat: 0, loadavg: '0', result: result(1000, 300, 450, 300) },
    { chain: 'simd', rate: 1000, repeat: 0, loadavg: '0', result: result(800, 600, 1500, NaN) },
    { chain: 'simd', rate: 2000, repeat: 0, loadavg: '0', result: result(900, 5000, 1400, NaN) },
    { chain: 'settle', rate: 2000, repeat: 0, loadavg: '0', result: result(1950, 700, 440, 290, { refusals: { full: 3 } }) },
  ];

  it('CPU per tx: app + CometBFT for settle, one process figure for simd', () => {
    expect(cpuPerTx(runs[0].result)).toEqual({ app: 450, comet: 300, total: 750 });
    expect(cpuPerTx(runs[1].result).total).toBe(1500);
  });

  it('one ratio row per pair, whatever order the pair ran in', () => {
    const lines = ratioTable(runs).split('\n').slice(2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('1,000 / 800 = 1.25×');
    expect(lines[0]).toContain('300 ms / 600 ms = 0.50×');
    expect(lines[0]).toContain('750 / 1,500 = 0.50×');
    expect(lines[0]).toContain('500 MB / 200 MB = 2.50×');
    expect(lines[1]).toContain('1,950 / 900 = 2.17×');
  });

  it('best committed rate under a p50 bound skips runs with refusals, rejections or losses', () => {
    expect(bestCommitted(runs, 'settle', 1000)).toBe(1000);
    expect(bestCommitted(runs, 'simd', 1000)).toBe(800);
    expect(bestCommitted(runs, 'simd', 500)).toBe(0);
  });
});

describe('bench:store-peer figures', () => {
  const settleOut = [
    '## bench:store (LevelDB, fsync on commit, 20-byte keys, 64-byte values, 80% updates / 20% inserts)',
    '| tree keys | block writes | committed writes/s | block p50 ms | block max ms | apply ms | hash ms | persist ms |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    '| 100,000 | 1,000 | 120,000 | 8.1 | 12.0 | 1.0 | 3.0 | 4.0 |',
    '| 100,000 | 10,000 | 150,000 | 66.0 | 80.0 | 9.0 | 30.0 | 27.0 |',
  ].join('\n');
  const iavlOut = ['| tree keys | block writes | committed writes/s | block p50 ms | block max ms | apply ms | hash ms | persist ms |', '| 100000 | 1000 | 60000 | 16.5 | 20.0 | 5.0 | 6.0 | 5.5 |'].join('\n');

  it("parses bench:store's table and iavl-peer's, and prints the ratio for the rows both have", () => {
    const s = parseStoreRows(settleOut);
    expect(s).toEqual([
      { tree: 100000, block: 1000, writesPerSec: 120000, p50Ms: 8.1 },
      { tree: 100000, block: 10000, writesPerSec: 150000, p50Ms: 66 },
    ]);
    const table = storeRatioTable(s, parseStoreRows(iavlOut)).split('\n');
    expect(table).toHaveLength(3);
    expect(table[2]).toBe('| 100,000 | 1,000 | 120,000 | 60,000 | 2.00× | 8.1 / 16.5 ms |');
  });
});
