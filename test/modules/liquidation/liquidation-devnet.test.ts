/**
 * Liquidations on a real devnet (compiled settled + real CometBFT + LevelDB, the simulated oracle feeding
 * prices through vote extensions) with the node's own liquidation daemon (dev account "keeper") as the only
 * liquidator, everything else driven by CosmJS. The price crash goes "through the simulated feed": the test
 * writes <home>/price-shock.json, which multiplies the simulated BTC price from the feeder's next poll.
 *
 * Phase 1 (insurance fund empty): carol buys ATM calls from alice (well collateralised), bob (thin) and
 * dave/0 (thinner); BTC doubles. dave/0 is bankrupt and the fund is empty: auto-deleveraged against carol at
 * once; bob is liquidatable: the daemon takes his calls within the per-block share until he is healthy; alice
 * is untouched. Phase 2: maker funds the insurance; dave/1 sells calls thinly at the new price; BTC rises to
 * 4x: dave/1 is bankrupt, the daemon takes its calls (no penalty), the fund covers the rest, no ADL. At every
 * end the fund's balance is exactly Σ penalties − Σ covered of the Liquidations records.
 */
import { DirectSecp256k1HdWallet, Registry } from '@cosmjs/proto-signing';
import { defaultRegistryTypes, GasPrice, QueryClient, SigningStargateClient } from '@cosmjs/stargate';
import { connectComet, type CometClient } from '@cosmjs/tendermint-rpc';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { devAccounts, type DevAccount } from '../../../chain/node/dev-accounts';
import { QueryAuctionsRequest, QueryAuctionsResponse, QueryInsuranceFundRequest, QueryInsuranceFundResponse, QueryLiquidationsRequest, QueryLiquidationsResponse } from '../../../proto/gen/settle/liquidation/v1/query';
import type { LiquidationRecord } from '../../../proto/gen/settle/liquidation/v1/types';
import { MsgFundInsurance } from '../../../proto/gen/settle/liquidation/v1/tx';
import { QueryHealthRequest, QueryHealthResponse, QuerySubaccountRequest, QuerySubaccountResponse } from '../../../proto/gen/settle/margin/v1/query';
import { MsgDeposit } from '../../../proto/gen/settle/margin/v1/tx';
import { QueryInstrumentsRequest, QueryInstrumentsResponse, QueryMarketStatsRequest, QueryMarketStatsResponse } from '../../../proto/gen/settle/options/v1/query';
import { MsgPlaceOrder } from '../../../proto/gen/settle/options/v1/tx';
import { OptionKind, Side, TimeInForce, type Instrument } from '../../../proto/gen/settle/options/v1/types';
import { makeTmpDir, removeDir } from '../../helpers/tmpdir';
import { checkPrerequisites, freeBasePort, killAll, settled, waitHeight, type Proc } from '../../chain/node/helpers';

jest.setTimeout(240_000);

const registry = new Registry([
  ...defaultRegistryTypes,
  ['/settle.margin.v1.MsgDeposit', MsgDeposit],
  ['/settle.options.v1.MsgPlaceOrder', MsgPlaceOrder],
  ['/settle.liquidation.v1.MsgFundInsurance', MsgFundInsurance],
]);

const USDC = 1_000_000n;
const N = 4n; // contracts each short sells in phase 1
const BLOCK_BOUND = 40; // blocks after the shock within which every liquidation must be done

let acc: Record<string, DevAccount>;
let tmp: string;
let home: string;
let rpcUrl: string;
let node: Proc;
let comet: CometClient;

beforeAll(async () => {
  checkPrerequisites();
  acc = Object.fromEntries((await devAccounts()).map((a) => [a.name, a]));
  tmp = makeTmpDir('liquidation-devnet');
  home = path.join(tmp, 'devnet');
  const base = await freeBasePort(1);
  rpcUrl = `http://127.0.0.1:${base + 1}`;
  node = settled(['devnet', '--home', home, '--base-port', String(base)], path.join(tmp, 'devnet.log'));
  await waitHeight(base + 1, 2, 60_000, node);
  comet = await connectComet(rpcUrl);
});

afterAll(async () => {
  comet?.disconnect();
  await killAll([home]);
  removeDir(tmp);
});

