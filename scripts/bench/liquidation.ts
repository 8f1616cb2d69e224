// npm run bench:liquidation [-- --accounts 100000 --fragile 0.01 --positions 4 --settle-positions 100000]
// Liquidation and expiry settlement in the real app (composition root, IAVL store on LevelDB), blocks driven
// through PrepareProposal → FinalizeBlock → Commit with one validator whose vote extension carries the price:
//  (1) `accounts` subaccounts in pairs (one short `positions` calls, one long them), a `fragile` share of all
//      of them thinly collateralised; BTC/USD moves +20 %: the FinalizeBlock time of the block the price
//      arrives in (the scan of every subaccount, and an auction opened for every fragile one), of a quiet
//      block before it (the scan alone), and of the next block with one MsgLiquidate per auction;
//  (2) `settle-positions` positions in one instrument expire: blocks and FinalizeBlock time per block until
//      every position is settled.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import pino from 'pino';
import { RequestExtendVote, RequestFinalizeBlock, RequestInitChain, RequestPrepareProposal, type ExtendedCommitInfo } from 'cosmjs-types/tendermint/abci/types';
import { accountAddress } from '../../chain/address';
import { SettleApp } from '../../chain/app';
import { Dec } from '../../chain/math';
import { defaultAppState, settleModules } from '../../chain/node/modules';
import { moduleAddress } from '../../modules/auth/keeper';
import { instrumentId } from '../../modules/options/instruments';
import { defaultGenesis as optionsGenesis } from '../../modules/options/genesis';
import { MsgLiquidate } from '../../proto/gen/settle/liquidation/v1/tx';
import { MsgDeposit } from '../../proto/gen/settle/margin/v1/tx';
import { Instrument, InstrumentStatus, OptionKind } from '../../proto/gen/settle/options/v1/types';
import { deriveKeys, signTx, type Key } from '../../test/reliability/lib/accounts';
import { snapshot, soleValidatorCommit, validator, type Validator } from '../../test/modules/oracle/harness';
import { screenAccounts } from '../../modules/margin/screen';
import { verifySpeedProbeUs } from './speed-probe';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const ACCOUNTS = Number(arg('accounts', '100000'));
const FRAGILE = Number(arg('fragile', '0.01'));
const POSITIONS = Number(arg('positions', '4'));
const SETTLE_POSITIONS = Number(arg('settle-positions', '100000'));
/** The share of subaccounts in portfolio margin (the rest standard). */
const PORTFOLIO = Number(arg('portfolio', '0.5'));
const CHAIN_ID = 'settle-bench-liquidation';
const T0 = 1_764_000_000n;
const USDC = 1_000_000n;

function option(expiry: bigint, strike: number): Instrument {
  return {
    id: instrumentId('BTC/USD', expiry, Dec.fromInt(BigInt(strike)), OptionKind.OPTION_KIND_CALL),
    underlying: 'BTC/USD',
    expiry,
    strike: String(strike),
    kind: OptionKind.OPTION_KIND_CALL,
    contractSize: '0.01',
    tickSize: 10_000n,
    minSize: 1n,
    openInterestCap: 0n,
    status: InstrumentStatus.INSTRUMENT_STATUS_ACTIVE,
    settlementPrice: '',
  };
}

/** A 20-byte owner per subaccount index. */
const owner = (i: number): string => {
  const b = Buffer.alloc(20);
  b.write('bench', 0);
  b.writeUInt32BE(i, 16);
  return accountAddress(b);
};

interface Layout {
  instruments: Instrument[];
  /** Pairs: subaccount 2p is short one contract of each of `perAccount` instruments, 2p + 1 long them. */
  pairs: number;
  perAccount: number;
  /** Collateral of the short side of pair p (base units); the long side holds 1,000 USDC. */
  shortCollateral: (p: number) => bigint;
  /** Whether pair p's subaccounts use portfolio margin. */
  portfolio: (p: number) => boolean;
}

