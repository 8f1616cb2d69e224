/**
 * Expiry settlement on a real devnet (compiled settled + real CometBFT + LevelDB, the simulated oracle
 * feeding prices and surfaces through vote extensions), driven by CosmJS. The devnet's genesis puts the
 * expiry grid at every minute (the shortest grid the params allow) (options params expiry_period_seconds 60, expiry_offset_seconds 0) with a 10 s
 * settlement window, and its simulated feed reports that grid (app.toml), so an expiry comes within the test:
 * alice and bob trade calls and puts of one expiry, alice leaves an ask open; the expiry passes; the
 * settlement price is fixed once, queryable with its samples, and equals the TWAP recomputed from them and
 * from the oracle's own checkpoints (read from its store); every position settles to it, each balance moves
 * by the hand-computed payoff × size (longs receive, shorts pay), the open ask was cancelled, open interest
 * returns to zero, and later blocks change nothing.
 */
import { DirectSecp256k1HdWallet, Registry } from '@cosmjs/proto-signing';
import { defaultRegistryTypes, GasPrice, QueryClient, SigningStargateClient } from '@cosmjs/stargate';
import { connectComet, type CometClient } from '@cosmjs/tendermint-rpc';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createDevnetHome } from '../../../chain/node/devnet';
import { devAccounts, type DevAccount } from '../../../chain/node/dev-accounts';
import { homePaths } from '../../../chain/node/home';
import { checkpointKey } from '../../../modules/oracle/keys';
import { QuerySubaccountRequest, QuerySubaccountResponse } from '../../../proto/gen/settle/margin/v1/query';
import { MsgDeposit } from '../../../proto/gen/settle/margin/v1/tx';
import {
  QueryInstrumentRequest,
  QueryInstrumentResponse,
  QueryInstrumentsRequest,
  QueryInstrumentsResponse,
  QueryMarketStatsRequest,
  QueryMarketStatsResponse,
  QueryOrdersBySubaccountRequest,
  QueryOrdersBySubaccountResponse,
  QuerySettlementPricesRequest,
  QuerySettlementPricesResponse,
} from '../../../proto/gen/settle/options/v1/query';
import { MsgPlaceOrder } from '../../../proto/gen/settle/options/v1/tx';
import { InstrumentStatus, OptionKind, Side, TimeInForce, type Instrument, type SettlementPrice } from '../../../proto/gen/settle/options/v1/types';
import { TwapCheckpoint } from '../../../proto/gen/settle/oracle/v1/types';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { checkPrerequisites, freeBasePort, killAll, settled, waitHeight, type Proc } from '../../chain/node/helpers';

jest.setTimeout(240_000);

const registry = new Registry([...defaultRegistryTypes, ['/settle.margin.v1.MsgDeposit', MsgDeposit], ['/settle.options.v1.MsgPlaceOrder', MsgPlaceOrder]]);
const USDC = 1_000_000n;
const NS = 1_000_000_000n;
const ONE = 10n ** 18n;
const PERIOD = 60n;
const WINDOW = 10n;
/** Time the test needs before the expiry to trade (two rounds of txs, each waiting for its block). */
const LEAD_SECONDS = 16;

let alice: DevAccount;
let bob: DevAccount;
let tmp: string;
let home: string;
let rpcUrl: string;
let comet: CometClient;
let node: Proc;

beforeAll(async () => {
  checkPrerequisites();
  [alice, bob] = await devAccounts();
  tmp = makeTmpDir('expiry-devnet');
  home = path.join(tmp, 'devnet');
  const base = await freeBasePort(1);
  rpcUrl = `http://127.0.0.1:${base + 1}`;
  await createDevnetHome({ home, basePort: base });
  const paths = homePaths(home);
  // the chain's grid and window, and BTC only with 2 strikes each side at the 2 nearest grid expiries
  const genesis = JSON.parse(fs.readFileSync(paths.genesis, 'utf8'));
  const params = genesis.app_state.options.params;
  Object.assign(params, { expiryPeriodSeconds: String(PERIOD), expiryOffsetSeconds: '0', settlementWindowSeconds: String(WINDOW) });
  params.listings = params.listings.filter((l: { underlying: string }) => l.underlying === 'BTC/USD').map((l: object) => ({ ...l, strikesEachSide: 2, daily: 2 }));
  fs.writeFileSync(paths.genesis, JSON.stringify(genesis, null, 2));
  // the simulated feed reports the same grid
  const appToml = fs.readFileSync(paths.appConfig, 'utf8');
  const gridded = appToml.replace('expiry_period_seconds = 86400', `expiry_period_seconds = ${PERIOD}`).replace('expiry_offset_seconds = 28800', 'expiry_offset_seconds = 0');
  expect(gridded).not.toBe(appToml);
  fs.writeFileSync(paths.appConfig, gridded);
  node = settled(['devnet', '--home', home, '--base-port', String(base)], path.join(tmp, 'devnet.log'));
  await waitHeight(base + 1, 2, 60_000, node);
  comet = await connectComet(rpcUrl);
});