async function abci<Res>(route: string, req: Uint8Array, decode: (b: Uint8Array) => Res): Promise<Res> {
  return decode((await QueryClient.withExtensions(comet).queryAbci(route, req)).value);
}
const height = async (): Promise<number> => (await comet.status()).syncInfo.latestBlockHeight;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function client(a: DevAccount): Promise<SigningStargateClient> {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(a.mnemonic, { prefix: 'settle' });
  return SigningStargateClient.connectWithSigner(rpcUrl, wallet, { registry, gasPrice: GasPrice.fromString('0.025usettle'), broadcastPollIntervalMs: 300 });
}

const sub = async (owner: string, number: number) => (await abci('/settle.margin.v1.Query/Subaccount', QuerySubaccountRequest.encode({ owner, number }).finish(), QuerySubaccountResponse.decode)).subaccount!;
const size = async (owner: string, number: number, id: string) => BigInt((await sub(owner, number)).positions.find((p) => p.instrumentId === id)?.size ?? '0');
const health = (owner: string, number: number) => abci('/settle.margin.v1.Query/Health', QueryHealthRequest.encode({ owner, number }).finish(), QueryHealthResponse.decode);
const fund = () => abci('/settle.liquidation.v1.Query/InsuranceFund', QueryInsuranceFundRequest.encode({}).finish(), QueryInsuranceFundResponse.decode);
const auctions = async () => (await abci('/settle.liquidation.v1.Query/Auctions', QueryAuctionsRequest.encode({}).finish(), QueryAuctionsResponse.decode)).auctions;
const records = async (): Promise<LiquidationRecord[]> => (await abci('/settle.liquidation.v1.Query/Liquidations', QueryLiquidationsRequest.encode({ owner: '', limit: 1000 }).finish(), QueryLiquidationsResponse.decode)).records;
const index = async (id: string) => Number((await abci('/settle.options.v1.Query/MarketStats', QueryMarketStatsRequest.encode({ instrumentId: id }).finish(), QueryMarketStatsResponse.decode)).index);

/** Σ penalties − Σ covered over the records: what the fund gained from liquidations. */
function fundDelta(rs: LiquidationRecord[]): bigint {
  return rs.reduce((s, r) => s + (r.kind === 'auction' ? BigInt(r.amount) : r.kind === 'cover' ? -BigInt(r.amount) : 0n), 0n);
}

/** Writes the devnet's price shock (the feeder re-reads it at every poll) and waits until the chain's index reflects it. */
async function shock(multiplier: string, id: string, atLeast: number): Promise<number> {
  fs.writeFileSync(path.join(home, 'price-shock.json'), JSON.stringify({ 'BTC/USD': multiplier }));
  for (let i = 0; i < 60; i++) {
    if ((await index(id)) >= atLeast) return height();
    await sleep(500);
  }
  throw new Error(`the index did not reach ${atLeast} within 30 s of the shock`);
}

async function waitFor<T>(what: string, fn: () => Promise<T | undefined>, sinceHeight: number): Promise<T> {
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    const h = await height();
    if (h > sinceHeight + BLOCK_BOUND) throw new Error(`${what}: not within ${BLOCK_BOUND} blocks of height ${sinceHeight} (now ${h})`);
    await sleep(300);
  }
}

/** An ATM BTC call of the nearest expiry at least 2 hours away. */
async function atmCall(): Promise<{ call: Instrument; spot: number }> {
  for (let i = 0; i < 60; i++) {
    const listed = (await abci('/settle.options.v1.Query/Instruments', QueryInstrumentsRequest.encode({ underlying: 'BTC/USD', expiry: 0n, activeOnly: true }).finish(), QueryInstrumentsResponse.decode)).instruments;
    const later = listed.filter((c) => c.kind === OptionKind.OPTION_KIND_CALL && Number(c.expiry) > Date.now() / 1000 + 7200);
    if (later.length > 0) {
      const expiry = later.reduce((m, c) => (c.expiry < m ? c.expiry : m), later[0].expiry);
      const calls = later.filter((c) => c.expiry === expiry);
      const spot = await index(calls[0].id);
      const call = calls.reduce((best, c) => (Math.abs(Number(c.strike) - spot) < Math.abs(Number(best.strike) - spot) ? c : best), calls[0]);
      return { call, spot };
    }
    await sleep(1_000);
  }
  throw new Error('no BTC calls were listed within 60 s');
}