function appState(layout: Layout, funded: Key[]): Record<string, unknown> {
  const state = defaultAppState() as Record<string, any>;
  const nanos = (T0 * 1_000_000_000n).toString();
  const oracle = state.oracle;
  oracle.params.heartbeatSeconds = '86400';
  if (!oracle.markets.some((m: { id: string }) => m.id === 'BTC/USD')) oracle.markets.push({ id: 'BTC/USD', decimals: 2, minReportPower: '', enabled: true, index: oracle.markets.length });
  oracle.prices = [{ market: 'BTC/USD', price: '100000', height: '0', timeNanos: nanos, power: '0' }];
  const expiries = [...new Set(layout.instruments.map((i) => i.expiry))];
  oracle.surfaces = [
    {
      market: 'BTC/USD',
      slices: expiries.map((e) => ({ expiry: e.toString(), a: Dec.parse('0.25').mul(Dec.fromInt(e - T0).divInt(31_557_600n, 'down'), 'down').toString(), b: '0.0001', rho: '0', m: '0', sigma: '0.1' })),
      height: '0',
      timeNanos: nanos,
    },
  ];
  oracle.checkpoints = [{ market: 'BTC/USD', checkpoints: [{ timeNanos: nanos, cumulative: '0', price: '100000' }] }];
  oracle.blockTimeNanos = nanos;
  const options = optionsGenesis() as Record<string, any>;
  options.instruments = layout.instruments.map((i) => Instrument.toJSON(i));
  const held = layout.instruments.slice(0, layout.perAccount);
  const subaccounts: unknown[] = [];
  let total = 0n;
  for (let p = 0; p < layout.pairs; p++) {
    for (const side of [-1n, 1n]) {
      const amount = side < 0n ? layout.shortCollateral(p) : 1_000n * USDC;
      total += amount;
      subaccounts.push({
        subaccount: { owner: owner(2 * p + (side < 0n ? 0 : 1)), number: 0, isolated: false, portfolioMargin: layout.portfolio(p) },
        collateral: [{ denom: 'uusdc', amount: amount.toString() }],
        positions: held.map((i) => ({ instrumentId: i.id, size: side.toString(), costBasis: '0', realizedPnl: '0', feesPaid: '0' })),
      });
    }
  }
  state.margin.subaccounts = subaccounts;
  const coins = (amount: bigint) => [{ denom: 'usettle', amount: '100000000' }, { denom: 'uusdc', amount: amount.toString() }];
  const balances = [...funded.map((k) => ({ address: k.address, coins: coins(10_000_000n * USDC) })), { address: moduleAddress('margin'), coins: [{ denom: 'uusdc', amount: total.toString() }] }];
  state.bank.balances = balances.sort((a, b) => (a.address < b.address ? -1 : 1));
  state.auth.accounts = funded.map((k, i) => ({ '@type': '/cosmos.auth.v1beta1.BaseAccount', address: k.address, pub_key: null, account_number: String(i), sequence: '0' }));
  return { ...state, options };
}

class BenchChain {
  height = 0;
  time = T0;
  feed = snapshot({ 'BTC/USD': '100000' });
  /** The last block's end-of-block time per module (ms). */
  endBlockMs = new Map<string, number>();
  /** The last FinalizeBlock's process CPU time (ms). */
  cpuMs = 0;
  private lastCommit: ExtendedCommitInfo = { round: 0, votes: [] };
  private constructor(readonly app: SettleApp, readonly v: Validator, readonly modules: ReturnType<typeof settleModules>) {}

  static async open(dir: string, state: Record<string, unknown>): Promise<BenchChain> {
    let chain: BenchChain | undefined;
    const m = settleModules({ feed: { latest: () => chain?.feed } });
    // each module's end-of-block time, for the breakdown
    for (const mod of m.modules) {
      const end = mod.endBlock;
      if (!end) continue;
      mod.endBlock = (ctx) => {
        const t = process.hrtime.bigint();
        end.call(mod, ctx);
        if (chain) chain.endBlockMs.set(mod.name, Number(process.hrtime.bigint() - t) / 1e6);
      };
    }
    const app = await SettleApp.open({ dbPath: dir, ...m, logger: pino({ level: 'silent' }), sync: false });
    const v = validator(0);
    chain = new BenchChain(app, v, m);
    await app.initChain(
      RequestInitChain.fromPartial({
        chainId: CHAIN_ID,
        initialHeight: 1n,
        time: { seconds: T0, nanos: 0 },
        appStateBytes: Buffer.from(JSON.stringify(state)),
        consensusParams: { block: { maxBytes: 104_857_600n, maxGas: -1n }, abci: { voteExtensionsEnableHeight: 1n } },
        validators: [{ pubKey: { ed25519: v.pubKey }, power: v.power }],
      }),
    );
    return chain;
  }