afterAll(async () => {
  comet?.disconnect();
  await killAll([home]);
  removeDir(tmp);
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const height = async (): Promise<number> => (await comet.status()).syncInfo.latestBlockHeight;
const blockTime = async (): Promise<bigint> => BigInt(Math.floor((await comet.status()).syncInfo.latestBlockTime.getTime() / 1000));

async function abci<Res>(route: string, req: Uint8Array, decode: (b: Uint8Array) => Res): Promise<Res> {
  return decode((await QueryClient.withExtensions(comet).queryAbci(route, req)).value);
}
const instrument = async (id: string) => (await abci('/settle.options.v1.Query/Instrument', QueryInstrumentRequest.encode({ id }).finish(), QueryInstrumentResponse.decode)).instrument!;
const stats = async (id: string) => (await abci('/settle.options.v1.Query/MarketStats', QueryMarketStatsRequest.encode({ instrumentId: id }).finish(), QueryMarketStatsResponse.decode)).stats!;
const openOrders = async (owner: string) => (await abci('/settle.options.v1.Query/OrdersBySubaccount', QueryOrdersBySubaccountRequest.encode({ owner, subaccount: 0 }).finish(), QueryOrdersBySubaccountResponse.decode)).orders;
const sub = async (owner: string) => (await abci('/settle.margin.v1.Query/Subaccount', QuerySubaccountRequest.encode({ owner, number: 0 }).finish(), QuerySubaccountResponse.decode)).subaccount!;
const usdc = async (owner: string) => BigInt((await sub(owner)).collateral.find((c) => c.denom === 'uusdc')?.amount ?? '0');
const settlementPrices = async () => (await abci('/settle.options.v1.Query/SettlementPrices', QuerySettlementPricesRequest.encode({ underlying: 'BTC/USD' }).finish(), QuerySettlementPricesResponse.decode)).prices;

async function client(a: DevAccount): Promise<SigningStargateClient> {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(a.mnemonic, { prefix: 'settle' });
  return SigningStargateClient.connectWithSigner(rpcUrl, wallet, { registry, gasPrice: GasPrice.fromString('0.025usettle'), broadcastPollIntervalMs: 250 });
}

/** The BTC options of the nearest listed expiry at least LEAD_SECONDS after the chain's time. */
async function nextExpiry(): Promise<{ expiry: bigint; options: Instrument[] }> {
  for (let i = 0; i < 120; i++) {
    const listed = (await abci('/settle.options.v1.Query/Instruments', QueryInstrumentsRequest.encode({ underlying: 'BTC/USD', expiry: 0n, activeOnly: true }).finish(), QueryInstrumentsResponse.decode)).instruments;
    const now = await blockTime();
    const later = listed.filter((x) => x.expiry >= now + BigInt(LEAD_SECONDS));
    if (later.length > 0) {
      const expiry = later.reduce((m, x) => (x.expiry < m ? x.expiry : m), later[0].expiry);
      return { expiry, options: later.filter((x) => x.expiry === expiry) };
    }
    await sleep(500);
  }
  throw new Error(`no BTC options at least ${LEAD_SECONDS} s ahead were listed within 60 s`);
}

/** The payoff of one contract at settlement price `s` (decimal string), by hand: floor(max(±(S − K), 0) × contract size × 10^6). */
function handPayoff(ins: Instrument, s: string): bigint {
  const raw = (x: string): bigint => {
    const [i, f = ''] = x.split('.');
    return BigInt(i) * ONE + BigInt((f + '0'.repeat(18)).slice(0, 18));
  };
  const intrinsic = ins.kind === OptionKind.OPTION_KIND_CALL ? raw(s) - raw(ins.strike) : raw(ins.strike) - raw(s);
  if (intrinsic <= 0n) return 0n;
  return (intrinsic * raw(ins.contractSize) * USDC) / (ONE * ONE);
}

/** The time-weighted mean of the samples over the window: each price for the time it was in force inside it. */
function twapOfSamples(sp: SettlementPrice): bigint {
  let weighted = 0n;
  sp.samples.forEach((x, i) => {
    const from = x.timeNanos > sp.windowStartNanos ? x.timeNanos : sp.windowStartNanos;
    const to = i + 1 < sp.samples.length ? sp.samples[i + 1].timeNanos : sp.windowEndNanos;
    const [int, frac = ''] = x.price.split('.');
    weighted += (BigInt(int) * ONE + BigInt((frac + '0'.repeat(18)).slice(0, 18))) * (to - from);
  });
  return weighted / (sp.windowEndNanos - sp.windowStartNanos);
}

/** The oracle's stored checkpoint at `timeNanos` (its own TWAP history), read from its store. */
async function checkpoint(timeNanos: bigint): Promise<TwapCheckpoint> {
  const res = await QueryClient.withExtensions(comet).queryAbci('/store/oracle/key', checkpointKey('BTC/USD', timeNanos));
  expect(res.value.length).toBeGreaterThan(0);
  return TwapCheckpoint.decode(res.value);
}

const fromRaw = (raw: bigint): string => {
  const int = raw / ONE;
  const frac = (raw % ONE).toString().padStart(18, '0').replace(/0+$/, '');
  return frac ? `${int}.${frac}` : `${int}`;
};

test('an expiry on a one-minute grid settles every position once at the TWAP; balances match the hand calculation', async () => {
  const { expiry, options } = await nextExpiry();
  expect(expiry % PERIOD).toBe(0n);
  const strikes = [...new Set(options.map((o) => Number(o.strike)))].sort((a, b) => a - b);
  expect(strikes).toHaveLength(5); // ATM and 2 steps either side
  // an in-the-money-ish call and put around the middle strike
  const call = options.find((o) => o.kind === OptionKind.OPTION_KIND_CALL && Number(o.strike) === strikes[1])!;
  const put = options.find((o) => o.kind === OptionKind.OPTION_KIND_PUT && Number(o.strike) === strikes[3])!;
  expect(call.id).toMatch(/^BTC-\d{8}T\d{6}-\d+-C$/);

  const [a, b] = await Promise.all([client(alice), client(bob)]);
  const deposit = (owner: string) => ({ typeUrl: '/settle.margin.v1.MsgDeposit', value: MsgDeposit.fromPartial({ owner, subaccount: 0, denom: 'uusdc', amount: (50_000n * USDC).toString() }) });
  const place = (owner: string, clientId: bigint, ins: Instrument, side: Side, price: bigint, size: bigint, tif = TimeInForce.TIME_IN_FORCE_GTC) => ({
    typeUrl: '/settle.options.v1.MsgPlaceOrder',
    value: MsgPlaceOrder.fromPartial({ owner, subaccount: 0, order: { clientId, instrumentId: ins.id, side, price, size, timeInForce: tif } }),
  });
  // alice deposits and offers 3 calls at 30 USDC (and an ask at 5,000 USDC nobody takes); bob deposits and offers 2 puts at 30 USDC
  const [r1, r2] = await Promise.all([
    a.signAndBroadcast(alice.address, [deposit(alice.address), place(alice.address, 1n, call, Side.SIDE_SELL, 30n * USDC, 3n), place(alice.address, 2n, call, Side.SIDE_SELL, 5_000n * USDC, 1n)], 'auto'),
    b.signAndBroadcast(bob.address, [deposit(bob.address), place(bob.address, 1n, put, Side.SIDE_SELL, 30n * USDC, 2n)], 'auto'),
  ]);
  expect([r1.code, r2.code]).toEqual([0, 0]);
  // bob lifts the calls, alice the puts (IOC)
  const [r3, r4] = await Promise.all([
    b.signAndBroadcast(bob.address, [place(bob.address, 2n, call, Side.SIDE_BUY, 30n * USDC, 3n, TimeInForce.TIME_IN_FORCE_IOC)], 'auto'),
    a.signAndBroadcast(alice.address, [place(alice.address, 3n, put, Side.SIDE_BUY, 30n * USDC, 2n, TimeInForce.TIME_IN_FORCE_IOC)], 'auto'),
  ]);
  expect([r3.code, r4.code]).toEqual([0, 0]);
  expect(await blockTime()).toBeLessThan(expiry); // all of it traded before the expiry
  const positions = async (owner: string) => (await sub(owner)).positions.map((p) => [p.instrumentId, p.size]).sort();
  expect(await positions(alice.address)).toEqual([[call.id, '-3'], [put.id, '2']].sort());
  expect(await positions(bob.address)).toEqual([[call.id, '3'], [put.id, '-2']].sort());
  expect([(await stats(call.id)).openInterest, (await stats(put.id)).openInterest]).toEqual([3n, 2n]);
  expect((await openOrders(alice.address)).map((o) => o.spec!.clientId)).toEqual([2n]);
  const before = { alice: await usdc(alice.address), bob: await usdc(bob.address) };

  // the expiry passes (up to a grid period and a window ahead): wait until both instruments are settled,
  // giving up 30 s of chain time after the expiry
  for (;;) {
    const [c, p] = await Promise.all([instrument(call.id), instrument(put.id)]);
    if (c.status === InstrumentStatus.INSTRUMENT_STATUS_SETTLED && p.status === InstrumentStatus.INSTRUMENT_STATUS_SETTLED) break;
    const now = await blockTime();
    if (now > expiry + 30n) {
      const log = fs.readFileSync(path.join(tmp, 'devnet.log'), 'utf8').trim().split('\n').slice(-30).join('\n');
      throw new Error(`not settled 30 s of chain time after the expiry (status ${c.status}, ${p.status}; expiry ${expiry}, chain time ${now}, height ${await height()}). Node log:\n${log}`);
    }
    await sleep(500);
  }

  // the settlement price: fixed once, over [expiry − 10 s, expiry], with its samples
  const sp = (await settlementPrices()).find((x) => x.expiry === expiry)!;
  expect(sp).toBeDefined();
  expect([sp.windowStartNanos, sp.windowEndNanos, sp.fallback]).toEqual([(expiry - WINDOW) * NS, expiry * NS, false]);
  expect(sp.samples.length).toBeGreaterThan(1);
  expect(sp.samples[0].timeNanos).toBeLessThanOrEqual(sp.windowStartNanos);
  expect(sp.samples.slice(1).every((x) => x.timeNanos > sp.windowStartNanos && x.timeNanos <= sp.windowEndNanos)).toBe(true);
  expect(fromRaw(twapOfSamples(sp))).toBe(sp.price);
  // …and from the oracle's own accumulator: (C(end) − C(start)) / W, C(t) = cumulative + price × (t − checkpoint time)
  const first = await checkpoint(sp.samples[0].timeNanos);
  const last = await checkpoint(sp.samples[sp.samples.length - 1].timeNanos);
  expect([first.price, last.price]).toEqual([sp.samples[0].price, sp.samples[sp.samples.length - 1].price]);
  const raw = (x: string) => BigInt(x.split('.')[0]) * ONE + BigInt(((x.split('.')[1] ?? '') + '0'.repeat(18)).slice(0, 18));
  const cum = (cp: TwapCheckpoint, t: bigint) => BigInt(cp.cumulative) + raw(cp.price) * (t - cp.timeNanos);
  expect(fromRaw((cum(last, sp.windowEndNanos) - cum(first, sp.windowStartNanos)) / (sp.windowEndNanos - sp.windowStartNanos))).toBe(sp.price);

  // every position settled at the payoff, by hand; longs receive, shorts pay
  const payCall = handPayoff(call, sp.price);
  const payPut = handPayoff(put, sp.price);
  expect([(await instrument(call.id)).settlementPrice, (await instrument(put.id)).settlementPrice]).toEqual([payCall.toString(), payPut.toString()]);
  expect(await positions(alice.address)).toEqual([]);
  expect(await positions(bob.address)).toEqual([]);
  const after = { alice: await usdc(alice.address), bob: await usdc(bob.address) };
  expect(after.alice - before.alice).toBe(-3n * payCall + 2n * payPut);
  expect(after.bob - before.bob).toBe(3n * payCall - 2n * payPut);
  // the open ask on the expired call was cancelled; open interest is back to zero
  expect(await openOrders(alice.address)).toEqual([]);
  expect([(await stats(call.id)).openInterest, (await stats(put.id)).openInterest]).toEqual([0n, 0n]);

  // nothing settles twice: later blocks change neither the balances nor the price
  const h = await height();
  while ((await height()) < h + 3) await sleep(300);
  expect({ alice: await usdc(alice.address), bob: await usdc(bob.address) }).toEqual(after);
  expect((await settlementPrices()).find((x) => x.expiry === expiry)).toEqual(sp);
  expect((await instrument(call.id)).status).toBe(InstrumentStatus.INSTRUMENT_STATUS_SETTLED);
});