test('a price crash through the simulated feed: the daemon liquidates the unhealthy, ADL only with an empty fund, the fund covers a bankruptcy once funded', async () => {
  const { call, spot } = await atmCall();
  const id = call.id;
  const K = Number(call.strike);
  const cs = Number(call.contractSize);
  const usdc = (x: number) => BigInt(Math.ceil(x)) * USDC;
  // per contract at 2x: the call's intrinsic value (its mark, near enough: the time value is small next to it)
  const m2 = (2 * spot - K) * cs;
  const [alice, bob, carol, dave, maker, keeper] = ['alice', 'bob', 'carol', 'dave', 'maker', 'keeper'].map((n) => acc[n]);
  const c = Object.fromEntries(await Promise.all(['alice', 'bob', 'carol', 'dave', 'maker'].map(async (n) => [n, await client(acc[n])] as const)));
  const deposit = (owner: string, subaccount: number, amount: bigint) => ({ typeUrl: '/settle.margin.v1.MsgDeposit', value: MsgDeposit.fromPartial({ owner, subaccount, denom: 'uusdc', amount: amount.toString() }) });
  const order = (owner: string, subaccount: number, clientId: bigint, side: Side, n: bigint, tif: TimeInForce) => ({
    typeUrl: '/settle.options.v1.MsgPlaceOrder',
    value: MsgPlaceOrder.fromPartial({ owner, subaccount, order: { clientId, instrumentId: id, side, price: 20n * USDC, size: n, timeInForce: tif } }),
  });
  const ok = async (name: string, msgs: Parameters<SigningStargateClient['signAndBroadcast']>[1]) => {
    const r = await c[name].signAndBroadcast(acc[name].address, msgs, 'auto');
    expect([name, r.code, r.rawLog ?? '']).toEqual([name, 0, r.rawLog ?? '']);
  };

  // ---- phase 1: the fund is empty
  const f0 = await fund();
  expect([f0.balance, f0.totals?.initial, f0.totals?.funded]).toEqual(['0', '0', '0']);
  await Promise.all([
    ok('carol', [deposit(carol.address, 0, 300_000n * USDC), order(carol.address, 0, 1n, Side.SIDE_BUY, 3n * N, TimeInForce.TIME_IN_FORCE_GTC)]),
    ok('alice', [deposit(alice.address, 0, usdc(10 * m2) * N)]),
    ok('bob', [deposit(bob.address, 0, usdc(1.5 * m2) * N)]),
    ok('dave', [deposit(dave.address, 0, usdc(0.45 * m2) * N)]),
  ]);
  await Promise.all(['alice', 'bob', 'dave'].map((n) => ok(n, [order(acc[n].address, 0, 1n, Side.SIDE_SELL, N, TimeInForce.TIME_IN_FORCE_IOC)])));
  for (const n of ['alice', 'bob', 'dave']) expect(await size(acc[n].address, 0, id)).toBe(-N);
  expect(await size(carol.address, 0, id)).toBe(3n * N);
  for (const n of ['alice', 'bob', 'dave']) expect((await health(acc[n].address, 0)).status).toBe('healthy');
  expect(await records()).toEqual([]);

  const crashHeight = await shock('2', id, spot * 1.9);
  // dave/0 is bankrupt with an empty fund: auto-deleveraged against carol, the profitable long
  const adl = await waitFor('dave/0 auto-deleveraged', async () => {
    const rs = (await records()).filter((r) => r.owner === dave.address && r.subaccount === 0);
    return rs.length > 0 && (await size(dave.address, 0, id)) === 0n ? rs : undefined;
  }, crashHeight);
  expect(adl.map((r) => [r.kind, r.counterpartyOwner])).toEqual(adl.map(() => ['adl', carol.address]));
  expect(adl.reduce((s, r) => s + r.size, 0n)).toBe(-N);
  // bob is liquidated by the daemon (the only liquidator) until healthy
  const bobDone = await waitFor('bob liquidated until healthy', async () => {
    const open = (await auctions()).some((a) => a.auction?.owner === bob.address);
    const rs = (await records()).filter((r) => r.owner === bob.address);
    return !open && rs.length > 0 ? rs : undefined;
  }, crashHeight);
  expect(bobDone.every((r) => r.kind === 'auction' && r.counterpartyOwner === keeper.address && r.counterpartySubaccount === 0)).toBe(true);
  const taken = -bobDone.reduce((s, r) => s + r.size, 0n);
  expect(taken).toBeGreaterThan(0n);
  expect(await size(bob.address, 0, id)).toBe(-N + taken);
  expect(await size(keeper.address, 0, id)).toBe(-taken);
  expect((await health(bob.address, 0)).status).not.toBe('liquidatable');
  // one block's steps never exceed the share of the position (0.5, rounded up)
  const perBlock = new Map<bigint, bigint>();
  for (const r of bobDone) perBlock.set(r.height, (perBlock.get(r.height) ?? 0n) - r.size);
  expect([...perBlock.values()].every((n) => n <= (N + 1n) / 2n)).toBe(true);
  // penalties were paid (bob stayed solvent), and ADL came before any penalty reached the fund
  expect(bobDone.every((r) => BigInt(r.amount) > 0n)).toBe(true);
  expect(Math.max(...adl.map((r) => Number(r.height)))).toBeLessThan(Math.min(...bobDone.map((r) => Number(r.height))));
  // alice, well collateralised, is untouched
  expect(await size(alice.address, 0, id)).toBe(-N);
  expect((await records()).filter((r) => r.owner === alice.address || r.counterpartyOwner === alice.address)).toEqual([]);
  expect(await size(carol.address, 0, id)).toBe(3n * N - N);
  const f1 = await fund();
  const rs1 = await records();
  expect(BigInt(f1.balance)).toBe(fundDelta(rs1));
  expect(f1.totals).toMatchObject({ funded: '0', covered: '0', penalties: fundDelta(rs1).toString() });

  // ---- phase 2: the fund is funded; dave/1 sells calls thinly at the new price, then BTC goes to 4x
  const spot2 = await index(id);
  const m2now = (spot2 - K) * cs;
  await Promise.all([
    ok('maker', [{ typeUrl: '/settle.liquidation.v1.MsgFundInsurance', value: MsgFundInsurance.fromPartial({ sender: maker.address, amount: (20_000n * USDC).toString() }) }]),
    ok('carol', [order(carol.address, 0, 2n, Side.SIDE_BUY, 2n, TimeInForce.TIME_IN_FORCE_GTC)]),
    // equity (deposit − mark) must cover IM (mark + 15 % of spot × contract size): a little over 2 marks + 0.0015 spot
    ok('dave', [deposit(dave.address, 1, usdc(2 * m2now + 0.0021 * spot2) * 2n)]),
  ]);
  await ok('dave', [order(dave.address, 1, 2n, Side.SIDE_SELL, 2n, TimeInForce.TIME_IN_FORCE_IOC)]);
  expect(await size(dave.address, 1, id)).toBe(-2n);
  const fundedBalance = BigInt((await fund()).balance);
  expect(fundedBalance).toBe(fundDelta(rs1) + 20_000n * USDC);

  const spikeHeight = await shock('4', id, spot * 3.9);
  const covered = await waitFor('dave/1 covered by the fund', async () => {
    const rs = (await records()).filter((r) => r.owner === dave.address && r.subaccount === 1);
    return rs.some((r) => r.kind === 'cover') ? rs : undefined;
  }, spikeHeight);
  // the daemon took the calls while the equity was negative (no penalty), then the fund covered the deficit
  const steps = covered.filter((r) => r.kind === 'auction');
  expect(steps.length).toBeGreaterThan(0);
  expect(steps.every((r) => r.counterpartyOwner === keeper.address && r.amount === '0')).toBe(true);
  expect(steps.reduce((s, r) => s + r.size, 0n)).toBe(-2n);
  expect(covered.filter((r) => r.kind === 'adl' || r.kind === 'bad_debt')).toEqual([]);
  expect(await size(dave.address, 1, id)).toBe(0n);
  expect(BigInt((await sub(dave.address, 1)).collateral.find((x) => x.denom === 'uusdc')?.amount ?? '0')).toBe(0n);
  // no ADL since the fund was funded
  const rs2 = await records();
  expect(rs2.filter((r) => r.kind === 'adl').map((r) => r.id)).toEqual(adl.map((r) => r.id));
  // wait for every auction to be worked off, then the fund is exactly funded + Σ penalties − Σ covered
  await waitFor('every auction ended', async () => ((await auctions()).length === 0 ? true : undefined), spikeHeight);
  const rs3 = await records();
  const f3 = await fund();
  expect(BigInt(f3.balance)).toBe(20_000n * USDC + fundDelta(rs3));
  expect(f3.withdrawalsBlocked).toBe(false);
  expect(f3.totals).toMatchObject({ funded: (20_000n * USDC).toString(), covered: rs3.filter((r) => r.kind === 'cover').reduce((s, r) => s + BigInt(r.amount), 0n).toString() });
  // alice is still untouched at 4x
  expect(await size(alice.address, 0, id)).toBe(-N);
  expect(rs3.filter((r) => r.owner === alice.address)).toEqual([]);
  for (const x of Object.values(c)) x.disconnect();
});