  /** One height; returns FinalizeBlock's wall time (ms) and its response. */
  async block(txs: Uint8Array[] = [], dt = 1n) {
    this.height++;
    this.time += this.height === 1 ? 0n : dt;
    const prepared = await this.app.prepareProposal(RequestPrepareProposal.fromPartial({ height: BigInt(this.height), localLastCommit: this.lastCommit, txs, maxTxBytes: 104_857_600n, time: { seconds: this.time, nanos: 0 } }));
    const t = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    const res = await this.app.finalizeBlock(RequestFinalizeBlock.fromPartial({ height: BigInt(this.height), time: { seconds: this.time, nanos: 0 }, txs: prepared.txs, hash: new Uint8Array(32), proposerAddress: this.v.address }));
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    const used = process.cpuUsage(cpu0);
    // the process's CPU time (all its threads): what the block costs when other processes share the cores
    this.cpuMs = (used.user + used.system) / 1000;
    const ends = [...this.endBlockMs.entries()].filter(([, v]) => v >= 0.05).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
    this.endBlockMs.clear();
    await this.app.commit({});
    const ext = (await this.app.extendVote(RequestExtendVote.fromPartial({ hash: new Uint8Array(32), height: BigInt(this.height) }))).voteExtension;
    this.lastCommit = soleValidatorCommit(this.v, ext, this.height, CHAIN_ID);
    const failed = res.txResults.filter((r) => r.code !== 0);
    if (failed.length > 0) throw new Error(`height ${this.height}: ${failed.length} txs failed, first: ${failed[0].codespace}/${failed[0].code} ${failed[0].log}`);
    return { ms, cpuMs: this.cpuMs, res, ends };
  }

  count(res: { events: { type: string }[] }, type: string): number {
    return res.events.filter((e) => e.type === type).length;
  }
}

const fmt = (x: number) => x.toFixed(1);

async function liquidationRun(): Promise<void> {
  const expiry = (T0 / 86_400n + 30n) * 86_400n + 28_800n;
  const instruments = [95_000, 100_000, 105_000, 110_000, 115_000, 120_000, 125_000, 130_000].slice(0, Math.max(POSITIONS, 1)).map((k) => option(expiry, k));
  const pairs = Math.floor(ACCOUNTS / 2);
  const fragile = Math.round(ACCOUNTS * FRAGILE);
  // fragile short sides are spread evenly over the pairs; they hold 250 USDC per short call, the others 10,000
  const stride = Math.max(1, Math.floor(pairs / Math.max(fragile, 1)));
  const isFragile = (p: number) => p % stride === 0 && p / stride < fragile;
  const [liquidatorKey] = await deriveKeys('bench-liquidation', 1);
  // every other fragile pair, and the same share of the others, in portfolio margin
  const portfolioEvery = PORTFOLIO > 0 ? Math.max(1, Math.round(1 / PORTFOLIO)) : 0;
  const isPortfolio = (p: number) => portfolioEvery > 0 && (isFragile(p) ? p / stride : p) % portfolioEvery === 0;
  const layout: Layout = { instruments, pairs, perAccount: POSITIONS, shortCollateral: (p) => (isFragile(p) ? 250n * BigInt(POSITIONS) * USDC : 10_000n * USDC), portfolio: isPortfolio };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'settle-bench-liquidation-'));
  try {
    const t0 = Date.now();
    const chain = await BenchChain.open(dir, appState(layout, [liquidatorKey]));
    const genesisMs = Date.now() - t0;
    await chain.block(); // height 1: the index is built from state here
    const deposit = await signTx(liquidatorKey, [{ typeUrl: '/settle.margin.v1.MsgDeposit', value: MsgDeposit.encode(MsgDeposit.fromPartial({ owner: liquidatorKey.address, subaccount: 0, denom: 'uusdc', amount: (9_000_000n * USDC).toString() })).finish() }], { chainId: CHAIN_ID, accountNumber: 0n, sequence: 0n, fee: [{ denom: 'usettle', amount: '5000' }], gas: 10_000_000n });
    await chain.block([deposit]);
    const quiet: number[] = [];
    const quietCpu: number[] = [];
    let quietEnds = '';
    for (let i = 0; i < 3; i++) {
      const b = await chain.block();
      quiet.push(b.ms);
      quietCpu.push(b.cpuMs);
      quietEnds = b.ends;
    }
    chain.feed = snapshot({ 'BTC/USD': '120000' });
    await chain.block(); // its vote extension carries the new price
    const crash = await chain.block();
    const started = chain.count(crash.res, 'settle.liquidation.v1.EventLiquidationStarted');
    const state = chain.app.contextAt(chain.height);
    const auctions = chain.modules.keepers.liquidation.auctions(state);
    // the scan alone, on the committed state (the index is current: nothing to re-read)
    const margin = chain.modules.keepers.margin;
    const scans: number[] = [];
    const scansCpu: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = process.hrtime.bigint();
      const cpu0 = process.cpuUsage();
      screenAccounts(margin, state, margin.index.refresh(state));
      scans.push(Number(process.hrtime.bigint() - t) / 1e6);
      const used = process.cpuUsage(cpu0);
      scansCpu.push((used.user + used.system) / 1000);
    }
    // one MsgLiquidate per auction (one contract of the first instrument each), in one tx per 100
    const liquidations: Uint8Array[] = [];
    for (let i = 0; i < auctions.length; i += 100) {
      const msgs = auctions.slice(i, i + 100).map((a) => ({
        typeUrl: '/settle.liquidation.v1.MsgLiquidate',
        value: MsgLiquidate.encode(MsgLiquidate.fromPartial({ liquidator: liquidatorKey.address, owner: a.owner, subaccount: a.subaccount, instrumentId: instruments[0].id, size: 1n })).finish(),
      }));
      liquidations.push(await signTx(liquidatorKey, msgs, { chainId: CHAIN_ID, accountNumber: 0n, sequence: BigInt(1 + i / 100), fee: [{ denom: 'usettle', amount: '5000' }], gas: 1_000_000_000n }));
    }
    const step = await chain.block(liquidations);
    const steps = chain.count(step.res, 'settle.liquidation.v1.EventLiquidation') + step.res.txResults.reduce((n, r) => n + r.events.filter((e) => e.type === 'settle.liquidation.v1.EventLiquidation').length, 0);
    await chain.app.close();
    console.log(`(1) ${pairs * 2} subaccounts × ${POSITIONS} positions, ${Math.round(PORTFOLIO * 100)} % in portfolio margin (genesis ${(genesisMs / 1000).toFixed(1)} s); ${fragile} fragile; BTC/USD 100,000 → 120,000`);
    console.log(`    (wall time; in brackets the process's CPU time, which other load on the machine changes less)`);
    console.log(`    the scan alone (${pairs * 2} subaccounts):   ${scans.map(fmt).join(' / ')} ms [${scansCpu.map(fmt).join(' / ')}]`);
    console.log(`    quiet block (scan only):            FinalizeBlock ${quiet.map(fmt).join(' / ')} ms [${quietCpu.map(fmt).join(' / ')}] (end of block, ms: ${quietEnds})`);
    console.log(`    the block the price arrives in:     FinalizeBlock ${fmt(crash.ms)} ms [${fmt(crash.cpuMs)}], ${started} auctions opened (target: detection + first step ≤ 200 ms) (end of block, ms: ${crash.ends})`);
    console.log(`    next block, ${auctions.length} MsgLiquidate:        FinalizeBlock ${fmt(step.ms)} ms [${fmt(step.cpuMs)}], ${steps} liquidation steps`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function settlementRun(): Promise<void> {
  // the first 08:00 UTC after genesis (16 h later)
  const expiry = (T0 / 86_400n + 1n) * 86_400n + 28_800n;
  const layout: Layout = { instruments: [option(expiry, 100_000)], pairs: Math.floor(SETTLE_POSITIONS / 2), perAccount: 1, shortCollateral: () => 10_000n * USDC, portfolio: () => false };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'settle-bench-settlement-'));
  try {
    const chain = await BenchChain.open(dir, appState(layout, []));
    await chain.block();
    await chain.block();
    // jump past expiry (the price in force then is the genesis one, fresh under the one-day heartbeat)
    const times: number[] = [];
    let settled = 0;
    let first = true;
    while (settled < layout.pairs * 2) {
      const b = await chain.block([], first ? expiry - chain.time + 1n : 1n);
      first = false;
      const n = chain.count(b.res, 'settle.margin.v1.EventPositionChanged');
      settled += n;
      times.push(b.ms);
      if (times.length > 10_000) throw new Error('settlement does not finish');
    }
    const batch = chain.modules.keepers.options.params(chain.app.contextAt(chain.height)).settlementBatch;
    await chain.app.close();
    const sorted = [...times].sort((a, b) => a - b);
    console.log(`(2) expiry settlement of ${settled} positions (settlement_batch ${batch}): ${times.length} blocks, FinalizeBlock median ${fmt(sorted[Math.floor(sorted.length / 2)])} ms, max ${fmt(sorted[sorted.length - 1])} ms, total ${fmt(times.reduce((a, b) => a + b, 0) / 1000)} s`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const probe = verifySpeedProbeUs();
  console.log(`bench:liquidation on ${os.cpus()[0]?.model ?? 'unknown cpu'} (${os.cpus().length} cores), node ${process.version}; speed probe ${probe?.toFixed(1) ?? 'n/a'} µs per secp256k1 verify`);
  await liquidationRun();
  await settlementRun();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
